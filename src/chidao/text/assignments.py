"""Tasks: who is charged with what, by when, under which clause.

A chỉ thị, công điện or kế hoạch assigns work in two ways. Numbered blocks put the agency in a heading
("1. Sở Công Thương", then "a) …", "b) …": one task per lettered item, the heading's agencies lead it).
Running text names the subject of the sentence ("Giao Sở Tư pháp chủ trì, phối hợp với …", "Sở Y tế
phối hợp các cơ quan liên quan …", "UBND tỉnh yêu cầu các sở, ban, ngành …"). The agency that chủ trì
(presides) is the lead; those it phối hợp with are support (Quyết định 114/2006/QĐ-TTg on the working
relations between the lead and co-operating agencies). Groups of agencies ("các sở, ban, ngành") are
never an agency: they go to `lead_groups` / `support_groups`.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from chidao.text.blocks import Block, split_blocks
from chidao.text.types import Deadline, Task

# The issuer speaking ("UBND tỉnh yêu cầu …", "Thủ tướng Chính phủ yêu cầu: …") is not charged with
# the task; the addressees after its verb are. Without such a verb ("UBND tỉnh ban hành …") the
# sentence reports a fact. The patterns run case-insensitively on the prepared (NFC) text; both tone
# placements of "ủy/uỷ" are accepted.
_I = re.IGNORECASE


def _words(pattern: str) -> re.Pattern[str]:
    """Compile with every space between words standing for a short run of blanks or one line break:
    documents saved from the web are hard-wrapped anywhere ("phối\nhợp với")."""
    return re.compile(pattern.replace(" ", r"\s{1,3}"), _I)


_ISSUER = _words(
    r"(?:(?:phó )?chủ tịch |thường trực )?(?:ubnd|[uủ][yỷ] ban nhân dân|hđnd|hội đồng nhân dân) (?:tỉnh|thành phố)\b"
    r"|thủ tướng chính phủ\b|thủ tướng\b|chính phủ\b|(?:ban thường vụ )?tỉnh [uủ][yỷ]\b")
_ISSUER_VERB = _words(r"\s{0,3}(?:vừa |đã )?(?:yêu cầu|giao|đề nghị|chỉ đạo)\s{0,3}:?\s{0,3}")
_IMPERATIVE = _words(r"(?:giao|yêu cầu|đề nghị)(?: cho)? ")
_LEAD_IN = _words(
    r"(?:theo đó|đồng thời|ngoài ra|trong đó|bên cạnh đó|mặt khác|trên cơ sở đó|cụ thể)\s{0,3}[,:]?\s{0,3}")
# What may stand between two actors of one list: commas, "và", "cùng", "đề nghị" and titles of the
# head of an agency ("Thủ trưởng các sở", "Chủ tịch UBND các huyện").
_CONNECTOR = _words(
    r"[\s*,;]+|(?:và|cùng|đề nghị|thủ trưởng|chủ tịch|phó chủ tịch|giám đốc|bộ trưởng|tổng giám đốc"
    r"|tổng biên tập|lãnh đạo|người đứng đầu|trưởng ban|bí thư|đồng chí|thứ trưởng|chánh|cục trưởng|chỉ huy trưởng|trưởng)\b")
# Words that show the actor list is not the subject of an order: a copula, a past fact, a preposition.
_NOT_VERB = frozenset(
    "là đã vừa được của về tại thuộc trong trên với ban năm ngày số cho đến từ do gồm và như này "
    "tỉnh tháng quý khi nếu hiện các những một sau trước vào hoặc hay ở thì qua bị".split()
)
# Case-sensitive on purpose (lower case or sentence case only): this one scans every task's whole
# span, and a pattern with a fixed first character is searched much faster than a case-folded one.
_SUPPORT = re.compile(r"[Pp]hối hợp(?: chặt chẽ)?(?: với| cùng)? |[Cc]hủ trì,? cùng ".replace(" ", r"\s{1,3}"))
_COLON_LIST = re.compile(r"[^:;.\n]{0,60}:[ \t\n]*")
_WORD = re.compile(r"\w+")
_INLINE_ENUM = re.compile(r"(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\))")
_SENTENCE_END = re.compile(r"\./\.|[.!?…]+[\"”’)]?|\n[ \t]*\n")
# Deadlines that fix a date come before standing orders (thường xuyên, hằng tháng).
_BY_ISH = ("before", "by", "on", "range", "month", "quarter", "half", "year", "lunar", "relative")


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if len(base) == 1 and base != char:
            table[code] = base
    table[ord("đ")] = table[ord("Đ")] = "d"
    return table


_FOLD = _fold_table()


def fold_same_length(s: str) -> str:
    """Lower case without diacritics, one character for one: offsets in the result are offsets in `s`."""
    return s.translate(_FOLD)


@dataclass
class _Actors:
    lead: list[Any] = field(default_factory=list)  # AgencyMention
    lead_groups: list[Any] = field(default_factory=list)  # GroupMention
    support: list[Any] = field(default_factory=list)
    support_groups: list[Any] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.lead or self.lead_groups)


class _Scanner:
    """The text of one span with its agency and group mentions indexed by start offset."""

    def __init__(self, text: str, start: int, end: int, mentions: list[Any]) -> None:
        self.text = text
        self.mentions: dict[int, Any] = {}
        for mention in mentions:
            if start <= mention.start and mention.end <= end:
                self._add(mention)

    def _add(self, mention: Any) -> None:
        begin = mention.start
        old = self.mentions.get(begin)
        if old is None or (old.end - old.start) < (mention.end - mention.start):
            self.mentions[begin] = mention

    def match(self, pattern: re.Pattern[str], pos: int, end: int) -> re.Match[str] | None:
        return pattern.match(self.text, pos, end)

    def list_at(self, pos: int, end: int) -> tuple[list[Any], list[Any], int]:
        """The run of agencies and groups starting at `pos` (joined by commas, "và", titles)."""
        agencies: list[Any] = []
        groups: list[Any] = []
        last = pos
        while pos < end:
            mention = self.mentions.get(pos)
            if mention is not None and mention.end <= end:
                (groups if not hasattr(mention, "id") else agencies).append(mention)
                pos = last = mention.end
                continue
            m = self.match(_CONNECTOR, pos, end)
            if m is None or m.end() == m.start():
                break
            pos = m.end()
        return agencies, groups, last


def _skip(scan: _Scanner, pattern: re.Pattern[str], pos: int, end: int) -> int:
    m = scan.match(pattern, pos, end)
    return m.end() if m else pos


def _skip_blank(text: str, pos: int, end: int) -> int:
    while pos < end and (text[pos].isspace() or text[pos] in "*_|"):
        pos += 1
    return pos


def _subject(scan: _Scanner, pos: int, end: int, need_verb: bool = True) -> tuple[_Actors, int]:
    """The actors a sentence starting at `pos` charges, and where the predicate starts.

    Empty when the sentence does not begin with an order to named agencies or groups.
    """
    text = scan.text
    pos = _skip_blank(text, pos, end)
    pos = _skip(scan, _LEAD_IN, pos, end)
    issuer = scan.match(_ISSUER, pos, end)
    if issuer is not None:
        verb = _ISSUER_VERB.match(scan.text, issuer.end(), end)
        if verb is None:
            return _Actors(), pos
        pos = verb.end()
    else:
        pos = _skip(scan, _IMPERATIVE, pos, end)
    agencies, groups, after = scan.list_at(pos, end)
    if not agencies and not groups:
        return _Actors(), pos
    if need_verb and not _predicate_follows(scan, after, end):
        return _Actors(), pos
    return _Actors(lead=agencies, lead_groups=groups), after


def _predicate_follows(scan: _Scanner, pos: int, end: int) -> bool:
    text = scan.text
    pos = _skip_blank(text, pos, end)
    if pos < end and text[pos] == "(":  # "Sở Nội vụ (cơ quan thường trực) chủ trì"
        close = text.find(")", pos, min(end, pos + 120))
        pos = _skip_blank(text, close + 1, end) if close != -1 else pos
    colon = pos < end and text[pos] == ":"
    if colon:  # "Bộ Tài chính: **(1)** Chủ trì, …"
        pos = _skip_blank(text, pos + 1, end)
        enum = _INLINE_ENUM.match(text, pos, end)
        pos = _skip_blank(text, enum.end(), end) if enum else pos
    m = _WORD.match(text, pos, end)
    if m is None:
        return False
    if text[pos].isupper() and not colon:
        return False
    word = m.group().lower()
    if word == "có":
        return " ".join(text[m.start():min(end, m.start() + 20)].lower().split()).startswith("có trách nhiệm")
    return word not in _NOT_VERB


def _support(scan: _Scanner, start: int, end: int, actors: _Actors) -> None:
    """Add the agencies and groups named after "phối hợp (với)" / "chủ trì cùng" as support."""
    for m in _SUPPORT.finditer(scan.text, start, end):
        agencies, groups, _ = scan.list_at(m.end(), end)
        actors.support.extend(agencies)
        actors.support_groups.extend(groups)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "*_|"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ";,*_|"):
        end -= 1
    return start, end


class _Builder:
    def __init__(self, scan: _Scanner, deadlines: list[Deadline]) -> None:
        self.scan = scan
        self.deadlines = deadlines
        self.starts = [d.start for d in deadlines]
        self.tasks: list[Task] = []

    def deadline_in(self, start: int, end: int) -> Deadline | None:
        inside = []
        for i in range(bisect.bisect_left(self.starts, start), len(self.deadlines)):
            d = self.deadlines[i]
            if d.start >= end:
                break
            if d.end <= end:
                inside.append(d)
        for kinds in (("before", "by"), _BY_ISH):
            for d in inside:
                if d.kind in kinds:
                    return d
        return inside[0] if inside else None

    def add(self, actors: _Actors, start: int, end: int, clause: str | None, subject_from: int | None = None) -> None:
        """Record one task over `text[start:end]`; its "phối hợp" phrases (from `subject_from`) add support."""
        text = self.scan.text
        start, end = _trim(text, start, end)
        if end <= start or not actors:
            return
        actors = _Actors(actors.lead, actors.lead_groups, list(actors.support), list(actors.support_groups))
        _support(self.scan, min(start, subject_from if subject_from is not None else start), end, actors)
        lead = [a.name for a in actors.lead]
        lead_ids = [a.id for a in actors.lead]
        support = [(a.name, a.id) for a in actors.support if a.name not in lead]
        support = list(dict.fromkeys(support))
        lead_pairs = list(dict.fromkeys(zip(lead, lead_ids)))
        lead_groups = _unique([" ".join(g.text.split()) for g in actors.lead_groups])
        support_groups = _unique([" ".join(g.text.split()) for g in actors.support_groups])
        support_groups = [g for g in support_groups if g not in lead_groups]
        self.tasks.append(Task(
            lead=[n for n, _ in lead_pairs], support=[n for n, _ in support],
            lead_groups=lead_groups, support_groups=support_groups,
            text=" ".join(text[start:end].split()), deadline=self.deadline_in(start, end),
            clause=clause, start=start, end=end,
            lead_ids=[i for _, i in lead_pairs], support_ids=[i for _, i in support],
        ))


def _heading(scan: _Scanner, block: Block) -> tuple[_Actors, int] | None:
    """The actors of a heading line ("1. Sở Công Thương", "2. Bộ Xây dựng:") and where its body starts."""
    text = scan.text
    nl = text.find("\n", block.body_start, block.end)
    line_end = block.end if nl == -1 else nl
    if line_end - block.body_start > 240:
        return None
    begin = _skip(scan, _IMPERATIVE, _skip_blank(text, block.body_start, line_end), line_end)  # "Điều 2. Giao …"
    agencies, groups, after = scan.list_at(begin, line_end)
    if not agencies and not groups:
        return None
    rest = text[after:line_end].strip(" \t*_|")
    if rest.endswith((".", ";", ",")) or rest.endswith(" và"):
        return None
    if rest and rest != ":" and rest[0] not in "-–(" and not rest.lower().startswith("và "):
        return None
    following = _skip_blank(text, line_end, block.end)
    if following < block.end and text[following].islower():  # a hard-wrapped sentence, not a heading
        return None
    return _Actors(lead=agencies, lead_groups=groups), line_end


def _inherit(own: _Actors, parent: _Actors | None) -> _Actors:
    base = parent or _Actors()
    lead = own if own else base
    return _Actors(lead.lead, lead.lead_groups, base.support + own.support,
                   base.support_groups + own.support_groups)


def _free_text(build: _Builder, start: int, end: int, last_before_list: bool) -> _Actors | None:
    """Tasks in running text, sentence by sentence; returns the actors of a closing "…sau đây:" intro."""
    scan = build.scan
    text = scan.text
    current: tuple[_Actors, int, int] | None = None
    sentences = list(_sentences(scan, start, end))
    intro: _Actors | None = None
    for index, (s, e, new_paragraph) in enumerate(sentences):
        if new_paragraph and current:
            build.add(current[0], current[1], current[2], None)
            current = None
        actors, after = _subject(scan, s, e)
        closing = index == len(sentences) - 1 and text[s:e].rstrip(" *_").endswith(":")
        if not actors and closing and last_before_list:
            # "Để …, Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh, thành phố:" then the list
            actors = _addressees(scan, s, e)
        if actors:
            if current:
                build.add(current[0], current[1], current[2], None)
                current = None
            if closing and last_before_list:
                _support(scan, s, e, actors)
                intro = actors
                continue
            if _colon_list(build, actors, s, after, e):
                continue
            current = (actors, s, e)
        elif current:
            current = (current[0], current[1], e)
    if current:
        build.add(current[0], current[1], current[2], None)
    return intro


_ADDRESS = _words(r"(?:yêu cầu|giao|đề nghị)(?: cho)? ")


def _addressees(scan: _Scanner, start: int, end: int) -> _Actors:
    """The actors after the last "yêu cầu / giao / đề nghị" of an introductory sentence."""
    found = _Actors()
    for m in _ADDRESS.finditer(scan.text, start, end):
        agencies, groups, _ = scan.list_at(m.end(), end)
        if agencies or groups:
            found = _Actors(lead=agencies, lead_groups=groups)
    return found


def _colon_list(build: _Builder, actors: _Actors, s: int, after: int, e: int) -> bool:
    """"X có trách nhiệm: việc một; việc hai." gives one task per part, all led by X."""
    scan = build.scan
    m = scan.match(_COLON_LIST, after, e)
    if m is None:
        return False
    body = m.end()
    parts: list[tuple[int, int]] = []
    pos = body
    while pos < e:
        semi = scan.text.find(";", pos, e)
        stop = e if semi == -1 else semi
        parts.append((pos, stop))
        pos = stop + 1
    if len(parts) < 2:
        return False
    for p_start, p_end in parts:
        build.add(actors, p_start, p_end, None, subject_from=s if p_start == body else None)
    return True


def _sentences(scan: _Scanner, start: int, end: int):
    """(start, end, begins a new paragraph) for each sentence of `text[start:end]`."""
    text = scan.text
    pos = start
    new_paragraph = True
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.group().startswith("\n"):
            if m.start() > pos:
                yield pos, m.start(), new_paragraph
            pos, new_paragraph = m.end(), True
            continue
        nxt = _skip_blank(text, m.end(), end)
        if nxt < end and nxt > m.end() and not text[nxt].islower():
            yield pos, m.end(), new_paragraph
            pos, new_paragraph = m.end(), False
    if pos < end and text[pos:end].strip():
        yield pos, end, new_paragraph


def _numbered(build: _Builder, blocks: list[Block], root: _Actors | None) -> None:
    """One task per leaf item; headings and "…:" intros hand their actors down to their items."""
    scan = build.scan
    provided: list[tuple[Block, _Actors]] = []
    for i, block in enumerate(blocks):
        while provided and not provided[-1][0].is_ancestor_of(block):
            provided.pop()
        parent = provided[-1][1] if provided else root
        has_children = i + 1 < len(blocks) and block.is_ancestor_of(blocks[i + 1])
        heading = _heading(scan, block)
        body = block.body_start
        own = _Actors()
        if heading is not None:
            own, body = heading
        inline, _after = _subject(scan, body, block.end)
        intro = scan.text[body:block.end].rstrip(" *_").endswith(":")
        if not inline and intro:  # "2. Để …, yêu cầu Bộ Y tế, Bộ Xây dựng … như sau:"
            inline = _addressees(scan, body, block.end)
        if inline:
            own = _Actors(inline.lead, inline.lead_groups, own.support, own.support_groups)
        actors = _inherit(own, parent)
        if has_children:
            _support(scan, body, block.end, actors)
            provided.append((block, actors))
            if inline and not intro:  # "(1) Bộ Y tế chỉ đạo …." then "- …" items of its own
                build.add(actors, body, block.end, block.clause)
            continue
        cut = _next_subject_paragraph(scan, body, block.end)
        build.add(actors, body, cut, block.clause)
        if cut < block.end:  # the item ended; what follows is running text with its own subjects
            _free_text(build, cut, block.end, False)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def _next_subject_paragraph(scan: _Scanner, start: int, end: int) -> int:
    """Where a later paragraph of an item starts a new order to named agencies (or `end`).

    Text after the last numbered item of a digest entry, or the next entry of a page read whole,
    belongs to no item: a paragraph that opens with its own subject ("Sở Y tế phối hợp …") is
    not a continuation of the item above it.
    """
    first = True
    for m in _PARAGRAPH_BREAK.finditer(scan.text, start, end):
        if first and m.start() <= _skip_blank(scan.text, start, end):
            continue
        first = False
        if _subject(scan, m.end(), end)[0]:
            return m.start()
    return end


def find_tasks(
    text: str,
    registry: Any,
    start: int = 0,
    end: int | None = None,
    reference_date: datetime.date | None = None,
) -> list[Task]:
    """Every assignment in `text[start:end]`, in order, with lead, support, clause and deadline.

    `registry` is a `chidao.text.agencies.Registry` (anything with `find_agencies(text, on=None)`).
    Offsets are into `text`. Deadlines come from `find_deadlines` on the same span, each task keeping
    the first dated one inside its own span.
    """
    from chidao.text.agencies import find_groups
    from chidao.text.deadlines import find_deadlines

    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    if end <= start:
        return []
    region = text[start:end]
    mentions = [_shift(m, start) for m in [*find_groups(region), *registry.find_agencies(region, on=reference_date)]]
    deadlines = find_deadlines(text, reference_date=reference_date, start=start, end=end)
    return tasks_in_span(text, start, end, mentions, deadlines)


def _shift(mention: Any, offset: int) -> Any:
    if not offset:
        return mention
    return dataclasses.replace(mention, start=mention.start + offset, end=mention.end + offset)


def tasks_in_span(text: str, start: int, end: int, mentions: list[Any], deadlines: list[Deadline]) -> list[Task]:
    """`find_tasks` on mentions already found (agencies and groups, offsets into `text`).

    `parse_text` finds agencies, groups and deadlines once for the whole text and hands each span
    its share, so a digest of many items is scanned once.
    """
    end = max(0, min(end, len(text)))
    start = max(0, min(start, end))
    if end <= start:
        return []
    scan = _Scanner(text, start, end, mentions)
    deadlines = sorted((d for d in deadlines if start <= d.start and d.end <= end), key=lambda d: d.start)
    build = _Builder(scan, deadlines)
    blocks = split_blocks(text, start, end)
    run: list[Block] = []
    root: _Actors | None = None
    for i, block in enumerate(blocks):
        if block.kind is not None:
            run.append(block)
            continue
        if run:
            _numbered(build, run, root)
            run = []
        followed = i + 1 < len(blocks)
        root = _free_text(build, block.body_start, block.end, followed)
    if run:
        _numbered(build, run, root)
    build.tasks.sort(key=lambda t: t.start)
    return build.tasks
