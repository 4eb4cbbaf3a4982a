"""The names of bodies the registry does not know, written out: "Ban Chỉ huy PCTT và TKCN tỉnh" is "Ban Chỉ huy
phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh". The table is data (`chidao/data/abbreviations.yaml`)."""

from __future__ import annotations

import functools
import re
from importlib import resources

import yaml

__all__ = ["abbreviations", "written_out"]


@functools.cache
def _table() -> tuple[dict[str, str], re.Pattern[str]]:
    data = yaml.safe_load(resources.files("chidao.data").joinpath("abbreviations.yaml").read_text(encoding="utf-8"))
    table = {str(short): str(long) for short, long in data["abbreviations"].items()}
    shorts = sorted(table, key=len, reverse=True)
    return table, re.compile(r"(?<![\w&-])(?:" + "|".join(map(re.escape, shorts)) + r")(?![\w&-])")


def written_out(printed: str) -> str:
    """`printed` (a name as a text prints it) with its blanks collapsed and its known abbreviations written
    out ("Ban QLDA đầu tư xây dựng tỉnh" → "Ban Quản lý dự án đầu tư xây dựng tỉnh")."""
    name = " ".join(printed.split())
    table, pattern = _table()
    return pattern.sub(lambda m: table[m.group()], name) if pattern.search(name) else name


def abbreviations() -> dict[str, str]:
    """The table: each abbreviation and the words it stands for."""
    return dict(_table()[0])
