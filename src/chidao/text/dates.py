"""Dates as Vietnamese administrative texts print them.

Forms (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5 sets "ngày … tháng … năm …" for a document's own date;
body text prints every other form as well):

- day: "12/12/2023", "04/1/2024", "15-6-2024", "15.6.2024", "02 tháng 01 năm 2024", and partial
  "ngày 01/01" or "ngày 5 tháng 3" (read only after "ngày"; the mention's text is the date without it)
  whose year comes from the nearest full date in context (a digest title "từ ngày 01/01 đến ngày
  07/01/2023") or from `default_year`;
- month: "tháng 3/2024", "tháng 3 năm 2024";
- quarter: "quý I/2024", "quý 2 năm 2024";
- half: "6 tháng đầu năm 2024", "6 tháng cuối năm 2024";
- year: "năm 2024".

Every regular expression here is linear: bounded repetitions, no nested quantifiers. The patterns run only
around the words each match must hold ("tháng", "ngày", "năm", "quý", a date separator), found beforehand
with `str.find` in the lower-cased text (`finditer_near`): the same matches as a full scan, several times
faster.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

UNITS = ("day", "month", "quarter", "half", "year")
MIN_YEAR, MAX_YEAR = 1000, 2199  # years outside are misreadings (codes, amounts), not dates
_CONTEXT = 120  # characters searched on either side for the year of a partial date

# At most a few spaces, or a line break and the next line's indentation (extracted PDF and web text wraps
# inside dates; a PDF's text laid out as on the page indents every line).
_SP = r"(?:[ \t\u00a0\r\n]{1,3}|[ \t\u00a0]{0,3}\r?\n[ \t\u00a0]{0,40})"
_OSP = r"(?:[ \t\u00a0\r\n]{0,3}|[ \t\u00a0]{0,3}\r?\n[ \t\u00a0]{0,40})"

# "12/12/2023", "04/1/2024", "15-6-2024", "15.6.2024"; the separator must repeat (\2).
# The lookbehind sits after the first digit ("(?<![\d/.])\d{1,2}" read the same way) so that the pattern
# opens with a digit and the regex engine skips straight from digit to digit.
_NUMERIC_FULL = re.compile(rf"(\d(?<![\d/.]\d)\d?){_OSP}([/.\-]){_OSP}(\d{{1,2}}){_OSP}\2{_OSP}(\d{{4}})(?![\d/])")
# Where a numeric date's first separator may be: each pattern opens with a literal, which the regex engine
# finds as fast as `str.find`; the lookahead keeps the anchors from overlapping.
_SEPARATORS = tuple(
    re.compile(re.escape(sep) + rf"(?={_OSP}\d{{1,2}}{_OSP}{re.escape(sep)}{_OSP}\d{{4}})") for sep in "/.-"
)
# "ngày 01/01": only after "ngày" (a bare "24/24" is a clock, "02/KH" a code).
# Newspapers print "ngày 28-10" and "ngày 15.9" too; "ngày 10-11 tháng 6" and "ngày 19-20/6" are two days.
_NUMERIC_PARTIAL = re.compile(
    rf"(?=[Nn])(?i:ngày){_SP}(\d{{1,2}})(?:/|-(?=\d{{1,2}}(?![\d/\-]|\.\d)(?![ \t]{{0,3}}(?i:tháng)))"
    rf"|\.(?=\d{{1,2}}(?![\d/]|\.\d)(?![ \t]{{0,3}}(?i:tháng))))"
    r"(\d{1,2})(?![\d/])")
# "từ 10/9 - 10/10/2024", "từ 10.9 đến 10.10.2024": a window's first day printed without "ngày" or its year,
# read only when a full date closes the window (a bare "10/9" may be a clock, a code or a ratio).
_FROM_PARTIAL = re.compile(
    r"(?i:từ)[ \t]{1,3}(\d{1,2})[/.\-](\d{1,2})(?![\d/]|\.\d)"
    r"(?=[ \t]{0,3}(?:[-–]|(?i:đến|tới))[ \t]{0,3}(?:(?i:ngày)[ \t]{1,3})?\d{1,2}([/.\-])\d{1,2}"
    r"(?:\3\d{4}(?!\d)|(?![\d/]|[.\-]\d)))")  # (the end may lack its year too: "từ 1/4-1/11")
# "ngày 9 đến 18-4", "ngày 5 đến 10/3", "ngày 4-6/7": a window's first day printed without its month, which
# the end gives (the end is the partial date found here; the window is made where deadlines are read).
_DAY_TO_PARTIAL = re.compile(
    r"(?i:ngày|từ)[ \t]{1,3}\d{1,2}[ \t]{0,3}(?:[-–]|(?i:đến|tới))[ \t]{0,3}(\d{1,2})[/.\-](\d{1,2})(?![\d/]|[.\-]\d)")
# "chậm nhất đến 10/6", "trước 15/9", "xong trước 10-6": a day and month right after a deadline's cue word
_CUE_PARTIAL = re.compile(
    r"(?i:trước|đến|chậm[ \t]{1,3}nhất(?:[ \t]{1,3}(?:là|đến))?|vào)[ \t]{1,3}(\d{1,2})[/\-](\d{1,2})(?![\d/]|[.\-]\d)")
# "02 tháng 01 năm 2024", "ngày 5 tháng 3" (partial without "năm").
_WRITTEN = re.compile(
    rf"(?=\d)(?<!\d)(\d{{1,2}}){_SP}(?i:tháng){_SP}(\d{{1,2}})(?!\d)(?:,?{_SP}(?i:năm){_SP}(\d{{4}})(?!\d))?"
)
_NGAY_BEFORE = re.compile(rf"(?i:ngày){_SP}$")
# ("tháng 5.2021", "quý I.2023": a newspaper's full stop before the year)
_MONTH = re.compile(rf"(?=[Tt])(?i:tháng){_SP}(\d{{1,2}})(?:{_OSP}[/\-]{_OSP}|\.(?=[12]\d{{3}})|{_SP}(?i:năm){_SP})"
                    rf"(\d{{4}})(?!\d)")
_QUARTER = re.compile(
    rf"(?=[Qq])(?i:qu[ýí]){_SP}(IV|I{{1,3}}|[1-4])(?![\w])(?:{_OSP}[/\-]{_OSP}|\.(?=[12]\d{{3}})|{_SP}(?i:năm){_SP})"
    rf"(\d{{4}})(?!\d)"
)
_HALF = re.compile(rf"(?=[6Ss])(?i:(?:6|sáu){_SP}tháng{_SP}(đầu|cuối){_SP}năm){_SP}(\d{{4}})(?!\d)")
_YEAR = re.compile(rf"(?=[Nn])(?i:năm){_SP}(\d{{4}})(?![\d/])")

QUARTER_NUMERALS = {"I": 1, "II": 2, "III": 3, "IV": 4}  # "quý IV"

# Characters an IGNORECASE pattern matches as "i" and "s" that `str.lower()` keeps (dotless i, long s):
# folded too, so that a word found in the folded text is found wherever the pattern would match it.
_FOLD = (("\u0131", "i"), ("\u017f", "s"))


def fold(text: str) -> str | None:
    """`text` in lower case with the same length (offsets stay valid), or None when lowering changes it."""
    folded = text.lower()
    for odd, plain in _FOLD:
        if odd in folded:  # str.replace only when needed: str.translate is a hundred times slower
            folded = folded.replace(odd, plain)
    return folded if len(folded) == len(text) else None


def word_positions(folded: str, words: tuple[str, ...], lo: int = 0, hi: int | None = None) -> list[int]:
    """Sorted start positions of every lower-case `word` in `folded[lo:hi]` (str.find, no regex scan)."""
    hi = len(folded) if hi is None else hi
    found: list[int] = []
    for word in words:
        i = folded.find(word, lo, hi)
        while i != -1:
            found.append(i)
            i = folded.find(word, i + 1, hi)
    if len(words) > 1:
        found.sort()
    return found


def word_after(folded: str, end: int) -> int:
    """Where the next word starts when 1-3 spaces follow `end`, else -1 (`str.startswith` then fails)."""
    j = end
    while j < len(folded) and j - end < 3 and folded[j].isspace():
        j += 1
    if j < len(folded) and folded[j].isspace():
        return -1
    return j if j > end else -1


def spaces_before(folded: str, pos: int) -> int:
    """How many spaces (at most 4) come right before `folded[pos]`."""
    j = pos
    while j > 0 and pos - j < 4 and folded[j - 1].isspace():
        j -= 1
    return pos - j


def char_before(folded: str, pos: int) -> str:
    """The character before the 1-3 spaces that come right before `folded[pos]` ("" when there are none
    or more)."""
    spaces = spaces_before(folded, pos)
    return folded[pos - spaces - 1] if 1 <= spaces <= 3 and pos - spaces >= 1 else ""


class WordIndex:
    """Where words occur in a folded text, each word searched once; positions are shifted by `offset`
    (the folded text's start in the text the patterns read). `folded=None` gives None: scan everything."""

    def __init__(self, folded: str | None, offset: int = 0, cache: dict[str, list[int]] | None = None) -> None:
        self.folded, self.offset = folded, offset
        self.cache: dict[str, list[int]] = {} if cache is None else cache

    def shifted(self, offset: int) -> WordIndex:
        """The same index giving positions shifted by `offset` instead (the cache is shared)."""
        return WordIndex(self.folded, offset, self.cache)

    def where(self, words: tuple[str, ...], keep: Callable[[str, int], bool]) -> list[int] | None:
        """The positions of `words` where `keep(folded, position_in_folded)` holds: a cheap necessary
        condition for a match there, such as the word that must follow."""
        found = self.get(words)
        if found is None:
            return None
        folded, offset = self.folded, self.offset
        return [p for p in found if keep(folded, p - offset)]

    def get(self, words: tuple[str, ...]) -> list[int] | None:
        """Sorted positions of `words`, or None when the text could not be folded."""
        if self.folded is None:
            return None
        found: list[int] = []
        for word in words:
            if word not in self.cache:
                self.cache[word] = word_positions(self.folded, (word,))
            found += self.cache[word]
        if len(words) > 1:
            found.sort()
        return [p + self.offset for p in found] if self.offset else found


def finditer_near(
    pattern: re.Pattern[str], text: str, lo: int, hi: int, anchors: list[int] | None, back: int, ahead: int
) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text, lo, hi)`, scanning only around `anchors`.

    Valid for a pattern whose every match starts at most `back` characters before an anchor (a word every
    match holds) and reads at most `ahead` characters from its start, lookarounds included. The regex
    engine tries every position of a text; a few cheap `str.find` passes for the anchor words and short
    scans around them give the same matches in a fraction of the time. `anchors=None` (the text could not
    be folded) scans everything.
    """
    if anchors is None:
        yield from pattern.finditer(text, lo, hi)
        return
    cursor = lo
    if back == 0:  # every match starts at an anchor: try just those positions
        for position in anchors:
            if cursor <= position < hi:
                found = pattern.match(text, position, hi)
                if found:
                    yield found
                    cursor = found.end() if found.end() > found.start() else found.end() + 1
        return
    i, n = 0, len(anchors)
    while i < n:
        first = max(cursor, anchors[i] - back)
        last = anchors[i]
        i += 1
        while i < n and anchors[i] - back <= last + 1:  # overlapping zones are scanned once
            last = anchors[i]
            i += 1
        last = min(last, hi - 1)
        if first > last:
            continue
        for found in pattern.finditer(text, first, min(hi, last + ahead)):
            if found.start() > last:
                break
            yield found
            cursor = found.end() if found.end() > found.start() else found.end() + 1
            if cursor > last:  # the next match starts after this zone: no need to scan on to its end
                break


@dataclass
class DateMention:
    """One printed date or period. `date` is its first day, `last` its last day (the same for a day).

    `partial` is true when the year was not printed and was completed from context or `default_year`.
    `text == source[start:end]`.
    """

    date: datetime.date
    text: str
    start: int
    end: int
    partial: bool = False
    unit: str = "day"
    last: datetime.date | None = field(default=None)

    def __post_init__(self) -> None:
        if self.last is None:
            self.last = self.date


def _day(year: int, month: int, day: int) -> datetime.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def month_bounds(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    """First and last day of a month."""
    return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])


def period_bounds(unit: str, year: int, index: int) -> tuple[datetime.date, datetime.date]:
    """First and last day of month/quarter/half number `index` (1-based) of `year`, or of the year itself."""
    bounds = _period(unit, year, index)
    if bounds is None:
        raise ValueError(f"no {unit} {index} in {year}")
    return bounds


def _period(unit: str, year: int, index: int) -> tuple[datetime.date, datetime.date] | None:
    """First and last day of month/quarter/half number `index` of `year`, None when out of range."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if unit == "month":
        if not 1 <= index <= 12:
            return None
        return month_bounds(year, index)
    if unit == "quarter":
        return month_bounds(year, 3 * index - 2)[0], month_bounds(year, 3 * index)[1]
    if unit == "half":
        return month_bounds(year, 6 * index - 5)[0], month_bounds(year, 6 * index)[1]
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


class _Spans:
    """Characters already read by a match, so that a weaker pattern never re-reads them (a byte mask keeps
    every check linear in the span's length)."""

    def __init__(self, length: int) -> None:
        self.mask = bytearray(length)

    def free(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)


def _full_days(
    text: str, spans: _Spans, out: list[DateMention], anchors: dict[str, list[int] | None]
) -> list[tuple[int, int, int, int, int]]:
    """Full day dates go to `out`; partial day/month pairs are returned as (start, end, day, month, -1)."""
    partials: list[tuple[int, int, int, int, int]] = []
    end = len(text)
    for m in finditer_near(_WRITTEN, text, 0, end, anchors["day tháng"], 7, 45):
        start = m.start()
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if year is None:
            after_ngay = _NGAY_BEFORE.search(text, max(0, start - 8), start)
            if after_ngay and 1 <= month <= 12 and 1 <= day <= 31:
                partials.append((start, m.end(2), day, month, -1))
                spans.take(start, m.end(2))
            continue
        found = _day(int(year), month, day)
        if found:
            out.append(DateMention(found, text[start : m.end()], start, m.end()))
            spans.take(start, m.end())
    separators = sorted(m.start() for pattern in _SEPARATORS for m in pattern.finditer(text))
    for m in finditer_near(_NUMERIC_FULL, text, 0, end, separators, 5, 30):
        found = _day(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        if found and spans.free(m.start(), m.end()):
            out.append(DateMention(found, m.group(0), m.start(), m.end()))
            spans.take(m.start(), m.end())
    for pattern, anchor in ((_NUMERIC_PARTIAL, "ngày"), (_FROM_PARTIAL, "từ"), (_DAY_TO_PARTIAL, "ngày từ"),
                            (_CUE_PARTIAL, "cue")):
        for m in finditer_near(pattern, text, 0, end, anchors[anchor], 0, 0):
            day, month = int(m.group(1)), int(m.group(2))
            if 1 <= month <= 12 and 1 <= day <= 31 and spans.free(m.start(1), m.end(2)):
                partials.append((m.start(1), m.end(2), day, month, -1))
                spans.take(m.start(1), m.end(2))
            second = _WINDOW_END.match(text, m.end())  # "ngày 10.3 - 10.4": the window's end, printed bare
            if second is not None and spans.free(second.start(1), second.end()):
                day, month = int(second.group(1)), int(second.group(2))
                if 1 <= month <= 12 and 1 <= day <= 31:
                    partials.append((second.start(1), second.end(), day, month, -1))
                    spans.take(second.start(1), second.end())
    return partials


_WINDOW_END = re.compile(r"[ \t]{0,3}(?:[-–]|(?i:đến|tới))[ \t]{0,3}(\d{1,2})[./\-](\d{1,2})(?![\d/\-]|\.\d)")


# What joins the two ends of a window: "ngày 15/11 đến ngày 15/12/2025", "15/11 - 15/12/2025".
_RANGE_LINK = re.compile(r"[ \t]{0,3}(?:[-–]|đến(?:[ \t]{1,3}hết)?|tới)[ \t]{0,3}(?:ngày[ \t]{1,3})?", re.IGNORECASE)


def _complete_partials(
    text: str, partials: list[tuple[int, int, int, int, int]], full: list[DateMention], default_year: int | None,
    year_hint: int | None = None,
) -> list[DateMention]:
    """Give each partial date the year of the nearest full date within `_CONTEXT` characters.

    A following full date wins over a preceding one ("từ ngày 01/01 đến ngày 07/01/2023"); when the partial
    date would then fall after it ("từ ngày 25/12 đến ngày 05/01/2024"), it belongs to the year before. With a
    `default_year` (the document's own), a following date lends its year only when it closes a window opened
    by the partial one; otherwise the partial date is of the document's year. Without a date within reach,
    `year_hint` (the year a text without header or dateline names) gives it.
    """
    found: list[DateMention] = []
    full_sorted = sorted(full, key=lambda d: d.start)
    starts = [d.start for d in full_sorted]
    for start, end, day, month, _ in partials:
        i = bisect.bisect_left(starts, end)
        after = full_sorted[i] if i < len(starts) and starts[i] - end <= _CONTEXT else None
        j = bisect.bisect_right(starts, start) - 1
        before = full_sorted[j] if j >= 0 and 0 <= start - full_sorted[j].end <= _CONTEXT else None
        year: int | None = None
        if after is not None and (default_year is None or _RANGE_LINK.fullmatch(text, end, after.start)):
            year = after.date.year
            if (month, day) > (after.date.month, after.date.day):
                year -= 1
        elif default_year is not None:
            year = default_year  # the document's own year, not that of an unrelated date printed nearby
        elif before is not None:
            year = before.date.year
        else:
            year = year_hint  # the year the text names, when no date near it gives one
        result = _day(year, month, day) if year else None
        if result:
            found.append(DateMention(result, text[start:end], start, end, partial=True))
    return found


def _periods(text: str, spans: _Spans, out: list[DateMention], anchors: dict[str, list[int] | None]) -> None:
    # (unit, pattern, anchor word, how far before the anchor a match may start)
    for unit, pattern, word, back in (("half", _HALF, "half tháng", 8), ("quarter", _QUARTER, "qu", 0),
                                      ("month", _MONTH, "tháng", 0), ("year", _YEAR, "năm", 0)):
        for m in finditer_near(pattern, text, 0, len(text), anchors[word], back, 50):
            if not spans.free(m.start(), m.end()):
                continue
            year = int(m.group(m.lastindex or 1))
            if unit == "half":
                index = 1 if m.group(1).lower() == "đầu" else 2
            elif unit == "quarter":
                raw = m.group(1).upper()
                index = QUARTER_NUMERALS.get(raw) or int(raw)
            elif unit == "month":
                index = int(m.group(1))
            else:
                index = 1
            bounds = _period(unit, year, index)
            if bounds:
                out.append(DateMention(bounds[0], m.group(0), m.start(), m.end(), unit=unit, last=bounds[1]))
                spans.take(m.start(), m.end())


def find_dates(text: str, default_year: int | None = None) -> list[DateMention]:
    """Every printed date and period in `text`, in order of position.

    Partial dates ("ngày 01/01") take their year from the nearest full date within a short context, else
    from `default_year`; without either they are left out. Impossible dates (31/02/2024) are left out.
    """
    return _find_dates(text, default_year, WordIndex(fold(text)))


def _half_year_at(folded: str, pos: int) -> bool:
    """Whether "tháng" at `pos` can be that of "6/sáu tháng đầu/cuối năm" (checked without a regex)."""
    return char_before(folded, pos) in ("6", "u") and folded.startswith(("đầu", "cuối"), word_after(folded, pos + 5))


def _find_dates(text: str, default_year: int | None, index: WordIndex, year_hint: int | None = None
                ) -> list[DateMention]:
    """`find_dates` with the words of `text` indexed (positions into `text`)."""
    anchors = {
        "tháng": index.get(("tháng",)), "ngày": index.get(("ngày",)), "năm": index.get(("năm",)),
        "từ": index.get(("từ",)), "ngày từ": index.get(("ngày", "từ")),
        "cue": index.get(("trước", "đến", "chậm", "vào")),
        "qu": index.get(("quý", "quí")),
        # "2 tháng 9": a day number and 1-3 spaces before; "6/sáu tháng đầu/cuối năm".
        "day tháng": index.where(("tháng",), lambda f, i: char_before(f, i).isdecimal()),
        "half tháng": index.where(("tháng",), _half_year_at),
    }
    spans = _Spans(len(text))
    out: list[DateMention] = []
    partials = _full_days(text, spans, out, anchors)
    out.extend(_complete_partials(text, partials, out, default_year, year_hint))
    _periods(text, spans, out, anchors)
    out.sort(key=lambda d: d.start)
    return out


_ISO = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})\s*")


# A news page's dateline: "09:10, 14/10/2021", "Thứ sáu 18/9/2020", "22/02/2017 - 22:04" on a line of its own
# near the top (a site's banner printing today's date among its phone numbers is not one), "Ngày 21/3/2018,
# UBND tỉnh …" opening its first paragraph, or "date 2025-12-08" ("date 2024-03": that month's first day).
_DATELINE_REACH = 300
_ISO_REACH = 120
_DATELINE_OTHER = 50  # what else a dateline prints: a weekday, a time, "Cập nhật lúc:", "GMT+7", a view count
_PHONE = re.compile(r"\d{3,4}[.\s]?\d{3}[.\s]?\d{3,4}")  # "HOTLINE: 0982.095.095 … Thứ ba, ngày 15/12/2016"
_ISO_DAY = re.compile(r"(?<![\d-])(20\d\d)-(\d\d)-(\d\d)(?![\d-])")
_ISO_MONTH = re.compile(r"(?<![\d-])(20\d\d)-(\d\d)(?![\d-])")


def dateline_date(text: str) -> datetime.date | None:
    """The date a text without a header was published or written on, as a news page prints it at its top
    (a line of its own, or the first words of a paragraph); None when none is printed there."""
    head = text[:_DATELINE_REACH]
    own_lines: list[datetime.date] = []
    for mention in find_dates(head):
        if mention.unit != "day" or mention.partial:
            continue
        line_start = head.rfind("\n", 0, mention.start) + 1
        line_end = head.find("\n", mention.end)
        line = head[line_start:len(head) if line_end == -1 else line_end].strip()
        if len(line) - len(mention.text) <= _DATELINE_OTHER and not _PHONE.search(line):
            own_lines.append(mention.date)
        elif line.lower().startswith("ngày") and not own_lines:
            return mention.date
    if own_lines:
        # a site's banner may print the day the page was saved above the item's own date: the item's is the last
        return own_lines[-1]
    iso = _ISO_DAY.search(head, 0, _ISO_REACH)
    if iso is not None:
        return _day(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    iso = _ISO_MONTH.search(head, 0, _ISO_REACH)  # "date 2024-03": the month only, from its first day
    return _day(int(iso.group(1)), int(iso.group(2)), 1) if iso else None


# A text printing neither a header nor a dateline (a news item copied without its page) still names the year it
# is about near its top: "Lễ hội … mừng Xuân Ất Tỵ năm 2025", "điểm thi vào lớp 10 năm 2025".
_PRINTED_YEAR_REACH = 1500
_TARGET_BEFORE = re.compile(r"(?:đến|tới|đoạn|[-–])\s{0,3}(?:hết\s{1,3})?(?:năm\s{1,3})?$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"\s{0,3}[-–]")


def printed_year(text: str) -> int | None:
    """The year the opening of `text` names most often (full dates, months, quarters, "năm 2025"), the later
    on a tie; a target ("đến năm 2030") or a span's end ("2021 - 2025") is not counted. None when none is."""
    head = text[:_PRINTED_YEAR_REACH]
    counts: dict[int, int] = {}
    for mention in find_dates(head):
        if mention.partial or _TARGET_BEFORE.search(head, max(0, mention.start - 16), mention.start) \
                or _SPAN_AFTER.match(head, mention.end):
            continue
        counts[mention.last.year] = counts.get(mention.last.year, 0) + 1
    return max(counts, key=lambda year: (counts[year], year)) if counts else None


def parse_date(s: str, default_year: int | None = None) -> datetime.date | None:
    """The first day-date printed in `s` ("ngày 12/12/2023", "02 tháng 01 năm 2024", ISO "2024-01-02"),
    or None when `s` holds none."""
    iso = _ISO.fullmatch(s)
    if iso:
        return _day(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    for mention in find_dates(s, default_year=default_year):
        if mention.unit == "day":
            return mention.date
    return None


# "năm 2025 - 2026", "Năm 2025-2030": a year printed after a dash ends the window the year before it opens.
_YEARS_TO = re.compile(r"[ \t]{0,2}(?:([-–])|,|[ \t]và)[ \t]{0,2}((?:19|20)\d\d)(?![\d/])")


def year_span_end(text: str, mention: DateMention) -> re.Match[str] | None:
    """The "- 2026" after a year mention ("năm 2025 - 2026") that makes it a span of years, or None; the next
    year after a comma or "và" ("năm 2023, 2024") makes one too. Group 2 is the last year."""
    if mention.unit != "year":
        return None
    m = _YEARS_TO.match(text, mention.end)
    if m is None or not mention.date.year < int(m.group(2)) <= MAX_YEAR:
        return None
    return m if m.group(1) or int(m.group(2)) == mention.date.year + 1 else None
