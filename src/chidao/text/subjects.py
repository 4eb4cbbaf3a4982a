"""The subject of an order: which agencies and groups a sentence charges, and whom they work with.

"Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ …", "UBND tỉnh yêu cầu các sở, ban, ngành …",
"Sở Y tế phối hợp các cơ quan liên quan …": the actors at the start of the sentence (after the issuer
and its verb) lead; those after "phối hợp (với)" support. Mentions come from the agency registry and
the group finder; this module only reads the words around them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

# The issuer speaking ("UBND tỉnh yêu cầu …", "Thủ tướng Chính phủ yêu cầu: …") is not charged with
# the task; the addressees after its verb are. Without such a verb ("UBND tỉnh ban hành …") the
# sentence reports a fact. The patterns run case-insensitively on the prepared (NFC) text; both tone
# placements of "ủy/uỷ" are accepted.
_I = re.IGNORECASE


def words_pattern(pattern: str) -> re.Pattern[str]:
    """Compile case-insensitively, every space standing for a short run of blanks or one line break.

    Documents saved from the web are hard-wrapped anywhere, even inside "phối hợp".
    """
    return re.compile(pattern.replace(" ", r"\s{1,3}"), _I)


_ISSUER = words_pattern(
    r"(?:(?:phó )?chủ tịch |thường trực )?(?:ubnd|[uủ][yỷ] ban nhân dân|hđnd|hội đồng nhân dân) (?:tỉnh|thành phố)\b"
    r"|thủ tướng chính phủ\b|thủ tướng\b|chính phủ\b|(?:ban thường vụ )?tỉnh [uủ][yỷ]\b")
_ISSUER_VERB = words_pattern(r"\s{0,3}(?:vừa |đã )?(?:yêu cầu|giao|đề nghị|chỉ đạo)\s{0,3}:?\s{0,3}")
IMPERATIVE = words_pattern(r"(?:giao|yêu cầu|đề nghị)(?: cho)? ")
_LEAD_IN = words_pattern(
    r"(?:theo đó|đồng thời|ngoài ra|trong đó|bên cạnh đó|mặt khác|trên cơ sở đó|cụ thể)\s{0,3}[,:]?\s{0,3}")
# What may stand between two actors of one list: commas, "và", "cùng", "đề nghị" and titles of the
# head of an agency ("Thủ trưởng các sở", "Chủ tịch UBND các huyện").
_CONNECTOR = words_pattern(
    r"[\s*,;]+|(?:và|cùng|đề nghị|thủ trưởng|chủ tịch|phó chủ tịch|giám đốc|bộ trưởng|tổng giám đốc"
    r"|tổng biên tập|lãnh đạo|người đứng đầu|trưởng ban|bí thư|đồng chí|thứ trưởng|chánh|cục trưởng"
    r"|chỉ huy trưởng|trưởng)\b")
# Words that show the actor list is not the subject of an order: a copula, a past fact, a preposition.
_NOT_VERB = frozenset(
    "là đã vừa được của về tại thuộc trong trên với ban năm ngày số cho đến từ do gồm và như này "
    "tỉnh tháng quý khi nếu hiện các những một sau trước vào hoặc hay ở thì qua bị".split()
)
# Case-sensitive on purpose (lower case or sentence case only): this one scans every task's whole
# span, and a pattern with a fixed first character is searched much faster than a case-folded one.
_SUPPORT = re.compile(
    r"[Pp]hối hợp(?: chặt chẽ)?(?: với| cùng)? |[Cc]hủ trì,? cùng ".replace(" ", r"\s{1,3}"))
_WORD = re.compile(r"\w+")
_INLINE_ENUM = re.compile(r"(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\))")


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if len(base) == 1 and base != char:
            table[code] = base
    table[ord("đ")] = table[ord("Đ")] = "d"
    return table


_FOLD = _fold_table()


def fold_same_length(s: str) -> str:
    """Lower case without diacritics, one character for one: offsets in the result are offsets in `s`."""
    return s.translate(_FOLD)


@dataclass
class Actors:
    """Who a sentence or a heading charges: mentions, not yet names (the builder turns them into names)."""

    lead: list[Any] = field(default_factory=list)  # AgencyMention
    lead_groups: list[Any] = field(default_factory=list)  # GroupMention
    support: list[Any] = field(default_factory=list)
    support_groups: list[Any] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.lead or self.lead_groups)


class Scanner:
    """The text of one span with its agency and group mentions indexed by start offset."""

    def __init__(self, text: str, start: int, end: int, mentions: list[Any]) -> None:
        self.text = text
        self.mentions: dict[int, Any] = {}
        for mention in mentions:
            if start <= mention.start and mention.end <= end:
                self._add(mention)

    def _add(self, mention: Any) -> None:
        begin = mention.start
        old = self.mentions.get(begin)
        if old is None or (old.end - old.start) < (mention.end - mention.start):
            self.mentions[begin] = mention

    def match(self, pattern: re.Pattern[str], pos: int, end: int) -> re.Match[str] | None:
        return pattern.match(self.text, pos, end)

    def list_at(self, pos: int, end: int) -> tuple[list[Any], list[Any], int]:
        """The run of agencies and groups starting at `pos` (joined by commas, "và", titles)."""
        agencies: list[Any] = []
        groups: list[Any] = []
        last = pos
        while pos < end:
            mention = self.mentions.get(pos)
            if mention is not None and mention.end <= end:
                (groups if not hasattr(mention, "id") else agencies).append(mention)
                pos = last = mention.end
                continue
            m = self.match(_CONNECTOR, pos, end)
            if m is None or m.end() == m.start():
                break
            pos = m.end()
        return agencies, groups, last


def skip(scan: Scanner, pattern: re.Pattern[str], pos: int, end: int) -> int:
    """Where `pattern` matched at `pos` ends, or `pos` when it does not match there."""
    m = scan.match(pattern, pos, end)
    return m.end() if m else pos


def skip_blank(text: str, pos: int, end: int) -> int:
    """The first offset from `pos` that is not blank nor markdown/table decoration."""
    while pos < end and (text[pos].isspace() or text[pos] in "*_|"):
        pos += 1
    return pos


def subject_at(scan: Scanner, pos: int, end: int, need_verb: bool = True) -> tuple[Actors, int]:
    """The actors a sentence starting at `pos` charges, and where the predicate starts.

    Empty when the sentence does not begin with an order to named agencies or groups.
    """
    text = scan.text
    pos = skip_blank(text, pos, end)
    pos = skip(scan, _LEAD_IN, pos, end)
    issuer = scan.match(_ISSUER, pos, end)
    if issuer is not None:
        verb = _ISSUER_VERB.match(scan.text, issuer.end(), end)
        if verb is None:
            return Actors(), pos
        pos = verb.end()
    else:
        pos = skip(scan, IMPERATIVE, pos, end)
    agencies, groups, after = scan.list_at(pos, end)
    if not agencies and not groups:
        return Actors(), pos
    if need_verb and not predicate_follows(scan, after, end):
        return Actors(), pos
    return Actors(lead=agencies, lead_groups=groups), after


def predicate_follows(scan: Scanner, pos: int, end: int) -> bool:
    """Whether a verb (an order) follows the actor list that ends at `pos`."""
    text = scan.text
    pos = skip_blank(text, pos, end)
    if pos < end and text[pos] == "(":  # "Sở Nội vụ (cơ quan thường trực) chủ trì"
        close = text.find(")", pos, min(end, pos + 120))
        pos = skip_blank(text, close + 1, end) if close != -1 else pos
    colon = pos < end and text[pos] == ":"
    if colon:  # "Bộ Tài chính: **(1)** Chủ trì, …"
        pos = skip_blank(text, pos + 1, end)
        enum = _INLINE_ENUM.match(text, pos, end)
        pos = skip_blank(text, enum.end(), end) if enum else pos
    m = _WORD.match(text, pos, end)
    if m is None:
        return False
    if text[pos].isupper() and not colon:
        return False
    word = m.group().lower()
    if not word[0].isalpha():  # "Bộ Tư pháp | 19 | 07 |": a row of a statistics table
        return False
    if word == "có":
        return " ".join(text[m.start():min(end, m.start() + 20)].lower().split()).startswith("có trách nhiệm")
    return word not in _NOT_VERB


def add_support(scan: Scanner, start: int, end: int, actors: Actors) -> None:
    """Add the agencies and groups named after "phối hợp (với)" / "chủ trì cùng" as support."""
    for m in _SUPPORT.finditer(scan.text, start, end):
        agencies, groups, _ = scan.list_at(m.end(), end)
        actors.support.extend(agencies)
        actors.support_groups.extend(groups)


_ADDRESS = words_pattern(r"(?:yêu cầu|giao|đề nghị)(?: cho)? ")


def addressees(scan: Scanner, start: int, end: int) -> Actors:
    """The actors after the last "yêu cầu / giao / đề nghị" of an introductory sentence."""
    found = Actors()
    for m in _ADDRESS.finditer(scan.text, start, end):
        agencies, groups, _ = scan.list_at(m.end(), end)
        if agencies or groups:
            found = Actors(lead=agencies, lead_groups=groups)
    return found
