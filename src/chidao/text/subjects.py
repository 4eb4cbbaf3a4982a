"""The subject of an order: which agencies and groups a sentence charges, and whom they work with.

"Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ …", "UBND tỉnh yêu cầu các sở, ban, ngành …",
"Sở Y tế phối hợp các cơ quan liên quan …": the actors at the start of the sentence (after the issuer
and its verb) lead; those after "phối hợp (với)" support. Mentions come from the agency registry and
the group finder, names the registry lacks from `chidao.text.pattern_names`; this module reads the words
around them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from chidao.text.abbreviations import written_out
from chidao.text.normalize import compile_across_lines, fold
from chidao.text.pattern_names import (
    BRANCH_FIRST,
    HEAD_TITLES,
    NOT_VERB,
    PREDICATE_PAIRS,
    TAIL_STOPS,
    UNKNOWN_HEAD,
    UNKNOWN_PREFIXES,
    longer_branch,
    unknown_agency_at,
    unknown_name_stop,
)
from chidao.text.types import AgencyMention, GroupMention

# The issuer speaking ("UBND tỉnh yêu cầu …", "Thủ tướng Chính phủ yêu cầu: …") is not charged with
# the task; the addressees after its verb are. Without such a verb ("UBND tỉnh ban hành …") the
# sentence reports a fact. The patterns run case-insensitively on the prepared (NFC) text; both tone
# placements of "ủy/uỷ" are accepted.
_I = re.IGNORECASE


def words_pattern(pattern: str) -> re.Pattern[str]:
    """Compile case-insensitively, every space standing for a short run of blanks or one line break.

    Documents saved from the web are hard-wrapped anywhere, even inside "phối hợp".
    """
    return compile_across_lines(pattern.replace(" ", r"\s{1,3}"), _I)


# The titles before the issuing committee's name ("Chủ tịch UBND tỉnh yêu cầu …").
_ISSUER_TITLES = r"(?:(?:đ/c |đồng chí )?(?:phó )?chủ tịch(?: thường trực)?|thường trực|lãnh đạo) "
_ISSUER = words_pattern(
    rf"(?:{_ISSUER_TITLES})?(?:ubnd|[uủ][yỷ] ban nhân dân|hđnd|hội đồng nhân dân)"
    r" (?:tỉnh|thành phố|tp\.?(?: ?hcm)?)(?!\w)"
    # a district's or a commune's committee speaking in a news item ("UBND quận Ninh Kiều (Cần Thơ) giao …")
    # (named, or ordering at once: "Ủy ban nhân dân xã, phường, thị trấn" is the group of them all)
    rf"|(?:{_ISSUER_TITLES})?(?:ubnd|[uủ][yỷ] ban nhân dân) (?:quận|huyện|thị xã|xã|phường|thị trấn)(?!\w)"
    r"(?=\s{1,3}(?-i:[A-ZĐ])|\s{0,3}[(:]|\s{1,3}(?:cũng |còn |vừa )?(?:yêu cầu|giao|đề nghị|chỉ đạo|có|ban hành|gửi"
    r"|thông báo)\b)"
    r"|(?:phó )?thủ tướng chính phủ\b|(?:phó )?thủ tướng(?: thường trực)?\b|chính phủ\b|(?:ban thường vụ )?tỉnh [uủ][yỷ]\b"
    r"|lãnh đạo (?:ubnd )?(?:tỉnh|thành phố)\b"  # "Tại cuộc họp, lãnh đạo tỉnh giao Sở Công Thương …"
    # "Chủ tịch tỉnh Bạc Liêu chỉ đạo Sở …": the committee's chairman named by the province alone
    r"|(?:phó )?chủ tịch (?:tỉnh|thành phố)(?: (?-i:[A-ZĐ])\w*){1,3}(?= (?:cũng |còn |vừa )?(?:yêu cầu|giao|đề nghị|chỉ đạo)\b)"
    # "Theo đó, UBND giao Sở NN-PTNT chủ trì …": the committee named without its level, ordering at once
    r"|(?:ubnd|[uủ][yỷ] ban nhân dân)(?= (?:cũng |còn )?(?:vừa )?(?:yêu cầu|giao|đề nghị|chỉ đạo)\b)"
    r"|(?:ông|bà|đồng chí)(?: (?-i:[A-ZĐ])\w*){2,5}"  # "Theo đó, ông Nguyễn Hồng Quang giao Sở …"
    r"|(?:ông|bà) (?-i:[A-ZĐ])\w*(?= (?:cũng |còn |vừa )?(?:yêu cầu|giao|đề nghị|chỉ đạo)\b)"  # "ông Hoan giao …"
    # "Tỉnh Hòa Bình giao Sở Xây dựng …", "Văn bản yêu cầu Thuế tỉnh …": the province, or its letter, speaking
    r"|(?:tỉnh|thành phố|tp\.?)(?: (?-i:[A-ZĐ])\w*){0,3}"  # ("TP cũng giao Sở Du lịch …": the city alone)
    r"(?= (?:cũng |còn )?(?:vừa )?(?:yêu cầu|giao|đề nghị|chỉ đạo|có|ban hành)\b)"
    r"|(?:văn bản|công văn|công điện|chỉ thị|kế hoạch|quyết định|thông báo)(?: này| trên| nêu trên)?"
    r"(?= (?:cũng |còn )?(?:yêu cầu|giao|đề nghị|chỉ đạo)\b)")
# "UBND tỉnh vừa yêu cầu …" reports a fresh order (a digest's way); "… đã chỉ đạo …" recalls a past one.
# A news item puts the document between them: "UBND tỉnh vừa ban hành Công văn số 12/UBND-KT yêu cầu …".
_ISSUER_VERB = words_pattern(
    # ("… đã ban hành Công văn số 940/UBND-VP3 chỉ đạo Sở …": the document a news item reports on)
    r"(?:\s{0,3}\([^()\n]{1,30}\))?\s{0,3}(?:cũng |còn |tiếp tục (?=ban hành|có|ký|gửi))?(?:vừa |đã (?=(?:ký|có|ban hành|gửi) )"
    r"|(?:mới đây|vừa qua|gần đây),? đã (?=yêu cầu|giao|chỉ đạo|đề nghị))?"  # "… mới đây đã yêu cầu …": the order reported
    r"(?:thông báo,? (?=đề nghị|yêu cầu))?"
    # "… có ý kiến chỉ đạo, giao Sở …", "… có ý kiến như sau: Giao Sở …"
    r"(?:có ý kiến(?: chỉ đạo)?(?: như sau)?\s{0,3}[,:]?\s{0,3}(?=giao|yêu cầu|đề nghị))?"
    # "UBND tỉnh chuyển đơn, yêu cầu Chủ tịch UBND huyện …": what it did with the file, then the order
    r"(?:(?:chuyển|gửi|tiếp nhận|xem xét|kiểm tra)(?: [^\s,.;]+){1,3}\s{0,3},\s{0,3}(?=yêu cầu|giao|đề nghị|chỉ đạo))?"
    r"(?P<document>(?:có|ban hành|ký(?: ban hành)?|gửi|gởi) (?:văn bản|công văn|chỉ thị|công điện"
    r"|kế hoạch|thông báo)(?: h[oỏ][aả] tốc| khẩn(?: cấp)?)?(?: số [\w/.-]{1,30}| \d[\w/.-]{0,29})?(?: ngày [\d/]{3,10})?(?: do [^,.;\n]{1,60}? ký)?\s{0,3},?\s{0,3})?"
    # "… vừa ban hành văn bản gửi Công an tỉnh, Sở … chủ động …": those it is sent to are charged
    # ("… giao trách nhiệm cho Sở Y tế …", "… lưu ý Sở Giao thông vận tải, Sở Du lịch cập nhật …")
    # ("… thống nhất tạm giao UBND xã, phường quản lý …": what it agreed to, then the order)
    r"(?:(?:thống nhất|đồng ý) (?:tạm )?(?=giao))?"
    # "… thống nhất việc Sở Văn hóa và Thể thao chủ trì …": the body it agrees shall do the work is charged
    r"(?:(?:thống nhất|đồng ý|nhất trí) (?:việc|để) (?=(?-i:[A-ZĐ]))|yêu cầu|giao(?: nhiệm vụ| trách nhiệm)?(?: cho)?|đề nghị|chỉ đạo|lưu ý|[uủ][yỷ] quyền cho"
    r"|(?(document)g[ửở]i|(?!)))\s{0,3}[:,]?\s{0,3}")
# "Đề nghị: Hội Nông dân tỉnh, …"; "GiaoSở Y tế, Công an tỉnh …" (a page ran the order into the name)
IMPERATIVE = words_pattern(r"(?:kính )?(?:giao|yêu cầu|đề nghị)(?: cho|[*_]{0,2}:[*_]{0,2})?(?: |(?-i:(?=[A-ZĐ])))")
_LEAD_IN = words_pattern(
    r"(?:theo đó|qua đó|đồng thời|ngoài ra|trong đó|bên cạnh đó|cùng với đó|cùng đó|song song(?: với)? đó|mặt khác"
    r"|riêng(?= (?:ubnd|[uủ][yỷ] ban|sở|công an|ban|phòng|trung tâm)\b)"  # "Riêng UBND huyện Khánh Sơn khẩn trương …"
    r"|trên cơ sở đó|cụ thể"
    r"|do vậy|do đó|vì vậy"
    r"|vì thế|bởi vậy|tuy nhiên"
    # "Tại buổi kiểm tra, Phó Chủ tịch UBND tỉnh yêu cầu …": where the order was given (a news item's way)
    r"|tại (?:buổi|cuộc|hội nghị|phiên|kỳ họp)[^,.;\n]{1,80}?,"
    # "Mới đây, Chủ tịch UBND TP Hà Nội yêu cầu …", "Ngày 13-1, UBND quận … giao …": when, before who orders
    r"|mới đây|vừa qua|gần đây|về lâu dài,|trước mắt,|(?:trong )?thời gian tới,"
    # "Tin từ Văn phòng UBND tỉnh ngày 24.1 cho biết, thừa lệnh Chủ tịch UBND tỉnh, Phó Chủ tịch … vừa ký …": who
    # reports the order, and on whose behalf it was signed
    r"|(?:nguồn tin từ|tin từ|theo) (?:[^,.;\n]|\.(?=\d)){3,80}? cho biết,?|thừa lệnh [^,.;\n]{3,60},"
    r"|(?:date )?\d{4}-\d\d(?:-\d\d)?(?= )"  # a page's dateline printed before its first sentence
    r"|(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật),? \d{1,2}/\d{1,2}/\d{4}(?: \d{1,2}:\d\d)?"  # "Thứ tư, 31/01/2024 07:20"
    r"|(?:(?:sáng|chiều|tối|trưa) )?(?:ngày )?\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,(?= (?:(?:phó )?chủ tịch )?"
    r"(?:ubnd|[uủ][yỷ] ban nhân dân)\b[^,.;\n]{0,60}?(?:yêu cầu|giao|đề nghị|chỉ đạo|ban hành)\b"
    r"|[^,.;\n]{3,80}? cho biết,)"
    # "Văn phòng UBND tỉnh Quảng Nam cho biết, Phó Chủ tịch UBND tỉnh … đã có Công văn gửi …": who reports it
    r"|(?:văn phòng|sở|ban|lãnh đạo|đại diện|ông|bà)\b[^,.;\n]{3,80}? cho biết,"
    # "Ông Nguyễn Văn A, Phó Chủ tịch UBND tỉnh đề nghị …": the speaker's name, then the title that speaks
    r"|(?:ông|bà|đồng chí)(?: (?-i:[A-ZĐ])\w*){1,5}(?:,| [-–])(?= (?:phó )?chủ tịch)"  # (or "… Xuân – Phó Chủ tịch")
    # "Theo văn bản 2642/UBND-KT ngày 19/11/2010, Chủ tịch UBND tỉnh yêu cầu …": the document that gives the order
    r"|(?:theo|tại|trong(?: nội dung)?) (?:văn bản|công văn|kế hoạch|quyết định|chỉ thị|thông báo|công điện)\b"
    r"(?:[^,.;\n]|\.(?=\d)){0,80}?,"
    # a newspaper's dateline: "(Baoquangngai.vn)- Chủ tịch UBND tỉnh vừa có công văn giao …", "(GLO)- …"
    r"|\([^()\n]{2,40}\) ?[-–]?|(?-i:[A-ZĐ][A-ZĐ.]{1,10}) ?[-–](?= )"  # "TP - Ngày 13-1, …", "GĐXH - …"
    # "Thực hiện chỉ đạo của Thủ tướng …, Chủ tịch UBND tỉnh yêu cầu …": why, before who orders
    # ("Phát biểu tại Phiên họp …, Chủ tịch UBND tỉnh Nguyễn Bốn đề nghị, …", "Kết luận tại cuộc họp …, …")
    r"|(?:thực hiện|để|nhằm|trước tình hình|trước diễn biến|(?:phát biểu|kết luận)(?: chỉ đạo)? tại)\b"
    r"(?:[^.\n]|\.(?=\d)){1,300}?[,;](?= (?:(?:ông|bà|đồng chí)(?: (?-i:[A-ZĐ])\w*){1,5}, )?(?:(?:phó )?chủ tịch )?"
    r"(?:ubnd|[uủ][yỷ] ban nhân dân) (?:tỉnh|thành phố|tp\.?)[^,.;\n]{0,40}?(?:yêu cầu|giao|đề nghị|chỉ đạo|gửi)\b"
    r")"
    # "Đối với các công trình không có cơ quan chủ quản, Sở Xây dựng tổ chức …": which cases the order covers
    r"|đối với (?:các |những )?(?:công trình|dự án|trường hợp|hồ sơ|nội dung|vấn đề|khu vực|địa bàn|cơ sở"
    r"|doanh nghiệp|hộ|đơn vị)\b[^,.;:\n]{0,100}?,"
    # "Trong năm 2013, Ủy ban nhân dân các tỉnh … phải thực hiện": a time with its number, then the subject
    r"|(?:trong|trước|từ|đến|sau|chậm nhất|ngay trong) (?:năm|tháng|quý|ngày) [^,\n]{0,24}?\d[^,\n]{0,12}?,"
    r")\s{0,3}[,:]?\s{0,3}")

# "Đặc biệt, UBND TPHCM chỉ đạo …", "Sau đó, Sở có trách nhiệm …": any short opener of plain words and a comma
# (the list above names the longer ones); not one that looks back ("Trước đó, …", "Thời gian qua, …").
_SHORT_LEAD_IN = re.compile(r"(?-i:[A-ZĐ])[^\W\d_]*(?:[ \t][^\W\d_A-ZĐ]+){1,2}[ \t]?,[ \t]")
_LOOKS_BACK = ("trước đó", "trước đây", "thời gian qua", "năm qua", "hiện nay", "hiện tại", "tính đến", "vừa qua",
               "đến nay", "từ đầu năm", "nhìn chung", "kết quả")

# "Đối với các khu công nghiệp, Ban quản lý Khu kinh tế tỉnh lập danh sách …": the case an order covers, first
_CASES_COVERED = words_pattern(r"(đối với )[^,.;:\n]{3,100}?,")
# What may stand between two actors of one list: commas, "và", "cùng", "đề nghị" and titles of the
# head of an agency ("Thủ trưởng các sở", "Chủ tịch UBND các huyện").
_CONNECTOR = words_pattern(
    r"[\s*,;]+|(?:và|cùng|(?:kính )?đề nghị|yêu cầu|giao(?: nhiệm vụ)? cho|thủ trưởng|chủ tịch|phó chủ tịch|giám đốc|bộ trưởng|tổng giám đốc"
    r"|tổng biên tập|lãnh đạo|người đứng đầu|trưởng ban(?! quản lý\b)|bí thư (?:tỉnh|thành) [uủ][yỷ]|bí thư|thống đốc"
    r"|đồng chí|thứ trưởng|chánh|chi cục trưởng|cục trưởng|vụ trưởng|tổng cục trưởng|viện trưởng|hiệu trưởng"
    r"|trong đó(?: trọng tâm| tập trung)?(?: là)?|nhất là|đặc biệt là"
    # "Trưởng phòng Phòng Tài nguyên và Môi trường" (but "Trưởng Phòng Lao động": the title, then the office)
    r"|chỉ huy trưởng|trưởng (?P<unit>phòng|trạm|đài|đồn|hạt)(?= (?P=unit)\b)|trưởng"
    r"|các thành viên)"  # "Các thành viên Ban Chỉ đạo tỉnh; Thủ trưởng các sở …": the committee acts
    r"(?:\b|(?=(?-i:[A-ZĐ])))")  # "Giám đốcSở Y tế": a title a web page joined to the name
# The first characters (lower-cased; blanks aside) that _CONNECTOR, _LEAD_IN and IMPERATIVE can match (and
# the first two of _ISSUER): a cheap look saves running a case-insensitive alternation where none can match.
_CONNECTOR_FIRST = frozenset("*,;vcđtpgblnyk")
_LEAD_IN_FIRST = frozenset("tđnbmcdvs(pkôogqr0123456789")
# The first two letters (lower-cased) of every `_ISSUER` alternative: most sentences start otherwise.
_ISSUER_STARTS = frozenset(word[:2] for word in (
    "phó", "chủ", "thường", "thủ", "chính", "ubnd", "uy", "uỷ", "ủy", "ủỷ", "hđnd", "hội", "ban", "tỉnh", "thành",
    "lãnh", "ông", "bà", "đồng", "đ/c", "văn", "công", "chỉ", "kế", "quyết", "thông", "tp"))
_IMPERATIVE_FIRST = frozenset("gyđk")
# Case-sensitive on purpose (lower case or sentence case only): these scan every task's whole span, and a
# pattern that opens with literal characters is searched much faster than a case-folded one, or than one
# opening with a class ("[Pp]hối hợp", five times slower): hence one pattern for each printing of the first
# letter. No match of one can overlap a match of another.
_SUPPORTS = tuple(compile_across_lines(phrase.replace(" ", r"\s{1,3}")) for phrase in (
    "Phối hợp(?: chặt chẽ)?(?: với| cùng)? ", "phối hợp(?: chặt chẽ)?(?: với| cùng)? ",
    "Chủ trì,? cùng ", "chủ trì,? cùng ",
))
_WORD = compile_across_lines(r"\w+")
_INLINE_ENUM = compile_across_lines(r"(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\))")


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

    def __init__(self, text: str, start: int, end: int, mentions: list[Any], issuer: str | None = None) -> None:
        self.text = text
        self.issuer = _folded_name(issuer) if issuer else None  # the document's own issuing body
        # a firm is charged by a committee's order, never by a tax or customs office's ruling on its case
        self.firms = not rules_on_firms(issuer)
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

    def _in_each_province(self, mention: Any, end: int) -> Any | None:
        gap = _EACH_GAP.match(self.text, mention.end, end)
        after = self.mentions.get(gap.end()) if gap else None
        if after is None or hasattr(after, "id") or not _EACH_PLACE.match(after.text) or after.end > end:
            return None
        return GroupMention(" ".join(self.text[mention.start:after.end].split()), mention.start, after.end)

    def _members_in_brackets(self, group: Any, end: int) -> tuple[list[Any], int] | None:
        """"Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế …)": the agencies a group is
        followed by in brackets, a few plain words after it, and where the brackets close; else None."""
        text = self.text
        opened = _BRACKETED.match(text, group.end, end)
        if opened is None:
            return None
        closed = text.find(")", opened.end(), min(end, opened.end() + _BRACKETED_REACH))
        if closed == -1:
            return None
        first = skip_blank(text, opened.end(), closed)
        including = _INCLUDING.match(text, first, closed)
        agencies, groups, after = self.list_at(including.end() if including else first, closed)
        if not agencies or groups or text[after:closed].strip(" \t\n,;*_"):
            return None
        return agencies, closed + 1

    def _with_named_parent(self, unknown: AgencyMention, end: int) -> AgencyMention:
        """"Thanh tra Sở Văn hóa, Thể thao và Du lịch": an unknown unit named after a body the finders know, whose
        name (a comma in it) runs past where the unit's own reading stopped."""
        text = self.text
        parent = text.find("Sở ", unknown.start + 1, unknown.end)
        named = self.mentions.get(parent) if parent != -1 else None
        if named is None or not hasattr(named, "id") or named.end <= unknown.end or named.end > end:
            return unknown
        printed = text[unknown.start:named.end]
        return AgencyMention(f"{written_out(text[unknown.start:parent])} {named.name}", None, printed, unknown.start,
                             named.end)

    def _announced_after_colon(self, group: Any, end: int) -> int | None:
        """Where the names a group announces start, when a colon (or "gồm") and an agency follow it; else None."""
        colon = skip_blank(self.text, group.end, end)
        including = _INCLUDING.match(self.text, colon, end) if self.text.startswith(("gồm", "bao"), colon) else None
        if including is not None:  # "Các cơ quan, đơn vị gồm Sở Văn hóa và Thể thao, Sở GTVT … phối hợp …"
            colon = including.end() - 1
        elif not self.text.startswith(":", colon):
            return None
        first = skip_blank(self.text, colon + 1, end)
        mention = self.mentions.get(first)
        if mention is None and self.text.startswith(UNKNOWN_PREFIXES, first, end):
            mention = unknown_agency_at(self.text, first, end)  # "… gồm Sở Văn hóa và Thể thao": another city's
        return first if mention is not None and hasattr(mention, "id") else None

    def list_at(self, pos: int, end: int) -> tuple[list[Any], list[Any], int]:
        """The run of agencies and groups starting at `pos` (joined by commas, "và", titles)."""
        text = self.text
        mentions = self.mentions
        agencies: list[Any] = []
        groups: list[Any] = []
        last = pos
        while pos < end:
            mention = mentions.get(pos)
            if mention is not None and hasattr(mention, "id") and text.startswith(BRANCH_FIRST, pos):
                mention = longer_branch(text, mention, end)  # "Kiểm toán nhà nước khu vực II"
            if mention is not None and hasattr(mention, "id") and _EVERY_PROVINCE_AFTER.match(text, mention.end, end):
                group = _group_fallback(text, pos, end)  # "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"
                mention = group if group is not None and group.end > mention.end else mention
            if mention is not None and mention.end <= end:
                if not hasattr(mention, "id"):
                    mention = _extend_group(self.text, mention, end)
                    members = self._members_in_brackets(mention, end)
                    if members is not None:  # the group only announces the agencies it means
                        agencies.extend(a for a in members[0] if a not in agencies)
                        pos = last = members[1]
                        continue
                    announced = self._announced_after_colon(mention, end)
                    if announced is not None:  # "Các sở: Nông nghiệp và Môi trường, Xây dựng …": the names lead
                        pos = announced
                        continue
                    groups.append(mention)
                elif (each := self._in_each_province(mention, end)) is not None:
                    groups.append(each)  # "Sở Y tế các tỉnh, thành phố": every province's department
                    mention = each
                else:
                    agencies.append(mention)
                    agencies.extend(mention.also)
                    for sibling in _same_level_places(text, mention, end):  # "UBND huyện Quang Bình, Bắc Quang"
                        agencies.append(sibling)
                        mention = sibling
                pos = last = mention.end
                short = SHORT_FORM.match(text, pos, end) or _OF_THIS_PLACE.match(text, pos, end)
                if short is not None:  # "Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) đề nghị …": its short form
                    pos = short.end()  # (or "Sở Văn hóa, Thể thao và Du lịch tỉnh này": the place named before)
                continue
            first = text[pos]
            group = _group_fallback(text, pos, end) if first in _PROVINCES_FIRST and (
                first not in "BT" or text.startswith(_STANDING_BODIES, pos)) else None
            if group is not None:
                groups.append(group)
                pos = last = group.end
                continue
            unknown = unknown_agency_at(text, pos, end) if text.startswith(UNKNOWN_PREFIXES, pos, end) else None
            if unknown is None and self.firms and text.startswith("Công ty", pos) \
                    and text[text.rfind("\n", 0, pos) + 1:pos].strip(" \t*_-+|.0123456789"):
                unknown = firm_at(text, pos, end)  # (not a firm opening a line: a list or a table of firms)
            if isinstance(unknown, AgencyMention):
                unknown = self._with_named_parent(unknown, end)
            if unknown is not None:
                (groups if isinstance(unknown, GroupMention) else agencies).append(unknown)
                pos = last = unknown.end
                continue
            if not (first.isspace() or first.lower() in _CONNECTOR_FIRST):
                break
            m = _CONNECTOR.match(text, pos, end)
            if m is None or m.end() == m.start():
                break
            if _ASKS.search(m.group()) and not _JOINED.search(text, max(last, pos - 6), pos):
                agencies, groups = [], []  # "Bộ Xây dựng đề nghị UBND các tỉnh …": who asks is not who acts
            pos = m.end()  # (but "… yêu cầu Công an tỉnh, Sở Y tế và đề nghị Liên đoàn Lao động tỉnh …": all act)
        return agencies, groups, last


_RULING_ISSUERS = ("thue", "hai quan")


def rules_on_firms(issuer: str | None) -> bool:
    """Whether `issuer` is a tax or customs office, whose letters answer firms and charge none of them."""
    return bool(issuer) and any(word in fold(issuer) for word in _RULING_ISSUERS)
# "Công ty Cổ phần Sông Hồng", "Công ty TNHH MTV Dịch vụ Công ích quận 7": a firm's legal form, then its name in
# capitals (and the district it is named after).
_FIRM = compile_across_lines(
    r"Công\s{1,3}ty\s{1,3}(?:TNHH|[Cc]ổ\s{1,3}phần|CP)(?:\s{1,3}(?:MTV|[Mm]ột\s{1,3}thành\s{1,3}viên))?"
    r"(?:[ \t]{1,3}(?:[A-ZĐ][\w&-]*(?:[ \t][^\W\d_A-ZĐ]\w*(?=[ \t]{1,3}(?:[A-ZĐ]|quận|huyện|tỉnh|thành)))?"
    r"|\d{1,3}(?!\w)))+"  # ("Dịch vụ Công ích": a plain syllable finishing a word, where the name goes on)
    r"(?:[ \t]{1,3}(?:quận|huyện|tỉnh|thành\s{1,3}phố)[ \t]{1,3}(?:\d{1,2}(?!\w)|[A-ZĐ]\w*(?:[ \t]{1,3}[A-ZĐ]\w*){0,2}))?")


def firm_at(text: str, pos: int, end: int) -> AgencyMention | None:
    """A firm named by its legal form at `pos` ("Công ty Cổ phần Sông Hồng"), or None."""
    m = _FIRM.match(text, pos, end)
    return AgencyMention(written_out(m.group()), None, m.group(), pos, m.end()) if m else None


# A group, a few plain words that qualify it, an opening bracket: its members follow.
_BRACKETED = compile_across_lines(r"(?:[ \t\n]{1,3}[^\W\d_A-ZĐ]\w*,?){0,8}[ \t\n]{0,3}\(")
_BRACKETED_REACH = 400
_INCLUDING = compile_across_lines(r"(?:bao\s{1,3})?gồm:?\s{1,3}")
# "(VHTTDL)", "(EVN)", "(Viettel)": the short form printed after a name.
SHORT_FORM = compile_across_lines(r"[ \t]{0,3}\([A-ZĐ][A-ZĐa-z&\-]{1,11}\)")
# "Sở Văn hóa, Thể thao và Du lịch tỉnh này": the province the text named before
_OF_THIS_PLACE = compile_across_lines(r"(?:[ \t]{1,3}(?:tỉnh|thành\s{1,3}phố|huyện|quận|xã|phường))?\s{1,3}này(?!\w)")
# The connector "đề nghị" or "yêu cầu" between two actors: the first asks, the second acts.
_ASKS = compile_across_lines(r"(?i)đề\s{1,3}nghị|yêu\s{1,3}cầu|giao(?:\s{1,3}nhiệm\s{1,3}vụ)?\s{1,3}cho")
_JOINED = re.compile(r"(?<!\w)và\s{1,3}$")
# "Sở Y tế các tỉnh, thành phố": a registry office followed by a group of places is that office in each.
_EACH_GAP = compile_across_lines(r"[ \t\n]{1,3}")
_EACH_PLACE = compile_across_lines(r"(?i)các\s{1,3}(?:tỉnh|huyện|xã|quận)")


# The People's Committees of the provinces, addressed by the Government ("Ủy ban nhân dân các tỉnh, thành
# phố trực thuộc Trung ương"), are a group the provincial group finder does not list.
_PROVINCES_GROUP = compile_across_lines(
    r"(?:(?:Ủy|Uỷ|ủy|uỷ) ban nhân dân|UBND) các tỉnh(?:,? thành phố)?(?: trực thuộc Trung ương)?"
    # "Ban Thường vụ Tỉnh ủy, Thành ủy": every province's Party committee, named by both kinds of committee
    r"|(?:Ban Thường vụ|Thường trực|Ban Chấp hành) (?:các )?Tỉnh [uủ][yỷ],? Thành [uủ][yỷ](?: trực thuộc Trung ương)?"
    # "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương": every province, printed without "các"
    r"|(?:(?:Ủy|Uỷ|ủy|uỷ) ban nhân dân|UBND) tỉnh,? thành phố trực thuộc [Tt]rung ương"
    # "Chủ tịch Ủy ban nhân dân huyện, thành phố": every district of the province, no name follows
    # "Ủy ban nhân dân quận - huyện", "Ủy ban nhân dân phường - xã, thị trấn" (a city's districts and wards)
    r"|(?:(?:Ủy|Uỷ|ủy|uỷ) ban nhân dân|UBND) (?:các )?(?:cấp )?(?:huyện|xã|quận|phường)"
    r"(?:(?:,? | ?[-–] |,? và )(?:thị xã|thành phố|phường|thị trấn|xã|huyện|đặc khu))+\b"
    # "Ủy ban nhân dân cấp huyện", "UBND cấp xã": every committee of a level
    r"|(?:(?:Ủy|Uỷ|ủy|uỷ) ban nhân dân|UBND) cấp (?:tỉnh|huyện|xã)\b"
    # "Phòng Lao động - Thương binh và Xã hội quận - huyện", "Phòng Tài chính - Kế hoạch các huyện"
    r"|Phòng (?=[A-ZĐ])(?:\w+ |[-–] ){1,8}?(?:các )?(?:cấp )?(?:quận|huyện)(?: ?[-–] ?huyện|,? thị xã|,? thành phố)*\b"
    r"|(?:các )?cơ quan ngang [Bb]ộ|(?:các )?cơ quan thuộc Chính phủ"
    r"|các Thuế tỉnh(?:,? thành phố)?(?: trực thuộc [Tt]rung ương)?\b(?! [A-ZĐ])".replace(" ", r"\s{1,3}"))
_PROVINCES_FIRST = frozenset("ỦUủucPBT")  # the first characters _PROVINCES_GROUP can match
_STANDING_BODIES = ("Ban Thường vụ", "Thường trực", "Ban Chấp hành")  # its only alternatives opening with B, T
# A registry name followed by what makes it every province's ("Ủy ban nhân dân tỉnh, thành phố trực thuộc …",
# "Ban Thường vụ Tỉnh ủy, Thành ủy").
_EVERY_PROVINCE_AFTER = compile_across_lines(
    r",?[ \t\n]{1,3}(?:thành[ \t\n]{1,3}phố[ \t\n]{1,3}trực|Thành[ \t\n]{1,3}[uủ][yỷ])")
# "các sở, ban, ngành, tổ chức chính trị - xã hội": the kind of organisation belongs to the group.
_GROUP_TAIL = compile_across_lines(r"\s{1,3}chính\s{1,3}trị\s{0,3}[-–]\s{0,3}xã\s{1,3}hội")


# What narrows a group down: "các sở, ban, ngành trực thuộc UBND tỉnh" (or "thuộc tỉnh"), "UBND các tỉnh, thành phố ven biển từ
# Đà Nẵng đến Lâm Đồng", "các cơ quan, đơn vị được giao nhiệm vụ". Without it the group would read as every one
# of its kind.
_GROUP_SCOPE = compile_across_lines(
    r"\s{1,3}(?:(?:trực\s{1,3})?thuộc\s{1,3}(?:(?:Ủy|Uỷ)\s{1,3}ban\s{1,3}nhân\s{1,3}dân|UBND)"
    r"(?:\s{1,3}(?:tỉnh|[Tt]hành\s{1,3}phố))?"
    r"|(?:trực\s{1,3})?thuộc\s{1,3}(?:tỉnh|[Tt]hành\s{1,3}phố)|cấp\s{1,3}(?:tỉnh|huyện|xã)"
    r"|(?:ven\s{1,3}biển\s{1,3})?từ\s{1,3}(?:[A-ZĐ]\w*\s{1,3}){1,4}?đến\s{1,3}[A-ZĐ]\w*(?:\s{1,3}[A-ZĐ]\w*){0,3}"
    # "UBND các huyện, thị xã, thành phố ven biển Tuy An, Sông Cầu, Đông Hòa và Tuy Hòa": the places named
    # (not the next body: "… ven biển, Ban chỉ huy Bộ đội biên phòng")
    r"|ven\s{1,3}biển(?:(?:\s{1,3}|\s{0,3},\s{0,3}|\s{1,3}và\s{1,3})(?!(?:Ban|Bộ|Sở|Chi|Cục|Công|Trung|Đài|Ủy|Uỷ|UBND"
    r"|Phòng|Văn|Thủ|Chủ|Giám|Đồn|Hạt|Trạm)(?!\w))[A-ZĐ]\w*(?:\s{1,3}[A-ZĐ]\w*){0,2}){0,12}"
    r"|được\s{1,3}giao\s{1,3}nhiệm\s{1,3}vụ"
    r"|(?:khu\s{1,3}vực|miền)(?:\s{1,3}[A-ZĐ]\w*){1,3})(?!\w)")  # "các tỉnh khu vực Trung Bộ"


def _extend_group(text: str, group: Any, end: int) -> Any:
    stop = _named_kind(text, group, end)
    tail = _GROUP_TAIL.match(text, stop, end) if group.text.endswith("tổ chức") else None
    if tail is not None:
        stop = tail.end()
    scope = _GROUP_SCOPE.match(text, stop, end)
    if scope is not None:
        stop = scope.end()
    if stop == group.end:
        return group
    return GroupMention(" ".join(text[group.start:stop].split()), group.start, stop)


_KIND_HEADS = ("Ban", "Sở", "Cục", "Vụ", "Hội", "Tổng cục")


def _named_kind(text: str, group: Any, end: int) -> int:
    """The end of a group that names its kind of body ("các Ban Xây dựng Đảng", "các Hội Nông dân"), else its
    own end."""
    head = group.text.rsplit(" ", 1)[-1]
    if head not in _KIND_HEADS or not text.startswith(head, group.end - len(head)):
        return group.end
    stop = unknown_name_stop(text, group.end - len(head), end)
    return stop if stop is not None and stop > group.end else group.end


def _group_fallback(text: str, pos: int, end: int) -> Any | None:
    m = _PROVINCES_GROUP.match(text, pos, end)
    if m is None:
        return None
    return GroupMention(" ".join(m.group().split()), pos, m.end())


# "UBND huyện Cát Tiên, Đạ Tẻh": a local committee's level printed once for two places; the second place's name
# is capitalised words, then a comma, "và" or the verb
_LOCAL_COMMITTEE = re.compile(r"(UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (huyện|quận|thị xã) \S")
_NEXT_PLACE = compile_across_lines(r"(?:,|\s{1,3}và)\s{1,3}((?-i:[A-ZĐ])[^\W\d_]*(?:\s(?-i:[A-ZĐ])[^\W\d_]*){0,2})"
                                   r"(?=\s{0,3}(?:,|và\s|\s(?-i:[a-zà-ỹđ])))")


def _same_level_places(text: str, mention: Any, end: int) -> list[AgencyMention]:
    """The committees of the same level a local committee's name goes on to ("UBND huyện Quang Bình, Bắc Quang
    triển khai …"), each as a mention of its own; [] when none."""
    committee = _LOCAL_COMMITTEE.match(mention.as_printed)
    found: list[AgencyMention] = []
    pos = mention.end
    while committee is not None and (m := _NEXT_PLACE.match(text, pos, end)) is not None:
        place = m.group(1)
        if UNKNOWN_HEAD.match(text, m.start(1), end) or place.split()[0] in _NOT_PLACES:
            break
        found.append(AgencyMention(f"{written_out(committee.group(1))} {committee.group(2)} {place}", None, place,
                                   m.start(1), m.end(1)))
        pos = m.end(1)
    return found


_NOT_PLACES = frozenset(("Sở", "Bộ", "Ban", "Công", "Cục", "Chi", "Văn", "Trung", "Thủ", "Chủ", "Giám", "Lãnh", "UBND",
                         "Ủy", "Uỷ", "Phòng", "Đội", "Hạt", "Trạm", "Kho", "Ngân", "Viện", "Đài", "Báo", "Hội",
                         # a person named after the committee ("Chủ tịch UBND huyện Bảo Lâm, Nguyễn Văn A, cho biết"):
                         # surnames no district's name starts with
                         "Nguyễn", "Trần", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương",
                         "Trương", "Đinh", "Lương", "Ông", "Bà"))


def skip(scan: Scanner, pattern: re.Pattern[str], pos: int, end: int) -> int:
    """Where `pattern` matched at `pos` ends, or `pos` when it does not match there."""
    m = scan.match(pattern, pos, end)
    return m.end() if m else pos


def skip_blank(text: str, pos: int, end: int) -> int:
    """The first offset from `pos` that is not blank nor markdown/table decoration."""
    while pos < end and (text[pos].isspace() or text[pos] in "*_|"):
        pos += 1
    return pos


# A sentence may open with a purpose, ground or condition before its subject ("Căn cứ …, các sở …",
# "Trong quá trình …, nếu …, Sở Y tế …"): the subject follows one of the next few commas.
_OPENER = words_pattern(r"(?:căn cứ|trên cơ sở|trong quá trình|để|nhằm|sau khi|trong khi|trước khi|khi|nếu|trường hợp"
                        r"|theo|do|vì"
                        # "Hết thời gian khắc phục …, Công an tỉnh chủ trì …", "Liên quan đến vụ việc …, Phó Chủ
                        # tịch UBND tỉnh … yêu cầu …", "Với mục tiêu …, trong thời gian tới, …"
                        r"|hết thời (?:gian|hạn)|liên quan (?:đến|tới)|với mục (?:tiêu|đích)"
                        r"|qua (?:kiểm tra|khảo sát|làm việc|nghe))\b")  # "Qua kiểm tra thực tế …, ông … chỉ đạo …"
# After a lead-in only ("Bên cạnh đó, việc …,"; never a heading, "b) Việc cấp vốn"): the matter, a purpose or a
# condition; not a cause ("Tuy nhiên, do nội dung hồ sơ …, Sở Xây dựng trình chưa đáp ứng …": what it describes)
_MATTER = words_pattern(r"(?:việc|để|nhằm|trong khi|trước khi|sau khi|khi|nếu|trường hợp)\b")
# "Về công tác phòng cháy: Giao Bộ Công an chủ trì …": a topic, a colon, then the order.
_TOPIC = compile_across_lines(r"[*_]{0,2}[Vv]ề\s(?:[^:.\n]|\n(?![ \t]*\n)){1,240}:[*_]{0,2}\s{0,3}"
                              # "1. Về thuế giá trị gia\ntăng\nĐề nghị Thuế tỉnh …": a heading line, then the order
                              r"|[*_]{0,2}[Vv]ề\s(?:[^:.\n]|\n(?![ \t]*\n)){1,160}?[*_]{0,2}\n(?=[ \t*_]{0,4}"
                              r"(?:Đề nghị|Giao|Yêu cầu|Chủ tịch|Thủ trưởng|Các|Sở|Bộ|UBND|Ủy ban|Uỷ ban)\s)")
# "- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính …": a short label, a colon, then the subject.
# A procedure's "Bước 1: Văn phòng … tiếp nhận hồ sơ" is a rule, not an order; a table's "Ghi chú:" explains it.
_LABEL = compile_across_lines(r"[*_]{0,2}(?!Bước\s|Ghi\s{1,3}chú)[A-ZĐ][^\W\d_]*(?:[ \t][^\s:;.,()]{1,12}){0,5}"
                              r"[*_]{0,2}:[*_]{0,2}[ \t]{1,3}(?=[A-ZĐ])")
# "Sau khi nghe báo cáo của các Bộ: …, ý kiến …, Phó Thủ tướng kết luận như sau:": who reported, then who
# concludes; neither is charged by the sentence.
_HEARD = words_pattern(r"sau khi nghe\b")
_OPENER_REACH = 600
_OPENER_COMMAS = 8  # "Để tháo gỡ …, giải ngân …, đạt được …, tỉnh Đắk Lắk cần …": a purpose may list many aims


def subject_at(scan: Scanner, pos: int, end: int, need_verb: bool = True) -> tuple[Actors, int]:
    """The actors a sentence starting at `pos` charges, and where the predicate starts.

    Empty when the sentence does not begin with an order to named agencies or groups (possibly after
    an opening clause of purpose, ground or condition).
    """
    execution = _execution_clause(scan, pos, end)
    if execution is not None:
        return execution
    found = _subject_here(scan, pos, end, need_verb)
    if found[0]:
        return found
    start = skip_blank(scan.text, pos, end)
    informed = _informed_to_act(scan, start, end)
    if informed is not None:
        return informed
    topic = _TOPIC.match(scan.text, start, end) if scan.text.startswith(("V", "v", "*"), start) else None
    if topic is not None:
        return _subject_here(scan, topic.end(), end, need_verb)
    label = _LABEL.match(scan.text, start, end)
    if label is not None:
        return _subject_here(scan, label.end(), end, need_verb)
    lead_in = _LEAD_IN.match(scan.text, start, end) if scan.text[start:start + 1].lower() in _LEAD_IN_FIRST else None
    opener = scan.match(_OPENER, start, end)
    if lead_in is not None and lead_in.group().rstrip().endswith(","):
        after = skip_blank(scan.text, lead_in.end(), end)  # "Bên cạnh đó, việc xây dựng thể chế …, Phó Chủ tịch …"
        matter = scan.match(_MATTER, after, end)
        start, opener = (after, matter) if matter is not None else (start, opener)
    elif lead_in is not None and opener is None:  # "Thứ tư, 31/01/2024 07:20\nLiên quan đến …, Phó Chủ tịch …":
        after = skip_blank(scan.text, lead_in.end(), end)  # a page's dateline, then the sentence's own opener
        start, opener = after, scan.match(_OPENER, after, end)
    if opener is not None and scan.match(_HEARD, start, end) is None:
        comma = start
        limit = min(end, start + _OPENER_REACH)
        verb = _ORDER_WITHIN.search(scan.text, start, limit)
        if verb is not None and not scan.text[start:verb.start()].rstrip().endswith(",") \
                and any(scan.list_at(verb.end(), end)[:2]):
            limit = verb.start()  # "Theo đó, công văn … yêu cầu Sở A, Sở B …": the commas of whom it charges
        for _ in range(_OPENER_COMMAS):
            comma = scan.text.find(",", comma + 1, limit)
            if comma == -1:
                break
            here = _subject_here(scan, comma + 1, end, need_verb)
            if here[0]:
                return here
    return found


# An order given in the middle of a sentence whose subject the finders do not read as the speaker: "Theo đó,
# công văn do ông … ký (số 2638) yêu cầu Sở TNMT, Thanh tra tỉnh … rà soát …", "Phó Chủ tịch UBND thành phố Lê
# Khắc Nam có ý kiến chỉ đạo, giao Sở Văn hóa và Thể thao chủ trì …". Not an order recalled ("đã yêu cầu"), nor
# one asked for ("theo đề nghị", "được giao"), nor a request that a named body makes ("Sở Y tế đề nghị UBND tỉnh").
_ORDER_WITHIN = words_pattern(r"(?<![\w/])(?:giao|yêu cầu|đề nghị)(?: cho)?:? ")
_NOT_ORDERING = re.compile(r"(?:đã|theo|được|có|của)\s{1,3}$", re.IGNORECASE)
_GROUNDS = words_pattern(r"[*_]{0,2}(?:căn cứ|xét|theo đề nghị)\b")  # a preamble's grounds: "Xét Tờ trình … đề nghị …"
_ORDER_REACH = 400


def ordered_within(scan: Scanner, start: int, end: int) -> tuple[Actors, int] | None:
    """The actors an order in the middle of the sentence at `start` charges, and where its predicate starts;
    None when there is no such order."""
    text = scan.text
    verb = _ORDER_WITHIN.search(text, start, min(end, start + _ORDER_REACH))
    first = skip_blank(text, start, end)
    if verb is None or _NOT_ORDERING.search(text, max(start, verb.start() - 8), verb.start()) \
            or any(scan.list_at(start, verb.start())[:2]) and not _ISSUER.match(text, first, verb.start()) \
            or "|" in text[start:verb.start()] or _GROUNDS.match(text, first):
        return None  # (an agency before the verb asks, and is not the speaker; a table's cell states a fact)
    found = _subject_here(scan, verb.start(), end, True)
    return found if found[0] else None


# A task named by what it is, then who leads it: "Kinh tế đô thị do Sở KH-ĐT chủ trì, Văn hóa đô thị do Sở VH-TT chủ
# trì, …", "Nhiệm vụ này do Sở Y tế chủ trì thực hiện".
_LED_BY = re.compile(r"(?<!\w)do\s{1,3}")
_LEADS = words_pattern(r"\s{0,3}chủ trì(?!\w)")
_LED_BY_REACH = 160  # from "do" to "chủ trì": the names between


def led_by(scan: Scanner, start: int, end: int) -> list[Any]:
    """The agencies that "do … chủ trì" names as leading in `text[start:end]`, in order."""
    text = scan.text
    found: list[Any] = []
    lead = text.find("chủ trì", start, end)
    while lead != -1:  # each "chủ trì", then a "do" a few names before it
        by = text.rfind("do", max(start, lead - _LED_BY_REACH), lead)
        m = _LED_BY.match(text, by) if by != -1 else None
        if m is not None:
            agencies, _, after = scan.list_at(m.end(), lead)
            if agencies and _LEADS.match(text, after, end) and not _speaks(scan, agencies):
                found += [a for a in agencies if a not in found]
        lead = text.find("chủ trì", lead + 7, end)
    return found


_PROVINCE_COMMITTEES = ("uy ban nhan dan tinh", "uy ban nhan dan thanh pho", "ubnd tinh", "ubnd thanh pho")


def _speaks(scan: Scanner, agencies: list[Any]) -> bool:
    """Whether `agencies` are the one who gives the orders: the document's issuer, the Government, or in a text
    without a header a province's or city's committee ("… do UBND tỉnh Phú Thọ chủ trì tổ chức")."""
    return _never_charged(scan, agencies) or scan.issuer is None and all(
        fold(a.name).startswith(_PROVINCE_COMMITTEES) for a in agencies)


# The last article of a quyết định names everyone who carries it out: "Chánh Văn phòng UBND tỉnh, Giám
# đốc các Sở: Tư pháp, Tài chính; Chủ tịch UBND các xã, phường và đặc khu Lý Sơn; Giám đốc Trung tâm …;
# Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này." The list is too
# varied for one actor run (titles, groups the finder does not know, semicolons): every agency and group
# named before the verb leads.
# Also "… căn cứ Quyết định thi hành", "… chịu trách nhiệm tổ chức thực hiện Quyết định này".
_EXECUTION = words_pattern(
    r"(?:chịu|có) trách nhiệm (?:tổ chức thực hiện|thực hiện) (?=(?:quyết định|chỉ thị|quy định|kế hoạch) này)"
    r"|(?:chịu|có) trách nhiệm thi hành |căn cứ quyết định (?:này )?(?:để )?thi hành")
_EXECUTION_REACH = 1200
# "Các ông, bà: Chánh Văn phòng …", "Thủ trưởng các cơ quan: Văn phòng UBND tỉnh, Sở Công Thương; …": a colon
# opens the list as a comma or a semicolon separates its names.
_PIECE_END = compile_across_lines(r"[,;:\n]")


def _execution_clause(scan: Scanner, pos: int, end: int) -> tuple[Actors, int] | None:
    text = scan.text
    limit = min(end, pos + _EXECUTION_REACH)
    if text.find("thi hành", pos, limit) == -1 and text.find("thi\nhành", pos, limit) == -1:
        return None  # a cheap look first: most sentences hold neither
    verb = _EXECUTION.search(text, pos, limit)
    if verb is None or _sentence_ends_between(text, pos, verb.start()):
        return None
    agencies, groups = actors_in(scan, pos, verb.start())
    agencies = [a if scan.mentions.get(a.start) is a else _to_next_title(text, a, verb.start()) for a in agencies]
    # "Thủ trưởng các cơ quan: X, Y": the group only announces the agencies listed after its colon
    groups = [g for g in groups if not (agencies and text.startswith(":", skip_blank(text, g.end, verb.start())))]
    if not agencies and not groups:
        return None
    return Actors(lead=agencies, lead_groups=groups), verb.start()


# In an execution article each office follows its head's title: a name the registry does not know runs on,
# commas and all, to the next title.
_HEAD_TITLE = compile_across_lines(rf"(?:,|;|và)\s{{0,3}}(?:{HEAD_TITLES})\b".replace(" ", r"\s{1,3}"))
_NOT_A_NAME = compile_across_lines(r"(?<!\w)(?:các|những|cơ quan|đơn vị|tổ chức|cá nhân|liên quan)(?!\w)")
_NAME_RUN_MAX = 60


def _to_next_title(text: str, agency: Any, end: int) -> Any:
    """`agency` (a name found by pattern) run on to the next title, when only plain words come before it."""
    if not isinstance(agency, AgencyMention):
        return agency
    title = _HEAD_TITLE.search(text, agency.end, end)
    rest = text[agency.end:title.start() if title else end].rstrip(" \t\n,;*_")
    if not rest or len(rest) > _NAME_RUN_MAX or _NOT_A_NAME.search(rest) or UNKNOWN_HEAD.search(rest) \
            or any(mark in rest for mark in "():;."):
        return agency
    stop = agency.end + len(rest)
    printed = text[agency.start:stop]
    return AgencyMention(written_out(printed), None, printed, agency.start, stop)


def actors_in(scan: Scanner, start: int, end: int) -> tuple[list[Any], list[Any]]:
    """Every agency and group named in `text[start:end]`, a list of names cut by "," and ";" (titles,
    words the finders do not know and line breaks in between are passed over)."""
    text = scan.text
    agencies: list[Any] = []
    groups: list[Any] = []
    piece = start
    while piece < end:
        found, grouped, after = scan.list_at(skip_blank(text, piece, end), end)
        agencies.extend(a for a in found if a not in agencies)
        groups.extend(g for g in grouped if g not in groups)
        sep = _PIECE_END.search(text, max(after, piece), end)
        piece = end if sep is None else sep.end()
    return agencies, groups


def _sentence_ends_between(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends in `text[start:end]` (a full stop before a capital, or a blank line)."""
    if "\n\n" in text[start:end]:
        return True
    stop = text.find(".", start, end)
    while stop != -1:
        nxt = skip_blank(text, stop + 1, end)
        if nxt < end and nxt > stop + 1 and text[nxt].isupper():
            return True
        stop = text.find(".", stop + 1, end)
    return False


def _short_lead_in(scan: Scanner, pos: int, end: int) -> re.Match[str] | None:
    """A short opener at `pos` ("Đặc biệt,"), unless it names a body or looks back at what was done."""
    text = scan.text
    if text.startswith(UNKNOWN_PREFIXES, pos):
        return None
    m = _SHORT_LEAD_IN.match(text, pos, end)
    said = m.group().lower() if m is not None else ""
    if m is None or said.startswith(_LOOKS_BACK) or IMPERATIVE.match(text, pos, end) or _ORDER_WITHIN.search(said) \
            or " các " in said or any(scan.list_at(pos, end)[:2]):
        return None  # ("Giao các sở, ngành …": the order itself)
    return m


def _subject_here(scan: Scanner, pos: int, end: int, need_verb: bool) -> tuple[Actors, int]:
    text = scan.text
    pos = skip_blank(text, pos, end)
    while pos < end and text[pos] in ",;":  # a stray comma a web page left before the sentence
        pos = skip_blank(text, pos + 1, end)
    reported = False  # "Theo đó, Chủ tịch UBND TPHCM đã giao …": what the document reported on says, not a past order
    for _ in range(3):  # "Theo đó, đối với các công trình …, Sở Xây dựng …"
        if scan.issuer is None and text.startswith(("“", '"'), pos):
            pos = skip_blank(text, pos + 1, end)  # a news item quoting the order whole: "(PL)- “UBND TP giao …"
        lead_in = _LEAD_IN.match(text, pos, end) if pos < end and text[pos].lower() in _LEAD_IN_FIRST else None
        if lead_in is None and text.startswith(("Đối", "đối"), pos):
            lead_in = _CASES_COVERED.match(text, pos, end)
            if lead_in is None or any(scan.list_at(skip_blank(text, len(lead_in.group(1)) + pos, end), end)[:2]):
                break  # ("Đối với Sở Y tế, …": the body it speaks to)
        elif lead_in is None:
            lead_in = _short_lead_in(scan, pos, end)
            if lead_in is None:
                break
        reported = reported or text.startswith(("Theo đó", "theo đó"), lead_in.start())
        pos = skip_blank(text, lead_in.end(), end)
    if text.startswith(("Đối với", "đối với"), pos):
        return _addressed(scan, pos + len("đối với"), end)
    first = text[pos].lower() if pos < end else ""
    issuer = _ISSUER.match(text, pos, end) if text[pos:pos + 2].lower() in _ISSUER_STARTS else None
    if issuer is not None and _another_body(scan, pos, issuer.end(), end, reported):
        issuer = None  # "Ủy ban nhân dân tỉnh Ninh Bình": another province is addressed, not speaking
    if issuer is not None:
        verb = _speaker_verb(text, issuer.end(), end, reported)
        spoken = verb.start() if verb is not None else _after_personal_name(text, issuer.end(), end)
        if verb is None:
            announced = _ANNOUNCES.match(text, spoken, end)
            # "UBND tỉnh có ý kiến như sau: Sở Thông tin và Truyền thông chủ trì …": the orders follow the colon
            return _subject_here(scan, announced.end(), end, True) if announced else (Actors(), pos)
        pos = verb.end()
        said = verb.group().rstrip(" \t\n:,")
        asking, sent = said.endswith(("yêu cầu", "đề nghị", "giao")), said.endswith(("gửi", "gởi"))
    else:
        asking = sent = False
        imperative = IMPERATIVE.match(text, pos, end) if first in _IMPERATIVE_FIRST else None
        ordered = imperative.end() if imperative is not None else pos
        # "Giao Sở Tư pháp" names who is charged: the verb may follow on the next line, capitalised.
        need_verb = need_verb and ordered == pos
        pos = ordered
    if text[pos:pos + 6].lower().startswith(_TIME_FIRST):
        pos = skip_blank(text, skip(scan, _TIME_BEFORE_ACTORS, pos, end), end)
    request = _ASKS.search(text, pos, min(end, pos + _SENT_TO_REACH)) if sent else None
    if request is not None:  # "… đã ký công văn gửi Công an tỉnh, Sở GT-VT yêu cầu tiến hành điều tra …"
        agencies, groups, after = scan.list_at(pos, request.start())
        need_verb = need_verb and skip_blank(text, after, end) != request.start()
    else:
        agencies, groups, after = scan.list_at(pos, end)
    if not agencies and not groups or not groups and _never_charged(scan, agencies):
        return Actors(), pos
    letter = _SENDS.match(text, skip_blank(text, after, end))
    request = _ASKS.search(text, letter.end(), min(end, letter.end() + _SENT_TO_REACH)) if letter else None
    if request is not None:  # "Bộ Công Thương vừa có công văn gửi tới Bộ Công an, … đề nghị tăng cường …"
        asked, asked_groups = actors_in(scan, letter.end(), request.start())
        if (asked or asked_groups) and not _sentence_ends_between(text, letter.end(), request.start()):
            return Actors(lead=asked, lead_groups=asked_groups), request.end()
    announced = _ANNOUNCES.match(text, after, end) if not groups and issuer is None else None
    if announced is not None:  # "Sở Văn hóa, Thể thao và Du lịch chỉ đạo: (1) Đề nghị Hiệp hội Du lịch …": who
        ordered, ordered_end = _subject_here(scan, _enumerated(scan, announced.end(), end), end, True)
        if ordered:  # speaks, then the orders it gives (else it is charged with what follows the colon)
            return ordered, ordered_end
    if need_verb and not predicate_follows(scan, after, end):
        tail = _unnamed_tail(scan, after, end)
        if tail is not None and asking:  # the bodies named among those the finders do not know lead too
            more, more_groups = actors_in(scan, after, tail)
            agencies += [a for a in more if a not in agencies]
            groups += [g for g in more_groups if g not in groups]
        if tail is None:
            tail = _duty_later(text, after, end)
        # (after the issuer's "yêu cầu": "UBND tỉnh yêu cầu Sở Công Thương, Ngoại vụ, Ban Quản lý KKT …, các cơ
        # quan kiểm dịch … căn cứ chức năng, nhiệm vụ tăng cường …")
        if tail is None and (asking or _ASKS.search(text, pos, min(a.start for a in [*agencies, *groups]))):
            asked = _asked_tail(scan, after, end)
            if asked is not None:
                more, more_groups = actors_in(scan, after, asked)
                agencies += [a for a in more if a not in agencies]
                groups += [g for g in more_groups if g not in groups]
                tail = asked
        if tail is None:
            return Actors(), pos
        after = tail
    if not groups and text.startswith("sẽ ", skip_blank(text, after, end)) and _speaks(scan, agencies):
        return Actors(), pos  # "UBND tỉnh Hà Tĩnh sẽ xem xét, xử lý trách nhiệm …": what the one ordering will do
    if _CONVEYS.match(text, skip_blank(text, after, end)):
        # "Văn phòng Chính phủ thông báo ý kiến chỉ đạo của Thủ tướng … về việc giao Bộ Giao thông vận tải chủ trì
        # …": the office passes an order on; whom the order names is charged, never the office
        ordered = ordered_within(scan, after, end)
        return ordered if ordered is not None else (Actors(), pos)
    return Actors(lead=agencies, lead_groups=groups), after


def _enumerated(scan: Scanner, pos: int, end: int) -> int:
    """After an inline item's number ("(1)", "a)") at `pos`, if one stands there."""
    pos = skip_blank(scan.text, pos, end)
    enum = _INLINE_ENUM.match(scan.text, pos, end)
    return skip_blank(scan.text, enum.end(), end) if enum else pos


def _speaker_verb(text: str, pos: int, end: int, reported: bool = False) -> re.Match[str] | None:
    """The order verb after a speaker ending at `pos`, past the person's name and another office of his that
    may follow it ("Phó Thủ tướng Bùi Thanh Sơn, Trưởng Ban Chỉ đạo 389 quốc gia giao …"), or None. In what a
    news item reports ("Theo đó, …") the order may be printed with "đã"."""
    spoken = _after_personal_name(text, pos, end)
    verb = _ISSUER_VERB.match(text, spoken, end)
    apposition = _APPOSITION.match(text, spoken, end) if verb is None and spoken > pos else None
    if apposition is not None:
        verb = _ISSUER_VERB.match(text, apposition.end(), end)
    return verb or (_REPORTED_ORDER.match(text, spoken, end) if reported else None)


_REPORTED_ORDER = words_pattern(r"\s{0,3}đã (?:yêu cầu|giao(?: nhiệm vụ)?(?: cho)?|đề nghị|chỉ đạo)\s{0,3}[:,]?\s{0,3}")
# The speaker's other office, after his name: ", Trưởng Ban Chỉ đạo 389 quốc gia", ", Chủ tịch Ủy ban An toàn
# giao thông quốc gia, mới đây"
_APPOSITION = words_pattern(r"\s{0,3}[,–-] (?:phó )?(?:chủ tịch|trưởng ban|trưởng)\b[^,.;\n]{3,100}?,?"
                            r"(?= (?:(?:mới đây|vừa qua|gần đây),? )?(?:cũng |vừa |đã )*(?:giao(?! thông)|yêu cầu|đề nghị|chỉ đạo)\b)")
_ANNOUNCES = words_pattern(r"\s{0,3}(?:cũng |tiếp tục )?(?:có ý kiến(?: chỉ đạo)?|chỉ đạo|kết luận)(?: như sau)?\s{0,3}:")
_CONVEYS = words_pattern(r"(?:thông báo|truyền đạt) (?:ý kiến|kết luận)")
_SENDS = words_pattern(r"(?:vừa |đã )?(?:có|ban hành|ký) (?:công văn|văn bản|công điện)(?: số [\w/.-]{1,30})?"
                       r"(?: ngày [\d/.]{3,10})? gửi(?: tới| đến)? (?:các [^\W\d]+(?:, [^\W\d]+){0,3},? gồm:? )?")


def _addressed(scan: Scanner, pos: int, end: int) -> tuple[Actors, int]:
    """"Đối với UBND các huyện, thị xã, thành phố: tăng cường kiểm tra …": the bodies a part of an order is for."""
    agencies, groups, after = scan.list_at(skip_blank(scan.text, pos, end), end)
    mark = skip_blank(scan.text, after, end)
    if (agencies or groups) and scan.text.startswith((":", ","), mark):
        spoken = _SPEAKER_ASKS.match(scan.text, mark + 1, end)  # "Đối với Sở GD-ĐT, tỉnh yêu cầu phối hợp …"
        return Actors(lead=agencies, lead_groups=groups), spoken.end() if spoken else mark + 1
    return Actors(), pos


_SPEAKER_ASKS = words_pattern(r"\s{0,3}(?:ubnd |[uủ][yỷ] ban nhân dân )?(?:tỉnh|thành phố) (?:cũng )?(?:yêu cầu|đề nghị|giao)\s")


# "UBND tỉnh yêu cầu từ nay đến ngày 1/7/2021 Công an tỉnh phải …": when, between the order and whom it charges
_TIME_BEFORE_ACTORS = words_pattern(
    r"(?:từ nay )?(?:đến|trước|chậm nhất(?: là)?(?: đến)?|trong)(?: hết)? (?:ngày|tháng|quý|năm) "
    r"[\dIV]{1,4}(?:[/.-]\d{1,4}){0,2}\s{0,3},?")
_TIME_FIRST = ("từ nay", "đến", "trước", "chậm", "trong")


_SENT_TO_REACH = 300  # the bodies a letter is sent to, then what it asks of them


_NAME_WORD = compile_across_lines(r"(?:\s{1,3}|(?<=[Tt][Pp])\.[ \t]?)(\w+)")  # "UBND TP.HCM": a place joined to "TP."


_NAME_WORDS_MAX = 7  # "… tỉnh Phú Yên Trần Hữu Thế": the place's words, then the person's


def _after_personal_name(text: str, pos: int, end: int) -> int:
    """After "Phó Thủ tướng": the end of the person's name that may follow ("Nguyễn Thiện Nhân"), else `pos`."""
    after = pos
    for _ in range(_NAME_WORDS_MAX):
        m = _NAME_WORD.match(text, after, end)
        if m is None or not m.group(1)[0].isupper() or not m.group(1).isalpha():
            break
        after = m.end()
    return after


def _folded_name(name: str) -> str:
    folded = fold(name).replace("uy ban nhan dan", "ubnd")
    if "tp" in folded:
        folded = _CITY_SHORT.sub("thanh pho", folded)
    return " ".join(folded.split())


_CITY_SHORT = re.compile(r"\btp\b\.?")


_SIGNS = words_pattern(r"\s{0,3}(?:vừa |đã )?(?:ký(?: ban hành)?|ban hành) (?:công điện|công văn|văn bản|chỉ thị"
                       r"|kế hoạch|quyết định|thông báo)\b")


def _another_body(scan: Scanner, pos: int, issuer_end: int, end: int, reported: bool = False) -> bool:
    """Whether the issuer's words at `pos` go on into the name of another body than the document's own."""
    named = unknown_agency_at(scan.text, pos, end)
    if not isinstance(named, AgencyMention):
        if not _named_beyond(scan, pos, issuer_end):
            return False
        title = _ISSUER_TITLE.match(scan.text, pos, end)
        named = scan.mentions.get(title.end() if title else pos)
    if scan.issuer is None:
        # a text without its header (a news item, a pasted passage): a committee that assigns the work
        # ("UBND TP Cần Thơ giao Sở Xây dựng …", "… vừa chỉ đạo …") is the one speaking; one that plainly
        # "chỉ đạo" its departments is charged with directing them (a Government letter's way)
        spoken = _after_personal_name(scan.text, named.end, end)
        verb = _speaker_verb(scan.text, named.end, end, reported)
        if verb is None:  # (but "Chủ tịch UBND TP Trần Sỹ Thanh ký ban hành công điện …": its head signing)
            return not (_ISSUER_TITLE.match(scan.text, pos, end) and _SIGNS.match(scan.text, spoken, end))
        # ("Ủy ban nhân dân tỉnh Trà Vinh chỉ đạo Ủy ban nhân dân huyện Trà Cú …", "… chỉ đạo thực hiện …": a
        # news item's committee speaking, to a body it names or to none)
        # (nor is one named after its head's title: "Lãnh đạo UBND TP Cần Thơ chỉ đạo đơn vị liên quan …")
        return fold(verb.group()).strip(" \t\n:,").split() == ["chi", "dao"] \
            and isinstance(scan.mentions.get(skip_blank(scan.text, verb.end(), end)), GroupMention) \
            and _ISSUER_TITLE.match(scan.text, pos, end) is None
    return _folded_name(named.name) != scan.issuer


# The Government and its head give orders and are asked to decide ("… kính đề nghị Thủ tướng xem xét cho phép"):
# they are not charged.
_ABOVE_ORDERS = frozenset(("chinh-phu", "thu-tuong"))


def _never_charged(scan: Scanner, agencies: list[Any]) -> bool:
    """Whether `agencies` are only the document's own issuer ("Cục Thuế có kế hoạch nâng cấp …" in Cục Thuế's
    notice: it speaks of itself) or the Government and its head."""
    return all(a.id in _ABOVE_ORDERS for a in agencies) \
        or scan.issuer is not None and all(_folded_name(a.name) == scan.issuer for a in agencies)


def _named_beyond(scan: Scanner, pos: int, end: int) -> bool:
    """Whether an agency named at `pos` (after its head's title, if any: "Chủ tịch Ủy ban nhân dân tỉnh Hưng
    Yên") runs past `end` ("Ủy ban nhân dân Thành phố Hồ Chí Minh")."""
    title = _ISSUER_TITLE.match(scan.text, pos, end)
    mention = scan.mentions.get(title.end() if title else pos)
    if mention is None or not hasattr(mention, "id") or mention.end <= end:
        return False
    # "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn yêu cầu …" is still the issuer speaking
    return title is None or _ISSUER_VERB.match(scan.text, mention.end, len(scan.text)) is None


_ISSUER_TITLE = words_pattern(_ISSUER_TITLES)


# "Ủy ban nhân dân cấp xã được phân cấp thẩm quyền … căn cứ chức năng, nhiệm vụ được giao có trách nhiệm tổ chức
# thực hiện": what the subject is told to do comes after a clause that describes it.
_DUTY = words_pattern(r"(?:có|chịu) trách nhiệm ")
_DUTY_REACH = 400


def _duty_later(text: str, pos: int, end: int) -> int | None:
    if not text.startswith((" được", "\nđược"), pos, end):
        return None  # only after a passive description of the subject
    stop = text.find(".", pos, min(end, pos + _DUTY_REACH))
    duty = _DUTY.search(text, pos, stop if stop != -1 else min(end, pos + _DUTY_REACH))
    return duty.start() if duty is not None else None


_ASKED_REACH = 480
_NOT_THE_ORDER = frozenset(("phải", "được", "đã", "sẽ", "cần", "đang"))  # "Chủ các công trình phải tổ chức …"


def _asked_tail(scan: Scanner, pos: int, end: int) -> int | None:
    """"Sở … đề nghị Ủy ban MTTQ tỉnh; các Sở, ban, ngành; …; Chủ các công trình phải tổ chức quan trắc …; và các
    tổ chức, cá nhân có liên quan tổ chức nghiên cứu …": a list of addressees the finders only partly name,
    cut by semicolons and described by clauses of their own, runs to the first verb pair that opens the order
    (not one of a describing clause, after "phải", "được" …); where it starts, or None within the sentence."""
    text = scan.text
    stop = _SENTENCE_END.search(text, pos, min(end, pos + _ASKED_REACH))
    limit = stop.start() if stop else min(end, pos + _ASKED_REACH)
    words = list(_TAIL_WORD.finditer(text, pos, limit))
    for i, word in enumerate(words[1:-1], start=1):
        if f"{word.group()} {words[i + 1].group()}".lower() in PREDICATE_PAIRS \
                and words[i - 1].group().lower() not in _NOT_THE_ORDER:
            return word.start()
    return None


_SENTENCE_END = compile_across_lines(r"\.(?:\s|$)|\n[ \t]*\n")
_TAIL_WORDS = 16
_TAIL_OPEN = compile_across_lines(r"[ \t*]{0,3}(?:,|(?=\s{1,3}(?:và|cùng)\s))")
_TAIL_END = compile_across_lines(r"[.;:!?()]|\n[ \t]*\n")
_TAIL_WORD = compile_across_lines(r"\w+")


def _unnamed_tail(scan: Scanner, pos: int, end: int) -> int | None:
    """Where the predicate starts after the last actors the finders do not name, or None.

    "Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam và hệ thống các cơ quan báo chí phối hợp với …",
    "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Hội đồng thành viên các tập đoàn chỉ đạo …": the
    named ones still lead; the tail must end, within a few words, at a verb that opens an order.
    """
    text = scan.text
    if _TAIL_OPEN.match(text, pos, end) is None:
        return None
    stop = _TAIL_END.search(text, pos, min(end, pos + 240))
    limit = stop.start() if stop else min(end, pos + 240)
    words = list(_TAIL_WORD.finditer(text, pos, limit))[:_TAIL_WORDS + 1]
    for i, word in enumerate(words[:-1]):
        if word.group().lower() in TAIL_STOPS:
            return None
        if i and f"{word.group()} {words[i + 1].group()}".lower() in PREDICATE_PAIRS:
            return word.start()
    return None


_CHARGED = words_pattern(
    # ("Sở Thông tin và Truyền thông được Ủy ban nhân dân tỉnh giao chủ trì …": who charged it, named between)
    r"được (?:(?:ubnd|[uủ][yỷ] ban nhân dân|chủ tịch ubnd|chủ tịch [uủ][yỷ] ban nhân dân) (?:tỉnh|thành phố|tp)\.?"
    r"(?: (?-i:[A-ZĐ])\w*){0,3} )?"  # ("… được UBND tỉnh Quảng Ngãi giao tham mưu …")
    r"(?:giao (?:nhiệm vụ )?(?:chủ trì )?(?!cho\b|quản lý\b|tại\b)|(?:đề nghị|yêu cầu) )[^\W\d]")


# "căn cứ theo chức năng, nhiệm vụ được giao", "theo thẩm quyền", "trong phạm vi quản lý của mình": the scope
# of an actor list's duty, between the list and its verb
_DUTY_SCOPE = words_pattern(
    r"(?:căn cứ |trong |t[uù]y |tu[ỳy] )?(?:theo )?"
    r"(?:chức năng,? nhiệm vụ(?:,? quyền hạn)?(?: và lĩnh vực)?|thẩm quyền|phạm vi)(?: quản lý)?"
    r"(?: (?:được giao|được phân công|của mình|của đơn vị))?\s{0,3},?")
_SCOPE_FIRST = ("theo", "căn", "trong", "tùy", "tuỳ")  # the words `_DUTY_SCOPE` can open with


# (but "Sở Y tế là cơ quan thường trực của Ban Chỉ đạo." only says what it is)
_FOCAL = words_pattern(r"là (?:cơ quan|đơn vị) (?:đầu mối|chủ trì|thường trực|được giao(?: nhiệm vụ)?)\b(?:[^,.;\n]{0,60},"
                       # "Sở Giáo dục và Đào tạo là cơ quan thường trực giúp UBND tỉnh triển khai …"
                       r"| (?:có trách nhiệm|giúp|tham mưu|chủ trì|theo dõi|hướng dẫn|tổ chức)\b)")


_WILL_DO = words_pattern(r"sẽ (?:" + "|".join(sorted(PREDICATE_PAIRS | {"đề xuất"}, key=len, reverse=True)) + r")\b")
_HAS_PLAN = ("có kế hoạch", "có phương án", "có biện pháp", "có giải pháp", "có văn bản")


def predicate_follows(scan: Scanner, pos: int, end: int) -> bool:
    """Whether a verb (an order) follows the actor list that ends at `pos`."""
    text = scan.text
    pos = skip_blank(text, pos, end)
    if text.startswith(("...", "…"), pos):  # "… Xây dựng, Khoa học và Công nghệ... tiếp tục": a list left open
        pos = skip_blank(text, pos + (3 if text.startswith("...", pos) else 1), end)
    if _FOCAL.match(text, pos, end):  # "Sở Văn hóa, Thể thao và Du lịch là cơ quan đầu mối, đôn đốc …"
        return True
    scope = _DUTY_SCOPE.match(text, pos, end) if text.startswith(_SCOPE_FIRST, pos) else None
    if scope is not None:  # "… và các đơn vị liên quan theo chức năng, nhiệm vụ được giao chủ động …"
        pos = skip_blank(text, scope.end(), end)
    if pos < end and text[pos] == "(":  # "Sở Nội vụ (cơ quan thường trực) chủ trì"
        close = text.find(")", pos, min(end, pos + 120))
        pos = skip_blank(text, close + 1, end) if close != -1 else pos
    if text.startswith(("– ", "- "), pos):  # "Sở Thông tin và Truyền thông – Chủ trì, …" (not "Cục A - Tổng cục B")
        return " ".join(text[pos + 1:min(end, pos + 40)].lower().split()[:2]).strip(",") in PREDICATE_PAIRS
    colon = pos < end and text[pos] == ":"
    if colon:  # "Bộ Tài chính: **(1)** Chủ trì, …"
        pos = _enumerated(scan, pos + 1, end)
    m = _WORD.match(text, pos, end)
    if m is None:
        return False
    if text[pos].isupper() and not colon:
        return False
    word = m.group().lower()
    if not word[0].isalpha():  # "Bộ Tư pháp | 19 | 07 |": a row of a statistics table
        return False
    if word == "có":  # "X có trách nhiệm …", "Điều 4. X có nhiệm vụ" (then its numbered duties)
        said = " ".join(text[m.start():min(end, m.start() + 40)].lower().split())
        # "Các Sở … có ý kiến thẩm định", but "Cục Thuế có ý kiến như sau:" or "… có ý kiến để Thuế tỉnh biết"
        # is the writer replying
        # "Công an tỉnh có phương án bảo đảm an ninh …", "… có văn bản trả lời" (not "có văn bản số 12 gửi …")
        if said.startswith(_HAS_PLAN) and not said.startswith("có văn bản số"):
            return True
        return said.startswith(("có trách nhiệm", "có nhiệm vụ")) or said.startswith("có ý kiến") \
            and not said.startswith(("có ý kiến để", "có ý kiến cho")) and "như sau" not in said and ":" not in said
    if word == "được":  # "Văn phòng UBND tỉnh được giao hoàn thiện hệ thống …": charged, in the passive
        return _CHARGED.match(text, m.start(), end) is not None
    if word == "sẽ" and scan.issuer is None:  # a news item's "Sở Y tế sẽ tham mưu thành lập …": what it is to do
        # (not a tax or customs office's reply: "Cục Thuế sẽ tổng hợp ý kiến, báo cáo Bộ Tài chính")
        return _WILL_DO.match(text, m.start(), end) is not None and not rules_on_firms(text[max(0, pos - 40):pos])
    if word in _REPLY_FIRST and _REPLY.match(text, m.start(), end):
        return False  # "Cục Thuế thông báo để Công ty biết", "Cục Thuế xin trả lời như sau": a reply, no order
    # "5. Ủy ban nhân dân tỉnh: Trong thời hạn 05 ngày …, Ủy ban nhân dân tỉnh ký quyết định": the agency, a colon,
    # then what it does, however the sentence opens
    return word not in NOT_VERB or colon and text[m.start()].isupper()


def predicate_follows_anywhere(phrase: str) -> bool:
    """Whether `phrase` holds a verb that opens an order ("chủ trì", "phối hợp", "khẩn trương" …)."""
    words = phrase.lower().split()
    return any(f"{a} {b}" in PREDICATE_PAIRS for a, b in zip(words, words[1:]))


# "Tổng cục Thuế đồng ý với ý kiến của Cục Thuế tỉnh …": the writer agrees, and orders nothing.
_REPLY = words_pattern(r"(?:thông báo (?:để|cho)|xin (?:trân trọng )?(?:trả lời|thông báo|báo cáo)|trả lời|trân trọng|kính (?:báo|gửi)"
                       r"|(?:cơ bản )?(?:đồng ý|nhất trí|thống nhất) với)\b")
_REPLY_FIRST = frozenset(("thông", "xin", "trả", "trân", "kính", "đồng", "nhất", "thống", "cơ"))
# "Cục Thuế trả lời để Thuế tỉnh Hà Tĩnh biết và căn cứ hồ sơ cụ thể để thực hiện": a reply that also asks
# the office it informs to act (a plain "… để X biết" only informs).
_INFORMS = words_pattern(r"(?:trả lời|thông báo|có ý kiến) (?:để|cho) ")
_AND_ACT = words_pattern(r"\s{0,3}(?:được )?biết,? và (?:căn cứ|thực hiện|hướng dẫn|xử lý|chỉ đạo|triển khai|tổ chức)\b")
_INFORMS_REACH = 80


def _informed_to_act(scan: Scanner, start: int, end: int) -> tuple[Actors, int] | None:
    text = scan.text
    if text.find("biết", start, end) == -1:
        return None  # a cheap look first
    verb = _INFORMS.search(text, start, min(end, start + _INFORMS_REACH))
    if verb is None:
        return None
    agencies, groups, after = scan.list_at(verb.end(), end)
    if not (agencies or groups) or _AND_ACT.match(text, after, end) is None:
        return None
    return Actors(lead=agencies, lead_groups=groups), after


def add_support(scan: Scanner, start: int, end: int, actors: Actors) -> None:
    """Add the agencies and groups named after "phối hợp (với)" / "chủ trì cùng" as support."""
    phrases = [m for pattern in _SUPPORTS for m in pattern.finditer(scan.text, start, end)]
    phrases.sort(key=re.Match.start)
    for m in phrases:
        agencies, groups, _ = scan.list_at(m.end(), end)
        actors.support.extend(agencies)
        actors.support_groups.extend(groups)


_ADDRESS = words_pattern(r"(?:kính )?(?:yêu cầu|giao|đề nghị)(?: cho)? ")


def addressees(scan: Scanner, start: int, end: int) -> Actors:
    """The actors after the last "yêu cầu / giao / đề nghị" of an introductory sentence."""
    found = Actors()
    for m in _ADDRESS.finditer(scan.text, start, end):
        agencies, groups, _ = scan.list_at(m.end(), end)
        if agencies or groups:
            found = Actors(lead=agencies, lead_groups=groups)
    return found
