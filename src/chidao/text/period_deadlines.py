"""Deadlines printed as a period without its year, or as a plan's phase: "trong quý I", "trước tháng 6",
"Thời gian thực hiện: Quý IV", a table's time cell "| Tháng 12 |", "a) Giai đoạn 1 (2026 - 2028)", "1. Năm 2019".

A period without its year takes the document's own (the next year's when it has already ended, none when it
ended just before the document: then it is the one gone). Part of `chidao.text.deadlines`, which merges these
with the other kinds; like it, every scan runs only in the short stretch around its cue words
(`dates.finditer_near`).
"""

from __future__ import annotations

import datetime
import re

from chidao.text.dates import QUARTER_NUMERALS, WordIndex, char_before, finditer_near, period_bounds
from chidao.text.normalize import compile_across_lines
from chidao.text.types import Deadline

__all__ = ["period_deadlines"]

_CUE_ENDS = frozenset("cgtàhiua")  # last letters of trước, trong, nhất, là, thành, cuối, đầu, giữa, hết


def period_deadlines(text: str, lo: int, hi: int, reference: datetime.date | None,
                     anchors: WordIndex) -> list[Deadline]:
    """The deadlines in `text[lo:hi]` printed as a month or quarter without its year (`reference`, the
    document's date, gives it) or as the window of a plan's phase."""
    return (_partial_periods(text, lo, hi, reference, anchors) + _labelled_periods(text, lo, hi, reference, anchors)
            + _phases(text, lo, hi, anchors) + _year_headings(text, lo, hi)
            + _year_end(text, lo, hi, reference, anchors))


# "trong quý I", "trước tháng 6": a period printed without its year, read only when the document's date
# gives the year (the first such period that has not ended before that date).
_PARTIAL_PERIOD = compile_across_lines(
    r"(?=[TtCcHhĐđ])(?<!\w)(trước|trong|ngay\s{1,3}trong|chậm\s{1,3}nhất(?:\s{1,3}(?:là|trong))?"
    # "đến cuối tháng 9": by the month's end; "trong đầu tháng 8": the month
    r"|(?:đến|trong|vào)\s{1,3}(?:cuối|đầu|giữa)|đến\s{1,3}hết"  # "tiêm phòng đến hết tháng 4": by its end
    r"|hoàn\s{1,3}thành(?:\s{1,3}trong)?)\s{1,3}"
    # (not "tháng 4" over a dateline on the next line: "… đến hết tháng 4\n\n15/03/2022")
    r"(?:tháng\s{1,3}(\d{1,2})|qu[ýí]\s{1,3}(IV|I{1,3}|[1-4]))(?![\w/\-])(?!\.\d)(?![ \t]{0,3}[/\-]?[ \t]{0,3}\d)"
    r"(?!,?\s{1,3}năm)",
    re.IGNORECASE,
)


_JUST_ENDED = 92  # days: a period without its year that ended this recently is the one just gone, not next year's


def _partial_periods(
    text: str, lo: int, hi: int, reference: datetime.date | None, anchors: WordIndex
) -> list[Deadline]:
    """"trong quý I", "trước tháng 6", "chậm nhất trong tháng 3" with the year of the reference date."""
    if reference is None:
        return []
    found = []
    # The cue ends with "trước", "trong", "nhất", "là" or "thành", then 1-3 spaces.
    periods = anchors.where(("tháng", "quý", "quí"), lambda f, i: char_before(f, i) in _CUE_ENDS)
    for m in finditer_near(_PARTIAL_PERIOD, text, lo, hi, periods, 25, 50):
        if m.group(2):
            unit, index = "month", int(m.group(2))
        else:
            raw = m.group(3).upper()
            unit, index = "quarter", QUARTER_NUMERALS.get(raw) or int(raw)
        try:
            bounds = period_bounds(unit, reference.year, index)
            if bounds[1] < reference and (reference - bounds[1]).days <= _JUST_ENDED:
                continue  # "doanh nghiệp thành lập mới trong tháng 4", in a report of early May: just gone
            if bounds[1] < reference:
                bounds = period_bounds(unit, reference.year + 1, index)
        except ValueError:  # "tháng 13", or a reference date at the end of the supported range
            continue
        cue = m.group(1).lower()
        if cue == "trước":
            found.append(Deadline.spanning("before", text, m.start(), m.end(), date=bounds[0]))
        elif cue.startswith("chậm") and "trong" not in cue or cue.startswith("đến"):
            found.append(Deadline.spanning("by", text, m.start(), m.end(), date=bounds[1]))
        else:
            found.append(Deadline.spanning(unit, text, m.start(), m.end(), date=bounds[1]))
    return found


# "Thời gian thực hiện: Quý IV", "Thời gian: tháng 11-12", a table's time cell "| Tháng 12 |": a period under a
# time label printed without its year (a plan's appendix prints the year once, in its title).
_LABELLED_PERIOD = compile_across_lines(
    r"(?:thời\s{1,3}gian(?:\s{1,3}\w+){0,3}\s{0,3}:[ \t]{0,3}[*_]{0,2}(?:(?:trong|từ)\s{1,3})?|\|[ \t]{0,3})"
    r"(tháng|qu[ýí])\s{1,3}(\d{1,2}|IV|I{1,3})(?:[ \t]{0,3}(?:[-–,]|đến|và)[ \t]{0,3}(?:(?:tháng|qu[ýí])\s{1,3})?"
    r"(\d{1,2}|IV|I{1,3}))?(?![\w/])(?![ \t]{0,3}[/\-][ \t]{0,3}\d)(?![ \t]{0,3},?[ \t]{1,3}năm)"
    r"(?=[ \t]{0,3}(?:[|.;\n]|$))", re.IGNORECASE)


def _labelled_periods(text: str, lo: int, hi: int, reference: datetime.date | None,
                      anchors: WordIndex) -> list[Deadline]:
    """A month or quarter (or two, a window) under a time label or in a table's cell, without its year: of
    the document's year, or the next when it ended before the document was signed."""
    if reference is None:
        return []
    found = []
    for m in finditer_near(_LABELLED_PERIOD, text, lo, hi, anchors.get(("tháng", "quý", "quí")), 50, 80):
        unit = "month" if m.group(1).lower() == "tháng" else "quarter"
        first, last = (QUARTER_NUMERALS.get(g.upper()) or int(g) if g else None for g in m.group(2, 3))
        limit = 12 if unit == "month" else 4
        if not 1 <= first <= limit or last is not None and not first < last <= limit:
            continue
        year = reference.year if period_bounds(unit, reference.year, last or first)[1] >= reference \
            else reference.year + 1
        begin, end = period_bounds(unit, year, first)[0], period_bounds(unit, year, last or first)[1]
        if last is None:
            found.append(Deadline.spanning(unit, text, m.start(1), m.end(), date=end))
        else:
            found.append(Deadline.spanning("range", text, m.start(1), m.end(), date=end, start_date=begin))
    return found


# "a) Giai đoạn 1 (2026 - 2028)" heading a phase's targets or work: the phase's window.
# "1. Giai đoạn 1 từ năm 2023 đến hết năm 2025 (Giai đoạn xây dựng cơ sở)" too.
_PHASE = compile_across_lines(
    r"(?m)^[ \t*_]{0,4}(?:[a-zđ]\)|[-+•]|\d{1,2}\.)?[ \t*_]{0,4}(Giai[ \t]{1,3}đoạn[ \t]{1,3}(?:\d|I{1,3}|IV)"
    r"[ \t]{0,3}[:(]?[ \t]{0,3}(?:từ[ \t]{1,3}năm[ \t]{1,3})?((?:19|20)\d\d)[ \t]{0,3}(?:[-–]|đến(?:[ \t]{1,3}hết)?)"
    r"[ \t]{0,3}(?:năm[ \t]{1,3})?((?:19|20)\d\d)\)?)[ \t*_:.]*(?:\([^()\n]{0,60}\)[ \t*_:.]*)?$")


def _phases(text: str, lo: int, hi: int, anchors: WordIndex) -> list[Deadline]:
    """The windows of a plan's numbered phases printed as headings ("b) Giai đoạn 2 (2029 - 2031)")."""
    found = []
    for m in finditer_near(_PHASE, text, lo, hi, anchors.get(("giai",)), 12, 150):
        first, last = int(m.group(2)), int(m.group(3))
        if first < last:
            found.append(Deadline.spanning("range", text, m.start(1), m.end(1), date=datetime.date(last, 12, 31),
                                   start_date=datetime.date(first, 1, 1)))
    return found


# "1. Năm 2019" heading the steps of a roadmap that fall in that year: the year.
_YEAR_HEADING = re.compile(
    r"(?:[a-zđ]\)|\d{1,2}\.|[IVX]{1,4}\.)[ \t*_]{0,4}(Năm[ \t]{1,3}((?:19|20)\d\d))[ \t*_:.]*(?=\n|$)")
_LINE_START = re.compile(r"(?:^|\n)[ \t*_]{0,4}$")


def _year_headings(text: str, lo: int, hi: int) -> list[Deadline]:
    found = []
    at = text.find("Năm ", lo, hi)
    while at != -1:  # a capital "Năm" is rare: each one is looked at
        start = text.rfind("\n", max(lo, at - 12), at) + 1 or max(lo, at - 12)
        m = _YEAR_HEADING.search(text, start, min(hi, at + 16))
        if m is not None and m.start(1) == at and _LINE_START.search(text, max(0, m.start() - 6), m.start()):
            year = int(m.group(2))
            found.append(Deadline.spanning("year", text, m.start(1), m.end(1), date=datetime.date(year, 12, 31)))
        at = text.find("Năm ", at + 4, hi)
    return found


# "phấn đấu đến cuối năm hoàn thành giải ngân 100%": the end of the year the text is dated in ("cuối năm nay" too;
# not a school year's, nor a year printed after it, which the full periods read).
_YEAR_END = compile_across_lines(
    r"(?<!\w)(?:đến|trước|trong|vào)\s{1,3}(?:hết\s{1,3})?cuối\s{1,3}năm(?:\s{1,3}nay)?"
    r"(?!\s{0,3}(?:\d|học|ngân|tài|là\s|(?-i:[A-ZĐ]))|\w)", re.IGNORECASE)  # ("… đến cuối năm là rất lớn": a size)


def _year_end(text: str, lo: int, hi: int, reference: datetime.date | None, anchors: WordIndex) -> list[Deadline]:
    if reference is None:
        return []
    return [Deadline.spanning("by", text, m.start(), m.end(), date=datetime.date(reference.year, 12, 31))
            for m in finditer_near(_YEAR_END, text, lo, hi, anchors.get(("cuối",)), 20, 20)]
