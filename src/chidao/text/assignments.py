"""Tasks: who is charged with what, by when, under which clause.

A chỉ thị, công điện or kế hoạch assigns work in two ways. Numbered blocks put the agency in a heading
("1. Sở Công Thương", then "a) …", "b) …": one task per lettered item, the heading's agencies lead it).
Running text names the subject of the sentence ("Giao Sở Tư pháp chủ trì, phối hợp với …", "Sở Y tế
phối hợp các cơ quan liên quan …", "UBND tỉnh yêu cầu các sở, ban, ngành …"). As in the quy chế làm
việc of every People's Committee, the agency that chủ trì (presides) is the lead and answers for the
result; those it phối hợp with are support. Groups of agencies ("các sở, ban, ngành") are never an
agency: they go to `lead_groups` / `support_groups`.
"""

from __future__ import annotations

import bisect
import datetime
import re
from typing import Any

from chidao.text.blocks import Block, split_blocks
from chidao.text.pattern_names import (DUTIES_IN_CAPITALS, PREDICATE_PAIRS, UNKNOWN_PREFIXES, VERB_START,
                                       defined_short_forms, unknown_agency_at)
from chidao.text.plan_sections import doer_sections, labelled_doers, without_aims
from chidao.text.subjects import (
    IMPERATIVE, Actors, Scanner, actors_in, add_support, addressees, led_by, ordered_within, predicate_follows,
    predicate_follows_anywhere,
    rules_on_firms, skip, skip_blank, subject_at,
)
from chidao.text.tables import Row, find_tables_ordering_nothing, find_task_rows
from chidao.text.normalize import compile_across_lines, ends_a_headline, fold
from chidao.text.types import AgencyMention, Deadline, GroupMention, Task, moved

_COLON_LIST = compile_across_lines(r"[^:;.\n]{0,60}:[ \t\n]*")
# "./.", a run of sentence marks (maybe closing a quote or bracket), a blank line, or a colon ending its line
# ("… có ý kiến chỉ đạo như sau:": the order starts on the next one). One class first, the alternatives after it
# (each checking with a look-behind what that character was), so that the regex engine skips to the next of
# these characters at C speed instead of trying the alternatives at every position.
# A semicolon ending its line before a line that opens a reasoning ("…thanh tra thuế;\nTheo nội dung …",
# "Căn cứ …", "Như vậy, …") ends a quoted item: the text's own sentence starts there. (A semicolon before a
# capital alone is no end: "Chánh Văn phòng …;\nGiám đốc các Sở …" is one list of actors.)
# ("UBND TP. Đà Nẵng": the full stop of the abbreviation "TP." ends no sentence)
_SENTENCE_END = compile_across_lines(
    r"[.!?…\n:;](?<!\bTP\.)(?<!\bTp\.)(?:(?<=\.)/\.|(?<=[.!?…])[.!?…]*[\"”’)]?|(?<=\n)[ \t]*\n|(?<=:)(?=[ \t*_]*\n)"
    r"|(?<=;)(?=[ \t*_]*\n[ \t*_]*(?:Theo|Căn cứ|Như vậy|Do đó|Vì vậy|Tuy nhiên|Trên cơ sở)\s))")
# Deadlines that fix a date come before standing orders (thường xuyên, hằng tháng).
_BY_ISH = ("before", "by", "on", "range", "month", "quarter", "half", "year", "lunar", "relative")


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


_MARKUP = compile_across_lines(r"[*_]+")


def _tidy(printed: str) -> str:
    """A phrase as printed, without Markdown emphasis and with single spaces."""
    return " ".join(_MARKUP.sub(" ", printed).split())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "*_|"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ";,*_|"):
        end -= 1
    return start, end


class _Builder:
    def __init__(self, scan: Scanner, deadlines: list[Deadline]) -> None:
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

    def add(self, actors: Actors, start: int, end: int, clause: str | None, subject_from: int | None = None) -> None:
        """Record one task over `text[start:end]`; its "phối hợp" phrases (from `subject_from`) add support."""
        text = self.scan.text
        start, end = _trim(text, start, end)
        if end <= start or not actors:
            return
        actors = Actors(actors.lead, actors.lead_groups, list(actors.support), list(actors.support_groups))
        add_support(self.scan, min(start, subject_from if subject_from is not None else start), end, actors)
        lead = [a.name if a.id else _tidy(a.name) for a in actors.lead]
        lead_ids = [a.id for a in actors.lead]
        support = [(a.name if a.id else _tidy(a.name), a.id) for a in actors.support]
        support = [pair for pair in support if pair[0] not in lead]
        support = list(dict.fromkeys(support))
        lead_pairs = list(dict.fromkeys(zip(lead, lead_ids)))
        lead_groups = _unique([_tidy(g.text) for g in actors.lead_groups])
        support_groups = _unique([_tidy(g.text) for g in actors.support_groups])
        support_groups = [g for g in support_groups if g not in lead_groups]
        self.tasks.append(Task(
            lead=[n for n, _ in lead_pairs], support=[n for n, _ in support],
            lead_groups=lead_groups, support_groups=support_groups,
            text=" ".join(text[start:end].split()), deadline=self.deadline_in(start, end),
            clause=clause, start=start, end=end,
            lead_ids=[i for _, i in lead_pairs], support_ids=[i for _, i in support],
        ))


def _heading(scan: Scanner, block: Block, has_children: bool = False) -> tuple[Actors, int] | None:
    """The actors of a heading line ("1. Sở Công Thương", "2. Bộ Xây dựng:") and where its body starts."""
    text = scan.text
    # the heading's first line, which may follow its number's ("*1.2.\nSở Tài chính - Cơ quan thường trực*")
    start = skip_blank(text, block.body_start, block.end)
    skipped = text[block.body_start:start]
    if "\n" in skipped and "|" in skipped:
        return None  # a number in a table's cell, the next cell beside it
    nl = text.find("\n", start, block.end)
    line_end = block.end if nl == -1 else nl
    if line_end - start > 240:
        return None
    begin = skip(scan, IMPERATIVE, start, line_end)  # "Điều 2. Giao …"
    if block.kind != "article":  # "Điều 7. Trách nhiệm của …" titles an article whose items name their own
        begin = skip(scan, _DUTIES_OF, begin, line_end)  # "2. Trách nhiệm của Ủy ban nhân dân các tỉnh"
    if begin > start and has_children:
        given = _given_to(scan, begin, block.end)
        if given is not None:
            return given
    agencies, groups, after = scan.list_at(begin, block.end)
    duties = begin > start and _DUTIES_OF.match(text, start) is not None
    if not agencies and not groups:
        return _body_of_duties(text, begin, line_end) if duties else None
    if duties and after < line_end and text[after:line_end].strip(" \t*_:")[:1].isupper():
        # "Nhiệm vụ của Tổ giúp việc Hội đồng": a name the finders read only in part
        return _body_of_duties(text, begin, line_end)
    wrapped = after > line_end
    if wrapped:
        # The list runs on: "2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ,\nChủ tịch UBND các tỉnh" is a
        # heading on two lines; "Giao Sở Nông nghiệp\nvà Môi trường chủ trì …" is a sentence (its rest shows it).
        nl = text.find("\n", after, block.end)
        line_end = block.end if nl == -1 else nl
        if text.count("\n", start, line_end) > 2:
            return None
    rest = text[after:line_end].strip(" \t*_|")
    if len(groups) == 1 and not agencies and has_children and _QUALIFIER.match(rest):
        return _qualified_group(scan, begin, block.end)
    if wrapped and rest not in ("", ":"):
        return None
    if rest == "." and has_children:
        rest = ""  # "1. Phòng Y tế; Chủ tịch Ủy ban nhân dân các xã, thị trấn." over its lettered items
    if rest.endswith((".", ";", ",")) or rest.endswith(" và"):
        return None
    if rest and rest != ":" and rest[0] not in "-–(" and not rest.lower().startswith("và "):
        return None
    following = skip_blank(text, line_end, block.end)
    if following < block.end and text[following].islower():  # a hard-wrapped sentence, not a heading
        return None
    return Actors(lead=agencies, lead_groups=groups), line_end


# "4. Các cơ quan, tổ chức, đơn vị được giao quản lý, sử dụng tài sản kết cấu hạ tầng" then its items: the
# whole heading, hard-wrapped or not, names the group its items charge.
_QUALIFIER = compile_across_lines(
    r"(?:,\s{1,3}doanh\s{1,3}nghiệp\s{1,3})?"
    r"(?:được|có(?!\s{1,3}(?:nhiệm|trách))|đang|tham\s{1,3}gia|sử\s{1,3}dụng|quản\s{1,3}lý)\s")
_QUALIFIED_MAX = 240


def _qualified_group(scan: Scanner, begin: int, end: int) -> tuple[Actors, int] | None:
    """The group a heading from `begin` names whole, with what it manages, and where the heading ends."""
    text = scan.text
    pos = begin
    while True:  # the heading's line, and the lines it is hard-wrapped onto (which open in lower case)
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        following = skip_blank(text, stop, end)
        if following >= end or not text[following].islower() or "\n\n" in text[stop:following]:
            break
        pos = following
    heading = text[begin:stop].rstrip(" \t\n*_:")
    if len(heading) > _QUALIFIED_MAX or any(mark in heading for mark in ".;!?"):
        return None
    whole = GroupMention(" ".join(heading.split()), begin, begin + len(heading))
    return Actors(lead_groups=[whole]), stop


_DUTIES_BODY_WORDS = 8


def _body_of_duties(text: str, begin: int, line_end: int) -> tuple[Actors, int] | None:
    """"1. Nhiệm vụ của Hội đồng", "2. Nhiệm vụ của Tổ giúp việc Hội đồng": the body a duties heading names,
    set up by the text itself and so unknown to the finders, as its whole rest of the line."""
    rest = text[begin:line_end].rstrip(" \t*_:")
    if not rest[:1].isupper() or any(mark in rest for mark in ".;,()") or len(rest.split()) > _DUTIES_BODY_WORDS:
        return None
    name = " ".join(rest.split())
    return Actors(lead=[AgencyMention(name, None, rest, begin, begin + len(rest))]), line_end


_DUTIES_OF = compile_across_lines(
    r"(?:[Tt]rách\s{1,3}nhiệm|[Nn]hiệm\s{1,3}vụ)(?:,?\s{1,3}(?:và\s{1,3})?quyền\s{1,3}hạn)?"
    r"\s{1,3}(?:của\s{1,3})?(?=\S)"
    rf"|{DUTIES_IN_CAPITALS}")
_CHILD_LINE = compile_across_lines(r"\n[ \t*_|]{0,6}(?:[-+•–]|[a-zđ]\)|\(\d{1,2}\)|\d{1,2}\.\d)")
_GIVEN_MAX = 400


def _given_to(scan: Scanner, begin: int, end: int) -> tuple[Actors, int] | None:
    """A heading "1. Giao người đứng đầu các cơ quan chuyên môn, …; Chủ tịch UBND các xã, phường" hard-wrapped
    over lines, whose items follow: everyone it names leads them, named or not by a known pattern."""
    text = scan.text
    child = _CHILD_LINE.search(text, begin, min(end, begin + _GIVEN_MAX))
    stop = child.start() if child else end
    if stop - begin > _GIVEN_MAX:
        return None
    heading = text[begin:stop]
    if any(mark in heading for mark in ".!?") or not heading.rstrip(" *_:").strip():
        return None
    if predicate_follows_anywhere(heading):
        return None
    agencies, groups = actors_in(scan, begin, stop)
    if not agencies and not groups:
        return None
    return Actors(lead=agencies, lead_groups=groups), stop


def _inherit(own: Actors, parent: Actors | None) -> Actors:
    base = parent or Actors()
    lead = own if own else base
    return Actors(lead.lead, lead.lead_groups, base.support + own.support,
                   base.support_groups + own.support_groups)


_ENCLOSING = ("article", "multi", "roman")


def _free_text(build: _Builder, start: int, end: int, last_before_list: bool,
               clause: str | None = None, unnumbered: bool = False) -> Actors | None:
    """Tasks in running text, sentence by sentence; returns the actors of a closing "…sau đây:" intro.

    In `unnumbered` text (a news item, a letter's body) a paragraph may open with an order given in the middle
    of its first sentence, by a speaker the finders do not read ("công văn do ông … ký yêu cầu Sở …")."""
    scan = build.scan
    text = scan.text
    current: tuple[Actors, int, int] | None = None
    sentences = list(_sentences(scan, start, end))
    intro: Actors | None = None
    heading: Actors | None = None  # "Ủy ban MTTQ xã: Chủ trì …" then a paragraph for each of its other duties
    chain: Actors | None = None  # who the last paragraph charged, for a paragraph that goes on with its duties
    previous: Actors | None = None  # who the last task named, for "các cơ quan này", "các đơn vị trên"
    lines_are_paragraphs = unnumbered and _lines_are_paragraphs(text, start, end)
    for index, (s, e, new_paragraph) in enumerate(sentences):
        if lines_are_paragraphs and not new_paragraph and "\n" in text[s:skip_blank(text, s, e)]:
            new_paragraph = True  # a web page's paragraphs, one a line
        if new_paragraph and current:
            build.add(current[0], current[1], current[2], clause)
            chain, current = current[0], None
        actors, after = subject_at(scan, s, e)
        if not actors and unnumbered and current is None and heading is None:
            actors, after = ordered_within(scan, s, e) or (actors, after)
        if leading := led_by(scan, s, e):  # "Kinh tế đô thị do Sở KH-ĐT chủ trì, …": each such body leads too
            actors = Actors([*actors.lead, *(a for a in leading if a not in actors.lead)], actors.lead_groups,
                            actors.support, actors.support_groups)
            after = max(after, s)
        if not actors and heading is not None and (new_paragraph or "\n" in text[s:skip_blank(text, s, e)]):
            if current:
                build.add(current[0], current[1], current[2], clause)
            current = (heading, s, e)
            continue
        if unnumbered:
            actors, after = _named_before(scan, s, e, actors, after, previous)
        if unnumbered and new_paragraph and not actors and chain is not None and scan.issuer is None:
            if _caption_line(text, s, e, end) or _bare_line(text, s, e, end) and not _goes_on(text, s, e):
                continue  # a photo's caption between two paragraphs of one body's duties
            if _goes_on(text, s, e):
                actors, after = Actors(chain.lead, chain.lead_groups), s
            else:
                chain = None
        heading = actors if actors and _heads_duties(scan, actors, s, after, e) else None
        closing = index == len(sentences) - 1 and text[s:e].rstrip(" *_").endswith(":")
        if not actors and closing and last_before_list:
            # "Để …, Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh, thành phố:" then the list
            actors = addressees(scan, s, e)
        if actors:
            if current:
                build.add(current[0], current[1], current[2], clause)
                current = None
            if closing and last_before_list:
                if _AUTHOR_INTRO.match(text, after, e):
                    continue  # "Ban Chỉ đạo … xây dựng kế hoạch thực hiện như sau:": who wrote it, not who acts
                add_support(scan, s, e, actors)
                intro = actors
                continue
            if _colon_list(build, actors, s, after, e, clause):
                continue
            current = (actors, s, e)
            previous = actors if actors.lead else previous
        elif current:
            current = (current[0], current[1], e)
    if current:
        build.add(current[0], current[1], current[2], clause)
    return intro


_LONG_LINE = 60  # characters: a line this long is a paragraph's or a hard-wrapped one
_PARAGRAPH_LINES = 0.7  # the share of long lines ending a sentence in a text printed a paragraph a line


def _lines_are_paragraphs(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` prints a paragraph a line (a web page's text), not hard-wrapped lines: most of
    its long lines end a sentence."""
    long_lines = [line.rstrip() for line in text[start:end].split("\n") if len(line.strip()) >= _LONG_LINE]
    ended = sum(line.endswith((".", ":", ";", "!", "?", "…", '"', "”", ")")) for line in long_lines)
    return len(long_lines) >= 2 and ended >= _PARAGRAPH_LINES * len(long_lines)


def _named_before(scan: Scanner, start: int, end: int, actors: Actors, after: int,
                  previous: Actors | None) -> tuple[Actors, int]:
    """A news item's sentence that charges bodies by pointing back ("Các cơ quan này …", "Sở phối hợp …") or by
    "Chỉ đạo" and their name: those bodies and where the predicate starts; else `actors`, `after` unchanged."""
    if previous is not None and (these := _these_bodies(scan, start, end, actors)) is not None:
        return Actors(previous.lead, previous.lead_groups), these
    if actors:
        return actors, after
    found = _the_department(scan, start, end, previous) if previous is not None else None
    return found or _directed(scan, start, end) or (actors, after)


def _caption_line(text: str, start: int, end: int, limit: int) -> bool:
    """Whether the line the sentence at `start` ends is a photo's caption ("… Ảnh: Văn Nỷ")."""
    line_end = text.find("\n", end)
    return _CAPTION_LINE.search(text, start, limit if line_end == -1 else line_end) is not None


_BARE_LINE_MAX = 200  # characters: a caption printed without "Ảnh:" is one line, and no full stop ends it


def _bare_line(text: str, start: int, end: int, limit: int) -> bool:
    """Whether the sentence at `start` is a line of its own that no mark ends, with more text after it ("Một
    điểm tập kết cát ven sông Gianh …" under a photo): a caption, which does not end the duties the paragraphs
    around it list."""
    line = text[start:end].strip()
    return 0 < len(line) <= _BARE_LINE_MAX and "\n" not in line and line[-1].isalnum() \
        and text[end:].lstrip(" \t").startswith("\n") and bool(text[end:limit].strip())


def _goes_on(text: str, start: int, end: int) -> bool:
    """Whether a paragraph with no actor opens with what to do (a short line without its full stop is a heading)."""
    title_line = end - start < _GOES_ON_LENGTH and not text[start:end].rstrip().endswith((".", ";", "!", "…"))
    return not title_line and _GOES_ON.match(text, skip_blank(text, start, end), end) is not None


# "Các cơ quan này phải phân tích …", "UBND tỉnh yêu cầu các đơn vị trên khẩn trương …": the bodies just named.
_THESE = compile_across_lines(r"\s{1,3}(?:này|trên|nêu\s{1,3}trên|nói\s{1,3}trên|kể\s{1,3}trên)(?!\w)")
_THESE_FIRST = compile_across_lines(
    r"[\s*_-]{0,4}(?:[Cc]ác|[Nn]hững)\s{1,3}(?:cơ\s{1,3}quan|đơn\s{1,3}vị)(?:,?\s{1,3}(?:cơ\s{1,3}quan|đơn\s{1,3}vị))?"
    r"(?=\s{1,3}(?:này|trên|nêu\s{1,3}trên|nói\s{1,3}trên|kể\s{1,3}trên)(?!\w))")


def _these_bodies(scan: Scanner, start: int, end: int, actors: Actors) -> int | None:
    """Where the predicate starts when the sentence's only actor is "các cơ quan này" (or "các đơn vị trên"),
    else None."""
    if actors.lead:
        return None
    if actors.lead_groups:
        group = actors.lead_groups[0]
        these = _THESE.match(scan.text, group.end, end) if len(actors.lead_groups) == 1 else None
        return these.end() if these is not None and fold(group.text).startswith(("cac co quan", "cac don vi")) \
            else None
    first = _THESE_FIRST.match(scan.text, start, end)
    return _THESE.match(scan.text, first.end(), end).end() if first is not None else None


# A news item's sentence that opens "Chỉ đạo" and a named body: the speaker's order to that body.
_DIRECTS = compile_across_lines(r"[\s*_-]{0,4}Chỉ\s{1,3}đạo\s{1,3}(?=[A-ZĐ])")


def _directed(scan: Scanner, start: int, end: int) -> tuple[Actors, int] | None:
    """The bodies a sentence opening "Chỉ đạo" names, then what they are to do; else None."""
    m = _DIRECTS.match(scan.text, start, end)
    if m is None:
        return None
    agencies, groups, after = scan.list_at(m.end(), end)
    if not (agencies or groups) or not predicate_follows(scan, after, end):
        return None
    return Actors(lead=agencies, lead_groups=groups), after


# "Sau đó, Sở có trách nhiệm thẩm định …", "Đồng thời, Sở phối hợp …": "Sở" alone, the department just named.
_BARE_DEPARTMENT = compile_across_lines(
    r"[\s*_-]{0,4}(?:(?:Đồng\s{1,3}thời|Sau\s{1,3}đó|Ngoài\s{1,3}ra|Bên\s{1,3}cạnh\s{1,3}đó|Cùng\s{1,3}với\s{1,3}đó)"
    r"\s{0,3},?\s{1,3})?Sở(?:\s{1,3}này)?(?=\s{1,3}[a-zà-ỹđ])")


_ASKING = compile_across_lines(r"\s{1,3}(?:đề\s{1,3}nghị|yêu\s{1,3}cầu|giao|chỉ\s{1,3}đạo)(?!\w)", re.IGNORECASE)


def _the_department(scan: Scanner, start: int, end: int, previous: Actors) -> tuple[Actors, int] | None:
    """The one department the last task named, when the sentence at `start` calls it plain "Sở" and then says
    what it does; else None."""
    bare = _BARE_DEPARTMENT.match(scan.text, start, end)
    if bare is None or not predicate_follows(scan, bare.end(), end) or _ASKING.match(scan.text, bare.end(), end):
        return None  # ("Sở đề nghị, Phòng GD&ĐT … thông báo …": the department asking, not charged)
    departments = [a for a in previous.lead if fold(a.name).startswith("so ")]
    return (Actors(lead=departments), bare.end()) if len(departments) == 1 else None


# A paragraph with no actor that opens with what to do ("Khẩn trương lập phương án …", "Đồng thời, theo dõi sát
# …", "Làm chủ đầu tư, …") goes on with the duties of the body the paragraph before charged: a task of its own.
_GOES_ON = compile_across_lines(
    r"[ \t*_-]{0,4}(?:(?:đồng thời|cùng với đó|bên cạnh đó|ngoài ra|song song(?: với)? đó|mặt khác|tiếp đó|sau đó"
    r"|trong đó|tuy nhiên)\s{0,3},?\s{1,3}(?:(?:phải|cần)\s{1,3})?)?"
    # (not "Thực hiện chỉ đạo của …, Công văn số …": the grounds a letter opens with)
    r"(?:khẩn trương|tiếp tục|chủ động|tăng cường|chủ trì|phối hợp|làm chủ|tổ chức|rà soát|theo dõi"
    r"|thực hiện(?!\s{1,3}(?:chỉ đạo|ý kiến|kết luận|văn bản|công văn|nghị quyết|(?-i:[A-ZĐ])))"
    r"|kiểm tra|chỉ đạo(?!\s{1,3}(?:trên|này|nêu))|hướng dẫn|đẩy mạnh|tập trung|xây dựng|triển khai|báo cáo|tham mưu|đề xuất|nghiên cứu|bố trí"
    r"|hoàn thành|hoàn thiện|lập|thường xuyên|kịp thời|nâng cao|quản lý|giám sát|đôn đốc|vận động|tuyên truyền|xử lý"
    r"|đảm bảo|bảo đảm|phải|cần)(?!\w)", re.IGNORECASE)
_GOES_ON_LENGTH = 60  # characters: a shorter line without its full stop is a heading ("Bảo đảm điện, nước …")
_CAPTION_LINE = compile_across_lines(r"(?:^|[\s(])Ảnh(?:\s{1,3}minh\s{1,3}h(?:ọa|oạ))?\s{0,3}(?::|$)")


def _heads_duties(scan: Scanner, actors: Actors, start: int, after: int, end: int) -> bool:
    """Whether a sentence opens with its actors and a colon, then their first duty ("Ủy ban MTTQ xã: Chủ trì …"),
    not the speaker's order ("Phó Chủ tịch UBND thị xã: Yêu cầu các cơ quan …")."""
    text = scan.text
    colon = skip_blank(text, after, end)
    first = min(m.start for m in [*actors.lead, *actors.lead_groups])
    return text.startswith(":", colon) and first == skip_blank(text, start, end) \
        and scan.match(IMPERATIVE, skip_blank(text, colon + 1, end), end) is None


_AUTHOR_INTRO = compile_across_lines(
    r"\s{0,3}(?:(?:xây\s{1,3}dựng|ban\s{1,3}hành)\s{1,3}(?:kế\s{1,3}hoạch|chương\s{1,3}trình|hướng"
    r"\s{1,3}dẫn)|thông\s{1,3}báo(?:\s{1,3}kế\s{1,3}hoạch)?)", re.IGNORECASE)  # "UBND xã … thông báo kế hoạch …:"


def _colon_list(build: _Builder, actors: Actors, s: int, after: int, e: int, clause: str | None = None) -> bool:
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
        build.add(actors, p_start, p_end, clause, subject_from=s if p_start == body else None)
    return True


def _sentences(scan: Scanner, start: int, end: int):
    """(start, end, begins a new paragraph) for each sentence of `text[start:end]`; a clause after a
    semicolon that names its own actor and its verb ("…; Sở Nông nghiệp và PTNT hướng dẫn …") is one too."""
    for s, e, new_paragraph in _whole_sentences(scan, start, end):
        for clause_start in _own_subject_clauses(scan, s, e):
            yield s, clause_start, new_paragraph
            s, new_paragraph = clause_start, False
        yield s, e, new_paragraph


def _whole_sentences(scan: Scanner, start: int, end: int):
    text = scan.text
    pos = start
    new_paragraph = True
    headline = _headline_end(text, start, end)
    if headline is not None:  # a news item's title over its first paragraph is a sentence of its own
        yield pos, headline, True
        pos = headline + 1
    captions = _caption_ends(text, pos, end)
    for m in _SENTENCE_END.finditer(text, start, end):
        while captions and captions[0] < m.start():  # a photo's caption ends its line's paragraph
            caption_end = captions.pop(0)
            if caption_end > pos:
                yield pos, caption_end, new_paragraph
            pos, new_paragraph = caption_end + 1, True
        if m.group().startswith("\n"):
            if m.start() > pos:
                yield pos, m.start(), new_paragraph
            pos, new_paragraph = m.end(), True
            continue
        nxt = skip_blank(text, m.end(), end)
        if nxt < end and nxt > m.end() and not text[nxt].islower():
            yield pos, m.end(), new_paragraph
            pos, new_paragraph = m.end(), False
    if pos < end and text[pos:end].strip():
        yield pos, end, new_paragraph


# "Học sinh ôn tập chuẩn bị cho kỳ thi. Ảnh minh họa: C.K" over the next paragraph with a single line break: a
# photo's caption, which ends its line.
_CAPTION = re.compile(r"Ảnh(?:[ \t]{1,3}(?:minh[ \t]{1,3}h(?:ọa|oạ)|nguồn|tư[ \t]{1,3}liệu))?[ \t]{0,3}:[^\n;:]{0,60}"
                      r"(?=\n[ \t]*\S)")  # ("Ảnh nguồn: Internet")


def _caption_ends(text: str, start: int, end: int) -> list[int]:
    """Where the lines that end with a photo's caption end (their line breaks), in order."""
    found = []
    at = text.find("Ảnh", start, end)
    while at != -1:
        m = _CAPTION.match(text, at, end)
        if m is not None:
            found.append(m.end())
        at = text.find("Ảnh", at + 3, end)
    return found


def _headline_end(text: str, start: int, end: int) -> int | None:
    """Where the first line of a text (not of a part inside it) ends, when it is a headline no mark ends."""
    first = skip_blank(text, start, end)
    if skip_blank(text, 0, first) != first:  # (not `text[:first].strip()`: a copy of the text for every part)
        return None
    newline = text.find("\n", first, end)
    if newline == -1:
        return None
    following = skip_blank(text, newline, end)
    return newline if ends_a_headline(text[first:newline], text[following:following + 1]) else None


def _own_subject_clauses(scan: Scanner, start: int, end: int) -> list[int]:
    starts: list[int] = []
    subject_end = None
    for m in _CLAUSE_START.finditer(scan.text, start, end):
        named = m.end()
        if m.group("order") is not None:  # "…; giao Công an tỉnh chủ trì …": a second order in the sentence
            named = skip_blank(scan.text, scan.match(IMPERATIVE, named, end).end(), end)
        if _directed(scan, named, end) is not None:  # "…; Chỉ đạo Sở TT&TT định hướng …": the speaker's next order
            subject_end = subject_at(scan, start, end)[1] if subject_end is None else subject_end
            if m.start() > subject_end:
                starts.append(m.end())
            continue
        mention = scan.mentions.get(named)
        if mention is None and scan.text.startswith(UNKNOWN_PREFIXES, named, end):
            mention = unknown_agency_at(scan.text, named, end)  # "…; Sở Nông nghiệp - Môi trường tổ chức …"
            if mention is not None and _AS_RULED.match(scan.text, mention.end, end):
                continue  # "Thành lập Ban Chỉ đạo cấp quân khu; Ban Chỉ đạo cấp tỉnh theo quy định": more to set up
        if not isinstance(mention, AgencyMention):
            continue
        named_end = scan.list_at(named, end)[2]  # "…; Bộ Quốc phòng, Bộ Công an tiếp tục …": a list of them
        if _VERB_AFTER.match(scan.text, named_end, end) is not None:
            if subject_end is None:
                subject_end = subject_at(scan, start, end)[1]
            if m.start() > subject_end:  # (not "Các sở: Y tế, Xây dựng; Công an tỉnh khẩn trương …": one list)
                starts.append(m.end())
    return starts


_AS_RULED = compile_across_lines(r"\s{1,3}theo\s(?!\s{0,2}dõi)")
# a verb of an order right after the name: "chủ trì", "hướng dẫn", "tổng hợp" (not "đối với", "nơi", "cần")
_VERB_AFTER = compile_across_lines(
    r"\s{1,3}(?:" + "|".join(sorted(VERB_START | PREDICATE_PAIRS, key=len, reverse=True)) + r")(?!\w)")


def _numbered(build: _Builder, blocks: list[Block], root: Actors | None) -> None:
    """One task per leaf item; headings and "…:" intros hand their actors down to their items."""
    scan = build.scan
    provided: list[tuple[Block, Actors, Deadline | None]] = []
    members_at: set[int] = set()
    for i, block in enumerate(blocks):
        if i in members_at:
            continue
        while provided and not provided[-1][0].is_ancestor_of(block):
            provided.pop()
        parent = provided[-1][1] if provided else root
        handed = next(((a, d) for _, a, d in reversed(provided) if d is not None), None)
        has_children = i + 1 < len(blocks) and block.is_ancestor_of(blocks[i + 1])
        if not has_children and _MEMBER_ITEM.match(scan.text, block.body_start, block.end):
            continue  # "- Tổ trưởng: Ông Nguyễn Văn A, Phó Giám đốc Sở …": who sits on a body, not work for it
        heading = _heading(scan, block, has_children)
        body = block.body_start
        own = Actors()
        if heading is not None:
            own, body = heading
        inline, after = subject_at(scan, body, block.end)
        intro = scan.text[body:block.end].rstrip(" *_").endswith(":")
        if not inline and intro and has_children and heading is None:
            # "II. NHIỆM VỤ" (or an assessment) then "Sở Y tế tập trung thực hiện các nhiệm vụ sau:": the
            # paragraph that introduces the list, after the title or the text before it
            intro_end = len(scan.text[body:blocks[i + 1].start].rstrip(" \t\n*_")) + body
            last = scan.text.rfind("\n\n", body, intro_end)
            if last == -1:
                last = _title_line_end(scan.text, body, intro_end)  # a title in capitals, then the paragraph
            if last == -1 and block.kind == "article":  # "Điều 3. Nhiệm vụ của Đoàn kiểm tra" then its intro
                last = scan.text.find("\n", body, intro_end)
            if last != -1:
                paragraph = skip_blank(scan.text, last, block.end)
                inline, after = subject_at(scan, paragraph, block.end)
                body = paragraph if inline else body
        if not inline and intro and has_children:
            # "3. Bộ trưởng Bộ Tài chính - Phó Trưởng ban … thực hiện một số nhiệm vụ sau:" (the actors
            # open the intro, whatever follows them), or "2. Để …, yêu cầu Bộ Y tế, Bộ Xây dựng … như sau:"
            inline = subject_at(scan, body, block.end, need_verb=False)[0] or addressees(scan, body, block.end)
        if inline:
            own = Actors(inline.lead, inline.lead_groups, own.support, own.support_groups)
        actors = _inherit(own, parent)
        if has_children and intro and (members := _member_lines(scan, blocks, i)) is not None:
            actors = Actors(members[0], [], actors.support, actors.support_groups)
            members_at.update(members[1])
        if has_children:
            add_support(scan, body, block.end, actors)
            # "b) Các Bộ: … khắc phục các bất cập, hoàn thành trong tháng 11 năm 2025, cụ thể:" dates its items.
            provided.append((block, actors, build.deadline_in(body, block.end) if intro else None))
            # "(1) Bộ Y tế chỉ đạo …." then "- …" items of its own; a bare "1.3. Giao Sở Y tế" (maybe
            # with the last words of a long name) only names who does the items below it.
            if inline and not intro and len(scan.text[after:block.end].split()) > 3 \
                    and not _ROLES_ONLY.fullmatch(scan.text, after, block.end):
                build.add(actors, body, block.end, block.clause)
            elif inline and intro and (own_order := _order_before_list(scan.text, after, block.end)):
                build.add(actors, body, own_order, block.clause)
            continue
        if not inline and heading is None and labelled_doers(build, body, block.end, block.clause):
            continue
        cut = _next_subject_paragraph(scan, body, block.end, block.kind == "article")
        own_end = cut  # where the work of the item's own actors ends
        if not inline and heading is None:
            bracketed = _bracketed_order(scan, body, cut)
            if bracketed:
                actors = _inherit(bracketed, parent)
            elif parent:
                own_end = _next_other_subject(scan, body, cut, actors)
        elif inline:
            # "5. Sở Y tế tổ chức tập huấn; Sở Tài chính bảo đảm kinh phí.": each subject its own task
            own_end = _next_other_subject(scan, after, cut, actors, clauses=True)
        before = len(build.tasks)
        if not actors:
            # "Điều 3. Quyết định này có hiệu lực … Chánh Văn phòng … chịu trách nhiệm thi hành": an item
            # whose first sentence charges no one may still hold orders, sentence by sentence.
            _free_text(build, body, block.end, False, block.clause)
            continue
        points = _inline_points(scan.text, body, own_end)
        if points:  # "Bộ Khoa học và Công nghệ: (1) trình …; (2) chủ trì …": one task per point
            for (start, label), (stop, _) in zip(points, [*points[1:], (own_end, None)]):
                build.add(actors, start, stop, f"{block.clause}.({label})" if block.clause else f"({label})",
                          subject_from=body if start == points[0][0] else None)
        else:
            build.add(actors, body, own_end, block.clause)
        if handed is not None and len(build.tasks) > before and build.tasks[-1].deadline is None:
            _hand_down(build.tasks[-1], *handed)
        if own_end < cut:  # a later sentence of the item names another agency: still under its number
            _free_text(build, own_end, cut, False, block.clause)
            _date_by_closing_label(build, before, own_end, cut)
        if cut < block.end:  # the item ended; what follows is running text with its own subjects
            # Paragraphs after an article's or a point's first one are still under its number ("Điều 3.
            # Quyết định này có hiệu lực …" then "Chánh Văn phòng … chịu trách nhiệm thi hành"); after a plain
            # "1." item of a page read whole they may be the next story (`_next_subject_paragraph`), unless the
            # numbered item sits inside a section ("III. … 1. Về kiến nghị …:" then one answer per paragraph).
            enclosed = block.kind in _ENCLOSING or block.kind == "num" and len(block.path) > 1
            _free_text(build, cut, block.end, False, block.clause if enclosed else None)


# "Giao các sở quản lý chuyên ngành … gồm:" then "- Sở Công Thương (đối với …);" one a line, then the points
# they all carry out: the members, not the group, lead the points, and their lines are no tasks.
_MEMBERS_FOLLOW = compile_across_lines(r"gồm(?:\s{1,3}(?:các|những)[^:\n]{0,40})?\s{0,3}:$")
_TRAILING_INTRO = compile_across_lines(r"\n[^\n]{1,60}:\s*$")
_MEMBERS_INTRO_REACH = 80


def _member_lines(scan: Scanner, blocks: list[Block], i: int) -> tuple[list[Any], list[int]] | None:
    """The agencies the "-" items after a "…gồm:" intro (block i) name, one an item with at most a bracket
    after it, and those items' indices; None unless at least two such items follow."""
    text = scan.text
    stop = blocks[i].end
    while stop > blocks[i].body_start and text[stop - 1] in " \t\n*_":
        stop -= 1
    if not _MEMBERS_FOLLOW.search(text, max(blocks[i].body_start, stop - _MEMBERS_INTRO_REACH), stop):
        return None
    agencies: list[Any] = []
    indices: list[int] = []
    for j in range(i + 1, len(blocks)):
        item = blocks[j]
        if item.kind != "dash" or not blocks[i].is_ancestor_of(item):
            break
        start = skip_blank(text, item.body_start, item.end)
        named, groups, after = scan.list_at(start, item.end)
        rest = _TRAILING_INTRO.sub("", text[after:item.end]).strip(" \t\n*_;.,")
        if not named or groups or rest and not (rest.startswith("(") and rest.endswith(")")):
            break
        agencies.extend(a for a in named if a not in agencies)
        indices.append(j)
    return (agencies, indices) if len(indices) >= 2 else None


_MEMBER_ITEM = compile_across_lines(
    r"[ \t*_]{0,4}(?:[^\n:.;]{1,40}:[ \t]*)?(?:Ông|Bà|(?:Đồng chí|Đ/c)(?![ \t]{1,3}(?:Bộ|Bí|Chủ|Phó|"
    r"Giám|Thứ|Trưởng|Chánh|Tổng|Thủ|Cục|Vụ)[ \t]))[ \t]{1,3}[A-ZĐ]")  # not "Đồng chí Bộ trưởng …"


def _title_line_end(text: str, start: int, end: int) -> int:
    """Where the first line of `text[start:end]` ends when it is a title in capitals (a PDF prints no blank line
    between a section's title and its intro), else -1."""
    stop = text.find("\n", start, end)
    line = text[start:stop].strip(" \t*_") if stop != -1 else ""
    return stop if len(line) > 2 and line.isupper() else -1


# "(1)", "**(2)**" inside a paragraph: the points of one actor's work, numbered in the running text.
_INLINE_POINT = compile_across_lines(r"(?:(?<=[\s:;.])|^)[*_]{0,2}\((\d{1,2})\)[*_]{0,2}(?=\s)")


def _inline_points(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(start, label) of each point "(1)", "(2)", … numbered in order inside `text[start:end]`, or [] when
    there are fewer than two."""
    points: list[tuple[int, str]] = []
    for m in _INLINE_POINT.finditer(text, start, end):
        if int(m.group(1)) == len(points) + 1:
            points.append((m.start(), m.group(1)))
    return points if len(points) >= 2 else []


# "1. Các Bộ … trực tiếp chỉ đạo thực hiện đồng bộ … các nhiệm vụ, giải pháp theo Nghị quyết …; trong đó lưu ý
# … sau:": the intro gives an order of its own before it turns to the list.
_TURNS_TO_LIST = compile_across_lines(
    r"[;.][ \t\n]{1,3}(?=(?:[Tt]rong\s{1,3}đó|[Cc]ụ\s{1,3}thể|[Đđ]ồng\s{1,3}thời)(?!\w))")
_ORDER_MIN_WORDS = 8


def _order_before_list(text: str, start: int, end: int) -> int | None:
    """Where an intro's own order ends, when one stands before its turn to the list below, else None."""
    m = _TURNS_TO_LIST.search(text, start, end)
    if m is None or len(text[start:m.start()].split()) < _ORDER_MIN_WORDS:
        return None
    return m.start() + 1


def _next_other_subject(scan: Scanner, start: int, end: int, inherited: Actors, clauses: bool = False) -> int:
    """Where a later sentence of an item done by its heading's actors turns to another named agency ("- … gửi
    Bộ Tư pháp trước ngày 05/12. Trên cơ sở đó, Bộ Tư pháp tổng hợp …"), or `end`. With `clauses`, a clause
    after a semicolon may turn too ("…, đôn đốc; Sở Tài chính bố trí kinh phí")."""
    names = {m.name for m in inherited.lead} | {g.text for g in inherited.lead_groups}
    for s in _later_starts(scan, start, end, clauses):
        actors, after = subject_at(scan, s, end)
        rest = skip_blank(scan.text, after, end)
        if actors.lead and not actors.lead_groups and {m.name for m in actors.lead}.isdisjoint(names) \
                and not scan.match(IMPERATIVE, rest, end) and not scan.match(_SUPPORTS, rest, end):
            return s  # (not "Bộ … yêu cầu Thủ trưởng các cơ quan …": the issuer asking; nor a partner's part)
    return end


# "… **Thời hạn hoàn thành: trước ngày 30/11/2025.": an item's closing time label dates all its orders.
_CLOSING_LABEL = compile_across_lines(
    r"(?i)(?:^|(?<=[.;]))[ \t\n*_]{0,6}thời\s{1,3}(?:hạn|gian)(?:\s{1,3}(?:hoàn\s{1,3}thành"
    r"|thực\s{1,3}hiện|báo\s{1,3}cáo))?[*_]{0,2}\s{0,3}:")


def _date_by_closing_label(build: _Builder, first: int, start: int, end: int) -> None:
    """Give the item's tasks from `first` on that have no deadline the one its closing time label sets."""
    labels = list(_CLOSING_LABEL.finditer(build.scan.text, start, end))
    deadline = build.deadline_in(labels[-1].end(), end) if labels else None
    for task in build.tasks[first:] if deadline else ():
        if task.deadline is None:
            task.deadline = deadline


_SUPPORTS = compile_across_lines(r"(?i)phối\s{1,3}hợp")
# "…; Sở Tài chính bố trí kinh phí", "…, trong khi Sở KH-CN chủ trì …": a clause that may turn to another actor
_CLAUSE_START = compile_across_lines(r";[ \t\n]{1,3}(?:(?=[A-ZĐ])|(?P<order>(?=(?:giao|yêu cầu|đề nghị) [A-ZĐ])))"
                                     r"|,[ \t]{1,3}(?:trong khi|còn)[ \t]{1,3}(?=[A-ZĐ])")


def _later_starts(scan: Scanner, start: int, end: int, clauses: bool) -> list[int]:
    """The starts of the sentences of `text[start:end]` after the first (and of its clauses after a semicolon)."""
    starts = [s for index, (s, _, _) in enumerate(_sentences(scan, start, end)) if index]
    if clauses:
        starts += [m.end() for m in _CLAUSE_START.finditer(scan.text, start, end)]
    return sorted(starts)


_BRACKETED = compile_across_lines(r"\((?=[Gg]iao\s)")


def _bracketed_order(scan: Scanner, start: int, end: int) -> Actors | None:
    """"6. Tăng cường … (Giao Công an tỉnh chủ trì, phối hợp với …)": an item of a plan that names who
    carries it out in brackets after the work."""
    m = _BRACKETED.search(scan.text, start, end)
    if m is None:
        return None
    close = scan.text.find(")", m.end(), end)
    actors, _ = subject_at(scan, m.end(), end if close == -1 else close)
    return actors or None


def _hand_down(task: Task, intro: Actors, deadline: Deadline) -> None:
    """Date an item by its intro's deadline when the item is the intro's own work: led by the intro's
    actors, not by another agency the intro's order does not name."""
    named = {a.name for a in intro.lead} | {g.text for g in intro.lead_groups}
    if set(task.lead) <= named and (task.lead or task.lead_groups):
        task.deadline = deadline


_PARAGRAPH_BREAK = compile_across_lines(r"\n[ \t]*\n\s*")
# In an article (Điều) of a hard-wrapped text, a line that ends a sentence before one that starts with a capital
# ("… theo quy định.\nVăn phòng Ủy ban nhân dân tỉnh có trách nhiệm …") also starts a paragraph.
_ARTICLE_PARAGRAPH = compile_across_lines(r"\n[ \t]*\n\s*|(?<=\.)[ \t*_]*\n[ \t*_]*(?=\w)")


def _next_subject_paragraph(scan: Scanner, start: int, end: int, article: bool = False) -> int:
    """Where a later paragraph of an item starts a new order to named agencies (or `end`).

    Text after the last numbered item of a digest entry, or the next entry of a page read whole,
    belongs to no item: a paragraph that opens with its own subject ("Sở Y tế phối hợp …") is
    not a continuation of the item above it.
    """
    first = True
    for m in (_ARTICLE_PARAGRAPH if article else _PARAGRAPH_BREAK).finditer(scan.text, start, end):
        if first and m.start() <= skip_blank(scan.text, start, end):
            continue
        first = False
        if not scan.text[m.end():m.end() + 1].isupper():
            continue
        if subject_at(scan, m.end(), end)[0]:
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
    from chidao.text.deadlines import find_deadlines
    from chidao.text.enumerations import find_actors

    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    if end <= start:
        return []
    region = text[start:end]
    agencies, groups = find_actors(region, registry, reference_date)
    mentions = [moved(m, start) for m in [*groups, *agencies]]
    deadlines = find_deadlines(text, reference_date=reference_date, start=start, end=end)
    return tasks_in_span(text, start, end, mentions, deadlines)


def tasks_in_span(text: str, start: int, end: int, mentions: list[Any], deadlines: list[Deadline],
                  issuer: str | None = None) -> list[Task]:
    """`find_tasks` on mentions already found (agencies and groups, offsets into `text`).

    `parse_text` finds agencies, groups and deadlines once for the whole text and hands each span
    its share, so a digest of many items is scanned once. `issuer` is the document's issuing body: named
    in full ("Ủy ban nhân dân tỉnh Nghệ An triển khai …"), it speaks and is not charged.
    """
    end = max(0, min(end, len(text)))
    start = max(0, min(start, end))
    if end <= start:
        return []
    firm = _addressed_firm(text, start, issuer)
    if firm is not None:
        mentions = [*mentions, *_firm_mentions(text, start, end, firm)]
    scan = Scanner(text, start, end, mentions, issuer)
    deadlines = sorted((d for d in deadlines if start <= d.start and d.end <= end), key=lambda d: d.start)
    build = _Builder(scan, deadlines)
    tables = find_task_rows(text, start, end)
    for _, rows in tables:
        _table_tasks(build, rows)
    skipped = sorted([*_address_lists(text, start, end), *(span for span, _ in tables),
                      *find_tables_ordering_nothing(text, start, end)])
    pos = start
    for skip_start, skip_end in [*skipped, (end, end)]:
        if skip_start > pos:
            _tasks_in_blocks(build, split_blocks(text, pos, skip_start))
        pos = max(pos, skip_end)
    kept = build.tasks
    kept.sort(key=lambda t: t.start)
    if kept and kept[-1].deadline is None and _ONLY_CARRY_OUT.fullmatch(kept[-1].text):
        kept.pop()  # "Đề nghị các sở, ngành nghiêm túc triển khai thực hiện./.": the closing repeats the orders
    _use_full_names(kept, defined_short_forms(text, start, end))
    return kept


# A closing request that asks for nothing but carrying out what came before.
_ONLY_CARRY_OUT = compile_across_lines(
    r"(?:(?:Kính\s{1,3}đề|Đề|đề)\s{1,3}nghị|(?:Yêu|yêu)\s{1,3}cầu)\s[^.;:]{3,240}?"
    r"(?:\s{1,3}(?:nghiêm\s{1,3}túc|khẩn\s{1,3}trương|tổ\s{1,3}chức|triển\s{1,3}khai)){1,3}\s{1,3}thực\s{1,3}hiện"
    r"(?:\s{1,3}(?:nghiêm\s{1,3}túc|có\s{1,3}hiệu\s{1,3}quả|nội\s{1,3}dung\s{1,3}trên|(?:Công\s{1,3}văn|Kế"
    r"\s{1,3}hoạch|Chỉ\s{1,3}thị)\s{1,3}này))?[\s./]*")


# A letter addressed to one firm ("Kính gửi: Công ty cổ phần Khai thác …") then orders "Công ty" to act: the
# firm is charged, although firms are no agencies elsewhere (a tax or customs office's ruling to a firm
# answers it and charges nobody, so those issuers are left out).
_TO_FIRM = compile_across_lines(
    r"Kính\s{1,3}gửi\s{0,3}:[ \t*_]{0,4}(Công\s{1,3}ty\s{1,3}(?:cổ\s{1,3}phần|TNHH|CP)\s{1,3}[^\n(;.]{3,120})")
_FIRM_HEADER_REACH = 3000
_BARE_FIRM = compile_across_lines(
    r"(?<![\w/])Công\s{1,3}ty(?=\s{1,3}[^\W\d_A-ZĐ])")  # "Công ty thực hiện …", not a name


def _addressed_firm(text: str, body_start: int, issuer: str | None) -> str | None:
    """The firm a letter is addressed to, when its issuer orders firms (not a tax or customs office), or None."""
    if rules_on_firms(issuer):
        return None
    m = _TO_FIRM.search(text, max(0, body_start - _FIRM_HEADER_REACH), body_start + _FIRM_HEADER_REACH)
    return " ".join(m.group(1).split()) if m else None


def _firm_mentions(text: str, start: int, end: int, firm: str) -> list[AgencyMention]:
    """The firm where the body names it in full, or as "Công ty" alone."""
    found = []
    for m in _BARE_FIRM.finditer(text, start, end):
        full = text.startswith(firm, m.start())
        stop = m.start() + len(firm) if full else m.end()
        found.append(AgencyMention(firm, None, text[m.start():stop], m.start(), stop))
    return found


def _use_full_names(tasks: list[Task], short_forms: dict[str, tuple[str, int]]) -> None:
    """Name an agency by its full name where a task calls it by the short form the text defined for it."""
    if not short_forms:
        return
    for task in tasks:
        for names in (task.lead, task.support):
            for i, name in enumerate(names):
                full = short_forms.get(name)
                if full is not None and task.start >= full[1]:
                    names[i] = full[0]


def _table_tasks(build: _Builder, rows: list[Row]) -> None:
    """One task per numbered row of a task table: its "chủ trì" cell leads, its "phối hợp" cell supports."""
    scan = build.scan
    for row in rows:
        if row.lead is None:
            continue
        lead, lead_groups = actors_in(scan, *row.lead)
        support, support_groups = actors_in(scan, *row.support) if row.support else ([], [])
        body = row.content or (row.start, row.end)
        task_end = row.due[1] if row.due else body[1]
        actors = Actors(lead, lead_groups, support, support_groups)
        if actors:
            build.add(actors, body[0], body[1], row.clause)
            # a row that shares the time cell of the row above (merged cells) is due when that row is; a
            # date in a row's own time cell says when it is due, before the targets its content names
            due_span = row.due if row.due and (row.due[1] <= body[0] or _dated(build.deadline_in(*row.due))) \
                else (body[0], task_end)
            build.tasks[-1].deadline = build.deadline_in(*due_span)


# "1. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan" over lettered items, its colon lost (a
# scan read by OCR): who leads and who helps with the items below, no work of its own.
_ROLES_ONLY = compile_across_lines(
    r"[\s,]*(?:chủ\s{1,3}trì)?[\s,]*(?:(?:và\s{1,3})?phối\s{1,3}hợp(?:\s{1,3}(?:với|cùng))?"
    r"[^.;:!?]{0,200})?[\s.*_]*", re.IGNORECASE)


def _dated(deadline: Deadline | None) -> bool:
    return deadline is not None and deadline.date is not None


def _tasks_in_blocks(build: _Builder, blocks: list[Block]) -> None:
    run: list[Block] = []
    root: Actors | None = None
    for i, block in enumerate(blocks):
        if block.kind is not None:
            run.append(block)
            continue
        if run:
            _numbered(build, doer_sections(build, without_aims(build.scan.text, run)), root)
            run = []
        followed = i + 1 < len(blocks)
        root = _free_text(build, block.body_start, block.end, followed, unnumbered=True)
    if run:
        _numbered(build, doer_sections(build, without_aims(build.scan.text, run)), root)


# "Nơi nhận:", "Kính gửi:" and a công điện's "THỦ TƯỚNG CHÍNH PHỦ điện:" list who receives the document
# (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9 and II.3): addressees, not assignments ("Noi nhận" as OCR reads
# it). The list runs while its lines are "-"/"+" items or the hard-wrapped rest of one.
_ADDRESS_HEAD = compile_across_lines(
    r"^[ \t*_|]{0,8}(?:N[ơo]i nhận|Kính gửi|[^\n:]{0,60} điện)[ \t*_]{0,4}:", re.MULTILINE)


def _address_heads(text: str, start: int, end: int):
    """The _ADDRESS_HEAD matches in `text[start:end]`, trying only lines that hold a colon.

    A head always ends with ":" on its own line, and colons are rare, so the pattern (which
    would otherwise be tried at every line) runs on a few lines only.
    """
    tried = -1
    colon = text.find(":", start, end)
    while colon != -1:
        line = text.rfind("\n", start, colon)
        if line != -1:
            line += 1
        elif start == 0 or text[start - 1] == "\n":
            line = start
        # else `start` falls inside a line, where "^" cannot match: line stays -1, not tried
        if line > tried:
            tried = line
            m = _ADDRESS_HEAD.match(text, line, end)
            if m is not None:
                yield m
        nl = text.find("\n", colon, end)
        colon = -1 if nl == -1 else text.find(":", nl, end)


def _address_lists(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for m in _address_heads(text, start, end):
        pos = text.find("\n", m.end(), end)
        pos = end if pos == -1 else pos + 1
        item_open = False  # the last "-" item has not ended with ";" or "." (a hard-wrapped line follows)
        while pos < end:
            nl = text.find("\n", pos, end)
            line_end = end if nl == -1 else nl
            line = text[pos:line_end].strip(" \t*_|")
            if line and line[0] not in "-+–•" and not item_open:
                break
            if line:
                item_open = line[-1] not in ";.:"
            pos = line_end + 1
        spans.append((m.start(), min(pos, end)))
    return spans
