"""Text-level findings: problems in how a text is typed, not in what it says.

Used by `chidao parse` (the `warnings` of `chidao.parse/1`) and by the digest linter. Each check is a public
function taking the prepared text and returning `TextWarning`s with stable codes, Vietnamese messages and
exact character offsets; `find_text_issues` runs them all. Every pattern here is linear in the input.

Speed: each pattern begins with a character class or a literal and puts its look-behind after it, so the regex
engine jumps between candidate characters at C speed instead of trying every position of the text. A literal is
several times faster still: numeric dates and codes are looked for at their separators, not at every digit.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterator

from chidao.text.types import TextWarning

WORDS_RUN_TOGETHER = "words-run-together"
DOUBLED_SPACE = "doubled-space"
INCONSISTENT_DATE_FORMAT = "inconsistent-date-format"
MALFORMED_CODE = "malformed-code"

_WORD = re.compile(r"[^\W\d_]+")
# Letters of Latin scripts (Vietnamese included) by case, to find a lower-then-upper pair at C speed.
_LATIN = [chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00))]
LOWER_LETTERS = "".join(c for c in _LATIN if c.islower())
_UPPER = "".join(c for c in _LATIN if c.isupper())
# Matched at the capital, looking back at the letter before it: capitals are far rarer than lower-case
# letters, so the engine tries few positions. `.start() - 1` is where the lower-case letter is.
_CASE_CHANGE = re.compile(f"[{re.escape(_UPPER)}](?<=[{re.escape(LOWER_LETTERS)}].)")

# Mixed-case tokens that are written that way on purpose: product and service names, units. Abbreviations
# such as "TTg" or "ThS" never trigger the check (see `_looks_like_word`), so they need no entry here.
_MIXED_CASE_WORDS = frozenset({
    "YouTube", "TikTok", "PowerPoint", "JavaScript", "WordPress", "LinkedIn", "WhatsApp", "ZaloPay",
    "MoMo", "VssID", "VNeID", "iPhone", "iPad", "eKYC", "eGov", "mRNA", "kWh", "MWh", "GWh", "TWh",
    "McDonald", "SmartCity", "ViettelPay", "VinFast", "VinGroup", "FaceBook", "GitHub", "OpenAI",
})


def _looks_like_word(part: str) -> bool:
    """A run of letters that reads as an ordinary word: all lower case, or one capital then lower case."""
    return len(part) >= 2 and part[1:].islower() and (part[0].islower() or part[0].isupper())


def _right_is_word(part: str) -> bool:
    """What follows the join: a capitalised word ("Thông") or an abbreviation of two capitals or more."""
    if len(part) >= 2 and part[0].isupper() and part[1].islower():
        return True
    upper = 0
    for char in part:
        if not char.isupper():
            break
        upper += 1
    return upper >= 2


def _word_at(text: str, pos: int) -> re.Match[str] | None:
    """The run of letters around position `pos` (looking back at most 60 letters: no word is longer)."""
    start = pos
    while start > 0 and pos - start < 60 and text[start - 1].isalpha():
        start -= 1
    return _WORD.match(text, start)


def _joins_in(token: str, offset: int) -> list[TextWarning]:
    """Each place in `token` (starting at `offset` in the text) where a word runs into the next one."""
    warnings = []
    for i in range(1, len(token)):
        if not (token[i - 1].islower() and token[i].isupper()):
            continue
        left_start = i - 1
        while left_start > 0 and token[left_start - 1].islower():
            left_start -= 1
        if left_start > 0 and token[left_start - 1].isupper():
            left_start -= 1
            if left_start > 0 and token[left_start - 1].isupper():
                continue  # "TTgCP": an abbreviation, not a word
        left, right = token[left_start:i], token[i:]
        if not _looks_like_word(left) or not _right_is_word(right):
            continue
        right_end = i + 1
        while right_end < len(token) and not (token[right_end - 1].islower() and token[right_end].isupper()):
            right_end += 1
        warnings.append(TextWarning(
            WORDS_RUN_TOGETHER,
            f"Thiếu dấu cách giữa “{left}” và “{token[i:right_end]}”.",
            offset + left_start, offset + right_end,
        ))
    return warnings


def find_words_run_together(text: str) -> list[TextWarning]:
    """Two words typed without the space between them ("thực hiệnThông tư").

    A lower-case letter directly followed by an upper-case one inside a run of letters, where the part before
    reads as a word and the part after as a capitalised word or an abbreviation. Abbreviations written in
    mixed case by convention ("TTg", "ThS", "CTr") do not match; known product names and units are skipped.
    """
    warnings: list[TextWarning] = []
    seen_until = -1
    for change in _CASE_CHANGE.finditer(text):
        if change.start() - 1 < seen_until:
            continue
        match = _word_at(text, change.start() - 1)
        if match is None:
            continue
        seen_until = match.end()
        if match.group() not in _MIXED_CASE_WORDS:
            warnings.extend(_joins_in(match.group(), match.start()))
    return warnings


# The first space comes first and the look-behind after it, so the engine jumps from space to space.
_DOUBLED_SPACE = re.compile(r"[ \u00a0](?<=\S[ \u00a0])[ \u00a0]+(?=\S)")


# Without a no-break space in the text, the same runs start with two ASCII spaces: a literal the regex engine
# finds at C speed, instead of trying every space.
_DOUBLED_ASCII_SPACE = re.compile(r"  (?<=\S  ) *+(?=\S)")


def find_doubled_spaces(text: str) -> list[TextWarning]:
    """Two or more spaces between two words of the same line ("chức  năng"); the span is the spaces."""
    pattern = _DOUBLED_SPACE if "\u00a0" in text else _DOUBLED_ASCII_SPACE
    return [
        TextWarning(DOUBLED_SPACE, "Thừa dấu cách giữa hai từ.", m.start(), m.end())
        for m in pattern.finditer(text)
    ]


_NUMERIC_DATE = re.compile(r"(\d(?<![\d/.-]\d)\d?)([/.-])(\d{1,2})\2(\d{4})(?![\d/])")
# Where a numeric date's first separator can be: a literal first (the regex engine finds the next one as fast
# as `str.find`, where a pattern opening with a digit class tests every character), a digit before it, the
# rest of a date after it. The date itself starts one or two characters before.
_DATE_SEPARATORS = tuple(
    re.compile(re.escape(sep) + rf"(?<=\d{re.escape(sep)})(?=\d{{1,2}}{re.escape(sep)}\d{{4}}(?![\d/]))")
    for sep in "/.-"
)


def _numeric_dates(text: str) -> Iterator[re.Match[str]]:
    """What `_NUMERIC_DATE.finditer(text)` yields, the pattern tried only where `_DATE_SEPARATORS` point.

    No match can start inside another (its every digit but the first follows a digit or a separator), so
    trying those places in order gives the same matches."""
    end = 0
    for separator in heapq.merge(*(p.finditer(text) for p in _DATE_SEPARATORS), key=re.Match.start):
        for start in range(max(end, separator.start() - 2), separator.start()):
            match = _NUMERIC_DATE.match(text, start)
            if match is not None:
                end = match.end()
                yield match
                break


def _date_style(day: str, month: str) -> tuple[bool | None, bool | None]:
    """(day written with a leading zero?, month written with a leading zero?); None when the value ≥ 10."""
    def padded(part: str) -> bool | None:
        return None if int(part) >= 10 else len(part) == 2
    return padded(day), padded(month)


def find_inconsistent_dates(text: str) -> list[TextWarning]:
    """Numeric dates written in more than one style in the same text ("04/1/2024" beside "02/01/2024").

    Nghị định 30/2020/NĐ-CP, Phụ lục I writes day and month below 10 with a leading zero; a text should at least
    be consistent. Reported: a date that mixes styles within itself (day padded, month not, or the reverse),
    and a date whose padding or separator differs from the style most dates of the text use.
    """
    dates = []
    for match in _numeric_dates(text):
        day, sep, month, _year = match.groups()
        if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
            continue
        dates.append((match, sep, _date_style(day, month)))
    if not dates:
        return []
    paddings: Counter[object] = Counter(p for _, _, style in dates for p in style if p is not None)
    separators: Counter[object] = Counter(sep for _, sep, _ in dates)
    usual_padding = _dominant(paddings, ratio=3)
    usual_separator = _dominant(separators)
    warnings = []
    for match, sep, (day_pad, month_pad) in dates:
        mixed_inside = day_pad is not None and month_pad is not None and day_pad != month_pad
        off_padding = usual_padding is not None and any(
            p is not None and p != usual_padding for p in (day_pad, month_pad))
        off_separator = usual_separator is not None and sep != usual_separator
        if mixed_inside or off_padding or off_separator:
            warnings.append(TextWarning(
                INCONSISTENT_DATE_FORMAT,
                f"Ngày “{match.group()}” viết không thống nhất với cách viết ngày tháng trong văn bản "
                f"(nên viết dd/mm/yyyy, ví dụ 04/01/2024).",
                match.start(), match.end(),
            ))
    return warnings


def _dominant(counts: Counter[object], ratio: int = 1) -> object | None:
    """The value used more often than any other and at least `ratio` times as often; None: no usual style."""
    common = counts.most_common(2)
    if not common:
        return None
    value, uses = common[0]
    other = common[1][1] if len(common) == 2 else 0
    return value if uses > other and uses >= ratio * other else None


# A number followed by one to four ký hiệu parts. The separator is mandatory in each repetition, so matching
# stays linear. Spaces around a separator are captured so they can be reported.
_CODE_CANDIDATE = re.compile(
    r"\d(?<![\w/.-]\d)\d{0,5}(?:[ \t]{0,3}[/-]{1,2}[ \t]{0,3}[0-9A-Za-zĐđ.]{1,16}){1,4}(?![\w/-])"
)
# Where a candidate's first separator can be: a literal first, as `_DATE_SEPARATORS`, then a digit and at most
# three blanks before it and the rest of a part after it. The candidate starts at the digits before.
_CODE_SEPARATORS = tuple(
    re.compile(re.escape(sep) + r"(?:(?<=\d.)|(?<=\d[ \t].)|(?<=\d[ \t]{2}.)|(?<=\d[ \t]{3}.))"
               r"(?=[/-]?[ \t]{0,3}[0-9A-Za-zĐđ.])")
    for sep in "/-"
)
_SUSPECT = re.compile(r"[ \t]|[/-][/-]")
_CODE_PART = re.compile(r"[/-]{1,2}|[ \t]+|[^/\s-]+")


def _code_candidates(text: str) -> Iterator[re.Match[str]]:
    """What `_CODE_CANDIDATE.finditer(text)` yields, the pattern tried only at the digits before each of
    `_CODE_SEPARATORS` (a candidate starts a run of at most six digits, its look-behind rejecting a digit
    before it); as in `finditer`, a candidate must start after the previous one ends."""
    end = 0
    for separator in heapq.merge(*(p.finditer(text) for p in _CODE_SEPARATORS), key=re.Match.start):
        digit = separator.start() - 1
        while text[digit] in " \t":
            digit -= 1
        start = digit
        while start > 0 and digit - start < 6 and text[start - 1].isdecimal():  # \d is category Nd: isdecimal
            start -= 1
        if start < end:
            continue
        match = _CODE_CANDIDATE.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def _is_symbol_part(part: str) -> bool:
    """A ký hiệu part: at least two capitals or digits ("QĐ", "UBND", "2023"), or a mixed one like "TTg"."""
    caps = sum(1 for c in part if c.isupper() or c.isdigit())
    return caps >= 2


def _is_code_shape(words: list[str]) -> bool:
    """Number, optional four-digit year, then a ký hiệu with letters: never a date such as 12/12/2023."""
    rest = words[1:]
    if rest and len(rest[0]) == 4 and rest[0].isdigit():
        rest = rest[1:]
    return bool(rest) and any(c.isalpha() for c in rest[0])


def find_malformed_codes(text: str) -> list[TextWarning]:
    """Số, ký hiệu typed with spaces or doubled separators inside ("980 /KH-UBND", "QĐ--UBND").

    Nghị định 30/2020/NĐ-CP, Phụ lục I: the số and ký hiệu are written together, joined by "/" and "-" with no
    space. Only candidates with an "/" and ký hiệu parts made of capitals are considered, so dates
    ("12/12/2023") and ranges ("2021 - 2025") are never reported.
    """
    warnings = []
    for match in _code_candidates(text):
        raw = match.group()
        if "/" not in raw or not _SUSPECT.search(raw):
            continue  # most codes are well formed: skip the closer look
        parts = _CODE_PART.findall(raw)
        words = [p for p in parts if not p.isspace() and p.strip("/-")]
        if len(words) < 2 or not all(_is_symbol_part(w) for w in words[1:]):
            continue
        if not _is_code_shape(words):
            continue
        problem = None
        if any(p.isspace() for p in parts):
            problem = "có dấu cách"
        elif any(len(p) == 2 and set(p) <= {"/", "-"} for p in parts):
            problem = "có dấu phân cách lặp"
        if problem:
            compact = re.sub(r"([/-])[/-]", r"\1", "".join(p for p in parts if not p.isspace()))
            warnings.append(TextWarning(
                MALFORMED_CODE,
                f"Số, ký hiệu “{raw}” {problem}; cách viết đúng liền nhau, ví dụ “{compact}”.",
                match.start(), match.end(),
            ))
    return warnings


def find_text_issues(text: str) -> list[TextWarning]:
    """Every text-level finding of this module, ordered by position."""
    warnings = (
        find_words_run_together(text) + find_doubled_spaces(text)
        + find_inconsistent_dates(text) + find_malformed_codes(text)
    )
    return sorted(warnings, key=lambda w: (w.start, w.end, w.code))
