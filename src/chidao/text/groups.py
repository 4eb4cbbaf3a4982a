"""Words for agency matching, and group phrases ("các sở, ban, ngành", "UBND các huyện, thành phố").

A group phrase names a set of agencies without naming any one of them; assignments keep it apart as
`lead_groups` / `support_groups` (docs/parse-output.md), and it is never reported as an agency.

Matching works on *words*: runs of letters and digits, folded (lower case, no diacritics, đ→d) with
`chidao.text.normalize.fold`, each keeping its offsets in the text. Punctuation is dropped, but each word
remembers whether a comma came before it, which separates list items ("các cơ quan, đơn vị").
Every scan here is a single left-to-right pass with bounded look-ahead: linear in the text's length.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from chidao.text.types import GroupMention

try:  # the shared folding rule; the fallback keeps this module usable on its own
    from chidao.text.normalize import fold as _fold
except ImportError:  # pragma: no cover - normalize ships with the engine
    _fold = None

# A gap (no letter, digit or "&") then a word, "&", or the end: the two classes cover every character, so
# `findall` walks the text once, and offsets are running sums of the pieces' lengths.
_SCAN = re.compile(r"([^\w&]*)(\w+|&|$)")

_COLLAPSE = {
    ("uy", "ban", "nhan", "dan"): "ubnd",
    ("hoi", "dong", "nhan", "dan"): "hdnd",
}
_EXPAND = {"&": ("va",), "tp": ("thanh", "pho"), "TP": ("thanh", "pho"), "Tp": ("thanh", "pho")}
_COLLAPSE_FIRST = {seq[0] for seq in _COLLAPSE}


class Word(NamedTuple):
    norm: str  # folded form
    start: int
    end: int
    capital: bool  # printed with an upper-case first letter (place names are)
    comma_before: bool  # a comma or semicolon separates it from the previous word
    printed: str = ""  # as printed (to tell "phường" from "phương" where folding cannot)
    stop_before: bool = False  # sentence punctuation or a blank line before it: no name runs across


_FOLDED: dict[str, str] = {}  # a text has few distinct words: fold each once


def fold_word(s: str) -> str:
    """Fold one word: lower case, no diacritics, đ→d (the engine's `normalize.fold` when present)."""
    folded = _FOLDED.get(s)
    if folded is None:
        if _fold is not None:
            folded = _fold(s)
        else:
            low = s.lower().replace("đ", "d").replace("ð", "d")
            folded = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
        if len(_FOLDED) < 200_000:
            _FOLDED[s] = folded
    return folded


def words(text: str) -> list[Word]:
    """Split `text` into folded `Word`s with their offsets, applying the equivalences above."""
    last_text, last_words = _LAST[0]
    if last_text is text:
        return last_words
    raw: list[Word] = []
    new, pos, previous = tuple.__new__, 0, ""
    for gap, token in _SCAN.findall(text):
        start = pos + len(gap)
        pos = start + len(token)
        if not token:
            continue
        comma = "," in gap or ";" in gap
        stop = "\n\n" in gap or bool(gap.strip(" \t\n\xa0-–,"))
        if stop and gap.strip() == "." and previous in _EXPAND:
            stop = False  # "TP. Hà Nội": the abbreviation's full stop
        previous = token
        expanded = _EXPAND.get(token)
        if expanded is None:
            norm = _FOLDED.get(token) or fold_word(token)
            raw.append(new(Word, (norm, start, pos, token[0].isupper(), comma, token, stop)))
            continue
        for norm in expanded:
            raw.append(new(Word, (norm, start, pos, token[0].isupper(), comma, token, stop)))
            comma = stop = False
    found = _collapse(raw)
    _LAST[0] = (text, found)  # one tuple, replaced whole: safe if threads share the module
    return found


# find_groups and find_agencies on the same text (as `parse` does) split it once.
_LAST: list[tuple[str | None, list[Word]]] = [(None, [])]


def _collapse(raw: list[Word]) -> list[Word]:
    out: list[Word] = []
    i = 0
    while i < len(raw):
        if raw[i].norm not in _COLLAPSE_FIRST:
            out.append(raw[i])
            i += 1
            continue
        for seq, short in _COLLAPSE.items():
            n = len(seq)
            if tuple(w.norm for w in raw[i:i + n]) == seq:
                first = raw[i]
                out.append(Word(short, first.start, raw[i + n - 1].end, first.capital, first.comma_before, short,
                                first.stop_before))
                i += n
                break
        else:
            out.append(raw[i])
            i += 1
    return out


# --- group phrases ------------------------------------------------------------------------------------

_TITLES = [("thu", "truong"), ("chu", "tich"), ("giam", "doc"), ("lanh", "dao"), ("nguoi", "dung", "dau")]
_HEADS = [("ubnd",), ("hdnd",)]
_QUANTIFIERS = [("cac",), ("nhung",)]
# Nouns that, after "các", name a kind of agency or unit (Luật Tổ chức chính quyền địa phương's units,
# the sở/ban/ngành of the provincial apparatus, and the generic cơ quan / đơn vị).
_UNITS = [
    ("so",), ("ban",), ("nganh",), ("bo",), ("huyen",), ("thanh", "pho"), ("thi", "xa"), ("xa",),
    ("phuong",), ("thi", "tran"), ("quan",), ("co", "quan"), ("don", "vi"), ("dia", "phuong"),
    ("doan", "the"), ("cap",), ("luc", "luong"),
]
# One-word units whose folded form is also another word: "phương án", "quan điểm", "bộ phận", "xã hội".
_EXACT = {"phuong": "phường", "quan": "quận", "bo": "bộ", "xa": "xã", "so": "sở", "cap": "cấp"}
_LATER_UNITS = _UNITS + [("to", "chuc")]  # "các cơ quan, tổ chức, đơn vị"; never first ("các tổ chức xã hội")
_QUALIFIERS = [
    ("co", "lien", "quan"), ("lien", "quan"), ("chuyen", "nganh"), ("chuc", "nang"), ("chuyen", "mon"),
    ("trung", "uong"), ("thong", "tan"), ("bao", "chi"), ("tren", "dia", "ban"), ("tinh",),
]


_FIRST_WORDS = {seq[0] for seq in _TITLES + _HEADS + _QUANTIFIERS}


def _seq_at(ws: list[Word], i: int, options: dict[str, list[tuple[str, ...]]]) -> int:
    """Length of the longest option that starts at word i (0 if none)."""
    if i >= len(ws):
        return 0
    for seq in options.get(ws[i].norm, ()):  # longest first
        n = len(seq)
        if all(i + k < len(ws) and ws[i + k].norm == seq[k] for k in range(1, n)):
            return n
    return 0


def _index(options: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for seq in sorted(options, key=len, reverse=True):
        by_first.setdefault(seq[0], []).append(seq)
    return by_first


def _unit_at(ws: list[Word], i: int, options: dict[str, list[tuple[str, ...]]]) -> int:
    n = _seq_at(ws, i, options)
    if n == 1:
        word = ws[i]
        if word.norm in _EXACT and unicodedata.normalize("NFC", word.printed.lower()) != _EXACT[word.norm]:
            return 0
        following = ws[i + 1].norm if i + 1 < len(ws) else ""
        if (word.norm, following) in (("xa", "hoi"), ("bo", "phan")):
            return 0  # "xã hội" (society), "bộ phận" (a section)
    return n


def _group_at(ws: list[Word], i: int) -> int:
    """Number of words of the group phrase starting at word i (0 if none)."""
    if ws[i].norm not in _FIRST_WORDS:
        return 0
    j = i + _seq_at(ws, i, _TITLE_INDEX)
    j += _seq_at(ws, j, _HEAD_INDEX)
    q = _seq_at(ws, j, _QUANTIFIER_INDEX)
    if not q:
        return 0
    j += q
    n = _unit_at(ws, j, _UNIT_INDEX)
    if not n:
        return 0
    j += n
    end = j
    while end < len(ws):
        k = end
        if ws[k].norm == "cac":
            break  # ", các cơ quan, đơn vị" after "UBND các huyện, thành phố" is a group of its own
        if ws[k].norm == "va":
            k += 1  # "… và (các) đơn vị"
        elif not ws[k].comma_before:
            break
        if k < len(ws) and ws[k].norm == "cac":
            k += 1
        n = _unit_at(ws, k, _LATER_UNIT_INDEX) if k < len(ws) else 0
        if not n:
            break
        end = k + n
    for _ in range(6):  # "liên quan", "chuyên ngành", "Trung ương trên địa bàn tỉnh", "thông tấn, báo chí"
        n = _seq_at(ws, end, _QUALIFIER_INDEX)
        if not n:
            break
        end += n
    return end - i


def find_groups(text: str) -> list[GroupMention]:
    """Every group phrase in `text` ("các sở, ban, ngành", "Chủ tịch UBND các huyện, thành phố", "các cơ
    quan liên quan", "các cơ quan thông tấn, báo chí"…), with offsets; a title before it belongs to it."""
    return groups_in_words(text, words(text))


_TITLE_INDEX, _HEAD_INDEX, _QUANTIFIER_INDEX = _index(_TITLES), _index(_HEADS), _index(_QUANTIFIERS)
_UNIT_INDEX, _LATER_UNIT_INDEX, _QUALIFIER_INDEX = _index(_UNITS), _index(_LATER_UNITS), _index(_QUALIFIERS)


def groups_in_words(text: str, ws: list[Word]) -> list[GroupMention]:
    """`find_groups` on words already computed for `text`."""
    found: list[GroupMention] = []
    i = 0
    while i < len(ws):
        if ws[i].norm not in _FIRST_WORDS:
            i += 1
            continue
        n = _group_at(ws, i)
        if n:
            start, end = ws[i].start, ws[i + n - 1].end
            found.append(GroupMention(text=text[start:end], start=start, end=end))
            i += n
        else:
            i += 1
    return found
