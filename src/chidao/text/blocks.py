"""The numbering skeleton of a text: "I.", "Điều 1.", "1.", "1.1.", "a)", "(1)", "-" and "+" items.

Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5 fixes how the body of an administrative document is
divided: phần, chương, mục, điều, khoản, điểm, numbered with Roman numerals, Arabic numerals and
lower-case letters (Vietnamese alphabet, so "đ)" follows "d)"); lists below a điểm use "-" and "+".
This module only finds that skeleton; `assignments` decides which items are tasks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# One marker at the start of a line. Markdown emphasis ("**1.**") and table pipes from saved web pages
# are tolerated around it. Every repetition is bounded, so a line is matched in linear time.
MARKER = re.compile(
    r"^[ \t*_>|]{0,20}"
    r"(?:(?P<article>Điều(?:[ \t]{1,3}|[ \t]{0,2}\n[ \t]{0,2})\d{1,3}[a-zđ]?)[*_]{0,2}[.:]"
    r"|(?P<multi>\d{1,2}(?:\.\d{1,2}){1,3}(?:\.[a-zđ](?=\.))?)\.?(?=[\s*]|$)"
    r"|(?P<roman>[IVXL]{1,7})[.)/](?=[\s*]|$)"
    r"|(?P<part>[A-H])\.(?=[ \t*_]{1,8}\w)"
    r"|(?P<num>\d{1,3})[.)](?=[\s*]|$)"
    r"|(?P<letter>[a-zđ])\)"
    r"|(?P<paren>\((?:\d{1,2}|[ivx]{1,4}|[a-zđ])\))"  # "(1)", "(a)", and "(i)", "(ii)", "(iv)"
    r"|(?P<dash>[-–•])(?=[ \t])"
    r"|(?P<plus>\+)(?=[ \t]))"
    r"[ \t*_]{0,8}",
    re.MULTILINE,
)

# Where a marker line may start: a line break followed by what can open a marker. Searching for a literal
# "\n" is fast, where the "^" of MARKER would be tried at every character of the text.
_LINE_CANDIDATE = re.compile(r"\n(?=[ \t*_>|]{0,20}(?:Điều|\d|[IVXL]|[A-H]\.|[a-zđ]\)|\(|[-–•+]))")

_BULLETS = ("dash", "plus")
KINDS = ("part", "article", "multi", "roman", "num", "letter", "paren", "dash", "plus")
# "A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG": the parts of a plan, above its Roman sections, printed in capitals
# (a capital letter and a full stop before an ordinary word is an initial, not a part).
_PART_HEADING = re.compile(r"[ \t*_]{1,8}(\w+)")


@dataclass
class Block:
    """One numbered item (or a run of unnumbered text when `kind` is None).

    `start` is where the marker line starts, `body_start` where its text starts (after the marker),
    `end` where the item ends (before the next marker line, trailing blanks removed). `path` is the
    chain of (kind, label) from the outermost open item down to this one.
    """

    kind: str | None
    label: str | None
    path: tuple[tuple[str, str | None], ...]
    start: int
    body_start: int
    end: int

    @property
    def clause(self) -> str | None:
        """The numbering path ("II.3.b", "1.a", "Điều 2.1"), or None for unnumbered items."""
        labels: list[str] = []
        for _kind, label in self.path:
            if label is None:
                continue
            # "1.1." under "1." is printed in full, so it replaces its parent rather than extends it.
            if labels and label.startswith(labels[-1] + "."):
                labels[-1] = label
            else:
                labels.append(label)
        return ".".join(labels) or None

    def is_ancestor_of(self, other: Block) -> bool:
        n = len(self.path)
        return self.kind is not None and len(other.path) > n and other.path[:n] == self.path


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _markers(text: str, start: int, end: int):
    """The MARKER matches at line starts inside `text[start:end]`, in order."""
    done = start  # "Điều\n4." is one marker: its second line does not start another
    if start == 0 or text[start - 1] == "\n":
        m = MARKER.match(text, start, end)
        if m is not None:
            done = m.end()
            yield m
    for line in _LINE_CANDIDATE.finditer(text, start, end):
        if line.end() < done:
            continue
        m = MARKER.match(text, line.end(), end)
        if m is not None:
            done = m.end()
            yield m


def _is_part(text: str, m: re.Match[str]) -> bool:
    word = _PART_HEADING.match(text, m.end("part") + 1)
    return word is not None and word.group(1).isupper() and len(word.group(1)) > 1


def split_blocks(text: str, start: int = 0, end: int | None = None) -> list[Block]:
    """Split `text[start:end]` into marker-delimited blocks, in order, covering the span.

    Text before the first marker is one unnumbered block. A marker kind that is already open closes
    everything opened after it (a new "b)" closes the "-" items of "a)"); a new kind opens a level.
    """
    end = len(text) if end is None else min(end, len(text))
    blocks: list[Block] = []
    stack: list[tuple[str, str | None]] = []
    articles = 0  # articles opened so far
    cur_kind: str | None = None
    cur_label: str | None = None
    cur_start = body = start
    for m in _markers(text, start, end):
        if m.lastgroup not in KINDS or m.lastgroup == "part" and not _is_part(text, m):
            continue
        kind = m.lastgroup
        pos = m.start()
        blk_end = _trim_end(text, cur_start, pos)
        if blk_end > body or cur_kind is not None:
            blocks.append(Block(cur_kind, cur_label, tuple(stack) if cur_kind else (), cur_start, body, blk_end))
        label = None if kind in ("dash", "plus") else " ".join(m.group(kind).split())
        kinds = [k for k, _ in stack]
        if kind in kinds:
            index = kinds.index(kind) if kind not in _BULLETS else len(kinds) - 1 - kinds[::-1].index(kind)
            if kind not in _BULLETS or not any(k not in _BULLETS for k in kinds[index + 1:]):
                del stack[index:]
            # else: "-" items inside "1.3." of a text whose address list ("Kính gửi: - …") also used "-"
            # open a level of their own instead of closing the numbered items above them.
        elif kind not in _BULLETS and stack and stack[-1][0] in _BULLETS:
            # "-" and "+" are the lowest level (Phụ lục I, mục II.5): a numbered item after them is not
            # their child but follows the numbered item above them ("Kính gửi: - …" then "1.").
            while stack and stack[-1][0] in _BULLETS:
                stack.pop()
            if kind == "roman":
                stack.clear()
        elif kind == "roman":
            # Roman numerals are the top level here (phần, chương, mục), under a lettered part if one is
            # open; after articles or numbered points they open a new part, usually a plan attached after
            # the signature.
            del stack[1 if stack and stack[0][0] == "part" else 0:]
        elif kind == "part" or kind == "article" and articles:
            # an article after the parts of a plan that the article above it holds ("Điều 1. Phê duyệt Đề án
            # …: I. … VI. …" then "Điều 2."): back to the top level
            stack.clear()
        articles += kind == "article"
        stack.append((kind, label))
        cur_kind, cur_label, cur_start, body = kind, label, pos, m.end()
    blk_end = _trim_end(text, cur_start, end)
    if blk_end > body or cur_kind is not None:
        blocks.append(Block(cur_kind, cur_label, tuple(stack) if cur_kind else (), cur_start, body, max(blk_end, body)))
    return blocks
