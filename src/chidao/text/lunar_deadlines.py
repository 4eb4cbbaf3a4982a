"""Deadlines set by Tết and by the lunar calendar: "trước Tết Nguyên đán", "Giao thừa", "rằm tháng Giêng",
"ngày 15/8 âm lịch". Each resolves to a solar date with the Vietnamese calendar (`chidao.text.lunar`, UTC+7).

Part of `chidao.text.deadlines`, which merges these with the other kinds; like it, every scan runs only in the
short stretch around its cue words (`dates.finditer_near`).
"""

from __future__ import annotations

import datetime
import re

from chidao.text import lunar
from chidao.text.dates import (
    MAX_YEAR, MIN_YEAR, DateMention, WordIndex, char_before, finditer_near, spaces_before, word_after,
)
from chidao.text.normalize import compile_across_lines
from chidao.text.types import Deadline

__all__ = ["lunar_deadlines"]

_CAN = "|".join(lunar.CAN)
_CHI = "|".join(lunar.CHI + ("Tị", "Mẹo", "Tí"))
_CAN_CHI = rf"(?:{_CAN})\s{{1,3}}(?:{_CHI})"
_TET = compile_across_lines(
    r"(?=[TtCcSsVvDd])(?<!\w)(trước|chậm\s{1,3}nhất(?:\s{1,3}là)?|sau|trong|vào|dịp|trong\s{1,3}dịp|vào\s{1,3}dịp)"
    r"((?:,?\s{1,3}(?:trước|trong|và|sau|dịp)){0,5})\s{1,3}"
    rf"Tết(?:\s{{1,3}}(?:Nguyên\s{{1,3}}[đĐ]án|cổ\s{{1,3}}truyền))?(?:\s{{1,3}}(?:Xuân\s{{1,3}})?({_CAN_CHI}))?"
    r"(?:\s{1,3}(?:năm\s{1,3})?(\d{4})(?![\d/]))?",
    re.IGNORECASE,
)
_OTHER_TET = compile_across_lines(
    r"\s{1,3}(?:[Dd]ương|[Tt]ây|[Đđ]ộc|[Tt]rung|[Tt]hanh|[Đđ]oan|[Tt]hiếu|[Tt]rồng|[Hh]àn|[Nn]guyên\s{1,3}tiêu)")
# Giao thừa: the night between the last day of a lunar year and Tết ("đêm Giao thừa Tết Nguyên đán 2024").
_GIAO_THUA = compile_across_lines(
    r"(?=[TtVvĐđGg])(?<!\w)(?:(?:trong|vào)\s{1,3})?(?:đêm\s{1,3})?Giao\s{1,3}thừa"
    r"(?:\s{1,3}Tết(?:\s{1,3}Nguyên\s{1,3}[đĐ]án)?)?"
    rf"(?:\s{{1,3}}(?:Xuân\s{{1,3}})?({_CAN_CHI}))?(?:\s{{1,3}}(?:năm\s{{1,3}})?(\d{{4}})(?![\d/]))?",
    re.IGNORECASE,
)
_LUNAR_MONTHS = {"giêng": 1, "chạp": 12, "một": 11, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
                 "tám": 8, "chín": 9, "mười": 10}
# "từ ngày 1 - 10 tháng 3 (âm lịch)": a window of days of one lunar month (`first` its first day)
_LUNAR_DAY = compile_across_lines(
    r"(?=[TtCcVvNnMmRr])(?<!\w)(?:(?P<from>từ\s{1,3})|(?:trước|chậm\s{1,3}nhất(?:\s{1,3}là)?|vào)\s{1,3})?"
    r"(?:(?:ngày\s{1,3})?(?:mùng|mồng)\s{1,3}(?P<mung>\d{1,2})"
    r"|ngày\s{1,3}(?:(?P<first>\d{1,2})\s{0,3}(?:[-–]|đến)\s{0,3})?(?P<day>\d{1,2})|(?P<ram>rằm))"
    r"\s{1,3}tháng\s{1,3}(?P<month>Giêng|Chạp|\d{1,2}|Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười)(?!\w)"
    r"(?P<leap>\s{1,3}nhuận)?(?P<marked>\s{0,3}(?:\(\s{0,3}âm\s{1,3}lịch\s{0,3}\)|âm\s{1,3}lịch))?"
    rf"(?:,?\s{{1,3}}năm\s{{1,3}}(?:(?P<can_chi>{_CAN_CHI})|(?P<year>\d{{4}})(?![\d/])))?",
    re.IGNORECASE,
)
# "từ ngày 18 tháng Chạp năm Giáp Thìn đến ngày 29 tháng Giêng năm Ất Tỵ": what joins a window's two lunar days
_LUNAR_TO = compile_across_lines(r"\s{0,3}(?:đến|tới|[-–])\s{1,3}", re.IGNORECASE)
_LUNAR_NUMERIC = compile_across_lines(r"\s{0,3}(?:\(\s{0,3}âm\s{1,3}lịch\s{0,3}\)|âm\s{1,3}lịch)", re.IGNORECASE)


def _lunar_deadline(text: str, start: int, end: int, date: datetime.date | None) -> Deadline:
    return Deadline.spanning("lunar", text, start, end, date=date)


def _lunar_year(printed_year: str | None, can_chi: str | None, reference: datetime.date | None) -> int | None:
    """The lunar year printed, named by its can chi (nearest the reference date), or None."""
    if printed_year:
        year = int(printed_year)
        return year if MIN_YEAR <= year <= MAX_YEAR else None
    near = reference.year if reference else None
    if can_chi:
        return lunar.year_for_can_chi(re.sub(r"\s+", " ", can_chi), near or datetime.date.today().year)
    return None


def lunar_deadlines(
    text: str, lo: int, hi: int, mentions: list[DateMention], reference: datetime.date | None, anchors: WordIndex
) -> list[Deadline]:
    """Deadlines set by Tết and by dates of the lunar calendar inside `text[lo:hi]`, resolved with the Vietnamese
    calendar (UTC+7): "trước Tết Nguyên đán Bính Ngọ 2026", "đêm Giao thừa", "rằm tháng Giêng", "15/8 âm lịch".

    `mentions` are the solar dates found in the text (a numeric date followed by "âm lịch" is lunar);
    `reference` (the document's date) supplies a year the text leaves out; `anchors` finds the cue words.
    """
    found = []
    for m in finditer_near(_TET, text, lo, hi, anchors.get(("tết",)), 66, 132):
        words = m.group(0).lower()
        nguyen_dan = "nguyên" in words or "cổ truyền" in words or m.group(3)
        year = _lunar_year(m.group(4), m.group(3), reference)
        cue = m.group(1).lower()
        # Without a year only a plain "trước/chậm nhất Tết Nguyên đán" counts; "dịp Tết" is the occasion work is
        # done for or a period a report covers ("dịp trước, trong và sau Tết Nguyên đán Giáp Ngọ"), whatever its year.
        plain_before = cue.startswith(("trước", "chậm")) and not m.group(2)
        # "trước Tết", "trước Tết 2026": printed alone, Tết is the lunar new year (but not "Tết Dương lịch" …)
        lunar_new_year = nguyen_dan or plain_before and not _OTHER_TET.match(text, m.end(), hi)
        if not lunar_new_year or (year is None and not plain_before) or "dịp" in cue or m.group(2).strip():
            continue  # ("… trước, trong và sau Tết Nguyên đán Bính Ngọ 2026": the season, with its year or not)
        if year is None and reference is not None:
            year = reference.year if lunar.tet(reference.year) >= reference else reference.year + 1
        date = lunar.tet(year) if year else None
        found.append(_lunar_deadline(text, m.start(), m.end(), date=date))
    giao = anchors.where(("giao",), lambda f, i: f.startswith("thừa", word_after(f, i + 4)))
    for m in finditer_near(_GIAO_THUA, text, lo, hi, giao, 16, 96):
        year = _lunar_year(m.group(2), m.group(1), reference)
        if year is None and reference is not None:
            year = reference.year if lunar.tet(reference.year) > reference else reference.year + 1
        if year is not None:  # a Giao thừa of no known year is background, not a deadline
            date = lunar.tet(year) - datetime.timedelta(days=1)
            found.append(_lunar_deadline(text, m.start(), m.end(), date=date))
    # "tháng" of a lunar date follows a day number or "rằm" and 1-3 spaces.
    months = anchors.where(("tháng",), _lunar_month_at)
    opened: tuple[re.Match[str], datetime.date | None] | None = None  # "từ <lunar day>", its window's start
    for m in finditer_near(_LUNAR_DAY, text, lo, hi, months, 40, 120):
        month_word = m.group("month").lower()
        signal = (m.group("ram") or m.group("leap") or m.group("marked") or m.group("can_chi")
                  or month_word in ("giêng", "chạp"))
        if not signal:
            continue
        month = int(month_word) if month_word.isdigit() else _LUNAR_MONTHS[month_word]
        year = _lunar_year(m.group("year"), m.group("can_chi"), reference)
        date = _lunar_date(year, month, _lunar_day_number(m), m.group("leap"), reference)
        if opened is not None and _LUNAR_TO.fullmatch(text, opened[0].end(), m.start()):
            found[-1] = Deadline.spanning("lunar", text, opened[0].start(), m.end(), date=date, start_date=opened[1])
            opened = None
            continue
        start_date = _lunar_date(year, month, int(m.group("first")), m.group("leap"), reference) \
            if m.group("first") else None
        found.append(Deadline.spanning("lunar", text, m.start(), m.end(), date=date, start_date=start_date))
        opened = (m, date) if m.group("from") and not m.group("first") else None
    for mention in mentions:
        tail = _LUNAR_NUMERIC.match(text, mention.end)
        if mention.unit == "day" and tail and lo <= mention.start and tail.end() <= hi:
            year = None if mention.partial else mention.date.year
            date = _lunar_date(year, mention.date.month, mention.date.day, None, reference)
            found.append(_lunar_deadline(text, mention.start, tail.end(), date=date))
    return found


def _lunar_day_number(m: re.Match[str]) -> int:
    """The (last) day a `_LUNAR_DAY` match prints ("rằm" is the 15th)."""
    return 15 if m.group("ram") else int(m.group("mung") or m.group("day"))


def _lunar_month_at(folded: str, pos: int) -> bool:
    """Whether "tháng" at `pos` can end a lunar day: "rằm", or "mùng/mồng/ngày", spaces, a day number and
    spaces before it (a necessary condition of `_LUNAR_DAY`, checked without a regex)."""
    before = char_before(folded, pos)
    if before == "m":
        return True
    if not before.isdecimal():
        return False
    j = pos - spaces_before(folded, pos) - 1  # the day number's last digit
    if j >= 1 and folded[j - 1].isdecimal():
        j -= 1
    if not folded[j - 1 : j].isspace():
        return False
    word_end = j - spaces_before(folded, j)
    if folded.endswith(("-", "–", "đến"), 0, word_end):  # "ngày 1 - 10 tháng 3": the window's first day
        j = word_end - (3 if folded.endswith("đến", 0, word_end) else 1)
        j -= spaces_before(folded, j)
        while j > 0 and folded[j - 1].isdecimal():
            j -= 1
        word_end = j - spaces_before(folded, j)
    return folded.endswith(("ngày", "mùng", "mồng"), 0, word_end)


def _lunar_date(
    year: int | None, month: int, day: int, leap: str | None, reference: datetime.date | None
) -> datetime.date | None:
    """The solar date of a lunar date; without a printed year, its first occurrence on or after `reference`."""
    if not 1 <= month <= 12:
        return None
    try:
        if year is not None:
            return lunar.lunar_to_solar(year, month, day, leap=bool(leap))
        if reference is None:
            return None
        first = lunar.solar_to_lunar(reference)[0]
        for candidate_year in (first, first + 1):
            date = lunar.lunar_to_solar(candidate_year, month, day, leap=bool(leap))
            if date >= reference:
                return date
        return None
    except lunar.LunarDateError:
        return None
