"""Where a document starts and ends inside a saved web page, and the text cut into layout segments.

Legal websites wrap a document in page chrome: a metadata table before it ("Số hiệu", "Loại văn bản",
"Ngày ban hành"…), sometimes a news summary, and after the signature "Văn bản liên quan", notices and account
prompts. The document proper starts at its header: the issuing body's name beside the quốc hiệu (Nghị định
30/2020/NĐ-CP, Phụ lục I, mục II.1–2), or, when no quốc hiệu is printed, at the "Số:" line.

Plain-text dumps of the two-column header and signature tables arrive either as Markdown table rows
("| THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA … |") or as one cell a line separated by "|" lines. `segments` cuts the
text at line breaks and "|" alike, so both layouts read the same: one segment per cell line.

Speed (a whole corpus must parse at several MB/s): `LazySegments` cuts a document a thousand characters at a
time, as far as a reader asks, because the header lives in the first hundred segments of documents that have
thousands; `segment_around` cuts the one line a pattern found, so the metadata table and the closing are read
without cutting what lies between; a line without markup or doubled spaces skips `clean`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from chidao.text.casing import PLACE_LEVELS
from chidao.text.normalize import any_marks

# The first letter is a class outside re.IGNORECASE (only "C"/"c" and "Đ"/"đ" match them ignoring case), so the
# regex engine skips to the next candidate letter at C speed.
# Its letters may carry no marks or wrong ones: a scan read by OCR ("CONG HOA XÃ HOI CHỦ NGHĨA VIET NAM").
_QUOC_HIEU = re.compile(
    "(?-i:[CcĐđ])(?:(?<=[Cc])" + any_marks("ỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", r"[\s*]{1,8}")
    + "|(?<=[Đđ])" + any_marks("ẢNG CỘNG SẢN VIỆT NAM", r"[\s*]{1,8}") + ")",  # a Party document's heading
    re.IGNORECASE,
)
# A "Số:" line: at the start of the text, or after a line break or "|". One pattern for each of those, so that
# each opens with a literal (or is anchored): the regex engine finds a literal at C speed, where a pattern
# opening with "(?:^|[\n|])" is tried at every position of the text (`_so_line`).
_SO_LINE_REST = r"[ \t*]{0,6}Số[ \t]{0,3}:[ \t*]{0,6}(?:\n[ \t*]{0,6})?[\d/]"
_SO_LINE_AT_START = re.compile(_SO_LINE_REST, re.IGNORECASE)
_SO_LINE_AFTER = tuple(re.compile(re.escape(c) + _SO_LINE_REST, re.IGNORECASE) for c in "\n|")
_LEADING_CHROME = re.compile(
    r"\*{0,2}(?:Tình trạng|Số công báo|Ngày công báo|Ngày hiệu lực|Ngày ban hành|Người ký|Nơi ban hành"
    r"|Loại văn bản|Số hiệu):\*{0,2}",
)
_TRAILING_CHROME = re.compile(
    r"^[ \t#*]{0,6}(?:Văn bản liên quan[ \t*]{0,3}$|Văn bản này chưa cập nhật nội dung Tiếng Anh"
    r"|Tổng số điểm của bài viết|Click để đánh giá bài viết)",
    re.MULTILINE,
)
# The words alone of the two patterns above, found with `str.find` (`_literal_starts`); each hit is then matched in
# full where the pattern would start (`_leading_chrome`, `_trailing_chrome`).
_LABEL_HINT = ("Tình trạng:", "Số công báo:", "Ngày công báo:", "Ngày hiệu lực:", "Ngày ban hành:", "Người ký:",
               "Nơi ban hành:", "Loại văn bản:", "Số hiệu:")
_TRAILING_HINT = ("Văn bản liên quan", "Văn bản này chưa cập nhật nội dung Tiếng Anh", "Tổng số điểm của bài viết",
                  "Click để đánh giá bài viết")


def _literal_starts(text: str, literals: tuple[str, ...], pos: int, endpos: int) -> Iterator[int]:
    """Where the literals occur in text[pos:endpos], in order: what `finditer` of their alternation yields
    (none of them can begin inside another's occurrence), found with `str.find`, which is many times faster
    than the regex engine trying every capital letter."""
    heads = {lit: text.find(lit, pos, endpos) for lit in literals}
    heads = {lit: at for lit, at in heads.items() if at >= 0}
    while heads:
        lit = min(heads, key=heads.__getitem__)
        at = heads[lit]
        yield at
        following = text.find(lit, at + len(lit), endpos)
        if following >= 0:
            heads[lit] = following
        else:
            del heads[lit]


def _leading_chrome(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """What `_LEADING_CHROME.finditer(text, pos, endpos)` yields: each label, from the "**" (at most two)
    before it."""
    for hint in _literal_starts(text, _LABEL_HINT, pos, endpos):
        start = hint
        while start > pos and hint - start < 2 and text[start - 1] == "*":
            start -= 1
        match = _LEADING_CHROME.match(text, start, endpos)
        if match is not None:
            pos = match.end()
            yield match


def _first_leading_chrome(text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """What `_LEADING_CHROME.search(text, pos, endpos)` finds."""
    return next(_leading_chrome(text, pos, endpos), None)


def _trailing_chrome(text: str, pos: int, endpos: int | None = None) -> re.Match[str] | None:
    """What `_TRAILING_CHROME.search(text, pos, endpos)` finds: a notice's words at the start of a line (after
    at most six spaces or marks), the match starting at that line's start."""
    endpos = len(text) if endpos is None else endpos
    for hint in _literal_starts(text, _TRAILING_HINT, pos, endpos):
        line = text.rfind("\n", 0, hint) + 1
        if line < pos or hint - line > 6:
            continue
        match = _TRAILING_CHROME.match(text, line, endpos)
        if match is not None:
            return match
    return None
# The labels of the website's metadata table that name a header field, and the field each one gives.
_PAGE_FIELDS = {"số hiệu": "code", "loại văn bản": "type", "nơi ban hành": "issuer", "người ký": "signer",
                "ngày ban hành": "issued_on"}
# A label cell: a few words and a colon, the value either after it in the same cell or in the next one.
_PAGE_LABEL = re.compile(r"([^\W\d][^\W\d ]{0,12}(?: [^\W\d]{1,12}){0,3})[ \t]{0,3}:[ \t]{0,3}([^\n]{0,200})")
# What the website prints where it has no value.
_NO_VALUE = frozenset({"", "đang cập nhật", "đã biết", "không xác định", "không có", "...", "…"})
_TABLE_SPAN = 1200  # characters from the table's first label to its last
# A Công văn's greeting: where a document whose header the website dropped begins (Nghị định 30/2020/NĐ-CP,
# Phụ lục I, mục II.7.b: "Kính gửi:" opens a Công văn's body).
_GREETING = re.compile(r"(?:^|[\n|])[ \t*#]{0,6}Kính[ \t*]{0,4}\n?[ \t*]{0,4}gửi[ \t*]{0,4}:", re.IGNORECASE)
# The site's title line: "Công điện 226/CĐ-TTg năm 2025 tăng cường …": a name (capitalised, no digit) then the code;
# a footnote ending the document ("223/CĐ-TTg ngày 20/11/2025, số 225/CĐ-TTg …") opens with a code instead.
_SUMMARY_CODE = re.compile(r"^[^\W\d_][^\d\n]{1,60}\s\d{1,6}/[0-9A-ZĐ]")
_MARKUP = re.compile(r"[*#_>`]+")
_SPACES = re.compile(r"\s+")
_HEADER_WINDOW = 30000  # characters after the chrome in which the header must begin


@dataclass(slots=True)  # slots: a long document is cut into thousands of them
class Segment:
    """One line or table cell: its span in the text and its text without Markdown markup."""

    start: int
    end: int
    text: str
    bold: bool = False

    @property
    def blank(self) -> bool:
        return not self.text


def clean(raw: str) -> str:
    """The text of a segment without Markdown emphasis or headings, spaces collapsed."""
    # Emphasis marks are removed without a space: the dumps put them inside words ("C**ỤC THUẾ**", "n**ă**m").
    return _SPACES.sub(" ", _MARKUP.sub("", raw)).strip()


_BOUNDARY = re.compile(r"[\n|]")
_COLON = re.compile(":")
_CHUNK = 1000  # characters cut at a time by `LazySegments`: a header line is rarely longer
_PLAIN = re.compile(r"[^*#_>`\s]+(?: [^*#_>`\s]+)*")  # a piece that `clean` leaves as it is (once stripped)


def segments(text: str, start: int = 0, end: int | None = None) -> list[Segment]:
    """Cut text[start:end] at line breaks and "|"; drop segments made of markup only ("**").

    Truly blank segments are kept: they are the cell and paragraph boundaries the header parser relies on.
    """
    end = len(text) if end is None else end
    out: list[Segment] = []
    pos = start
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.start()
        _add(text, pos, stop, out)
        pos = stop + 1
    _add(text, pos, end, out)
    return out


def _add(text: str, start: int, end: int, out: list[Segment]) -> None:
    raw = text[start:end]
    stripped = raw.strip()
    if not stripped:
        out.append(Segment(start, end, "", False))  # a blank line or cell: a boundary the header relies on
        return
    if len(stripped) == len(raw) and _PLAIN.fullmatch(raw):
        out.append(Segment(start, end, raw, False))  # most lines: no markup, no spaces to collapse or strip
        return
    # Lines with no markup and single spaces inside: `clean` would return them stripped.
    cleaned = stripped if _PLAIN.fullmatch(stripped) else clean(raw)
    if not cleaned and stripped:
        return  # markup only
    if not cleaned:
        out.append(Segment(start, end, cleaned, False))
        return
    lead = len(raw) - len(raw.lstrip())
    trail = len(raw.rstrip())
    out.append(Segment(start + lead, start + trail, cleaned, stripped.startswith("**")))


def segment_around(text: str, pos: int, start: int, end: int) -> tuple[Segment | None, int, int]:
    """The segment of `segments(text, start, end)` whose piece holds `pos`, and that piece's bounds.

    None for a piece of markup only (which `segments` drops). Lets a caller look at one line found by a
    pattern without cutting the whole text.
    """
    first, last = piece_start(text, pos, start), piece_end(text, pos, end)
    out: list[Segment] = []
    _add(text, first, last, out)
    return (out[0] if out else None), first, last


def piece_start(text: str, pos: int, start: int) -> int:
    """Where the line or cell holding `pos` begins (not before `start`)."""
    before = max(text.rfind("\n", start, pos), text.rfind("|", start, pos))
    return before + 1 if before >= 0 else start


def piece_end(text: str, pos: int, end: int) -> int:
    """The first line break or "|" at or after `pos` (`end` when there is none before it)."""
    after = _BOUNDARY.search(text, pos, end)
    return after.start() if after else end


def has_segment(segs: Sequence[Segment], i: int) -> bool:
    """Whether segment `i` (≥ 0) exists, without cutting a `LazySegments` further than that."""
    return segs.has(i) if isinstance(segs, LazySegments) else 0 <= i < len(segs)


class LazySegments(Sequence[Segment]):
    """`segments(text, start, end)`, cut a few thousand characters at a time as items are asked for.

    The header parser reads the first hundred segments or so of a document that may have thousands; cutting
    at a line break or "|" gives exactly the segments the whole cut would (each piece is cut on its own).
    `has(i)` tells whether item i exists without cutting the rest, as `len()` would.
    """

    def __init__(self, text: str, start: int = 0, end: int | None = None, chunk: int = _CHUNK) -> None:
        self._text = text
        self._end = len(text) if end is None else end
        self._pos = start
        self._items: list[Segment] = []
        self._done = False
        self._chunk = chunk

    def tail(self, i: int) -> LazySegments:
        """The segments from item `i` (which must exist) on, sharing what is already cut."""
        self._fill(i + 1)
        rest = LazySegments(self._text, self._pos, self._end, self._chunk)
        rest._items, rest._done = self._items[i:], self._done
        return rest

    def _fill(self, count: int | None) -> None:
        while not self._done and (count is None or len(self._items) < count):
            stop = piece_end(self._text, min(self._pos + self._chunk, self._end), self._end)
            self._done = stop >= self._end
            self._items.extend(segments(self._text, self._pos, stop))
            self._pos = stop + 1

    def has(self, i: int) -> bool:
        """Whether item `i` (≥ 0) exists."""
        if 0 <= i < len(self._items):
            return True  # already cut: asked for at every step of a walk over the segments
        self._fill(i + 1)
        return 0 <= i < len(self._items)

    def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
        if type(i) is int and 0 <= i < len(self._items):
            return self._items[i]  # already cut
        if isinstance(i, slice):
            bounded = i.stop is not None and i.stop >= 0 and (i.start or 0) >= 0
            self._fill(i.stop if bounded else None)
        else:
            self._fill(i + 1 if i >= 0 else None)
        return self._items[i]

    def __len__(self) -> int:
        self._fill(None)
        return len(self._items)

    def __iter__(self) -> Iterator[Segment]:
        i = 0
        items = self._items
        while i < len(items) or self.has(i):
            yield items[i]
            i += 1


def is_upper_text(s: str, ratio: float = 0.85) -> bool:
    """Mostly capital letters, as the printed issuer, type name and trích yếu are."""
    letters = sum(map(str.isalpha, s))  # counted at C speed: this runs on every line of a header
    if letters < 2:
        return False
    return sum(map(str.isalpha, filter(str.isupper, s))) >= ratio * letters


def _chrome_head_end(text: str) -> int:
    """End of the website's metadata table, or 0 when the text does not start with one.

    The table's labels stand together near the top; the same labels recur further down in the list of
    related documents, so only labels within a short distance of the first one count.
    """
    first = _first_leading_chrome(text, 0, min(len(text), 6000))
    if first is None:
        return 0
    last = first
    for match in _leading_chrome(text, first.end(), _table_limit(text, first.start(), len(text))):
        last = match
    # The label's value follows on the next cell line: skip it.
    value = re.compile(r"[\s|*]{0,20}[^\n|]{0,80}").match(text, last.end())
    return value.end() if value else last.end()


def _table_limit(text: str, first: int, end: int) -> int:
    """Where the metadata table starting at `first` must end: within `_TABLE_SPAN` characters, and before the
    list of related documents, whose entries repeat the labels ("Tình trạng: Đã biết")."""
    limit = min(end, first + _TABLE_SPAN)
    related = _trailing_chrome(text, first, limit)
    return related.start() if related else limit


def read_page_metadata(text: str, end: int | None = None) -> dict[str, str]:
    """The website's own metadata table before `end`: {"code", "type", "issuer", "signer", "issued_on"}.

    Values are returned as printed ("97/VBHN-BQP", "Văn bản hợp nhất", "24/11/2025"); a field the site leaves
    "Đang cập nhật" or "Đã biết" is left out, and so is a field whose label is absent. The table is read only
    where `find_document_bounds` would skip it as chrome: its labels stand together near the top of the page.
    Empty dict when the text carries no such table.
    """
    end = len(text) if end is None else min(end, len(text))
    first = _first_leading_chrome(text, 0, min(end, 6000))
    if first is None:
        return {}
    last = first
    for match in _leading_chrome(text, first.end(), _table_limit(text, first.start(), end)):
        last = match
    lo, hi = first.start(), min(end, last.end() + 300)
    found: dict[str, str] = {}
    checked = -1
    # Only a line or cell with a colon can be a label: look at those, not at every segment of the table.
    for colon in _COLON.finditer(text, lo, hi):
        if colon.start() <= checked:
            continue
        seg, _, checked = segment_around(text, colon.start(), lo, hi)
        label = _PAGE_LABEL.fullmatch(seg.text) if seg is not None else None
        field = _PAGE_FIELDS.get(label.group(1).lower()) if label else None
        if label is None or field is None or field in found:
            continue
        value = label.group(2).strip()
        following = _filled_after(text, checked, lo, hi) if not value else None
        if following is not None and not _PAGE_LABEL.fullmatch(following.text):
            value = following.text  # the value in the next cell
        for field, value in _labels_on_one_line(field, value):
            if field not in found and value.lower().strip(" .") not in _NO_VALUE:
                found[field] = value
    return found


# Some sites print two labels a line ("Nơi ban hành: Tỉnh Bắc Ninh Người ký: Nguyễn Tiến Nhường"): a value ends
# where the next label begins.
_NEXT_LABEL = re.compile(r"\s+(Số hiệu|Loại văn bản|Nơi ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày công báo"
                         r"|Số công báo|Lĩnh vực|Tình trạng|Ngày hết hiệu lực)[ \t]{0,3}:[ \t]{0,3}")


def _labels_on_one_line(field: str, value: str) -> list[tuple[str, str]]:
    """(field, value) for the label read and every known label printed after it on the same line."""
    pieces = _NEXT_LABEL.split(value)
    pairs = [(field, pieces[0].strip())]
    for name, rest in zip(pieces[1::2], pieces[2::2]):
        known = _PAGE_FIELDS.get(name.lower())
        if known is not None:
            pairs.append((known, rest.strip()))
    return pairs


def _filled_after(text: str, after: int, start: int, end: int) -> Segment | None:
    """The first non-blank segment after the piece ending at `after`, within `segments(text, start, end)`."""
    while after < end:
        seg, _, after = segment_around(text, after + 1, start, end)
        if seg is not None and not seg.blank:
            return seg
    return None


def _so_line(text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """The first "Số:" line in `text[pos:endpos]` (the match starting at the line break or "|" before it, or
    at the text's start), or None: what one search for the three places would find."""
    if pos == 0:
        first = _SO_LINE_AT_START.match(text, 0, endpos)
        if first is not None:
            return first
    found = [m for pattern in _SO_LINE_AFTER if (m := pattern.search(text, pos, endpos)) is not None]
    return min(found, key=re.Match.start, default=None)


def _header_anchor(text: str, after: int) -> int | None:
    """Where the header is: the quốc hiệu followed closely by a "Số:" line (a quốc hiệu quoted in a news
    summary is not), else the first "Số:" line, else a lone quốc hiệu."""
    limit = min(len(text), after + _HEADER_WINDOW)
    lone = None
    for qh in _QUOC_HIEU.finditer(text, after, limit):
        if _so_line(text, qh.end(), min(len(text), qh.end() + 800)):
            return qh.start()
        lone = qh.start() if lone is None else lone
    so = _so_line(text, after, limit)
    if so is not None:
        return so.start()
    return lone


# The tiêu ngữ under a quốc hiệu that columns run together broke over lines (so that it was not found).
_TIEU_NGU = re.compile(any_marks("Độc lập", r"\s{1,3}") + r"\s{0,3}[-–—]\s{0,3}" + any_marks("Tự do", r"\s{1,3}"),
                       re.IGNORECASE)


def _walk_back_to_issuer(text: str, anchor: int, floor: int) -> int:
    """From the quốc hiệu (or "Số:") back over the issuer's name lines to the start of its cell."""
    segs = segments(text, max(floor, anchor - 600), anchor)
    start = anchor
    seen_issuer = False
    topmost = ""  # the highest of the issuer's lines walked so far
    for seg in reversed(segs):
        if seg.blank:
            # a place alone ("TỈNH CÀ MAU") is the last line of a name whose body stands above it, a blank line
            # between them when every line of the text is printed between blank lines
            if seen_issuer and not topmost.lstrip("*_ ").upper().startswith(_PLACE_LINE):
                break
            continue
        if is_upper_text(seg.text) or set(seg.text) <= set("-_= ") or _TIEU_NGU.match(seg.text):
            start = seg.start
            if any(c.isalpha() for c in seg.text):
                seen_issuer, topmost = True, seg.text
            continue
        break
    return start


_PLACE_LINE = tuple(f"{level.upper()} " for level in PLACE_LEVELS)


def _document_end(text: str, start: int) -> int:
    """Before the first trailing chrome marker, and before the website's one-line summary of the document."""
    match = _trailing_chrome(text, start)
    end = match.start() if match else len(text)
    if match and "chưa cập nhật" in match.group():
        # The site prints the document's title with its code just before this notice: not part of the text.
        for _ in range(2):
            line_start = text.rfind("\n", start, max(start, end - 1)) + 1
            line = text[line_start:end]
            if line_start <= start or not _SUMMARY_CODE.match(line) or "|" in line:
                break
            end = line_start
    while end > start and text[end - 1] in " \t\r\n|*":
        last_line = text[text.rfind("\n", start, end) + 1:end].strip(" \t*")
        if text[end - 1] == "|" and last_line.startswith("|") and last_line.count("|") > 2:
            break  # the closing pipe of a table's last row, which the row's last cell needs
        end -= 1
    return end


def _headless_start(text: str, after: int) -> int:
    """Start of a document without a header: after the website's table, or, on a page whose table is followed
    by the site's news summary, at the Công văn's "Kính gửi:" line."""
    if not after:
        return 0
    limit = min(len(text), after + _HEADER_WINDOW)
    notice = _trailing_chrome(text, after, limit)  # the site's own notices greet its readers too
    greeting = _GREETING.search(text, after, notice.start() if notice else limit)
    return greeting.start() if greeting else after


def find_document_bounds(text: str) -> tuple[int, int]:
    """(start, end) of the document proper inside `text`, leaving out any website chrome around it.

    Start: the issuing body's name beside the quốc hiệu, or the "Số:" line when no quốc hiệu is printed; when
    neither is found, on a saved page, the "Kính gửi:" line after the website's metadata table or else just
    after the table (0 when there is none). End: before "Văn bản
    liên quan", site notices and rating prompts (len(text) when there are none), trailing blanks removed.
    """
    after = _chrome_head_end(text)
    if after:
        # Labels such as "Ngày ban hành:" printed inside a document (an annex table) are not chrome: the
        # website's table always comes before the document's header.
        own = _header_anchor(text, 0)
        label = _first_leading_chrome(text, 0, len(text))
        if own is not None and label is not None and own < label.start():
            after = 0
    anchor = _header_anchor(text, after)
    if anchor is not None:
        start = _walk_back_to_issuer(text, anchor, after)
    else:
        start = _headless_start(text, after)
    while start < len(text) and text[start] in " \t\r\n|":
        start += 1
    return start, max(start, _document_end(text, start))
