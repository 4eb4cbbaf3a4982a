"""Agencies a text charges without printing their names: "quý Bộ" in a letter to one ministry, the bare
"Tỉnh" or "Thành phố" of a conclusion about one province or city ("Tỉnh tổng hợp nhu cầu, báo cáo Bộ Tài
chính") or the place named as a subject ("thành phố Đà Nẵng cần tập trung …"), and the ministries
whose heads are addressed by title alone ("Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ …")."""

from __future__ import annotations

import re
from typing import Any

from chidao.text.normalize import LOWER_LETTER, compile_across_lines
from chidao.text.pattern_names import unknown_name_ending_at
from chidao.text.types import AgencyMention, GroupMention


def implied_agencies(text: str, agencies: list, registry: Any) -> list[AgencyMention]:
    """A mention for each place in `text` where an agency named elsewhere (in `agencies`, the ones found by
    name, or the province `text` is about) is meant, in no particular order."""
    return (_the_province_itself(text, registry) + _the_addressee_again(text, agencies)
            + _short_forms_again(text, agencies) + _this_body_again(text, agencies))


# "Chủ tịch UBND TPHCM giao Sở Xây dựng chủ trì … Đồng thời, Sở này xây dựng quy chế …": the body of that kind
# named last before.
_PARTNER_BEFORE = re.compile(r"(?:với|cùng|và)\s{1,3}$")
_THIS_BODY = re.compile(r"(?<!\w)([Ss]ở|[Bb]ộ|[Cc]ục|[Tt]rung tâm|[Vv]iện)\s{1,3}này(?!\w)")
_THIS_REACH = 16  # from the kind's word to "này"


def _this_body_again(text: str, agencies: list) -> list[AgencyMention]:
    found = []
    at = text.find(" này")
    while at != -1:  # each "này" (a plain search: "Quyết định này" is everywhere), then the word before it
        m = _THIS_BODY.search(text, max(0, at - _THIS_REACH), at + 4)
        if m is not None:
            head = m.group(1).capitalize() + " "
            named = next((a for a in reversed(agencies) if a.end <= m.start() and a.name.startswith(head)
                          and not _PARTNER_BEFORE.search(text, max(0, a.start - 16), a.start)), None)
            if named is not None:  # (the body charged, not its partner)
                found.append(AgencyMention(named.name, named.id, m.group(), m.start(), m.end()))
        at = text.find(" này", at + 4)
    return found


# "Trung tâm Kiểm soát bệnh tật tỉnh (CDC)" then "CDC tỉnh hướng dẫn …": the short form a text gives a body in
# brackets after its name, then uses alone (or with the level the name ends with).
_BRACKETED_SHORT = re.compile(r"\(([A-ZĐ][A-ZĐ0-9&]{1,9})\)")  # literal first: the engine skips to each "("
_LEVEL_WORDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường")
_NOT_SHORT_FORMS = frozenset(("UBND", "HĐND", "MTTQ", "TW", "TP", "VN", "CP"))


def _short_forms_again(text: str, agencies: list) -> list[AgencyMention]:
    if text.find(")") == -1:
        return []
    ends = {m.end: m for m in agencies}
    found = []
    for m in _BRACKETED_SHORT.finditer(text):
        short = m.group(1)
        if short in _NOT_SHORT_FORMS or text.find(short, m.end()) == -1:
            continue  # (a cheap look first: is it used again at all)
        name_end = m.start()
        while name_end > 0 and text[name_end - 1] in " \t":
            name_end -= 1
        named = ends.get(name_end) or unknown_name_ending_at(text, name_end, m.start())
        if named is not None:
            found += _used_again(text, short, named, m.end())
    return found


def _used_again(text: str, short: str, named: AgencyMention, start: int) -> list[AgencyMention]:
    """A mention of `named` wherever `short` stands alone in `text` after `start` (with the level its name ends
    with: "CDC tỉnh")."""
    level = next((w for w in _LEVEL_WORDS if named.name.endswith(" " + w)), None)
    alone = re.compile(rf"(?<![\w(/-]){re.escape(short)}(?:[ \t]{{1,3}}{level})?(?![\w/-])" if level else
                       rf"(?<![\w(/-]){re.escape(short)}(?![\w/-])")
    found = []
    at = text.find(short, start)
    while at != -1:
        m = alone.match(text, at) if at == 0 or not text[at - 1].isalnum() else None
        if m is not None and not _FIELD_OF.search(text, max(0, at - 12), at):
            found.append(AgencyMention(named.name, named.id, m.group(), at, m.end()))
        at = text.find(short, at + len(short))
    return found


# "Sở Giáo dục và Đào tạo (GDĐT)" then "các phòng GDĐT": the short form names the field there, not the body.
_FIELD_OF = re.compile(r"(?<!\w)(?:phòng|sở|ngành|cấp|trường|ban|lĩnh vực|công tác)\s{1,3}$", re.IGNORECASE)


# "Kính gửi: Bộ Lao động - Thương binh và Xã hội" then "đề nghị quý Bộ khẩn trương báo cáo": the letter's one
# addressee, called "quý Bộ" (or "quý Cơ quan", "Quý Ủy ban") in its body.
_ADDRESSED = compile_across_lines(r"Kính\s{1,3}gửi\s{0,3}[*_]{0,2}\s{0,3}:[*_]{0,2}")
_YOUR_OFFICE = compile_across_lines(
    r"(?<!\w)[Qq]uý\s{1,3}(?:Bộ|[Cc]ơ\s{1,3}quan|Ủy\s{1,3}ban|Uỷ\s{1,3}ban|Sở|Cục)(?!\w)")


def _the_addressee_again(text: str, agencies: list) -> list[AgencyMention]:
    if text.find("uý ") == -1 or text.find("Kính") == -1:
        return []  # the common case, at the cost of two searches
    head = _ADDRESSED.search(text)
    if head is None:
        return []
    line_end = text.find("\n", head.end())
    line_end = len(text) if line_end == -1 else line_end
    named = [m for m in agencies if head.end() <= m.start < line_end]
    if len(named) != 1:
        return []  # several addressees: "quý cơ quan" is each of them
    who = named[0]
    return [AgencyMention(who.name, who.id, m.group(), m.start(), m.end())
            for m in _YOUR_OFFICE.finditer(text, line_end)]


# A conclusion about one province calls it "Tỉnh" (a city "Thành phố") when it gives it work ("Tỉnh tổng hợp nhu
# cầu, báo cáo Bộ Tài chính"), or names the place as the subject ("thành phố Đà Nẵng cần tập trung thực hiện …
# sau đây:"): its People's Committee, named after the place the text mentions most.
# Literal first, so the regex engine skips to each "Tỉnh"; where it stands is checked after.
_BARE_PROVINCE = compile_across_lines(rf"(Tỉnh|Thành\s{{1,3}}phố)(?=\s{{1,3}}(?!ủy|uỷ|đoàn|lộ|trưởng){LOWER_LETTER})")
_NAMED_PLACE = compile_across_lines(r"([Tt]ỉnh|[Tt]hành\s{1,3}phố)\s{1,3}([A-ZĐ]\w*(?:\s{1,3}[A-ZĐ]\w*){0,3})"
                                    r"(?=\s{1,3}(?:cần|phải|tiếp\s{1,3}tục|tập\s{1,3}trung|khẩn\s{1,3}trương)\s)")
_OPENS_CLAUSE = compile_across_lines(r"(?:^|[.:;]\s|\n)[ \t*_]{0,4}$")
# "Để tiếp tục …, thành phố Đà Nẵng cần tập trung …": a purpose first, then the place as the subject
_OPENS_CLAUSE_OR_AFTER_COMMA = compile_across_lines(r"(?:^|[.:;,]\s|\n)[ \t*_]{0,4}$")


def _the_province_itself(text: str, registry: Any) -> list[AgencyMention]:
    if text.find("ỉnh ") == -1 and text.find("hành phố ") == -1:
        return []  # a cheap look first: no "tỉnh" or "thành phố" at all
    found = []
    for pattern in (_BARE_PROVINCE, _NAMED_PLACE):
        for m in pattern.finditer(text):
            word = text[m.end():m.end() + 4].lstrip()[:1]
            if pattern is _BARE_PROVINCE and not word.islower():
                continue  # "Tỉnh Đồng Tháp": the place's name follows, read by `_NAMED_PLACE`
            opens = _OPENS_CLAUSE if pattern is _BARE_PROVINCE else _OPENS_CLAUSE_OR_AFTER_COMMA
            if opens.search(text, max(0, m.start() - 8), m.start()):
                found.append(m)
    if not found:
        return []
    names = set(getattr(registry, "province_names", ()))
    mentions = []
    for m in found:
        level = "tỉnh" if m.group(1).lower() == "tỉnh" else "thành phố"
        place = _province_named(m.group(2), names) if m.re is _NAMED_PLACE else _most_named_place(text, level, names)
        if place is not None:
            mentions.append(AgencyMention(f"Ủy ban nhân dân {level} {place}", None, m.group(), m.start(), m.end()))
    return mentions


def _province_named(printed: str, names: set[str]) -> str | None:
    """The longest start of the capitalised words `printed` that is a province's name ("Gia Lai Pleiku" →
    "Gia Lai")."""
    words = printed.split()
    return next((" ".join(words[:n]) for n in range(len(words), 0, -1) if " ".join(words[:n]) in names), None)


def _most_named_place(text: str, level: str, names: set[str]) -> str | None:
    """The province (or city) the text names most often, at least twice ("tỉnh Gia Lai", "thành phố Đà Nẵng")."""
    counts: dict[str, int] = {}
    for m in _NAMED_PLACE_ANYWHERE.finditer(text):  # one pass
        if m.group(1).lower().startswith(level[0]) and (name := _province_named(m.group(2), names)) is not None:
            counts[name] = counts.get(name, 0) + 1
    best = max(counts, key=counts.get, default=None)
    return best if best is not None and counts[best] >= 2 else None


_NAMED_PLACE_ANYWHERE = compile_across_lines(r"([Tt]ỉnh|[Tt]hành\s{1,3}phố)\s{1,3}([A-ZĐ]\w*(?:\s{1,3}[A-ZĐ]\w*){0,3})")


# "Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ …": the ministers by title,
# the way a conclusion addresses every ministry; the title alone, first in a list of heads.
# Literal first, so the regex engine skips to each "Bộ"; the words before the title are read after.
_MINISTERS = compile_across_lines(r"Bộ\s{1,3}trưởng(?=\s{0,3},\s{0,3}Thủ\s{1,3}trưởng\s{1,3}cơ\s{1,3}quan)")
_BEFORE_TITLE = compile_across_lines(r"(?<!\w)(?:[Cc]ác\s{1,3})?(?:đồng\s{1,3}chí\s{1,3})?$")


def implied_groups(text: str, groups: list) -> list[GroupMention]:
    """"các Bộ" for each list of heads that opens with the ministers' title alone, where `groups` (the group
    phrases found by name) has none."""
    if text.find("Bộ trưởng") == -1:
        return []
    found = []
    for m in _MINISTERS.finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        start = _BEFORE_TITLE.search(text, max(0, m.start() - 20), m.start()).start()
        if not any(g.start < m.end() and start < g.end for g in groups):
            found.append(GroupMention("các Bộ", start, m.end()))
    return found
