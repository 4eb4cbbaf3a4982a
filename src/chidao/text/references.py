"""References to other documents: the code, the type printed before it, its date, issuer and relation.

"triển khai thực hiện Thông tư số 13/2023/TT-BKHĐT ngày 12/12/2023 của Bộ trưởng Bộ Kế hoạch và
Đầu tư" gives type Thông tư, issued_on 2023-12-12, issuer "Bộ trưởng Bộ Kế hoạch và Đầu tư",
relation implements. One entry per distinct code, at its first mention: the first citation prints
tên loại, số, ký hiệu, date, issuer and trích yếu, later ones only tên loại and số, ký hiệu
(Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.6.b), so later mentions only fill gaps.

Speed: the type name before a code is searched only as far back as the longest name reaches, a titled name
only when "số" stands before the code, and the clause start from the last boundary backwards.
"""

from __future__ import annotations

import datetime
import re

from chidao.text.codes import (
    TYPE_NAME_MAX_LENGTH, TYPE_NAME_PATTERN, canonical_type, find_codes, parse_code, type_for_symbol,
)
from chidao.text.normalize import fold
from chidao.text.types import DocCode, Reference

__all__ = ["find_references"]

_SP = r"[ \u00a0]{1,3}"
_OSP = r"[ \u00a0]{0,3}"

# The type name printed right before the code, with or without "số"; "thực hiệnThông tư" (words run
# together) still counts, so the name's left boundary is checked in code, not in the pattern.
_UNBOUNDED_NAME = TYPE_NAME_PATTERN.replace(r"(?<![^\W\d_])", "")
_NAME_BEFORE = re.compile(
    rf"({_UNBOUNDED_NAME}|(?i:văn bản))(?:(?:{_SP}|\n)(?i:số)(?:{_OSP}:)?)?{_OSP}$",
    re.IGNORECASE,
)
# A match ends at the code and spans at most the longest name (or "văn bản") and "  số  :  " (12
# characters): the search starts no further back than that, which finds the same leftmost match.
_LOOKBACK = min(60, max(TYPE_NAME_MAX_LENGTH, len("văn bản")) + 12)
# The name printed with its title in between, capitalized as a name is ("Luật Đất đai số …"), within
# one clause: the title holds no punctuation.
_TITLED_NAME = re.compile(
    rf"({TYPE_NAME_PATTERN})[ ](?:[^,;.()\[\]“”\"\n]|\n(?=\S)|,(?=[ \n](?![A-ZĐ])\w)){{1,100}}?[ \n](?:số|Số)"
    rf"(?:{_OSP}:)?{_OSP}$"
)  # hard-wrapped ("Luật Tổ chức chính quyền\nđịa phương số …"), a comma inside ("Luật Quản lý, sử dụng tài sản công")
_TITLE_LOOKBACK = 130
# The end of `_TITLED_NAME` alone: checked first over a few characters, as most codes have no such "số".
_TITLED_TAIL = re.compile(rf"[ \n](?:số|Số)(?:{_OSP}:)?{_OSP}$")

# "ngày 12/12/2023", ", ngày 02 tháng 01 năm 2024", "ngày 04/1/2024", "ngày 12/12" (year from context).
# Web copies are hard-wrapped anywhere: "ngày\n01/10/2020", "ngày 04\ntháng 9 năm 2025".
_WS = r"\s{1,3}"
_DATE_FORMS = (
    rf"(?:(\d{{1,2}})([/.\-])(\d{{1,2}})(?:\2(\d{{4}}))?(?![\d/])"
    rf"|(\d{{1,2}}){_WS}(?i:tháng){_WS}(\d{{1,2}})(?:,?{_WS}(?i:năm){_WS}(\d{{4}}))?(?!\d))"
)
# "ngày* *16/6/2025": emphasis that opens or closes between "ngày" and the date is read as blanks.
_DATE_AFTER = re.compile(
    rf"\s{{0,3}},?\s{{0,3}}(?:(?i:ban hành|ký|đề){_SP})?(?i:ngày)(?:{_WS}|[*_ ]{{1,4}}){_DATE_FORMS}")
# "văn bản ngày 29 tháng 10 năm 2025 số\n16/CV-HHTACN": the date printed before the number.
_DATE_THEN_NUMBER = re.compile(rf"(?i:ngày){_WS}{_DATE_FORMS}\s{{1,3}}(?i:số)\s{{0,3}}$")
# "Ngày 28 tháng 10 năm 2025, UBND Thành phố đã ban hành Công văn số 3280/UBND-VX": the date opens the clause.
_DATE_LEAD = re.compile(rf"\s{{0,3}}(?i:ngày){_WS}{_DATE_FORMS}\s{{0,3}},")
_ISSUER_REACH = 160
_ISSUER_MAX_WORDS = 14
_ISSUER_AFTER = re.compile(rf"{_OSP},?{_OSP}(?i:của){_SP}")
_ISSUER_TEXT = re.compile(r"[^,;.()\[\]“”\":]{1,120}")
_ISSUER_STOP = re.compile(
    r"\s(?:(?:về|quy định|hướng dẫn|ban hành|phê duyệt|để|tại|trong|trên|gắn|theo|với|nhằm|đối với|tới|thì"
    r"|đã|được|sửa đổi|bổ sung|nghị định|quyết định|đến|ngày|số|kèm|chỉ đạo|yêu cầu|giao|đồng ý|cho phép)(?!\w)"
    rf"|(?:và|hoặc)\s(?={TYPE_NAME_PATTERN}|các\s|này|dự thảo)|(?={TYPE_NAME_PATTERN}\s(?:số|\d)))",
    re.IGNORECASE,
)

# What this text does to the referenced document (docs/parse-output.md, `relation`). Keys are folded.
_VERBS = [
    ("repeals", r"bai bo"),
    ("replaces", r"thay the"),
    ("amends", r"sua doi|bo sung"),
    ("guides", r"huong dan(?: thuc hien| thi hanh)?"),
    ("implements", r"trien khai thuc hien|to chuc thuc hien|thuc hien|trien khai|thi hanh"),
]
_VERB = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _VERBS) + r")(?!\w)")
# Words allowed between an "implements"/"guides" verb and the name: "thực hiện nghiêm túc, có hiệu quả …".
_FILLER = re.compile(
    r"[\s,]*(?:(?:nghiem tuc|nghiem|co hieu qua|hieu qua|day du|tot|kip thoi|quyet liet|dong bo|ngay"
    r"|noi dung|cac|viec|va|dung|thong nhat|chat che)[\s,]*){0,8}",
)
# "theo quy định tại Thông tư …", "căn cứ …": the verb belongs to something else; the text only cites.
_CITING = re.compile(r"(?<!\w)(?:theo|tai|can cu)(?!\w)")
_LEGAL_BASIS = re.compile(r"\s*(?:can cu|xet de nghi|theo de nghi)(?!\w)")
# ";", a line break, a bracket, "?", "!", or a full stop before a space. One class first, so that the regex
# engine skips to the next of these characters at C speed.
_CLAUSE_END = re.compile(r"[;\n()?!.](?:(?<=\.)(?=\s)|(?<!\.))")
# A number that names no document: a form's ("theo mẫu số 03/TNDN", "Mẫu 01/TK-SDDPNN", "trên tờ khai 05/KK-TNCN")
# or a steering committee's ("BCĐ 389/ĐP", "Ban Chỉ đạo (BCĐ) 389/ĐP").
_NUMBERED_NO_DOCUMENT = re.compile(
    rf"(?<!\w)(?:(?i:mẫu|tờ{_SP}khai)(?:{_SP}(?i:mẫu))?(?:{_SP}(?i:số))?(?:{_OSP}:)?"
    rf"|BCĐ\)?|Ban{_SP}[Cc]hỉ{_SP}đạo(?:{_SP}\(BCĐ\))?){_OSP}$")
_NEXT_LINE = re.compile(r"\n[ \t]*(.?)")
_STRUCTURAL = re.compile(r"\n[ \t]*(?:Điều|Chương|Mục|Phần|Nơi nhận|Kính gửi|Căn cứ|QUYẾT|CHỈ|KẾT)(?!\w)")


def _unwrap(phrase: str) -> str:
    """Cut the issuer at a line break, unless it is a hard break inside the name ("của Bộ\nXây dựng")."""
    for m in _NEXT_LINE.finditer(phrase):
        if not m.group(1).isalpha() or _STRUCTURAL.match(phrase, m.start()):
            return phrase[: m.start()]
    return phrase


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    if m.group(0) != "\n":
        return True
    nxt = _NEXT_LINE.match(text, m.start())
    return not (nxt and nxt.group(1).islower())
_COORDINATED = re.compile(r"(?:,|\bvà|\bhoặc)\s*$")


def _date(m: re.Match[str], default_year: int | None) -> datetime.date | None:
    if m.group(1):
        day, month, year = m.group(1), m.group(3), m.group(4)
    else:
        day, month, year = m.group(5), m.group(6), m.group(7)
    full_year = int(year) if year else default_year
    if full_year is None:
        return None
    try:
        return datetime.date(full_year, int(month), int(day))
    except ValueError:
        return None


def _name_before(text: str, code: DocCode) -> tuple[str | None, int]:
    """(canonical type printed before the code or None, where the mention starts)."""
    lo = max(0, code.start - _LOOKBACK)
    m = _NAME_BEFORE.search(text, lo, code.start)
    if not m:
        return _titled_name_before(text, code)
    start = m.start(1)
    # The name must start a word, or start with a capital glued to the previous word ("hiệnThông tư").
    if start > 0 and text[start - 1].isalpha() and not text[start].isupper():
        return None, code.start
    printed = canonical_type(m.group(1))
    # "Thông báo kết luận số 49/TB-VPCP": a notice of conclusions; the ký hiệu says which name is the type.
    named = type_for_symbol(code.symbol, code.year)
    if named and named != printed:
        before = text[max(0, start - len(named) - 1):start]
        if fold(before).strip() == fold(named):
            return named, start - len(before.lstrip())
    return printed, start


def _titled_name_before(text: str, code: DocCode) -> tuple[str | None, int]:
    """"Luật Đất đai số 31/2024/QH15", "Kế hoạch tổ chức … số 01/KH-UBND": a capitalized name, its title, "số"."""
    lo = max(0, code.start - _TITLE_LOOKBACK)
    if not _TITLED_TAIL.search(text, max(lo, code.start - 12), code.start):
        return None, code.start
    m = _TITLED_NAME.search(text, lo, code.start)
    if not m:
        return None, code.start
    printed = canonical_type(m.group(1))
    named = type_for_symbol(code.symbol, code.year)
    if named not in (None, "Công văn", printed):
        return None, code.start  # "“Quy định …” Báo cáo thẩm tra số 113/BC-BPC": the ký hiệu says a Báo cáo
    return printed, m.start(1)


def _issuer(text: str, pos: int) -> str | None:
    m = _ISSUER_AFTER.match(text, pos)
    if not m:
        return None
    body = _ISSUER_TEXT.match(text, m.end())
    if not body:
        return None
    phrase = " ".join(_unwrap(body.group(0)).split())
    stop = _ISSUER_STOP.search(phrase)
    if stop:
        phrase = phrase[: stop.start()].rstrip()
    if len(phrase.split()) > _ISSUER_MAX_WORDS:
        return None  # a sentence, not a name
    return phrase if phrase and phrase[0].isupper() else None


_CLAUSE_CHARS = ";\n()?!."


def _clause_start(text: str, pos: int) -> int:
    """After the last clause boundary (`_CLAUSE_END`, `_is_boundary`) in the 300 characters before `pos`.

    Looked for from `pos` backwards with `str.rfind`, which stops at the first boundary instead of listing all.
    """
    lo = max(0, pos - 300)
    # The last place of each boundary character; only the one just passed over is looked for again.
    last = {ch: text.rfind(ch, lo, pos) for ch in _CLAUSE_CHARS}
    while True:
        at = max(last.values())
        if at < 0:
            return lo
        last[text[at]] = text.rfind(text[at], lo, at)
        if text[at] == "." and not (at + 1 < pos and text[at + 1].isspace()):
            continue  # a full stop inside a number or an abbreviation ("1.2", "TP.HCM"), or at `pos`
        if text[at] == "\n":
            following = _NEXT_LINE.match(text, at)
            if following and following.group(1).islower():
                continue  # a line wrapped inside a sentence
        return at + 1


def _may_be_legal_basis(clause: str) -> bool:
    """Whether `_LEGAL_BASIS` can match the folded clause: an ASCII first letter folds to itself, so only
    "c", "x" and "t" (or a letter that folding changes) can begin "can cu", "xet …", "theo …"."""
    first = clause.lstrip()[:1]
    return not first.isascii() or first in "cCxXtT"


def _relation(text: str, start: int) -> str:
    """The relation stated by the verb just before the mention, within its clause."""
    clause = _clause_start(text, start)
    if _may_be_legal_basis(text[clause : clause + 20]) and _LEGAL_BASIS.match(fold(text[clause : clause + 20])):
        return "cites"  # "Căn cứ Pháp lệnh sửa đổi … số 04/2012/…": a legal basis, whatever its title says
    lo = max(clause, start - 80)
    window = fold(text[lo:start])
    found = None
    for m in _VERB.finditer(window):
        found = m
    if found is None or found.lastgroup is None:
        return "cites"
    kind = found.lastgroup
    between = window[found.end() :]
    if _CITING.search(between):
        return "cites"
    if kind in ("implements", "guides") and _FILLER.fullmatch(between) is None:
        return "cites"
    if kind == "implements" and re.search(r"huong dan\s*$", window[: found.start()]):
        return "guides"
    return kind


def _mention(text: str, code: DocCode, default_year: int | None) -> Reference:
    printed, start = _name_before(text, code)
    pos = code.end
    issued_on = None
    dm = _DATE_AFTER.match(text, pos)
    if dm:
        issued_on = _date(dm, default_year)
        pos = dm.end()
    else:
        issued_on = _date_elsewhere(text, start, pos, default_year)
    if issued_on is None:
        before = _DATE_THEN_NUMBER.search(text, max(0, code.start - 40), code.start)
        issued_on = _date(before, default_year) if before else None
    return Reference(
        type=printed or type_for_symbol(code.symbol, code.year),
        code=code.code, number=code.number, year=code.year, symbol=code.symbol,
        issued_on=issued_on, issuer=_issuer(text, pos), relation=_relation(text, start),
        start=start, end=code.end,
    )


def _date_elsewhere(text: str, start: int, pos: int, default_year: int | None) -> datetime.date | None:
    """The date of a mention printed after its issuer ("46/NQ-CP của Chính phủ ngày 08 tháng 3 năm
    2025") or at the head of its clause ("Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP")."""
    issuer = _issuer(text, pos)
    if issuer:
        at = text.find("ngày", pos, pos + _ISSUER_REACH)
        if at != -1 and " ".join(text[pos:at].split()).strip(" ,") == f"của {issuer}":
            dm = _DATE_AFTER.match(text, at)
            if dm:
                return _date(dm, default_year)
    clause = _clause_start(text, start)
    lead = _DATE_LEAD.match(text, clause, start)
    if lead is None and clause < start and text[clause] == "\n":
        lead = _DATE_LEAD.match(text, clause + 1, start)
    if lead is not None and "/" not in text[lead.end():start]:  # no other document between date and code
        return _date(lead, default_year)
    return None


def _inherit(text: str, previous: Reference | None, ref: Reference) -> None:
    """"bãi bỏ Quyết định số 10/… và Quyết định số 29/…": a coordinated mention shares the verb."""
    if previous is None or ref.relation != "cites" or previous.relation == "cites":
        return
    between = text[previous.end : ref.start]
    if not any(_is_boundary(between, m) for m in _CLAUSE_END.finditer(between)) and _COORDINATED.search(between):
        ref.relation = previous.relation


# The header's own "Số:" line: its code is the document's, however garbled ("3210/QĐ - U B ND").
_OWN_NUMBER_LINE = re.compile(r"(?:^|\n)[ \t|*_]{0,4}Số[ \t]{0,3}:[ \t*_]{0,4}$")


def find_references(text: str, exclude_code: str | None = None, default_year: int | None = None) -> list[Reference]:
    """Every document `text` mentions by its code: one entry per distinct code, at its first mention.

    `exclude_code` (the text's own code) is left out. `type` is the name printed before the code,
    else inferred from the ký hiệu; `issued_on` the date printed at the mention ("ngày 12/12/2023",
    partial dates completed with `default_year`); `issuer` the "của …" phrase after it; `relation`
    implements, guides, repeals, replaces, amends or cites. Later mentions fill what the first lacks.
    """
    excluded = None
    if exclude_code:
        parsed = parse_code(exclude_code)
        excluded = parsed.code if parsed else exclude_code.strip()
    by_code: dict[str, Reference] = {}
    previous: Reference | None = None
    for code in find_codes(text):
        if _NUMBERED_NO_DOCUMENT.search(text, max(0, code.start - 20), code.start):
            continue
        ref = _mention(text, code, default_year)
        _inherit(text, previous, ref)
        previous = ref
        if ref.code == excluded or _OWN_NUMBER_LINE.search(text, max(0, code.start - 20), code.start):
            continue
        first = by_code.get(ref.code)
        if first is None:
            by_code[ref.code] = ref
            continue
        _fill(first, ref)
    return _without_footnote_marks(by_code)


def _fill(first: Reference, ref: Reference) -> None:
    """What a later mention of the same code tells that the first did not."""
    first.type = first.type or ref.type
    first.issued_on = first.issued_on or ref.issued_on
    first.issuer = first.issuer or ref.issuer
    if first.relation == "cites":
        first.relation = ref.relation


# "Nghị quyết số 140/NQ-CP2": a PDF's text layer runs a footnote's number into the code before it.
_FOOTNOTE_MARK = re.compile(r"(?<=[A-ZĐa-z])\d{1,2}$")


def _without_footnote_marks(by_code: dict[str, Reference]) -> list[Reference]:
    """The references, a code printed with a footnote's number run into it merged into the same code printed
    without ("140/NQ-CP2" with "140/NQ-CP"); a code only ever printed so ("119/2026/UBTVQH15") stays."""
    kept = []
    for code, ref in by_code.items():
        base = _FOOTNOTE_MARK.sub("", code)
        if base != code and base in by_code:
            _fill(by_code[base], ref)
        else:
            kept.append(ref)
    return kept
