"""Task tables whose cells a PDF's text layer printed one under another. The tables below are written for
these tests, in the layout the Công báo's text layer gives."""

import datetime

from chidao.text import parse_text
from chidao.text.linear_tables import find_linear_task_rows

TABLE = """PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Quyết định số 12/QĐ-TTg ngày 05 tháng 5 năm 2026)

STT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian hoàn
thành
I. Hoàn thiện thể chế về phòng, chống thiên tai
1.

Rà soát, sửa đổi các quy định về phòng,
chống thiên tai bảo đảm đồng bộ với
quy hoạch của địa phương
Ủy ban nhân
dân cấp tỉnh
Các cơ quan, tổ
chức liên quan.
Văn bản chỉ đạo
Thường xuyên
2.
Xây dựng cơ sở dữ liệu về thiên tai.
Bộ NN&MT,
Bộ Công
Thương
Bộ Khoa học và
Công nghệ, các bộ
Cơ sở dữ liệu
Quý III/2027

CÔNG BÁO/Số 286/Ngày 27-05-2026
95

II Tăng cường năng lực ứng phó
3.
Đầu tư trang thiết bị cứu hộ, cứu nạn
cho lực lượng xung kích ở cơ sở.
Bộ Quốc phòng
Các bộ,
cơ quan
Trang thiết bị
Năm
2026 - 2027
-
Công trình thông tin liên lạc.
Bộ Khoa học và
Công nghệ
Các bộ
Công trình
Năm 2027
Ghi chú: Các bộ, cơ quan gửi báo cáo kết quả thực hiện về Bộ Nông nghiệp và Môi trường trước ngày 15 tháng 12 hằng năm.
"""

HEADER = """THỦ TƯỚNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/QĐ-TTg
Hà Nội, ngày 05 tháng 5 năm 2026
QUYẾT ĐỊNH
Ban hành danh mục nhiệm vụ
Điều 1. Ban hành kèm theo Quyết định này danh mục nhiệm vụ.
"""


def cells(text):
    def shown(span):
        return " ".join(text[span[0]:span[1]].split()) if span else None

    return [(r.clause, shown(r.lead), shown(r.support), shown(r.due))
            for _, rows in find_linear_task_rows(text) for r in rows]


def test_each_numbered_row_gives_its_lead_support_and_time_cells():
    assert cells(TABLE) == [
        ("I.1", "Ủy ban nhân dân cấp tỉnh", "Các cơ quan, tổ chức liên quan.", "Thường xuyên"),
        ("I.2", "Bộ NN&MT, Bộ Công Thương", "Bộ Khoa học và Công nghệ, các bộ", "Quý III/2027"),
        ("II.3", "Bộ Quốc phòng", "Các bộ, cơ quan", "Năm 2026 - 2027"),
        ("II.3", "Bộ Khoa học và Công nghệ", "Các bộ", "Năm 2027"),
    ]


def test_the_gazettes_running_head_and_page_number_are_not_rows():
    assert [clause for clause, *_ in cells(TABLE)] == ["I.1", "I.2", "II.3", "II.3"]


def test_a_note_under_the_table_is_not_part_of_the_last_row():
    assert cells(TABLE)[-1][3] == "Năm 2027"


def test_a_table_without_a_lead_column_is_not_a_task_table():
    assert find_linear_task_rows(TABLE.replace("chủ trì", "ký").replace("phối hợp", "khác")) == []


def test_rows_of_a_printed_table_become_tasks_with_their_deadlines():
    record = parse_text(HEADER + TABLE)
    tasks = [(t["clause"], t["lead"], (t["deadline"] or {}).get("date")) for t in record["tasks"] if t["clause"] != "Điều 1"]
    assert tasks == [
        ("I.1", [], None),
        ("I.2", ["Bộ Nông nghiệp và Môi trường", "Bộ Công Thương"], "2027-09-30"),
        ("II.3", ["Bộ Quốc phòng"], "2027-12-31"),
        ("II.3", ["Bộ Khoa học và Công nghệ"], "2027-12-31"),
    ]
    assert record["tasks"][0]["lead_groups"] == ["Ủy ban nhân dân cấp tỉnh"]
    assert datetime.date.fromisoformat(record["document"]["issued_on"]) == datetime.date(2026, 5, 5)


# The header a table printed over pages repeats on each.
PAGE_HEADER = """STT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Thời gian
hoàn thành
Căn cứ
bổ sung
"""

PAGED = PAGE_HEADER + """1
Rà soát, sửa đổi các quy định về thủ tục hành
chính trong lĩnh vực đầu tư kinh doanh
Các bộ,
cơ quan ngang bộ  Bộ Tư pháp
Tháng
9/2026
Nghị quyết
số 66-NQ/TW
2  Xây dựng Đề án về chỉ số đánh giá, chấm điểm
KPI về công tác xây dựng pháp luật
Bộ Tư pháp
Các bộ
Kỳ họp thứ
nhất Quốc
hội khóa
XVI
Chương
trình số 12-CTr/BCĐ

CÔNG BÁO/Số 286/Ngày 27-05-2026
98

""" + PAGE_HEADER + """3  Xây dựng, vận hành cơ sở dữ liệu quốc gia về
thủ tục hành chính
Bộ Công an
Các bộ
Nhiệm vụ thường
xuyên
Nghị định số
09/2026/NĐ-CP
"""


def test_a_row_numbered_beside_its_text_after_a_page_break_follows_the_last_row():
    assert [clause for clause, *_ in cells(PAGED)] == ["1", "2", "3"]


def test_cells_on_one_line_a_basis_column_and_a_bare_numeral_inside_a_cell_are_read_so():
    assert cells(PAGED)[0] == ("1", "Các bộ, cơ quan ngang bộ", "Bộ Tư pháp", "Tháng 9/2026")
    assert cells(PAGED)[1][:3] == ("2", "Bộ Tư pháp", "Các bộ")


def test_ongoing_work_in_the_time_column_is_continuous():
    record = parse_text(HEADER + PAGED)
    [task] = [t for t in record["tasks"] if t["clause"] == "3"]
    assert task["lead"] == ["Bộ Công an"]
    assert [d["kind"] for d in record["deadlines"] if d["text"].startswith("Nhiệm vụ")] == ["continuous"]


GROUPED = """TT
Nhiệm vụ, giải pháp
Cơ quan
chủ trì
Cơ quan
phối hợp
Sản phẩm
Thời gian
thực hiện
1.
Rà soát, hoàn thiện thể chế
1.1
Nghiên cứu, sửa đổi các quy định về
đầu tư, kinh doanh sản phẩm công nghệ số.
Bộ Tài chính
Bộ Khoa học và
Công nghệ
Cơ chế, chính sách
được ban hành
Quý IV/2026
1.2
Hoàn thiện chính sách phát triển hạ tầng số.
Bộ Khoa học và
Công nghệ
Bộ Tài chính
Chính sách
Quý III/2026
"""


def test_rows_numbered_under_a_group_number_are_read():
    assert cells(GROUPED) == [
        ("1.1", "Bộ Tài chính", "Bộ Khoa học và Công nghệ", "Quý IV/2026"),
        ("1.2", "Bộ Khoa học và Công nghệ", "Bộ Tài chính", "Quý III/2026"),
    ]


def test_a_time_cell_printing_only_years_is_read():
    table = GROUPED.replace("Quý IV/2026", "2026").replace("Quý III/2026", "2026 - 2027")
    assert [due for *_, due in cells(table)] == ["2026", "2026 - 2027"]


def test_a_cell_line_ending_in_cac_runs_on_to_the_next():
    table = GROUPED.replace("Bộ Khoa học và\nCông nghệ\nCơ chế", "Các\nBộ, ngành liên quan\nCơ chế")
    assert cells(table)[0][2] == "Các Bộ, ngành liên quan"


LEAD_FIRST = """STT
Cơ quan
chủ trì
Nội dung nhiệm vụ
Cơ quan phối hợp
Thời gian hoàn thành
1
Sở Tài chính
Xây dựng kế hoạch phân bổ vốn đầu tư công năm
2026 cho các dự án trọng điểm của tỉnh.
Các sở, ngành liên quan
Quý I/2026
2
Sở Xây dựng
Rà soát, điều chỉnh quy hoạch chung đô thị của
tỉnh theo mô hình chính quyền hai cấp.
Ủy ban nhân dân
cấp xã
Quý II/2026
"""


def test_a_table_whose_lead_column_comes_before_the_task_is_read_in_its_order():
    assert cells(LEAD_FIRST) == [
        ("1", "Sở Tài chính", "Các sở, ngành liên quan", "Quý I/2026"),
        ("2", "Sở Xây dựng", "Ủy ban nhân dân cấp xã", "Quý II/2026"),
    ]


DUE_SECOND = """TT
NHIỆM VỤ
THỜI HẠN
HOÀN THÀNH
CƠ QUAN CHỦ TRÌ
CƠ QUAN PHỐI HỢP
I
Nhóm nhiệm vụ về hoàn thiện thể chế phát triển đồng bộ, hiện đại
1
Tổng rà soát hệ thống pháp luật trong các lĩnh vực quản lý
Tháng 12/2026
Bộ Tư pháp chủ trì hướng dẫn,
tổng hợp, báo cáo
Các bộ, cơ quan, địa
phương liên quan
2
Sửa đổi Luật Đất đai và các văn bản hướng dẫn thi hành
Quý
IV/2026
Bộ Nông nghiệp và Môi trường
Các bộ, cơ quan, địa
phương
"""


def test_a_time_column_right_after_the_task_is_read_before_the_doers():
    assert cells(DUE_SECOND) == [
        ("I.1", "Bộ Tư pháp chủ trì hướng dẫn, tổng hợp, báo cáo", "Các bộ, cơ quan, địa phương liên quan",
         "Tháng 12/2026"),
        ("I.2", "Bộ Nông nghiệp và Môi trường", "Các bộ, cơ quan, địa phương", "Quý IV/2026"),
    ]


WEB_HEADER_TABLE = """PHỤ LỤC
| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |
| --- | --- | --- | --- |
Thời gian thực hiện
1
Tổ chức tuyên truyền, phổ biến Nghị định
a)
Tổ chức hội nghị phổ biến Nghị định đến các cơ quan ở trung ương, địa phương.
Bộ Tư pháp
Vụ Pháp chế; các cơ quan liên quan
Quý III, IV/2026
b)
Xây dựng tiêu chuẩn các-bon rừng quốc gia và hướng dẫn đăng ký dự án.
Bộ Tài chính
Bộ Tư pháp
Quý IV/2026, 2027
"""


def test_a_web_pages_header_row_over_rows_printed_one_cell_a_line_still_heads_them():
    record = parse_text(HEADER + WEB_HEADER_TABLE)
    found = [(t["clause"], t["lead"], (t["deadline"] or {}).get("date")) for t in record["tasks"]
             if t["clause"] != "Điều 1"]
    assert found == [("1.a", ["Bộ Tư pháp"], "2026-12-31"), ("1.b", ["Bộ Tài chính"], "2027-12-31")]
    windows = [(d["start_date"], d["date"]) for d in record["deadlines"] if d["kind"] == "range"]
    assert windows == [("2026-07-01", "2026-12-31"), ("2026-10-01", "2027-12-31")]
