"""Số/ký hiệu of documents: finding and canonicalizing codes, and the type a ký hiệu or a name denotes.

Forms (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3 and Luật Ban hành văn bản QPPL 2015, Điều 8):
administrative "03/CT-UBND", Công văn "02/UBND-KT" (no type part), normative with the year
"18/2023/NQ-HĐND", and the Party's "19-KH/BCĐ" (Hướng dẫn 36-HD/VPTW).
The type tables live in `chidao/data/document_types.yaml`.

Speed: `find_codes` looks for the "/" or dash that follows a code's number (rarer than digits) and tries the
full patterns only at the number before each; `TYPE_NAME_PATTERN` groups the names by first letter, because the
regex engine cannot skip a case-insensitive alternative by its first letter.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import yaml

from chidao.text.normalize import fold
from chidao.text.types import DocCode

__all__ = [
    "find_codes", "parse_code", "type_for_symbol", "symbol_names_type", "canonical_type", "TYPE_NAME_PATTERN",
    "TYPE_NAME_MAX_LENGTH",
]

_DATA = Path(__file__).resolve().parent.parent / "data" / "document_types.yaml"


@lru_cache(maxsize=1)
def _types() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return loaded


# --- the code pattern ----------------------------------------------------------------------------
# Every quantifier is bounded and possessive, so a match attempt costs a constant amount of work
# and a whole text is scanned in linear time (no catastrophic backtracking on "1/1/1/…").
_L = "A-Za-zĐđ"
# "&" inside a part: "515/KH-BCA-BNN&MT", also printed "15972/SXD-QLN& TTBĐS".
_PART = rf"[{_L}][{_L}0-9.&]{{0,11}}+(?:(?<=&) (?=[A-ZĐ])[{_L}0-9.&]{{1,11}}+)?+"
_DASH = "[-\u2010\u2011\u2012\u2013]"  # printed hyphens: ASCII, Unicode hyphens, en-dash
# A stray space after a dash ("92/2009/TT- BTC"), only before a whole capitalised part: "02/UBND-KT- Sở"
# keeps "02/UBND-KT".
_SPACED = rf"[ \n](?=[A-ZĐ][{_L}0-9.&]{{0,11}}(?![\w&]))"  # also a line broken after the dash
# A space before a dash ("127/TTr - HĐQT", "3565 /QĐ -UBND") joins only a part in capitals, as a ký hiệu's
# parts are (and "TTg", the Prime Minister's: "153/2006/QĐ - TTg"): "02/UBND-KT - Sở Nội vụ" keeps "02/UBND-KT".
_SPACED_BOTH = rf" (?={_DASH} ?(?:TTg|[A-ZĐ][A-ZĐ0-9&]{{1,11}})(?![\w&]))"
_SYMBOL = rf"{_PART}(?:(?:{_SPACED_BOTH})?{_DASH}(?:{_SPACED})?{_PART}){{0,5}}+"
_SP = "[ \u00a0]?"  # "02 /UBND-KT": at most one stray space around the slash
# After the slash or a Party code's dash, a PDF's text layer may break the line ("71-" / "NQ/TW", "số 119/2026/" /
# "UBTVQH15"): a stray space, then at most one line break.
_SP_BREAK = "[ \u00a0]?(?:\n[ \u00a0]?)?"
# The number: its first digit, then a look back at the character before that digit. Putting the digit
# first (rather than a look-behind) lets the regex engine skip to the next digit at C speed.
# "66.7/2025/NQ-CP", "30a/2008/NQ-CP" and "30c/NQ-CP" (a letter after the number); a firm's own numbering
# "25-2303/PBHC-KD", "0825-05/HW-TCHQ" (its second run of digits is read only before a "/" and a ký hiệu, so a
# Party code "19-KH/BCĐ" and a span of years are not taken).
# ("Km0+300/QL.24C": a road's mark; "QCVN 01:2024/BYT": a technical regulation's number and year, not a code)
_NUMBER = (r"(\d(?:(?<=[Ss]ố\d)|(?<=[Ss]ố:\d)|(?<![\w/.+:\-\u2010-\u2013]\d))\d{0,7}"
           r"(?:\.\d{1,2}(?=/(?:19|20)\d\d/)|-\d{1,4}(?=/[A-ZĐ]{2})|[a-e](?=/))?+)")
# A year run into the ký hiệu ("49/2025TT-BCT"): only before a type part in capitals and its hyphen.
_RUN_IN = rf"(?=[A-ZĐ]{{1,4}}{_DASH})"
_STATE = re.compile(
    rf"{_NUMBER}{_SP}/{_SP}(?:((?:19|20)\d\d)(?:{_SP}/{_SP_BREAK}|{_RUN_IN}))?+({_SYMBOL})(?!\w)"
)
_PARTY = re.compile(rf"{_NUMBER}{_SP}{_DASH}{_SP_BREAK}({_PART}){_SP}/{_SP}({_SYMBOL})(?!\w)")
_DASHES = re.compile(_DASH)
_LEADING_DIGITS = re.compile(r"\d+")


# A drafting unit's own mixed-case abbreviation ("KTr2", as "TTr", "CTr" are): capitals, each small letter
# right after a capital, at least two capitals. A word ("Ban", "Do") has a small letter after a small one
# or one capital only.
_MIXED_CASE_PART = re.compile(r"(?=(?:[^A-ZĐ]*[A-ZĐ]){2})(?:[A-ZĐ][a-zđ]?|[0-9.&])+")


@lru_cache(maxsize=1)
def _mixed_parts() -> dict[str, str]:
    return {p.upper(): p for p in _types()["mixed_case_parts"]}


def _canonical_part(part: str) -> str | None:
    """Upper-case a ký hiệu part, keeping the known mixed-case ones ("TTg"); None if it is a word."""
    upper = part.upper()
    mixed = _mixed_parts().get(upper)
    if mixed:
        return mixed
    return part if part == upper or _MIXED_CASE_PART.fullmatch(part) else None  # "1/Ban …" is prose


def _canonical_symbol(symbol: str) -> str | None:
    parts = []
    for raw in _DASHES.split(symbol):
        part = _canonical_part(raw)
        if part is None:
            return None
        parts.append(_UNACCENTED.get(part, part))
    return "-".join(parts)


# Parts typed without their Đ ("103/2024/ND-CP"): no ký hiệu uses these ASCII forms on purpose.
_UNACCENTED = {"ND": "NĐ", "QD": "QĐ", "HDND": "HĐND"}


def _state_code(m: re.Match[str]) -> DocCode | None:
    number, year, raw_symbol = m.group(1), m.group(2), m.group(3)
    trimmed = raw_symbol.rstrip(".")
    symbol = _canonical_symbol("".join(trimmed.split()))
    if not symbol or not any(ch.isalpha() for ch in symbol):
        return None
    if number[-1].isalpha() and not year and "-" not in symbol:
        return None  # "30c/NQ-CP" is a code; "phòng 4b/A" is an address
    end = m.end() - (len(raw_symbol) - len(trimmed))
    if year and "-" not in symbol:
        symbol = _hyphenated_normative(symbol)
    elif "-" not in symbol:
        symbol, end = _misprinted_issuer(m.string, symbol, end)
    code = f"{number}/{year}/{symbol}" if year else f"{number}/{symbol}"
    return DocCode(code, int(_LEADING_DIGITS.match(number).group()), int(year) if year else None, symbol,
                   m.start(), end)


# A type's abbreviation and its issuer's printed with a slash for the hyphen ("31/CĐ/TTg") or run together
# ("832/QĐUBND"): the ký hiệu the page meant.
_ISSUER_AFTER_SLASH = re.compile(r"/(TTg|UBND|HĐND|BCĐ|VPCP|CP)(?![\w/])")
_GLUED_ISSUERS = ("UBND", "HĐND", "TTg", "VPCP", "BCĐ")


def _misprinted_issuer(text: str, symbol: str, end: int) -> tuple[str, int]:
    """`symbol` (a ký hiệu without a hyphen, ending at `end`) as meant, and where it ends."""
    state, _ = _abbreviations()
    if symbol.upper() in state and (slash := _ISSUER_AFTER_SLASH.match(text, end)) is not None:
        return f"{symbol}-{slash.group(1)}", slash.end()
    issuer = next((i for i in _GLUED_ISSUERS if symbol.endswith(i) and symbol[:-len(i)].upper() in state), None)
    if issuer is not None:
        return f"{symbol[:-len(issuer)]}-{issuer}", end
    return symbol, end


def _hyphenated_normative(symbol: str) -> str:
    """A normative ký hiệu printed without its hyphen, hyphenated ("NĐCP" → "NĐ-CP", "TTBYT" → "TT-BYT").

    A normative code is always type-issuer ("118/2025/NĐ-CP"), except the Quốc hội's ("59/2020/QH14"), so a
    ký hiệu that runs a normative type into two or more capitals lost its hyphen in print. One-letter types
    ("L", Lệnh) are left alone: too many ký hiệu begin with that letter.
    """
    for abbr in _normative_abbreviations():
        rest = symbol[len(abbr):]
        if symbol.upper().startswith(abbr) and len(rest) >= 2 and rest[0].isalpha():
            part = _canonical_part(rest)
            if part is not None:
                return f"{abbr}-{part}"
    return symbol


@lru_cache(maxsize=1)
def _normative_abbreviations() -> tuple[str, ...]:
    """The normative types' abbreviations, upper-case, longest first ("TTLT" before "TT")."""
    names = {e["abbr"].upper() for e in _types()["normative"] if e["abbr"] and len(e["abbr"]) > 1}
    return tuple(sorted(names, key=len, reverse=True))


_TITLED_ISSUER = re.compile(r"[A-ZĐ][a-zđ]")


@lru_cache(maxsize=1)
def _party_abbreviations() -> frozenset[str]:
    return frozenset(e["abbr"] for e in _types()["party"] if e.get("abbr"))


def _party_code(m: re.Match[str]) -> DocCode | None:
    number, kind, raw_issuer = m.group(1), m.group(2), m.group(3)
    trimmed = raw_issuer.rstrip(".")
    kind_c = _canonical_part(kind.rstrip("."))
    issuer = _canonical_symbol("".join(trimmed.split()))
    if issuer is None and kind_c in _party_abbreviations() and _TITLED_ISSUER.fullmatch(trimmed):
        issuer = trimmed.upper()  # "104-CTr/Tu": a committee's two capitals typed as a word ("TU", Tỉnh ủy)
    if not kind_c or not issuer or "." in kind:
        return None
    symbol = f"{kind_c}/{issuer}"
    end = m.end() - (len(raw_issuer) - len(trimmed))
    return DocCode(f"{number}-{symbol}", int(number), None, symbol, m.start(), end)


# Every code has a "/" (state) or a dash (Party) right after its number, maybe after one space; those
# characters are much rarer than digits, so the scan looks for them and tries the full pattern only at the
# start of the number before each. Literal-first patterns let the regex engine skip ahead at C speed.
# The hint also looks at what follows: a letter starts the ký hiệu, maybe after a year ("18/2023/NQ-HĐND"); so
# dates ("12/12/2023") and ranges ("2021-2025") are passed over at C speed too.
_STATE_HINT = re.compile(
    rf"/(?={_SP}(?:[{_L}]|(?:19|20)\d\d(?:{_SP}/{_SP_BREAK}[{_L}]|{_RUN_IN})))(?:(?<=\d/)|(?<=\d[ \u00a0a-e]/))"
)
_PARTY_HINT = re.compile(rf"{_DASH}(?={_SP_BREAK}[{_L}])(?:(?<=\d.)|(?<=\d[ \u00a0].))")
# Most texts print only the ASCII hyphen: then a literal "-" starts the hint, which the engine finds faster.
_ASCII_PARTY_HINT = re.compile(rf"-(?={_SP_BREAK}[{_L}])(?:(?<=\d.)|(?<=\d[ \u00a0].))")
_UNICODE_DASHES = "\u2010\u2011\u2012\u2013"


def _finditer(pattern: re.Pattern[str], hint: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields, trying `pattern` only at the numbers that `hint` points at.

    A match starts a run of digits (its look-behind rejects a digit before it), so the run before each hint
    is the only place one can start; as in `finditer`, a match must start after the previous one ends.
    """
    last_end = 0
    for h in hint.finditer(text):
        j = h.start() - 1
        if not text[j].isdecimal():
            j -= 1  # the one space allowed before the separator
        k = j
        while k > 0 and j - k < 8 and text[k - 1].isdecimal():  # \d is Unicode category Nd: isdecimal
            k -= 1
        if k > 1 and text[k - 1] in ".-" and text[k - 2].isdecimal():  # "66.7/2025/…", "25-2303/…"
            k -= 1
            while k > 0 and text[k - 1].isdecimal():
                k -= 1
        if k < last_end:
            continue
        m = pattern.match(text, k)
        if m is not None:
            last_end = m.end()
            yield m


def find_codes(text: str) -> list[DocCode]:
    """Every số/ký hiệu in `text`, in order, canonicalized ("02 /UBND-KT" → "02/UBND-KT").

    Canonical form: printed digits kept (numbers below 10 are printed "03", Nghị định 30/2020/NĐ-CP,
    Phụ lục I, Phần I, mục II.3.c), no spaces, ASCII hyphen, ký hiệu upper-case except the
    mixed-case parts of the data file ("QĐ-TTg"); Party codes keep their "19-KH/BCĐ" shape.
    Runs in linear time.
    """
    found: list[DocCode] = []
    party_hint = _PARTY_HINT if any(dash in text for dash in _UNICODE_DASHES) else _ASCII_PARTY_HINT
    for pattern, hint, build in ((_STATE, _STATE_HINT, _state_code), (_PARTY, party_hint, _party_code)):
        for m in _finditer(pattern, hint, text):
            code = build(m)
            if code is not None:
                found.append(code)
    found.sort(key=lambda c: c.start)
    result: list[DocCode] = []
    for code in found:
        if result and code.start < result[-1].end:
            continue
        result.append(code)
    return result


_SO_PREFIX = re.compile(r"^\s*(?:(?i:số|so)\s*:?\s*)?")


def parse_code(s: str) -> DocCode | None:
    """Parse one code ("13/2023/TT-BKHĐT", "Số: 03/CT-UBND", "19-KH/BCĐ"); None if `s` is not exactly one.

    Offsets are into `s`.
    """
    s = unicodedata.normalize("NFC", s)
    start = _SO_PREFIX.match(s)
    begin = start.end() if start else 0
    codes = find_codes(s)
    if len(codes) != 1 or codes[0].start != begin or s[codes[0].end :].strip(" .,;") != "":
        return None
    return codes[0]


# --- types ---------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[dict[str, str], dict[str, str]]:
    """(state abbreviations, Party abbreviations), keys upper-case."""
    data = _types()
    state: dict[str, str] = {}
    for group in ("normative", "administrative", "consolidated", "licences"):
        for entry in data[group]:
            if entry["abbr"]:
                state.setdefault(entry["abbr"].upper(), entry["name"])
    for abbr, name in data["legacy_abbreviations"].items():
        state.setdefault(abbr.upper(), name)
    party = {e["abbr"].upper(): e["name"] for e in data["party"] if e["abbr"]}
    return state, party


_PARLIAMENT = re.compile(r"(?:UBTV)?QH\d*$")


def type_for_symbol(symbol: str, year: int | None = None) -> str | None:
    """The canonical tên loại a ký hiệu denotes ("CT-UBND" → "Chỉ thị", "UBND-KT" → "Công văn").

    Accepts a bare ký hiệu or a whole code (then its year is used). A ký hiệu without a type
    part is a Công văn (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3.b); a normative one
    without a type part ("59/2020/QH14": Luật or Nghị quyết of the Quốc hội) is ambiguous: None.
    """
    parsed = parse_code(symbol)
    if parsed is not None:
        symbol, year = parsed.symbol, parsed.year
    symbol = _DASHES.sub("-", symbol.strip())
    state, party = _abbreviations()
    if "/" in symbol:
        return party.get(symbol.split("/", 1)[0].upper())
    parts = symbol.upper().split("-")
    first = parts[0]
    collisions = _types().get("issuer_collisions") or {}
    if len(parts) > 1 and parts[1] in collisions.get(first, ()):
        return "Công văn"
    if first in state:
        return state[first]
    if year is not None or _PARLIAMENT.match(first):
        return None  # "59/2020/QH14", "QH15": a Luật or a Nghị quyết of the Quốc hội
    return "Công văn" if first else None


@lru_cache(maxsize=1)
def _symbol_named_types() -> dict[str, str]:
    """Type abbreviations marked `symbol_names_type` in the data file, upper-case, with their type."""
    data = _types()
    return {entry["abbr"].upper(): entry["name"] for group in ("normative", "administrative", "consolidated")
            for entry in data[group] if entry.get("symbol_names_type") and entry["abbr"]}


def symbol_names_type(symbol: str) -> str | None:
    """The type a ký hiệu names whatever type name the document prints, or None (the printed name decides).

    A văn bản hợp nhất ("97/VBHN-BQP", "VBHN-BQP") prints the name of the document it consolidates, but its
    ký hiệu makes it a "Văn bản hợp nhất" (Pháp lệnh Hợp nhất văn bản quy phạm pháp luật, 01/2012/UBTVQH13).
    """
    parsed = parse_code(symbol)
    bare = parsed.symbol if parsed is not None else symbol.strip()
    if "/" in bare:
        return None  # a Party ký hiệu ("19-KH/BCĐ"): its printed name decides
    return _symbol_named_types().get(_DASHES.split(bare, 1)[0].upper())


def _new_style(name: str) -> str:
    """The other tone placement of a name ("Giấy ủy quyền" → "Giấy uỷ quyền"), for printed variants."""

    def move(m: re.Match[str]) -> str:
        first, second = m.group(1), m.group(2)
        base, *marks = unicodedata.normalize("NFD", first)
        return base + unicodedata.normalize("NFC", second + "".join(marks))

    return re.sub(r"([òóỏõọùúủũụ])([aey])(?![^\W\d_])", move, name)


_NAME_GROUPS = ("normative", "administrative", "consolidated", "licences", "party")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    data = _types()
    names: dict[str, str] = {}
    for group in _NAME_GROUPS:
        for entry in data[group]:
            names[fold(entry["name"])] = entry["name"]
    for name in data["legacy_abbreviations"].values():
        names[fold(name)] = name
    return names


def _build_type_name_pattern() -> str:
    data = _types()
    variants: set[str] = set()
    for group in _NAME_GROUPS:
        for entry in data[group]:
            variants.add(entry["name"])
            variants.add(_new_style(entry["name"]))
    ordered = sorted(variants, key=lambda n: (-len(n), n))
    return rf"(?<![^\W\d_])(?:{_factored(ordered)})(?![^\W\d_])"


def _longest_type_name() -> int:
    data = _types()
    return max(len(n) for g in _NAME_GROUPS for e in data[g] for n in (e["name"], _new_style(e["name"])))


def _factored(ordered: list[str]) -> str:
    """The alternation of `ordered` (tried in that order), grouped by first letter: "C(?:hỉ thị|ông văn)|…".

    With re.IGNORECASE the regex engine cannot skip an alternative by its first letter, so a flat list of
    forty names costs forty attempts at every position; grouped, it costs one per first letter. Names of
    different groups never match at the same place, and inside a group the order is kept: same matches.
    """
    groups: dict[str, list[str]] = {}
    for name in ordered:
        groups.setdefault(name[0].lower(), []).append(name)

    def escape(name: str) -> str:
        return re.escape(name).replace(r"\ ", r"[ \u00a0\n]")  # a name hard-wrapped: "Thông\nbáo"

    parts = []
    for names in groups.values():
        if len({n[0] for n in names}) == 1 and all(len(n) > 1 for n in names):
            parts.append(re.escape(names[0][0]) + "(?:" + "|".join(escape(n[1:]) for n in names) + ")")
        else:
            parts.append("(?:" + "|".join(escape(n) for n in names) + ")")
    return "|".join(parts)


TYPE_NAME_PATTERN: str = _build_type_name_pattern()
"""Regular expression (a string; compile it with re.IGNORECASE) matching a printed tên loại."""
TYPE_NAME_MAX_LENGTH: int = _longest_type_name()
"""The most characters a match of `TYPE_NAME_PATTERN` spans (a search for one ending at a known place can start
that far back)."""

_SPACES = re.compile(r"\s+")
_QUALIFIER = re.compile(r"\s*\([^)]{0,40}\)\s*$")


def canonical_type(name: str) -> str | None:
    """Map a printed tên loại ("CÔNG VĂN", "công văn", "Chỉ thị số") to its canonical name, or None."""
    cleaned = _QUALIFIER.sub("", name)  # "Nghị quyết (cá biệt)"
    key = _SPACES.sub(" ", fold(cleaned)).strip(" :")
    if key.endswith(" so"):
        key = key[: -len(" so")].strip()
    return _names().get(key)
