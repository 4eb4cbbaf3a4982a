"""The end of a document: "Nơi nhận" and the signature block.

Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.8–9: the signature block prints the authority to sign ("TM."
for a collective body, "KT." for a deputy signing for the head, "TL." and "TUQ." for delegated signing), the
signer's title in capitals, then the full name; "Nơi nhận:" lists the recipients one per line after "- ",
ending with the archive copy ("Lưu: VT, …"), which is not a recipient.

Speed: `find_closing_in` finds the "Nơi nhận" line (or, without one, the authority lines) with patterns on the
raw text, then cuts segments only from a stopping line before it, lazily, so a long document is not cut whole.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from chidao.text.casing import readable_title, rejoin_split_words
from chidao.text.chrome import (
    LazySegments, Segment, has_segment, is_upper_text, piece_end, piece_start, segment_around, segments,
)
from chidao.text.types import Signer

_AUTHORITY = re.compile(r"\b(TM|T/M|KT|K/T|TL|T/L|TUQ|Q|THỪA LỆNH|THỪA ỦY QUYỀN)\s?\.?(?=\s|$)", re.IGNORECASE)
# "Noi nhận": a scan read by OCR loses the horn of the "ơ"
_NOI_NHAN = re.compile(r"^N[ơo]i nhận\s?:?", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r"(?:^|(?<=[;.:)]))\s{0,3}[-–]\s+")
# Titles a signer prints, longest first so that "PHÓ CHỦ TỊCH" wins over "CHỦ TỊCH".
_TITLES = sorted((
    "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CHÁNH VĂN PHÒNG",
    "PHÓ CHÁNH VĂN PHÒNG", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TỔNG GIÁM ĐỐC",
    "PHÓ TỔNG GIÁM ĐỐC", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", "CHÁNH THANH TRA",
    "PHÓ CHÁNH THANH TRA", "THỐNG ĐỐC", "PHÓ THỐNG ĐỐC", "TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG",
    "CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "BÍ THƯ", "PHÓ BÍ THƯ",
    "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "TỔNG KIỂM TOÁN", "TRƯỞNG ĐOÀN", "HIỆU TRƯỞNG", "VIỆN TRƯỞNG",
    "CHÁNH ÁN", "TỔNG THƯ KÝ", "KIỂM TOÁN TRƯỞNG", "TRƯỞNG BAN CHỈ ĐẠO",
), key=len, reverse=True)
_MAX_BLOCK = 8  # segments a signature block spans at most


@dataclass
class Closing:
    signer: Signer | None
    recipients: list[str]
    start: int | None  # where the signature block or "Nơi nhận" begins: the end of the body


def _name_split(text: str) -> tuple[str, str]:
    """Split a cell into (capitals part, trailing personal name) — "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Văn A"; a
    name a saved page split at a marked letter ("Đặ ng Văn Minh") is put together first."""
    words = text.split()
    i = len(words)
    while i > 0 and _is_name_word(words[i - 1]):
        i -= 1
    if i and len(words) - i < 3 and words[i - 1].islower() and len(words[i - 1]) <= 2:
        rejoined = rejoin_split_words(text)
        if rejoined != text:
            return _name_split(rejoined)
    if len(words) - i < 2:
        return text, ""
    return " ".join(words[:i]), " ".join(words[i:])


def _is_name_word(word: str) -> bool:
    # a person's name is letters only: "Lạng Sơn)" closing an attached regulation's title is none
    letters = [c for c in word if c.isalpha()]
    return word.isalpha() and word[0].isupper() and (len(letters) == 1 or any(c.islower() for c in letters[1:]))


def _starts_signature(text: str) -> bool:
    """The first line of a signature block: an authority ("KT."), a title in capitals, or a name."""
    return bool(_AUTHORITY.match(text)) or any(text.startswith(t) for t in _TITLES) or _is_name(text)


def _is_name(text: str) -> bool:
    if text.endswith((",", ";", ".", ":", ")")):
        return False
    words = text.split()
    return 2 <= len(words) <= 6 and all(_is_name_word(w) for w in words)


def _signer_from(capitals: list[str], name: str) -> Signer:
    block = " ".join(capitals)
    authorities = [m.group(1).upper().replace("/", "") for m in _AUTHORITY.finditer(block)]
    authority = f"{authorities[-1]}." if authorities and len(authorities[-1]) <= 3 else None
    title = None
    plain = _AUTHORITY.sub(" ", block).strip()
    for candidate in _TITLES:
        if plain.endswith(candidate):
            title = readable_title(candidate)
            break
    if title is None and capitals:
        last = _AUTHORITY.sub(" ", capitals[-1]).strip(" .")
        title = readable_title(last) if last else None
    return Signer(name=name or None, title=title, authority=authority)


def _name_lines(segs: Sequence[Segment], j: int) -> str | None:
    """The signer's name from segment j, wrapped over up to three lines ("Bùi" / "Xuân Cường", "Lê Tấn" /
    "Cận"): once the words make a name of two, only a line of one more word still belongs to it."""
    words: list[str] = []
    for seg in segs[j:j + 3]:
        line = seg.text.split()
        if seg.blank or not all(_is_name_word(w) for w in line) \
                or _is_name(" ".join(words)) and (len(line) > 1 or len(words) > 2):
            break
        words.extend(line)
    name = " ".join(words)
    return name if _is_name(name) else None


_SEAL_MARK = re.compile(r"[^\w\s]{1,3}")
_RANK_WORDS = 3  # "Thượng tướng", "Đại tá": a rank printed before the name
_TITLE_WORDS = 12  # "TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ PHÁP CHẾ": a signature's capitals line is short


def _block_at(segs: Sequence[Segment], i: int) -> tuple[Signer, int] | None:
    """A signature block starting at segment i: capitals lines, then the name (maybe in the same cell)."""
    capitals: list[str] = []
    for j in range(i, i + _MAX_BLOCK):
        if not has_segment(segs, j):
            break
        text = segs[j].text
        if segs[j].blank or _SEAL_MARK.fullmatch(text):
            continue  # the space left for the signature and the seal (a scan may leave a stray "[" there)
        head, name = _name_split(text)
        if name and head and not is_upper_text(head) and len(head.split()) > _RANK_WORDS:
            # "(Ban hành kèm theo Quyết định … của Chủ tịch UBND thành phố Đà Nẵng)": prose, no name (a page
            # that dropped the signature runs on into what is attached)
            return _unsigned(capitals, segs, i)
        if name and not name.endswith((",", ";", ":")) and (capitals or is_upper_text(head)):
            # A rank printed before the name ("Thượng tướng Lê Huy Vịnh") is not a title.
            titles = capitals + ([head] if head and is_upper_text(head) else [])
            if not head:  # the line is the name, which may run on to the next line
                name = _name_lines(segs, j) or name
            return _signer_from(titles, name), segs[i].start
        if capitals and all(_is_name_word(w) for w in text.split()):
            wrapped = _name_lines(segs, j)
            if wrapped:
                return _signer_from(capitals, wrapped), segs[i].start
        if is_upper_text(text) and len(text.split()) <= _TITLE_WORDS:
            capitals.append(text)
            continue
        # a heading in capitals (an attached plan's title) or prose is no line of a signature
        return _unsigned(capitals, segs, i) if len(text.split()) > _TITLE_WORDS else None
    return None


def _unsigned(capitals: list[str], segs: Sequence[Segment], i: int) -> tuple[Signer, int] | None:
    """A block of titles whose name the page left out: where the body ends, and who signs, unnamed."""
    if not capitals or not _AUTHORITY.match(capitals[0]):
        return None
    return _signer_from(capitals, ""), segs[i].start


def _is_noi_nhan(segs: Sequence[Segment], k: int) -> bool:
    """"Nơi nhận:" on one line, or broken after "Nơi" by the page dump."""
    if _NOI_NHAN.match(segs[k].text):
        return True
    return segs[k].text.lower() == "nơi" and has_segment(segs, k + 1) and segs[k + 1].text.lower().startswith("nhận")


def _recipients(segs: Sequence[Segment], i: int) -> tuple[list[str], int]:
    """Items of the "Nơi nhận:" list at segment i, and the index after the list."""
    items: list[str] = []
    if segs[i].text.lower() == "nơi":
        i += 1
        first = re.sub(r"^nhận\s?:?", "", segs[i].text, flags=re.IGNORECASE).strip()
    else:
        first = _NOI_NHAN.sub("", segs[i].text).strip()
    parts = [first] if first else []
    j = i + 1
    while has_segment(segs, j) and j - i < 300:
        if segs[j].blank:
            k = _next_filled(segs, j)
            if k is None or segs[k].text[:1] not in "-+–":
                break
            j = k  # a list printed with a blank line between its items (a scan, a word processor's export)
        text = segs[j].text
        if text[:1] in "-+–":
            parts.append(text)
        elif _starts_signature(text):
            break
        elif parts:
            parts[-1] += " " + text  # an item wrapped onto the next line
        else:
            parts.append(text)
        j += 1
    for part in parts:
        if part.startswith("+"):
            continue  # a sub-unit of the item above
        for item in _ITEM_SPLIT.split(part) if part.startswith(("-", "–")) or " - " in part else [part]:
            item = item.strip(" ;.,–-").replace("; (", " (")  # "Bộ Y tế; (báo cáo)"
            if item and not item.lower().startswith("lưu"):
                items.append(item)
    return items, j


def _next_filled(segs: Sequence[Segment], j: int) -> int | None:
    """The first segment from j on that is not blank (at most three blank ones skipped), or None."""
    for k in range(j, j + 4):
        if not has_segment(segs, k):
            return None
        if not segs[k].blank:
            return k
    return None


def find_closing(segs: Sequence[Segment], body_start: int) -> Closing:
    """The signer and the recipients of a document whose segments are `segs` (body from `body_start`)."""
    noi_nhan = next((k for k, s in enumerate(segs) if s.start >= body_start and _is_noi_nhan(segs, k)), None)
    recipients: list[str] = []
    candidates: list[int] = []
    if noi_nhan is not None:
        recipients, after = _recipients(segs, noi_nhan)
        candidates = [after] + [k for k in range(noi_nhan - 1, max(noi_nhan - _MAX_BLOCK, 0), -1)]
    else:
        candidates = [k for k, s in enumerate(segs) if s.start >= body_start and _AUTHORITY.match(s.text)]
    for k in candidates:
        found = _block_at(segs, k) if k >= 0 and has_segment(segs, k) else None
        if found is None:
            continue
        signer, start = found
        if noi_nhan is not None and k < noi_nhan:
            # Walk back over the capitals of the block that precede the candidate line.
            while k > 0 and not segs[k - 1].blank and is_upper_text(segs[k - 1].text):
                k -= 1
            found = _block_at(segs, k)
            if found:
                signer, start = found
        closing_start = min(start, segs[noi_nhan].start) if noi_nhan is not None else start
        return Closing(signer, recipients, closing_start)
    if noi_nhan is None and segs:
        return _title_block(segs, _title_reach(segs[-1].end, body_start))
    return Closing(None, recipients, segs[noi_nhan].start if noi_nhan is not None else None)


# --- the same, without cutting the whole document ----------------------------------------------------
# `find_closing_in` gives what `find_closing(segments(text, start, end), body_start)` gives, but cuts only
# the lines around the "Nơi nhận" or the signature: patterns on the raw text find the few lines that can
# start them (every letter may carry Markdown marks, which `segments` removes), and each is checked on its
# real segment. The lines cut around it reach far enough that no step of `find_closing` sees the edge.
_MARK = "[*#_>`]*"
# Each hint begins with a class outside re.IGNORECASE, which lets the regex engine skip ahead at C speed: the
# "ơ" of "nơi" (rarer than its "n"; only "Ơ" and "ơ" match it ignoring case), and the line break or "|" before a
# line that opens with an authority. "Nơi" is looked for in the whole body, so it has one pattern for each of
# its two printings of "ơ": one opening with a literal character is searched several times faster than one
# opening with a class (a fast search for that character, against a test of every character of the text).
_NOI_HINTS = tuple(re.compile(f"(?-i:{o}){_MARK}i", re.IGNORECASE) for o in "Ơơ") + (
    re.compile(f"(?-i:N){_MARK}o{_MARK}i(?=[ \t]{{1,3}}nh)", re.IGNORECASE),)  # "Noi nhận" read by OCR
_AUTHORITY_HINT = re.compile(
    rf"[\n|](?:[^\S\n]|[*#_>`])*+(?:t{_MARK}(?:[ml/]|u{_MARK}q|h{_MARK}ừ)|k{_MARK}[t/]"
    rf"|q{_MARK}(?:[\s.|]|\Z))",
    re.IGNORECASE,
)
_BEFORE_NOI_NHAN = _MAX_BLOCK  # segments `find_closing` may read before "Nơi nhận" (and index 0 it never reads)


def _next_segment(text: str, after: int, start: int, end: int) -> Segment | None:
    """The segment after the piece that ends at `after` (markup-only pieces skipped), None at the end."""
    while after < end:
        seg, _, after = segment_around(text, after + 1, start, end)
        if seg is not None:
            return seg
    return None


def _noi_nhan_at(text: str, start: int, end: int, body_start: int) -> int | None:
    """Start of the piece holding the first "Nơi nhận" segment at or after `body_start` (`_is_noi_nhan`)."""
    checked = -1
    # two hints never overlap: merged in order, those of each printing are those of one pattern for both
    hints = heapq.merge(*(p.finditer(text, max(start, body_start), end) for p in _NOI_HINTS), key=re.Match.start)
    for hint in hints:
        if hint.start() <= checked:
            continue  # a piece already checked
        seg, first, checked = segment_around(text, hint.start(), start, end)
        if seg is None or seg.start < body_start:
            continue
        if _NOI_NHAN.match(seg.text):
            return first
        if seg.text.lower() == "nơi":
            following = _next_segment(text, checked, start, end)
            if following is not None and following.text.lower().startswith("nhận"):
                return first
    return None


def _around(text: str, start: int, end: int, at: int) -> Sequence[Segment]:
    """Segments from a little before the piece starting at `at` to the end of the document, cut lazily.

    They begin at a blank or lower-case segment at least `_BEFORE_NOI_NHAN` before that piece, where
    `find_closing`'s walk back over the signature's capitals stops anyway (or at the document's start).
    """
    back = 800
    while True:
        lo = start if at - back <= start else piece_start(text, at - back, start)
        segs = LazySegments(text, lo, end, chunk=300)
        if lo == start:
            return segs
        k = next(i for i, seg in enumerate(segs) if seg.start >= at)
        stop = next((i for i in range(k - _BEFORE_NOI_NHAN, -1, -1)
                     if segs[i].blank or not is_upper_text(segs[i].text)), None)
        if stop is not None:
            return segs.tail(stop)
        back *= 2


def _authority_block(text: str, start: int, end: int, body_start: int) -> Closing:
    """No "Nơi nhận": the first line from `body_start` opening with an authority that begins a block."""
    first_end = piece_end(text, start, end)
    scan_from = max(first_end + 1, piece_start(text, min(body_start, end), start))  # a piece's first character
    hints = (m.start() + 1 for m in _AUTHORITY_HINT.finditer(text, scan_from - 1, end))
    for pos in itertools.chain((start,), hints):
        seg, first, _ = segment_around(text, pos, start, end)
        if seg is None or seg.start < body_start or not _AUTHORITY.match(seg.text):
            continue
        found = _block_at(LazySegments(text, first, end, chunk=300), 0)
        if found is not None:
            return Closing(found[0], [], found[1])
    lo = max(start, _title_reach(end, body_start))
    return _title_block(segments(text, piece_start(text, lo, start), end), lo)


# A signer who signs in their own right prints no authority: "THỦ TƯỚNG" alone on its line, then the name.
_TITLE_SET = frozenset(_TITLES)
_TITLE_REACH = 800  # characters before the end of the text searched for that line


def _title_block(segs: Sequence[Segment], lo: int) -> Closing:
    """No "Nơi nhận" and no authority: the last title line starting from `lo` that begins a block."""
    for k in range(len(segs) - 1, -1, -1):
        if segs[k].start < lo:
            break
        if segs[k].text in _TITLE_SET and (found := _block_at(segs, k)) is not None:
            return Closing(found[0], [], found[1])
    return Closing(None, [], None)


def _title_reach(end: int, body_start: int) -> int:
    return max(body_start, end - _TITLE_REACH)


def find_closing_in(text: str, start: int, end: int, body_start: int) -> Closing:
    """`find_closing(segments(text, start, end), body_start)`, cutting only the lines around the closing.

    A closing printed in two columns side by side (a PDF's text laid out as on the page: "Nơi nhận:" and
    its list on the left, the signature block on the right of the same lines) is read column by column.
    """
    if not 0 <= start <= end <= len(text):
        return find_closing(segments(text, start, end), body_start)
    at = _noi_nhan_at(text, start, end, body_start)
    if at is None:
        return _authority_block(text, start, end, body_start)
    if _signature_beside(text, at, piece_end(text, at, end)):
        # "Nơi nhận:            KT. GIÁM ĐỐC": the block stands beside the list from its first line
        side = _side_by_side(text, at, end)
        if side is not None:
            return side
    closing = find_closing(_around(text, start, end, at), body_start)
    if closing.signer is None or closing.signer.name is None:
        return _side_by_side(text, at, end) or closing
    return closing


# Columns laid out side by side are parted by a run of spaces, the right one far from the margin.
_COLUMN_GAP = re.compile(r"[ \t]{4,}(?=\S)")
_RIGHT_COLUMN_FROM = 30  # characters from the line's start
_SIDE_BY_SIDE_LINES = 40


def _right_column(text: str, line: int, stop: int) -> re.Match[str] | None:
    """The gap before the right-hand column of the line `text[line:stop]`, or None."""
    return next((m for m in _COLUMN_GAP.finditer(text, line, stop) if m.end() - line >= _RIGHT_COLUMN_FROM), None)


def _signature_beside(text: str, line: int, stop: int) -> bool:
    """Whether the line `text[line:stop]` prints a signature block's first line in its right-hand column."""
    gap = _right_column(text, line, stop)
    beside = text[gap.end():stop].strip() if gap else ""
    return bool(beside) and (_AUTHORITY.match(beside) is not None or is_upper_text(beside))


def _columns(text: str, at: int, end: int) -> tuple[list[Segment], list[Segment]]:
    """The segments of the left and the right column of the lines from `at` (a blank line is a blank
    segment in both; a line with one column only adds nothing to the other)."""
    left: list[Segment] = []
    right: list[Segment] = []
    line = at
    for _ in range(_SIDE_BY_SIDE_LINES):
        if line >= end:
            break
        stop = piece_end(text, line, end)
        gap = _right_column(text, line, stop)
        if not text[line:stop].strip():
            left.append(Segment(line, stop, ""))
            right.append(Segment(line, stop, ""))
        elif gap is None:
            left.extend(segments(text, line, stop))
        else:
            if text[line:gap.start()].strip():
                left.extend(segments(text, line, gap.start()))
            right.extend(segments(text, gap.end(), stop))
        line = stop + 1
    return left, right


def _side_by_side(text: str, at: int, end: int) -> Closing | None:
    """The closing read as two columns from the "Nơi nhận" line at `at`, or None when no signature block
    stands in a right-hand column there."""
    left, right = _columns(text, at, end)
    right = [seg for k, seg in enumerate(right) if not (seg.blank and k and right[k - 1].blank)]
    for k, seg in enumerate(right):
        if not seg.blank and _starts_signature(seg.text) and (found := _block_at(right, k)) is not None:
            recipients = _recipients(left, 0)[0] if left and _is_noi_nhan(left, 0) else []
            return Closing(found[0], recipients, at)
    return None
