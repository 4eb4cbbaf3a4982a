"""Agencies named once for a whole list: "các Bộ: Quốc phòng, Công an", "UBND các tỉnh Gia Lai, Đắk Lắk".

A text often prints the kind of agency once and then the names it applies to: "Bộ trưởng các Bộ: Tài
chính, Nông nghiệp và Môi trường", "Chủ tịch Ủy ban nhân dân các tỉnh Quảng Ngãi, Gia Lai và Khánh Hòa",
"các sở: Y tế, Giáo dục và Đào tạo". Each name of such a list is one agency ("Bộ Tài chính", "Ủy ban
nhân dân tỉnh Gia Lai"), not the group "các Bộ". Only names the data knows are read as items (the
ministries and departments of the registry, the provinces of `central.yaml`): a name like "Nông nghiệp
và Môi trường" holds "và" itself, so where one item ends can only be told by knowing the names.

The first item's mention starts at the head ("các Bộ: Quốc phòng"), so that an actor list reading from
the head finds an agency there rather than the group.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import functools
import heapq
import re
from typing import Any

from chidao.text.casing import PLACE_LEVELS, central_data, centrally_run_cities, readable_issuer
from chidao.text.dates import finditer_near, word_positions
from chidao.text.normalize import compile_across_lines, fold
from chidao.text.pattern_names import (DUTIES_IN_CAPITALS, NOT_NAME_WORDS, NOT_VERB, UNKNOWN_HEAD, VERB_START,
                                       predicate_pair_at, unknown_agency_at)
from chidao.text.subjects import SHORT_FORM, fold_same_length
from chidao.text.types import AgencyMention, GroupMention, moved

# Blanks between two words: a few, or a line break and the next line's indentation (a PDF's text laid out as
# on the page indents every line).
_S = r"(?:\s{0,3}\n[ \t]{0,40}|\s{1,3})"
_S0 = r"(?:\s{0,3}\n[ \t]{0,40}|\s{0,3})"  # (greedy: matched alone, it must take a blank line whole)
# Folded (same length as the text), so "Uỷ ban", "Ủy ban" and "ỦY BAN" are one head.
_HEAD = re.compile(
    r"\bcac(?P<kind>" + _S + r"bo(?:\s{0,3}," + _S + r"co" + _S + r"quan)?|" + _S + r"so"
    # "các Sở, ngành, địa phương, đơn vị: Tài nguyên và Môi trường, Xây dựng, …": the departments named
    + r"(?:(?:\s{0,3}," + _S + r"(?:ban|nganh|dia" + _S + r"phuong|don" + _S + r"vi|co" + _S + r"quan)){1,4}"
    + r"(?=\s{0,3}:|,?" + _S + r"nhu" + _S + r"))?)\b"  # ("các Sở, Ban, Ngành như Nông nghiệp …; Tài chính; …")
    # "Thủ trưởng các đơn vị: Y tế, Bộ Chỉ huy Quân sự thành phố, Công an thành phố, Tài chính": departments
    # by their fields, and other bodies by their names
    r"|\bcac" + _S + r"(?P<units>don" + _S + r"vi|co" + _S + r"quan)(?=\s{0,3}:)"
    # "các Tập đoàn VNPT, Viettel": state corporations, named by the corporations' own names
    r"|\bcac" + _S + r"(?P<firm>tap" + _S + r"doan|tong" + _S + r"cong" + _S + r"ty)\b"
    r"|\b(?:uy" + _S + r"ban" + _S + r"nhan" + _S + r"dan|ubnd)" + _S + r"cac" + _S
    + r"(?P<unit>tinh|huyen)(?:\s{0,3},?" + _S + r"thanh" + _S + r"pho)?(?:" + _S + r"truc" + _S
    + r"thuoc" + _S + r"trung" + _S + r"uong)?\b"
    # "Chủ tịch UBND 12 địa phương, gồm: Bạc Liêu, Bắc Ninh, …": the provinces counted, then named
    r"|\b(?:uy" + _S + r"ban" + _S + r"nhan" + _S + r"dan|ubnd)" + _S + r"\d{1,2}" + _S + r"(?P<places>dia" + _S
    + r"phuong|tinh(?:\s{0,3},?" + _S + r"thanh" + _S + r"pho)?)(?=\s{0,3},?" + _S + r"(?:bao" + _S + r")?gom\b)"
    # "Chủ tịch UBND các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh: Đắk Lắk, …"
    r"|\b(?:trong" + _S + r"do(?:" + _S + r"(?:trong" + _S + r"tam|tap" + _S + r"trung))?(?:" + _S + r"la)?|nhat" + _S
    + r"la|dac" + _S + r"biet" + _S + r"la)" + _S + r"cac" + _S + r"(?P<focus>tinh)\b"
)
# The committees a focus list narrows ("trong đó … các tỉnh: …" only names committees after them).
_PROVINCES_BEFORE = re.compile(r"(?:uy" + _S + r"ban" + _S + r"nhan" + _S + r"dan|ubnd)" + _S + r"cac" + _S + r"tinh")
_FOCUS_BACK = 200
# "UBND các tỉnh, thành phố được giao là cơ quan chủ quản các dự án nêu trên gồm: Hà Nội, …": what they have in
# common may stand between the kind and its list
_TO_INCLUDING = re.compile(r"[^.;:\n]{0,80}?(?<!\w)(?:bao" + _S + r")?gom(?!\w)")
_AFTER_HEAD = re.compile(_S0 + ":?" + _S0)
_SUCH_AS = re.compile(r",?" + _S + r"nhu" + _S)
_BETWEEN = re.compile(_S0 + r"(?:[,;]|\s[-–])?" + _S0 + r"(?:va" + _S + r")?")
# "các tỉnh, thành phố: Hà Nội, tỉnh Ninh Bình": an item may repeat its unit.
_UNIT_PREFIX = re.compile(r"(?:tinh|thanh" + _S + r"pho|tp\.?|huyen|thi" + _S + r"xa)" + _S)


def find_enumerated_agencies(text: str, registry: Any, on: datetime.date | None = None) -> list[AgencyMention]:
    """The agencies of every "kind once, names after" list in `text`, one mention per name, in order.

    `registry` is a `chidao.text.agencies.Registry`; a name it knows gets its canonical name and id,
    another province's People's Committee is reported with id None ("Ủy ban nhân dân tỉnh Gia Lai").
    """
    if not hasattr(registry, "resolve"):  # a bare recognizer (anything with `find_agencies`) knows no names
        return []
    items = _items(registry)
    found: list[AgencyMention] = []
    done = 0
    # Only the few places where "các" is followed by a word a head can have are folded, not the whole text.
    hints = _HEAD_HINT.finditer(text)
    if "gồm" in text:
        hints = heapq.merge(hints, *(h.finditer(text) for h in _COUNTED_HINTS), key=lambda m: m.start())
    for hint in hints:
        if hint.start() < done:
            continue
        lo, hi = max(0, hint.start() - _BEFORE_HINT), min(len(text), hint.end() + _AFTER_HINT)
        window, folded = text[lo:hi], fold_same_length(text[lo:hi])
        at = hint.start() - lo  # the head holding this "các" (it may start before it: "Ủy ban nhân dân các")
        head = next((h for h in _HEAD.finditer(folded, max(0, at - _BEFORE_HINT)) if h.end() > at), None)
        if head is not None and head.group("focus") and not _PROVINCES_BEFORE.search(
                fold_same_length(text[max(0, lo + head.start() - _FOCUS_BACK):lo + head.start()])):
            head = None  # "nhất là tại các tỉnh: …" in a report of damage names places, not committees
        if head is not None and head.start() <= at and head.start() + lo >= done:
            kind = "bo" if head.group("kind") and "bo" in head.group("kind") else (
                "so" if head.group("kind") else "units" if head.group("units") else head.group("unit")
                or head.group("focus") or ("tinh" if head.group("places") else " ".join(head.group("firm").split())))
            listed = _list_after(window, folded, head.start(), head.end(), kind,
                                 items.get("so" if kind == "units" else kind), registry, on)
            if kind == "tinh" and _PARTY_TOO.search(folded, max(0, head.start() - 40), head.start()):
                listed = [_with_party_committee(m, registry, on) for m in listed]
            found.extend(moved(m, lo) for m in listed)
            done = max(done, head.end() + lo, *(m.end + lo for m in listed))
    return found


_HEAD_HINT = re.compile(r"(?:các|Các|CÁC)(?:[ \t]{0,3}\n[ \t]{0,40}|[ \t\n]{1,3})"
                        r"(?:[Bb]ộ|BỘ|[Ss]ở|SỞ|[Tt]ỉnh|TỈNH|[Hh]uyện|HUYỆN|Tập[ \t\n]{1,3}đoàn"
                        r"|(?:đơn[ \t\n]{1,3}vị|cơ[ \t\n]{1,3}quan)(?=[ \t]{0,3}:)"
                        r"|Tổng[ \t\n]{1,3}công[ \t\n]{1,3}ty)(?!\w)")
# "UBND 12 địa phương, gồm: …": the provinces counted, then named (each opening with its literal, which the
# regex engine searches for fast)
_COUNTED_HINTS = tuple(re.compile(before + r" \d{1,2}[ \t]{1,3}(?:địa|tỉnh)(?!\w)") for before in ("UBND", "nhân dân"))
_BEFORE_HINT = 80  # "Ủy ban nhân dân " (and "Bí thư Tỉnh ủy và Chủ tịch ") stands before the "các"
_AFTER_HINT = 800  # the list of names after the head


# "Bí thư Tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: …" (a công điện to the provinces' two leaders).
_PARTY_TOO = re.compile(r"bi" + _S + r"thu" + _S + r"(?:tinh|thanh)" + _S + r"uy\s{0,3}(?:,|" + _S + r"va)" + _S
                        + r"(?:chu" + _S + r"tich" + _S + r")?$")


def _with_party_committee(mention: AgencyMention, registry: Any, on: datetime.date | None) -> AgencyMention:
    place = mention.name.removeprefix("Ủy ban nhân dân ").split(" ", 1)
    unit, name = (place[0], place[1]) if place[0] == "tỉnh" else ("thành phố", mention.name.split("thành phố ", 1)[-1])
    printed = f"{'Tỉnh' if unit == 'tỉnh' else 'Thành'} ủy {name}"
    record = registry.resolve(printed, on=on)
    party = AgencyMention(record.name if record else printed, record.id if record else None,
                          mention.as_printed, mention.start, mention.end)
    return dataclasses.replace(mention, also=(party,))


def _list_after(text: str, folded: str, head_start: int, pos: int, kind: str, pattern: re.Pattern[str] | None,
                registry: Any, on: datetime.date | None) -> list[AgencyMention]:
    found: list[AgencyMention] = []
    if folded.find("gom", pos, pos + 90) != -1 and (including := _TO_INCLUDING.match(folded, pos)):
        pos = including.end()
    such_as = _SUCH_AS.match(folded, pos)
    after = such_as.end() if such_as else _AFTER_HEAD.match(folded, pos).end()
    colon = ":" in folded[pos:after] or such_as is not None
    pos = after
    while True:
        unit = _UNIT_PREFIX.match(folded, pos) if kind in ("tinh", "huyen") else None
        item_start = unit.end() if unit else pos
        item_end = _firm_end(text, item_start) if kind in _FIRMS else _item_end(pattern, folded, item_start)
        if item_end is None and colon and kind == "so" and (not found or "," in folded[found[-1].end:item_start]):
            item_end = _unknown_field_end(text, item_start)  # "Các sở: Xây dựng, Quy hoạch - Kiến trúc, …"
        whole = None
        if kind == "units" and (item_end is None or folded[item_end:item_end + 1].isalnum()):
            whole = _whole_name(text, item_start, registry, on)  # "Bộ Chỉ huy Quân sự thành phố"
            item_end = whole[0] if whole else item_end
        if item_end is None or not text[item_start].isupper():
            break
        start = head_start if not found else pos
        item = SHORT_FORM.sub("", text[item_start:item_end])
        name, agency_id = whole[1:] if whole else _name(kind, item, folded[pos:item_start], registry, on)
        found.append(AgencyMention(name, agency_id, text[start:item_end], start, item_end))
        pos = _BETWEEN.match(folded, item_end).end()
    # Without a colon, one name is not a list: "các Sở Xây dựng nêu trên" are several provinces' own.
    return found if colon or len(found) > 1 else []


_ITEM_STOP = re.compile(r"\s{0,3}(?:[,;:.()\n]|\svà\s)")
_WHOLE_NAME_MAX = 80


def _whole_name(text: str, pos: int, registry: Any, on: datetime.date | None) -> tuple[int, str, str | None] | None:
    """(end, name, id) of a body named in full as an item of a list of units, up to the next comma, or None."""
    window = text[pos:pos + _WHOLE_NAME_MAX]
    known = next(iter(registry.find_agencies(window, on=on)), None)  # ("Sở Văn hóa, Thể thao và Du lịch")
    if known is not None and known.start == 0:
        return pos + known.end, known.name, known.id
    stop = _ITEM_STOP.search(window)
    named = unknown_agency_at(window, 0, stop.start()) if stop else None
    if isinstance(named, AgencyMention) and named.end == stop.start():
        return pos + named.end, named.name, None
    return None


# What opens another actor after a list of departments: a title, another kind of body.
_NOT_A_FIELD = re.compile(r"(?:Chủ|Lãnh|Thủ|Giám|Tổng|Chánh|Cục|Chi|Kho|Văn|Bộ|Sở|Ban|Ủy|Uỷ|UBND|Công|Ngân|Thuế|Hải"
                          r"|Trung|Viện|Đài|Báo)(?!\w)")
_FIELD_WORD = re.compile(r"[ \t]{1,3}([-–&])?[ \t]{0,3}([^\W\d_][\w&]*)")
_FIELD_WORDS_MAX = 7


def _unknown_field_end(text: str, pos: int) -> int | None:
    """The end of a department's field the data does not know, printed as an item of a list after a colon
    ("Quy hoạch - Kiến trúc" among "Các sở: Xây dựng, Tài chính, Quy hoạch - Kiến trúc, …"), or None: a
    capitalised word, then its plain syllables and dash-joined capitalised words, up to the verb."""
    first = _FIRST_WORD.match(text, pos)
    if first is None or not text[pos].isupper() or _NOT_A_FIELD.match(text, pos):
        return None
    end = first.end()
    for _ in range(_FIELD_WORDS_MAX):
        m = _FIELD_WORD.match(text, end)
        if m is None:
            break
        dash, word = m.group(1), m.group(2)
        if dash and not word[0].isupper() or not dash and (word[0].isupper() or word in VERB_START
                                                             or word in NOT_VERB or word in NOT_NAME_WORDS):
            break
        end = m.end()
    return end


def _item_end(pattern: re.Pattern[str], folded: str, pos: int) -> int | None:
    m = pattern.match(folded, pos)
    return m.end() if m else None


# A corporation's own name: capitalised words (acronyms, "Công nghiệp - Viễn thông Quân đội"), with at most three
# lower-case words inside when a capitalised one follows them ("Điện lực miền Bắc").
_FIRMS = {"tap doan": "Tập đoàn", "tong cong ty": "Tổng công ty"}
_FIRM_WORD = re.compile(r"[ \t\n]{1,3}(?:[-–][ \t]{1,3})?([^\W\d_]\w*)|-(\w+)")
_FIRM_LOWER_RUN = 3
_FIRST_WORD = re.compile(r"[^\W_]\w*")


def _firm_end(text: str, pos: int) -> int | None:
    """Where the corporation name starting at `pos` ends, or None when no capitalised word starts there."""
    first = _FIRST_WORD.match(text, pos)
    if first is None or not text[pos].isupper() or _NOT_A_FIRM.match(text, pos):
        return None
    end = cursor = first.end()
    lower = 0
    while (m := _FIRM_WORD.match(text, cursor)) is not None:
        word = m.group(1) or m.group(2)
        if word[0].isupper() or word[0].isdigit():
            end, lower = m.end(), 0
        elif m.group(0).lstrip(" \t").startswith(("-", "–")) or not _may_end_name(text, m.start(1), word):
            break
        else:
            lower += 1
            if lower > _FIRM_LOWER_RUN:
                break
            if lower == 1 and end == m.start(0):
                end = m.end()  # "Quân đội": one plain syllable ends a word of the name
        cursor = m.end()
    short = SHORT_FORM.match(text, end)
    return short.end() if short else end  # "Điện lực Việt Nam (EVN)": its short form belongs to the item


# What ends a list of corporations: an investor, a person's title, another kind of agency.
_NOT_A_FIRM = re.compile(r"(?:Chủ\s{1,3}đầu\s{1,3}tư|Chủ\s{1,3}tịch|Lãnh\s{1,3}đạo|Thủ\s{1,3}trưởng|(?:Tổng\s{1,3})?Giám"
                         r"\s{1,3}đốc|Bộ|Sở|Ban|Ủy\s{1,3}ban|Uỷ\s{1,3}ban|UBND|Công\s{1,3}ty|Ngân\s{1,3}hàng)(?!\w)")


def _may_end_name(text: str, pos: int, word: str) -> bool:
    return word not in VERB_START and word not in NOT_VERB and word not in NOT_NAME_WORDS \
        and not predicate_pair_at(text, pos, len(text))


def _name(kind: str, item: str, unit: str, registry: Any, on: datetime.date | None) -> tuple[str, str | None]:
    item = " ".join(item.split())
    if kind in _FIRMS:
        return f"{_FIRMS[kind]} {item}", None
    if kind == "bo":
        printed = f"Bộ {item}"
    elif kind in ("so", "units"):
        printed = f"Sở {item}"
    elif kind == "tinh":
        item = _place_aliases().get(item, item)  # "…, Hậu Giang và TPHCM"
        city = unit.startswith(("thanh", "tp")) or (not unit and item in centrally_run_cities())
        printed = f"Ủy ban nhân dân {'thành phố' if city else 'tỉnh'} {item}"
    else:
        printed = f"Ủy ban nhân dân {_huyen_unit(unit)} {item}"
    record = registry.resolve(printed, on=on)
    return (record.name, record.id) if record else (printed, None)


def _huyen_unit(unit: str) -> str:
    if unit.startswith(("thanh", "tp")):
        return "thành phố"
    return "thị xã" if unit.startswith("thi") else "huyện"


@functools.lru_cache(maxsize=8)
def _items(registry: Any) -> dict[str, re.Pattern[str]]:
    """For each kind of head, one pattern matching (folded) the names the data knows for its items."""
    tails: dict[str, set[str]] = {"bo": set(), "so": set(), "huyen": set(),
                                  "tinh": {*getattr(registry, "province_names", ()), *_place_aliases()}}
    for record in getattr(registry, "records", ()):
        for name in record.names():
            word, _, rest = name.partition(" ")
            if word == "Bộ" and rest:
                tails["bo"].add(rest)
            elif word == "Sở" and rest:
                tails["so"].add(rest)
            elif record.level == "huyen" and record.kind == "peoples_committee":
                place = _place_of(name)
                if place:
                    tails["huyen"].add(place)
    return {kind: _alternation(names) for kind, names in tails.items()}


@functools.lru_cache(maxsize=1)
def _place_aliases() -> dict[str, str]:
    """{short form: place} of the places a list may print short ("TPHCM": "Hồ Chí Minh"), from the data."""
    return {str(k): str(v) for k, v in (central_data().get("place_aliases") or {}).items()}


_HUYEN_NAME = re.compile(r"(?:Ủy ban nhân dân|UBND) (?:huyện|thành phố|thị xã|TP\.?) (.+)")


def _place_of(name: str) -> str | None:
    m = _HUYEN_NAME.fullmatch(name)
    return m.group(1) if m else None


_AND = "(?:va|&)"  # "Nông nghiệp & PTNT" is printed for "Nông nghiệp và PTNT"
# between two words of a name: blanks, or a comma or a dash ("Văn hóa, Thể thao" = "Văn hóa - Thể thao")
_BETWEEN_WORDS = r"(?:\s{0,3}[,\-–]\s{0,3}|\s{1,6})"  # ("VH,TT&DL": a comma without a blank after it)


def _alternation(names: set[str]) -> re.Pattern[str]:
    # Longest first, so "Nông nghiệp và Môi trường" is not cut after "Nông nghiệp" when both exist.
    folded = sorted({fold_same_length(n) for n in names if n}, key=len, reverse=True)
    parts = [_BETWEEN_WORDS.join(_AND if w == "va" else re.escape(w) for w in n.replace(",", " ").split())
             for n in folded]
    return re.compile(r"(?:" + "|".join(parts) + r")\b" if parts else r"(?!)")


def merge_enumerated(agencies: list[Any], groups: list[Any], listed: list[AgencyMention]) -> tuple[list, list]:
    """Agencies and groups with the enumerated agencies `listed` put in, each in order of start.

    The list says more than what overlaps it: a registry mention or a group phrase ("Chủ tịch Ủy
    ban nhân dân các tỉnh", read before the names that follow it) over the same words gives way.
    """
    if not listed:
        return agencies, groups
    starts = [m.start for m in listed]

    def overlaps(mention: Any) -> bool:
        i = bisect.bisect_left(starts, mention.end) - 1  # the last listed mention starting before its end
        return i >= 0 and listed[i].end > mention.start

    kept = [m for m in agencies if not overlaps(m)]
    flat = [n for m in listed for n in (m, *m.also)]
    return sorted([*kept, *flat], key=lambda m: m.start), [g for g in groups if not overlaps(g)]


# "II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG": a heading in capitals naming whose duties follow.
_DUTIES_HEADING = re.compile(rf"(?m)^[ \t*_]{{0,8}}(?:[IVXL]{{1,6}}[./]|\d{{1,2}}[./])?[ \t*_]{{0,4}}{DUTIES_IN_CAPITALS}"
                             r"([A-ZÀ-ỸĐ&,\- ]{4,120}?)[ \t*_:]*$")


def readable_headings(text: str) -> str:
    """`text` with the body named by a duties heading in capitals written as names are ("BỘ TÀI NGUYÊN VÀ MÔI
    TRƯỜNG" → "Bộ Tài nguyên và Môi trường"), character for character, so the finders read it there."""
    pieces = []
    last = 0
    for m in _DUTIES_HEADING.finditer(text):
        name = readable_issuer(m.group(1))
        if len(name) == len(m.group(1)):
            pieces += [text[last:m.start(1)], name]
            last = m.end(1)
    return "".join(pieces) + text[last:] if pieces else text


def find_actors(text: str, registry: Any, on: datetime.date | None = None) -> tuple[list, list]:
    """(agencies, group phrases) of `text`, each in order: the registry's agencies and unknown ones by pattern,
    with the enumerated lists put in (`merge_enumerated`). What tasks are read from."""
    from chidao.text.groups import find_groups
    from chidao.text.implied import implied_agencies, implied_groups

    text = readable_headings(text)
    listed = find_enumerated_agencies(text, registry, on)
    agencies, groups = merge_enumerated(registry.find_agencies(text, on=on), find_groups(text), listed)
    towns = _towns_after_groups(text, groups, agencies, registry, on)
    members, groups = _places_named_after_groups(text, groups, registry, on)
    last_named, groups = _last_level_named(text, groups, registry, on)
    members += last_named
    local = _local_bodies_by_level(text, [*agencies, *towns, *members, *groups])
    if towns or members or local:
        agencies = sorted([*agencies, *towns, *members, *local], key=lambda m: m.start)
    implied = implied_agencies(text, agencies, registry)
    unnamed = implied_groups(text, groups)
    if unnamed:
        groups = sorted([*groups, *unnamed], key=lambda g: g.start)
    return (sorted([*agencies, *implied], key=lambda m: m.start) if implied else agencies), groups


# "Chủ tịch UBND các huyện, thành phố Mỹ Tho, thị xã Gò Công": after the districts' committees (a group), the
# towns named one by one are committees each; so are those after a town's committee ("UBND TP.Tam Kỳ và huyện Phú
# Ninh").
_LOCAL_GROUP_END = re.compile(r"(?:(?:Ủy|Uỷ|ỦY|UỶ)\s{1,3}(?:ban|BAN)\s{1,3}(?:nhân|NHÂN)\s{1,3}(?:dân|DÂN)|UBND)\s{1,3}các"
                              r"\s{1,3}\w+(?:,\s{1,3}\w+){0,2}$")  # ("UBND các quận, huyện và thành phố Thủ Đức")
_LOCAL_COMMITTEE = re.compile(r"(?:Ủy|Uỷ)\s{1,3}ban\s{1,3}nhân\s{1,3}dân\s{1,3}|UBND\s{1,3}")
_LEVEL = "|".join(level.replace(" ", r"\s{1,3}") for level in PLACE_LEVELS if level != "tỉnh") + r"|TP\.?"
_PLACE_NAME = r"[A-ZĐ]\w*(?:[ \t]{1,3}[A-ZĐ]\w*){0,3}"
_NAMED_TOWN = compile_across_lines(rf"\s{{0,3}}(?:,|và)\s{{1,3}}({_LEVEL})[ \t]{{0,3}}({_PLACE_NAME})")
_LOCAL_LEVEL = re.compile(_LEVEL)


def _level(printed: str) -> str:
    """A level as printed, spelled out: "TP." is "thành phố"."""
    return "thành phố" if printed.startswith("TP") else " ".join(printed.split())


def _town_committee(text: str, level: str, place: str, start: int, end: int, registry: Any,
                    on: datetime.date | None) -> AgencyMention:
    """The committee of the town `place` of `level`, printed as `text[start:end]` (the registry's when known)."""
    name = f"Ủy ban nhân dân {level} {' '.join(place.split())}"
    record = registry.resolve(name, on) if hasattr(registry, "resolve") else None
    return AgencyMention(record.name if record else name, record.id if record else None, text[start:end], start, end)


def _towns_after_groups(text: str, groups: list[Any], agencies: list[Any], registry: Any,
                        on: datetime.date | None) -> list[AgencyMention]:
    taken = {m.start for m in agencies}
    ends = [g.end for g in groups if _LOCAL_GROUP_END.search(g.text)]
    ends += [a.end for a in agencies if _is_local_committee(a.as_printed)]
    towns = []
    for at in sorted(ends):
        while (m := _NAMED_TOWN.match(text, at)) is not None and m.start(1) not in taken:
            towns.append(_town_committee(text, _level(m.group(1)), m.group(2), m.start(1), m.end(), registry, on))
            taken.add(m.start(1))
            at = m.end()
    return towns


# "các huyện Thanh Hà, Tứ Kỳ, Kim Thành và Ninh Giang", "UBND các xã: Tân Phú, Tân Lập": a group of places
# followed by their names announces its members, who lead in its stead.
# ("Chủ tịch UBND các phường Bến Nghé, Bến Thành": the committees of the places, after their chairmen's title)
_PLACES_GROUP = re.compile(rf"^(?:(?:[Pp]hó\s{{1,3}})?(?:Chủ|chủ)\s{{1,3}}tịch\s{{1,3}}(?=Ủy|Uỷ|UBND))?"
                           rf"(?:(?P<committee>(?:Ủy|Uỷ)\s{{1,3}}ban\s{{1,3}}nhân\s{{1,3}}dân|UBND)\s{{1,3}})?"
                           rf"[Cc]ác\s{{1,3}}(?P<level>{_LEVEL})$")
_FIRST_PLACE = compile_across_lines(rf"[ \t]{{0,3}}:?[ \t]{{1,3}}({_PLACE_NAME})")
# (a later member may print its own level: "UBND các huyện Đông Hòa, Tuy An; thị xã Sông Cầu và TP Tuy Hòa")
_NEXT_PLACE = compile_across_lines(rf"[ \t]{{0,3}}(?:,|;|và)[ \t]{{1,3}}(?:({_LEVEL})[ \t]{{1,3}})?({_PLACE_NAME})")


def _places_named_after_groups(text: str, groups: list[Any], registry: Any,
                               on: datetime.date | None) -> tuple[list[AgencyMention], list[Any]]:
    """The places a group of them announces by name, each a lead (the first one's span opens with the group's
    words), and the groups left."""
    members: list[AgencyMention] = []
    kept = []
    for group in groups:
        shape = _PLACES_GROUP.match(group.text)
        first = _FIRST_PLACE.match(text, group.end) if shape is not None else None
        if first is None or _LOCAL_LEVEL.match(first.group(1)):
            kept.append(group)
            continue
        level = _level(shape.group("level"))
        found, place, start = first, first.group(1), group.start
        while found is not None:
            if shape.group("committee"):
                members.append(_town_committee(text, level, place, start, found.end(), registry, on))
            else:  # "các huyện Thanh Hà, …": the places, as printed
                members.append(AgencyMention(f"{level} {' '.join(place.split())}", None, text[start:found.end()],
                                             start, found.end()))
            found = _NEXT_PLACE.match(text, found.end())
            if found is not None and UNKNOWN_HEAD.match(text, found.start(2)):
                break  # "UBND các huyện A, B; Sở Y tế …": the next actor, not a place
            if found is not None:
                level = _level(found.group(1)) if found.group(1) else level
                place, start = found.group(2), found.start(1) if found.group(1) else found.start(2)
    return members, kept


# "UBND xã, Ban chỉ huy phòng chống thiên tai: …", "Công an, Quân sự xã: …", "Chủ tịch UBND phường 11, 12":
# a commune's or a district's own bodies named by their level alone (a commune's papers, a news item about it),
# or a numbered ward. Not a class of them: "các xã", "cấp xã", "UBND xã, phường, thị trấn" are groups.
_LOCAL_KINDS = (r"(?:UBND|(?:Ủy|Uỷ)\s{1,3}ban\s{1,3}nhân\s{1,3}dân|Công\s{1,3}an|Ban\s{1,3}[Cc]hỉ\s{1,3}huy\s{1,3}[Qq]uân"
                r"\s{1,3}sự|Quân\s{1,3}sự)")
_LOCAL_LEVELS = r"(?:xã|phường|thị\s{1,3}trấn|huyện|quận|thị\s{1,3}xã)"
# (opening with the kinds' first letters, so that the regex engine skips to them; what stands before is
# checked after a match: `_CLASS_BEFORE`)
_LOCAL_BODY = compile_across_lines(
    rf"({_LOCAL_KINDS}(?:\s{{0,3}},\s{{1,3}}{_LOCAL_KINDS}){{0,2}})\s{{1,3}}"
    rf"({_LOCAL_LEVELS})(?:\s{{1,3}}(\d{{1,2}}(?:\s{{0,3}},\s{{0,3}}\d{{1,2}}){{0,4}}))?(?!\w)"
    rf"(?!\s{{0,3}}(?:,|và|hoặc|/|-|–)\s{{0,3}}(?:{_LOCAL_LEVELS}|đặc\s{{1,3}}khu|thành\s{{1,3}}phố)(?!\w))"
    r"(?![ \t]{1,3}[A-ZĐ])")
_CLASS_BEFORE = re.compile(r"(?:[Cc]ác|cấp) $")
_LEVEL_WORDS_FOUND = ("xã", "phường", "huyện", "quận", "trấn")  # (one word of each level: "thị xã", "thị trấn")
_KINDS_REACH = 70  # "Ban Chỉ huy Quân sự, Công an, Quân sự xã": the longest run of kinds before the level
_KIND_NAMES = {"ubnd": "Ủy ban nhân dân", "uy ban nhan dan": "Ủy ban nhân dân", "cong an": "Công an",
               "ban chi huy quan su": "Ban Chỉ huy Quân sự", "quan su": "Quân sự"}
_ONE_KIND = compile_across_lines(_LOCAL_KINDS)
_NUMBER = re.compile(r"\d{1,2}")


def _local_bodies_by_level(text: str, taken: list[Any]) -> list[AgencyMention]:
    """The local bodies `_LOCAL_BODY` finds where no other mention is: one per kind and per ward number, each
    spanning its own words (the first kind's up to the level, or the number it adds)."""
    if "xã" not in text and "phường" not in text and "huyện" not in text and "quận" not in text \
            and "trấn" not in text:
        return []  # a cheap look first
    spans = sorted((m.start, m.end) for m in taken)
    found = []
    levels = word_positions(text, _LEVEL_WORDS_FOUND)  # the regex runs only in the short stretch before these
    for m in finditer_near(_LOCAL_BODY, text, 0, len(text), levels, _KINDS_REACH, _KINDS_REACH + 40):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "." or _CLASS_BEFORE.search(
                text, max(0, m.start() - 5), m.start())):
            continue  # inside a word, or "các xã", "cấp xã": a class of them
        i = bisect.bisect_right(spans, (m.start(), len(text))) - 1
        if i >= 0 and spans[i][1] > m.start() or i + 1 < len(spans) and spans[i + 1][0] < m.end():
            continue  # part of a name or a group already found
        level = " ".join(m.group(2).split())
        numbers = list(_NUMBER.finditer(text, m.start(3), m.end(3))) if m.group(3) else [None]
        kinds = list(_ONE_KIND.finditer(text, m.start(1), m.end(1)))
        first = numbers[0]
        for k, kind in enumerate(kinds):
            if k < len(kinds) - 1:  # "Công an, Quân sự xã": an earlier kind spans its own words
                pieces = [(kind.start(), kind.end(), first)]
            else:  # the last spans up to the level or its first number; each further number is its own
                pieces = [(kind.start(), first.end() if first else m.end(2), first)]
                pieces += [(number.start(), number.end(), number) for number in numbers[1:]]
            name = f"{_KIND_NAMES[fold(' '.join(kind.group().split()))]} {level}"
            for start, end, number in pieces:
                found.append(AgencyMention(f"{name} {number.group()}" if number else name, None, text[start:end],
                                           start, end))
    return found


# "UBND các xã và thị trấn Cam Đức": the group's last level, named, is that town's committee, not part of the group.
_LAST_LEVEL = re.compile(rf"(?:,|\s(?:và|hoặc))\s{{1,3}}({_LEVEL})$")
_NAME_AFTER = compile_across_lines(rf"[ \t]{{1,3}}({_PLACE_NAME})")


def _last_level_named(text: str, groups: list[Any], registry: Any,
                      on: datetime.date | None) -> tuple[list[AgencyMention], list[Any]]:
    """The committees `_LAST_LEVEL` finds after the groups of places, and the groups left (shortened)."""
    found: list[AgencyMention] = []
    kept = []
    for group in groups:
        last = _LAST_LEVEL.search(group.text) if _LOCAL_COMMITTEE.match(group.text) else None
        name = _NAME_AFTER.match(text, group.end) if last is not None else None
        if name is None or _LOCAL_LEVEL.match(name.group(1)):
            kept.append(group)
            continue
        found.append(_town_committee(text, _level(last.group(1)), name.group(1), group.start + last.start(1),
                                     name.end(), registry, on))
        cut = group.start + last.start()
        kept.append(GroupMention(" ".join(text[group.start:cut].split()), group.start, cut))
    return found, kept


def _is_local_committee(printed: str) -> bool:
    """"UBND TP.Tam Kỳ", "Ủy ban nhân dân huyện Cao Lộc": a town's or district's own committee."""
    head = _LOCAL_COMMITTEE.match(printed)
    return head is not None and _LOCAL_LEVEL.match(printed, head.end()) is not None
