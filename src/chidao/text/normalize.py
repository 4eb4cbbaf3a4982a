"""Text normalization: NFC, one place for tone marks, folding for matching, legacy font encodings.

`fold` is the one folding function the whole project uses for matching and search.

Speed: `canonical_tones` (inside every `fold`) first checks with a class-first pattern that the text has an
"o" or "u" before a toned vowel at all; most strings do not, and skip the full pattern.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from chidao.text.types import TextWarning

__all__ = ["Prepared", "prepare", "fold", "canonical_tones", "clean", "detect_legacy_encoding", "convert_legacy"]


@dataclass
class Prepared:
    """The text every engine function works on (offsets point into `.text`) and what was done to it."""

    text: str
    warnings: list[TextWarning] = field(default_factory=list)


# --- tone-mark placement -------------------------------------------------------------------------

# Syllables ending in the open diphthongs "oa", "oe", "uy" are written two ways: "hòa"/"hoà",
# "khỏe"/"khoẻ", "thủy"/"thuỷ" (Quyết định 240/1984 and usage since). We keep the tone on the first
# vowel (the form of most legal texts). Only open syllables: "hoàn", "khoẻ" → closed ones keep
# the mark on the second vowel in both styles. "qu" is a consonant ("quý" keeps its mark on y).
_LETTER = r"[^\W\d_]"
_TONED_TAIL = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ"
_OPEN_DIPHTHONG = re.compile(
    rf"(?<!{_LETTER})([bcdđghklmnprstvxBCDĐGHKLMNPRSTVX]{{0,3}})([oOuU])([{_TONED_TAIL}])(?!{_LETTER})"
)
_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}
_TONED_PAIR = re.compile(f"[oOuU][{_TONED_TAIL}]")  # what every `_OPEN_DIPHTHONG` match contains


def _move_tone(match: re.Match[str]) -> str:
    onset, first, second = match.group(1), match.group(2), match.group(3)
    base, *marks = unicodedata.normalize("NFD", second)
    if (first.lower(), base.lower()) not in _PAIRS or onset.lower().endswith("q") or not marks:
        return match.group(0)
    toned_first = unicodedata.normalize("NFC", first + "".join(marks))
    return onset + toned_first + base


def canonical_tones(s: str) -> str:
    """Put tone marks in one canonical place ("hoà" → "hòa", "thuỷ" → "thủy", "khoẻ" → "khỏe").

    The input is NFC-normalized first; the result has the same length as that NFC text, so
    offsets found in the result point at the same characters of the NFC text.
    """
    s = unicodedata.normalize("NFC", s)
    if not _TONED_PAIR.search(s):
        return s  # most strings have no "o"/"u" before a toned vowel: skip the slower full pattern
    return _OPEN_DIPHTHONG.sub(_move_tone, s)


# --- folding -------------------------------------------------------------------------------------


class _FoldTable(dict[int, str | None]):
    """str.translate table built lazily: each character → lower-case base letter, marks dropped."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        if ch in "đĐ":
            value: str | None = "d"
        elif unicodedata.combining(ch):
            value = None
        else:
            decomposed = unicodedata.normalize("NFD", ch)
            base = "".join(c for c in decomposed if not unicodedata.combining(c))
            value = base.lower() if base else None
        self[code] = value
        return value


_FOLD = _FoldTable()


def fold(s: str) -> str:
    """Lower-case, diacritics removed, đ → d (after `canonical_tones`): the project's one folding.

    For NFC Vietnamese text the result has the same length as the input.
    """
    return canonical_tones(s).translate(_FOLD)


_VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵdđ"
)


_NEXT_LINE = r"[ \t]{0,3}\n[ \t]{1,40}"


def compile_across_lines(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` with each `\\s{1,3}` and `\\s{0,3}` of `pattern` (a few blanks between two
    words) also taking a line break and the next line's indentation: a PDF's text laid out as on the page
    indents every line, and a phrase wraps anywhere."""
    for blanks in (r"\s{1,3}", r"\s{0,3}"):
        pattern = pattern.replace(blanks, f"(?:{blanks}|{_NEXT_LINE})")
    return re.compile(pattern, flags)


# One lower-case letter of Vietnamese text. (A range such as "à-ỹ" would also take the capitals that Unicode
# interleaves with the small letters in its Latin Extended Additional block: "Ủ", "Ấ".)
LOWER_LETTER = "[" + "".join(sorted(set(_VIETNAMESE_LETTERS + "bcfghjklmnpqrstvwxz"))) + "]"


@lru_cache(maxsize=None)
def _marked_variants() -> dict[str, str]:
    variants: dict[str, str] = {}
    for ch in _VIETNAMESE_LETTERS + _VIETNAMESE_LETTERS.upper():
        variants[fold(ch)] = variants.get(fold(ch), "") + ch
    return variants


def any_marks(phrase: str, blank: str = r"\s{0,3}") -> str:
    """A regular expression (source) matching `phrase` whatever marks its letters carry or lack: a scan read
    by OCR prints "CONG HOA XÃ HOI" for "CỘNG HÒA XÃ HỘI", "thang" or "thắng" for "tháng". Each letter matches
    every Vietnamese letter of the same base, in either case; each blank matches `blank`."""
    variants = _marked_variants()
    parts = []
    for ch in phrase:
        if ch.isspace():
            parts.append(blank)
        elif fold(ch) in variants:
            parts.append(f"[{variants[fold(ch)]}]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


# --- whitespace repair ---------------------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,;:.!?)])")
_BLANK_LINES = re.compile(r"\n{3,}")


def _joins_next(line: str, following: str) -> bool:
    """A hard line break inside a sentence: the line does not end a sentence, the next starts lower-case."""
    if not line or not following:
        return False
    if line[-1] in ".:;!?…" or line.endswith("./."):
        return False
    return following[0].islower()


_HEADLINE_MAX = 250


def ends_a_headline(line: str, following: str) -> bool:
    """Whether `line`, a text's first line, is its headline though no mark ends it ("Phú Yên khẩn trương ngăn
    chặn tàu cá vi phạm" over the first paragraph): it is short, is not a numbered item, ends in a word a wrapped
    line never ends with nor in a title, and the next line starts with a capital."""
    line = line.strip()
    if not line or not following or len(line) > _HEADLINE_MAX or line[-1] in ".:;,!?…-–" or ";" in line \
            or _ITEM_START.match(line) or not following[0].isupper():
        return False
    last = line.rpartition(" ")[2]
    # a capitalised last word may be a name broken over the line ("Đài" / "Khí tượng Thủy văn tỉnh")
    # ("… trong mùa khô 2011": a year may end it)
    return (last.islower() or last.isdigit() and len(last) == 4) and last not in _NEVER_LAST \
        and not _TITLE_LAST.search(line)


def clean(s: str) -> str:
    """Repair broken whitespace for display: NBSP and tabs, doubled spaces, in-sentence line breaks.

    Paragraph breaks (blank lines) are kept; zero-width characters and soft hyphens are removed.
    """
    s = unicodedata.normalize("NFC", s).replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    lines = [_SPACES.sub(" ", line).strip() for line in s.split("\n")]
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line and _joins_next(out[-1], line):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    text = "\n".join(out)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


# --- legacy encodings (TCVN3/ABC, VNI-Windows) ---------------------------------------------------


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, str]]:
    data = (Path(__file__).resolve().parent.parent / "data" / "legacy_encodings.yaml").read_text(encoding="utf-8")
    loaded: dict[str, dict[str, str]] = yaml.safe_load(data)
    return loaded


# Characters U+0102..U+1EF9 that only proper Unicode Vietnamese uses (ă, đ, ơ, ư, ạ … ỹ).
_UNICODE_VIETNAMESE = re.compile(
    r"[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)
# TCVN3 puts its commonest letters (á à ả ã ạ ă â ê ô ơ ư đ …) on the latin-1 symbols U+00A1..U+00BF,
# which VNI never uses. VNI writes a vowel followed by a modifier letter ("eä" = ệ, "aø" = à) and
# ư, đ as "ö", "ñ"; only vowel + modifier pairs whose modifier is not itself a Vietnamese letter
# count as evidence (a lone "ñ" or "ö" is also a TCVN3 letter).
_TCVN3_MARKERS = "\u00a1-\u00bf"
_VNI_MODIFIERS = "øûïåäëüØÛÏÅÄËÜ"
_VNI_VOWELS = frozenset("aeiouyAEIOUY")
# Both kinds of evidence in one pass: a character class the regex engine skips to at C speed (these are rare
# in Unicode text); a VNI modifier then counts when a vowel stands before it.
_LEGACY_MARKERS = re.compile(f"[{_TCVN3_MARKERS}{_VNI_MODIFIERS}]")
_MIN_MARKERS = 2
_NON_LETTERS = re.compile(r"[\W\d_]+")


def detect_legacy_encoding(s: str) -> str | None:
    """Return "tcvn3" or "vni" when `s` looks like TCVN3 (ABC) or VNI-Windows text read as cp1252.

    Text that already uses Unicode Vietnamese letters is never reported.
    """
    tcvn, vni = _legacy_marker_counts(s)
    best, score = ("tcvn3", tcvn) if tcvn >= vni else ("vni", vni)
    if score < _MIN_MARKERS:
        return None
    unicode_letters = 0
    for _ in _UNICODE_VIETNAMESE.finditer(s):
        unicode_letters += 1
        if unicode_letters * 5 > score:
            return None  # real Unicode Vietnamese with a few stray symbols
    letters = len(_NON_LETTERS.sub("", s))
    if score * 50 < letters:
        return None  # fewer than 2 % of the letters: stray symbols in a foreign text
    return best


def _legacy_marker_counts(s: str) -> tuple[int, int]:
    """(TCVN3 symbols, VNI vowel + modifier pairs) in `s`: the counts of "[\u00a1-\u00bf]" and of
    "[aeiouyAEIOUY][øûïåäëüØÛÏÅÄËÜ]" (no modifier is a vowel, so no two pairs overlap)."""
    tcvn = vni = 0
    for marker in _LEGACY_MARKERS.finditer(s):
        at = marker.start()
        if s[at] <= "\u00bf":
            tcvn += 1
        elif at and s[at - 1] in _VNI_VOWELS:
            vni += 1
    return tcvn, vni


def _vni_pattern() -> re.Pattern[str]:
    keys = sorted(_tables()["vni"], key=lambda k: (-len(k), k))
    return re.compile("|".join(re.escape(k) for k in keys))


_VNI_RE: re.Pattern[str] | None = None


def convert_legacy(s: str, encoding: str) -> str:
    """Convert TCVN3 ("tcvn3") or VNI-Windows ("vni") text, as decoded from cp1252, to NFC Unicode."""
    global _VNI_RE
    if encoding == "tcvn3":
        table = str.maketrans(_tables()["tcvn3"])
        return unicodedata.normalize("NFC", s.translate(table))
    if encoding == "vni":
        if _VNI_RE is None:
            _VNI_RE = _vni_pattern()
        vni = _tables()["vni"]
        return unicodedata.normalize("NFC", _VNI_RE.sub(lambda m: vni[m.group(0)], s))
    raise ValueError(f"unknown legacy encoding: {encoding!r}")


_LEGACY_MESSAGES = {
    "tcvn3": "Văn bản dùng bảng mã TCVN3 (ABC) cũ; đã chuyển sang Unicode.",
    "vni": "Văn bản dùng bảng mã VNI-Windows cũ; đã chuyển sang Unicode.",
}


# (a pattern, not str.translate: translating looks every character up in a dict, several times slower)
_ODD_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


# A text whose every line stands alone between blank lines (some converters of PDF and scans print each
# printed line as a paragraph): a blank line before a lower-case word only wraps the sentence, and so does
# one after a line that fills the page's width without ending a sentence, unless the next line opens an item.
_SPACED_CONTINUATION = re.compile(rf"\n[ \t]*\n(?=[ \t]*{LOWER_LETTER}(?![a-zđ]?[).]))")
# the blank line after a line that does not end a sentence (the only ones the other rules look at)
_SPACED_UNENDED = re.compile(r"(?<![.;:!?\s])[ \t]*\n[ \t]*\n")
_ITEM_START = re.compile(r"[ \t]*(?:[-+•*–|]|\d+(?:\.\d+)*[.):]|[a-zđ][).]|[IVXL]+[.)]|(?:Điều|Chương|Mục|Phần)\s)")
# words that never end a sentence: a line ending in one is wrapped, however short (a paragraph's first line)
_NEVER_LAST = frozenset("của và với các những về tại theo cho để trong từ đến số ngày là được bị hoặc do "
                        "vào bằng đối".split())
# a title printed at a line's end with its body on the next ("Chánh Văn phòng" / "Ủy ban nhân dân tỉnh")
_TITLE_LAST = re.compile(r"(?:Văn phòng|Giám đốc|Chủ tịch|Thủ trưởng|Trưởng ban)$")
_ORGAN_NEXT = re.compile(r"[ \t]*(?:Ủy ban|Uỷ ban|UBND|Sở|Bộ|Ban|Cục|Công an|Văn phòng|Trung tâm|Hội đồng)\b")
_SPACED_SHARE = 0.6  # of the text's line breaks, those that stand in pairs around a blank line
_SPACED_MIN_LINES = 12
_WRAP_SLACK = 12  # a full line stops this many characters short of the width at most (one long word)
_WRAP_MIN_LINES = 8


def _join_spaced_lines(text: str) -> str:
    """Such a text with the blank line of every wrapped sentence made blanks, one character for one."""
    breaks = text.count("\n")
    if breaks < _SPACED_MIN_LINES or text.count("\n\n") * 2 < breaks * _SPACED_SHARE:
        return text
    text = _SPACED_CONTINUATION.sub(_as_blanks, text)
    full = _full_line_length(text)
    return _SPACED_UNENDED.sub(lambda m: _wrap_or_break(text, m, full), text)


def _as_blanks(match: re.Match) -> str:
    return " " * (len(match.group()) - 1) + "\n"


def _wrap_or_break(text: str, match: re.Match, full: int | None) -> str:
    blanks = _as_blanks(match)
    line = text[text.rfind("\n", 0, match.start()) + 1:match.start()].rstrip()
    if line.rpartition(" ")[2].lower() in _NEVER_LAST and not _ITEM_START.match(text, match.end()):
        return blanks
    if _TITLE_LAST.search(line) and _ORGAN_NEXT.match(text, match.end()):
        return blanks
    if full is not None and len(line) >= full - _WRAP_SLACK and not _ITEM_START.match(text, match.end()):
        return blanks
    return match.group()


def _full_line_length(text: str) -> int | None:
    """The width a text is wrapped at: the longest length that the most long lines come close to; None
    when its lines do not bunch so (each paragraph printed on one line)."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if len(line.rstrip()) >= 40)
    best, width = 0, None
    for index, length in enumerate(lengths):
        near = index - bisect.bisect_left(lengths, length - _WRAP_SLACK + 2) + 1
        if near >= best:
            best, width = near, length
    if best < _WRAP_MIN_LINES or best * 3 < len(lengths):
        return None
    return width




def prepare(raw: str) -> Prepared:
    """NFC-normalize `raw`, make its no-break and typographic spaces plain ones, read the blank line of a
    wrapped sentence as blanks where every line is printed between blank lines, and convert legacy TCVN3/VNI
    text; every offset the engine reports is into `.text`.

    A conversion is reported as a warning (`legacy-encoding-tcvn3`, `legacy-encoding-vni`).
    """
    # a no-break or typographic space (text copied from a web page or a word processor) is one blank to
    # every pattern; both changes put one character for one, so offsets still point into the NFC text
    text = _join_spaced_lines(_ODD_SPACES.sub(" ", unicodedata.normalize("NFC", raw)))
    warnings: list[TextWarning] = []
    encoding = detect_legacy_encoding(text)
    if encoding:
        text = convert_legacy(text, encoding)
        warnings.append(TextWarning(f"legacy-encoding-{encoding}", _LEGACY_MESSAGES[encoding], 0, len(text)))
    return Prepared(text=text, warnings=warnings)
