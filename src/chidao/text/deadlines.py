"""Deadlines: the dates and windows that constrain what a text asks someone to do.

A date is a deadline only when a cue word ties it to an action ("trước ngày", "chậm nhất", "vào ngày",
"từ … đến hết …", "trong tháng …"). Dates that only identify a document (the date after a số/ký hiệu or a
type name: "Công văn số 02/UBND-KT, ngày 02/01/2024"), a document's own "Lạng Sơn, ngày …" line, the
anniversaries "(15/6/1933 - 15/6/2024)", past facts ("đã tổ chức ngày …") and a digest's title week are not.

Relative periods are counted as the Bộ luật Dân sự 2015 counts them: from the day after the anchor event
(Điều 147), ending on the next working day when the last day is a day off (Điều 148 khoản 5).

Every scan is linear: the regular expressions have bounded repetitions, and context is read from a bounded
window before each date. For speed the window is lower-cased once and each cue word every match must hold
("tháng", "hằng", "Tết", "trong", …) is found with `str.find`; each pattern then runs only in the short
stretch around those words (`dates.finditer_near`), which gives exactly the matches of a full scan.

Tết and the lunar calendar are read by `chidao.text.lunar_deadlines`.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import re

from chidao.text.dates import (
    MAX_YEAR,
    MIN_YEAR,
    DateMention,
    WordIndex,
    _find_dates,
    finditer_near,
    fold,
    period_bounds,
    spaces_before,
    word_after,
    year_span_end,
)
from chidao.text.lunar_deadlines import lunar_deadlines
from chidao.text.normalize import LOWER_LETTER, compile_across_lines
from chidao.text.period_deadlines import period_deadlines
from chidao.text.not_deadlines import (
    ONWARDS,
    PLACE_DATE_LINE,
    past_fact,
    before_the_document,
    status_as_of,
    clause_start,
    excluded,
    identifies_document,
    in_cited_title,
    in_force_before,
    in_quoted_rule,
    is_digest_title,
    line_start,
    sentence_start,
)
from chidao.text.types import Deadline

_WINDOW = 300  # context read on either side of [start, end)
_CUE_BACK = 50  # characters before a date searched for its cue (the longest: "chậm nhất là vào 17 giờ 30 phút, ngày")

# Priority when candidates overlap: the first kind listed wins.
_PRIORITY = ("range", "lunar", "recurring", "relative", "before", "by", "on", "month", "quarter", "half", "year",
             "continuous")

# ("10h00'": the minutes marked with an apostrophe)
_TIME = r"(?:lúc\s{1,3})?(?:\d{1,2}\s{0,2}(?:giờ|h)(?:\s{0,2}\d{1,2}(?:\s{0,2}phút|['’])?)?,?\s{1,3}(?:,\s{0,2})?)?"
# "vào buổi sáng ngày 26/11", "Thời gian: 01 buổi chiều, ngày 26/11": the part of the day before the date
_TIME += r"(?:(?:(?:\d{1,2}\s{1,3})?buổi\s{1,3})?(?:sáng|chiều|tối|trưa)\s{0,2},?\s{1,3})?"
# "trước Thứ Tư ngày 03/12/2025": the weekday before the date
_TIME += r"(?:(?:thứ\s{1,3}(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s{1,3}nhật)\s{0,2},?\s{1,3})?"
# "mùng 2 tháng 9" is solar unless the month is lunar; "trước ngay 20/5/2024": "ngày" with its mark lost
_NGAY = r"(?:(?:ngày|ngay|mùng|mồng)\s{1,3})?"
# "xong trước ngày Quốc khánh 02/9/2025": the day named by the holiday that falls on it
_NGAY += r"(?:(?:Quốc\s{1,3}khánh|Quốc\s{1,3}tế\s{1,3}Lao\s{1,3}động|Giải\s{1,3}phóng\s{1,3}miền\s{1,3}Nam)\s{1,3})?"


def _cue(words: str, first: str) -> re.Pattern[str]:
    """A cue that must end exactly where the date starts (an optional time of day and "ngày" between).

    `first` holds the first letter of every word of `words`: the lookahead on it lets a search reject most
    positions before it tries the lookbehind and the alternatives.
    """
    return compile_across_lines(
        rf"(?=[{first}])(?<!\w)(?:{words}){_ONE_GAP}(?::{_ONE_GAP})?[*_]{{0,2}}{_TIME}{_NGAY}\Z", re.IGNORECASE)


# Blanks and at most one line break: a cue never reaches across a blank line ("… vẫn chưa xong\n\n09/08/2022
# 15:35", a news item's headline then its dateline).
_ONE_GAP = r"[ \t]{0,3}(?:\n[ \t]{0,40})?"


_BEFORE_WORDS = r"trước|trước\s{1,3}hoặc\s{1,3}trong|xong\s{1,3}trước"
_BY_WORDS = (
    r"chậm\s{1,3}nhất(?:\s{1,3}(?:là|vào|trong|đến))?|muộn\s{1,3}nhất(?:\s{1,3}(?:là|vào))?|hạn\s{1,3}chót"
    r"|hạn\s{1,3}cuối|thời\s{1,3}hạn|hạn|hoàn\s{1,3}thành(?:\s{1,3}(?:vào|trong))?|xong(?:\s{1,3}trong)?"
    r"|đến\s{1,3}hết|đến|tới|kết\s{1,3}thúc(?:\s{1,3}vào)?|thời\s{1,3}gian\s{1,3}hoàn\s{1,3}thành"
    r"|(?:xong|hoàn\s{1,3}thành|trước)(?:\s{1,3}vào)?\s{1,3}cuối|hết"  # "mục tiêu hết năm 2026 đạt 50%"
    r"|(?:đến|tới)\s{1,3}(?:hết\s{1,3})?cuối"  # "phấn đấu đến cuối năm 2025 …"
)
_ON_WORDS = (
    r"vào|trong|diễn\s{1,3}ra(?:\s{1,3}vào)?|tổ\s{1,3}chức(?:\s{1,3}vào)?|khai\s{1,3}mạc(?:\s{1,3}vào)?"
    r"|bế\s{1,3}mạc|họp\s{1,3}vào|tiến\s{1,3}hành(?:\s{1,3}vào)?|thời\s{1,3}gian(?:\s{1,3}tổ\s{1,3}chức)?"
    r"|tựu\s{1,3}trường|khai\s{1,3}giảng|bắt\s{1,3}đầu(?:\s{1,3}từ)?|(?:kể\s{1,3})?từ"
)
# One search finds the cue of a day date; the leftmost cue wins ("chậm nhất trong ngày" is `by`, not `on`).
_DAY_CUE = _cue(rf"(?P<before>{_BEFORE_WORDS})|(?P<by>{_BY_WORDS})|(?P<on>{_ON_WORDS})", "txcmhđkvdbt")
# The first word of every `_DAY_CUE` alternative, searched in the folded text (no case, no lookbehind).
_DAY_CUE_WORDS = compile_across_lines(
    "trước|xong|chậm|muộn|hạn|hết|thời|hoàn|đến|tới|kết|vào|trong|diễn|tổ|khai|bế|họp|tiến|tựu|bắt"
    "|kể|từ")
# A schedule's item: "Tựu trường các cấp học: Ngày 26/8/2024", a short label, a colon, the day.
_LABEL_DAY = compile_across_lines(r":\s{0,3}[*_]{0,2}(?i:ngày)\s{1,3}$")
_LABEL_MAX = 80
_BARE_NGAY = compile_across_lines(r"(?=[nN])(?<!\w)ngày\s{1,3}$", re.IGNORECASE)
_BEFORE = _cue(_BEFORE_WORDS, "tx")
_BY = _cue(_BY_WORDS, "cmhxđtk")
_PERIOD_IN = _cue(
    r"trong|ngay\s{1,3}trong|trong\s{1,3}suốt|suốt|trong\s{1,3}cả|vào"
    r"|thời\s{1,3}gian(?:\s{1,3}(?:thực\s{1,3}hiện|hoàn\s{1,3}thành|tổ\s{1,3}chức|triển\s{1,3}khai))?",
    "tnsv",
)
# "vào đầu tháng 8/2024", "tổ chức giữa tháng 8/2024": a part of a month, read as the month ("Từ đầu tháng 8"
# opens a look back or a window, not a time asked for).
_PART_OF_MONTH = _cue(r"(?:(?:trong|vào)\s{1,3})?(?<![Tt]ừ\s)(?:đầu|giữa|(?:thượng|trung|hạ)\s{1,3}tuần)", "tvđgh")
_CLAUSE_BY = compile_across_lines(r"(?=[hH])(?<!\w)(?:hoàn\s{1,3}thành|hạn)(?!\w)", re.IGNORECASE)
# Between "từ/đến" and the day: a time, the part of the day, the weekday ("từ 18h00 tối Thứ Bảy ngày 22/11/2025
# đến 03h00 sáng Chủ Nhật ngày 23/11/2025").
_DAY_TIME = (r"(?:\d{1,2}\s{0,2}(?:giờ|h|:)(?:\s{0,2}\d{1,2}(?:\s{0,2}phút|['’])?)?\s{1,3})?"
             r"(?:(?:sáng|trưa|chiều|tối|đêm)\s{1,3})?"
             r"(?:(?:thứ\s{1,3}(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s{1,3}nhật)\s{0,3},?\s{1,3})?")
_RANGE_FROM = compile_across_lines(r"(?=[Tt])(?<!\w)từ\s{1,3}(?:đầu\s{1,3})?" + _DAY_TIME + _NGAY + "$",
                                   re.IGNORECASE)  # ("từ đầu tháng 1/2013 tới ngày 15/3/2013")
# ("từ ngày 13 tháng 5 đến ngày bầu cử 23 tháng 5 năm 2021": the day named by what happens on it)
_RANGE_TO = compile_across_lines(r"\s{0,3}(?:đến|tới|–|-)\s{0,3}(?:hết\s{1,3})?"
                                 rf"(?:ngày\s{{1,3}}(?-i:{LOWER_LETTER}+\s{{1,3}}){{1,2}}(?=\d))?" + _DAY_TIME + _NGAY,
                                 re.IGNORECASE)
# "các hồ sơ phát sinh từ ngày …", "số liệu từ ngày 01/10 đến ngày 20/11", "giai đoạn I: từ năm 2021 đến năm
# 2025": the window a rule, a figure or a programme's phase covers, not one an act must keep to.
_RANGE_COVERS = compile_across_lines(
    r"(?<!\w)(?:phát\s{1,3}sinh|số\s{1,3}liệu|dữ\s{1,3}liệu|số\s{1,3}lượng)"
    r"(?:\s{1,3}[IVX]{1,4})?\s{0,3}:?\s{0,3}(?:\w+\s{1,3}){0,3}$"
    # "rà soát kết quả thực hiện số hóa hồ sơ thủ tục hành chính từ ngày 1/7 đến ngày 14/10": results looked back on
    r"|(?<!\w)kết\s{1,3}quả\s{1,3}(?:thực\s{1,3}hiện\s{1,3})?(?:\w+\s{1,3}){0,10}$", re.IGNORECASE)
_COVERS_BACK = 80  # characters before a window searched for what it covers
# "giai đoạn I: từ năm 2021 đến năm 2025": the years a programme's phase covers; a campaign's stage printed
# with its days ("Giai đoạn 2 (từ 1-31/3)") is a window the work keeps to
_PHASE_COVERS = compile_across_lines(
    r"(?<!\w)giai\s{1,3}đoạn(?:\s{1,3}[IVX\d]{1,4})?\s{0,3}[:(]?\s{0,3}(?:\w+\s{1,3}){0,3}$", re.IGNORECASE)
# "kể từ 00 giờ ngày 23/4/2020 cho đến khi UBND tỉnh có thông báo mới": from a day, with no end
_UNTIL_NOTICE = compile_across_lines(
    r"\s{0,3},?\s{1,3}(?:cho\s{1,3})?(?:đến|tới)\s{1,3}khi\s{1,3}(?:[^.;,\n]{0,40}?\s)?có\s{1,3}(?:thông\s{1,3}báo"
    r"|chỉ\s{1,3}đạo|quyết\s{1,3}định|văn\s{1,3}bản)\s{1,3}(?:mới|khác)", re.IGNORECASE)
_FROM_WORD = re.compile(r"(?<!\w)từ(?!\w)", re.IGNORECASE)
# "ngày 15 đến ngày 31 tháng 12 năm 2025": a first day printed without its month, which the second gives.
# ("ngày 19 - 20/6/2021", "từ ngày 19-20/6": the second day printed without its "ngày")
# ("trong 2 ngày (26 - 27/6/2025)": two days in brackets; "trong hai ngày 30 và 31/10/2019": two days in a row)
_DAY_ONLY_TO = compile_across_lines(
    r"(?:(?<!\w)(?:(từ)\s{1,3}(?:ngày\s{1,3})?|ngày\s{1,3})|\()(\d{1,2})\s{0,3}(đến|tới|–|-|và)\s{0,3}"
    r"(?:(?:hết\s{1,3})?ngày\s{1,3})?$", re.IGNORECASE)
# "ngày A đến ngày B" without "từ": a window when both days are printed with "ngày".
_BARE_FROM = compile_across_lines(r"(?<!\w)ngày\s{1,3}$", re.IGNORECASE)
# After a window, what was counted in it: "…, UBND tỉnh giao 833 nhiệm vụ", "…, toàn tỉnh đã phát hiện 12 vụ"
_COUNTED_AFTER = compile_across_lines(
    r"[ \t]{0,3},?[ \t]{1,3}(?:[^\s,.;:]+[ \t]{1,3}){0,5}?(?:đã[ \t]{1,3})?(?:giao|có|tiếp[ \t]nhận|xử[ \t]lý"
    r"|phát[ \t]hiện|ghi[ \t]nhận|cấp|thu|tiêm|bắt[ \t]giữ|kiểm[ \t]tra)[ \t]{1,3}(?:được[ \t]{1,3})?"
    r"(?:(?:khoảng|gần|hơn|trên|tổng[ \t]cộng)[ \t]{1,3})?\d")
_DASH = compile_across_lines(r"\s{0,2}[-–]\s{0,2}")
_BARE_TO = compile_across_lines(r"\s{1,3}(?:đến|tới)\s{1,3}(?:hết\s{1,3})?ngày\s{1,3}", re.IGNORECASE)
_REPORT_BEFORE = compile_across_lines(r"(?=[BbSsTtKkĐđ])(?<!\w)"
                                      r"(?:báo\s{1,3}cáo|sơ\s{1,3}kết|tổng\s{1,3}kết|kết\s{1,3}quả|tình\s{1,3}hình"
                                      r"|đánh\s{1,3}giá)(?!\w)", re.IGNORECASE)

# Scanning patterns open with a lookahead on their first letters: it lets the regex engine skip ahead
# instead of trying every position (three times faster on long inputs).
_RECURRING = compile_across_lines(
    r"(?=[TtCcVvNnĐđHh])(?<!\w)(?:(?:trước|chậm\s{1,3}nhất(?:\s{1,3}(?:là|vào))?|vào|trong"
    r"|hạn(?:\s{1,3}(?:cuối|chót))?)\s{1,3})?"
    # "vào tháng 11 đến ngày 15 tháng 12 hàng năm", "hạn cuối ngày 15 tháng 12 hàng năm": a yearly day or window
    r"(?:tháng\s{1,3}\d{1,2}\s{1,3}(?:đến|tới)\s{1,3}(?=ngày))?"
    # "trước 15:00 ngày thứ Sáu hàng tuần": a time of day and a weekday
    r"(?:\d{1,2}\s{0,2}(?:giờ|h|:)\s{0,2}(?:\d{2}(?:\s{0,2}phút)?)?'?\s{1,3})?"
    r"(?:ngày\s{1,3}(?:(\d{1,2})(?:\s{1,3}tháng\s{1,3}\d{1,2}|\s{0,2}/\s{0,2}\d{1,2})?|thứ\s{1,3}(?:hai|ba|tư|năm|sáu|bảy)"
    r"|chủ\s{1,3}nhật)\s{1,3}(?:của\s{1,3})?)?"
    # "có trách nhiệm định kỳ báo cáo": a regular report, how often left to the rules
    r"(?:định\s{1,3}kỳ(?:\s{1,3}(?:\d{1,2}\s{1,3}tháng(?!\w)|(?=h))|(?=\s{1,3}(?:báo\s{1,3}cáo|kiểm\s{1,3}tra"
    r"|tổng\s{1,3}hợp|sơ\s{1,3}kết|rà\s{1,3}soát|cập\s{1,3}nhật)(?!\w)))|(?=h))"
    r"(?:(?:hằng|hàng)\s{1,3}(?:ngày|tuần|tháng|quý|năm)(?!\w)(?!\s{1,3}\d))?",
    re.IGNORECASE,
)
_PERIOD_WORDS = ("ngày", "tuần", "tháng", "quý", "năm")
_LIST_LINK = compile_across_lines(r"\s{0,3}(?:,|và|hoặc)\s{1,3}")
_RECURRING_WORD = compile_across_lines(r"(?i)hằng|hàng|định\s{1,3}kỳ")
_CONTINUOUS = compile_across_lines(r"(?=[Tt])(?<!\w)thường\s{1,3}xuyên(?!\w)", re.IGNORECASE)
# "thường xuyên hằng năm": regularly, every year, one recurring time (with a comma between, two times).
_EVERY_PERIOD = compile_across_lines(r"[ \t]{1,3}(?:hằng|hàng)\s{1,3}(?:năm|quý|tháng|tuần|ngày)(?!\w)", re.IGNORECASE)
# "chi thường xuyên" (recurrent spending), "giáo dục thường xuyên" (continuing education), "nhiệm vụ chính
# trị thường xuyên", "lỗi thường xuyên", "phòng thủ dân sự thường xuyên", "việc làm / nhiệm vụ thường xuyên":
# a kind of thing, not a duty's timing.
_NOT_CONTINUOUS = compile_across_lines(
    r"(?<!\w)(?:chi|chi\s{1,3}phí|kinh\s{1,3}phí|không|nguồn|dự\s{1,3}toán|giáo\s{1,3}dục|chính\s{1,3}trị|lỗi"
    r"|trợ\s{1,3}cấp|chế\s{1,3}độ|hoạt\s{1,3}động"
    r"|dân\s{1,3}sự|việc\s{1,3}làm|công\s{1,3}việc|nhiệm\s{1,3}vụ)\s{1,3}$",
    re.IGNORECASE)
# "kế hoạch 5 năm và hằng năm", "dự toán chi ngân sách hàng năm", "chương trình công tác hàng năm", "các văn
# bản hướng dẫn hằng năm": a yearly plan, budget or guidance is named, no report or act is timed.
_NOT_RECURRING = compile_across_lines(
    r"(?<!\w)(?:ngân\s{1,3}sách|công\s{1,3}tác|hướng\s{1,3}dẫn|năm\s{1,3}và|kế\s{1,3}hoạch|dự\s{1,3}toán"
    r"|chương\s{1,3}trình)\s{1,3}$",
    re.IGNORECASE)

# "trợ cấp hằng tháng", "hỗ trợ hàng tháng cho …", "tiền thuê đất hằng năm", "kế hoạch sử dụng đất hàng năm", "cây hằng năm", "đến 17
# giờ hàng ngày": a bare "hằng tháng" after such a word names a monthly allowance, a yearly rent or plan, an
# annual crop or opening hours; "tăng trưởng bình quân hằng năm" an average rate; nothing is timed.
_PERIODIC_THING = compile_across_lines(
    r"(?<!\w)(?:trợ\s{1,3}cấp|phụ\s{1,3}cấp|tuất|lương|hưu(?:\s{1,3}trí)?|thu\s{1,3}nhập|tiền|kinh\s{1,3}phí"
    r"|dự\s{1,3}toán|ngân\s{1,3}sách|chế\s{1,3}độ|giá|thuê|cây|giờ|phút|nuôi\s{1,3}dưỡng|ưu\s{1,3}đãi"
    r"|bệnh\s{1,3}binh|kế\s{1,3}hoạch|quà|thất\s{1,3}nghiệp|lịch|hỗ\s{1,3}trợ|bình\s{1,3}quân|(?-i:thu|chi))(?!\w)",
    re.IGNORECASE)


def _names_a_periodic_thing(text: str, pos: int, lower: int) -> bool:
    """Whether one of the five syllables before `pos` makes the "hằng …" after it part of a noun phrase."""
    # the words of the clause only, a line break being the printer's (as in "kế hoạch sử dụng\nđất hàng năm")
    before = re.split(r"[.;:]", text[max(lower, pos - 40):pos])[-1].split()[-5:]
    return _PERIODIC_THING.search(" ".join(before)) is not None


_PAST_PERIOD = compile_across_lines(
    r"[*_]{0,2}\s{0,3}(?:gần\s{1,3}(?:nhất|đây)|qua|vừa\s{1,3}qua|liên\s{1,3}tiếp|liền\s{1,3}kề"
    r"|trước\s{1,3}đó)(?!\w)", re.IGNORECASE)
# "chưa phát sinh hồ sơ trong 3 năm": how long nothing happened, not a time limit.
_NOTHING_HAPPENED = compile_across_lines(r"(?<!\w)phát\s{1,3}sinh(?!\w)", re.IGNORECASE)
_NUMBER_WORDS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    "mười lăm": 15, "hai mươi": 20, "ba mươi": 30, "bốn mươi lăm": 45, "sáu mươi": 60, "chín mươi": 90,
}
_NUMBER = r"\d{1,3}|" + "|".join(sorted((w.replace(" ", r"\s{1,3}") for w in _NUMBER_WORDS), key=len, reverse=True))
_RELATIVE = compile_across_lines(
    r"(?=[TtCcKkSs])(?<!\w)"
    r"(?:trong\s{1,3}(?:vòng\s{1,3}|thời\s{1,3}hạn\s{1,3}|thời\s{1,3}gian\s{1,3}|phạm\s{1,3}vi\s{1,3})?"
    r"(?:tối\s{1,3}đa\s{1,3}|không\s{1,3}quá\s{1,3})?|(?:chậm\s{1,3}nhất|tối\s{1,3}đa|không\s{1,3}quá)\s{1,3}"
    r"(?:là\s{1,3})?|sau\s{1,3})"
    # "trong 24-48 giờ sau khi nước rút": a count may be a span, its upper end the limit
    rf"((?:\d{{1,3}}\s{{0,2}}[-–]\s{{0,2}})?(?:{_NUMBER}))\s{{0,3}}(?:\([^()\n]{{1,20}}\)\s{{0,3}})?"
    r"(ngày\s{1,3}làm\s{1,3}việc|ngày|tuần|tháng|năm|giờ)(?!\w)"
    # "6 tháng đầu năm", "Trong 10 tháng năm 2025": part of a year, a period reported on
    r"(?!\s{1,3}(?:đầu|cuối)\s{1,3}năm)(?!\s{1,3}(?:đầu\s{1,3})?năm\s{1,3}\d{4})(?!\s{0,3}[/\d])"
    r"(?!\s{1,3}(?:lễ|nghỉ|Tết|tết)(?!\w))"  # "… đón 692 chuyến bay trong 5 ngày lễ": the holiday's days
    # a remark in brackets may stand before the anchor ("02 ngày làm việc *(cắt giảm 01/03 ngày)* kể từ …")
    r"(?:\s{0,3}[*_]{0,3}\([^()\n]{1,60}\)[\s*_]{0,4}(?=,?\s{0,3}(?:kể|tính|từ|sau)(?!\w)))?"
    r"(?:,?\s{0,3}(?<=[\s,*_])((?:kể|tính)\s{1,3}từ|sau\s{1,3}khi|từ|sau)(?!\w)"
    r"((?:[^.,;:\n()]|\n(?![ \t]{0,3}\n)){0,80}))?",
    re.IGNORECASE,
)
# The text itself, as it calls itself in a time limit ("kể từ ngày Quyết định được ký").
_THIS_TEXT = r"(?:quyết\s{1,3}định|văn\s{1,3}bản|kế\s{1,3}hoạch|công\s{1,3}văn|chỉ\s{1,3}thị)"
# "kể từ ngày ký", "kể từ ngày ban hành", "kể từ ngày Quyết định công bố được UBND tỉnh ký ban hành".
_ANCHOR_SIGNED = compile_across_lines(
    r"^\s{0,3}ngày\s{1,3}(?:" + _THIS_TEXT
    + r"(?:\s{1,3}\w+){0,8}?\s{1,3}(?:được\s{1,3})?(?:\w+\s{1,3}){0,3}?)?(?:ký|ban\s{1,3}hành)(?!\w)", re.IGNORECASE)

_SHORTEST = compile_across_lines(r"(?<!\w)tối\s{1,3}thiểu(?!\w)", re.IGNORECASE)
# Counted from a citizen's file or a tax event: how long a procedure or an exemption lasts, not an order's limit.
_PROCEDURE_ANCHOR = compile_across_lines(
    r"(?<!\w)(?:hồ\s{1,3}sơ|thời\s{1,3}điểm\s{1,3}phát\s{1,3}sinh)(?!\w)", re.IGNORECASE)
# "kể từ ngày Quyết định có hiệu lực thi hành", in a text that takes effect when signed: the signing day.
_ANCHOR_IN_FORCE = compile_across_lines(
    r"^\s{0,3}ngày\s{1,3}" + _THIS_TEXT + r"(?:\s{1,3}này)?\s{1,3}có"
    r"\s{1,3}hiệu\s{1,3}lực", re.IGNORECASE)
_IN_FORCE_ON_SIGNING = compile_across_lines(
    r"có\s{1,3}hiệu\s{1,3}lực(?:\s{1,3}thi\s{1,3}hành)?\s{1,3}(?:kể\s{1,3})?từ\s{1,3}ngày"
    r"\s{1,3}(?:ký|ban\s{1,3}hành)", re.IGNORECASE)

_deadline = Deadline.spanning


def _has_word(folded: str, words: tuple[str, ...], start: int, end: int) -> bool:
    return any(folded.find(word, start, end) != -1 for word in words)


def _add_months(day: datetime.date, months: int) -> datetime.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _ranges(text: str, mentions: list[DateMention], lower: int, covered: list[tuple[int, int]]) -> list[Deadline]:
    """"từ A đến (hết) B": start_date A, date B (B's last day when B is a month or a year). The spans of windows
    that only say what a rule or a figure covers are added to `covered`: neither of their dates is a deadline."""
    found = []
    for first, second in zip(mentions, mentions[1:]):
        before = text[max(lower, first.start - 40) : first.start]
        cue = _RANGE_FROM.search(before)
        link = _RANGE_TO.match(text, first.end) if cue else None
        if cue is None and first.unit == second.unit == "day":
            cue, link = _BARE_FROM.search(before), _BARE_TO.match(text, first.end)
            if cue is not None and link is None and _schedule_line(text, first.start - len(before) + cue.start(),
                                                                   second.end, lower):
                link = _DASH.match(text, first.end)  # "Ngày 8/7-17/7/2017: Các trường nhận đơn …"
        if cue is None and first.unit == second.unit and first.unit in ("month", "quarter"):
            # "Quý IV/2025 - Quý II/2026" in a plan's time cell: two periods joined by a dash (or "đến")
            dash = _RANGE_TO.match(text, first.end)
            if dash is not None and dash.end() == second.start and first.date < second.date:
                found.append(_deadline("range", text, first.start, second.end, date=second.last,
                                       start_date=first.date))
            continue
        if not cue or not link or link.end() != second.start:
            continue
        start = first.start - len(before) + cue.start()
        if _RANGE_COVERS.search(text, max(lower, start - _COVERS_BACK), start) or first.unit != "day" \
                and _PHASE_COVERS.search(text, max(lower, start - _COVERS_BACK), start):
            covered.append((start, second.end))
            continue
        if _COUNTED_AFTER.match(text, second.end) is not None or status_as_of(text, first, lower):
            covered.append((start, second.end))  # "Từ ngày 1.1 đến ngày 6.7, UBND tỉnh giao 833 nhiệm vụ …"
            continue
        if is_digest_title(text, start, lower) or identifies_document(text, first, lower) \
                or in_force_before(text, start, lower):
            continue  # "có hiệu lực kể từ ngày 01/7/2025 đến hết ngày 31/12/2026": how long a text is in force
        found.append(_deadline("range", text, start, second.end, date=second.last, start_date=first.date))
    return found + _ranges_from_a_bare_day(text, mentions, lower)


def _ranges_from_a_bare_day(text: str, mentions: list[DateMention], lower: int) -> list[Deadline]:
    """"(từ) ngày 15 đến ngày 31 tháng 12 năm 2025": the first day takes the second's month and year."""
    found = []
    for second in mentions:
        if second.unit != "day":
            continue
        back = max(lower, second.start - 40)
        if text.find("ngày", back, second.start) == -1 and text.find("từ", back, second.start) == -1 \
                and text.find("(", back, second.start) == -1:
            continue  # a cheap look first
        cue = _DAY_ONLY_TO.search(text, back, second.start)
        if cue is None or int(cue.group(2)) >= second.date.day \
                or cue.group(3) == "và" and int(cue.group(2)) != second.date.day - 1:
            continue
        first = second.date.replace(day=int(cue.group(2)))
        if cue.group(1) is None and identifies_document(text, second, lower) or is_digest_title(text, cue.start(), lower):
            continue  # ("Chỉ đạo điều hành của UBND tỉnh … từ ngày 23-25/7/2025": the days a round-up covers)
        found.append(_deadline("range", text, cue.start(), second.end, date=second.date, start_date=first))
    return found


# "Kể từ ngày Quyết định được ban hành đến hết ngày 28/02/2027": a term that opens on the document's own
# date (a delegation's, a pilot's), read as the range it is.
_FROM_SIGNING_TO = compile_across_lines(
    r"(?<!\w)(?:kể\s{1,3})?từ\s{1,3}ngày\s{1,3}(?:" + _THIS_TEXT
    + r"(?:\s{1,3}này)?\s{1,3}(?:được\s{1,3})?)?(?:ký|ban\s{1,3}hành|(?<=\s)(?P<force>có\s{1,3}hiệu\s{1,3}lực"
    r"(?:\s{1,3}thi\s{1,3}hành)?))(?:\s{1,3}ban\s{1,3}hành)?"
    r"\s{1,3}(?:đến|tới)\s{1,3}(?:hết\s{1,3})?(?:ngày\s{1,3})?$", re.IGNORECASE)


def _terms_from_signing(text: str, mentions: list[DateMention], lower: int,
                        reference: datetime.date | None) -> list[Deadline]:
    """"(kể) từ ngày ký / Quyết định được ban hành đến hết ngày B": start_date the document's date, date B."""
    if reference is None:
        return []
    found = []
    for mention in mentions:
        if mention.unit != "day":
            continue
        back = max(lower, mention.start - 80)
        if text.find("từ", back, mention.start) == -1 and text.find("Từ", back, mention.start) == -1:
            continue  # a cheap look first: no "từ" before the date
        cue = _FROM_SIGNING_TO.search(text, back, mention.start)
        if cue is not None and cue.group("force") and not _IN_FORCE_ON_SIGNING.search(text):
            continue  # "từ ngày Quyết định có hiệu lực": the signing day only when the text says so
        if cue is not None and mention.date >= reference and not in_force_before(text, cue.start(), lower):
            found.append(_deadline("range", text, cue.start(), mention.end, date=mention.date,
                                   start_date=reference))
    return found


# "… niêm yết công khai … kể từ ngày Quyết định có hiệu lực thi hành": an act from the day the text takes
# effect, which is its signing day when it says so.
# Literal first ("từ"), so the regex engine skips ahead; a "kể" before it is taken in after.
_FROM_ENTRY_INTO_FORCE = compile_across_lines(
    r"[Tt]ừ(?<!\wtừ)(?<!\wTừ)(?i:\s{1,3}ngày\s{1,3}" + _THIS_TEXT + r"(?:\s{1,3}này)?\s{1,3}có\s{1,3}hiệu\s{1,3}lực"
    r"(?:\s{1,3}thi\s{1,3}hành)?(?!\s{1,3}(?:đến|tới)(?!\w))(?!\w))")
_KE = compile_across_lines(r"(?<!\w)[Kk]ể\s{1,3}$")


# "Đợt thi đua được triển khai từ ngày ban hành Kế hoạch đến khi tổ chức thành công Đại hội": work that starts
# on the text's own date and runs until an event without a date.
_FROM_SIGNING_UNTIL = compile_across_lines(
    r"[Tt]ừ(?<!\wtừ)(?<!\wTừ)(?i:\s{1,3}ngày\s{1,3}(?:ký|ban\s{1,3}hành)(?:\s{1,3}ban\s{1,3}hành)?(?:\s{1,3}" + _THIS_TEXT
    + r")?(?:\s{1,3}này)?\s{1,3}(?:đến|tới)\s{1,3}khi(?!\w))")


def _from_signing_until(text: str, lo: int, hi: int, reference: datetime.date | None) -> list[Deadline]:
    if reference is None or text.find("khi", lo, hi) == -1:
        return []
    return [_deadline("on", text, m.start(), m.end(), date=reference)
            for m in _FROM_SIGNING_UNTIL.finditer(text, lo, hi)]


def _from_entry_into_force(text: str, lo: int, hi: int, reference: datetime.date | None) -> list[Deadline]:
    if reference is None or text.find("hiệu lực", lo, hi) == -1:
        return []
    found = []
    for m in _FROM_ENTRY_INTO_FORCE.finditer(text, lo, hi):
        start = m.start()
        ke = _KE.search(text, max(lo, start - 6), start)
        start = ke.start() if ke else start
        if not _ENDS_IN_FORCE.search(text, max(lo, start - 40), start):
            found.append(_deadline("on", text, start, m.end(), date=reference))
    return found if found and _IN_FORCE_ON_SIGNING.search(text) else []


# "Quyết định số 1308/QĐ-UBND … hết hiệu lực kể từ ngày Quyết định này có hiệu lực": another text's end.
_ENDS_IN_FORCE = compile_across_lines(
    r"(?:hiệu\s{1,3}lực|bãi\s{1,3}bỏ)(?:\s{1,3}thi\s{1,3}hành)?\s{1,3}$", re.IGNORECASE)


# A year further off than this from the document's date is a vision or a commitment ("phát thải ròng bằng
# không vào năm 2050"), not the limit of an act the text asks for.
_HORIZON_YEARS = 10


def _classify(
    text: str, mention: DateMention, lower: int, reference: datetime.date | None, folded: str | None = None
) -> Deadline | None:
    """The deadline a single date or period makes with the cue right before it, if any.

    `folded` is `fold(text[lower:…])` when known: a plain search for the cue words in it tells where the
    cue search may start (most dates have none of them before).
    """
    back = max(lower, mention.start - _CUE_BACK)
    before = text[back : mention.start]
    if "*" in before or "_" in before:
        # emphasis may open inside the cue ("bảo đảm đến *hết tháng 12 năm 2025*"): read it as blanks, which
        # keeps every offset
        before = before.replace("*", " ").replace("_", " ")
    if mention.unit == "year" and reference is not None and mention.last.year > reference.year + _HORIZON_YEARS:
        return None
    if mention.unit in ("year", "half") and _in_capitals_heading(text, mention, lower):
        return None  # "B. NỘI DUNG, NHIỆM VỤ … TỪ NAY ĐẾN NĂM 2020": the span a part of a plan covers
    if mention.unit in ("month", "quarter", "year") and _in_time_brackets(text, mention, lower):
        # "Tổ chức quán triệt … (Quý IV/2013, Quý I/2014 và thường xuyên)": a plan's item timed in brackets
        return _deadline(mention.unit, text, mention.start, mention.end, date=mention.last)
    if mention.unit == "year" and (onward := _from_year_on(text, mention, back, before)) is not None:
        return onward
    # Every cue is a word followed by a space or a colon: anything else ("…2024-15/6/2024") has none.
    last = before.rstrip("*_")[-1:]  # "trong **tháng 11 năm 2025**": bold starts with the date
    if mention.unit != "half" and not (last.isspace() or last == ":"):
        return None
    if mention.unit == "day":
        first = 0
        if folded is not None:
            word = _DAY_CUE_WORDS.search(folded, back - lower, mention.start - lower)
            first = len(before) if word is None else word.start() - (back - lower)
        cue = _DAY_CUE.search(before, first)
        kind = cue.lastgroup if cue else None
        if cue is None:
            # "hoàn thành … ngày D", "hạn … ngày D": a bare "ngày" in a clause that names the deadline.
            cue = _BARE_NGAY.search(before, max(0, len(before) - 9))
            if cue is None:
                return None
            if _LAST_DAY_AFTER.match(text, mention.end) is not None:
                # "ngày 25/5/2017 là hạn cuối các trường …": the day named as the last one
                return None if excluded(text, mention, lower, before, reference) else _deadline(
                    "by", text, back + cue.start(), mention.end, date=mention.date)
            if _is_schedule_item(text, mention.start, lower, before) \
                    or _BULLET_BEFORE.search(text, max(lower, back + cue.start() - 8), back + cue.start()) \
                    or _schedule_line(text, back + cue.start(), mention.end, lower):
                # (or "+ Ngày 6/11 tổ chức tiêm …": a bulleted item of a schedule opens with its day)
                return None if excluded(text, mention, lower, before, reference) else _deadline(
                    "on", text, back + cue.start(), mention.end, date=mention.date)
            clause_from = clause_start(text, mention.start, lower)
            if folded is not None and not _has_word(folded, ("hạn", "hoàn"), clause_from - lower, mention.start - lower):
                return None  # `_CLAUSE_BY` needs one of them
            if not _CLAUSE_BY.search(text[clause_from : mention.start]):
                return None
            kind = "by"
        if kind is None or excluded(text, mention, lower, before, reference):
            return None
        if mention.partial and _EVERY_YEAR_BEFORE.search(text, max(lower, mention.start - 30), mention.start):
            return None  # "Định kỳ hằng năm (trước ngày 30 tháng 11)": the day of every year, a recurring limit
        if mention.partial and _PERIODIC_LABEL.search(
                text, _item_start(text, mention.start, max(lower, mention.start - _PERIODIC_REACH)), mention.start):
            # "- Báo cáo 6 tháng: … trước ngày 05/7", "Định kỳ 6 tháng, 1 năm (6 tháng trước ngày 15/6; …)": a
            # day without its year in a schedule of periodic reports falls due every period
            return _deadline("recurring", text, back + cue.start(), mention.end)
        if kind == "on" and (notice := _UNTIL_NOTICE.match(text, mention.end)) is not None \
                and _FROM_WORD.search(before, cue.start(), cue.end() + 1):
            # "kể từ 00 giờ ngày 23/4/2020 cho đến khi có thông báo mới": in force from then, with no end
            return _deadline("continuous", text, back + cue.start(), notice.end(), start_date=mention.date)
        return _from_now(text, _deadline(kind, text, back + cue.start(), mention.end, date=mention.date), lower,
                         reference)
    if _in_purpose_clause(text, mention.start, lower):
        return None
    end = mention.end
    found = None
    cue = _BEFORE.search(before)
    if cue:
        found = _deadline("before", text, back + cue.start(), end, date=mention.date)
    elif cue := _PERIOD_IN.search(before):
        if mention.unit == "year" and _year_only_named(text, mention, back + cue.start(), lower):
            return None
        found = _deadline(mention.unit, text, back + cue.start(), end, date=mention.last)
    elif cue := _BY.search(before):
        if mention.unit == "year" and (_HORIZON.match(text, mention.end) or _names_a_plan(
                text, max(lower, back + cue.start() - _PLAN_NAME_REACH), back + cue.start())
                or in_cited_title(text, back + cue.start(), lower)):
            return None  # "(từ nay) đến năm 2020 và những năm tiếp theo": the span a programme covers
        found = _deadline("by", text, back + cue.start(), end, date=mention.last)
    elif mention.unit == "month" and (cue := _PART_OF_MONTH.search(before)):
        found = _deadline("month", text, back + cue.start(), end, date=mention.last)
    elif (cue := _FROM_PERIOD.search(before)) and not _FROM_UNTIL.match(text, mention.end) \
            and not _STAGE_BEFORE.search(before, 0, cue.start()):
        # "Từ quý IV/2027 xây dựng …", "tăng mức đóng từ năm 2027": when the work starts, its first day
        found = _deadline("on", text, back + cue.start(), end, date=mention.date)
    elif mention.unit == "year" and _is_year_target(text, mention, lower, reference):
        found = _deadline("year", text, mention.start, end, date=mention.last)
    elif mention.unit != "half":
        return None  # no cue: nothing to exclude (the exclusion checks cost more than the cue searches)
    if excluded(text, mention, lower, before, reference):
        return None
    if found is not None:
        return _from_now(text, _span_of_years(text, mention, found), lower, reference)
    clause = text[clause_start(text, mention.start, lower) : mention.start]
    if _REPORT_BEFORE.search(clause) or _ABOUT.search(text, sentence_start(text, mention.start, lower),
                                                       mention.start):
        return None  # the half a report covers, or the half named in a cited document's title
    return _deadline("half", text, mention.start, end, date=mention.last)


_FROM_PERIOD = compile_across_lines(r"(?<!\w)(?:[Tt]ừ|TỪ)\s{1,3}$")
_STAGE_BEFORE = compile_across_lines(
    r"(?<!\w)giai\s{1,3}đoạn\s{1,3}$", re.IGNORECASE)  # "trong giai đoạn từ năm 2013": a period named
# A start that a window, an open end or an effect follows: read elsewhere, or no time for an act.
_FROM_UNTIL = compile_across_lines(
    r"\s{0,3}(?:[-–]|đến|tới|trở|cho\s{1,3}đến|,?\s{1,3}(?:có|được)\s{1,3}hiệu)", re.IGNORECASE)


# A plan's yearly milestones: "- Năm 2018: 100% xã …", "năm 2018 đạt 99%, năm 2019 đạt 99,5%".
_YEAR_LABEL = compile_across_lines(r"(?:^|\n)[ \t*_]{0,4}(?:[-+•][ \t]{1,3})?[*_]{0,2}$")
_YEAR_TARGET = compile_across_lines(r"[*_]{0,2}\s{0,3}(?::|,?\s{1,3}(?:đạt|phấn\s{1,3}đấu)(?!\w))", re.IGNORECASE)
_YEAR_LABEL_COMMA = compile_across_lines(r"[*_]{0,2}\s{0,3},\s{1,3}\w", re.IGNORECASE)


def _is_year_target(text: str, mention: DateMention, lower: int, reference: datetime.date | None) -> bool:
    if reference is not None and mention.last < reference:
        return False  # a year already over: a result, not a target
    before = text[max(lower, mention.start - 12):mention.start]
    if not _YEAR_TARGET.match(text, mention.end):
        # "- Năm 2018, hoàn thành …": a dash item opened by its year
        return _YEAR_LABEL_COMMA.match(text, mention.end) is not None and "-" in before \
            and _YEAR_LABEL.search(before) is not None
    return bool(_YEAR_LABEL.search(before)) or text[max(lower, mention.start - 2):mention.start].endswith(", ")


# "kết quả thực hiện … trong năm 2014", "đánh giá, xếp loại … trong năm 2025": the year a result or an
# assessment covers; "trong năm 2014 và các năm tiếp theo": one of several budget years. Neither limits an act.
_ABOUT = compile_across_lines(r"(?<!\w)(?:về\s{1,3}việc|V/v)(?!\w)", re.IGNORECASE)
# "dự kiến biến động tăng, giảm trong năm 2020", "số lượng chứng từ … trong năm 2025": what figures cover.
_YEAR_COVERED = compile_across_lines(
    r"(?<!\w)(?:kết\s{1,3}quả|đánh\s{1,3}giá|xếp\s{1,3}loại|dự\s{1,3}kiến|biến\s{1,3}động"
    r"|số\s{1,3}lượng|chứng\s{1,3}từ)(?!\w)", re.IGNORECASE)
# "đến năm 2030 và những năm tiếp theo", "đến năm 2035 và tầm nhìn 2045", "… đến năm 2025, định hướng đến năm
# 2030", "…, đến năm 2030”" (the end of a plan's name in quotes): the span a programme covers.
_HORIZON = compile_across_lines(
    r"[*_]{0,2}\s{0,3}(?:(?:và|,)\s{1,3}(?:(?:những|các)\s{1,3}năm\s{1,3}tiếp\s{1,3}theo|tầm\s{1,3}nhìn"
    r"|định\s{1,3}hướng|(?:có\s{1,3})?(?:tính|xét)\s{1,3}đến)"  # "đến năm 2030 và có tính đến năm 2050"
    r"|[”\"])", re.IGNORECASE)
# "phê duyệt Chiến lược bảo vệ môi trường quốc gia đến năm 2030": the horizon in a strategy's or a plan's name.
# "phê duyệt đề án Đào tạo … đến năm 2030": a plan approved by a cited decision is named in lower case too
_PLAN_NAMED = compile_across_lines(
    r"(?<!\w)(?:Chiến\s{1,3}lược|Quy\s{1,3}hoạch|Chương\s{1,3}trình|Đề\s{1,3}án|Kế\s{1,3}hoạch"
    r"|(?:phê\s{1,3}duyệt|điều\s{1,3}chỉnh)\s{1,3}(?:chiến\s{1,3}lược|quy\s{1,3}hoạch|chương\s{1,3}trình|đề\s{1,3}án))"
    r"((?:,?\s{1,3}[^\s,;.:()]+){1,24})\s{1,3}$")  # ("điều chỉnh quy hoạch sử dụng đất đến năm 2020")
_PLAN_NAME_REACH = 180  # "Đề án một triệu ha lúa chuyên canh … vùng đồng bằng Sông Cửu Long đến năm 2030"
# Words that make what follows a plan's name an order about it ("Kế hoạch …, hoàn thành đến năm 2025").
_ACT_IN_NAME = compile_across_lines(
    r"(?<!\w)(?:hoàn\s{1,3}thành|xong|thực\s{1,3}hiện|triển\s{1,3}khai|báo\s{1,3}cáo|trình)(?!\w)",
    re.IGNORECASE)


def _names_a_plan(text: str, start: int, end: int) -> bool:
    """Whether a plan's name ("Chiến lược quốc gia phòng, chống thiên tai") runs up to `end`."""
    plan = _PLAN_NAMED.search(text, start, end)
    return plan is not None and _ACT_IN_NAME.search(plan.group(1)) is None  # the words after "Chương trình"


_YEARS_ONWARD = compile_across_lines(
    r"\s{1,3}và\s{1,3}(?:các|những)\s{1,3}năm\s{1,3}(?:tiếp\s{1,3}theo|sau)(?!\w)", re.IGNORECASE)
# "dự toán ngân sách của Thành phố trong năm 2014 và các năm tiếp theo": the budget years, no time for an act
_BUDGET_YEARS = compile_across_lines(r"(?<!\w)(?:ngân\s{1,3}sách|kinh\s{1,3}phí|dự\s{1,3}toán|nguồn\s{1,3}vốn)(?!\w)",
                                     re.IGNORECASE)


def _from_year_on(text: str, mention: DateMention, back: int, before: str) -> Deadline | None:
    """"Năm 2026 và các năm tiếp theo", "trong năm 2017 và những năm tiếp theo": continuous from that year on;
    None for anything else, a programme's span ("đến năm 2020 và những năm tiếp theo"), budget years and a plan's
    title ("Kế hoạch năm 2024 và các năm tiếp theo") included."""
    onward = _YEARS_ONWARD.match(text, mention.end)
    if onward is None or _BY.search(before) or _BUDGET_YEARS.search(before):
        return None
    cue = _PERIOD_IN.search(before)
    opening = before.rstrip(" \t*_")
    if cue is None and opening and opening[-1] not in "\n.:;-+":
        return None
    return _deadline("continuous", text, back + (cue.start() if cue else len(before)), onward.end(),
                     start_date=mention.date)

_YEAR_AMONG = compile_across_lines(
    r"[*_]{0,2},?\s{1,3}và\s{1,3}(?:các\s{1,3}năm|năm\s{1,3}tiếp|khi|chuyển\s{1,3}sang)(?!\w)",
    re.IGNORECASE)
# "các nhiệm vụ được giao trong năm 2025": the year picks out which tasks, their limits are set elsewhere.
_ASSIGNED_IN = compile_across_lines(r"(?<!\w)được\s{1,3}giao\s{1,3}$", re.IGNORECASE)
# "Để bảo đảm hỗ trợ … trong năm 2013, Bộ đề nghị …": the aim of the request, not the limit of an act.
_PURPOSE_OPENING = compile_across_lines(r"[\s*_]{0,4}(?:Để|Nhằm)\s", re.IGNORECASE)
_DONE_IN = compile_across_lines(r"(?<!\w)(?:hoàn\s{1,3}thành|xong)\s{1,3}$", re.IGNORECASE)


_TIME_WORDS = compile_across_lines(
    r"(?:\s|,|/|-|và|quý|qu[ýí]|tháng|năm|thường\s{1,3}xuyên|[IVX]{1,4}|\d{1,4})*", re.IGNORECASE)
_BRACKET_REACH = 40


def _in_capitals_heading(text: str, mention: DateMention, lower: int) -> bool:
    start = line_start(text, mention.start, lower)
    stop = text.find("\n", mention.end)
    line = text[start:len(text) if stop == -1 else stop]
    return line == line.upper() and sum(c.isalpha() for c in line) >= 15


def _in_time_brackets(text: str, mention: DateMention, lower: int) -> bool:
    """Whether the period stands in brackets that hold nothing but times ("(Quý IV/2013, Quý I/2014)")."""
    open_at = text.rfind("(", max(lower, mention.start - _BRACKET_REACH), mention.start)
    if open_at == -1 or _TIME_WORDS.fullmatch(text, open_at + 1, mention.start) is None:
        return False
    close_at = text.find(")", mention.end, mention.end + _BRACKET_REACH)
    return close_at != -1 and _TIME_WORDS.fullmatch(text, mention.end, close_at) is not None


def _year_only_named(text: str, mention: DateMention, cue_start: int, lower: int) -> bool:
    """Whether "trong năm X" names the year something belongs to rather than the time allowed for an act."""
    if _YEAR_AMONG.match(text, mention.end) or _ASSIGNED_IN.search(text, max(lower, cue_start - 15), cue_start):
        return True
    if _DONE_IN.search(text, max(lower, cue_start - 15), cue_start):
        return False  # "hoàn thành trong năm 2025" is a limit whatever the sentence is about
    return _YEAR_COVERED.search(text, sentence_start(text, cue_start, lower), cue_start) is not None


def _span_of_years(text: str, mention: DateMention, found: Deadline) -> Deadline:
    """"trong năm 2025 - 2026": the year deadline becomes the window over both years."""
    span = year_span_end(text, mention) if found.kind in ("year", "by") else None
    if span is None:
        return found
    return _deadline("range", text, found.start, span.end(), date=datetime.date(int(span.group(2)), 12, 31),
                     start_date=mention.date)


# What labels a schedule of periodic reports: "định kỳ", "Báo cáo 6 tháng", "Báo cáo năm" (not "báo cáo năm
# 2025", the report on one year), or a period opening a bracket or an item ("(6 tháng trước ngày …; 1 năm …").
_PERIODIC_LABEL = compile_across_lines(
    r"(?<!\w)(?:định\s{1,3}kỳ|báo\s{1,3}cáo\s{1,3}(?:\d{1,2}\s{1,3}tháng|năm|quý|tháng)(?!\w)(?!\s{0,3}(?:[IVX]{1,4}(?!\w)|[\w/]*\d)))"
    r"|(?:^|[(;:]\s{0,3})(?:0?[1369]|sáu|một)\s{1,3}(?:tháng|năm)(?!\w)(?!\s{0,3}\d)",
    re.IGNORECASE | re.MULTILINE)
_PERIODIC_REACH = 200
_ITEM_OR_SENTENCE = compile_across_lines(r"\n[ \t]*(?:[-+–•]|\d{1,2}[.)]|[a-zđ]\))[ \t]|\n[ \t]*\n|\.[ \n]")


def _item_start(text: str, pos: int, lower: int) -> int:
    """Start of the list item or sentence holding `pos` in hard-wrapped text (a ";" does not end it: an
    item may time several acts)."""
    start = lower
    for m in _ITEM_OR_SENTENCE.finditer(text, lower, pos):
        start = m.end()
    return start
_EVERY_YEAR_BEFORE = compile_across_lines(r"(?:hằng|hàng)\s{1,3}năm\s{0,3}[(,]?[^().;]{0,16}$", re.IGNORECASE)
_FROM_NOW = compile_across_lines(r"(?<!\w)từ\s{1,3}nay\s{1,3}$", re.IGNORECASE)


def _from_now(text: str, found: Deadline, lower: int, reference: datetime.date | None) -> Deadline:
    """"Thời gian: từ nay đến năm 2030": a window from the document's own date."""
    if found.kind != "by" or reference is None or not text.startswith(("đến", "Đến", "tới"), found.start):
        return found
    now = _FROM_NOW.search(text, max(lower, found.start - 12), found.start)
    if now is None or found.date is None or found.date < reference:
        return found
    return _deadline("range", text, now.start(), found.end, date=found.date, start_date=reference)


def _in_purpose_clause(text: str, pos: int, lower: int) -> bool:
    """Whether a period stands in a sentence's opening "Để …" clause, before its first comma."""
    start = sentence_start(text, pos, lower)
    return _PURPOSE_OPENING.match(text, start) is not None and text.find(",", start, pos) == -1


# "Ngày 27/5/2017: Kết thúc việc kiểm tra …": a timetable's line that opens with its day, then what is done
_LINE_OPENS = compile_across_lines(r"(?:^|\n)[ \t*_]{0,6}$")
_COLON_AFTER = compile_across_lines(r"[*_]{0,2}[ \t]{0,2}:")
_LAST_DAY_AFTER = compile_across_lines(r"\s{1,3}là\s{1,3}(?:thời\s{1,3})?hạn\s{1,3}(?:cuối|chót)(?!\w)")


def _schedule_line(text: str, cue_start: int, end: int, lower: int) -> bool:
    return _COLON_AFTER.match(text, end) is not None \
        and _LINE_OPENS.search(text, max(lower, cue_start - 8), cue_start) is not None


_BULLET_BEFORE = compile_across_lines(r"(?:^|\n)[ \t]{0,4}[-+•–][ \t]{1,3}[*_]{0,2}$")


def _is_schedule_item(text: str, pos: int, lower: int, before: str) -> bool:
    """"2. Khai giảng năm học mới: Ngày 05/9/2024": a short label without dates, a colon, the day."""
    if _LABEL_DAY.search(before) is None:
        return False
    line = line_start(text, pos, lower)
    colon = text.rfind(":", line, pos)
    line = max(line, text.rfind(";", line, colon) + 1)  # "…: Từ ngày 19 - 20/6/2021; tuyển sinh lớp 6: Ngày 19/6/2021"
    label = text[line:colon].strip()
    return 0 < len(label) <= _LABEL_MAX and "/" not in label and not PLACE_DATE_LINE.match(label + ",")


def _recurring(text: str, lo: int, hi: int, reference: datetime.date | None, anchors: WordIndex) -> list[Deadline]:
    """"hằng tuần/tháng/quý/năm", "định kỳ hằng tháng", "định kỳ 6 tháng", "trước ngày 20 hằng tháng"."""
    found = []
    # "hằng/hàng" then a period word, or "định kỳ": the words every kept match holds.
    every = anchors.where(("hằng", "hàng"), lambda f, i: f.startswith(_PERIOD_WORDS, word_after(f, i + 4)))
    regular = anchors.where(("kỳ",), lambda f, i: f.endswith("định", 0, i - spaces_before(f, i)))
    anchors_kept = None if every is None or regular is None else sorted(every + regular)
    named_until = -1  # the end of the last "hằng …" that named a thing: a list after it names more of them
    for m in finditer_near(_RECURRING, text, lo, hi, anchors_kept, 74, 90):
        core = m.group(0)
        if not _RECURRING_WORD.search(core):
            continue
        if _NOT_RECURRING.search(text, max(lo, m.start() - 25), m.start()) or _in_past_clause(text, m.start(), lo):
            continue
        if core[:1].lower() == "h" and (_names_a_periodic_thing(text, m.start(), lo)
                                         or _LIST_LINK.fullmatch(text, named_until, m.start())):
            named_until = m.end()  # "Kế hoạch hoạt động hàng năm, hàng quý": both name plans
            continue
        # No date: "trước ngày 20 hằng tháng" falls due every month, and no single day is printed.
        found.append(_deadline("recurring", text, m.start(), m.end()))
    return _one_per_act(text, found)


_SIDE_BY_SIDE = 40  # most characters between a frequency and the day that times the same act


def _one_per_act(text: str, found: list[Deadline]) -> list[Deadline]:
    """"báo cáo hàng tuần trước 15:00 ngày thứ Sáu hàng tuần": a frequency printed right before the day of
    the same period times one act; only the day is kept."""
    kept = []
    for here, after in zip(found, found[1:] + [None]):
        if after is not None and "ngày" not in here.text and "ngày" in after.text \
                and after.start - here.end <= _SIDE_BY_SIDE and here.text.split()[-1] == after.text.split()[-1] \
                and not any(mark in text[here.end : after.start] for mark in ".;"):
            continue
        kept.append(here)
    return kept


# "khu vực thường xuyên chịu tác động của thiên tai", "thường xuyên xảy ra sạt lở": how often something
# happens to a place, not a duty.
_HAPPENS_OFTEN = compile_across_lines(
    r"\s{1,3}(?:chịu|bị|xảy\s{1,3}ra|gặp|ngập)(?!\w)"
    # "nhiệm vụ quan trọng, thường xuyên và lâu dài": what a duty is, not its timing; "các
    # khu vực thường xuyên hoặc có nguy cơ …"; "phối hợp chặt chẽ, thường xuyên, hiệu quả":
    # a manner among others
    r"|,?\s{1,3}(?:và\s{1,3})?lâu\s{1,3}dài(?!\w)|\s{1,3}hoặc(?!\w)"
    r"|\s{0,3},\s{1,3}(?:hiệu\s{1,3}quả|kịp\s{1,3}thời|chặt\s{1,3}chẽ)(?!\w)"
    # "cán bộ làm công tác đối ngoại trực tiếp, thường xuyên của các cơ quan": a kind of work
    r"|\s{1,3}của(?!\w)",
    re.IGNORECASE)


def _continuous(text: str, lo: int, hi: int, anchors: WordIndex) -> list[Deadline]:
    """"thường xuyên" (an ongoing duty), but not "chi thường xuyên" (recurrent budget spending)."""
    found = []
    for m in finditer_near(_CONTINUOUS, text, lo, hi, anchors.get(("thường",)), 0, 0):
        if not _NOT_CONTINUOUS.search(text, max(lo, m.start() - 20), m.start()) \
                and not _HAPPENS_OFTEN.match(text, m.end()) and not _EVERY_PERIOD.match(text, m.end()) \
                and not _in_past_clause(text, m.start(), lo):
            found.append(_deadline("continuous", text, m.start(), m.end()))
    return found


def _in_past_clause(text: str, pos: int, lower: int) -> bool:
    """"… đã tập trung chỉ đạo xuyên suốt, thường xuyên": what was done, not what is asked."""
    return past_fact(text[clause_start(text, pos, lower):pos])


_HOURS_AROUND = compile_across_lines(r"\s{1,3}(?:tới|qua|gần\s{1,3}nhất|vừa\s{1,3}qua)(?!\w)", re.IGNORECASE)
_LOOKING_BACK = compile_across_lines(
    r"\s{1,3}(?:triển\s{1,3}khai|thực\s{1,3}hiện|tổ\s{1,3}chức\s{1,3}thực\s{1,3}hiện|vận\s{1,3}hành"
    r"|hoạt\s{1,3}động)(?!\w)", re.IGNORECASE)


_AS_RULED = compile_across_lines(
    r"[ \t]{0,3},?[ \t]{1,3}theo[ \t]{1,3}quy[ \t]{1,3}định[ \t]{1,3}(?:tại|của)[ \t]{1,3}(?:khoản|điểm|Điều|Luật"
    r"|Nghị|Thông|Quyết)", re.IGNORECASE)


def _relative(
    text: str, lo: int, hi: int, mentions: list[DateMention], reference: datetime.date | None, anchors: WordIndex
) -> list[Deadline]:
    """"trong vòng 10 ngày kể từ ngày nhận được…", "trong thời hạn 05 ngày làm việc"."""
    from chidao.text import workdays

    found = []
    day_mentions = [d for d in mentions if d.unit == "day"]
    starts = [d.start for d in day_mentions]
    for m in finditer_near(_RELATIVE, text, lo, hi, anchors.get(("trong", "chậm", "tối", "không", "sau")), 0, 0):
        if m.group(4) is None and (_PAST_PERIOD.match(text, m.end())
                                   or _NOTHING_HAPPENED.search(text, max(lo, m.start() - 40), m.start())):
            continue  # "trong 3 năm gần nhất", "không phát sinh hồ sơ trong 3 năm": a look back, not a limit
        if m.group(0)[:1] in "sS" and (in_force_before(text, m.start(), lo) or _LOOKING_BACK.match(text, m.end(2))):
            continue  # "có hiệu lực sau 10 ngày kể từ ngày ký": entry into force (a term "trong 30 ngày" stays);
            # "Sau 8 năm triển khai thực hiện Nghị quyết …": a look back over the years gone
        if m.group(4) is not None and _PROCEDURE_ANCHOR.search(m.group(4)):
            continue  # "trong thời hạn 03 ngày làm việc, kể từ ngày nhận được hồ sơ": a procedure's processing time
        if in_quoted_rule(text, m.start(), lo) or _SHORTEST.search(text, max(lo, m.start() - 40), m.start()) \
                or _AS_RULED.match(text, m.end()):
            continue  # a quoted law's period; "tối thiểu là 5 ngày, tối đa là 10 ngày": how long a stay lasts;
            # "không quá 15 ngày theo quy định tại khoản 9 Điều 27 Nghị định …": another text's limit, cited
        if m.group(2).lower() == "giờ" and (m.group(0)[:1] in "sS" or _HOURS_AROUND.match(text, m.end(2))):
            continue  # "sau 15 giờ" (a time of day), "trong 24 giờ tới" (a forecast)
        raw = re.split(r"[-–]", re.sub(r"\s+", " ", m.group(1).lower()))[-1].strip()
        count = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 0)
        unit = re.sub(r"\s+", " ", m.group(2).lower())
        end = m.end()
        anchor = None
        if m.group(4) is not None:
            anchor_text = m.group(4).rstrip()
            end = m.start(4) + len(anchor_text)
            i = bisect.bisect_left(starts, m.start(4))
            if i < len(starts) and day_mentions[i].start < end:
                anchor = day_mentions[i].date
                end = max(end, day_mentions[i].end)
            elif reference is not None and (_ANCHOR_SIGNED.match(anchor_text) or (
                    _ANCHOR_IN_FORCE.match(anchor_text) and _IN_FORCE_ON_SIGNING.search(text))):
                anchor = reference
        else:
            end = m.end(2)
        date = None
        if anchor is not None and count > 0:
            if unit == "ngày làm việc":
                date = workdays.add_working_days(anchor, count)
            elif unit == "ngày":
                date = workdays.next_working_day(anchor + datetime.timedelta(days=count))
            elif unit == "tuần":
                date = workdays.next_working_day(anchor + datetime.timedelta(weeks=count))
            elif unit == "giờ":
                date = anchor + datetime.timedelta(days=count // 24)
            else:
                date = workdays.next_working_day(_add_months(anchor, count * (12 if unit == "năm" else 1)))
        found.append(_deadline("relative", text, m.start(), end, date=date))
    return found


# "Tháng 11, 12/2013", "trong tháng 11 và tháng 12 năm 2025": two months of one year, one window.
_MONTH_LIST = compile_across_lines(
    r"(?<!\w)(?:(từ)\s{1,3})?tháng\s{1,3}(\d{1,2})\s{0,3}(,|và|-|–|đến|tới)\s{0,3}(?:hết\s{1,3})?(?:tháng\s{1,3})?(\d{1,2})"
    r"(?:\s{0,3}/\s{0,3}|\s{1,3}năm\s{1,3})(\d{4})(?![\d/])", re.IGNORECASE)
_LIST_CUE = compile_across_lines(
    r"(?:" + _PERIOD_IN.pattern.removesuffix("$") + r"|[:(]\s{0,3}[*_]{0,2})$", re.IGNORECASE)


def _month_lists(text: str, lo: int, hi: int, anchors: WordIndex, covered: list[tuple[int, int]]) -> list[Deadline]:
    """Two months of one year printed with the year once: "Thời gian thực hiện: Tháng 11, 12/2013" and "từ tháng
    3 đến tháng 10 năm 2026" (a window over both), "vào tháng 4 và tháng 8 năm 2026" (months apart: each); and "Thời
    gian thực hiện: Từ tháng 11/2013 trở đi" (work that starts on the period's first day). A list needs a time
    label or cue before it, a window its "từ" (and what a figure covers, "số liệu từ tháng 3 …", goes to
    `covered`, as in `_ranges`)."""
    found = []
    for m in finditer_near(_MONTH_LIST, text, lo, hi, anchors.get(("tháng",)), 6, 80):
        first, link, last, year = int(m.group(2)), m.group(3).lower(), int(m.group(4)), int(m.group(5))
        if not 1 <= first < last <= 12 or not MIN_YEAR <= year <= MAX_YEAR:
            continue
        if link in ("đến", "tới") or m.group(1) and link in ("-", "–"):  # ("từ tháng 11 - 12/2017")
            if m.group(1) and (_RANGE_COVERS.search(text, max(lo, m.start() - _COVERS_BACK), m.start())
                               or _PHASE_COVERS.search(text, max(lo, m.start() - _COVERS_BACK), m.start())):
                covered.append((m.start(), m.end()))
            elif m.group(1):  # "từ tháng 3 đến tháng 10 năm 2026"
                found.append(_deadline("range", text, m.start(), m.end(), date=period_bounds("month", year, last)[1],
                                       start_date=period_bounds("month", year, first)[0]))
            continue
        cue = _LIST_CUE.search(text, max(lo, m.start() - _CUE_BACK), m.start())
        if cue is None:
            continue
        start = min(cue.start(), m.start()) if cue.group(0)[:1] not in ":(" else m.start()
        if link == "và" and last > first + 1:  # two months apart, each its own time (consecutive ones: a window)
            second = text.rfind("tháng", m.end(3), m.end())
            found.append(_deadline("month", text, start, m.end(2), date=period_bounds("month", year, first)[1]))
            found.append(_deadline("month", text, m.start(4) if second == -1 else second, m.end(),
                                   date=period_bounds("month", year, last)[1]))
            continue
        found.append(_deadline("range", text, start, m.end(), date=period_bounds("month", year, last)[1],
                               start_date=period_bounds("month", year, first)[0]))
    for m in finditer_near(ONWARDS, text, lo, hi, anchors.get(("từ",)), 0, 0):
        year, month = int(m.group(2)), int(m.group(1) or 1)
        if _LIST_CUE.search(text, max(lo, m.start() - _CUE_BACK), m.start()) is None:
            continue  # "đánh giá … từ năm 2025 trở đi": from when a rule applies, unless a time label says so
        if MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12:
            found.append(_deadline("on", text, m.start(), m.end(), date=datetime.date(year, month, 1)))
    return found


def _select(candidates: list[Deadline], lo: int, hi: int) -> list[Deadline]:
    """Keep the strongest of overlapping candidates (by `_PRIORITY`, then the longer one)."""
    rank = {kind: i for i, kind in enumerate(_PRIORITY)}
    taken = bytearray(hi - lo)
    kept = []
    for d in sorted(candidates, key=lambda d: (rank[d.kind], d.start - d.end, d.start)):
        if d.start < lo or d.end > hi or taken.find(1, d.start - lo, d.end - lo) != -1:
            continue
        taken[d.start - lo : d.end - lo] = b"\x01" * (d.end - d.start)
        kept.append(d)
    return sorted(kept, key=lambda d: d.start)


def find_deadlines(
    text: str, reference_date: datetime.date | None = None, start: int = 0, end: int | None = None,
    published: datetime.date | None = None, year_hint: int | None = None,
) -> list[Deadline]:
    """Every deadline whose text lies inside `text[start:end]`, in order of position.

    `reference_date` is the document's own date: it supplies the year of partial dates, resolves "kể từ
    ngày ký" and a Tết printed without its year, and opens a term "từ ngày ký đến hết ngày …". Offsets are into `text`
    (`d.text == text[d.start:d.end]`); context around the window is read but never reported. Without a
    reference date, `published` (a news page's dateline) still gives dates and periods printed without their
    year their year; it dates nothing as past (a portal may print the day it listed an item, after the order).
    Without either, `year_hint` (the year a text names most) is a last resort for such dates: one printed near
    a full date takes that date's year first.
    """
    if isinstance(reference_date, datetime.datetime):
        reference_date = reference_date.date()
    hi = len(text) if end is None else min(end, len(text))
    lo = max(0, start)
    if lo >= hi:
        return []
    window_lo = max(0, lo - _WINDOW)
    window_hi = min(len(text), hi + _WINDOW)
    default_year = (reference_date or published).year if reference_date or published else None
    if published is None and reference_date is None and year_hint is not None:
        published = datetime.date(year_hint, 1, 1)  # for periods and lunar days: from that year's first day
    window = text[window_lo:window_hi]
    index = WordIndex(fold(window))  # each cue word is searched once, for the dates and the deadlines
    anchors = index.shifted(window_lo)
    mentions = _find_dates(window, default_year, index, year_hint)
    if window_lo:  # offsets into `text` (most often the window is the whole text, and they already are)
        mentions = [DateMention(d.date, d.text, d.start + window_lo, d.end + window_lo, d.partial, d.unit, d.last)
                    for d in mentions]
    covered: list[tuple[int, int]] = []
    candidates = _ranges(text, mentions, window_lo, covered)
    candidates += _terms_from_signing(text, mentions, window_lo, reference_date)
    for mention in mentions:
        if lo <= mention.start < hi:
            found = _classify(text, mention, window_lo, reference_date, index.folded)
            if found:
                candidates.append(found)
    candidates += _recurring(text, lo, hi, reference_date, anchors)
    candidates += _continuous(text, lo, hi, anchors)
    candidates += _relative(text, lo, hi, mentions, reference_date, anchors)
    candidates += lunar_deadlines(text, lo, hi, mentions, reference_date or published, anchors)
    candidates += period_deadlines(text, lo, hi, reference_date or published, anchors)
    candidates += _month_lists(text, lo, hi, anchors, covered)
    candidates += _from_entry_into_force(text, lo, hi, reference_date)
    candidates += _from_signing_until(text, lo, hi, reference_date)
    if reference_date is not None:
        candidates = [d for d in candidates if not before_the_document(d, reference_date)]
    if covered:
        candidates = [d for d in candidates if not any(b <= d.start < e for b, e in covered)]
    notes = _FOOTNOTES.search(text, lo, hi)
    if notes is not None:
        candidates = [d for d in candidates if d.start < notes.start() or d.kind in _DAY_KINDS]
    return _starting_from(text, _without_restatements(text, _select(candidates, lo, hi)))


# "từ ngày 1 - 10 tháng 3 (âm lịch) tức là từ ngày 9 đến 18-4", "từ ngày 1-2 đến ngày 12-2 (tức 22 tháng Chạp …)":
# the same time in the other calendar, one deadline.
_RESTATES = compile_across_lines(r"[\s,(]{0,4}(?:tức|nhằm)(?:\s{1,3}là)?(?:\s{1,3}ngày)?\s", re.IGNORECASE)


def _without_restatements(text: str, kept: list[Deadline]) -> list[Deadline]:
    out: list[Deadline] = []
    for d in kept:
        if out and d.start - out[-1].end <= 24 and _RESTATES.match(text, out[-1].end, d.start + 1):
            continue
        out.append(d)
    return out


_GAP_TO_START = compile_across_lines(r"[\s,]{0,3}(?:kể\s{1,3})?")


def _starting_from(text: str, found: list[Deadline]) -> list[Deadline]:
    """"trước ngày 30 tháng 6 hằng năm kể từ năm 2027": a recurring time and the year it starts, one time."""
    kept: list[Deadline] = []
    for here in found:
        last = kept[-1] if kept else None
        if last is not None and last.kind == "recurring" and here.kind == "on" \
                and here.text.lower().startswith("từ") and _GAP_TO_START.fullmatch(text, last.end, here.start):
            kept[-1] = Deadline.spanning("recurring", text, last.start, here.end, start_date=here.date)
            continue
        kept.append(here)
    return kept


# The footnotes printed after a document ("[1] Các bộ: …", one a line) explain: the periods they name are
# what figures cover ("phải sửa đổi trong năm 2025"), though a day may still date an event the text refers to.
_FOOTNOTES = compile_across_lines(r"(?m)^[ \t]{0,3}\[1\](?=[ \t]|$)")
_DAY_KINDS = frozenset({"before", "by", "on", "range", "relative", "lunar"})

