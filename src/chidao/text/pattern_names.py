"""Agency names the registry does not hold, read by pattern: a head noun of Vietnamese administrative names
and a proper name ("Công an Thành phố", "Tập đoàn Điện lực Việt Nam"), a national body's provincial or
regional branch named by its level ("Viện kiểm sát nhân dân tỉnh", "Kho bạc nhà nước khu vực XI"), the short
forms a text defines for them, and the words that end such a name (the verbs that open an order).

`chidao.text.subjects` reads actor lists with these; the registry's own names come from
`chidao.text.agencies`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from chidao.text.abbreviations import written_out
from chidao.text.casing import PLACE_LEVELS, central_data
from chidao.text.normalize import LOWER_LETTER, compile_across_lines
from chidao.text.types import AgencyMention, GroupMention

# Words that show the actor list is not the subject of an order: a copula, a past fact, a preposition.
NOT_VERB = frozenset(
    "là đã vừa được của về tại thuộc trong trên với ban năm ngày số cho đến từ do gồm và như này "
    "tỉnh tháng quý khi nếu hiện các những một sau trước vào hoặc hay ở thì qua bị sẽ nhận ghi "
    "khẳng nhấn biểu".split()  # "Bộ Tài chính khẳng định …", "Chủ tịch UBND thành phố nhấn mạnh …", "… biểu
)  # dương …": what was said at the meeting, not an order
# Words that follow a name to say what it does or will do ("Cục Thuế sẽ tổng hợp", "Cục Thuế ghi nhận"),
# never the last syllable of the name itself.
NOT_NAME_WORDS = frozenset("sẽ đang vẫn cũng không chưa ghi nhận cần phải đều xin luôn xử tiến thường biết được ra làm sớm cùng nghiêm"
                           .split())
# Agencies the registry does not know (another province's police, a state broadcaster, a state group)
# are still charged with work: a head noun of Vietnamese administrative names
# followed by a proper name. Case-sensitive: the proper name is what makes it an agency.
# A heading in capitals naming whose duties follow: "NHIỆM VỤ CHỦ YẾU CỦA BỘ …", "TRÁCH NHIỆM CỦA SỞ Y TẾ".
DUTIES_IN_CAPITALS = r"(?:NHIỆM VỤ|TRÁCH NHIỆM)(?: [A-ZÀ-ỸĐ]{1,8}){0,3}? CỦA "
# Blanks between two words of a name: a few spaces, or a line break and the next line's indentation (a PDF's
# text laid out as on the page indents every line of a column).
_GAP = r"(?:[ \t]{1,3}|[ \t]{0,3}\n[ \t]{0,40})"
UNKNOWN_HEAD = compile_across_lines(
    r"(?:(?:Ủy|Uỷ) ban nhân dân (?:tỉnh|thành phố)|UBND (?:tỉnh|thành phố)|Bộ Chỉ huy|Bộ Tư lệnh"
    r"|(?:Ủy|Uỷ) ban [Bb]ầu cử"  # "Ủy ban bầu cử TPHCM": the election committee, its name printed in lower case
    # a private company ("Công ty TNHH …", "Công ty cổ phần …") answered by a tax or customs office is no agency
    r"|Công an|Tập đoàn|Tổng [Cc]ông ty|Công ty(?! (?:TNHH|[Cc]ổ phần|CP)\b)|Văn phòng|Thanh tra"
    # "Thường trực Tỉnh ủy Thanh Hóa", "Ban Thường vụ Thành ủy": the Party committee's standing body
    # ("Thường trực Ban An toàn giao thông tỉnh": the standing members of any provincial board)
    r"|(?:Ban )?Thường (?:trực|vụ)(?= (?:Tỉnh|Thành) [uủ][yỷ]| Hội đồng nhân dân| HĐND| Ban [Cc]hỉ (?:đạo|huy)| Ban [A-ZĐ])"
    # "Ban quản lý Khu Kinh tế Phú Yên", "Ban Quản lý các Khu công nghiệp tỉnh": a board named by what it runs
    # ("Ban Quản lý các khu chế xuất và công nghiệp TP.HCM": the export zones' board, "và" inside its name)
    r"|Ban [Qq]uản lý các [Kk]hu chế xuất và [Cc]ông nghiệp"
    # ("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi": one board for both)
    r"|Ban [Qq]uản lý [Kk]hu [Kk]inh tế(?: [A-ZĐ]\w*){1,3} và các [Kk]hu [Cc]ông nghiệp"
    r"|Ban [Qq]uản lý(?: các)?(?= [Kk]hu | [Dd]ự án | KCN| KKT)|Ban QLDA|BQLDA|BQL DA|BQL(?: các)?(?= KCN| KKT| [Kk]hu )"
    r"|Chi nhánh(?= Ngân hàng)"  # "Chi nhánh Ngân hàng Chính sách xã hội tỉnh": a bank's provincial branch
    # "Ban tổ chức lễ hội", "Ban Tổ chức Hội Xuân núi Bà Đen": the board an event's organisers form
    r"|Ban [Tt]ổ chức"
    r"|Ban [Vv]ận động(?= Quỹ)"  # "Ban vận động Quỹ vì người nghèo huyện Đông Giang": the fund's board
    r"|Kho bạc|Ngân hàng|Bảo hiểm xã hội|Trung tâm|Chi cục|Tổng cục|Cục|Sở|Bộ|Tiểu ban|Ban|Vụ|Viện|Học viện"
    # a district's or a commune's units: "Trạm Y tế xã", "Đội Cảnh sát giao thông", "Đồn Biên phòng Hương Quang",
    # "Hạt Kiểm lâm" (a capital after the head: "Đội ngũ cán bộ" is no body)
    r"|(?:Trạm|Đội|Đồn|Hạt)(?= [A-ZĐ])"
    r"|Đại học|Trường|Liên đoàn|Tòa án|Viện kiểm sát|Cảng vụ|Báo|Tạp chí|Vườn [Qq]uốc gia|Ủy ban|Uỷ ban|Thông tấn xã|Hội đồng [Dd]ân tộc"
    r"|Thuế (?:tỉnh|thành phố)|Hải quan(?: khu vực)?"  # since 2025 "Thuế tỉnh Gia Lai", "Hải quan khu vực III"
    r"|Thống kê (?:tỉnh|thành phố)"  # since 2025 "Thống kê tỉnh Vĩnh Long" (the former Cục Thống kê)
    # mass organisations ("Hội Liên hiệp Phụ nữ Thành phố"), not a conference ("Hội nghị", "Hội thảo")
    r"|Hội(?! (?:nghị|thảo|chợ|thi|diễn|đồng)\b)|Hiệp hội(?= [A-ZĐ])"  # ("Hiệp hội Du lịch tỉnh")
    r"|Đài (?:[Tt]ruyền hình|[Pp]hát thanh(?: và [Tt]ruyền hình)?|[Tt]iếng nói|[Kk]hí tượng)"
    # the teams and councils a decision sets up and then charges ("Đoàn kiểm tra", "Hội đồng thẩm định")
    r"|Đoàn (?:kiểm tra|thanh tra|công tác|giám sát)|Tổ (?:công tác|giúp việc|thư ký|chuyên gia|kiểm tra)"
    r"|Hội đồng (?:thẩm định|tư vấn|xét|đánh giá|nghiệm thu|lựa chọn|[Tt]hi đua)"
    r"|Phòng(?= [A-ZĐ]))".replace(" ", _GAP))  # a department's own division ("Phòng Quản lý công nghiệp")
# The first words of every UNKNOWN_HEAD alternative: a match starts with one of them, so most offsets of
# a text are ruled out by one `startswith` instead of trying the whole alternation.
UNKNOWN_PREFIXES = (
    "Ủy", "Uỷ", "UBND", "Bộ", "Công", "Tập", "Tổng", "Văn", "Thanh", "Kho", "Ngân", "Bảo", "Trung",
    "Chi", "Cục", "Sở", "Tiểu", "Ban", "Vụ", "Viện", "Học", "Đại", "Trường", "Liên", "Tòa", "Cảng", "Báo", "Thông", "Đài",
    "Thuế", "Thống", "Hải", "Hội", "HĐND", "Thành", "Tỉnh", "Kiểm", "Cổng", "Hiệp", "Đoàn", "Thường", "Toà", "Tạp", "Vườn", "Tổ ", "Phòng",
    "Trạm", "Đội", "Đồn", "Hạt", "BQL",
)
# a word or a dash after blanks, or a dash printed tight between two words ("Công nghiệp-Năng lượng"); "TP.HCM"
_TOKEN = compile_across_lines(rf"(?:{_GAP}|(?<=\w)(?=[-–]\w)|(?<=\w[-–])(?=\w))(TP\.[ \t]?[A-ZĐ]\w*|\w+(?:&\w+){{0,3}}|[-–])")
# First syllables of the verbs that follow an agency name; a lower-case syllable after a proper name
# ("Thành phố") belongs to it unless it starts the predicate ("Thành phố chủ trì").
_LINK_WORDS = frozenset("của và với tại về cho đến từ do thuộc trong trên là được đã nơi".split())
PREDICATE_PAIRS = frozenset((
    "chỉ đạo", "khẩn trương", "chủ trì", "phối hợp", "có trách", "chịu trách", "tổ chức", "theo dõi",
    "thực hiện", "rà soát", "tiếp tục", "triển khai", "hướng dẫn", "tham mưu", "trực tiếp", "chủ động",
    "tăng cường", "kịp thời", "thông báo", "trả lời", "đối chiếu", "tổng hợp", "ra quyết", "đồng ý", "quan tâm",
    "xem xét", "làm việc", "đăng tải", "cử cán", "cử lực", "cung cấp", "bảo đảm", "đảm bảo",
    "giải ngân", "thi công", "bàn giao", "vận động", "tuyên truyền", "quyết liệt", "làm đầu", "làm chủ", "thành lập",
))
VERB_START = frozenset(
    "chủ phối khẩn chỉ tổ thực tham rà theo báo hướng kiểm xây triển tiếp có đôn nghiên căn chịu quản "
    "bố đẩy tăng hoàn xem lập đề trình cung gửi thống nắm bảo đảm chuẩn khắc cập phát nâng tập xin trả xử tiến hỗ lãnh "
    "yêu phản đánh".split()
)
# A passive or a past fact, not an order: the words that stop a name's tail and an unnamed actor list.
TAIL_STOPS = frozenset("được đã là bị vừa sẽ".split())


def unknown_agency_at(text: str, pos: int, end: int) -> Any | None:
    """An agency name the registry does not know ("Công an Thành phố") at `pos`, with id None, or None.

    "Kho bạc Nhà nước quận - huyện" names the treasuries of every district: a group (`GroupMention`)."""
    city = _CITY_ITSELF.match(text, pos, end)
    if city is not None:  # "Ủy ban nhân dân Thành phố:", "Thành Đoàn": the city's own, in its own documents
        printed = city.group(1)
        return AgencyMention(written_out(printed), None, printed, pos, pos + len(printed))
    branch = _branch_at(text, pos, end)
    if branch is not None:
        return branch
    stop = _unknown_name_end(text, pos, end)
    if stop is None:
        return None
    local = _EVERY_LOCAL_UNIT.match(text, stop, end)
    if local is not None:
        return GroupMention(" ".join(text[pos:local.end()].split()), pos, local.end())
    if _IN_EACH.search(text, pos, stop):  # "Ban Chỉ đạo các tỉnh": one such body in each province
        if text.endswith("tỉnh", pos, stop) and (cities := _AND_CITIES.match(text, stop, end)):
            stop = cities.end()  # "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"
        return GroupMention(" ".join(text[pos:stop].split()), pos, stop)
    printed = text[pos:stop]
    return AgencyMention(written_out(printed), None, printed, pos, stop)


# "Ban Quản lý Khu kinh tế mở Chu Lai thành phố Đà Nẵng (sau đây gọi tắt là Ban Quản lý)": a short form the text
# defines for an agency, used after instead of the name.
_DEFINES = compile_across_lines(r"\((?:\s{0,3}sau\s{1,3}đây)?\s{0,3}gọi\s{1,3}(?:tắt\s{1,3})?là\s{1,3}"
                                r"[“\"]?([^()“”\"]{2,60}?)[”\"]?\s{0,3}\)")  # (the short form may be wrapped)
_DEFINED_REACH = 160


def defined_short_forms(text: str, start: int, end: int) -> dict[str, tuple[str, int]]:
    """{short form: (the agency's name, where the definition ends)} for each agency whose name, printed whole,
    is followed by "(sau đây gọi tắt là …)" in `text[start:end]`."""
    found: dict[str, tuple[str, int]] = {}
    if text.find("gọi", start, end) == -1:
        return found
    for m in _DEFINES.finditer(text, start, end):
        name_end = m.start()
        while name_end > start and text[name_end - 1].isspace():
            name_end -= 1
        agency = unknown_name_ending_at(text, name_end, m.start(), start)
        short = " ".join(m.group(1).split())
        if agency is not None and short != agency.name:
            found[short] = (agency.name, m.end())
    return found


def unknown_name_ending_at(text: str, name_end: int, stop: int, lo: int = 0) -> AgencyMention | None:
    """The name of a body the registry does not know that ends at `name_end` (read up to `stop`, `lo` the
    earliest it may start), or None: "Ban Quản lý Khu kinh tế … (sau đây gọi tắt là …)", "… tỉnh (CDC)"."""
    for head in UNKNOWN_HEAD.finditer(text, max(lo, name_end - _DEFINED_REACH), name_end):
        agency = unknown_agency_at(text, head.start(), stop)
        if isinstance(agency, AgencyMention) and agency.end == name_end:
            return agency
    return None


def _unknown_name_end(text: str, pos: int, end: int) -> int | None:
    stop = unknown_name_stop(text, pos, end)
    if stop is not None and text.startswith(("Ủy ban", "Uỷ ban", "Hội đồng"), pos):
        parliament = _OF_PARLIAMENT.match(text, stop, end)  # "Ủy ban Kinh tế và Tài chính của Quốc hội"
        return parliament.end() if parliament else stop
    return stop


_OF_PARLIAMENT = compile_across_lines(r"\s{1,3}của\s{1,3}Quốc\s{1,3}hội(?!\w)")


@lru_cache(maxsize=1)
def _sector_pattern() -> re.Pattern[str] | None:
    """The fields the ministries are named by, in any case ("tài nguyên và môi trường", "văn hóa, thể thao và
    du lịch"), from `central.yaml`: only those holding "và" or a comma, which would end a name read word by
    word ("Trung tâm Truyền thông tài nguyên và môi trường")."""
    agencies = central_data().get("agencies", [])
    fields = {a["name"][len("Bộ "):] for a in agencies if str(a.get("name", "")).startswith("Bộ ")}
    joined = sorted((f for f in fields if " và " in f or "," in f), key=len, reverse=True)
    if not joined:
        return None
    return compile_across_lines(f"(?:{'|'.join(_field_pattern(f) for f in joined)})(?!\\w)", re.IGNORECASE)


def _field_pattern(field: str) -> str:
    """"Văn hóa, Thể thao và Du lịch" as a pattern: any spacing, the comma (or a dash) printed or not."""
    words = field.replace(" - ", " , ").replace(",", " ,").split()
    out = re.escape(words[0])
    for word in words[1:]:
        out += r"(?:[ \t]{0,3}[,\-])?" if word == "," else r"[ \t\n]{1,3}" + re.escape(word)
    return out


def _sector_at(text: str, pos: int, end: int) -> int | None:
    """The end of a ministry's field printed at `pos` ("tài nguyên và môi trường"), or None."""
    pattern = _sector_pattern()
    m = pattern.match(text, pos, end) if pattern is not None else None
    return m.end() if m else None


# A province's standing committees are named by what they fight, in lower case and with a comma inside, down to
# their level: "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh", "Ban Chỉ đạo phòng, chống dịch
# Covid-19 tỉnh Lạng Sơn", "Ban chỉ đạo phòng, chống tham nhũng, tiêu cực thành phố".
_COMMITTEE = compile_across_lines(
    rf"Ban[ \t]{{1,3}}[Cc]hỉ[ \t]{{1,3}}(?:đạo|huy)(?:(?:[ \t]{{1,3}}|,[ \t]{{1,3}}(?={LOWER_LETTER})|[ \t]{{0,3}}-[ \t]{{0,3}})"
    r"(?:[^\W_]+(?:-\d+)?|[“\"][^”\"\n]{2,80}[”\"])){0,14}?"  # ("Ban Chỉ đạo phong trào “Toàn dân …” cấp huyện")
    # ("Ban chỉ đạo của Chính phủ về …": a central committee, named after the Government)
    r"(?:[ \t]{1,3}(?:tỉnh|thành[ \t]{1,3}phố|huyện|quận|thị[ \t]{1,3}xã|xã|phường|các[ \t]{1,3}cấp|quốc[ \t]{1,3}gia"
    r"|Chính[ \t]{1,3}phủ|[Tt]rung[ \t]{1,3}ương)(?!\w)"
    r"(?:[ \t]{1,3}[A-ZĐ]\w*(?:[ \t]{1,3}[A-ZĐ]\w*){0,3})?"
    r"(?:[ \t]{1,3}\d{2,4}(?![\w/]))?"  # "Ban Chỉ đạo quốc gia 1237": the number it is known by
    # the term it was set up for: "… tỉnh giai đoạn 2021 – 2025"
    r"(?:[ \t]{1,3}(?:giai[ \t]{1,3}đoạn|nhiệm[ \t]{1,3}kỳ)[ \t]{1,3}\d{4}[ \t]{0,3}[-–][ \t]{0,3}\d{4})?"
    # or, in a commune's own list of duties, no level before the colon: "2. UBND xã, Ban chỉ huy phòng chống
    # thiên tai: theo dõi …"
    r"|(?=[ \t]{0,3}:))")


def _committee_at(text: str, pos: int, end: int) -> int | None:
    """The end of a standing committee's name starting at `pos` ("Ban Chỉ huy …"), or None."""
    if pos < 0:
        return None
    m = _COMMITTEE.match(text, pos, end)
    if m is None or "\n" in m.group():
        return None
    what = " ".join(m.group()[len("Ban chỉ đạo"):].lower().split())  # the words after "Ban Chỉ đạo/huy"
    if any(pair in what for pair in PREDICATE_PAIRS) or _AND_A_BODY.search(what) or _ORDERS.search(what):
        return None  # a verb, or "… và cơ quan thường trực các cấp": another body joined to it
    return m.end()


# "Ban Quản lý dự án thủy lợi và phòng chống thiên tai tỉnh Phú Yên", "Ban Quản lý dự án đầu tư xây dựng các công
# trình nông nghiệp và phát triển nông thôn": a project board is named by the works it builds, in lower case,
# "và" and "các" included, up to its province or to the verb.
# ("Ban QLDA đầu tư xây dựng …", "BQL DA các công trình giao thông": the same, abbreviated)
_PROJECT_BOARD = compile_across_lines(
    r"(?P<board>Ban[ \t]{1,3}[Qq]uản[ \t]{1,3}lý(?:[ \t]{1,3}các)?[ \t]{1,3}[Dd]ự[ \t]{1,3}án|Ban[ \t]{1,3}QLDA|BQLDA"
    r"|BQL[ \t]{1,3}DA)(?:(?:[ \t]{1,3}|,[ \t]{1,3})[^\W\d_A-ZĐ]+){1,16}")
_BOARD_WORD = re.compile(r"[^\W\d_]+")
_BOARD_STOPS = frozenset(("tỉnh", "huyện", "thành")) | TAIL_STOPS  # the place, or a passive or past after the name
_BOARD_PLACE = compile_across_lines(r"[ \t]{1,3}(?:tỉnh|thành[ \t]{1,3}phố|huyện)(?:[ \t]{1,3}[A-ZĐ]\w*){0,3}(?!\w)")
# "… các công trình Nông nghiệp & PTNT", "… các công trình Dân dụng và Công nghiệp", "… khu vực Phú Quốc": the works
# or the area named in capitals (not a body or a title joined by "và")
_BOARD_CAPITALS = compile_across_lines(
    r"(?:[ \t]{1,3}(?:&|và)(?![ \t]{1,3}(?:Sở|Bộ|UBND|Ủy|Uỷ|Thủ|Giám|Chủ|Trung|Văn|Cục|Chi|Ban|Công[ \t]an)\b))?"
    r"[ \t]{1,3}(?!(?:Sở|Bộ|UBND|Ủy|Uỷ|Thủ|Giám|Chủ|Trung|Văn|Cục|Chi|Ban)\b)[A-ZĐ][\w&-]*"
    r"(?P<lower>(?:[ \t]{1,3}(?!và(?!\w))[^\W\d_A-ZĐ]+){0,3})")  # ("Nông nghiệp", "Dân dụng", "Phát triển nông
# thôn": a capital, then its lower-case words)
_BOARD_NAMES_AFTER = ("công trình", "khu vực")


def _ends_board_name(word: str) -> bool:
    return (word in _BOARD_STOPS or word in VERB_START or word in NOT_NAME_WORDS or word == "và")


def _project_board_end(text: str, pos: int, end: int) -> int | None:
    """The end of a project board's name at `pos`, or None: its plain words up to a verb or a place."""
    m = _PROJECT_BOARD.match(text, pos, end)
    if m is None:
        return None
    stop = m.end("board")
    words = list(_BOARD_WORD.finditer(text, stop, m.end()))
    for word, following in zip(words, [*words[1:], None]):
        pair = f"{word.group()} {following.group()}" if following else word.group()
        if pair in PREDICATE_PAIRS or word.group() in _BOARD_STOPS:
            break
        stop = word.end()
    if " ".join(text[max(pos, stop - 12):stop].split()).endswith(_BOARD_NAMES_AFTER):
        for _ in range(6):
            more = _BOARD_CAPITALS.match(text, stop, end)
            if more is None:
                break
            ending = next((w for w in _BOARD_WORD.finditer(text, more.start("lower"), more.end())
                           if _ends_board_name(w.group()) and not _ends_a_noun(text, w.start(), w.group())), None)
            if ending is not None:
                stop = len(text[:ending.start()].rstrip(" \t"))  # ("… khu vực Phú Quốc khẩn trương …": the verb)
                break
            stop = more.end()
    place = _BOARD_PLACE.match(text, stop, end)
    return place.end() if place is not None else stop


_AND_A_BODY = re.compile(r"(?<!\w)và (?:cơ quan|đơn vị|các|ủy ban|uỷ ban|ubnd|sở|ban|bộ)(?!\w)")
# "Ban Chỉ đạo tỉnh yêu cầu Sở Y tế trình UBND tỉnh …": the committee's order, not more of its name
_ORDERS = re.compile(r"(?<!\w)(?:yêu cầu|giao|đề nghị)(?!\w)")


_HEAD_AS_TITLE = re.compile(r"[ \t]{1,3}(?:Trưởng|trưởng)(?!\w)")
_TEAM = compile_across_lines(r"(?:Đoàn|Tổ|Hội\s{1,3}đồng)\s{1,3}[^\W\d_A-ZĐ]")


def unknown_name_stop(text: str, pos: int, end: int) -> int | None:
    if not text.startswith(UNKNOWN_PREFIXES, pos, end):
        return None
    head = UNKNOWN_HEAD.match(text, pos, end)
    if head is None or _HEAD_AS_TITLE.match(text, head.end(), end):
        return None  # "Chi cục Trưởng Chi cục Thủy sản": the head of a unit, named after his title
    committee = _committee_at(text, text.find("Ban", pos, head.end() + 4), end) if "Ban" in head.group() \
        or text.startswith(" Ban", head.end()) else None
    if committee is not None:
        return committee
    board = _project_board_end(text, pos, end) if head.group().startswith(("Ban Quản lý", "Ban quản lý", "Ban QLDA", "BQL")) \
        else None
    if board is not None:
        return board
    stop = head.end()
    # "Đài truyền hình", "Hội đồng dân tộc", "Ban quản lý khu …": names as they stand
    proper = head.group().startswith(("Đài ", "Hội đồng", "Ban quản lý", "Ban Quản lý", "Ban tổ chức", "Ban Tổ chức",
                                      "Ban vận động", "Ban Vận động",
                                      "Đoàn ", "Tổ "))
    team = _TEAM.match(head.group()) is not None  # its name is the head, or the head and capitalised words
    placed = False
    lower_run = 0
    cursor = head.end()
    for _ in range(16):
        m = _TOKEN.match(text, cursor, end)
        if m is None:
            if proper and head.group().startswith(_CENTRAL_UNITS) and (more := _comma_in_name(text, stop, end)):
                stop = cursor = more  # "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm"
                placed = text.endswith(_LEVEL_ENDS, 0, more)  # ("… và Du lịch thành phố": its level ends it)
                continue
            if proper and text[stop - 1].islower() and (more := _lower_fields(text, stop, end)):
                stop = cursor = more  # "Trung tâm Xúc tiến đầu tư, thương mại và du lịch"
                continue
            break
        word = m.group(1)
        if team and ("\n" in m.group(0) or not word[0].isupper()
                     and not (word == "đồng" and text.endswith("Hội", 0, m.start()))):
            break  # (but "Tổ giúp việc Hội đồng": the council it works for; a team's name holds no line break)
        nxt_word = _TOKEN.match(text, m.end(), end)
        pair = f"{word} {nxt_word.group(1)}".lower() if nxt_word else word.lower()
        if pair == "chỉ đạo" and word == "chỉ" and text.endswith("Ban", 0, m.start()):
            proper, lower_run, stop = True, 0, nxt_word.end()  # "Văn phòng Ban chỉ đạo phòng thủ dân sự …"
            cursor = stop
            continue
        if pair == "đối với" or pair in PREDICATE_PAIRS and (word[0].islower() or "\n" in m.group(0)) \
                and not text.endswith("Ban", 0, m.start()):
            break  # the verb, maybe capitalised after a line break ("Công an Thành phố\nChỉ đạo …"), not a
            # name's own words ("Vụ Tổ chức cán bộ", "Ban Chỉ đạo")
        if proper and word[0].islower() and (field := _sector_at(text, m.start(1), end)) is not None:
            stop = cursor = field  # "Trung tâm Truyền thông tài nguyên và môi trường": a ministry's field
            lower_run = 0
            continue
        if word[0].isupper():
            if UNKNOWN_HEAD.match(text, m.start(1), end) and proper and not _joint_office(text, pos, m.start(1), end) \
                    and text[pos:m.start(1)].split() not in _OFFICES_OF:
                break  # "Tập đoàn A, Tập đoàn B" or "… và Sở Y tế": the next agency
            if text[:m.start(1)].rstrip().endswith(_PLACE_LEVELS) or word.startswith("TP."):
                placed = True  # "… tỉnh Đồng Nai", "… TP.HCM": the name ends with the place's name
            proper, lower_run, stop = True, 0, m.end()
            placed = placed or _ends_with_province(text, pos, stop)  # "Vườn Quốc gia Mũi Cà Mau vận động …"
        elif placed:
            break  # "Trung tâm Chuyển đổi số tỉnh Đồng Nai đăng tải"
        elif proper and word.isdigit() and len(word) <= 4 and text[stop:m.start(1)] == " " \
                and not _COUNTED.match(text, m.end(), end):
            stop, lower_run = m.end(), 0  # "Ban Quản lý Dự án 85", "Ban Chỉ đạo 389 quốc gia": its number
            if "chỉ đạo" not in text[pos:m.start(1)].lower():  # (but "Ban Chỉ đạo 389 quốc gia")
                placed = True  # "… Thủy lợi 4 vận hành": after its number only a place may go on
        elif word in ("-", "–", "và"):
            nxt = _TOKEN.match(text, m.end(), end)
            if not proper or nxt is None or not nxt.group(1)[0].isupper() or nxt.group(1) in ("UBND", "HĐND") \
                    or UNKNOWN_HEAD.match(text, nxt.start(1), end) \
                    and not _joint_office(text, pos, nxt.start(1), end) \
                    or _TITLE.match(text, nxt.start(1), end):
                break
        elif proper and word[0].islower() and _after_abbreviated_place(text, stop) and word not in _LEVEL_WORDS:
            break  # "Công an TPHCM chuyển giấy …": after a place's capitals a plain word is the verb
        elif proper and (word not in VERB_START or _ends_a_noun(text, m.start(1), word)
                         or _starts_a_noun(text, m.end(), word)
                         and (word != "phát" or lower_run > 0 or _capitalised_name_follows(text, m.end(), end))) \
                and word.isalpha() and (
                (lower_run == 0 and word not in NOT_VERB
                 and (word not in NOT_NAME_WORDS or _ends_a_noun(text, m.start(1), word)))
                or (word not in _LINK_WORDS and _capitalised_name_follows(text, m.end(), end))):
            # one lower-case syllable ends a word ("Thành phố"); a second only inside a name that goes
            # on ("Trung tâm Chuyển đổi số Thành phố")
            lower_run, stop = lower_run + 1, m.end()
        elif proper and (tail := _lower_name_tail(text, m.start(1), end)) is not None:
            # "Ban Chỉ huy Phòng thủ dân sự tỉnh chủ trì": the plain words run up to the verb, or to "và" and
            # the rest of the name ("Cục Phát thanh truyền hình và Thông tin điện tử")
            stop = cursor = tail
            lower_run = 0
            if text.endswith("tỉnh", 0, tail) and not _capitalised_name_follows(text, tail, end):
                break  # "… Tin học tỉnh đăng tải": nothing but a place name goes on after the province
            continue
        else:
            break
        cursor = m.end()
    return stop if proper else None


# The titles of an office's head, which open the next actor of a list ("… và Thủ trưởng các cơ quan liên
# quan", "Cục trưởng Cục Quản lý khám, chữa bệnh, Vụ trưởng Vụ Pháp chế"), never the rest of a name.
HEAD_TITLES = ("Chánh|Vụ trưởng|Chi [cC]ục trưởng|Cục trưởng|Tổng cục trưởng|Giám đốc|Tổng Giám đốc|Thủ trưởng"
                "|Chủ tịch|Trưởng ban"
                "|Chỉ huy trưởng|Viện trưởng|Hiệu trưởng|Người đứng đầu|Lãnh đạo|Tổng biên tập|Bộ trưởng|Trưởng")
_TITLE = compile_across_lines(rf"(?:{HEAD_TITLES})\b".replace(" ", r"\s{1,3}"))
_IN_EACH = compile_across_lines(
    r"\s(?:(?:các|mọi)\s{1,3}(?:tỉnh|huyện|xã|quận|cấp|quân\s{1,3}khu|bộ|ngành|địa\s{1,3}phương)"
    r"|cấp\s{1,3}quân\s{1,3}khu)(?!\w)")
_AND_CITIES = compile_across_lines(
    r"\s{0,3},\s{0,3}thành\s{1,3}phố(?:\s{1,3}trực\s{1,3}thuộc\s{1,3}[Tt]rung\s{1,3}ương)?(?!\w)")
_CITY_ITSELF = compile_across_lines(
    r"((?:(?:Ủy|Uỷ) ban nhân dân|UBND|Hội đồng nhân dân|HĐND) Thành phố|Thành [Đđ]oàn|Tỉnh [Đđ]oàn)(?! [A-ZĐ])(?!\w)"
    .replace(" ", r"\s{1,3}"))
# The province's or the city's own branch of a national body, named by its level alone or, since 2025, by
# its region: "Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh", "Công an thành phố", "Thuế tỉnh", "Thống kê
# tỉnh", "Kho bạc nhà nước khu vực XI", "Chi cục Hải quan khu vực XI", "Báo và Phát thanh, Truyền hình thành
# phố", "Công an thành phố Hà Nội".
_BRANCH = compile_across_lines(
    r"(?:Viện kiểm sát nhân dân|Tòa án nhân dân|Toà án nhân dân|Kho bạc [Nn]hà nước|Ngân hàng [Nn]hà nước"
    r"|Kiểm toán [Nn]hà nước|Bảo hiểm xã hội|Công an|Thanh tra|Thuế|Thống kê|Chi cục Hải quan|Hải quan"
    r"|Cục Quản lý thị trường|Bộ Chỉ huy [Qq]uân sự|(?:Bộ Chỉ huy )?Bộ đội [Bb]iên phòng|Đài Phát thanh và Truyền hình|Cổng [Tt]hông tin điện tử"
    # the mass organisations' provincial committees: "Hội Liên hiệp Phụ nữ thành phố", "Hội Nông dân tỉnh"
    r"|Hội (?i:liên hiệp phụ nữ|nông dân|cựu chiến binh)|Liên đoàn (?i:lao động)|Hiệp hội (?i:doanh nghiệp)"
    r"|Liên minh (?i:hợp tác xã)|Đoàn (?:Thanh niên Cộng sản|TNCS) Hồ Chí Minh"
    r"|Chi cục Kiểm dịch (?i:thực vật|động vật))"  # ("Chi cục Kiểm dịch thực vật vùng VII": a region's)
    r" (?:(tỉnh|thành phố|Thành phố|Tỉnh)|(?:khu vực|vùng) (?:[IVXL]{1,5}|\d{1,2}))(?!\w)"
    # "Báo và Phát thanh, Truyền hình Cần Thơ": the provincial media agency formed in 2025, by level or place
    r"|Báo và Phát thanh,? Truyền hình(?: (tỉnh|thành phố|Thành phố)|(?= [A-ZĐ]))"
    # "Công an huyện Phước Sơn", "Công an phường Hoàn Kiếm": a district's or a commune's police, by its name
    r"|Công an (?P<local>huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?= [A-ZĐ])".replace(" ", r"\s{1,3}"))
_PLACE_WORDS = 4
_CAPITAL_AFTER = compile_across_lines(r"[ \t]{1,3}[A-ZĐ]")
BRANCH_FIRST = ("Viện", "Tòa", "Toà", "Kho", "Ngân", "Kiểm", "Bảo", "Công", "Thanh", "Thuế", "Thống", "Chi", "Hải", "Cục", "Bộ",
                 "Báo", "Đài", "Cổng", "Hội", "Liên", "Hiệp", "Đoàn")


def _branch_at(text: str, pos: int, end: int) -> Any | None:
    """A national body's branch at `pos` (`_BRANCH`), with the place's name that may follow its level, the
    line broken or not ("Thuế tỉnh Tây\nNinh khẩn trương …"), up to the verb ("Công an tỉnh\nTham mưu …")."""
    m = _BRANCH.match(text, pos, end)
    if m is None:
        return None
    every = _AND_CITIES.match(text, m.end(), end) if m.group(1) == "tỉnh" else None
    if every is not None and not _CAPITAL_AFTER.match(text, every.end(), end):
        # "Thống kê tỉnh, thành phố chủ trì …": every province's office, a group
        return GroupMention(" ".join(text[pos:every.end()].split()), pos, every.end())
    stop = m.end()
    if m.group(1) or m.group(2) or m.group("local") or m.group().endswith("hình"):  # a level, or a name the place follows
        for _ in range(_PLACE_WORDS):
            word = _TOKEN.match(text, stop, end)
            if word is None or not word.group(1)[0].isupper() or not word.group(1).isalpha() \
                    or UNKNOWN_HEAD.match(text, word.start(1), end):
                break
            following = _TOKEN.match(text, word.end(), end)
            pair = f"{word.group(1)} {following.group(1)}".lower() if following else ""
            named = m.group("local") and stop == m.end()  # ("Công an phường Hoàn Kiếm": its name must follow)
            if pair in PREDICATE_PAIRS or word.group(1).lower() in VERB_START and not named:
                break
            stop = word.end()
    printed = text[pos:stop]
    return AgencyMention(written_out(printed), None, printed, pos, stop)


def longer_branch(text: str, mention: Any, end: int) -> Any:
    """A registry name that a national body's branch goes on from ("Kiểm toán nhà nước" in "Kiểm toán nhà nước
    khu vực II"): the branch, with id None; else the registry's name."""
    branch = _branch_at(text, mention.start, end)
    return mention if branch is None or branch.end <= mention.end else branch


# "quận - huyện", "cấp xã", "các huyện" after a name, no proper name after them.
_EVERY_LOCAL_UNIT = compile_across_lines(
    r"[ \t]{1,3}(?:quận(?:\s{0,3}[-–,]\s{0,3}huyện)?|huyện|xã(?:\s{0,3}[-–,]\s{0,3}phường)?|phường"
    r"|cấp\s{1,3}(?:huyện|xã|tỉnh|quân\s{1,3}khu)|các\s{1,3}(?:quận|huyện|xã|tỉnh))(?!\s{1,3}[A-ZĐ])(?!\w)")


_NAME_TAIL_WORDS = 8
# Words no body's name holds: "… Thông tin giám sát việc treo cờ Tổ quốc" is a name, its verb and what it does.
_NEVER_IN_NAMES = frozenset("việc để nhằm này đó".split())
_NAME_TAIL_END = compile_across_lines(r"[ \t]{0,3}(?:[\n,;.:()*|]|và\s|$)")


def _lower_name_tail(text: str, pos: int, end: int) -> int | None:
    """The end of a run of lower-case words that finishes an unknown agency's name, or None.

    Only a short run of plain words, none a verb, and only when what follows it ends a name (a verb, a
    comma, "và"): "Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia theo dõi …".
    """
    cursor = pos
    stop = None
    for _ in range(_NAME_TAIL_WORDS):
        m = _TOKEN.match(text, cursor, end) if cursor != pos else compile_across_lines(r"(\w+)").match(text, pos, end)
        if m is None:
            break
        word = m.group(1)
        nxt = _TOKEN.match(text, m.end(), end)
        pair = f"{word} {nxt.group(1)}".lower() if nxt else word
        if pair in PREDICATE_PAIRS or word in VERB_START:
            if pair in _NAME_VERBS and nxt is not None and _name_ends_after(text, nxt.end(), end):
                return nxt.end()  # "Cục Người có công", "Cục Kết cấu hạ tầng xây dựng chủ trì": the name's own
            return stop
        if word[0].isupper() and word.isalpha() and stop is not None and not UNKNOWN_HEAD.match(text, m.start(1), end):
            return stop  # "Ban Quản lý Khu kinh tế mở Chu Lai": a proper name goes on after the plain words
        if word.isdigit() and stop is not None and len(word) <= 4:
            return m.end()  # "Ban Chỉ đạo quốc gia 1237": the number a steering committee is known by
        if (word in TAIL_STOPS or word in NOT_NAME_WORDS) and stop is not None:
            return stop  # "Cục Quản lý đất đai được giao …": a passive or a modal ends the name
        if not word.isalpha() or not word.islower() or word in _LINK_WORDS or word in TAIL_STOPS \
                or word in NOT_NAME_WORDS or word in _NEVER_IN_NAMES:
            return None
        if word == "tỉnh":
            return m.end()  # "Trung tâm Công báo - Tin học tỉnh đăng tải": the province ends a name
        stop = cursor = m.end()
        if _NAME_TAIL_END.match(text, stop, end):
            return stop
    return None


# A central department's name may hold a comma before its last fields ("Cục Xuất bản, In và Phát hành",
# "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm"): capitalised fields, then "và" and the last, then the name ends.
_CENTRAL_UNITS = ("Cục", "Vụ", "Tổng cục", "Viện", "Trung tâm")  # ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch")
# "Viện Chiến lược, Chính sách TN&MT": the last field is a sector's abbreviation, whose "và" is inside it.
_COMMA_ABBREVIATED = compile_across_lines(
    r",[ \t]{1,3}[A-ZĐ]\w*(?:[ \t]{1,3}[^\W\d_A-ZĐ]\w*){0,2}[ \t]{1,3}[A-ZĐ]{1,4}&[A-ZĐ]{1,5}(?!\w)")


_COMMA_THEN_WORDS = tuple(compile_across_lines(
    rf",[ \t]{{1,3}}[A-ZĐ][^\W\d_]*(?:[ \t]{{1,3}}[^\W\d_A-ZĐ][^\W\d_]*){{{n}}}[ \t]{{1,3}}")
                          for n in range(3))


def _comma_in_name(text: str, pos: int, end: int) -> int | None:
    """Where a name that goes on after the comma at `pos` ends ("…, Nhiếp ảnh và Triển lãm"), or None."""
    abbreviated = _COMMA_ABBREVIATED.match(text, pos, end)
    if abbreviated is not None:
        return abbreviated.end()
    after_comma = pos + 1 + len(text[pos + 1:pos + 5]) - len(text[pos + 1:pos + 5].lstrip(" \t"))
    if not UNKNOWN_HEAD.match(text, after_comma, end):  # "…, Sở Nông nghiệp và Môi trường" is the next agency
        for words in _COMMA_THEN_WORDS:  # "Viện Chiến lược, Chính sách tài nguyên và môi trường"
            fields = words.match(text, pos, end)
            if fields is not None and (field := _sector_at(text, fields.end(), end)) is not None:
                return field
    m = _COMMA_FIELDS.match(text, pos, end)
    if m is None or not all(_is_field(f) for f in m.group(1).split(",")[1:]):
        return None
    if UNKNOWN_HEAD.match(text, pos + 1 + len(m.group(1)) - len(m.group(1).lstrip(", \t")), end):
        return None
    last = _TOKEN.match(text, m.end(), end)
    if last is None or not last.group(1)[0].isupper() or not last.group(1).isalpha() \
            or UNKNOWN_HEAD.match(text, last.start(1), end) or _TITLE.match(text, last.start(1), end):
        return None
    stop = last.end()
    for _ in range(2):  # "Triển lãm": the last field's lower-case words, up to the verb
        word = _TOKEN.match(text, stop, end)
        if word is None or not word.group(1).islower() or not word.group(1).isalpha() or _LEVEL_AFTER.match(text, stop, end) \
                or word.group(1) in VERB_START or word.group(1) in _LINK_WORDS or predicate_pair_at(text, stop, end):
            break
        stop = word.end()
    level = _LEVEL_AFTER.match(text, stop, end)  # "… Thương mại và Du lịch thành phố": the level it serves
    return level.end() if level is not None else stop


_LEVEL_ENDS = ("tỉnh", "phố", "huyện", "quận")
_LEVEL_AFTER = compile_across_lines(r"[ \t]{1,3}(?:tỉnh|thành[ \t]{1,3}phố|huyện|quận)(?!\w)")


# The plain fields of a name after its comma: "…, thương mại và du lịch", "… khám, chữa bệnh".
_PLAIN_WORD = compile_across_lines(r"[ \t]{1,3}([^\W\d_]+)")
_COMMA_COMPOUNDS = (("chữa", "bệnh"), ("chống",))  # "khám, chữa bệnh", "phòng, chống": one field, a comma inside
_FIELD_WORDS = 3


def _lower_fields(text: str, pos: int, end: int) -> int | None:
    """Where a name that goes on with plain fields after the comma at `pos` ends, or None.

    Only fields joined by "và" to the last ("…, thương mại và du lịch") or the second half of a compound
    printed with a comma, and only when the name can end right after them."""
    if not text.startswith(",", pos):
        return None
    words = []  # (word, end) of the plain words after the comma, up to the first that cannot be in a name
    cursor = pos + 1
    while len(words) < 2 * _FIELD_WORDS + 1 and (m := _PLAIN_WORD.match(text, cursor, end)) is not None:
        word = m.group(1)
        if not word.islower() or (word != "và" and (word in NOT_VERB or word in VERB_START
                                                    or word in NOT_NAME_WORDS or word in _LINK_WORDS)):
            break
        words.append((word, m.end()))
        cursor = m.end()
    plain = [w for w, _ in words]
    if "và" in plain:
        joined = plain.index("và")
        if not 1 <= joined <= _FIELD_WORDS or joined + 1 >= len(plain):
            return None
        ends = [e for _, e in words[joined + 1:joined + 1 + _FIELD_WORDS]]
    else:
        compound = next((c for c in _COMMA_COMPOUNDS if tuple(plain[:len(c)]) == c), None)
        if compound is None:
            return None
        ends = [words[len(compound) - 1][1]]
        tail = _lower_name_tail(text, ends[0] + 1, end) if text.startswith(" ", ends[0]) else None
        if tail is not None:
            ends.append(tail)  # "phòng, chống thiên tai": the compound's object
    return next((stop for stop in ends if text.startswith(" tỉnh", stop) or _name_ends_after(text, stop, end)),
                None)


_COMMA_FIELDS = compile_across_lines(r"((?:,[ \t]{1,3}\w+(?:[ \t]{1,3}\w+){0,2}?){1,3})[ \t\n]{1,3}và(?=[ \t\n])")


def _is_field(field: str) -> bool:
    """A field of a department's name: a capitalised word, then at most two lower-case ones ("Nhiếp ảnh")."""
    words = field.split()
    return 1 <= len(words) <= 3 and words[0][0].isupper() and words[0].isalpha() \
        and all(w.islower() and w.isalpha() for w in words[1:])


# "Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia": the office of the body named after it.
_OFFICES_OF = (["Văn", "phòng", "Thường", "trực"], ["Cơ", "quan", "Thường", "trực"], ["Văn", "phòng"])
_COUNTED = compile_across_lines(r"\s{0,3}(?:%|(?:ngày|tháng|năm|tuần|giờ|lần|người|hộ|bộ|đồng)(?!\w))")
# "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng
# nhân dân tỉnh": one office serving two bodies.
_OFFICE_OF_COUNCIL = compile_across_lines(
    r"Văn\s{1,3}phòng\s{1,3}(?:Hội\s{1,3}đồng\s{1,3}nhân\s{1,3}dân|HĐND|Đoàn\s{1,3}(?:đại"
    r"\s{1,3}biểu|ĐBQH))")
_SECOND_BODY = compile_across_lines(
    r"(?:(?:Ủy|Uỷ)\s{1,3}ban\s{1,3}nhân\s{1,3}dân|UBND|Hội\s{1,3}đồng\s{1,3}nhân\s{1,3}dân|HĐND)")


def _joint_office(text: str, name_start: int, pos: int, end: int) -> bool:
    return _OFFICE_OF_COUNCIL.match(text, name_start, end) is not None \
        and _SECOND_BODY.match(text, pos, end) is not None


# The levels whose place name, printed after them, ends an unknown agency's name.
_PLACE_LEVELS = tuple(f" {level}" for level in PLACE_LEVELS)
_LEVEL_WORDS = frozenset(word for level in PLACE_LEVELS for word in level.split())
_ABBREVIATED_PLACES = ("TPHCM", "HCM", "TP.HCM", "TP. HCM", "TP.HN", "TPHN")


def _after_abbreviated_place(text: str, stop: int) -> bool:
    """Whether the name so far ends with a city printed in capitals ("Công an TPHCM", "UBND TP.HCM")."""
    return text.endswith(_ABBREVIATED_PLACES, 0, stop)


# Words that open a verb elsewhere but end a noun after these: "Trung tâm Công báo - Tin học tỉnh", "Trung tâm
# Phát triển Quỹ đất", "Văn phòng Điều phối Chương trình mục tiêu …", "Trung tâm Dịch vụ Việc làm".
_NOUN_ENDINGS = {"báo": ("Công",), "tiến": ("Xúc",), "triển": ("Phát", "phát"), "phối": ("Điều",), "trình": ("Chương",),
                 "làm": ("việc", "Việc")}


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    return frozenset(str(name) for name in central_data().get("provinces", []))


def _ends_with_province(text: str, start: int, stop: int) -> bool:
    """Whether the name `text[start:stop]` ends with a province's name ("… Mũi Cà Mau"): no plain word goes on."""
    words = text[start:stop].split()
    return any(" ".join(words[-n:]) in _province_names() for n in (2, 3, 4) if len(words) > n)


# Verbs' first syllables that open a noun in a name ("An toàn thực phẩm", "Kiểm dịch thực vật", "Bảo hiểm xã hội").
_NOUN_STARTS = {"thực": ("phẩm", "vật"), "bảo": ("hiểm",), "phát": ("thanh", "triển")}


def _starts_a_noun(text: str, after: int, word: str) -> bool:
    following = _NOUN_STARTS.get(word)
    return following is not None and text[after:after + 8].lstrip(" \t").startswith(following)


def _ends_a_noun(text: str, pos: int, word: str) -> bool:
    before = _NOUN_ENDINGS.get(word)
    return before is not None and text[max(0, pos - 12):pos].rstrip().endswith(before)


# Verbs that end the names of many offices ("Cục Kinh tế - Quản lý đầu tư xây dựng", "Cục Người có công").
_NAME_VERBS = frozenset(("xây dựng", "có công", "quản lý", "phát triển", "bảo vệ", "hỗ trợ", "chăm sóc",
                         "kiểm soát", "giám sát", "đào tạo"))


# (a line break followed by a lower-case word only wraps the sentence: "… 1237 xây dựng\nkế hoạch")
_NAME_CLOSE = compile_across_lines(
    rf"[ \t]{{0,3}}(?:\n(?![ \t]{{0,40}}{LOWER_LETTER})|[;.):|]|và\s|$)|,[ \t]{{0,3}}(?=[A-ZĐ])"
    r"|[ \t]{1,3}(?=TP\.?[ \t]?[A-ZĐ])")  # "Viện Nghiên cứu phát triển TP.HCM": the city's short name follows



def _name_ends_after(text: str, pos: int, end: int) -> bool:
    """Whether a name can end at `pos`: a line or clause ends, another name follows a comma, or the verb."""
    m = _NAME_CLOSE.match(text, pos, end)
    if m is not None:
        return not m.group().startswith(",") or UNKNOWN_HEAD.match(text, m.end(), end) is not None
    return predicate_pair_at(text, pos, end)


def predicate_pair_at(text: str, pos: int, end: int) -> bool:
    """A verb of two words at `pos`, printed in lower case as verbs run ("Tổ chức chi trả" is a noun)."""
    first = _TOKEN.match(text, pos, end)
    if first is not None and not first.group(1)[0].islower():
        return False
    second = _TOKEN.match(text, first.end(), end) if first else None
    return second is not None and f"{first.group(1)} {second.group(1)}".lower() in PREDICATE_PAIRS


def _capitalised_name_follows(text: str, pos: int, end: int, plain: int = 1) -> bool:
    """Whether a capitalised word that opens no other name follows at `pos`, after at most `plain` more plain
    words that are no verb ("Ban Quản lý An toàn thực phẩm TPHCM": "phẩm", then the city)."""
    nxt = _TOKEN.match(text, pos, end)
    word = nxt.group(1) if nxt is not None else ""
    # ("Viện Nghiên cứu phát triển Thành phố": "triển" finishes "phát triển", no verb)
    finishes = word in _NOUN_STARTS.get(text[max(0, pos - 5):pos].split()[-1] if text[max(0, pos - 5):pos].split() else "", ())
    if plain and word.isalpha() and word.islower() and (word not in VERB_START or finishes) \
            and word not in NOT_VERB and word not in _LINK_WORDS and word not in NOT_NAME_WORDS:
        return _capitalised_name_follows(text, nxt.end(), end, plain - 1)
    return nxt is not None and word[0].isupper() and UNKNOWN_HEAD.match(text, nxt.start(1), end) is None
