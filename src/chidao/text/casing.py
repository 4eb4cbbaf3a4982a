"""Names and trích yếu printed in capitals, put back in readable case.

Nghị định 30/2020/NĐ-CP, Phụ lục I prints the issuing body (mục II.2), the trích yếu (mục II.5) and the
signer's title (mục II.7) in capitals; records keep them in ordinary Vietnamese case, where only the first
word, proper nouns (provinces, "Chính phủ", "Đảng", lunar years), organ names ("Sở Tài chính") and
abbreviations ("HĐND", "TTHC") keep capitals (Nghị định 30/2020/NĐ-CP, Phụ lục II: viết hoa).

Speed: the proper phrases are indexed by their first word, so each word is compared only with the phrases
that can start there.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from functools import lru_cache
from importlib import resources

import yaml

from chidao.text.normalize import fold

# Longer phrases first: the first that matches at a position wins.
_PHRASES = {
    "thủ tướng chính phủ": "Thủ tướng Chính phủ", "phó thủ tướng": "Phó Thủ tướng", "chính phủ": "Chính phủ",
    "quốc hội": "Quốc hội", "việt nam": "Việt Nam", "nhà nước": "Nhà nước", "trung ương": "Trung ương",
    "thương binh và xã hội": "Thương binh và Xã hội", "đảng": "Đảng", "tết nguyên đán": "Tết Nguyên đán",
    "tết": "Tết", "mặt trận tổ quốc": "Mặt trận Tổ quốc", "hồ chí minh": "Hồ Chí Minh",
}
_ORGAN_HEADS = ("bộ", "cục", "tổng cục", "chi cục", "sở", "ban", "vụ", "viện", "thuế", "đảng ủy", "đảng uỷ")
# The levels of local government, whose place name follows them ("tỉnh Lạng Sơn", "xã Ô Loan").
PLACE_LEVELS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
_ROMAN = re.compile(r"^[IVXLC]{2,6}$")
_VOWEL = re.compile("[aeiouy]")
# A two-letter Roman numeral is also a word ("phạm VI" is "phạm vi"): only after these is it a numeral.
_NUMERAL_CONTEXT = frozenset({"thứ", "khóa", "khoá", "lần", "quý", "phần", "chương", "mục", "lục", "kỳ", "số",
                              "vùng", "khu", "loại", "hạng", "nhóm", "đợt", "đoạn"})
_ABBREVIATIONS = frozenset({"UBND", "HĐND", "MTTQ", "BCĐ", "TW", "TP", "TP.HCM", "VN", "ASEAN", "COVID-19"})
_CAN = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
_CHI = ("tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")
_PUNCTUATION = ",.;:()\"“”"


@lru_cache(maxsize=1)
def central_data() -> dict:
    """The engine's `central.yaml` (national bodies and the provinces), or {} when it cannot be read."""
    try:
        data = yaml.safe_load(resources.files("chidao.data").joinpath("central.yaml").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


@lru_cache(maxsize=1)
def _provinces() -> dict[tuple[str, ...], list[str]]:
    """Province names from the engine's data (`central.yaml`), keyed by their lower-case words."""
    names = central_data().get("provinces", [])
    return {tuple(name.lower().split()): name.split() for name in names if isinstance(name, str)}


@lru_cache(maxsize=1)
def centrally_run_cities() -> dict[str, datetime.date | None]:
    """The centrally-run cities of `central.yaml`, each with the day it became one (None: since always)."""
    return {item["name"]: item.get("since") for item in central_data().get("centrally_run_cities", [])
            if isinstance(item, dict) and item.get("name")}


def province_named(name: str) -> str | None:
    """The province or centrally-run city `name` is, as the data spells it ("Thanh Hoá" → "Thanh Hóa"),
    or None."""
    return _folded_provinces().get(fold(name))


@lru_cache(maxsize=1)
def _folded_provinces() -> dict[str, str]:
    return {fold(" ".join(words)): " ".join(words) for words in _provinces().values()}


def is_province_name(words: list[str]) -> bool:
    """Whether `words` (any case) are the whole name of a province or centrally-run city."""
    return tuple(w.lower() for w in words) in _provinces()


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _bare(word: str) -> str:
    return word.strip(_PUNCTUATION)


@lru_cache(maxsize=4096)  # the same words recur in every trích yếu and issuer's name
def _keeps_capitals(word: str, previous: str) -> bool:
    """Codes, Roman numerals and abbreviations stay in capitals. Every Vietnamese syllable has a vowel, so a
    capitalised token without one ("HĐND", "TTHC", "BHXH") is an abbreviation."""
    bare = _bare(word)
    if any(map(str.isdigit, bare)) or "/" in bare or bare in _ABBREVIATIONS:
        return True
    if _ROMAN.match(bare):
        return len(bare) > 2 or _bare(previous).lower() in _NUMERAL_CONTEXT
    if len(bare) < 2 or not bare.isalpha():
        return False
    return not _VOWEL.search(unicodedata.normalize("NFD", bare.lower()))


# The phrases by their first word, in the order of `_PHRASES`: only those can match at a position.
_PHRASES_BY_FIRST: dict[str, list[tuple[list[str], list[str]]]] = {}
for _parts, _words in ((p.split(), r.split()) for p, r in _PHRASES.items()):
    _PHRASES_BY_FIRST.setdefault(_parts[0], []).append((_parts, _words))
del _parts, _words


def _phrase_at(lowered: list[str], i: int, out: list[str]) -> int:
    """Put a known proper phrase starting at i in its case; return how many words it covered (0: none)."""
    for parts, readable in _PHRASES_BY_FIRST.get(_bare(lowered[i]), ()):
        if [_bare(w) for w in lowered[i:i + len(parts)]] == parts:
            for k, word in enumerate(readable):
                out[i + k] = out[i + k].replace(parts[k], word, 1)
            return len(parts)
    return 0


def _province_after_level(lowered: list[str], i: int, out: list[str]) -> int:
    """After "tỉnh" / "thành phố", a province's name in its case ("tỉnh Bắc Ninh"); words covered."""
    if lowered[i - 1] not in ("tỉnh", "phố"):
        return 0
    for size in (4, 3, 2, 1):
        key = tuple(_bare(w) for w in lowered[i:i + size])
        name = _provinces().get(key)
        if name and len(key) == size:
            for k, word in enumerate(name):
                out[i + k] = out[i + k].replace(key[k], word, 1)
            return size
    return 0


def _organ_name(lowered: list[str], i: int, out: list[str]) -> int:
    """"sở nông nghiệp và môi trường" → "Sở Nông nghiệp và Môi trường": the first word of each field."""
    if lowered[i] != "sở" or (i > 0 and lowered[i - 1] == "cơ") or i + 1 >= len(lowered):
        return 0
    out[i] = _capital(out[i])
    out[i + 1] = _capital(out[i + 1])
    for k in range(i + 2, min(len(out) - 1, i + 5)):
        if lowered[k] == "và":
            out[k + 1] = _capital(out[k + 1])
            break
    return 2


def _capitalise_year_names(words: list[str]) -> None:
    """Lunar year names are proper nouns: "GIÁP THÌN" → "Giáp Thìn"."""
    for i in range(len(words) - 1):
        if words[i].lower() in _CAN and _bare(words[i + 1]).lower() in _CHI:
            words[i] = _capital(words[i])
            words[i + 1] = _capital(words[i + 1])


def sentence_case(upper: str) -> str:
    """A trích yếu or name printed in capitals, in sentence case, keeping codes, Roman numerals, abbreviations
    and known proper nouns ("VỀ VIỆC … TRÊN ĐỊA BÀN TỈNH BẮC NINH" → "Về việc … trên địa bàn tỉnh Bắc Ninh").
    Text not in capitals is returned with only its first letter raised."""
    letters = sum(map(str.isalpha, upper))  # counted at C speed
    if not letters or sum(map(str.isupper, filter(str.isalpha, upper))) < 0.85 * letters:
        return _capital(upper)
    words = upper.split()
    out = [w if _keeps_capitals(w, words[i - 1] if i else "") else w.lower() for i, w in enumerate(words)]
    lowered = [w.lower() for w in words]
    i = 0
    while i < len(out):
        covered = _phrase_at(lowered, i, out) or (i > 0 and _province_after_level(lowered, i, out)) \
            or _organ_name(lowered, i, out)
        i += covered or 1
    _capitalise_year_names(out)
    return _capital(" ".join(out))


def readable_issuer(upper: str) -> str:
    """"ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" → "Ủy ban nhân dân tỉnh Lạng Sơn"; "CỤC THUẾ" → "Cục Thuế".

    An issuer's name ends with its place, so every word after the level ("tỉnh", "xã") is a proper noun.
    """
    words = sentence_case(upper).split()
    low = [w.lower() for w in words]
    for head in sorted(_ORGAN_HEADS, key=len, reverse=True):
        n = len(head.split())
        if " ".join(low[:n]) == head and len(words) > n and head != "thuế":
            words[n] = _capital(words[n])
            break
    for i in range(1, len(words)):
        two = " ".join(low[i:i + 2])
        if two in PLACE_LEVELS and i + 2 < len(words):
            words[i + 2:] = [_capital(w) for w in words[i + 2:]]
            break
        if low[i] in PLACE_LEVELS and two not in PLACE_LEVELS and i + 1 < len(words):
            words[i + 1:] = [_capital(w) for w in words[i + 1:]]
            break
    return " ".join(words)


def readable_title(upper: str) -> str:
    """"PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "THỦ TƯỚNG" → "Thủ tướng", "CHÁNH VĂN PHÒNG" → "Chánh Văn phòng".

    The word after "Phó" or "Chánh" keeps its capital: it begins the title held ("Chủ tịch", "Văn phòng").
    """
    out = []
    capitalise_next = True
    for word in upper.lower().split():
        out.append(_capital(word) if capitalise_next else word)
        capitalise_next = word in ("phó", "chánh")
    return " ".join(out)


_VOWEL_BASES = frozenset("aeiouy")
_ONSETS = frozenset(("th", "tr", "ch", "nh", "ng", "ph", "kh", "gh", "gi", "qu"))


def _base_letter(char: str) -> str:
    return unicodedata.normalize("NFD", char)[0].lower()


def _has_vowel(word: str) -> bool:
    return any(_base_letter(c) in _VOWEL_BASES for c in word)


def rejoin_split_words(s: str) -> str:
    """Words a saved page split at their marked letters put together again: "B ộ lao động - thương binh v à x ã
    hội" → "Bộ lao động - thương binh và xã hội", "Qu ả ng Ngãi" → "Quảng Ngãi", "ỦY B AN NHÂN D Â N" → "ỦY BAN
    NHÂN DÂN".

    No Vietnamese word is a lone consonant, so one starts the next word (when they make a syllable's start); a
    lone marked vowel, or a short ending without a vowel, closes a word split before it.
    """
    words = s.split()
    glued = [False] * len(words)
    i = 0
    while i < len(words) - 1:
        word, after = words[i], words[i + 1]
        if len(word) == 1 and word.isalpha() and not _has_vowel(word) and after[:1].isalpha() and (
                _base_letter(after[0]) in _VOWEL_BASES or (word + after[0]).lower() in _ONSETS):
            words[i + 1] = word + after
            glued[i + 1] = True
            del words[i], glued[i]
            continue
        i += 1
    out: list[str] = []
    split: list[bool] = []
    for word, was_glued in zip(words, glued):
        lone_vowel = len(word) == 1 and word.isalpha() and not word.isascii() and _has_vowel(word)
        ending = word.isalpha() and len(word) <= 2 and not _has_vowel(word)
        before = out[-1] if out else ""
        open_before = before.isalpha() and (split[-1] or not _has_vowel(before) or before.lower() in ("qu", "gi"))
        cut_after_mark = before.isalpha() and not before[-1].isascii() and word.islower()  # "Đặ ng"
        if open_before and lone_vowel or ending and out and (split[-1] and before.isalpha() or cut_after_mark):
            out[-1] += word
            split[-1] = True
            continue
        out.append(word)
        split.append(was_glued)
    return " ".join(out)
