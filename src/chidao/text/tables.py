"""Task tables: the appendix of a kế hoạch or quyết định that lists each task in a row.

"STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm": each numbered row
is one task, led by the agencies of its "chủ trì" cell, supported by those of its "phối hợp" cell, due by
the deadline of its time cell. Rows numbered "I", "II" or "A." head a section: they number the clause
("II.5"). Cells are the text between two "|"; a page saved from the web puts each cell on lines of its
own, with an empty cell between two rows.

A catalogue of administrative procedures ("Tên thủ tục | Thời hạn giải quyết | Địa điểm thực hiện | Căn cứ
pháp lý", the appendix of a quyết định công bố thủ tục hành chính) orders nothing: its time limits are what
a procedure takes and its addresses name where to file, so `find_procedure_tables` marks it to be skipped. So
does a report on tasks set elsewhere (`find_report_tables`): its rows quote them, or say what was done.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from chidao.text.dates import QUARTER_NUMERALS, period_bounds, year_span_end
from chidao.text.normalize import fold
from chidao.text.types import Deadline

_CELL_MARKUP = re.compile(r"[*_\s]+")
_ROW_NUMBER = re.compile(r"(\d{1,3})\.?|([IVXL]{1,6}|[A-H])\.?")
_MAX_CELL = 3000  # a longer "cell" is running text between two tables, not a cell
_HEADER_REACH = 10  # header cells: the "chủ trì" one and a few either side


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str  # folded, markup and blanks collapsed


@dataclass(frozen=True)
class Row:
    """One numbered row of a task table: the clause and the spans of its cells (start, end), or None."""

    clause: str
    start: int
    end: int
    content: tuple[int, int] | None
    lead: tuple[int, int] | None
    support: tuple[int, int] | None
    due: tuple[int, int] | None


def _cells(text: str, start: int, end: int) -> list[Cell]:
    borders = _borders(text, start, end)
    return [Cell(a + 1, b, _cell_text(text, a + 1, b)) for a, b in zip(borders, borders[1:])]


def _borders(text: str, start: int, end: int) -> list[int]:
    """The positions of the cell borders in `text[start:end]`: every "|", and, around a row printed with
    bars between its cells but none at its edges ("1 | Báo cáo | Bộ Tư pháp | 2022", as a document converted
    to plain text prints a table), the line breaks that end it. Between two such rows, a blank line is an
    empty cell, as between two rows of a page saved from the web."""
    borders: list[int] = []
    pos = text.find("|", start, end)
    while pos != -1:
        line_start = text.rfind("\n", 0, pos)
        line_end = text.find("\n", pos, end)
        line_end = end if line_end == -1 else line_end
        before = text[line_start + 1:pos]
        if before.strip() and "|" not in before and text[text.rfind("|", pos, line_end) + 1:line_end].strip():
            # text before the line's first bar and after its last: a row without edges (a cell wrapped onto
            # the next line of a bordered table ends with a bar)
            if not borders or borders[-1] < line_start:
                borders.append(line_start)
            borders.extend(m.start() for m in _BAR.finditer(text, pos, line_end))
            borders.append(line_end)
            pos = text.find("|", line_end, end)
            continue
        borders.append(pos)
        pos = text.find("|", pos + 1, end)
    return borders


_BAR = re.compile(r"\|")


_FOLDED_CELL = 160  # headers, numbers and short cells; a longer cell is content, only its presence matters


def _cell_text(text: str, start: int, end: int) -> str:
    if end - start > _FOLDED_CELL:
        return "…"
    return " ".join(_CELL_MARKUP.sub(" ", fold(text[start:end])).split())


def _column(name: str) -> str | None:
    if "chu tri" in name or "chiu trach nhiem" in name or name.startswith(_DOER) or "phu trach" in name:
        return "lead"  # "Bộ phụ trách tiếp nhận, xử lý": who takes up and handles the row
    if "phoi hop" in name:
        return "support"
    if name.startswith(("thoi gian", "thoi han", "tien do", "han hoan thanh")):
        return "due"
    if name.startswith(("noi dung", "nhiem vu", "ten nhiem vu", "cong viec", "thong tin de xuat", "kien nghi",
                        "de xuat")):
        return "content"
    if name in ("stt", "tt", "so tt"):
        return "number"
    return None


# "Đơn vị chịu trách nhiệm phổ biến", "Cơ quan thực hiện": who does the row's work when no "chủ trì" is named.
_DOER = ("don vi thuc hien", "co quan thuc hien")


def _header(cells: list[Cell], at: int) -> tuple[dict[str, int], int] | None:
    """The columns of the header holding cell `at` ("Cơ quan chủ trì") and the index after the header."""
    first = at
    while first > 0 and at - first < _HEADER_REACH and cells[first].text and _column(cells[first].text) != "number":
        first -= 1
    last = at
    while last + 1 < len(cells) and last - at < _HEADER_REACH and cells[last + 1].text:
        last += 1
    columns: dict[str, int] = {}
    if _reports(cells[first:last + 1]):
        return None  # a report on tasks set elsewhere
    for offset, cell in enumerate(cells[first:last + 1]):
        if cell.text.startswith(_PROCEDURE_COLUMNS):
            return None  # a catalogue of procedures: its "cơ quan thực hiện" is where to file, not a task
        kind = _column(cell.text)
        if kind and kind not in columns:
            columns[kind] = offset
    if "number" not in columns or "lead" not in columns or ("content" not in columns and "due" not in columns):
        return None
    return columns, last + 1


# Where a header cell may be: a cell naming the lead ("Cơ quan chủ trì", "Đơn vị chủ trì thực hiện"). Found on
# the raw text first, so only the few tables a document has are cut into folded cells.
_LEAD_HEADER = re.compile(
    r"\|(?:[^|]{0,60}?(?i:chủ)\s{1,3}(?i:trì)"
    # "Đơn vị chịu trách nhiệm phổ biến", "Cơ quan thực hiện": a short header cell that opens with its noun
    r"|[*_\s]{0,8}(?i:đơn\s{1,3}vị|cơ\s{1,3}quan)\s{1,3}(?i:chịu\s{1,3}trách\s{1,3}nhiệm|thực\s{1,3}hiện)"
    r"|[*_\s]{0,8}(?i:bộ|sở|cơ\s{1,3}quan|đơn\s{1,3}vị)\s{1,3}(?i:phụ\s{1,3}trách))[^|]{0,40}(?=\|)")
_BEFORE_HEADER = 1200  # the cells before the "chủ trì" one: the header's first column (STT) is among them


def _table_cells(text: str, hint: int, start: int, end: int) -> list[Cell]:
    """The cells of the table around the header cell at `hint`, up to the first gap of running text."""
    lo = text.rfind("\n", start, max(start, hint - _BEFORE_HEADER)) + 1 or start
    lo = max(lo, start)
    first = text.find("|", lo, end)
    hi = hint
    while True:
        nxt = text.find("|", hi + 1, end)
        if nxt == -1 or nxt - hi > _MAX_CELL:
            break
        hi = nxt
    if first == -1:
        return []
    last_line_end = text.find("\n", hi, end)  # a row without a bar at its end ends with its line
    return _cells(text, first, end if last_line_end == -1 else last_line_end)


def _tables_at(header: re.Pattern[str], text: str, start: int, end: int):
    """The cells of each table in `text[start:end]` whose header cell `header` finds, once per table."""
    done = start
    for hint in header.finditer(text, start, end):
        if hint.start() < done:
            continue
        cells = _table_cells(text, hint.start(), start, end)
        done = cells[-1].end if cells else hint.end()
        yield cells


def find_task_rows(text: str, start: int = 0, end: int | None = None) -> list[tuple[tuple[int, int], list[Row]]]:
    """Every task table in `text[start:end]`: its span and its numbered rows, in order."""
    end = len(text) if end is None else end
    tables = []
    for cells in _tables_at(_LEAD_HEADER, text, start, end):
        i = 0
        while i < len(cells):
            header = _header(cells, i) if _column(cells[i].text) == "lead" else None
            if header is None:
                i += 1
                continue
            columns, i = header
            rows, i = _rows(cells, i, columns)
            if rows:
                tables.append(((rows[0].start, rows[-1].end), rows))
    if text.find("\n", start, end) != -1:
        from chidao.text.linear_tables import find_linear_task_rows  # (it builds on this module's Row)

        printed = [span for span, _ in tables]
        tables += [table for table in find_linear_task_rows(text, start, end)
                   if not any(s < table[0][1] and table[0][0] < e for s, e in printed)]
        tables.sort(key=lambda table: table[0])
    return tables


def _rows(cells: list[Cell], i: int, columns: dict[str, int]) -> tuple[list[Row], int]:
    width = max(columns.values()) + 1
    rows: list[Row] = []
    section = None
    while i < len(cells):
        cell = cells[i]
        if cell.end - cell.start > _MAX_CELL or _column(cell.text) == "lead":
            break
        number = _ROW_NUMBER.fullmatch(cell.text.upper()) if cell.text else None
        if number is None:
            i += 1
            continue
        row_end = i + 1
        while row_end < len(cells) and row_end - i < width and not (
                cells[row_end].text == "" and row_end + 1 < len(cells) and _ROW_NUMBER.fullmatch(
                    cells[row_end + 1].text.upper())):
            row_end += 1
        row = cells[i:row_end]
        if number.group(2) and _heading_row(row):
            section = number.group(2)  # "II | TRIỂN KHAI …": a section heading, not a task
        elif number.group(1) and len(row) >= width - 1:
            rows.append(_row(row, columns, f"{section}.{number.group(1)}" if section else number.group(1)))
        elif number.group(1) and rows and len(row) > 1:
            # a row printed short: its last cells were merged with the row above's ("Tháng 4/2025 | Cục Việc
            # làm" spanning rows 9 and 10), which a saved page prints once
            rows.append(_merged_row(row, columns, rows[-1], f"{section}.{number.group(1)}" if section else number.group(1)))
        i = row_end
    return rows, i


def _heading_row(row: list[Cell]) -> bool:
    """A row printing one title after its number: in one cell, or in every cell of a merged one, as a
    document converted to plain text repeats it ("I | Hoàn thiện pháp luật | Hoàn thiện pháp luật | …")."""
    return len({c.text for c in row[1:] if c.text}) <= 1


def _row(row: list[Cell], columns: dict[str, int], clause: str) -> Row:
    def span(kind: str) -> tuple[int, int] | None:
        index = columns.get(kind)
        if index is None or index >= len(row) or not row[index].text:
            return None
        return row[index].start, row[index].end

    return Row(clause, row[0].start, row[-1].end, span("content"), span("lead"), span("support"), span("due"))


def _merged_row(row: list[Cell], columns: dict[str, int], above: Row, clause: str) -> Row:
    """A short row: the cells it prints are its own, the ones it lacks are the row above's."""
    own = _row(row, columns, clause)
    return Row(clause, own.start, own.end, own.content, own.lead or above.lead,
               own.support or above.support, own.due or above.due)


_PROCEDURE_COLUMNS = ("thoi han giai quyet", "ten thu tuc", "ten tthc", "ma tthc", "ma thu tuc", "dia diem thuc hien",
                      "cach thuc/dia diem thuc hien", "can cu phap ly")


# A column of procedures' names or codes is enough to tell a catalogue.
_PROCEDURE_NAME = ("ten thu tuc", "ten tthc", "ma tthc", "ma thu tuc")


_PROCEDURE_HEADER = re.compile(
    r"\|[*_\s]{0,8}(?i:thời\s{1,3}hạn\s{1,3}giải\s{1,3}quyết|tên\s{1,3}thủ\s{1,3}tục|tên\s{1,3}tthc|mã\s{1,3}tthc"
    r"|mã\s{1,3}thủ\s{1,3}tục|căn\s{1,3}cứ\s{1,3}pháp\s{1,3}lý)")


def find_procedure_tables(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the catalogues of administrative procedures in `text[start:end]`: two or more of their
    header cells name a procedure's code, name, time limit, place or legal basis."""
    return _tables_headed(text, start, end, _PROCEDURE_HEADER, _PROCEDURE_COLUMNS, _catalogues)


def _catalogues(header: list[Cell]) -> bool:
    names = [c.text for c in header if c.text.startswith(_PROCEDURE_COLUMNS)]
    return len(names) >= 2 or any(n.startswith(_PROCEDURE_NAME) for n in names)


def _tables_headed(text: str, start: int, end: int | None, hint: re.Pattern[str], columns: tuple[str, ...],
                   accepts) -> list[tuple[int, int]]:
    """The spans of the tables whose header holds a cell opening with one of `columns` and whose header cells
    around it `accepts`: from that cell to the table's end."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for cells in _tables_at(hint, text, start, end):
        i = next((i for i, c in enumerate(cells) if c.text.startswith(columns)), None)
        if i is not None and accepts(cells[max(0, i - _HEADER_REACH):i + _HEADER_REACH]):
            spans.append((cells[i].start, cells[-1].end))
    return spans


# A report on tasks set elsewhere: an appendix listing overdue tasks with the document that assigned each
# ("Văn bản giao nhiệm vụ"), or what was done on an earlier notice's tasks ("Kết quả thực hiện" beside a
# "Tiến độ" or "Tình hình" column; a plan's "Kết quả thực hiện" alone is the output expected of a task).
_ASSIGNED_BY = ("van ban giao",)
_REPORTED = ("ket qua thuc hien",)
_PROGRESS = ("tien do", "tinh hinh")
_REPORT_HEADER = re.compile(r"\|[*_\s]{0,8}(?i:văn\s{1,3}bản\s{1,3}giao|kết\s{1,3}quả\s{1,3}thực\s{1,3}hiện)")


def _reports(header: list[Cell]) -> bool:
    names = [c.text for c in header]
    return any(n.startswith(_ASSIGNED_BY) for n in names) or (
        any(n.startswith(_REPORTED) for n in names) and any(n.startswith(_PROGRESS) for n in names))


def find_report_tables(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the tables in `text[start:end]` that report on tasks set elsewhere: their rows quote those
    tasks and their expired limits, or say what was done; they set no new task."""
    return _tables_headed(text, start, end, _REPORT_HEADER, _ASSIGNED_BY + _REPORTED, _reports)


def find_tables_ordering_nothing(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of catalogues of procedures and of reports on tasks set elsewhere, in order."""
    return sorted(find_procedure_tables(text, start, end) + find_report_tables(text, start, end))


_BARE_YEAR = re.compile(r"[*_\s]*((?:19|20)\d\d)[*_\s]*")
_UNIT_KIND = {"day": "by", "month": "month", "quarter": "quarter", "half": "half", "year": "year"}


def deadlines_in_due_cells(text: str, start: int, end: int, found: list[Deadline],
                           default_year: int | None = None) -> list[Deadline]:
    """The deadlines of task tables' time cells that print only a date or a period ("Tháng 12/2025",
    "31/12/2025", "2025"): the column heading ("Thời gian hoàn thành") is their cue. Cells where
    `found` already holds a deadline are left alone."""
    from chidao.text.dates import find_dates

    extra: list[Deadline] = []
    seen: set[tuple[int, int]] = set()  # rows under one merged time cell share it: it is one deadline
    for _, rows in find_task_rows(text, start, end):
        for row in rows:
            if row.due is None or row.due in seen or any(row.due[0] <= d.start < row.due[1] for d in found):
                continue
            seen.add(row.due)
            extra.extend(_due_cell(text, row.due, default_year, find_dates))
    return extra


def _due_cell(text: str, span: tuple[int, int], default_year: int | None, find_dates) -> list[Deadline]:
    lo, hi = span
    year = _BARE_YEAR.fullmatch(text, lo, hi)
    if year is not None:
        y = int(year.group(1))
        return [Deadline("year", datetime.date(y, 12, 31), None, year.group(1), year.start(1), year.end(1))]
    ongoing = _ONGOING.fullmatch(text, lo, hi)
    if ongoing is not None:  # "Nhiệm vụ thường xuyên" in the time column: the row's work goes on
        return [Deadline("continuous", None, None, ongoing.group(1), ongoing.start(1), ongoing.end(1))]
    years = _YEARS.fullmatch(text, lo, hi)
    if years is not None and years.group(2) < years.group(3):  # "Giai đoạn 2026 - 2030": the row's window
        return [Deadline("range", datetime.date(int(years.group(3)), 12, 31), datetime.date(int(years.group(2)), 1, 1),
                         years.group(1), years.start(1), years.end(1))]
    quarters = _QUARTER_LIST.fullmatch(text, lo, hi)
    if quarters is not None and (quarters.group(3) or quarters.group(5)):
        # "Quý III, IV/2026", "Quý IV/2026, 2027": the window over them all
        return [_quarters_window(quarters)]
    mentions = find_dates(text[lo:hi], default_year=default_year)
    if not mentions:
        return []
    m = mentions[-1]  # "Từ tháng 10 đến tháng 12/2025": the cell's last date is when the work is due
    onwards = _ONWARDS.match(text, lo + m.end, hi)
    if len(mentions) == 1 and onwards is not None:  # "Năm 2026 và các năm tiếp theo": ongoing from then
        return [Deadline("continuous", None, m.date, text[lo + m.start:onwards.end()], lo + m.start, onwards.end())]
    span = year_span_end(text[lo:hi], m)
    if span is not None:  # "Năm 2025-2030": the window of the years
        return [Deadline("range", datetime.date(int(span.group(2)), 12, 31), m.date, text[lo + m.start:lo + span.end()],
                         lo + m.start, lo + span.end())]
    if len(mentions) == 1 and _FROM_ONLY.search(text, lo, lo + m.start):  # "Triển khai từ năm 2026": it starts then
        return [Deadline("on", m.date, None, m.text, lo + m.start, lo + m.end)]
    kind = _UNIT_KIND.get(m.unit, "by")
    return [Deadline(kind, m.last, None, m.text, lo + m.start, lo + m.end)]


_QUARTER_LIST = re.compile(r"[*_\s]*([Qq]uý\s{1,3}([IV]{1,3})((?:\s{0,3},\s{0,3}[IV]{1,3})*)\s{0,3}/\s{0,3}((?:19|20)\d\d)"
                           r"(?:\s{0,3}(?:,|và)\s{0,3}((?:19|20)\d\d))?)[*_\s.]*")


def _quarters_window(m: re.Match[str]) -> Deadline:
    """The window a time cell listing quarters spans: from the first quarter's first day to the last
    quarter's last day, or to the end of the year printed after them."""
    year = int(m.group(4))
    last = (m.group(3).replace(",", " ").split() or [m.group(2)])[-1]
    first_day = period_bounds("quarter", year, QUARTER_NUMERALS[m.group(2)])[0]
    last_day = (datetime.date(int(m.group(5)), 12, 31) if m.group(5)
                else period_bounds("quarter", year, QUARTER_NUMERALS[last])[1])
    return Deadline("range", last_day, first_day, m.group(1), m.start(1), m.end(1))


_ONGOING = re.compile(r"[*_\s]*((?:(?:[Nn]hiệm\s{1,3}vụ|[Tt]hực\s{1,3}hiện)\s{1,3})?[Tt]hường\s{1,3}xuyên)[*_\s.]*")
_YEARS = re.compile(r"[*_\s]*((?:[Gg]iai\s{1,3}đoạn\s{1,3}|[Nn]ăm\s{1,3})?((?:19|20)\d\d)\s{0,3}[-–]\s{0,3}((?:19|20)\d\d))"
                    r"[*_\s.]*")
_ONWARDS = re.compile(r"\s{1,3}và\s{1,3}(?:các|những)\s{1,3}năm\s{1,3}tiếp\s{1,3}theo|\s{1,3}trở\s{1,3}đi", re.IGNORECASE)
_FROM_ONLY = re.compile(r"(?<!\w)(?:[Kk]ể\s{1,3})?[Tt]ừ\s{1,3}(?:ngày\s{1,3}|tháng\s{1,3}|năm\s{1,3})?$")
