"""The sections of a plan that say what it aims at, or who does its work, in items of their own.

"I. MỤC ĐÍCH, YÊU CẦU" aims, it assigns nothing; "2. Cơ quan chủ trì, phối hợp" and "3. Thời gian thực hiện" make
the section above them one task, as a row of a task table is; "- Cơ quan thực hiện: Sở … chủ trì, phối hợp
với …" and "- Thời gian thực hiện: …" below an item name its doers and its time. Part of
`chidao.text.assignments`, whose task builder (`build`) records the tasks found here.
"""

from __future__ import annotations

from typing import Any

from chidao.text.blocks import MARKER, Block
from chidao.text.normalize import compile_across_lines, fold
from chidao.text.subjects import Actors, Scanner, actors_in

__all__ = ["doer_sections", "labelled_doers", "without_aims"]


# "A. MỤC ĐÍCH, YÊU CẦU", "I. MỤC TIÊU", "1. Quan điểm": what a plan aims at, not who does what.
_AIMS = ("muc dich", "yeu cau", "muc tieu", "quan diem", "su can thiet", "can cu xay dung", "co so phap ly",
         "nguyen tac")


# "- Cơ quan thực hiện: Sở … chủ trì": a section whose items name their doers holds work, whatever its title
# (a page that lost the next section's heading runs the tasks on under "I. MỤC ĐÍCH, YÊU CẦU").
_DOERS_NAMED = compile_across_lines(r"(?m)^[ \t*_]{0,4}(?:[-+•–][ \t]{0,3})?[*_]{0,2}(?:Đơn vị|Cơ quan)[^:\n]{0,30}"
                                    r"(?:chủ\s{1,3}trì|thực\s{1,3}hiện)[^:\n]{0,10}:")


def without_aims(text: str, blocks: list[Block]) -> list[Block]:
    """`blocks` without the sections that state a plan's aims, principles or grounds and the items under them
    (a section whose items name their doers holds work, whatever its title)."""
    kept = []
    aims: Block | None = None
    for i, block in enumerate(blocks):
        if aims is not None and aims.is_ancestor_of(block):
            continue
        aims = block if block.kind in ("part", "roman") and _opens(text, block, _AIMS) \
            and not _DOERS_NAMED.search(text, block.body_start, _extent_end(blocks, i)) else None
        if aims is None:
            kept.append(block)
    return kept


def _extent_end(blocks: list[Block], i: int) -> int:
    """Where block i and the items under it end."""
    after = next((b for b in blocks[i + 1:] if not blocks[i].is_ancestor_of(b)), None)
    return after.start if after is not None else blocks[-1].end


# A plan's section that says who does it in an item of its own: "I. CÔNG TÁC QUÁN TRIỆT" then "1. Nội dung,
# biện pháp" (a), b) …), "2. Cơ quan chủ trì, phối hợp" (a) Cơ quan chủ trì: - …; b) Cơ quan phối hợp: - …)
# and "3. Thời gian thực hiện: Tháng 12/2013". The whole section is one task, as a row of a task table is.
_DOERS = ("co quan chu tri", "don vi chu tri", "co quan thuc hien", "don vi thuc hien", "co quan, don vi chu tri",
          "don vi, co quan chu tri", "co quan, don vi thuc hien")
_WHEN = ("thoi gian thuc hien", "thoi gian hoan thanh", "thoi han hoan thanh", "tien do thuc hien")
_LIST_MARK = compile_across_lines(r"[ \t*_]*(?:[-+•–][ \t]*)?")


def doer_sections(build: Any, blocks: list[Block]) -> list[Block]:
    """Record one task per section whose item names its doers; return the blocks left for the numbered
    items' reader."""
    text = build.scan.text
    used: set[int] = set()
    for i, section in enumerate(blocks):
        if i in used or section.kind in ("dash", "plus"):
            continue
        inside = _descendants(blocks, i)
        children = [j for j in inside if len(blocks[j].path) == len(section.path) + 1]
        doers = next((j for j in children if _opens(text, blocks[j], _DOERS)), None)
        if doers is None:
            continue
        extent = [doers, *_descendants(blocks, doers)]
        actors = _doers_listed(build.scan, blocks[doers].body_start, blocks[extent[-1]].end)
        if not actors:
            continue
        # "2. … 2.1 …" then its doers, then "2.2.", "2.3." naming their own: those are items of their own
        own = next((j for j in children if j > doers and blocks[j].kind not in ("dash", "plus")
                    and _names_doers(text, blocks, j)), None)
        build.add(actors, section.body_start, section.end if own is None else blocks[own].start, section.clause)
        when = next((j for j in children if _opens(text, blocks[j], _WHEN) and (own is None or j < own)), None)
        if when is not None:
            build.tasks[-1].deadline = build.deadline_in(blocks[when].body_start, blocks[when].end)
        used.update([i, *(j for j in inside if own is None or j < own)])
    return [block for k, block in enumerate(blocks) if k not in used]


def _names_doers(text: str, blocks: list[Block], i: int) -> bool:
    """Whether block i has an item of its own naming its doers."""
    return any(len(blocks[j].path) == len(blocks[i].path) + 1 and _opens(text, blocks[j], _DOERS)
               for j in _descendants(blocks, i))


# A plan's item followed by paragraphs that name its doers and its time: "- Thường xuyên rà soát …" then
# "*Đơn vị chủ trì thực hiện: *Sở Tư pháp.", "*Đơn vị phối hợp: *…", "*Thời gian thực hiện: *Thường xuyên."
_DOER_LABEL = compile_across_lines(
    r"(?m)^[ \t*_]{0,4}(?:[-+•–][ \t]{0,3})?[*_]{0,2}(?:Đơn vị|Cơ quan)(?:,\s{1,3}(?:đơn vị|cơ quan))?"
    r"\s{1,3}chủ\s{1,3}trì")
_WHEN_LABEL = compile_across_lines(
    r"(?m)^[ \t*_]{0,4}(?:[-+•–][ \t]{0,3})?[*_]{0,2}(?:Thời\s{1,3}gian|Thời\s{1,3}hạn|Tiến\s{1,3}độ)"
    r"[^:\n]{0,30}:")


def labelled_doers(build: Any, start: int, end: int, clause: str | None) -> bool:
    """Record the task of an item whose doers are named in labelled paragraphs below its text; False when
    the item has none."""
    text = build.scan.text
    label = _DOER_LABEL.search(text, start, end) if text.find("chủ", start, end) != -1 else None
    if label is None or label.start() == start:
        return False
    actors = _doers_listed(build.scan, label.start(), end)
    if not (actors.lead or actors.lead_groups):
        return False
    build.add(actors, start, label.start(), clause)
    when = _WHEN_LABEL.search(text, label.start(), end)
    if when is not None and build.tasks[-1].deadline is None:
        build.tasks[-1].deadline = build.deadline_in(when.start(), _item_end(text, when.end(), end))
    return True


def _descendants(blocks: list[Block], i: int) -> list[int]:
    """The indexes of the items inside `blocks[i]`: they follow it, one run."""
    j = i + 1
    while j < len(blocks) and blocks[i].is_ancestor_of(blocks[j]):
        j += 1
    return list(range(i + 1, j))


def _opens(text: str, block: Block, heads: tuple[str, ...]) -> bool:
    return fold(text[block.body_start:block.body_start + 40]).lstrip(" *_").startswith(heads)


def _doers_listed(scan: Scanner, start: int, end: int) -> Actors:
    """The lead and support listed after a "Cơ quan chủ trì, phối hợp" heading, one per line or after colons:
    lines after a heading naming "phối hợp" (and not "chủ trì") support."""
    text = scan.text
    actors = Actors()
    supporting = False
    pos = start
    while pos < end:
        line_end = _item_end(text, pos, end)
        head = fold(text[pos:min(line_end, pos + 60)])
        if "chu tri" in head or "thuc hien" in head or "phoi hop" in head:
            supporting = "phoi hop" in head and "chu tri" not in head
            colon = text.find(":", pos, line_end)
            pos = line_end if colon == -1 else colon + 1
        item = _LIST_MARK.match(text, pos, line_end).end()
        # "Cơ quan thực hiện: Sở X chủ trì, phối hợp với Y; Z": who joins in follows "phối hợp"
        partners = None if supporting else _PARTNERS.search(text, item, line_end)
        if item < line_end:
            agencies, groups = actors_in(scan, item, partners.start() if partners else line_end)
            if supporting:
                actors.support.extend(agencies)
                actors.support_groups.extend(groups)
            else:
                actors.lead.extend(agencies)
                actors.lead_groups.extend(groups)
        if partners is not None:
            agencies, groups = actors_in(scan, partners.end(), line_end)
            actors.support.extend(agencies)
            actors.support_groups.extend(groups)
        pos = line_end + 1
    return actors


_PARTNERS = compile_across_lines(r"(?i)\bphối\s{1,3}hợp(?:\s{1,3}(?:với|cùng))?\s{1,3}")


def _item_end(text: str, pos: int, end: int) -> int:
    """The end of the listed item starting at `pos`: its line, and the lines a hard wrap carried over
    ("Cơ quan chủ trì: Sở Khoa học\nvà Công nghệ."), up to a blank line, a list mark, the next numbered or
    lettered item ("b) Cơ quan phối hợp") or the next label."""
    nl = text.find("\n", pos, end)
    while nl > pos:  # (a blank line is an item of its own, an empty one)
        mark = _LIST_MARK.match(text, nl + 1, end)
        following = mark.end()
        if any(c in "-+•–" for c in mark.group()) or text.startswith("\n", following) or following >= end \
                or MARKER.match(text, nl + 1, end) or fold(text[following:following + 40]).startswith(_LABELS):
            return nl
        nl = text.find("\n", nl + 1, end)
    return end if nl == -1 else nl


_LABELS = (*_DOERS, *_WHEN, "co quan phoi hop", "don vi phoi hop", "thoi gian", "san pham", "kinh phi")
