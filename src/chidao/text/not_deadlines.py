"""What a date next to a deadline's cue may still not be: the date of a document it identifies, the week in
a digest's title, a statistics cut-off or a programme's horizon, a past fact or condition, the day a rule
starts to apply, the period a quoted law or the text's grounds set, the window a text stays in force.

`chidao.text.deadlines` finds the candidates; these rules rule them out. They read a bounded window before
and after each date, so every check is linear in the text.
"""

from __future__ import annotations

import datetime
import re

from chidao.text.codes import find_codes
from chidao.text.dates import DateMention
from chidao.text.normalize import LOWER_LETTER, compile_across_lines
from chidao.text.types import Deadline

_BACK = 90  # characters before a date searched for the document code it may belong to
# "Từ tháng 11/2013 trở đi", "từ năm 2026 trở đi", "Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê": open-ended
# work that starts with the period.
ONWARDS = compile_across_lines(
    r"(?<!\w)từ\s{1,3}(?:tháng\s{1,3}(\d{1,2})(?:\s{0,3}/\s{0,3}|\s{1,3}năm\s{1,3})|năm\s{1,3})"
    r"(\d{4})\s{1,3}(?:trở\s{1,3}(?:đi|về\s{1,3}sau)|đến\s{1,3}khi)(?!\w)", re.IGNORECASE)


# "tính đến ngày" is a statistics cut-off, "định hướng đến năm 2030" a planning horizon, "giai đoạn đến năm
# 2030" the period a programme covers.
_NOT_DEADLINE = compile_across_lines(
    r"(?=[TtĐđGgLl])(?<!\w)"
    r"(?:(?:tính|l[uũ][yỹ]\s{1,3}kế)\s{1,3}(?:đến|tới|từ)(?:\s{1,3}hết)?|đến\s{1,3}nay"  # "luỹ kế đến ngày …": a count
    r"|(?:định\s{1,3}hướng|tầm\s{1,3}nhìn|giai\s{1,3}đoạn)\s{1,3}(?:đến|tới))"
    r"\s{0,3}(?:ngày\s{1,3})?$",
    re.IGNORECASE,
)
# "đã", "vừa" (but "đợt mưa lũ vừa qua" only dates the floods)
PAST = compile_across_lines(r"(?=[ĐđVv])(?<!\w)(?:đã|vừa(?!\s{1,3}qua))(?!\w)", re.IGNORECASE)
# "đến ngày 19/11/2025 đã có 15 bộ…": a count as of a date, a past fact.
_PAST_AFTER = compile_across_lines(r"[*_]{0,2}\s{0,3},?\s{0,3}(?:đã|vừa)(?!\w)", re.IGNORECASE)
# "đã từ trần trước ngày 01/01/2009", "đã nghỉ hưu từ ngày …": who qualifies, by what happened before a day.
_PAST_CONDITION = compile_across_lines(
    r"(?<!\w)đã\s{1,3}(?!(?:hoàn|xong|giao|yêu|được|chỉ|đề)\w*)\w+(?:\s{1,3}\w+)?\s{1,3}(?:trước|từ)\s{1,3}(?:ngày\s{1,3})?$",
    re.IGNORECASE)
# "Từ nay đến ngày 19/12/2025 chỉ còn 01 tháng": a remark on the time left, not a limit.
_TIME_LEFT = compile_across_lines(
    r"[*_]{0,2}\s{0,3},?\s{0,3}(?:chỉ\s{1,3})?còn(?:\s{1,3}(?:lại|khoảng|hơn|gần|chưa\s{1,3}đầy))?"
    r"\s{1,3}(?:\d|một|hai|ba|bốn|vài|ít)", re.IGNORECASE)
# "Mức lãi suất … được áp dụng từ ngày 01/12/2025", "trợ cấp … được thực hiện kể từ ngày 01/01/2009": the day a
# rate or an entitlement starts to run, like an entry into force; nobody is asked to act by then. So is "… không
# áp dụng phương pháp khoán thuế từ ngày 01/01/2026", the day a rule stops applying.
_APPLIES_FROM = compile_across_lines(
    r"(?<!\w)(?:được\s{1,3}(?:áp\s{1,3}dụng|thực\s{1,3}hiện|tính|hưởng)|không\s{1,3}áp\s{1,3}dụng)"
    r"(?:\s{1,3}\w+){0,4}?"
    r"\s{1,3}(?:kể\s{1,3})?từ\s{1,3}(?:ngày\s{1,3})?$", re.IGNORECASE)
# "… Trung tâm phục vụ hành chính công các xã (từ ngày 01/7/2025)": since when a thing has run, in brackets;
# "Từ 1/7/2025, UBND xã, phường sẽ được giao …": from when an arrangement applies, in the passive.
_SINCE_IN_BRACKETS = compile_across_lines(r"\(\s{0,3}(?:kể\s{1,3})?từ\s{1,3}(?:ngày\s{1,3})?$", re.IGNORECASE)
_CLOSING_BRACKET = compile_across_lines(r"\s{0,3}\)")
_FROM_OPENING = compile_across_lines(r"(?:^|[.\n])[\s*_-]{0,6}(?:Kể\s{1,3})?[Tt]ừ\s{1,3}(?:ngày\s{1,3})?$")
_THEN_PASSIVE = compile_across_lines(r"\s{0,3},[^.;:\n]{0,80}?(?<!\w)(?:sẽ\s{1,3})?được\s{1,3}(?:giao|áp\s{1,3}dụng"
                                    r"|thực\s{1,3}hiện|chuyển|phân\s{1,3}cấp)(?!\w)", re.IGNORECASE)
# "ngày 12/12/2023 của Bộ trưởng", "ngày 18/11/2025 do Thủ tướng…": the date of a document or act.
_ISSUER_AFTER = compile_across_lines(r"[*_]{0,2}\s{0,3},?\s{0,3}(?:của|do)\s", re.IGNORECASE)
# A date right after a số/ký hiệu ("02 /UBND-KT, ngày", "13/2023/TT-BKHĐT ngày", "19-KH/BCĐ, ngày") or after
# a document type name identifies that document (Nghị định 30/2020/NĐ-CP, Phụ lục I: số, ký hiệu, ngày).
_DOC_TYPES = ("Công văn", "Kế hoạch", "Quyết định", "Chỉ thị", "Nghị quyết", "Nghị định", "Thông tư", "Thông báo",
              "Công điện", "Hướng dẫn", "Quy định", "Luật", "Pháp lệnh", "Tờ trình", "Văn bản", "Kết luận",
              "Quy chế", "Đề án", "Chương trình")
_NUMBER_ONLY = compile_across_lines(r"(?<!\w)số\s{1,3}\d{1,5}[A-Za-z]?$", re.IGNORECASE)
# "Lạng Sơn, ngày 05 tháng 01 năm 2024": a place name, a comma and "ngày" from the start of the line.
PLACE_DATE_LINE = compile_across_lines(r"^\s{0,20}[A-ZĐ][\w .\-]{1,40},\s{0,3}(?:ngày\s{1,3})?$")


def line_start(text: str, pos: int, lower: int) -> int:
    found = text.rfind("\n", lower, pos)
    return lower if found == -1 else found + 1


def clause_start(text: str, pos: int, lower: int) -> int:
    """Start of the clause holding `pos`: after the last ".", ";" or line break, at most 150 characters back.

    A line break before a lower-case word only wraps the sentence (a PDF's text, a hard-wrapped page): the
    clause goes on over it."""
    lower = max(lower, pos - 150)
    best = lower
    for mark in (".", ";"):
        found = text.rfind(mark, lower, pos)
        if found + 1 > best:
            best = found + 1
    found = text.rfind("\n", best, pos)
    while found != -1 and _WRAPPED.match(text, found + 1, pos):
        found = text.rfind("\n", best, found)
    return max(best, found + 1)


_WRAPPED = compile_across_lines(rf"[ \t]{{0,40}}{LOWER_LETTER}")


def identifies_document(text: str, mention: DateMention, lower: int) -> bool:
    before = text[max(lower, mention.start - _BACK) : mention.start].rstrip()
    for word in ("ngày", "ban hành"):
        if before[-len(word) :].lower() == word:
            before = before[: -len(word)].rstrip()
    before = before.rstrip(",").rstrip().rstrip(")").rstrip()
    token = before[max(before.rfind(" ") + 1, len(before) - 40) :]
    if "/" in token and any(c.isupper() for c in token[token.find("/") :]):
        return True
    if before.endswith(_DOC_TYPES) or _NUMBER_ONLY.search(before[-12:]):
        return True
    newline = text.rfind("\n", max(0, mention.start - 61), mention.start)
    if newline == -1 and mention.start > 60:
        return False  # the line starts too far back to be a "Place, ngày …" line
    return bool(PLACE_DATE_LINE.match(text[newline + 1 : mention.start]))


def is_digest_title(text: str, pos: int, lower: int) -> bool:
    """The digest's own title week ("… nổi bật … trong tuần (từ ngày 01/01 đến ngày 07/01/2023)", "Chỉ đạo điều
    hành của UBND tỉnh, Chủ tịch UBND tỉnh từ ngày 23-25/7/2025")."""
    line = text[line_start(text, pos, max(lower, pos - 200)) : pos].lower()
    week = line.rfind("trong tuần")
    return week != -1 and ("nổi bật" in line or "(" in line[week:]) or _ROUND_UP_TITLE.match(line) is not None


_ROUND_UP_TITLE = re.compile(r"[\s*#_]{0,6}(?:thông tin )?chỉ đạo,? điều hành (?:nổi bật )?(?:của|trong)\b")


def excluded(text: str, mention: DateMention, lower: int, before: str, reference: datetime.date | None) -> bool:
    """Whether a date with a cue is still no deadline: a document's date, the digest's title week, a
    statistics cut-off or horizon, or a past fact ("đã tổ chức vào ngày …" before the reference date)."""
    if identifies_document(text, mention, lower) or is_digest_title(text, mention.start, lower):
        return True
    if _NOT_DEADLINE.search(before) or _ISSUER_AFTER.match(text, mention.end):
        return True
    if _PAST_AFTER.match(text, mention.end) or _PAST_CONDITION.search(before) or _TIME_LEFT.match(text, mention.end):
        return True
    if ("được" in before or "không" in before) and _APPLIES_FROM.search(before):
        return True
    if "từ" in before.lower() and (_SINCE_IN_BRACKETS.search(before) and _CLOSING_BRACKET.match(text, mention.end)
                                   or _FROM_OPENING.search(text, max(lower, mention.start - 20), mention.start)
                                   and _THEN_PASSIVE.match(text, mention.end)):
        return True
    if _quotes_a_rule(text, mention.start, lower) or in_force_before(text, mention.start, lower) \
            or in_quoted_rule(text, mention.start, lower):
        return True
    if status_as_of(text, mention, lower) or _ISSUED_THEN.match(text, mention.end) \
            or _ISSUED_BEFORE.match(text, mention.end):
        return True
    start = clause_start(text, mention.start, lower)
    clause = text[start : mention.start]
    if _CANNOT.search(clause) or _WHEN_DONE.search(clause) or _in_grounds(text, mention.start, lower) \
            or _FORECAST.search(clause):
        return True
    return past_fact(clause) and (reference is None or mention.last < reference) \
        and not _ordered_earlier(text, sentence_start(text, start, lower), mention.start)


# "Đến ngày 4.1, Sở Kế hoạch và Đầu tư vẫn chưa nhận được báo cáo": how things stood on a day; "Trước đó, ngày
# 11.12.2017, Sở … đề nghị chậm nhất ngày 25.12.2017 phải báo cáo": an order a news item recalls.
_AS_OF_OPENING = compile_across_lines(
    r"[\s*_]{0,6}(?:(?:[Tt]ính\s{1,3})?[Đđ]ến\s{1,3}(?:hết\s{1,3})?(?:ngày\s{1,3})?$|Trước\s{1,3}đó\s{0,3},)")
_STATUS = compile_across_lines(r"[^.;:\n]{0,80}?(?<!\w)(?:vẫn|đang|chưa)(?!\w)")
# "Theo báo cáo của Kho bạc Nhà nước tỉnh, đến hết tháng 10-2023, tỷ lệ giải ngân …": a figure's cut-off day
_REPORTED_AS_OF = compile_across_lines(
    r"[\s*_]{0,6}[Tt]heo\s{1,3}(?:báo\s{1,3}cáo|số\s{1,3}liệu|thống\s{1,3}kê)[^.;:\n]{0,100}?,\s{1,3}(?:tính\s{1,3})?"
    r"đến\s{1,3}(?:hết\s{1,3})?(?:ngày\s{1,3})?$")


# "Cũng trong ngày 25-8, UBND TP HCM ban hành văn bản khẩn …": the day a document was issued
_ISSUED_THEN = compile_across_lines(
    r"[*_]{0,2}\s{0,3},\s{1,3}(?:(?:Phó\s{1,3})?Chủ\s{1,3}tịch\s{1,3})?(?:UBND|Ủy\s{1,3}ban|Uỷ\s{1,3}ban)"
    r"[^,.;:\n]{0,50}?"
    r"(?:đã\s{1,3})?(?:ban\s{1,3}hành|ký|có\s{1,3}(?:văn\s{1,3}bản|công\s{1,3}văn|công\s{1,3}điện))(?!\w)")


# "…, ngày 19 tháng 4 năm 2019 Ủy ban nhân dân tỉnh … đã ban hành Chỉ thị …": without the comma, only with "đã"
_ISSUED_BEFORE = compile_across_lines(
    r"[*_]{0,2}\s{1,3}(?:(?:Phó\s{1,3})?Chủ\s{1,3}tịch\s{1,3})?(?:UBND|Ủy\s{1,3}ban|Uỷ\s{1,3}ban)[^,.;:\n]{0,50}?"
    r"(?:đã|vừa)\s{1,3}(?:ban\s{1,3}hành|ký|có\s{1,3}(?:văn\s{1,3}bản|công\s{1,3}văn|công\s{1,3}điện))(?!\w)")
# "Dự báo độ mặn sẽ tiếp tục tăng cao … trong tháng 1/2020", "hạn hán có thể kéo dài đến hết tháng 8/2020": what is
# expected to happen, not an act asked for.
_FORECAST = compile_across_lines(
    r"(?:^[\W_]{0,6}(?:[Tt]heo\s{1,3})?[Dd]ự\s{1,3}báo(?!\w)|(?<!\w)(?:có\s{1,3}thể|có\s{1,3}khả\s{1,3}năng)\s{1,3}"
    r"(?:còn\s{1,3})?(?:kéo\s{1,3}dài|tiếp\s{1,3}tục|xảy\s{1,3}ra|xuất\s{1,3}hiện)(?!\w)[^.;\n]{0,40}$)")


def status_as_of(text: str, mention: DateMention, lower: int) -> bool:
    """Whether `mention` tells how things stood on a day ("Đến ngày 4.1, Sở … vẫn chưa …") or opens an order
    recalled ("Trước đó, …")."""
    start = max(sentence_start(text, mention.start, lower), text.rfind("\n", lower, mention.start) + 1)
    opening = _AS_OF_OPENING.match(text, start, mention.start)
    if opening is None:
        return _REPORTED_AS_OF.match(text, start, mention.start) is not None
    return opening.group().rstrip().endswith(",") or _STATUS.match(text, mention.end) is not None


def _ordered_earlier(text: str, start: int, end: int) -> bool:
    """"UBND tỉnh yêu cầu UBND các huyện … có HTX đã ngừng hoạt động báo cáo … trước ngày …": a fresh order
    opening the sentence governs a clause whose "đã" only describes what it is about."""
    order = _ORDER.search(text, start, end)
    return order is not None and not PAST.search(text, start, order.start()) \
        and PAST.search(text, order.end(), end) is not None


# "UBND tỉnh vừa ban hành Công văn … yêu cầu Sở Y tế báo cáo trước ngày …": a fresh order (a news item's way)
# sets the date, though its sentence opens with what was just done.
_ORDER = compile_across_lines(r"(?<!\w)(?:yêu\s{1,3}cầu|giao|đề\s{1,3}nghị|chỉ\s{1,3}đạo)(?!\w)", re.IGNORECASE)


# "triển khai ngay các nhiệm vụ UBND tỉnh đã giao … và báo cáo … trước ngày …": a past participle that only
# names the work (the tasks given, the targets set) does not make the clause a past fact.
_WORK_DESCRIBED = compile_across_lines(
    r"(?<!\w)(?:nhiệm\s{1,3}vụ|công\s{1,3}việc|nội\s{1,3}dung|chỉ\s{1,3}tiêu|kết\s{1,3}luận)(?:\s{1,3}\S+){0,4}?"
    r"\s{1,3}(?:đã|vừa)\s{1,3}(?:được\s{1,3})?(?:giao|đề\s{1,3}ra|ban\s{1,3}hành|phê\s{1,3}duyệt|chỉ\s{1,3}đạo)(?!\w)",
    re.IGNORECASE)


def past_fact(clause: str) -> bool:
    """Whether `clause` tells what was done ("đã …", "vừa …"), not a fresh order given with "vừa"."""
    pasts = list(PAST.finditer(clause))
    if not pasts:
        return False
    described = [(m.start(), m.end()) for m in _WORK_DESCRIBED.finditer(clause)]
    past = next((p for p in reversed(pasts) if not any(s <= p.start() < e for s, e in described)), None)
    if past is None:
        return False
    if past.group().lower() == "vừa":
        return _ORDER.search(clause, past.end()) is None
    # "Đội … đã kiểm tra, báo cáo, và Chủ tịch UBND quận yêu cầu … chậm nhất là ngày …": a fresh order after it
    return _FRESH_ORDER.search(clause, past.end()) is None


_FRESH_ORDER = compile_across_lines(
    r"(?:,|\svà)\s{1,3}(?-i:[A-ZĐ])(?:[^\s,;]*\s{1,3}){1,8}?(?:yêu\s{1,3}cầu|giao|đề\s{1,3}nghị|chỉ\s{1,3}đạo)(?!\w)",
    re.IGNORECASE)  # (a new subject, capitalised: "…, chỉ đạo xuyên suốt, thường xuyên" goes on with the past)


# "Căn cứ Báo cáo nhanh tình hình thiệt hại … đến sáng ngày 21/11/2025;": a date in the grounds a text cites is
# that document's, unless the sentence turns to an order after a comma.
_GROUNDS = compile_across_lines(r"[\s*_]{0,6}(Căn\s{1,3}cứ\s{1,3})?(?:" + "|".join(
    f"[{name[0]}{name[0].lower()}]{name[1:]}".replace(" ", r"\s{1,3}") for name in (*_DOC_TYPES, "Báo cáo")) + r")(?!\w)")
_TURNS_TO_ORDER = compile_across_lines(
    r",\s{1,3}(?:\w+\s{1,3}){0,3}?(?:đề\s{1,3}nghị|yêu\s{1,3}cầu|giao|các\s{1,3}(?:sở|cơ\s{1,3}quan|đơn\s{1,3}vị)"
    r"|UBND|Ủy\s{1,3}ban|Sở|hoàn\s{1,3}thành|báo\s{1,3}cáo)(?!\w)", re.IGNORECASE)


def _in_grounds(text: str, pos: int, lower: int) -> bool:
    """"Căn cứ Báo cáo … ngày …;", or a later item of the grounds' list ("…; Báo cáo nhanh … đến sáng ngày
    21/11/2025;"), which ends with its semicolon."""
    start = sentence_start(text, pos, lower)
    grounds = _GROUNDS.match(text, start)
    if grounds is None or _TURNS_TO_ORDER.search(text, start, pos) is not None:
        return False
    if grounds.group(1) is not None:
        return True
    if _ENDS_ITEM.match(text, pos) is None:
        return False
    opened = None
    for opened in _GROUNDS_OPEN.finditer(text, max(lower, start - _GROUNDS_REACH), start):
        pass  # the last "Căn cứ" line before: the list of grounds this item continues
    return opened is not None and _LIST_ITEM.search(text, opened.end(), start) is None


_ENDS_ITEM = compile_across_lines(r"[^\n;.,]{0,30};[ \t*_]*\n")
_GROUNDS_OPEN = compile_across_lines(r"(?:^|\n)[ \t*_]{0,4}Căn\s{1,3}cứ\s")
_GROUNDS_REACH = 600
_LIST_ITEM = compile_across_lines(r"\n[ \t*_]{0,4}(?:[-+•]|\d{1,2}\.|[a-zđ]\)|[IVX]{1,4}\.)|[Qq]UYẾT ĐỊNH|:[ \t*_]*\n")


# "nếu không tập trung thực hiện thì không thể hoàn thành mục tiêu trong năm 2025": what cannot be done is no
# order; "khi Luật … được thông qua vào tháng 12/2025": the time of a condition, not of an act asked.
_CANNOT = compile_across_lines(r"(?<!\w)(?:không|chưa)\s{1,3}thể(?!\w)", re.IGNORECASE)
_WHEN_DONE = compile_across_lines(r"(?<!\w)khi\s[^.;\n,]{0,80}?(?<!\w)được\s[^.;\n,]{0,40}$", re.IGNORECASE)


# "Nghị định 175/2025/NĐ-CP quy định từ ngày … đến hết ngày 31/12/2025": a period another text sets, unless
# this text turns it into an order later in the sentence ("…, đề nghị các sở hoàn thành trước ngày …").
_RULE_OF = compile_across_lines(r"(?:\d/\d{4}/[\w\-]+|(?<!\w)(?:Nghị\s{1,3}định|Thông\s{1,3}tư|Luật)(?:\s{1,3}này)?)"
                                r"\s{1,3}(?:đã\s{1,3})?quy\s{1,3}định(?!\w)", re.IGNORECASE)
_ORDER_WORD = compile_across_lines(r"(?<!\w)(?:đề\s{1,3}nghị|yêu\s{1,3}cầu|giao|chỉ\s{1,3}đạo)(?!\w)", re.IGNORECASE)


# "có hiệu lực (thi hành) kể từ ngày ký đến hết ngày …": how long a text is in force, not an act's limit.
# A term counted from entry into force ("Thời hạn ủy quyền: Từ ngày Quyết định này có hiệu lực thi hành đến
# hết ngày …") is still a term: the "có hiệu lực" there follows "từ ngày".
_IN_FORCE = compile_across_lines(r"(?<!\w)có\s{1,3}hiệu\s{1,3}lực(?!\w)", re.IGNORECASE)
_FROM_DAY_OF = compile_across_lines(r"(?<!\w)từ\s{1,3}ngày(?:\s{1,3}\w+){0,4}\s{1,3}$", re.IGNORECASE)


def in_force_before(text: str, pos: int, lower: int) -> bool:
    if text.find("hiệu", max(lower, pos - 60), pos) == -1:
        return False  # a cheap look first: most dates have no "hiệu lực" before them
    found = _IN_FORCE.search(text, max(sentence_start(text, pos, lower), pos - 60), pos)
    return found is not None and not _FROM_DAY_OF.search(text, max(lower, found.start() - 40), found.start())


# 'Khoản 1 Điều 29 Nghị định … quy định: “… trong thời hạn 60 ngày kể từ ngày thông quan …”': a law quoted
# word for word sets its own periods; the text quoting it asks nothing by them.
_QUOTE_REACH = 3000
_QUOTED_FROM = compile_across_lines(r"(?<!\w)(?:quy\s{1,3}định|như\s{1,3}sau|hướng\s{1,3}dẫn)(?!\w)"
                                    r"|(?<!\w)(?:Điều|khoản)\s{1,3}\d", re.IGNORECASE)


def in_quoted_rule(text: str, pos: int, lower: int) -> bool:
    opened = text.rfind("“", max(lower, pos - _QUOTE_REACH), pos)
    if opened == -1 or text.find("”", opened, pos) != -1:
        return False
    return _QUOTED_FROM.search(text, max(lower, opened - 200), opened) is not None


def _quotes_a_rule(text: str, pos: int, lower: int) -> bool:
    if text.find("quy", max(lower, pos - 200), pos) == -1:
        return False  # a cheap look first: no "quy định" before the date
    start = sentence_start(text, pos, lower)
    rule = None
    for rule in _RULE_OF.finditer(text, start, pos):
        pass
    return rule is not None and _ORDER_WORD.search(text, rule.end(), pos) is None


def sentence_start(text: str, pos: int, lower: int) -> int:
    """Start of the sentence holding `pos` in hard-wrapped text: after the last ".", ";" or blank line, at
    most 200 characters back (a single line break is only the printer's wrapping)."""
    lower = max(lower, pos - 200)
    best = lower
    for mark in (". ", ".\n", ";", "\n\n"):
        found = text.rfind(mark, lower, pos)
        if found != -1 and found + len(mark) > best:
            best = found + len(mark)
    return best


_DATED_KINDS = frozenset({"before", "by", "on", "range", "month", "quarter", "half", "year"})


def before_the_document(deadline: Deadline, reference: datetime.date) -> bool:
    """A dated window that ends before the document's own date cannot constrain what the document asks:
    it is a condition or a past fact ("được công nhận trước ngày 31/12/1993", "từ tháng 5/1975 đến …").
    Open-ended work that began earlier in the document's year ("Từ tháng 11/2013 trở đi") still runs."""
    if deadline.kind not in _DATED_KINDS or deadline.date is None or deadline.date >= reference:
        return False
    return deadline.date.year < reference.year or ONWARDS.fullmatch(deadline.text) is None


# "Quyết định số 227/QĐ-TTg ngày 12/3/2024 về điều chỉnh một số chỉ tiêu sử dụng đất đến năm 2025": a period in
# the title of a document the text cites, after its code and "về".
_ABOUT_WORD = compile_across_lines(r"(?<!\w)về(?!\w)")
_TITLE_REACH = 200


def in_cited_title(text: str, pos: int, lower: int) -> bool:
    """Whether `pos` lies in the "về …" title of a document cited by its code earlier in the same clause."""
    start = max(lower, pos - _TITLE_REACH)
    codes = find_codes(text[start:pos]) if "/" in text[start:pos] else []
    if not codes:
        return False
    code_end = start + codes[-1].end
    if any(mark in text[code_end:pos] for mark in (";", ". ", ".\n")):
        return False  # the clause ended between the code and the date
    about = _ABOUT_WORD.search(text, code_end, pos)
    return about is not None and _ORDER_AFTER_TITLE.search(text, about.end(), pos) is None


# "… số 12/UBND-KT về việc A, các sở hoàn thành đến năm 2027": the sentence turns to an order after the title.
_ORDER_AFTER_TITLE = compile_across_lines(
    r"(?<!\w)(?:giao|yêu\s{1,3}cầu|đề\s{1,3}nghị|hoàn\s{1,3}thành|xong|báo\s{1,3}cáo)(?!\w)",
    re.IGNORECASE)
