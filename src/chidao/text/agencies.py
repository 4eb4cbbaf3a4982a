"""The agency registry and the agency recognizer.

Data: `chidao/data/provinces/<province>.yaml` plus `chidao/data/central.yaml` (schema in
`chidao/data/provinces/README.md`). Names are matched word by word after folding (case, diacritics,
đ→d) and the equivalences of `chidao.text.groups.words` ("Ủy ban nhân dân" = "UBND", "&" = "và"), so
"Sở Công thương", "Sở Công Thương" and "SỞ CÔNG THƯƠNG" are one agency. The longest name wins ("Văn
phòng UBND tỉnh", not "UBND tỉnh"). Agencies the registry does not know are still reported, with id
None, when their form says what they are: another province's agency ("Sở Y tế tỉnh Cao Bằng", "UBND
tỉnh Bắc Kạn") and the People's Committees and Councils of other units ("UBND huyện Ba Vì").
Group phrases ("các sở, ban, ngành") are never agencies (`chidao.text.groups`).
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterator
from typing import Any

import yaml

from chidao.text.abbreviations import written_out
from chidao.text.checks import LOWER_LETTERS
from chidao.text.groups import (Short, Window, Word, find_groups, fold_word, folded_pattern, letter_class,
                                 inside_word, printed_ahead, scan, token_norms, words,
                                 words_ahead)
from chidao.text.normalize import fold
from chidao.text.types import AgencyMention, ChidaoTextError

__all__ = ["AgencyRecord", "Registry", "find_groups", "load_registry", "read_registry", "DATA_DIR"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_END = "\0"  # trie key holding the record ids of a complete name
_UNIT_WORDS = {("tinh",): "tinh", ("thanh", "pho"): "thanh-pho", ("huyen",): "huyen", ("xa",): "xa",
               ("phuong",): "phuong", ("thi", "xa"): "thi-xa", ("thi", "tran"): "thi-tran", ("quan",): "quan"}
# A second word that may stand for another: "Ủy"/"Hội" (of "Ủy ban nhân dân"), "TP" ("thành phố"), "&" ("và").
_SPECIAL = frozenset({"uy", "hoi", "tp", "&"})
# First words whose next word says little alone: "UBND <unit> <place>", "Ủy ban nhân dân", "TP" (two words).
_OPEN = ("ubnd", "hdnd", "uy", "hoi", "tp")
_NOT_FIRST: Any = object()  # a word no name starts with
_UNSURE: Any = object()  # the captured words cannot tell: make a window
_UNKNOWN: Any = object()  # not matched yet
# `_match_ahead` tries the word and the four words after it (with their gaps) first: most names and what the
# matcher reads after them fit, and so few words recur often, so their answer is often known already.
_FIRST_TRY = 9
_MAX_PLACE_WORDS = 4  # "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế"
_UNIT_FIRST = frozenset(seq[0] for seq in _UNIT_WORDS)
_UNITS_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _seq, _unit in _UNIT_WORDS.items():
    _UNITS_BY_FIRST.setdefault(_seq[0], []).append((_seq, _unit))
del _seq, _unit
_HEADS = {"uy": {("ban", "nhan", "dan"): "ubnd"}, "hoi": {("dong", "nhan", "dan"): "hdnd"}}  # `groups._COLLAPSE`


@dataclass(frozen=True)
class AgencyRecord:
    """One agency of the registry, as its data file describes it."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    short_name: str = ""
    kind: str = "other"
    level: str = ""
    parent: str | None = None
    national_code: str = ""
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None
    end_reason: str | None = None
    successors: tuple[str, ...] = ()
    source: str = ""  # the data file: a province id or "central"

    def names(self) -> tuple[str, ...]:
        """The canonical name, the short name and every alias."""
        return tuple(n for n in (self.name, self.short_name, *self.aliases) if n)

    def active_on(self, day: datetime.date) -> bool:
        """Whether the agency existed on `day` (both ends inclusive; a missing end is open)."""
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


def _key(name: str) -> tuple[str, ...]:
    return tuple(w.norm for w in words(name))


class Registry:
    """The agencies of one province and the central bodies, with a recognizer over them."""

    def __init__(self, province: str, records: list[AgencyRecord], province_names: list[str],
                 place_aliases: dict[str, str] | None = None):
        self.province = province
        self.province_names: tuple[str, ...] = tuple(province_names)
        self.records: tuple[AgencyRecord, ...] = tuple(records)
        self.by_id: dict[str, AgencyRecord] = {r.id: r for r in records}
        self._names: dict[str, Any] = {}
        for record in records:
            for name in record.names():
                self._insert(self._names, _key(name), record.id)
        self._places: dict[str, Any] = {}
        for place in province_names:
            self._insert(self._places, _key(place), place)
        for alias, place in (place_aliases or {}).items():  # "Sở Xây dựng TPHCM"
            self._insert(self._places, _key(alias), place)
        self._starts: tuple[re.Pattern[str], dict[str, frozenset[str] | None]] | None = None
        self._known: dict[tuple[str, ...], bool] = {}  # printed words → `_may_start`
        self._matched: dict[tuple, Any] = {}  # printed words, day, end of text → `_match_ahead`, offsets relative
        self._home = next((p for p in province_names if _key(p) == _key(province.replace("-", " "))), None)

    @staticmethod
    def _insert(trie: dict[str, Any], key: tuple[str, ...], value: str) -> None:
        node = trie
        for part in key:
            node = node.setdefault(part, {})
        bucket = node.setdefault(_END, [])
        if value not in bucket:
            bucket.append(value)

    @staticmethod
    def _longest(trie: dict[str, Any], ws: list[Word], i: int) -> tuple[int, list[str]]:
        """(end index, values) of the longest trie entry starting at word i; (i, []) when none."""
        node, best = trie, (i, [])
        for j in range(i, len(ws)):
            node = node.get(ws[j].norm)
            if node is None:
                break
            if _END in node:
                best = (j + 1, node[_END])
        return best

    # --- choosing between records that share a name ---------------------------------------------------

    def _choose(self, ids: list[str], on: datetime.date | None) -> AgencyRecord:
        """The record meant by a name on `on`: one active that day if any, else the most recent one.

        A text may name an agency that no longer exists (a 2026 report citing the former Sở KH&ĐT): it is
        still that agency, so an inactive record is returned rather than nothing."""
        records = [self.by_id[i] for i in ids]
        if on is not None:
            active = [r for r in records if r.active_on(on)]
            if active:
                return active[0]
        return max(records, key=lambda r: r.valid_to or datetime.date.max)

    # --- recognition ------------------------------------------------------------------------------------

    def _place_at(self, ws: list[Word], i: int, free: bool) -> tuple[int, str | None]:
        """A place name at word i: a province (always) or, when `free`, any run of capitalised words."""
        end, names = self._longest(self._places, ws, i)
        if names:
            return end, names[0]
        if not free:
            return i, None
        j = i
        while j < len(ws) and j - i < _MAX_PLACE_WORDS and ws[j].capital and ws[j].norm not in ("ubnd", "hdnd"):
            if ws[j].comma_before or ws[j].stop_before:
                break  # "UBND huyện Ba Vì, Thủ tướng…", "UBND Thành phố. Trên…": punctuation ends a place name
            j += 1
        return j, None

    def _unit_at(self, ws: list[Word], i: int) -> tuple[int, str | None]:
        if i < len(ws):
            # the units that start with this word, then their next word: a word is read only when those
            # before it matched, since words after a `Window`'s exact part raise `Short` ("Sở Y tế chủ trì"
            # need not read past "chủ")
            for seq, unit in _UNITS_BY_FIRST.get(ws[i].norm, ()):
                if all(i + k < len(ws) and ws[i + k].norm == part for k, part in enumerate(seq[1:], 1)):
                    return i + len(seq), unit
        return i, None

    def _suffix(self, ws: list[Word], end: int, record: AgencyRecord) -> tuple[int, bool]:
        """Extend a province agency's match over "tỉnh Lạng Sơn"; report whether it names another province.

        Returns (new end, foreign)."""
        if record.source != self.province or end < len(ws) and (ws[end].comma_before or ws[end].stop_before):
            return end, False  # ("Đối với Sở GD-ĐT, tỉnh yêu cầu …": the province speaking, after a comma)
        last = ws[end - 1].norm
        j = end
        if last not in ("tinh", "pho"):  # "Sở Y tế tỉnh Cao Bằng": the unit word comes after the name
            j, unit = self._unit_at(ws, end)
            if unit not in ("tinh", "thanh-pho"):
                j = end
        k, place = self._place_at(ws, j, free=False)
        if place is None:
            # "Sở Y tế tỉnh tổ chức …": the bare unit word of the home province still belongs to the name
            return (j, False) if j > end and ws[end].norm == "tinh" and self._bare_unit_ends(ws, j) else (end, False)
        return k, place != self._home

    @staticmethod
    def _bare_unit_ends(ws: list[Word], j: int) -> bool:
        """Whether a bare "tỉnh" ending a name at `j` is not the first of a list of units ("Sở Y tế tỉnh,
        thành phố …": every province's) or of a longer name."""
        return j >= len(ws) or not ws[j].capital and ws[j].norm not in ("thanh", "tp")

    def _pattern_at(self, ws: list[Word], i: int) -> tuple[int, str | None]:
        """"UBND|HĐND <unit> <Place>": (end, unit) or (i, None)."""
        if ws[i].norm not in ("ubnd", "hdnd"):
            return i, None
        j, unit = self._unit_at(ws, i + 1)
        if unit is None:
            return i, None
        k, _ = self._place_at(ws, j, free=unit not in ("tinh",))
        return (k, unit) if k > j else (i, None)

    def _match_at(self, ws: list[Word], i: int, on: datetime.date | None,
                  strict: bool = True) -> tuple[int, AgencyRecord | None] | None:
        if strict and not ws[i].capital:
            return None  # in running text names start with a capital: "cơ sở y tế" (a clinic) is not "Sở Y tế"
        end, ids = self._longest(self._names, ws, i)
        record = self._choose(ids, on) if ids else None
        if record is not None:
            end, foreign = self._suffix(ws, end, record)
            if foreign:
                record = None
        pend, _ = self._pattern_at(ws, i)
        if pend > end:  # "UBND huyện Ba Vì": longer than any registry name here, so not one of ours
            ids = self._lookup(tuple(w.norm for w in ws[i:pend]))
            return pend, self._choose(ids, on) if ids else None
        if ids:
            return end, record
        return None

    def _lookup(self, key: tuple[str, ...]) -> list[str]:
        node: dict[str, Any] | None = self._names
        for part in key:
            node = node.get(part) if node is not None else None
        return list(node.get(_END, [])) if node else []

    def _start_re(self) -> tuple[re.Pattern[str], dict[str, frozenset[str] | None]]:
        """A regex for the capitalised words a name may start with (and the word after), and which of them to
        keep: folded first word → the folded second words that can follow it (None: any, the word alone is a
        name); `_hits` then walks the trie of names over the words after.

        Built once per registry. A name starts with a capital, and few capitalised words are the first word
        of a name: the regex engine skips at C speed to the capitals that could be, and words are made only
        around those that the words after them do not rule out (`chidao.text.groups.scan`)."""
        if self._starts is None:
            follow: dict[str, frozenset[str] | None] = {}
            for first, node in self._names.items():
                if first != _END:
                    follow[first] = None if _END in node else frozenset(node) | _SPECIAL
            for special in _OPEN:  # "UBND <unit> <place>", "Ủy ban nhân dân", "TP"
                node = self._names.get(special)
                follow[special] = None if node is not None and _END in node else _SPECIAL
            # a word never capitalised ("1022") starts no name
            firsts = [first for first in follow if letter_class(first[0], upper=True) != "[]"]
            # one character class first, so the regex engine skips to capitals at C speed; then each first
            # word (`_first_words_pattern`); then the next word, captured
            pattern = (letter_class({first[0] for first in firsts}, upper=True) + _first_words_pattern(firsts)
                       + r"(?!\w)(?=[^\w&]*(&|\w*))")
            self._starts = (re.compile(pattern), follow)
        return self._starts

    def _hits(self, text: str) -> Iterator[tuple[int, tuple[str, ...]]]:
        """Offsets of capitalised words that may start a name (a superset: the matcher decides), each with
        the word and the gaps and words after it as printed (`words_ahead`).

        About half the capitals that begin a name's first two words begin no name ("UBND cấp xã", "Văn
        phòng Quốc gia…"): ruling them out on the printed words costs far less than the window of words
        the matcher would need."""
        pattern, follow = self._start_re()
        known = self._known
        for m in pattern.finditer(text):
            first = fold_word(m.group(0))
            after = follow.get(first, _NOT_FIRST)
            if after is None:
                yield m.start(), printed_ahead(text, m.start(), m.end())  # the word alone is a name
            elif after is _NOT_FIRST:
                continue
            elif first in _OPEN or fold_word(m.group(1)) in after:
                # a set test first (most capitals fail it), then the words after, folded and joined as `words`
                # does; a text repeats its names, so the answer is kept per printing
                printed = printed_ahead(text, m.start(), m.end())
                head = printed[:11:2]  # the word and the five after it
                ok = known.get(head)
                if ok is None:
                    ok = self._may_start(head)
                    if len(known) < 100_000:
                        known[head] = ok
                if ok:
                    yield m.start(), printed

    def _may_start(self, printed: tuple[str, ...]) -> bool:
        """Whether a name can start at the capitalised word `printed[0]` followed by the words `printed[1:]`
        (False only when none can: the words, folded as `words` folds them, leave the trie of names before
        any name ends and are no "UBND <unit>")."""
        norms: list[str] = []
        for word in printed:
            if not word:
                break  # the end of the text
            norms.extend(token_norms(word))
        joined: list[str] = []
        i = 0
        while i < len(norms):
            if norms[i] in _HEADS:
                if len(norms) - i < 4:
                    return True  # "Ủy ban nhân dân" may be cut: let the matcher say
                short = _HEADS[norms[i]].get(tuple(norms[i + 1:i + 4]))
                if short:
                    joined.append(short)
                    i += 4
                    continue
            joined.append(norms[i])
            i += 1
        # "TP" is two words at one offset, and the matcher tries both ("thành", then "phố")
        return self._walk(joined) or (len(token_norms(printed[0])) > 1 and self._walk(joined[1:]))

    def _walk(self, seq: list[str]) -> bool:
        """Whether the folded words `seq` can begin a match of `_match_at` (a trie name or "UBND <unit>")."""
        if not seq:
            return False
        node = self._names.get(seq[0])
        head = seq[0] in ("ubnd", "hdnd")
        for k in range(1, len(seq)):
            if node is not None and _END in node:
                return True
            if k == 1 and head and seq[1] in _UNIT_FIRST:
                return True  # "UBND huyện Ba Vì" (`_pattern_at`)
            if node is None:
                return False
            node = node.get(seq[k])
        return node is not None or head  # the words captured run out: let the matcher say

    def find_agencies(self, text: str, on: datetime.date | None = None) -> list[AgencyMention]:
        """Every agency named in `text`, in order, with exact offsets.

        `name` is the registry's canonical name and `id` its id when the registry knows the agency;
        otherwise `name` is the phrase as printed (whitespace tidied) and `id` None. `on` picks, among
        agencies sharing a name, the one that existed that day. Mentions inside a group phrase
        ("Thủ trưởng các sở, ban, ngành") are not reported.

        Linear in the text: words are made only around capitalised words a name can start with (see
        `_start_re`); the result is the one a word-by-word scan of the whole text gives."""
        groups = find_groups(text)
        found: list[AgencyMention] = []
        g = done = 0
        matching = text_as_matched(text)
        for at, printed in self._hits(matching):
            if at < done:
                continue  # inside the last name
            match = self._match_ahead(matching, at, printed, on)
            if match is _UNSURE:  # most often a name longer than the captured words: start twice as wide
                match = self._match_in_window(matching, at, on, ahead=2 * sum(map(len, printed)))
            if match is None:
                continue
            start, done, record = match
            while g < len(groups) and groups[g].end < start:
                g += 1  # groups and mentions both run left to right: one pass over each
            if not (g < len(groups) and groups[g].start <= start and done <= groups[g].end):
                printed_name = text[start:done]
                name = record.name if record else self._another_provinces(printed_name, on)
                found.append(AgencyMention(name=name, id=record.id if record else None, as_printed=printed_name,
                                           start=start, end=done))
        return found

    def _another_provinces(self, printed: str, on: datetime.date | None) -> str:
        """The name of another province's body the registry knows the like of, its abbreviations written out as
        the registry's own ("Sở VHTT&DL Quảng Ngãi" is "Sở Văn hóa, Thể thao và Du lịch Quảng Ngãi")."""
        ws = words(printed)
        end, ids = self._longest(self._names, ws, 0) if ws else (0, None)
        record = self._choose(ids, on) if ids else None
        if record is None or end >= len(ws) or record.source != self.province or printed.isupper() \
                or self._home is not None and self._home in record.name:  # ("UBND tỉnh" is our own, by name)
            return written_out(printed)
        return f"{record.name} {written_out(printed[ws[end].start:])}"

    def _match_ahead(self, text: str, at: int, printed: tuple[str, ...], on: datetime.date | None) -> Any:
        """`_match_from` on the words `_hits` captured at `at`, or `_UNSURE` when they do not say enough.

        Nine names in ten are matched here, without a `Window` made by a new pass over the text. The words
        are all the matcher reads, so its answer is kept per printing (texts repeat their names and the
        words around them: "Sở Tài chính chủ trì, phối hợp"), as offsets from `at`."""
        if inside_word(text, at):
            return _UNSURE
        first = printed[:_FIRST_TRY]
        first_end = at + sum(map(len, first))
        tries = ((first, first_end), (printed, first_end + sum(map(len, printed[_FIRST_TRY:]))))
        for tried, end in tries:  # the fewer words, the more often they recur
            # the words as printed, in one piece: it splits into these words alone, and one string hashes
            # faster than a tuple of many
            key = (text[at:end], on, end == len(text))
            relative = self._matched.get(key, _UNKNOWN)
            if relative is _UNKNOWN:
                relative = self._match_printed(text, at, tried, on)
                if len(self._matched) < 50_000:
                    self._matched[key] = relative
            if relative is not _UNSURE:
                break
        if relative is None or relative is _UNSURE:
            return relative
        start, stop, record = relative
        return at + start, at + stop, record

    def _match_printed(self, text: str, at: int, printed: tuple[str, ...], on: datetime.date | None) -> Any:
        """`_match_ahead` before it is kept: offsets relative to `at`."""
        ws = words_ahead(text, at, printed)
        if ws is None:
            return _UNSURE
        try:
            match = self._match_from(ws, 0, on)
        except Short:  # the name may go on past the captured words
            return _UNSURE
        if match is None:
            return None
        start, stop, record = match
        return start - at, stop - at, record

    def _match_in_window(self, text: str, at: int, on: datetime.date | None, ahead: int) -> tuple | None:
        """`_match_from` at offset `at` on a `Window` made around it, about `ahead` characters long at first
        and widened as far as the matcher reads."""
        result: list[tuple | None] = []

        def step(ws: Window, k: int, done: int) -> None:
            result.append(self._match_from(ws, k, on))  # a `Short` inside: `scan` widens and calls again

        scan(text, ((at, 0),), step, ahead=max(32, ahead))
        return result[0]

    def _match_from(self, ws: Window, k: int, on: datetime.date | None) -> tuple | None:
        """(start offset, end offset, record or None) of the name starting at word k, or None."""
        i = k
        while i < len(ws.starts) and ws.starts[i] == ws.starts[k]:  # "TP" is two words at one offset
            word = ws[i]
            if word.capital and (word.norm in self._names or word.norm in ("ubnd", "hdnd")):
                match = self._match_at(ws, i, on)
                if match is not None:
                    end, record = match
                    return ws.starts[i], ws[end - 1].end, record
            i += 1
        return None

    def resolve(self, name: str, on: datetime.date | None = None) -> AgencyRecord | None:
        """The record a printed agency name means (on `on` when given), or None when unknown.

        Case does not matter here (a typed name); the whole of `name` must be the agency: "Sở Công thương
        tỉnh Lạng Sơn" resolves, "Sở Y tế tỉnh Cao Bằng" and "các sở, ban, ngành" do not."""
        ws = words(name)
        if not ws:
            return None
        match = self._match_at(ws, 0, on, strict=False)
        if match is None or match[0] != len(ws):
            return None
        return match[1]

    def seen_from(self, mentions: list[AgencyMention], issuer: str | None, place: str | None) -> list[AgencyMention]:
        """`mentions` as a document issued by `issuer` at `place` means them.

        "UBND tỉnh", "Sở Tài chính" in a decision of Đắk Lắk are Đắk Lắk's, in a ministry's letter any
        province's: outside this registry's province its local offices (and their ids) are not meant. They
        keep their names, the province's named for the issuer's; central bodies stay as they are. Without an
        issuer (a pasted passage, a digest) the text is taken for this province's own.
        """
        if self._home is None or not issuer or fold(self._home) in fold(f"{issuer} {place or ''}"):
            return mentions
        there = _province_of(issuer, self.province_names)  # a ministry in Hà Nội speaks for no province
        return [self._named_for(m, there) for m in mentions]

    def speaking_committee(self, mentions: list[AgencyMention], text: str) -> str | None:
        """The People's Committee of the one other province a text without a header names, when it never names
        this registry's own ("UBND tỉnh Điện Biên giao Cục Hải quan tỉnh …": a news item of Điện Biên), or None.

        Such a text's "Cục Hải quan tỉnh" is that province's, not this registry's (see `seen_from`).
        """
        committees = [m for m in mentions if _ANY_COMMITTEE.match(m.name)]
        if self._home is None or not committees or committees[0].id is not None:
            return None  # ("UBND tỉnh giao … phối hợp với UBND tỉnh Cao Bằng": our own committee speaks first)
        places = {_province_of(m.name, self.province_names) for m in committees if m.id is None and _COMMITTEE.match(m.name)}
        if len(places) != 1 or None in places or next(iter(places))[1] == self._home:
            return None
        if self._home in text or fold(self._home) in fold(text):
            return None
        unit, name = next(iter(places))
        return f"Ủy ban nhân dân {unit} {name}"

    def _named_for(self, mention: AgencyMention, there: tuple[str, str] | None) -> AgencyMention:
        record = self.by_id.get(mention.id) if mention.id else None
        if record is None or record.source == "central":
            return mention
        home, name = self._home, mention.name
        if there is not None:
            name = name.replace(f"tỉnh {home}", f"{there[0]} {there[1]}").replace(home, there[1])
        else:
            name = name.replace(f" tỉnh {home}", " tỉnh").replace(f" {home}", "")
        also = tuple(self._named_for(m, there) for m in mention.also)
        return dataclasses.replace(mention, name=name, id=None, also=also)

    def current(self, agency_id: str, on: datetime.date) -> list[AgencyRecord]:
        """The agencies doing `agency_id`'s work on `on`: itself while it exists, else its successors,
        followed through chains (a successor itself merged later); [] when abolished without one."""
        result: list[AgencyRecord] = []
        seen: set[str] = set()
        pending = [agency_id]
        while pending:
            record = self.by_id.get(pending.pop(0))
            if record is None or record.id in seen:
                continue
            seen.add(record.id)
            if record.active_on(on):
                result.append(record)
            elif record.valid_to is not None and record.valid_to < on:
                pending.extend(record.successors)
        return result


_ANY_COMMITTEE = re.compile(r"(?:Ủy|Uỷ) ban nhân dân|UBND")
_COMMITTEE = re.compile(r"(?:Ủy|Uỷ) ban nhân dân (?:tỉnh|thành phố) |UBND (?:tỉnh|thành phố|TP\.?) ?")


def _province_of(issuer: str, province_names: tuple[str, ...]) -> tuple[str, str] | None:
    """(unit, name) of the province or centrally-run city an issuer names ("thành phố", "Hồ Chí Minh")."""
    folded = fold(issuer)
    for name, folded_name in _folded_provinces(province_names):
        at = folded.find(folded_name)
        if at != -1:
            city = folded[:at].rstrip().endswith(("thanh pho", "tp", "tp."))
            return ("thành phố" if city else "tỉnh"), name
    return None


@functools.lru_cache(maxsize=4)
def _folded_provinces(names: tuple[str, ...]) -> list[tuple[str, str]]:
    """The province names, longest first, each with its folded form."""
    return [(name, fold(name)) for name in sorted(names, key=len, reverse=True)]


# "Chánh văn phòng Ủy ban nhân dân tỉnh", "Chánh thanh tra tỉnh": after the title of its head, an office's name
# is often printed without its capital. Matching reads it with the capital (same length, so offsets hold).
_TITLE_THEN_OFFICE = re.compile(
    r"(?<=Chánh\s)([vt])(?=ăn\s{1,3}phòng\s{1,3}[A-ZĐỦU]|hanh\s{1,3}tra\s{1,3}(?:tỉnh|thành\s{1,3}phố|[A-ZĐ]))")


# "Giám đốcSở Lao động", "hànhSở Tài chính": a web page that lost the space before an office's name. Matching
# reads the letter before the name as a blank (same length, so offsets hold), and the name starts a word. (The
# pattern opens with the heads' capitals, so that the regex engine skips to them.)
_JOINED_OFFICE = re.compile(
    f"[SUỦBCVT](?<=[{re.escape(LOWER_LETTERS)}].)"
    r"(?:ở|BND|[yỷ]\sban|ộ\s|ục\s|ông\san|ăn\sphòng|rung\stâm|hi\scục)(?!\w)")


# "Công an tỉnh, sở GTVT chỉ đạo …", "phối hợp với sở VHTT&DL, sở GD&ĐT", "yêu cầu công an tỉnh …": a
# department or the police printed without its capital in a list or after the verb, read with it (not "cơ sở
# Y tế", a clinic, nor "trụ sở UBND").
_LOWER_DEPARTMENT = re.compile(r"sở(?=\s(?:[A-ZĐ]{2,}|[A-ZĐ][a-zà-ỹđ]+\s[a-zà-ỹđ]))|công(?=\san\stỉnh(?!\w))")
_BEFORE_DEPARTMENT = re.compile(r"(?:[,;:(]|(?<!\w)(?:và|với|giao|cầu|nghị|cùng|đạo))\s\Z")


def _departments_capitalised(text: str) -> str:
    chars = None
    for m in _LOWER_DEPARTMENT.finditer(text):
        if _BEFORE_DEPARTMENT.search(text, max(0, m.start() - 8), m.start()):
            chars = chars or list(text)
            chars[m.start()] = text[m.start()].upper()
    return "".join(chars) if chars else text


def text_as_matched(text: str) -> str:
    """`text` as the matcher reads it: an office's name after its head's title, or a department's in a list,
    given its capital, and the letter before a name printed without its space read as one."""
    if text.find("Chánh v") != -1 or text.find("Chánh t") != -1:
        text = _TITLE_THEN_OFFICE.sub(lambda m: m.group(0).upper(), text)
    if text.find(" sở ") != -1 or text.find(" công an tỉnh") != -1:
        text = _departments_capitalised(text)
    joined = [m.start() - 1 for m in _JOINED_OFFICE.finditer(text)]
    if joined:
        chars = list(text)
        for at in joined:
            chars[at] = " "
        text = "".join(chars)
    return text


def _first_words_pattern(firsts: list[str]) -> str:
    """What follows the capital of any of the folded words `firsts`, the capital itself checked by a
    look-behind: "(?:[Aa…](?:(?<=[B…].)(?:n|o)|(?<=[T…].)(?:nd))|[Oo…](?:(?<=[B…].)(?:))|…)" for "ban", "bao",
    "tand" and "bo".

    The branches open with the class of the second letter: the regex engine passes over a branch whose class
    does not hold the next character without entering it (a look-behind first would be run in every branch),
    and no two of them hold the same letter. A one-letter word ends the list with its look-behind alone."""
    by_second: dict[str, dict[str, list[str]]] = {}
    for first in sorted(firsts, key=len, reverse=True):
        if len(first) > 1:
            by_second.setdefault(first[1], {}).setdefault(first[0], []).append(folded_pattern(first[2:]))
    branches = [
        letter_class(second) + "(?:" + "|".join(f"(?<={letter_class(c, upper=True)}.)(?:{'|'.join(rests)})"
                                                for c, rests in by_first.items()) + ")"
        for second, by_first in by_second.items()
    ]
    branches += [f"(?<={letter_class(first, upper=True)})" for first in firsts if len(first) == 1]
    return "(?:" + "|".join(branches) + ")"


# --- loading ---------------------------------------------------------------------------------------------


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ChidaoTextError(f"Không tìm thấy tệp dữ liệu cơ quan: {path.name}") from None
    except yaml.YAMLError as exc:
        raise ChidaoTextError(f"Tệp dữ liệu cơ quan {path.name} không đúng cú pháp YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("agencies"), list):
        raise ChidaoTextError(f"Tệp dữ liệu cơ quan {path.name} phải có danh sách 'agencies'.")
    return data


def _date(value: Any, where: str) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise ChidaoTextError(f"{where}: ngày không hợp lệ '{value}' (cần YYYY-MM-DD).") from None


def _record(item: Any, source: str) -> AgencyRecord:
    if not isinstance(item, dict) or not item.get("id") or not item.get("name"):
        raise ChidaoTextError(f"{source}: mỗi cơ quan cần có 'id' và 'name' ({item!r}).")
    where = f"{source}/{item['id']}"
    return AgencyRecord(
        id=str(item["id"]), name=str(item["name"]), aliases=tuple(str(a) for a in item.get("aliases") or ()),
        short_name=str(item.get("short_name") or ""), kind=str(item.get("kind") or "other"),
        level=str(item.get("level") or ""), parent=item.get("parent"),
        national_code=str(item.get("national_code") or ""),
        valid_from=_date(item.get("valid_from"), where), valid_to=_date(item.get("valid_to"), where),
        end_reason=item.get("end_reason"), successors=tuple(item.get("successors") or ()), source=source,
    )


def available_provinces() -> list[str]:
    """The province ids that have a data file."""
    return sorted(p.stem for p in (DATA_DIR / "provinces").glob("*.yaml"))


def read_registry(province: str = "lang-son") -> Registry:
    """Read the registry of `province` (and the central bodies) from the data files, uncached.

    Raises `ChidaoTextError` with a clear message for an unknown province or a malformed file."""
    if province not in available_provinces():
        raise ChidaoTextError(
            f"Không có dữ liệu cơ quan cho tỉnh '{province}' (có: {', '.join(available_provinces())})."
        )
    central = _read_yaml(DATA_DIR / "central.yaml")
    local = _read_yaml(DATA_DIR / "provinces" / f"{province}.yaml")
    records = [_record(i, "central") for i in central["agencies"]]
    records += [_record(i, province) for i in local["agencies"]]
    seen: set[str] = set()
    for r in records:
        if r.id in seen:
            raise ChidaoTextError(f"Mã cơ quan '{r.id}' bị trùng trong dữ liệu.")
        seen.add(r.id)
    return Registry(province, records, [str(p) for p in central.get("provinces") or ()],
                    {str(k): str(v) for k, v in (central.get("place_aliases") or {}).items()})


def load_registry(province: str = "lang-son") -> Registry:
    """The registry of `province`, read once per process (see `read_registry`)."""
    return _cached_registry(province)


@functools.lru_cache(maxsize=8)
def _cached_registry(province: str) -> Registry:
    return read_registry(province)
