"""Task tables whose cells a PDF's text layer printed one under another.

The text layer of a PDF (the Công báo's, most ministries' and provinces' scans with a text layer) keeps no
column: a task table comes out as its header cells on lines of their own ("STT", "Tên nhiệm vụ", "Cơ quan
chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"), then each row as its number on a line, the task's
text in long lines, and its short cells wrapped into lines of a few words:

    1.
    Rà soát, sửa đổi quy định về …
    … của địa phương
    Ủy ban nhân
    dân cấp tỉnh
    Các cơ quan, tổ
    chức liên quan.
    Năm 2026

Where one cell ends and the next begins is told by the lines themselves: the task's text ends with its
paragraph (a full stop, or a line shorter than the text's own before a line naming an agency); a short cell
ends where a line opens with a capital after a line that does not run on (no comma, "và" or half of a
name such as "Bộ Công" / "Thương"); the time cell is the run of lines naming a time at the row's end. The
rows found are the `tables.Row`s a table with "|" gives, so tasks and due cells are read the same way.
"""

from __future__ import annotations

import re
from typing import Iterator

from chidao.text.normalize import fold
from chidao.text.pattern_names import UNKNOWN_PREFIXES
from chidao.text.tables import Row

# "STT" alone on its line; or a web page's table row of header cells, the rows under it printed one cell a
# line all the same ("| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |" then "| --- | …" then "1" …)
_HEADER_START = re.compile(r"(?m)^[ \t]*(?:S\.?TT|TT)[ \t]*$|^\|[ \t]*(?:S\.?TT|TT)[ \t]*\|(?=[^\n]*\|[ \t]*$)")
_HEADER_LINES = 16
_HEADER_LINE_MAX = 48  # a header cell's line is short; a longer line is the table's first row or text
_COLUMNS = (
    ("lead", ("chu tri", "co quan thuc hien", "don vi thuc hien", "chiu trach nhiem")),
    ("support", ("phoi hop",)),
    ("due", ("thoi gian", "thoi han", "tien do", "han hoan thanh")),
    ("result", ("ket qua", "san pham")),
    ("content", ("noi dung", "nhiem vu", "cong viec", "ten ")),
    ("basis", ("can cu",)),
)
# "1.", "1.2": a group of rows, a row
_ROW_NUMBER = re.compile(r"[ \t]*(\d{1,3}(?:\.\d{1,3}){0,2})\.?[ \t]*")
_NUMBER_THEN_TEXT = re.compile(r"[ \t]*(\d{1,3})(?:\.[ \t]+|[ \t]{2,})(?=[A-ZĐ])")  # "19. Xây dựng", "7  Đề án"
_SECTION = re.compile(r"[ \t]*([IVX]{1,5}|[A-H])(?:[.)][ \t]+\S|[ \t]*$|[ \t]+(?=[A-ZĐ][a-zàáảãạăâđêôơư]))")
_SUB_ROW = re.compile(r"[ \t]*[-–+][ \t]*")
_LETTER_ROW = re.compile(r"[ \t]*([a-zđ])\)[ \t]*")
# The Công báo's running head ("CÔNG BÁO/Số 286/Ngày 27-05-2026") and the page number under it.
_RUNNING_HEAD = re.compile(r"[ \t]*CÔNG BÁO/Số")
# What ends a table: the next part of the document.
_TABLE_END = re.compile(r"[ \t*_]*(?:Nơi nhận|TM\.|KT\.|TL\.|PHỤ LỤC|Phụ lục)")
_ROW_LINES = 120  # a "row" longer than this is running text after the table
_NOTE_LINE = 70  # a line this long after a row's cells runs across the page: a note, not a cell
# The words a line naming the doers opens with: those an agency's name opens with, and those of a group; but
# "Thường" here opens "Thường xuyên", a time, more often than "Thường trực".
_ACTOR_FIRST = (frozenset(UNKNOWN_PREFIXES) - {"Thường"}) | {"Các", "Chính", "Thủ", "Cơ", "Đơn", "Địa", "Quỹ", "MTTQ",
                                                             "Mặt"}
_TIME_START = re.compile(
    r"(?:Năm|Tháng|Quý|Quí|Thường|Hằng|Hàng|Định|Trước|Trong|Giai|Từ|Đến|Sau|Ngay|Chậm|Hoàn)(?!\w)|\d"
    r"|Nhiệm\s{1,3}vụ\s{1,3}thường"  # "Nhiệm vụ thường xuyên": ongoing work
    r"|(?:[Nn]ăm|[Tt]háng|[Qq]u[ýí])\s{1,3}\d")
_RUNS_ON = re.compile(r"(?:[,;:&/(-]|\b(?:và|của|với|thuộc|ở|tại|[Cc]ác))[ \t]*$")
# What a cell of the product column opens with ("Nghị quyết của Chính phủ", "Văn bản chỉ đạo").
_RESULT_START = re.compile(r"(?:Văn|Nghị|Quyết|Thông|Báo|Kế|Đề|Chương|Hướng|Hệ|Tài|Dự|Tờ|Luật|Chỉ|Các)(?!\w)")
_CONTENT_SHORTER = 0.75  # a line this much shorter than the task text's longest ends its paragraph
_CELL_SHORTER = 0.3  # a line this much shorter than the task text's longest is a narrow cell
_WIDE_SHARE = 0.6  # a line this wide, against the row's widest, is the task's text
_TIME_LINE = 30  # a time cell's lines are short; a longer lower-case line is the next cell's


def find_linear_task_rows(text: str, start: int = 0, end: int | None = None) -> list[tuple[tuple[int, int], list[Row]]]:
    """Every task table printed one cell a line in `text[start:end]`: its span and its numbered rows."""
    end = len(text) if end is None else end
    tables = []
    done = start
    section: str | None = None
    last: str | None = None  # the number of the last row read, which the next page's first row follows
    for m in _HEADER_START.finditer(text, start, end):
        if m.start() < done:
            continue
        header = _header(text, m.end(), end)
        if header is None:
            continue
        columns, pos = header
        # a table broken over pages prints its header again on each: its section goes on
        rows, done, section, last = _rows(text, pos, end, columns, section, last)
        if rows:
            tables.append(((rows[0].start, rows[-1].end), rows))
    return tables


def _lines(text: str, pos: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of `text[pos:end]`, blanks and the Công báo's running heads left out."""
    skip_number = False
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop == -1 else stop
        line = text[pos:stop]
        if _RUNNING_HEAD.match(line):
            skip_number = True
        elif line.strip() and not (skip_number and line.strip().isdigit()):
            skip_number = False
            yield pos, stop
        pos = stop + 1


def _header(text: str, pos: int, end: int) -> tuple[list[str], int] | None:
    """The columns, in order, of the header whose "STT" line ends at `pos`, and where its last line ends."""
    found: list[tuple[int, str]] = []
    joined = ""
    last = pos
    for count, (s, e) in enumerate(_lines(text, pos, end)):
        if count < 2 and text.startswith(("|", " |"), s) or text.endswith("|", s, e) and count == 0:
            joined += " " + " ".join(fold(text[s:e].replace("|", " ")).split())  # the header row's cells
            last = e
            continue
        if count >= _HEADER_LINES or e - s > _HEADER_LINE_MAX or _ROW_NUMBER.fullmatch(text, s, e) \
                or _NUMBER_THEN_TEXT.match(text, s, e) or _SECTION.match(text, s, e):
            break
        joined += " " + " ".join(fold(text[s:e]).split())
        last = e
    for kind, words in _COLUMNS:
        at = min((joined.find(w) for w in words if w in joined), default=-1)
        if at != -1 and all(a != at for a, _ in found):
            found.append((at, kind))
    columns = [kind for _, kind in sorted(found)]
    if "lead" not in columns or not {"support", "due"} & set(columns):
        return None
    return columns, last


def _rows(text: str, pos: int, end: int, columns: list[str], section: str | None,
          last: str | None) -> tuple[list[Row], int, str | None, str | None]:
    """The rows from `pos` (`section`: the Roman or letter number of the section the table opens in; `last`: the
    number of the row before it), where the table ends, and the section and row number it ends with."""
    rows: list[Row] = []
    number = None
    current: list[tuple[int, int]] = []
    table_end = pos

    def close() -> None:
        if number is not None and current:
            row = _row(text, current, columns, f"{section}.{number}" if section else number)
            if row is not None:
                rows.append(row)

    for s, e in _lines(text, pos, end):
        line = text[s:e]
        if _HEADER_START.fullmatch(line) or _TABLE_END.match(line) and not current:
            break
        lettered = _LETTER_ROW.fullmatch(line) if number is not None else None
        if lettered:  # "a)" under row "1": its sub-row "1.a"
            close()
            number, current = f"{number.split('.')[0]}.{lettered.group(1)}", []
            table_end = e
            continue
        numbered = _ROW_NUMBER.fullmatch(line)
        inline = _NUMBER_THEN_TEXT.match(line) if numbered is None else None
        if inline and not ((before := number or last) and int(inline.group(1)) == int(before.split(".")[0]) + 1):
            inline = None  # "2. …" inside a task's text numbers its own points; only the next row's number counts
        if numbered or inline or _SUB_ROW.fullmatch(line) and number is not None:
            close()
            number = (numbered or inline).group(1) if numbered or inline else number
            current = [(s + inline.end(), e)] if inline else []
        elif (heading := _SECTION.match(line)) and e - s < 200 and not current:
            section, number = heading.group(1), None
        elif (heading := _SECTION.match(line)) and current and line.strip()[:4].isupper() \
                and _follows(heading.group(1), section):
            # (a bare "XVI" inside a row is the end of "Quốc hội khóa XVI", not the next section)
            close()
            section, number, current = heading.group(1), None, []
        elif number is not None:
            if len(current) >= _ROW_LINES or _TABLE_END.match(line) and line.strip()[:3] in ("Nơi", "TM.", "KT."):
                break
            current.append((s, e))
        table_end = e
    close()
    return rows, table_end, section, number or last


_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


def _follows(label: str, section: str | None) -> bool:
    """Whether section `label` ("III", "C") comes right after `section` (or opens the first one)."""
    order = _ROMANS if label in _ROMANS else "ABCDEFGH"
    if section is None:
        return label == order[0]
    return section in order and label in order and order.index(label) == order.index(section) + 1


_Cells = dict  # "content", "lead", "support", "due" -> (start, end) or None


def _row(text: str, lines: list[tuple[int, int]], columns: list[str], clause: str) -> Row | None:
    """The row its lines make, in the header's column order, or None when it names no lead."""
    cells = _row_cells(text, lines, columns)
    if cells is None or cells["lead"] is None:
        return None
    return Row(clause, lines[0][0], cells["end"], cells["content"], cells["lead"], cells["support"], cells["due"])


def _row_cells(text: str, lines: list[tuple[int, int]], columns: list[str]) -> _Cells | None:
    """The spans of a row's cells (and where the row ends), or None when its lines make no row."""
    if _lead_first(columns):  # "STT | Cơ quan chủ trì | Nội dung | …": the doers' short lines, then the text
        first = _first_wide(text, lines)
        rest = _row_cells(text, lines[first:], [kind for kind in columns if kind != "lead"]) \
            if 0 < first < len(lines) else None
        if rest is None or rest["content"] is None:
            return None
        return {**rest, "lead": (lines[0][0], lines[first - 1][1])}
    if _due_after_content(columns):  # "TT | Nhiệm vụ | Thời hạn hoàn thành | Cơ quan chủ trì | …"
        return _cells_due_second(text, lines, columns)
    content_end = _content_end(text, lines) if "content" in columns else 0
    # a line as wide as the page after the cells is a note under the table, not part of the row
    wide = next((i for i in range(content_end, len(lines)) if lines[i][1] - lines[i][0] > _NOTE_LINE), None)
    lines = lines[:wide] if wide else lines
    if len(lines) <= content_end:
        return None
    lines = lines[:content_end] + _split_wide_gaps(text, lines[content_end:])
    if columns[-1] == "basis":  # "Căn cứ": the document the row comes from, after its time
        lines = lines[:_basis_start(text, lines, content_end)]
    due_start = _due_start(text, lines, content_end) if "due" in columns else len(lines)
    named = [kind for kind in columns if kind not in ("content", "due")]
    spans: _Cells = dict.fromkeys(("content", "lead", "support", "due"))
    spans.update((kind, cell) for kind, cell in zip(named, _cells(text, lines[content_end:due_start]))
                 if kind in spans)
    if content_end:
        spans["content"] = (lines[0][0], lines[content_end - 1][1])
    if due_start < len(lines):
        spans["due"] = (lines[due_start][0], lines[-1][1])
    return {**spans, "end": lines[-1][1]}


def _due_after_content(columns: list[str]) -> bool:
    return "content" in columns and "due" in columns and columns.index("due") == columns.index("content") + 1 \
        and columns[-1] != "due"


def _cells_due_second(text: str, lines: list[tuple[int, int]], columns: list[str]) -> _Cells | None:
    """A row whose time cell follows its text: the text up to the first line naming a time, that cell, then
    the short cells in the header's order."""
    due = next((i for i in range(1, len(lines)) if _TIME_START.match(text, lines[i][0], lines[i][1])), None)
    if due is None:
        return None
    after = due + 1
    while after < len(lines) and _continues_time(text[lines[after][0]:lines[after][1]].strip()):
        after += 1
    named = dict(zip([kind for kind in columns if kind not in ("content", "due")],
                     _cells(text, _split_wide_gaps(text, lines[after:]))))
    return {"content": (lines[0][0], lines[due - 1][1]), "lead": named.get("lead"), "support": named.get("support"),
            "due": (lines[due][0], lines[after - 1][1]), "end": lines[-1][1]}


def _continues_time(line: str) -> bool:
    """A line that carries a time cell on ("Tháng" / "12/2026", "Quý" / "IV/2026", "Năm 2026 và" / "các năm
    tiếp theo")."""
    return bool(line) and (line[0].isdigit() or line[0].islower() or _QUARTER_REST.match(line) is not None) \
        and len(line) < _TIME_LINE


_QUARTER_REST = re.compile(r"[IV]{1,3}\s{0,2}/\s{0,2}\d")


def _names_actor(line: str) -> bool:
    words = line.split(maxsplit=1)
    return bool(words) and words[0].rstrip(",.;:") in _ACTOR_FIRST


def _lead_first(columns: list[str]) -> bool:
    return "content" in columns and "lead" in columns and columns.index("lead") < columns.index("content")


def _first_wide(text: str, lines: list[tuple[int, int]]) -> int:
    """The index of the row's first line as wide as its text's lines (the doers' cell before it is narrow)."""
    widest = max((e - s for s, e in lines), default=0)
    return next((i for i, (s, e) in enumerate(lines) if e - s >= _WIDE_SHARE * widest), len(lines))


def _split_wide_gaps(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cells the text layer put on one line ("cơ quan ngang bộ  Bộ Tư pháp"), cut where a wide gap comes
    before a capital."""
    cut: list[tuple[int, int]] = []
    for s, e in lines:
        for gap in _WIDE_GAP.finditer(text, s, e):
            cut.append((s, gap.start()))
            s = gap.end()
        cut.append((s, e))
    return cut


_WIDE_GAP = re.compile(r"(?<=\S)[ \t]{2,}(?=[A-ZĐ])")


def _basis_start(text: str, lines: list[tuple[int, int]], lo: int) -> int:
    """Where the last cell, the document a row is based on ("Nghị quyết số 66-NQ/TW"), starts."""
    for i in range(len(lines) - 1, lo, -1):
        if _BASIS.match(text, lines[i][0], lines[i][1]):
            return i
    return len(lines)


_BASIS = re.compile(r"[ \t]*(?:Nghị|Chương|Kết|Quyết|Chỉ|Luật|Thông|Công|Kế|Văn|Chiến|Đề)(?!\w)")


def _content_end(text: str, lines: list[tuple[int, int]]) -> int:
    """How many of the row's first lines hold the task's own text."""
    longest = 0
    for i, (s, e) in enumerate(lines):
        line = text[s:e].strip()
        if i and _names_actor(line):
            before = text[lines[i - 1][0]:lines[i - 1][1]].strip()
            if before.endswith((".", ";", ":")) or len(before) < _CONTENT_SHORTER * longest \
                    or len(line) < _CELL_SHORTER * longest:  # "Các bộ," under a full line: a cell of its own
                return i
        longest = max(longest, len(line))
    return len(lines)


def _due_start(text: str, lines: list[tuple[int, int]], lo: int) -> int:
    """Where the row's time cell starts: the run of lines naming a time at its end (or the row's end)."""
    start = len(lines)
    for i in range(len(lines) - 1, lo, -1):
        line = text[lines[i][0]:lines[i][1]].strip()
        if _TIME_START.match(line):
            start = i
        elif not line[:1].islower() and not line[:1].isdigit():
            break
    return start


def _cells(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The short cells of a row, each a run of lines, cut where a line opens a new name."""
    cells: list[tuple[int, int]] = []
    for s, e in lines:
        line = text[s:e].strip()
        if cells and not _starts_cell(text, cells[-1], line):
            cells[-1] = (cells[-1][0], e)
        else:
            cells.append((s, e))
    return cells


def _starts_cell(text: str, cell: tuple[int, int], line: str) -> bool:
    """Whether `line` opens the next cell: a capital after a line that does not run on, unless the cell so
    far is the head of a name broken over two lines ("Bộ Công" / "Thương", "Ban Chỉ đạo" / "Phòng thủ dân sự
    quốc gia"); a line naming a body or a product always opens one."""
    before = text[cell[0]:cell[1]].rstrip()
    if not line[:1].isupper() or _RUNS_ON.search(before):
        return False
    if _names_actor(line) or _RESULT_START.match(line):
        return True
    words = before.split()
    return not (len(words) <= _NAME_HEAD_WORDS and words[0] in _NAME_HEADS)


_NAME_HEADS = frozenset(("Bộ", "Sở", "Ban", "Cục", "Tổng", "Ngân", "Văn", "Thanh", "Kiểm", "Bảo", "Ủy", "Uỷ", "Trung",
                         "Viện", "Hội", "Đài", "Thông"))
_NAME_HEAD_WORDS = 4
