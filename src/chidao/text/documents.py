"""The header of an administrative document: who issued it, its số/ký hiệu, date, type and trích yếu.

Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II sets the layout: quốc hiệu and tiêu ngữ (1), the issuing body
under its parent body (2), "Số: …/…" (3), place and date "Lạng Sơn, ngày 05 tháng 01 năm 2024" (4), the type
name in capitals and the trích yếu under it, or for a Công văn "V/v …" under the số (5), then the body; the
signature block (7) and "Nơi nhận" (9) close it. Website chrome around the document is skipped
(`find_document_bounds`, from `chidao.text.chrome`).

Speed: the header is read from `LazySegments`, which cuts only the segments the header reading reaches, and the
closing from `find_closing_in`, which cuts only the lines around it; the result is that of cutting it all.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

from chidao.text.codes import canonical_type, parse_code, symbol_names_type, type_for_symbol
from chidao.text.casing import (PLACE_LEVELS, centrally_run_cities, is_province_name, province_named, readable_issuer,
                                rejoin_split_words, sentence_case)
from chidao.text.chrome import LazySegments, find_document_bounds, is_upper_text, read_page_metadata
from chidao.text.normalize import any_marks, fold
from chidao.text.signer import find_closing_in
from chidao.text.types import DocumentHeader, Signer

__all__ = ["find_document_bounds", "parse_header", "read_page_metadata", "readable_issuer", "sentence_case"]


_SO = re.compile(r"^Số\s{0,3}:?\s{0,3}", re.IGNORECASE)
# The number may be missing (not yet numbered); spaces printed around "/" and "-" are tolerated.
# A part may be printed letter by letter ("3210/QĐ - U B ND"): spaced capitals, joined again.
_CODE = re.compile(
    r"(\d{1,6})?[ \t]{0,3}((?:[/-][ \t]{0,3}(?:[A-ZĐ](?: [A-ZĐ]{1,3}){1,4}(?!\w)|[0-9A-Za-zĐđ.&]{1,20})[ \t]{0,2}){1,5})"
)
# The words of the header are matched whatever marks they carry: a scan read by OCR prints "ngày 26 thang 6",
# "CONG HOA XÃ HOI CHỦ NGHĨA VIET NAM".
_PLACE_DATE = re.compile(
    rf"(?:^|\n)([^\n,]{{0,60}}?)[,\s]{{0,3}}{any_marks('ngày')}\s{{0,3}}(\d(?:\s?\d)?)\s{{0,3}}{any_marks('tháng')}"
    rf"\s{{0,3}}(\d(?:\s?\d)?)?\s{{0,3}}{any_marks('năm')}\s{{0,3}}(\d{{4}})",  # (a month the page lost)
    re.IGNORECASE,
)
_VV = re.compile(r"^(?:V/v|V\.v|Về việc)[\s:.]{0,3}", re.IGNORECASE)
_VV_ANYWHERE = re.compile(r"(?<!\w)V/v[\s:.]{0,3}", re.IGNORECASE)
_QUOC_HIEU_TEXT = re.compile(
    f"{any_marks('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')}|{any_marks('ĐẢNG CỘNG SẢN VIỆT NAM')}"
    rf"|{any_marks('Độc lập')}\s{{0,3}}[-–—]\s{{0,3}}{any_marks('Tự do')}"
    rf"\s{{0,3}}[-–—]\s{{0,3}}{any_marks('Hạnh phúc')}",
    re.IGNORECASE,
)
_RULE = re.compile(r"[-_=.–—]{3,}")
# Columns run together may break the quốc hiệu over two lines, each beside a line of the issuer's name:
# "UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP NAM".
_QUOC_HIEU_BROKEN = re.compile(
    r"[ \t]*CỘNG\s{0,3}H(?:ÒA|OÀ)\s{0,3}XÃ\s{0,3}HỘI\s{0,3}CHỦ\s{0,3}NGHĨA(?:[ \t]{1,3}VIỆT)?[ \t]*\n"
    r"([^\n]*?)[ \t]+(?:VIỆT[ \t]{1,3})?NAM[ \t]*(?=\n|$)", re.IGNORECASE)
_HEADER_SEGMENTS = 80  # segments of the document searched for the "Số:" line
_STOP_SUBJECT = ("căn cứ", "kính gửi")
# What follows "Số:": a number and a ký hiệu ("03/CT-UBND", "19-KH/BCĐ"), or only the ký hiệu ("/QĐ-UBND").
_NUMBERED_CODE = re.compile(r"(?:\d{1,6}[ \t]{0,3})?[/-][ \t]{0,3}[0-9A-Za-zĐđ]")
_PAGE_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")  # the website's "Ngày ban hành": "24/11/2025"


@dataclass
class _Dated:
    issued_on: datetime.date | None
    place: str | None
    index: int  # segment of the date line


def _find_so(segs: LazySegments) -> int | None:
    """The segment of the "Số:" line. An issuer's name may hold a code in capitals ("ĐOÀN KIỂM TRA THEO QUYẾT
    ĐỊNH / SỐ 1050/QĐ-SCT"): a line printing "Số:" with its colon comes first."""
    found = None
    for i in range(_HEADER_SEGMENTS):
        if not segs.has(i):
            break
        seg = segs[i]
        # "số 178/2026/NĐ-CP của Chính phủ" in lower case is a trích yếu wrapped onto its line, not the "Số:" line
        if _SO.match(seg.text) and seg.text[0] == "S" and not seg.text.lower().startswith(("số hiệu", "số công báo")):
            rest = _SO.sub("", seg.text)
            if not rest and segs.has(i + 1):
                rest = segs[i + 1].text  # "Số:" / "84/2025/QĐ-UBND"
            if _NUMBERED_CODE.match(rest):
                if not seg.text.startswith("SỐ ") or ":" in seg.text[:5]:
                    return i
                found = i if found is None else found
    return found


def _has_quoc_hieu(segs: LazySegments) -> bool:
    """A quốc hiệu or tiêu ngữ among the first segments (looked for only as far as it takes)."""
    return any(_QUOC_HIEU_TEXT.search(segs[i].text) for i in range(_HEADER_SEGMENTS) if segs.has(i))


def _code(segs: LazySegments, i: int) -> tuple[str | None, int | None, int | None, str | None]:
    """(code, number, year, symbol) from the "Số:" segment (the code may sit on the next line)."""
    rest = _SO.sub("", segs[i].text)
    if (not rest or rest.endswith(("-", "/"))) and segs.has(i + 1):
        rest += segs[i + 1].text  # the code continues on the next line ("Số: 3783/QĐ-" / "UBND")
    match = _CODE.match(rest)
    if not match:
        return None, None, None, None
    number = match.group(1)
    tail = re.sub(r"\s+", "", match.group(2)).rstrip(".")
    if not number:
        return None, None, None, tail.lstrip("/") or None
    raw = number + tail
    parsed = parse_code(raw)
    if parsed is None:
        return raw, int(number), None, tail.lstrip("/-") or None
    return parsed.code, parsed.number, parsed.year, parsed.symbol


def _date(segs: LazySegments, so: int | None) -> _Dated:
    """The place-and-date line: first "…, ngày D tháng M năm Y" around the "Số:" line."""
    lo = max(0, (so if so is not None else 0) - 4)
    window = segs[lo: lo + 16]
    joined = "\n".join(s.text for s in window)
    match = _PLACE_DATE.search(joined)
    if not match:
        return _Dated(None, None, so if so is not None else -1)
    day, month, year = (int(re.sub(r"\s", "", g)) if g else 0 for g in match.groups()[1:])
    try:
        issued = datetime.date(year, month, day)
    except ValueError:
        issued = None  # (no such day, or no month printed)
    place = rejoin_split_words(_strip_code(match.group(1)).strip(" ,*")) or None
    line = joined.count("\n", 0, match.start(1)) if match.group(1) else -1
    if place and line > 0 and match.group(1) == joined.split("\n")[line][:len(match.group(1))]:
        above = line - 1 - (line > 1 and window[line - 1].blank)  # (a blank line between, in a spaced text)
        place = _wrapped_place(window[above].text, place)
    if place and (place.lower().startswith("số") or len(place.split()) > 6):
        place = None
    index = lo + joined.count("\n", 0, match.start(2))
    return _Dated(issued, place, index)


def _wrapped_place(previous: str, place: str) -> str:
    """A place name wrapped over two lines ("Thành" / "phố Hồ Chí Minh, ngày …") is joined again."""
    if (previous and len(previous.split()) <= 4 and not re.search(r"[\d:/]", previous) and not _RULE.search(previous)
            and not is_upper_text(previous) and not previous.endswith((".", ";", ","))):
        return f"{previous} {place}"
    return place


def _strip_code(line: str) -> str:
    """The line without a leading "Số: …" and code: columns run together put the place after them."""
    so = _SO.match(line.lstrip())
    if not so:
        return line
    rest = line.lstrip()[so.end():]
    code = _CODE.match(rest)
    return rest[code.end():] if code else rest


def _type_name(text: str) -> tuple[str | None, str]:
    """(canonical type, rest of the line) when `text` begins with a document type printed in capitals."""
    if not is_upper_text(text, 0.9):
        return None, text
    words = text.split()
    for k in range(min(5, len(words)), 0, -1):
        found = canonical_type(" ".join(words[:k]).capitalize())
        if found:
            return found, " ".join(words[k:])
    return None, text


def _type_and_subject(segs: LazySegments, after: int) -> tuple[str | None, str | None, int]:
    """Type printed in capitals after the date line, and the trích yếu lines under it."""
    j, seen = after + 1, 0
    doc_type = None
    subject_lines: list[str] = []
    while segs.has(j) and seen < 5:
        seg = segs[j]
        j += 1
        if seg.blank or _VV.match(seg.text) or seg.text.lower().startswith("kính gửi"):
            continue
        seen += 1
        doc_type, rest = _type_name(seg.text)
        if doc_type:
            if rest:
                subject_lines.append(rest)
            break
    if not doc_type:
        return None, None, after
    last = j - 1
    sentence_case_subject = False
    while segs.has(j):
        seg = segs[j]
        if seg.blank:
            if subject_lines:
                break
            j += 1
            continue
        low = seg.text.lower()
        if low.startswith(_STOP_SUBJECT) or _BODY_START.match(seg.text.strip()):
            break  # "I. MỤC ĐÍCH", "1. …": the body has begun
        if not is_upper_text(seg.text, 0.75):
            # Nghị định 30/2020/NĐ-CP, Phụ lục I prints the trích yếu in lower case, bold, straight under the
            # type name; a line there (or its wrapped continuation) is the subject, not yet the body.
            if _is_sentence_case_subject(seg.text, j == last + 1 and not subject_lines, sentence_case_subject):
                sentence_case_subject = True
                subject_lines.append(seg.text)
                last = j
                j += 1
                continue
            break
        if subject_lines and seg.bold and not segs[j - 1].bold:
            break  # the issuer's name restated in bold before the preamble
        subject_lines.append(seg.text)
        last = j
        j += 1
    subject = sentence_case(" ".join(subject_lines)) if subject_lines else None
    if subject and _VV.match(subject):
        subject = "Về việc " + _VV.sub("", subject)
    return doc_type, subject, last


_BODY_START = re.compile(r"(?:\d{1,3}|[IVX]{1,5}|[a-zđ])[.)]\s")


def _is_sentence_case_subject(text: str, right_under_type: bool, continuing: bool) -> bool:
    """A trích yếu in ordinary case: the line right under the type name, or the wrapped rest of it."""
    text = text.strip()
    if not text or len(text) > 400 or _BODY_START.match(text) or text.endswith(":"):
        return False
    if continuing:
        return text[0].islower()
    return right_under_type and text[0].isupper()


_VV_REACH = 16  # segments from the top searched for a "V/v" line when neither "Số:" nor the date was read


def _vv_subject(segs: LazySegments, so: int, reach: int = 6) -> tuple[str | None, int | None]:
    """The "V/v …" trích yếu of a Công văn, under the "Số:" line (possibly over several lines)."""
    for i in range(so, so + reach):
        if not segs.has(i):
            break
        text = segs[i].text
        found = _VV_ANYWHERE.search(text)
        if not found:
            continue
        lines = [text[found.end():]]
        j = i + 1
        while segs.has(j) and not segs[j].blank and not _PLACE_DATE.search("\n" + segs[j].text):
            if segs[j].text.lower().startswith("kính gửi") or segs[j].text.startswith(("Số", "Độc lập", "CỘNG H")):
                break  # (the quốc hiệu's cell after it, when a header printed on one line was cut apart)
            lines.append(segs[j].text)
            j += 1
        body = " ".join(lines).strip(" .;")
        return ("Về việc " + body if body else None), j - 1
    return None, None


# A word right after one of these names the body ("CỤC THUẾ", "ỦY BAN"): it never begins another one.
_ORGAN_WORDS = frozenset(fold(w) for w in ("ỦY", "UỶ", "TỔNG", "CHI", "BỘ", "CỤC", "SỞ", "BAN", "VỤ", "VĂN", "HỘI"))
# Words that begin a new body in the stacked issuer lines ("BỘ TÀI CHÍNH / CỤC THUẾ").
_BODY_STARTS = (
    ("ỦY", "BAN"), ("UỶ", "BAN"), ("UBND",), ("HỘI", "ĐỒNG"), ("TỔNG", "CỤC"), ("CHI", "CỤC"), ("BỘ",),
    ("CỤC",), ("SỞ",), ("VĂN", "PHÒNG"), ("BAN",), ("THỦ", "TƯỚNG"), ("THANH", "TRA"), ("NGÂN", "HÀNG"),
    ("BẢO", "HIỂM"), ("TÒA", "ÁN"), ("VIỆN",), ("THUẾ",), ("KIỂM", "TOÁN"),
    # a Party body under its parent ("ĐẢNG BỘ TỈNH LÀO CAI / ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH")
    ("ĐẢNG", "ỦY"), ("ĐẢNG", "UỶ"), ("CHI", "BỘ"),
    ("ĐOÀN", "KIỂM", "TRA"), ("ĐOÀN", "THANH", "TRA"), ("TỔ", "CÔNG", "TÁC"),  # a team a department sets up
)
# The same folded, by their first word, in the same order: only those can begin at a given word. Words are
# compared folded, as a scan read by OCR may print them without marks ("BO TÀI CHÍNH / TONG CỤC THUE").
_BODY_STARTS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _body in _BODY_STARTS:
    _BODY_STARTS_BY_FIRST.setdefault(fold(_body[0]), []).append(tuple(fold(w) for w in _body))
del _body


# "Lao động – Thương binh", "Lao động-thương binh": one hyphen, spaced, between the parts of a name.
_DASH_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])\s*[-–]\s*(?=[^\W\d_])")


def _issuer(segs: LazySegments, upto: int) -> str | None:
    """The issuing body: the lowest of the stacked names printed before the "Số:" line.

    The quốc hiệu and tiêu ngữ are removed first: plain-text dumps often print them on the same lines as the
    issuer's name (two columns run together), or break them over several lines.
    """
    joined = _QUOC_HIEU_TEXT.sub(" ", "\n".join(seg.text for seg in segs[:upto]))
    joined = _QUOC_HIEU_BROKEN.sub(r"\n\1", joined)
    parts = [line for line in joined.split("\n") if is_upper_text(line)]
    words = _DASH_BETWEEN_WORDS.sub(" - ", rejoin_split_words(_RULE.sub(" ", " ".join(parts)))).split()
    if not words:
        return None
    starts = [0]
    folded = [fold(w) for w in words]
    i = 1
    while i < len(words):
        for body in _BODY_STARTS_BY_FIRST.get(folded[i], ()):
            if tuple(folded[i:i + len(body)]) == body and folded[i - 1] not in _ORGAN_WORDS:
                if body == ("bo",) and folded[i - 1] == "dang":
                    continue
                starts.append(i)
                i += len(body) - 1
                break
        i += 1
    return readable_issuer(" ".join(words[starts[-1]:] + _place_of_parent(words, starts[-1])))


_BARE_COUNCILS = {"uy ban nhan dan": "Ủy ban nhân dân", "ubnd": "Ủy ban nhân dân",
                  "hoi dong nhan dan": "Hội đồng nhân dân", "hdnd": "Hội đồng nhân dân"}


def _with_province(issuer: str | None, place: str | None, issued_on: datetime.date | None) -> str | None:
    """A People's Council or Committee printed without its province (a web page that kept only the first
    line of the header's left column) named with the province of its place line: "Ủy ban nhân dân" dated
    "Thanh Hoá, ngày …" is "Ủy ban nhân dân tỉnh Thanh Hóa". A place that is no province (a district's
    town), or a city that became one after the document's date (or an undated one), leaves it as printed."""
    council = _BARE_COUNCILS.get(fold(issuer or ""))
    province = province_named(place) if council and place else None
    if province is None:
        return issuer
    cities = centrally_run_cities()
    since = cities.get(province)
    if since is not None and (issued_on is None or issued_on < since):
        return issuer  # "Huế" before 2025: Thừa Thiên Huế's capital, not the province
    return f"{council} {'thành phố' if province in cities else 'tỉnh'} {province}"


_LEVELS = frozenset(level.split()[-1].upper() for level in PLACE_LEVELS)  # "TỈNH", "PHỐ", "XÃ", …


def _place_of_parent(words: list[str], start: int) -> list[str]:
    """The place a body's name leaves to its parent's: "ĐẢNG BỘ TỈNH LÀO CAI / ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"
    ends at "TỈNH", whose name the line above prints ("LÀO CAI"); "UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG" is the
    province's own department, named with it ("tỉnh Lào Cai")."""
    if not start:
        return []
    if words[-1] in _LEVELS and words[-1] in words[:start]:
        at = max(i for i in range(start) if words[i] == words[-1])
        return words[at + 1:start]
    if words[start] in _LOCAL_BODIES and not any(w in _LEVELS for w in words[start:]):
        level = next((i for i in range(start) if words[i] in ("TỈNH", "PHỐ")), None)
        # only a province's own name follows its level (the quốc hiệu, misprinted, may run on after it)
        size = next((k for k in (4, 3, 2, 1) if level is not None and level + k < start + 1
                     and is_province_name(words[level + 1:level + 1 + k])), None)
        if size is not None:
            return words[level - (words[level] == "PHỐ"):level + 1 + size]
    return []


_LOCAL_BODIES = frozenset({"SỞ", "BAN"})  # a province's departments and boards print their province above


def parse_header(text: str) -> DocumentHeader | None:
    """The header of the document in `text` (website chrome skipped), or None when it has none.

    A header needs a "Số:" line or a quốc hiệu. The type is the name printed in capitals under the date, or
    for a Công văn (no name printed) inferred from the ký hiệu; the trích yếu is put in sentence case, and
    "V/v …" becomes "Về việc …". Offsets (`start`, `end`, `body_start`, `body_end`) index `text`.

    A saved web page whose document lost its header (the site shows only the body) is still read: the code,
    type, date, issuer and signer then come from the page's own metadata table (`read_page_metadata`). The
    table only fills what the document's own header lacks; the offsets always point at the document proper.
    """
    text = _landmarks_apart(_cells_apart(text))
    start, end = find_document_bounds(text)
    # Cut lazily: the header needs the first hundred segments or so, the closing is found on its own.
    segs = LazySegments(text, start, end)
    so = _find_so(segs)
    page = _page_fields(read_page_metadata(text, start))
    if so is None and not _has_quoc_hieu(segs):
        return _page_header(page, text, start, end) if page else _bare_header(segs, text, start, end)
    code, number, year, symbol = _code(segs, so) if so is not None else (None, None, None, None)
    dated = _date(segs, so)
    after = max(dated.index, so if so is not None else -1)
    doc_type, subject, last = _type_and_subject(segs, after)
    if doc_type is None:
        # without a readable "Số:" line (a scan's garbled number), the "V/v" is looked for under the date, or
        # in the first lines of the header
        anchor = so if so is not None else dated.index
        subject, vv_last = _vv_subject(segs, anchor) if anchor >= 0 else _vv_subject(segs, 0, _VV_REACH)
        last = max(after, vv_last or after)
        # Nghị định 30/2020/NĐ-CP, Phụ lục I: every type but the Công văn prints its name; a Công văn prints
        # "V/v …" instead. With neither, the ký hiệu tells ("CT-UBND" is a Chỉ thị).
        by_symbol = type_for_symbol(symbol) if symbol else None
        # A ký hiệu opening with a type ("435/QĐ-UBND") outweighs a "V/v" line: a page that ran the header
        # together prints "QUYẾT ĐỊNH V/V BAN HÀNH …" where the type's own line should be.
        doc_type = by_symbol if by_symbol not in (None, "Công văn") else "Công văn" if subject else by_symbol
    if symbol and symbol_names_type(symbol):
        # The ký hiệu names the type whatever name is printed (a văn bản hợp nhất prints the consolidated
        # document's name): chidao.text.codes.symbol_names_type.
        doc_type = symbol_names_type(symbol)
    issuer = _with_province(_issuer(segs, so if so is not None else len(segs[:10])), dated.place, dated.issued_on)
    body_start = segs[last].end if last >= 0 and segs.has(last) else start
    closing = find_closing_in(text, start, end, body_start)
    body_end = closing.start if closing.start is not None and closing.start > body_start else end
    header = DocumentHeader(
        type=doc_type, code=code, number=number, year=year, symbol=symbol, issued_on=dated.issued_on,
        place=dated.place, issuer=issuer, subject=subject, signer=closing.signer,
        recipients=closing.recipients, start=start, end=end, body_start=body_start, body_end=body_end,
    )
    return _fill_from_page(header, page, text) if page else header


# "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH ------- Số: 39/2017/QĐ-UBND | CỘNG HÒA … Hạnh phúc --------------- Hà Tĩnh,
# ngày …": a page that printed the header's table on one line, the rules under each cell's first lines kept.
# (the rule first, so that the regex engine skips to it; only a header's first lines are looked at)
_RULE_BETWEEN = re.compile(r"-{3,}(?=[ \t]+\S)")
_RULES_REACH = 3000


def _cells_apart(text: str) -> str:
    """`text` with a rule printed between two cells of one line read as the cells' boundary ("|"), one
    character for one, so that offsets hold."""
    head = text[:_RULES_REACH]
    if "---" not in head:
        return text
    cut = _RULE_BETWEEN.sub(lambda m: _as_boundary(head, m), head)
    return text if cut == head else cut + text[_RULES_REACH:]


# A header a PDF viewer copied as one line ("ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
# Số:2639 /UBND-VP Hải Dương, ngày … V/v …"): the blank before each of its parts read as a cell boundary.
_LANDMARK = re.compile(r"[ \t](?=CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s?-|Số\s?:|V/v\s|Kính gửi\s?:"
                       r"|[A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,3}, ngày \d)")
_BODY_LANDMARK = re.compile(r"[ \t](?=(?:Thực hiện|Căn cứ|Trên (?:cơ )?sở|Theo (?:đề nghị|chỉ đạo)|Tiếp theo|Xét) "
                            r"|Nơi nhận\s?:|(?:TM|KT|TL|TUQ)\.? [A-ZĐ]{2})")
_ONE_LINE_HEADER = 200  # a first line this long holding the quốc hiệu after other words is a whole header


def _landmarks_apart(text: str) -> str:
    """`text` with the parts of a header printed on one line cut apart, one character for one."""
    first = text.find("\n")
    line = text if first == -1 else text[:first]
    national = line.find("CỘNG H")
    if len(line) < _ONE_LINE_HEADER or national <= 0 or not line[:national].strip():
        return text
    line = _LANDMARK.sub("|", line)
    addressed = line.find("Kính gửi")
    if addressed != -1:  # the addressees' cell ends where the body opens; the closing has cells of its own
        line = line[:addressed] + _BODY_LANDMARK.sub("|", line[addressed:])
    return line + text[len(line):]


def _as_boundary(head: str, m: re.Match[str]) -> str:
    """The rule as a cell boundary when a cell's words stand before it on its line, else as printed."""
    before = m.start()
    if before >= 2 and head[before - 1] in " \t" and not head[before - 2].isspace():
        return "|" + " " * (len(m.group()) - 1)
    return m.group()


def _page_fields(raw: dict[str, str]) -> dict[str, Any]:
    """The page's metadata values parsed into header fields; values that do not parse are dropped."""
    fields: dict[str, Any] = {}
    parsed = parse_code(raw["code"]) if "code" in raw else None
    if parsed is not None:
        fields.update(code=parsed.code, number=parsed.number, year=parsed.year, symbol=parsed.symbol)
    doc_type = canonical_type(raw.get("type", "")) or (type_for_symbol(parsed.code) if parsed else None)
    if doc_type:
        fields["type"] = doc_type
    day = _PAGE_DATE.fullmatch(raw.get("issued_on", ""))
    if day:
        try:
            fields["issued_on"] = datetime.date(int(day.group(3)), int(day.group(2)), int(day.group(1)))
        except ValueError:
            pass
    if raw.get("issuer"):
        fields["issuer"] = raw["issuer"]
    if raw.get("signer"):
        fields["signer"] = raw["signer"]
    # A table naming only the issuer or signer identifies no document.
    return fields if fields.keys() & {"code", "type", "issued_on"} else {}


def _page_header(page: dict[str, Any], text: str, start: int, end: int) -> DocumentHeader:
    """A header read from the page's metadata table alone: the document proper starts with its body."""
    closing = find_closing_in(text, start, end, start)
    body_end = closing.start if closing.start is not None and closing.start > start else end
    header = DocumentHeader(
        type=None, code=None, number=None, year=None, symbol=None, issued_on=None, place=None, issuer=None,
        subject=None, signer=closing.signer, recipients=closing.recipients, start=start, end=end,
        body_start=start, body_end=body_end,
    )
    return _fill_from_page(header, page, text)


# A signer's title that names the body signing: the Prime Minister, or the head of the Government Office.
_ISSUER_OF_TITLE = {"Thủ tướng": "Thủ tướng Chính phủ", "Phó Thủ tướng": "Thủ tướng Chính phủ",
                    "Chủ nhiệm": "Văn phòng Chính phủ", "Phó Chủ nhiệm": "Văn phòng Chính phủ"}
_ADDRESS_SEGMENTS = 8  # segments from the start searched for a letter's "Kính gửi:"


def _bare_header(segs: LazySegments, text: str, start: int, end: int) -> DocumentHeader | None:
    """A document saved without its header block and without a page table: its type name in capitals
    ("CÔNG ĐIỆN") or a letter's "Kính gửi:" at the top, and a signature at the end. No code, date or place
    can be read; the issuer only when the signer's title names it."""
    doc_type, subject, last = _type_and_subject(segs, -1)
    if doc_type is None:
        opening = [segs[i].text.lower() for i in range(_ADDRESS_SEGMENTS) if segs.has(i)]
        if not any(line.startswith("kính gửi") for line in opening):
            return None
        doc_type, last = "Công văn", -1
    body_start = segs[last].end if last >= 0 and segs.has(last) else start
    closing = find_closing_in(text, start, end, body_start)
    if closing.signer is None or closing.signer.name is None:
        return None  # a bare title and no signature: nothing says this is a document
    body_end = closing.start if closing.start is not None and closing.start > body_start else end
    return DocumentHeader(
        type=doc_type, code=None, number=None, year=None, symbol=None, issued_on=None, place=None,
        issuer=_ISSUER_OF_TITLE.get(closing.signer.title or ""), subject=subject, signer=closing.signer,
        recipients=closing.recipients, start=start, end=end, body_start=body_start, body_end=body_end,
    )


_PAGE_TITLE_TAIL = re.compile(r"(?:\s(?:năm\s\d{4}|ngày\s\d{1,2}/\d{1,2}/\d{4}))?\s(?P<subject>[^\n*]{8,400}?)"
                              r"(?:\sdo\s[^\n]{2,250}?\sban\shành\b[^\n]*)?\s*$", re.MULTILINE)


def _page_title_subject(text: str, header: DocumentHeader) -> str | None:
    """The trích yếu from the page's own title line ("Công văn 37569/CHQ-GSQL năm 2025 hướng dẫn thủ tục hải
    quan do Cục Hải quan ban hành"), for a document saved without its header."""
    if not header.code or not header.type:
        return None
    lead = f"{header.type} {header.code}"
    at = text.find(lead, header.body_start)
    while at != -1:
        if at == 0 or text[at - 1] == "\n":
            m = _PAGE_TITLE_TAIL.match(text, at + len(lead))
            if m is not None:
                subject = " ".join(m.group("subject").split())
                return subject[0].upper() + subject[1:]
        at = text.find(lead, at + 1)
    return None


def _fill_from_page(header: DocumentHeader, page: dict[str, Any], text: str = "") -> DocumentHeader:
    """Fields the document's own header lacks, taken from the page's table; what the document prints wins."""
    if header.code is None and "code" in page:
        header.code, header.number, header.year = page["code"], page["number"], page["year"]
        header.symbol = header.symbol or page["symbol"]
    for field in ("type", "issued_on", "issuer"):
        if getattr(header, field) is None and field in page:
            setattr(header, field, page[field])
    if header.subject is None and text:
        header.subject = _page_title_subject(text, header)
    if "signer" in page:
        if header.signer is None:
            header.signer = Signer(name=page["signer"], title=None, authority=None)
        elif header.signer.name is None:
            header.signer.name = page["signer"]
    return header
