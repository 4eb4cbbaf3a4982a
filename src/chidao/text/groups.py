"""Words for agency matching, and group phrases ("các sở, ban, ngành", "UBND các huyện, thành phố").

A group phrase names a set of agencies without naming any one of them; assignments keep it apart as
`lead_groups` / `support_groups` (docs/parse-output.md), and it is never reported as an agency.

Matching works on *words*: runs of letters and digits, folded (lower case, no diacritics, đ→d) with
`chidao.text.normalize.fold`, each keeping its offsets in the text. Punctuation is dropped, but each word
remembers whether a comma came before it, which separates list items ("các cơ quan, đơn vị").
Every scan here is a single left-to-right pass with bounded look-ahead: linear in the text's length. Long
texts are not split whole: words are made only around the places a phrase can start (`scan`, below).
"""

from __future__ import annotations

import functools
import heapq
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

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
    found = _collapse(_raw(text, 0, len(text)))
    _LAST[0] = (text, found)  # one tuple, replaced whole: safe if threads share the module
    return found


def _raw(text: str, pos: int, endpos: int, previous: str = "") -> list[Word]:
    """The words of text[pos:endpos] before `_collapse`, with offsets into `text` (`previous`: the word
    printed just before `pos`, if known)."""
    return _words_of(_SCAN.findall(text, pos, endpos), pos, previous)


def _words_of(pieces: Iterable[tuple[str, str]], pos: int, previous: str = "") -> list[Word]:
    """`_raw` on the (gap, word) pieces printed from offset `pos` on (an empty word: the end of the text)."""
    raw: list[Word] = []
    append, new, known, gap_flags = raw.append, tuple.__new__, _TOKENS.get, _GAPS.get
    for gap, token in pieces:
        start = pos + len(gap)
        pos = start + len(token)
        if not token:
            continue
        if gap == " ":  # by far the commonest gap
            comma = stop = False
        else:
            comma, stop = gap_flags(gap) or _gap(gap)
            if stop and previous in _EXPAND and gap.strip() == ".":
                stop = False  # "TP. Hà Nội": the abbreviation's full stop
        previous = token
        norms, capital = known(token) or _token(token)
        if len(norms) == 1:  # all but "TP" and "&"
            append(new(Word, (norms[0], start, pos, capital, comma, token, stop)))
            continue
        for norm in norms:
            append(new(Word, (norm, start, pos, capital, comma, token, stop)))
            comma = stop = False
    return raw


_GAPS: dict[str, tuple[bool, bool]] = {}  # printed gap → (comma, stop): texts repeat ", ", ". ", "\n"…


def _gap(gap: str) -> tuple[bool, bool]:
    """(a comma or semicolon in it, a sentence stop or blank line in it) for a gap other than one space."""
    found = ("," in gap or ";" in gap, "\n\n" in gap or bool(gap.strip(" \t\n\xa0-–,")))
    if len(_GAPS) < 10_000:
        _GAPS[gap] = found
    return found


_TOKENS: dict[str, tuple[tuple[str, ...], bool]] = {}  # printed word → (folded words, capitalised)


def token_norms(token: str) -> tuple[str, ...]:
    """The folded words one printed word gives before "Ủy ban nhân dân" is joined ("TP" → "thành phố")."""
    return (_TOKENS.get(token) or _token(token))[0]


def _token(token: str) -> tuple[tuple[str, ...], bool]:
    found = (_EXPAND.get(token) or (fold_word(token),), token[0].isupper())
    if len(_TOKENS) < 200_000:
        _TOKENS[token] = found
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


# --- scanning only around candidates ----------------------------------------------------------------------
#
# Splitting a whole text into `Word`s costs a few microseconds a word: 2 MB of digest and directive text is
# ~430 000 words, and `find_agencies` + `find_groups` over it ran at 0.5-0.8 MB/s. Instead, one C-speed regex
# pass finds the few places where a name or a group phrase can start (a capitalised first word of a registry
# name followed by a possible second word; "các"/"những" followed by a unit), and words are made only for a
# short window around each, or a growing one where hits crowd together. The matchers are unchanged; a
# `Window` makes sure they only read words that are exactly what `words(text)` would have made, and is
# widened when they need more. Measured on the same 2 MB on a busy 2-core machine: 2.1-3.4 MB/s for both
# together (3-4x faster); text dense with names or group phrases costs what the whole-text scan did.


class Short(Exception):
    """A matcher read past the exact part of a `Window`: widen the window and try again."""


_WORD_GAP = re.compile(r"[^\w&]")
_WORD_CHAR = re.compile(r"[\w&]")
_HEAD_WORDS = {seq[0] for seq in _COLLAPSE}  # "uy" of "Ủy ban nhân dân"
_TAIL_WORDS = {w for seq in _COLLAPSE for w in seq[1:]}  # "ban", "nhan", "dan", "dong"


class _Edge:
    """Stands after the exact words of a `Window`: reading any of its fields raises `Short`."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        raise Short


_EDGE = _Edge()
_EDGES = 8  # more than any matcher skips without reading the words in between


class Window(list):  # type: ignore[type-arg]
    """The words of a stretch of a text: entries `lo` to `hi` equal those of `words(text)`.

    Unless the stretch reaches the end of the text, `_EDGES` `_Edge`s follow entry `hi - 1`, so a matcher
    reading past the exact words raises `Short` (rather than seeing an end of text that is not there),
    while reading words stays plain list indexing."""

    lo = hi = end = 0
    open = False  # the text goes on after the window
    starts: list[int] = []

    def index_at(self, at: int, before: int) -> int | None:
        """Index of the first word starting at or after offset `at`, or None when the window is not exact
        there or has fewer than `before` exact words before it (fewer are fine at the text's start)."""
        k = bisect_left(self.starts, at)
        if self.lo and k - self.lo < before or self.open and k >= self.hi:
            return None
        return k


def window(text: str, at: int, before: int, ahead: int) -> Window:
    """A `Window` exact at offset `at`, with `before` exact words before it and about `ahead` characters after.

    It starts in a gap between words, so its first word is whole but the gap before it is cut (its comma and
    stop flags may be wrong), and a first word that is the tail of "Ủy ban nhân dân" may have lost its head:
    those words are left out of the exact part. At its end a cut "Ủy ban" could be missing "nhân dân"."""
    back = 12 + 6 * before
    while True:
        pos = max(0, at - back)
        if pos:
            gap = _WORD_GAP.search(text, pos, at)
            if gap is None or not _WORD_CHAR.search(text, gap.start(), at):
                back *= 2  # no whole word between the cut and `at`
                continue
            pos = gap.start()
        gap = _WORD_GAP.search(text, min(len(text), at + ahead))  # end in a gap too, never inside a word
        endpos = gap.start() if gap else len(text)
        raw = _raw(text, pos, endpos)
        if pos and len(raw) < 4:
            back *= 2
            continue
        # no "Ủy"/"Hội" in the window (the common case): nothing to join, and no per-word pass for it
        found = _collapse(raw) if _head_re().search(text, pos, endpos) else raw
        starts = [w.start for w in found]
        lo = bisect_left(starts, raw[3 if raw[0].norm in _TAIL_WORDS else 0].start + 1) if pos else 0
        if endpos == len(text):
            hi = len(starts)
        else:
            heads = [w.start for w in raw[-3:] if w.norm in _HEAD_WORDS]
            hi = bisect_left(starts, heads[0]) if heads else len(starts)
            del found[hi:], starts[hi:]
            found.extend([_EDGE] * _EDGES)
        ws = Window(found)
        ws.starts, ws.end, ws.lo, ws.hi, ws.open = starts, endpos, lo, hi, endpos < len(text)
        if ws.index_at(at, before) is not None:
            return ws
        if lo and bisect_left(starts, at) - lo < before:
            back *= 2
        else:
            ahead *= 2


def _is_word_character(char: str) -> bool:
    """What the regex class `\\w` matches (letters, digits, "_"), tested without calling the regex engine."""
    return char.isalnum() or char == "_"


# Each tail word of "Ủy ban nhân dân" / "Hội đồng nhân dân" → the words it follows in them ("ban" → "uy")
_TAIL_AFTER = {w: {(seq[i - 1],) for seq in _COLLAPSE for i in range(1, len(seq)) if seq[i] == w} for w in _TAIL_WORDS}


def _may_join(before: tuple[int, str] | None, tail: str) -> bool:
    """Whether the word before (`_previous_word`), then the tail word `tail`, may be part of one "Ủy ban nhân
    dân"."""
    return before is not None and token_norms(before[1])[-1:] in _TAIL_AFTER[tail]


def _previous_word(text: str, at: int, lo: int = 0) -> tuple[int, str] | None:
    """(start, word) of the last word printed in `text[lo:at]` (cut at `lo` when it starts before), or None:
    what `(&|\\w+)[^\\w&]*\\Z` finds searched over that stretch, read backwards from `at`."""
    end = at
    while end > lo and not (_is_word_character(text[end - 1]) or text[end - 1] == "&"):
        end -= 1
    if end == lo:
        return None
    if text[end - 1] == "&":
        return end - 1, "&"
    start = end
    while start > lo and _is_word_character(text[start - 1]):
        start -= 1
    return start, text[start:end]


def inside_word(text: str, at: int) -> bool:
    """Whether offset `at` is inside a word (a letter or digit before it), not at its start."""
    return at > 0 and _is_word_character(text[at - 1])


# The gaps and words printed after a word, as `words_ahead` reads them: eight, enough for most agency names
# with what the matcher reads after them ("Sở Tài chính tỉnh Lạng Sơn", "Bộ Lao động - Thương binh và Xã
# hội"); a longer name falls back on a `Window`. Measured on the corpus, eight costs less than fewer (more
# fallbacks) or more (more words made). The classes alternate and never overlap: no backtracking.
_AHEAD = re.compile(r"([^\w&]*)(&|\w*)" * 8)


def printed_ahead(text: str, start: int, end: int) -> tuple[str, ...]:
    """The word `text[start:end]`, then the gaps and words printed after it (`words_ahead`)."""
    return (text[start:end], *_AHEAD.match(text, end).groups())


def _unsettled_head(raw: list[Word]) -> int | None:
    """Offset of the first "Ủy"/"Hội" among the last words of `raw` that the words after it, cut off by the end
    of `raw`, may still join into "Ủy ban nhân dân" (all those present are its next ones), or None. `window`
    cuts at any head among the last three words; looking at the words after it keeps "Xã hội" followed by
    "tỉnh", which no "Hội đồng nhân dân" can be."""
    for i in range(max(0, len(raw) - 3), len(raw)):
        following = _HEAD_FOLLOWS.get(raw[i].norm)
        if following is not None and all(w.norm == n for w, n in zip(raw[i + 1:], following)):
            return raw[i].start
    return None


_HEAD_FOLLOWS = {seq[0]: seq[1:] for seq in _COLLAPSE}  # "uy" → ("ban", "nhan", "dan")


def words_ahead(text: str, at: int, printed: Sequence[str]) -> Window | None:
    """The `Window` of the words `words(text)` has from offset `at` on, made from what a regex captured
    there rather than from a new pass over the text: `printed` is the word printed at `at`, then gap, word,
    gap, word… (an empty word: the text ended). Its words are exact from the first on, but for the first
    word's comma and stop flags (the gap before it is not known: both False); `_EDGE`s follow them unless
    the text ends there.

    None when those words alone cannot tell: `at` is inside a word, or its word may be the tail of an "Ủy
    ban nhân dân" that began before it."""
    if inside_word(text, at):
        return None
    raw = _words_of(zip(("", *printed[1::2]), printed[::2]), at)
    if raw[0].norm in _TAIL_WORDS and _may_join(_previous_word(text, at), raw[0].norm):
        return None
    end = raw[-1].end
    # the same test `window` makes, so the words are joined exactly when there
    found = _collapse(raw) if _head_re().search(text, at, end) else raw
    starts = [w.start for w in found]
    open_ = bool(printed[-1]) and end < len(text)
    if open_:
        cut = _unsettled_head(raw)
        if cut is not None:
            hi = bisect_left(starts, cut)
            del found[hi:], starts[hi:]
        found.extend([_EDGE] * _EDGES)
    ws = Window(found)
    ws.starts, ws.end, ws.lo, ws.hi, ws.open = starts, end, 0, len(starts), open_
    return ws


def scan(text: str, hits: Iterable[tuple[int, int]], step: Callable[[Window, int, int], int | None],
         ahead: int = 48) -> None:
    """Run `step(ws, k, done)` at each hit `(offset, before)` not inside an earlier match, left to right.

    `k` is the index in `ws` of the first word starting at or after the offset, with `before` exact words
    before it; `done` is the end offset of the last match; `step` returns the end offset of its match, or
    None. Windows are reused while the hits stay inside them, and widened when `step` reads past their
    exact part. Where hits are dense ("các sở, ban, ngành, " a million times) windows grow, up to
    `_MAX_SPAN` characters, so a dense text costs about what splitting it all into words does."""
    ws: Window | None = None
    done = served = 0
    span = ahead
    for at, before in hits:
        if at < done:
            continue
        wider = ahead
        while True:
            k = ws.index_at(at, before) if ws is not None else None
            if k is None:
                if ws is not None:  # the hit is past the window (after a `Short`, ws is None: keep the span)
                    crowded = served >= _DENSE and at - ws.end < ahead
                    span = min(2 * span, _MAX_SPAN) if crowded else ahead
                ws, served = window(text, at, before, max(wider, span)), 0
                k = ws.index_at(at, before)
                assert k is not None
            try:
                end = step(ws, k, done)
                break
            except Short:
                if served >= _DENSE:
                    span = min(2 * span, _MAX_SPAN)
                wider = 2 * max(wider, ws.end - at)
                ws = None
        served += 1
        if end is not None:
            done = end


_MAX_SPAN = 1 << 16
_DENSE = 2  # hits one window served before the next window is made longer


_FOLD_RANGES = (range(0x20, 0x250), range(0x1E00, 0x1F00), range(0x2100, 0x2150))


@functools.lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Folded letter → every character that folds to it (no character outside these ranges folds to an
    ASCII letter: checked once over all of Unicode)."""
    by_letter: dict[str, str] = {}
    for code in (c for r in _FOLD_RANGES for c in r):
        folded = fold_word(chr(code))
        if len(folded) == 1:
            by_letter[folded] = by_letter.get(folded, "") + chr(code)
    return by_letter


def letter_class(letters: Iterable[str], upper: bool = False) -> str:
    """A regex character class of every character folding to one of `letters` (only capitals when `upper`)."""
    chars = sorted({c for letter in letters for c in _variants().get(letter, letter) if not upper or c.isupper()})
    return "[" + "".join(re.escape(c) for c in chars) + "]"


@functools.lru_cache(maxsize=1)
def _head_re() -> re.Pattern[str]:
    # whole words only: "Quy", "Thủy" hold "uy" yet are no head, so `_collapse` is skipped for them
    return re.compile(r"(?<!\w)(?:" + "|".join(folded_pattern(w) for w in sorted(_HEAD_WORDS)) + r")(?!\w)")


def folded_pattern(word: str) -> str:
    """A regex for any printing of the folded `word` (any case, any diacritics)."""
    return "".join(letter_class(c) for c in word)


# --- group phrases ------------------------------------------------------------------------------------

_TITLES = [("thu", "truong"), ("chu", "tich"), ("giam", "doc"), ("lanh", "dao"), ("nguoi", "dung", "dau"),
           ("bo", "truong")]  # "Bộ trưởng các Bộ"
_HEADS = [("ubnd",), ("hdnd",), ("cong", "an")]  # "Công an các tỉnh, thành phố": the police of each
_QUANTIFIERS = [("cac",), ("nhung",)]
# Luật Tổ chức Chính phủ ngày 18/02/2025 (cited as the basis of Nghị định 46/2025/NĐ-CP); "trực thuộc" is
# printed too
_CP_BODIES = [("co", "quan", "ngang", "bo"), ("co", "quan", "thuoc", "chinh", "phu"),
              ("co", "quan", "truc", "thuoc", "chinh", "phu")]
_SOCIOPOLITICAL = [("to", "chuc", "chinh", "tri", "xa", "hoi"), ("doan", "the", "chinh", "tri", "xa", "hoi")]
# Nouns that, after "các", name a kind of agency or unit (Luật Tổ chức chính quyền địa phương's units,
# the sở/ban/ngành of the provincial apparatus, and the generic cơ quan / đơn vị). "đặc khu" is a
# commune-level unit from 01/7/2025 (Luật Tổ chức chính quyền địa phương 2025, Điều 2); "tỉnh" is one
# only with a head or title or as the first item of a list (see `_group_at`).
_UNITS = [
    ("so",), ("ban",), ("nganh",), ("bo",), ("huyen",), ("thanh", "pho"), ("thi", "xa"), ("xa",),
    ("phuong",), ("thi", "tran"), ("quan",), ("co", "quan"), ("don", "vi"), ("dia", "phuong"),
    ("doan", "the"), ("cap",), ("luc", "luong"), ("dac", "khu"), ("tinh",), ("tap", "doan"),
    ("tong", "cong", "ty"), ("co", "so", "dao", "tao"),
    # a ministry's and a department's own units: "các Vụ, Cục, đơn vị thuộc Bộ", "các Chi cục Thuế",
    # "các phòng, đơn vị thuộc Sở"
    ("vu",), ("cuc",), ("chi", "cuc"), ("phong",),
] + _CP_BODIES + _SOCIOPOLITICAL
# One-word units whose folded form is also another word: "phương án", "quan điểm", "bộ phận", "xã hội",
# "tình hình", "tính toán", "vụ việc", "cục bộ".
_EXACT = {"phuong": "phường", "quan": "quận", "bo": "bộ", "xa": "xã", "so": "sở", "cap": "cấp", "tinh": "tỉnh",
          "vu": "vụ", "cuc": "cục", "phong": "phòng"}
# "các vụ án", "các vụ việc", "các vụ cháy": cases, not a ministry's departments; "các phòng họp", "phòng
# chống": rooms and prevention, not a department's divisions; "Ban chỉ huy", "Ban quản lý": a board.
_NOT_UNIT_AFTER = {"vu": frozenset("an viec chay tai vi no lat dam".split()),
                   # "…, Ban chỉ huy Bộ đội biên phòng": a board named, not the "ban" of "sở, ban, ngành"
                   "ban": frozenset("chi quan dan to an".split()),
                   "phong": frozenset("hop hoc kham thi chong ngua benh tro lam o".split())}
# "tổ chức" never first ("các tổ chức xã hội"): "các cơ quan, tổ chức, đơn vị"; "tỉnh" only first
# ("các sở, ngành, Tỉnh đoàn" names the Tỉnh đoàn, not the provinces)
_LATER_UNITS = [u for u in _UNITS if u != ("tinh",)] + [("to", "chuc"), ("ca", "nhan")]
# Bodies of any kind: after "và" they open a group of their own, unless the group is of such bodies already
# ("UBND các xã, phường | và các tổ chức, cá nhân có liên quan", but "các cơ quan và đơn vị").
_BODIES = frozenset({"co", "don", "to", "ca"})
_QUALIFIERS = [
    ("co", "lien", "quan"), ("lien", "quan"), ("chuyen", "nganh"), ("chuc", "nang"), ("chuyen", "mon"),
    ("trung", "uong"), ("thong", "tan"), ("bao", "chi"), ("tren", "dia", "ban"), ("tinh",),
    ("truc", "thuoc", "trung", "uong"), ("nha", "nuoc"),  # "các tỉnh, thành phố trực thuộc Trung ương"
    ("neu", "tren"), ("khac",),  # "các Sở Xây dựng nêu trên", "các bộ, ban, ngành khác"
    ("cua", "tinh"), ("trong", "tinh"), ("cua", "hdnd"),  # ("các Ban của Hội đồng nhân dân")  # "các sở, ban, ngành của tỉnh", "UBND các huyện, thành phố trong tỉnh"
    # "các đơn vị trực thuộc Bộ", "các phòng thuộc Sở": the issuer's own units
    ("truc", "thuoc", "bo"), ("thuoc", "bo"), ("truc", "thuoc", "so"), ("thuoc", "so"),
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
        if (word.norm, following) in (("xa", "hoi"), ("bo", "phan")) or following in _NOT_UNIT_AFTER.get(word.norm, ()):
            return 0  # "xã hội" (society), "bộ phận" (a section), "vụ án" (a case)
    return n


def _group_at(ws: list[Word], i: int) -> int:
    """Number of words of the group phrase starting at word i (0 if none)."""
    if ws[i].norm not in _FIRST_WORDS:
        return 0
    title = _seq_at(ws, i, _TITLE_INDEX)
    j = i + title
    head = _seq_at(ws, j, _HEAD_INDEX)
    j += head
    if head and j < len(ws) and ws[j].comma_before:
        return 0  # "Bộ Công an, các Bộ …": the ministry, then a group of its own
    q = _seq_at(ws, j, _QUANTIFIER_INDEX)
    if q:
        j += q
        n = _unit_at(ws, j, _UNIT_INDEX) or _persons_and_bodies_at(ws, j)
    elif title:  # "Thủ trưởng cơ quan ngang Bộ": with a title these need no "các"
        n = _seq_at(ws, j, _CP_BODY_INDEX)
    else:
        return 0
    if not n:
        return 0
    end = _list_end(ws, j, n)
    if ws[j].norm == "tinh" and j == i + q and end == j + n:
        return 0  # "các tỉnh miền núi phía Bắc" is a region; "các tỉnh, thành phố" addresses their authorities
    if end == j + n and ws[j].norm in ("so", "cuc", "chi"):
        end = _department_named(ws, end)  # "các Sở Y tế", "các Cục Thuế", "các Chi cục Thuế"
    return _qualified_end(ws, end) - i


def _department_named(ws: list[Word], k: int) -> int:
    """"các Sở Xây dựng nêu trên": the same department of each province, named after "Sở" (a capitalised word,
    then its lower-case ones); "các Sở Ban Ngành" is the list of units printed without commas."""
    if k >= len(ws) or not ws[k].capital or ws[k].comma_before or ws[k].stop_before:
        return k
    if _unit_at(ws, k, _LATER_UNIT_INDEX):
        return _list_end(ws, k, _unit_at(ws, k, _LATER_UNIT_INDEX), capitals_run_on=True)
    end = k + 1
    while end < min(len(ws), k + 4) and not ws[end].capital and not ws[end].comma_before \
            and not ws[end].stop_before and not _seq_at(ws, end, _QUALIFIER_INDEX) and ws[end].norm not in _STOPS:
        end += 1
    return end


# Words that end a department's name: what follows it in a sentence ("các Sở Y tế chủ trì", "các Sở Xây dựng
# nêu trên").
_STOPS = frozenset("chu phoi khan chi to thuc tham ra theo bao huong kiem xay trien tiep co don nghien can chiu "
                   "quan neu va cua tai trong thuoc".split())


def _list_end(ws: list[Word], first: int, n: int, capitals_run_on: bool = False) -> int:
    """Where the list of units that opens with the unit at `first` (`n` words) ends (`capitals_run_on`: units in
    capitals may follow without commas, "Sở Ban Ngành")."""
    end = first + n
    while end < len(ws):
        k = end
        if ws[k].norm == "cac":
            break  # ", các cơ quan, đơn vị" after "UBND các huyện, thành phố" is a group of its own
        joined = ws[k].norm == "va"
        if joined:
            k += 1  # "… và (các) đơn vị"
        elif not ws[k].comma_before and not (capitals_run_on and ws[k].capital and not ws[k].stop_before):
            break
        if k < len(ws) and ws[k].norm == "cac":
            k += 1
        n = _unit_at(ws, k, _LATER_UNIT_INDEX) if k < len(ws) else 0
        if not n or _names_one_agency(ws, k, n) or joined and _bodies_after_places(ws, first, k) \
                or _names_one_place(ws, k, n):
            break
        end = k + n
    return end


def _qualified_end(ws: list[Word], end: int) -> int:
    for _ in range(6):  # "liên quan", "chuyên ngành", "Trung ương trên địa bàn tỉnh", "thông tấn, báo chí"
        n = _seq_at(ws, end, _QUALIFIER_INDEX)
        if not n or ws[end].comma_before and ws[end].norm != "bao":
            break  # after a comma only "báo chí" qualifies ("thông tấn, báo chí"); ", Tỉnh đoàn" is a name
        end += n
    return end


def _bodies_after_places(ws: list[Word], first: int, k: int) -> bool:
    """"UBND các xã, phường | và cơ quan, tổ chức …": bodies joined to a list of other units are a group of
    their own (but "các cơ quan và đơn vị" is one)."""
    return ws[k].norm in _BODIES and ws[first].norm not in _BODIES


def _persons_and_bodies_at(ws: list[Word], i: int) -> int:
    """"(các) tổ chức, cá nhân": "tổ chức" opens a group only with the persons after it ("các tổ chức xã hội"
    names a kind of organisation)."""
    if i + 3 < len(ws) and (ws[i].norm, ws[i + 1].norm) == ("to", "chuc") and ws[i + 2].comma_before \
            and (ws[i + 2].norm, ws[i + 3].norm) == ("ca", "nhan"):
        return 2
    return 0


def _names_one_agency(ws: list[Word], k: int, n: int) -> bool:
    """"các sở, ngành, Sở Tài chính": a capitalised unit word run on by a capitalised name is one agency."""
    after = k + n
    return ws[k].capital and after < len(ws) and not ws[after].comma_before \
        and ws[after].capital and not _seq_at(ws, after, _QUALIFIER_INDEX)


_PLACE_UNITS = frozenset({("thanh", "pho"), ("thi", "xa"), ("quan",), ("huyen",)})


def _names_one_place(ws: list[Word], k: int, n: int) -> bool:
    """"UBND các huyện, thành phố Mỹ Tho": a town named after its level is one committee, not a kind of them."""
    after = k + n
    return tuple(w.norm for w in ws[k:after]) in _PLACE_UNITS and after < len(ws) and ws[after].capital \
        and not ws[after].comma_before and not ws[after].stop_before and ws[after].norm not in _STOPS \
        and not _seq_at(ws, after, _QUALIFIER_INDEX)


_TITLE_INDEX, _HEAD_INDEX, _QUANTIFIER_INDEX = _index(_TITLES), _index(_HEADS), _index(_QUANTIFIERS)
_UNIT_INDEX, _LATER_UNIT_INDEX, _QUALIFIER_INDEX = _index(_UNITS), _index(_LATER_UNITS), _index(_QUALIFIERS)
_CP_BODY_INDEX = _index(_CP_BODIES)


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


# --- finding group phrases fast ---------------------------------------------------------------------------

_PREFIX = max(map(len, _TITLES)) + max(map(len, _HEADS))  # words a group phrase may have before "các"
_UNIT_TOKENS = {seq[0] for seq in _UNITS} | {"tp"}  # "TP" is printed for "thành phố"


@functools.lru_cache(maxsize=1)
def _quantifier_re() -> re.Pattern[str]:
    """"các" / "những" (any printing) followed by a word: one character class first, so the regex engine
    skips to candidate letters at C speed; the next word is captured to check it is a unit. Each branch
    opens with the class of its word's second letter ("a", "h": no letter is in both), which the regex
    engine tests before entering the branch, then checks the first letter with a look-behind: a fifth
    fewer instructions on the corpus than a look-behind opening each branch."""
    words_ = [seq[0] for seq in _QUANTIFIERS]
    branches = "|".join(f"{letter_class(w[1])}(?<={letter_class(w[0])}.){folded_pattern(w[2:])}" for w in words_)
    return re.compile(letter_class(w[0] for w in words_) + f"(?:{branches})" + r"(?!\w)(?=[^\w&]*(\w+|&))")


def find_groups(text: str) -> list[GroupMention]:
    """Every group phrase in `text` ("các sở, ban, ngành", "Chủ tịch UBND các huyện, thành phố", "các cơ
    quan liên quan", "các cơ quan thông tấn, báo chí"…), with offsets; a title before it belongs to it.

    Every group phrase has "các" or "những" followed by a unit, or a title followed by "cơ quan ngang Bộ" /
    "cơ quan thuộc Chính phủ" ("Thủ trưởng cơ quan ngang Bộ"): regexes find those, and words are made only
    around them (`scan`, several times faster than splitting the whole text). The result is the one
    `groups_in_words(text, words(text))` gives."""
    last_text, found = _GROUPS_LAST[0]
    if last_text is not text:
        found = _scan_groups(text)
        _GROUPS_LAST[0] = (text, found)  # find_agencies and then find_groups on one text: scanned once
    return [GroupMention(g.text, g.start, g.end) for g in found]


_GROUPS_LAST: list[tuple[str | None, list[GroupMention]]] = [(None, [])]


def _scan_groups(text: str) -> list[GroupMention]:
    found: list[GroupMention] = []
    done = 0
    for at, before, printed in heapq.merge(_group_hits(text), _cp_body_hits(text), key=lambda hit: hit[0]):
        if at < done:
            continue  # inside the last phrase
        span = _group_ahead(text, at, printed, done) if printed else _UNSURE
        if span is _UNSURE:
            span = _group_in_window(text, at, before, done)
        if span is not None:
            start, done = span
            found.append(GroupMention(text=text[start:done], start=start, end=done))
    return found


_UNSURE: Any = object()  # the captured words cannot tell: make a window


def _group_from(ws: Window, k: int, done: int) -> tuple[int, int] | None:
    """(start, end) of the group phrase holding word k of `ws` (its quantifier or "cơ quan"), or None."""
    # the whole-text scan tries every word after the last phrase in turn; only these few can start one
    for i in range(max(ws.lo, k - _PREFIX), min(k + 1, len(ws.starts))):
        if ws.starts[i] >= done and (n := _group_at(ws, i)):
            return ws.starts[i], ws[i + n - 1].end
    return None


def _group_ahead(text: str, at: int, printed: tuple[str, ...], done: int) -> Any:
    """`_group_from` on the words captured at `at` (`words_ahead`), or `_UNSURE` when they do not say enough.

    Only for a quantifier with no title or head before it: a phrase can then start nowhere but at it."""
    ws = words_ahead(text, at, printed)
    if ws is None:
        return _UNSURE
    try:
        return _group_from(ws, 0, done)
    except Short:  # the phrase may go on past the captured words
        return _UNSURE


def _group_in_window(text: str, at: int, before: int, done: int) -> tuple[int, int] | None:
    """`_group_from` at offset `at` on a `Window` made around it with `before` words before it."""
    result: list[tuple[int, int] | None] = []

    def step(ws: Window, k: int, _: int) -> None:
        result.append(_group_from(ws, k, done))  # a `Short` inside: `scan` widens and calls again

    scan(text, ((at, before),), step)
    return result[0]


_PREFIX_ENDS = {seq[-1] for seq in _TITLES + _HEADS} | {seq[-1] for seq in _COLLAPSE}  # "trưởng", "dân"


def _group_hits(text: str) -> Iterator[tuple[int, int, tuple[str, ...] | None]]:
    """(offset, words needed before it, the words printed from it or None) of each "các"/"những" followed
    by a unit word."""
    for m in _quantifier_re().finditer(text):
        if (_FOLDED.get(m.group(1)) or fold_word(m.group(1))) in _UNIT_TOKENS:
            at = m.start()
            # words before "các" matter only after a title or head ("Chủ tịch UBND các huyện")
            lo = max(0, at - 32)
            previous = _previous_word(text, at, lo)
            if previous is None or previous[0] == lo > 0 or fold_word(previous[1]) in _PREFIX_ENDS:
                yield at, _PREFIX, None
            else:
                yield at, 0, printed_ahead(text, at, m.end())


@functools.lru_cache(maxsize=1)
def _cp_body_tails() -> tuple[re.Pattern[str], ...]:
    """"quan ngang"/"quan (trực) thuộc" (any printing): what follows the "cơ" of "cơ quan ngang Bộ", one
    pattern for each letter the "q" may be printed as ("q", "Q"). A pattern opening with one literal letter
    is searched several times faster than one opening with a character class (the regex engine's literal
    search against a test of every character), and these two are the only printings of "q"; the "c" of
    "cơ" has fourteen, so `_cp_body_hits` looks back for it. The gap is a possessive run of one class before
    a fixed letter: no backtracking."""
    rest = (folded_pattern("uan") + r"[^\w&]*+"
            + "(?:" + "|".join(folded_pattern(w) for w in ("ngang", "thuoc", "truc")) + r")(?!\w)")
    return tuple(re.compile(re.escape(q) + rest) for q in _variants()["q"])


@functools.lru_cache(maxsize=1)
def _co_re() -> re.Pattern[str]:
    """The whole word "cơ" (any printing), matched where it must end (`_cp_body_hits`)."""
    return re.compile(r"(?<!\w)" + folded_pattern("co"))


def _cp_body_hits(text: str) -> Iterator[tuple[int, int, None]]:
    """(offset, words needed before it, None) of each "cơ quan ngang/thuộc/trực" (a whole word "cơ", then any
    gap, then the tail): the title is before it. Two tails never overlap, so the tails of each printing of
    the "q", merged in order, are those of one pattern for all of them."""
    co = _co_re()
    for tail in heapq.merge(*(pattern.finditer(text) for pattern in _cp_body_tails()), key=re.Match.start):
        gap = tail.start()
        while gap > 0 and _WORD_GAP.match(text, gap - 1):
            gap -= 1
        if gap >= 2 and co.match(text, gap - 2, gap):
            yield gap - 2, _PREFIX, None
