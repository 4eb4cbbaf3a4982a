"""Task tables: one task per numbered row, led by its "chủ trì" cell."""

from chidao.text import parse_text
from chidao.text.tables import find_procedure_tables, find_task_rows

# A plan's appendix as a saved web page prints it: each cell on lines of its own, an empty cell between rows.
TABLE = """PHỤ LỤC: DANH MỤC NHIỆM VỤ
|
**STT**
|
**Nội dung công việc**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời gian hoàn thành**
|
|
**I**
|
**RÀ SOÁT QUY ĐỊNH**
|
|
1
|
Rà soát quy chế phối hợp ứng phó thiên tai
|
Sở Nông nghiệp và Môi trường
|
Sở Tài chính; các sở, ban, ngành
|
Trước ngày 30/11/2025
|
|
2
|
Bố trí kinh phí diễn tập
|
Sở Tài chính
|
Cơ quan liên quan
|
Thường xuyên
|
"""


def test_each_numbered_row_is_a_task_with_its_section_in_the_clause():
    [(_, rows)] = find_task_rows(TABLE)
    assert [r.clause for r in rows] == ["I.1", "I.2"]


def test_a_row_is_led_by_its_chu_tri_cell_and_supported_by_its_phoi_hop_cell():
    tasks = parse_text(TABLE)["tasks"]
    first, second = tasks
    assert (first["lead"], first["support"], first["support_groups"]) == (
        ["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"], ["các sở, ban, ngành"])
    assert first["text"] == "Rà soát quy chế phối hợp ứng phó thiên tai"
    assert first["deadline"]["date"] == "2025-11-30"
    assert (second["lead"], second["clause"], second["deadline"]["kind"]) == (["Sở Tài chính"], "I.2", "continuous")


def test_a_table_of_recommendations_charges_the_ministry_in_charge_of_each_row():
    table = ("|\n**TT**\n|\n**Tỉnh kiến nghị**\n|\n**Thông tin đề xuất**\n|\n**Bộ phụ trách tiếp\nnhận, xử lý**\n|\n|\n"
             "1\n|\nLào Cai\n|\nĐề nghị hỗ trợ kinh phí cải tạo trụ sở cấp xã\n|\nBộ Tài chính\n|\n|\n"
             "2\n|\nHà Tĩnh\n|\nĐề nghị điều chỉnh số lượng phòng chuyên môn\n|\nBộ Nội vụ\n|\n")
    found = parse_text(table)["tasks"]
    assert [(t["clause"], t["lead"]) for t in found] == [("1", ["Bộ Tài chính"]), ("2", ["Bộ Nội vụ"])]


def test_a_table_without_a_chu_tri_column_gives_no_rows():
    assert find_task_rows("| STT | Tên | Ghi chú |\n| 1 | Sở Y tế | |\n") == []


PROCEDURES = """DANH MỤC THỦ TỤC HÀNH CHÍNH
|
**TT**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
**Địa điểm thực hiện**
|
|
1
|
Thủ tục công nhận tổ chức khoa học
|
Trong thời hạn 05 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ
|
Trung tâm Phục vụ hành chính công tỉnh. Địa chỉ: số 1 đường Trần Phú
|
"""


def test_a_catalogue_of_procedures_is_found_as_a_procedure_table():
    [(start, end)] = find_procedure_tables(PROCEDURES)
    assert PROCEDURES[start:end].strip().startswith("**Tên thủ tục") and PROCEDURES[end:].strip() == "|"


def test_a_catalogue_of_procedures_orders_nothing_and_sets_no_deadline():
    record = parse_text("Điều 2. Sở Khoa học và Công nghệ chủ trì thực hiện trước ngày 30/11/2025.\n" + PROCEDURES)
    assert [t["lead"] for t in record["tasks"]] == [["Sở Khoa học và Công nghệ"]]
    assert [d["date"] for d in record["deadlines"]] == ["2025-11-30"]


def test_a_time_cell_printing_only_a_period_is_the_rows_deadline():
    table = TABLE.replace("Trước ngày 30/11/2025", "Tháng 12/2025").replace("Thường xuyên", "2026")
    first, second = parse_text(table)["tasks"]
    assert (first["deadline"]["kind"], first["deadline"]["date"]) == ("month", "2025-12-31")
    assert (second["deadline"]["kind"], second["deadline"]["date"]) == ("year", "2026-12-31")


def test_a_time_cell_spanning_years_or_opening_a_year_is_read_so():
    table = TABLE.replace("Trước ngày 30/11/2025", "Năm 2025-2030").replace("Thường xuyên", "Triển khai từ năm 2026")
    first, second = parse_text(table)["tasks"]
    assert (first["deadline"]["kind"], first["deadline"]["start_date"], first["deadline"]["date"]) == (
        "range", "2025-01-01", "2030-12-31")
    assert (second["deadline"]["kind"], second["deadline"]["date"]) == ("on", "2026-01-01")


def test_a_time_cell_of_a_programme_phase_or_an_open_end_is_read_so():
    table = TABLE.replace("Trước ngày 30/11/2025", "Giai đoạn 2026 - 2030").replace(
        "Thường xuyên", "Năm 2026 và các năm tiếp theo")
    first, second = parse_text(table)["tasks"]
    assert (first["deadline"]["kind"], first["deadline"]["start_date"], first["deadline"]["date"]) == (
        "range", "2026-01-01", "2030-12-31")
    assert (second["deadline"]["kind"], second["deadline"]["start_date"], second["deadline"]["date"]) == (
        "continuous", "2026-01-01", None)


# A statistics calendar: the unit "chịu trách nhiệm" leads; merged cells are printed once, on the first row.
CALENDAR = """LỊCH PHỔ BIẾN THÔNG TIN THỐNG KÊ NĂM 2026
|
**STT**
|
**Tên thông tin thống kê**
|
**Thời gian phổ biến**
|
**Đơn vị chịu trách nhiệm phổ biến**
|
|
1
|
Số đơn vị hành chính
|
Tháng 6/2026
|
Vụ Chính quyền địa phương
|
|
2
|
Số đại biểu Hội đồng nhân dân
|
|
3
|
Số vụ tai nạn lao động
|
Tháng 3/2026
|
Cục Việc làm
|
"""


def test_the_unit_responsible_leads_and_a_short_row_shares_the_merged_cells_above():
    record = parse_text(CALENDAR)
    found = [(t["clause"], t["lead"], (t["deadline"] or {}).get("date")) for t in record["tasks"]]
    assert found == [("1", ["Vụ Chính quyền địa phương"], "2026-06-30"),
                     ("2", ["Vụ Chính quyền địa phương"], "2026-06-30"),
                     ("3", ["Cục Việc làm"], "2026-03-31")]
    assert [d["date"] for d in record["deadlines"]] == ["2026-06-30", "2026-03-31"]


def test_where_to_file_in_a_catalogue_of_procedures_is_no_lead_column():
    text = "| STT | Tên thủ tục | Thời hạn giải quyết | Cơ quan thực hiện |\n| 1 | Cấp phép | 10 ngày | Sở Y tế |\n"
    assert find_task_rows(text) == []


def test_a_column_of_procedure_names_alone_marks_a_catalogue():
    text = ("| STT | Tên thủ tục hành chính nội bộ | Cơ quan thực hiện | Ghi chú |\n"
            "| 4 | Xây dựng bảng giá đất để áp dụng từ ngày 01 tháng 01 năm 2026 | UBND tỉnh | |\n")
    assert find_procedure_tables(text)
    assert parse_text(text)["deadlines"] == []


OVERDUE = """PHỤ LỤC I
TỔNG HỢP CÁC NHIỆM VỤ CHẬM MUỘN
| **STT** | **Nhiệm vụ** | **Văn bản giao nhiệm vụ** | **Cơ quan chủ trì thực hiện** | **Thời hạn hoàn thành** |
| 1. | Rà soát các quy định pháp luật về chuyển đổi số | Nghị quyết số 71/NQ-CP | Bộ Tư pháp | 30/06/2025 |
| 2. | Xây dựng cơ sở dữ liệu về đất đai | Công văn số 123/VPCP-CN | Bộ Nông nghiệp và Môi trường | 15/10/2025 |
"""


def test_a_table_of_overdue_tasks_quoted_from_the_documents_that_set_them_sets_no_task():
    record = parse_text("Điều 1. Bộ Tư pháp chủ trì rà soát, hoàn thành trước ngày 30/11/2025.\n" + OVERDUE)
    assert [t["lead"] for t in record["tasks"]] == [["Bộ Tư pháp"]]
    assert [d["date"] for d in record["deadlines"]] == ["2025-11-30"]


def test_a_plans_expected_results_column_does_not_make_it_a_report():
    table = OVERDUE.replace("Văn bản giao nhiệm vụ", "Kết quả thực hiện")
    assert find_task_rows(table)


# A document converted to plain text prints each row on one line, bars between its cells but none at its
# edges, and a merged section title once in every cell.
ROWS_WITHOUT_EDGES = """PHỤ LỤC
TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian trình | Sản phẩm

I | Hoàn thiện pháp luật | Hoàn thiện pháp luật | Hoàn thiện pháp luật | Hoàn thiện pháp luật | Hoàn thiện pháp luật

1 | Báo cáo tổng kết thi hành luật | Bộ Tư pháp | Các bộ, ngành | 2022 | Báo cáo

2 | Đề án phát triển đại học, phấn đấu đến năm 2030 có 02 trường đạt chuẩn | Bộ Giáo dục và Đào tạo | Các cơ quan liên quan | 2023 | Đề án

II | Quy hoạch | Quy hoạch | Quy hoạch | Quy hoạch | Quy hoạch

1 | Quy hoạch vùng | Bộ Xây dựng | Các địa phương | Quý II/2023 | Quyết định
"""


def test_rows_printed_without_bars_at_their_edges_are_read_cell_by_cell():
    found = [(t["clause"], t["lead"]) for t in parse_text(ROWS_WITHOUT_EDGES)["tasks"]]
    assert found == [("I.1", ["Bộ Tư pháp"]), ("I.2", ["Bộ Giáo dục và Đào tạo"]), ("II.1", ["Bộ Xây dựng"])]


def test_a_row_is_due_by_its_time_cell_before_a_target_its_content_names():
    due = [t["deadline"]["date"] for t in parse_text(ROWS_WITHOUT_EDGES)["tasks"]]
    assert due == ["2022-12-31", "2023-12-31", "2023-06-30"]


def test_a_bar_inside_a_bordered_table_cell_wrapped_over_lines_splits_nothing():
    text = ("| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Rà soát quy chế phối hợp | Sở Y tế,\nSở Tài chính | Quý I/2026 |\n")
    [task] = parse_text(text)["tasks"]
    assert (task["clause"], task["lead"]) == ("1", ["Sở Y tế", "Sở Tài chính"])
