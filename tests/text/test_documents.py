"""Document headers in the layouts documents arrive in: plain text, columns run together, Markdown tables, and
saved web pages wrapped in the legal website's chrome. The documents below are written for these tests."""

import datetime
import random
import time

import pytest

from chidao.text.chrome import LazySegments, segments
from chidao.text.normalize import fold
from chidao.text.documents import (
    find_document_bounds, parse_header, read_page_metadata, readable_issuer, sentence_case,
)
from chidao.text.signer import find_closing, find_closing_in

PLAIN = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 03/CT-UBND
Lạng Sơn, ngày 05 tháng 01 năm 2024

CHỈ THỊ
VỀ VIỆC TĂNG CƯỜNG CÁC BIỆN PHÁP BẢO ĐẢM
ĐÓN TẾT NGUYÊN ĐÁN GIÁP THÌN 2024

Đoạn mở đầu của chỉ thị thử nghiệm.
1. Sở Công Thương theo dõi thị trường.

Nơi nhận:
- Văn phòng Chính phủ;
- Thường trực Tỉnh ủy;
- Các sở, ban, ngành tỉnh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH


Hồ Tiến Thiệu
"""

COLUMNS = """ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LẠNG SƠN              Độc lập - Tự do - Hạnh phúc

Số:  08 /UBND-KT             Lạng Sơn, ngày 02 tháng 01 năm 2024
V/v bảo đảm cân đối cung cầu
dịp Tết Nguyên đán Giáp Thìn 2024

Kính gửi: Các sở, ban, ngành tỉnh.

Nội dung công văn thử nghiệm.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đoàn Thu Hà
"""

TABLE = """*Source: https://example.org/van-ban/chi-thi-thu-nghiem*

# Tiêu đề do trang web đặt

| THỦ TƯỚNG CHÍNH PHỦ -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------- |
|---|---|
| Số: 30/CT-TTg | Hà Nội, ngày 15 tháng 12 năm 2023 |

CHỈ THỊ

VỀ VIỆC TỔ CHỨC TẾT GIÁP THÌN 2024

Nội dung chỉ thị thử nghiệm.

| Nơi nhận: - Ban Bí thư Trung ương Đảng; - Các Bộ, cơ quan ngang Bộ; - Lưu: VT, KGVX (3b). | THỦ TƯỚNG Phạm Minh Chính |
"""

# The website's metadata table deliberately disagrees with the document: the document must win.
WEB = """|
Đang tải văn bản...
#
**Số hiệu:**
|
999/CĐ-TTg
|
**Loại văn bản:**
|
Công văn
|
**Ngày ban hành:**
|
01/01/2020
|
**Tình trạng:**
|
Đã biết
|
## Tóm tắt do trang web viết
Ngày 20/11/2025, Thủ tướng Chính phủ ban hành Công điện 224/CĐ-TTg.
|
**THỦ TƯỚNG CHÍNH
PHỦ**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 224/CĐ-
TTg
|
*Hà Nội, ngày 20
tháng 11 n**ă**m 2025*
|
**CÔNG ĐIỆN**
VỀ VIỆC KHẨN TRƯƠNG
CHUẨN BỊ THỬ NGHIỆM
**THỦ TƯỚNG CHÍNH PHỦ điện:**
- Bộ trưởng các Bộ;
Nội dung công điện thử nghiệm.
|
*Nơi
nhận:*
- Như trên;
- Các Bộ: KHCN, QP,
NV, TP;
- Lưu: VT, TH.
|
**KT. THỦ TƯỚNG**
**PHÓ THỦ TƯỚNG**
**Trần Hồng Hà**
|
Công điện 224/CĐ-TTg năm 2025 về việc thử nghiệm
Văn bản này chưa cập nhật nội dung Tiếng Anh
## Văn bản liên quan
Ban hành:
18/11/2025
"""


def test_plain_header_gives_every_field():
    header = parse_header(PLAIN)
    assert header.type == "Chỉ thị"
    assert (header.code, header.number, header.year, header.symbol) == ("03/CT-UBND", 3, None, "CT-UBND")
    assert header.issued_on == datetime.date(2024, 1, 5)
    assert header.place == "Lạng Sơn"
    assert header.issuer == "Ủy ban nhân dân tỉnh Lạng Sơn"
    assert header.subject == "Về việc tăng cường các biện pháp bảo đảm đón Tết Nguyên đán Giáp Thìn 2024"


def test_plain_signer_block_gives_authority_title_and_name():
    signer = parse_header(PLAIN).signer
    assert (signer.authority, signer.title, signer.name) == ("TM.", "Chủ tịch", "Hồ Tiến Thiệu")


def test_a_signer_in_their_own_right_needs_no_authority_nor_noi_nhan():
    text = PLAIN.split("Nơi nhận:")[0] + "Điều 3. Các Bộ trưởng chịu trách nhiệm thi hành Quyết định này./.\n\nTHỦ TƯỚNG\n[\n\nLê Minh Hưng\n"
    signer = parse_header(text).signer
    assert (signer.authority, signer.title, signer.name) == (None, "Thủ tướng", "Lê Minh Hưng")


def test_recipients_are_the_dash_items_without_the_archive_copy():
    recipients = parse_header(PLAIN).recipients
    assert recipients == ["Văn phòng Chính phủ", "Thường trực Tỉnh ủy", "Các sở, ban, ngành tỉnh"]


def test_body_lies_between_the_header_and_the_closing():
    header = parse_header(PLAIN)
    body = PLAIN[header.body_start:header.body_end]
    assert body.strip().startswith("Đoạn mở đầu")
    assert body.strip().endswith("theo dõi thị trường.")
    assert header.start == 0 and PLAIN[header.start:header.end].rstrip().endswith("Hồ Tiến Thiệu")


def test_cong_van_type_comes_from_the_v_v_line_and_subject_reads_ve_viec():
    header = parse_header(COLUMNS)
    assert header.type == "Công văn"
    assert header.code == "08/UBND-KT"
    assert header.subject == "Về việc bảo đảm cân đối cung cầu dịp Tết Nguyên đán Giáp Thìn 2024"


def test_columns_run_together_still_give_issuer_place_and_date():
    header = parse_header(COLUMNS)
    assert header.issuer == "Ủy ban nhân dân tỉnh Lạng Sơn"
    assert header.place == "Lạng Sơn"
    assert header.issued_on == datetime.date(2024, 1, 2)


def test_deputy_signing_for_the_head_is_authority_kt_with_his_own_title():
    signer = parse_header(COLUMNS).signer
    assert (signer.authority, signer.title, signer.name) == ("KT.", "Phó Chủ tịch", "Đoàn Thu Hà")


def test_markdown_table_header_and_closing_are_read_cell_by_cell():
    header = parse_header(TABLE)
    assert (header.type, header.code, header.issued_on) == ("Chỉ thị", "30/CT-TTg", datetime.date(2023, 12, 15))
    assert header.issuer == "Thủ tướng Chính phủ"
    assert header.place == "Hà Nội"
    assert header.subject == "Về việc tổ chức Tết Giáp Thìn 2024"
    assert header.recipients == ["Ban Bí thư Trung ương Đảng", "Các Bộ, cơ quan ngang Bộ"]
    assert (header.signer.title, header.signer.name, header.signer.authority) == ("Thủ tướng", "Phạm Minh Chính", None)


def test_web_page_chrome_is_skipped_and_the_document_own_header_wins():
    header = parse_header(WEB)
    assert header.code == "224/CĐ-TTg"
    assert header.type == "Công điện"
    assert header.issued_on == datetime.date(2025, 11, 20)
    assert header.issuer == "Thủ tướng Chính phủ"
    assert header.subject == "Về việc khẩn trương chuẩn bị thử nghiệm"
    signer = header.signer
    assert (signer.authority, signer.title, signer.name) == ("KT.", "Phó Thủ tướng", "Trần Hồng Hà")


def test_recipients_broken_over_lines_by_the_page_dump_are_rejoined():
    assert parse_header(WEB).recipients == ["Như trên", "Các Bộ: KHCN, QP, NV, TP"]


def test_authority_written_with_a_slash_is_read():
    text = PLAIN.replace("TM. ỦY BAN NHÂN DÂN", "T/M ỦY BAN NHÂN DÂN")
    assert parse_header(text).signer.authority == "TM."


def test_rank_before_the_name_is_not_the_title():
    text = PLAIN.replace("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nHồ Tiến Thiệu", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n"
                         "Thượng tướng Hoàng Xuân Chiến")
    signer = parse_header(text).signer
    assert (signer.authority, signer.title, signer.name) == ("KT.", "Thứ trưởng", "Hoàng Xuân Chiến")


@pytest.mark.parametrize(("printed", "name"), [("**Lê Tấn\nCận**", "Lê Tấn Cận"), ("Bùi\nXuân Cường", "Bùi Xuân Cường"),
                                             ("Hồ Tiến Thiệu\nHà", "Hồ Tiến Thiệu")])
def test_a_name_wrapped_over_two_lines_is_read_whole(printed, name):
    text = PLAIN.replace("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nHồ Tiến Thiệu", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n" + printed)
    assert parse_header(text).signer.name == name


def test_sample_digest_is_not_a_document(sample_digest_text):
    assert parse_header(sample_digest_text) is None


def test_document_bounds_leave_out_metadata_summary_and_related_documents():
    start, end = find_document_bounds(WEB)
    assert WEB[start:].startswith("**THỦ TƯỚNG CHÍNH")
    document = WEB[start:end]
    assert "Số hiệu" not in document and "Tóm tắt" not in document
    assert "Văn bản liên quan" not in document and "chưa cập nhật" not in document
    assert "Công điện 224/CĐ-TTg năm 2025" not in document
    assert document.endswith("Trần Hồng Hà")


def test_document_bounds_of_a_bare_document_are_the_whole_text():
    assert find_document_bounds(PLAIN) == (0, len(PLAIN.rstrip()))


def test_metadata_labels_inside_a_document_are_not_website_chrome():
    text = PLAIN + "\nPHỤ LỤC\n**Ngày ban hành:**\n|\n02/01/2024\n**Tình trạng:**\n|\nCòn hiệu lực\n"
    assert find_document_bounds(text)[0] == 0
    assert parse_header(text).code == "03/CT-UBND"


def test_text_without_header_is_not_a_document():
    assert parse_header("Sở Y tế phối hợp với các cơ quan liên quan triển khai kế hoạch.") is None
    assert parse_header("") is None


def test_a_so_line_without_a_code_is_not_a_header():
    assert parse_header("Kết quả hỗ trợ\nSố: 12 người được hỗ trợ trong tuần\n") is None


def test_recipient_with_a_note_after_its_semicolon_keeps_the_note():
    text = TABLE.replace("- Ban Bí thư Trung ương Đảng;", "- Ban Bí thư Trung ương Đảng; (báo cáo)")
    assert parse_header(text).recipients[0] == "Ban Bí thư Trung ương Đảng (báo cáo)"


def test_a_code_part_printed_letter_by_letter_is_joined():
    header = parse_header(PLAIN.replace("Số: 03/CT-UBND", "Số: 3210/QĐ - U B ND"))
    assert header.code == "3210/QĐ-UBND"


def test_a_place_run_into_the_code_stays_outside_it():
    header = parse_header(PLAIN.replace("Số: 03/CT-UBND", "Số: 12/UBND-V Lạng Sơn"))
    assert header.code == "12/UBND-V"


def test_unnumbered_code_keeps_its_symbol():
    header = parse_header(PLAIN.replace("Số: 03/CT-UBND", "Số:      /CT-UBND"))
    assert header.code is None and header.number is None
    assert header.symbol == "CT-UBND"
    assert header.type == "Chỉ thị"


def test_readable_issuer_names():
    assert readable_issuer("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN") == "Ủy ban nhân dân tỉnh Lạng Sơn"
    assert readable_issuer("VĂN PHÒNG CHÍNH PHỦ") == "Văn phòng Chính phủ"
    assert readable_issuer("CỤC THUẾ") == "Cục Thuế"
    assert readable_issuer("BỘ TÀI CHÍNH") == "Bộ Tài chính"
    assert readable_issuer("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI") == "Hội đồng nhân dân thành phố Hà Nội"


def test_stacked_issuer_is_the_lower_body():
    text = PLAIN.replace("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "BỘ TÀI CHÍNH\nCỤC THUẾ")
    assert parse_header(text).issuer == "Cục Thuế"


def test_sentence_case_keeps_codes_and_numerals():
    assert sentence_case("BÃI BỎ QUYẾT ĐỊNH SỐ 10/2016/QĐ-UBND CỦA TỈNH BẮC NINH") == (
        "Bãi bỏ quyết định số 10/2016/QĐ-UBND của tỉnh Bắc Ninh")
    assert sentence_case("ĐẠI HỘI LẦN THỨ XIV CỦA ĐẢNG") == "Đại hội lần thứ XIV của Đảng"
    assert sentence_case("BÁO CÁO QUÝ IV NĂM 2024") == "Báo cáo quý IV năm 2024"


def test_sentence_case_does_not_mistake_words_for_numerals_or_places():
    assert sentence_case("THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH") == "Thuộc phạm vi quản lý của tỉnh"
    assert sentence_case("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI") == "Ngân hàng chính sách xã hội"
    assert sentence_case("ỦY QUYỀN CHO ỦY BAN NHÂN DÂN TỈNH CÔNG BỐ") == "Ủy quyền cho ủy ban nhân dân tỉnh công bố"


def test_sentence_case_capitalises_department_names_and_lunar_years():
    assert sentence_case("GIAO SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LẠNG SƠN") == (
        "Giao Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn")
    assert sentence_case("CHĂM LO TẾT GIÁP THÌN CHO CƠ SỞ") == "Chăm lo Tết Giáp Thìn cho cơ sở"
    assert sentence_case("Về việc đã viết thường") == "Về việc đã viết thường"


def test_header_to_dict_has_the_contract_fields():
    record = parse_header(PLAIN).to_dict()
    assert record["issued_on"] == "2024-01-05"
    assert record["signer"] == {"name": "Hồ Tiến Thiệu", "title": "Chủ tịch", "authority": "TM."}
    assert set(record) == {"type", "code", "number", "year", "symbol", "issued_on", "place", "issuer",
                           "subject", "signer", "recipients"}


def test_large_input_parses_in_linear_time():
    text = WEB + ("Nội dung dài, thực hiện Quyết định số 12/QĐ-UBND ngày 02/01/2024. | - ** \n" * 60000)
    began = time.perf_counter()
    parse_header(text)
    assert time.perf_counter() - began < 10


# A saved page whose document lost its header: only the website's metadata table names it.
PAGE_ONLY = """Đang tải văn bản...
#
**Số hiệu:**
|
15/UBND-KT
|
|
**Loại văn bản:**
|
Công văn
|
**Nơi ban hành:**
|
Tỉnh Lạng Sơn
|
**Người ký:**
|
Đoàn Thu Hà
|
**Ngày ban hành:**
|
08/01/2024
|
**Ngày hiệu lực:**
|
Đã biết
|
**Tình trạng:**
|
Đang cập nhật
|
## Tin tóm tắt của trang
Tỉnh ban hành văn bản thử nghiệm về chợ phiên.
**Kính gửi:** Các sở, ban, ngành tỉnh.
Nội dung công văn thử nghiệm về chợ phiên cuối năm.
|
**Nơi nhận:**
- Như trên;
- Lưu: VT.
|
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
**Đoàn Thu Hà**
|
Văn bản liên quan
"""


def test_page_without_document_header_is_read_from_the_page_metadata_table():
    header = parse_header(PAGE_ONLY)
    assert (header.code, header.number, header.symbol) == ("15/UBND-KT", 15, "UBND-KT")
    assert header.type == "Công văn"
    assert header.issued_on == datetime.date(2024, 1, 8)
    assert header.issuer == "Tỉnh Lạng Sơn"
    assert header.subject is None


def test_signature_block_of_the_body_is_kept_when_the_header_comes_from_the_page():
    signer = parse_header(PAGE_ONLY).signer
    assert (signer.authority, signer.title, signer.name) == ("KT.", "Phó Chủ tịch", "Đoàn Thu Hà")


def test_page_table_names_the_signer_when_the_body_has_no_signature_block():
    text = PAGE_ONLY.split("|\n**Nơi nhận:**")[0]
    signer = parse_header(text).signer
    assert (signer.authority, signer.title, signer.name) == (None, None, "Đoàn Thu Hà")


def test_header_from_the_page_points_at_the_document_after_the_table_and_summary():
    header = parse_header(PAGE_ONLY)
    assert PAGE_ONLY[header.start:].startswith("**Kính gửi:**")
    assert header.body_start == header.start
    document = PAGE_ONLY[header.start:header.end]
    assert "Số hiệu" not in document and "Tin tóm tắt" not in document and "Văn bản liên quan" not in document
    assert PAGE_ONLY[header.body_start:header.body_end].rstrip(" \n|").endswith("chợ phiên cuối năm.")


def test_page_table_fills_only_what_the_document_header_lacks():
    page_table = PAGE_ONLY.split("## Tin tóm tắt")[0]
    undated = PLAIN.replace("Lạng Sơn, ngày 05 tháng 01 năm 2024\n", "")
    header = parse_header(page_table + undated)
    assert (header.code, header.type, header.issuer) == ("03/CT-UBND", "Chỉ thị", "Ủy ban nhân dân tỉnh Lạng Sơn")
    assert header.issued_on == datetime.date(2024, 1, 8)  # the only field the document does not print
    assert header.signer.name == "Hồ Tiến Thiệu"


def test_values_the_website_has_not_filled_in_are_left_out():
    table = read_page_metadata(PAGE_ONLY)
    assert table == {"code": "15/UBND-KT", "type": "Công văn", "issuer": "Tỉnh Lạng Sơn", "signer": "Đoàn Thu Hà",
                     "issued_on": "08/01/2024"}
    unknown = PAGE_ONLY.replace("15/UBND-KT", "Đang cập nhật").replace("08/01/2024", "Đã biết")
    assert "code" not in read_page_metadata(unknown) and "issued_on" not in read_page_metadata(unknown)


def test_a_page_table_printing_two_labels_a_line_gives_each_its_own_value():
    text = ("Số hiệu: 155/KH-UBND Loại văn bản: Văn bản khác\n"
            "Nơi ban hành: Tỉnh Bắc Ninh Người ký: Nguyễn Tiến Nhường\n"
            "Ngày ban hành: 26/05/2017 Ngày hiệu lực: Đang cập nhật\n\n"
            "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 155/KH-UBND\nBắc Ninh, ngày 26 tháng 5 năm 2017\n"
            "KẾ HOẠCH\nTriển khai thử nghiệm\n\nNội dung thử nghiệm.\n")
    assert read_page_metadata(text) == {"code": "155/KH-UBND", "type": "Văn bản khác", "issuer": "Tỉnh Bắc Ninh",
                                        "signer": "Nguyễn Tiến Nhường", "issued_on": "26/05/2017"}
    assert parse_header(text).signer.name == "Nguyễn Tiến Nhường"  # the document's signature is beyond the page


def test_page_table_as_markdown_rows_with_values_beside_their_labels_is_read():
    text = ("| **Số hiệu:** | 15/UBND-KT | **Loại văn bản:** | Công văn |\n"
            "| **Ngày ban hành:** | 08/01/2024 | **Tình trạng:** | Đã biết |\n\n"
            "Nơi ban hành: Tỉnh Lạng Sơn\n\nKính gửi: Các sở.\nNội dung thử nghiệm.\n")
    table = read_page_metadata(text)
    assert table == {"code": "15/UBND-KT", "type": "Công văn", "issued_on": "08/01/2024", "issuer": "Tỉnh Lạng Sơn"}
    assert parse_header(text).code == "15/UBND-KT"


def test_page_table_naming_no_code_type_or_date_makes_no_header():
    text = "**Nơi ban hành:**\n|\nTỉnh Lạng Sơn\n|\n**Người ký:**\n|\nĐoàn Thu Hà\n|\nNội dung thử nghiệm.\n"
    assert parse_header(text) is None


def test_related_documents_after_the_table_are_not_read_as_its_labels():
    text = PAGE_ONLY.replace("Văn bản liên quan\n", "Văn bản liên quan\nSố hiệu: 99/QĐ-UBND\nTình trạng: Đã biết\n")
    assert read_page_metadata(text)["code"] == "15/UBND-KT"
    assert parse_header(text).end < text.index("Văn bản liên quan") + 1


def test_consolidated_text_is_typed_by_its_ky_hieu_not_by_the_name_it_prints():
    text = PLAIN.replace("Số: 03/CT-UBND", "Số: 12/VBHN-UBND").replace("CHỈ THỊ\n", "QUYẾT ĐỊNH\n")
    header = parse_header(text)
    assert (header.code, header.type) == ("12/VBHN-UBND", "Văn bản hợp nhất")


def test_page_table_labels_are_read_in_linear_time():
    text = "**Số hiệu:**\n|\n" * 60000 + PAGE_ONLY
    began = time.perf_counter()
    read_page_metadata(text)
    parse_header(text)
    assert time.perf_counter() - began < 10


# --- the fast paths give what cutting the whole document gives -----------------------------------------------

_PIECES = [
    "", "  ", "**", "| ", "Nơi nhận:", "N**ơi** nhận:", "Nơi", "nhận:", "- Sở Y tế;", "- Lưu: VT.", "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH", "Nguyễn Văn An", "TM. ỦY BAN NHÂN DÂN", "**CHỦ TỊCH**", "Đoạn văn của thân bài.",
    "CÁC SỞ, NGÀNH", "Q. GIÁM ĐỐC", "T**M**. BAN", "nơi ở của người dân", "  Trần   Thị Bình  ", "# Phụ lục",
]


def _random_document(seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_PIECES) + rng.choice("\n\n\n|") for _ in range(rng.randint(0, 400)))


def test_lazy_segments_are_the_segments_of_the_whole_cut():
    for seed in range(60):
        text = _random_document(seed)
        start = seed % 7 if seed % 7 < len(text) else 0
        expected = segments(text, start, len(text))
        lazy = LazySegments(text, start, len(text), chunk=50)
        assert [lazy[i] for i in range(len(expected))] == expected
        assert not lazy.has(len(expected)) and list(lazy) == expected and lazy[3:9] == expected[3:9]


def test_lazy_segments_cut_only_what_is_asked():
    text = "dòng\n" * 100_000
    lazy = LazySegments(text)
    assert lazy.has(10) and lazy[10].text == "dòng"
    assert len(lazy._items) < 1000  # the rest of the text is not cut


def test_find_closing_in_gives_what_the_whole_cut_gives():
    for seed in range(150):
        text = _random_document(seed)
        body_start = (seed * 37) % (len(text) + 1)
        expected = find_closing(segments(text, 0, len(text)), body_start)
        assert find_closing_in(text, 0, len(text), body_start) == expected, seed


def test_find_closing_in_finds_a_closing_followed_by_a_long_annex():
    annex = "Điều khoản của quy chế kèm theo.\n" * 3000
    text = PLAIN.replace("- Lưu: VT, KGVX.", "- Lưu: VT, KGVX.\n\n" + annex)
    header = parse_header(text)
    assert header.recipients == ["Văn phòng Chính phủ", "Thường trực Tỉnh ủy", "Các sở, ban, ngành tỉnh"]
    assert header.body_end < text.index("Điều khoản")


def test_chrome_label_and_notice_lookups_find_what_the_full_patterns_find():
    from chidao.text import chrome

    pieces = ["**", "*", "Số hiệu:", "Người ký:", "Tình trạng", ":", " ", "\n", "  ", "#", "Văn bản liên quan",
              "Văn bản này chưa cập nhật nội dung Tiếng Anh", "x", "Click để đánh giá bài viết", "\t", "***"]
    rng = random.Random(11)
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        full = [m.span() for m in chrome._LEADING_CHROME.finditer(text, pos, end)]
        assert [m.span() for m in chrome._leading_chrome(text, pos, end)] == full, text
        notice = chrome._TRAILING_CHROME.search(text, pos, end)
        found = chrome._trailing_chrome(text, pos, end)
        assert (found and found.span()) == (notice and notice.span()), text


def test_quoc_hieu_found_in_any_case():
    from chidao.text.chrome import _QUOC_HIEU

    assert _QUOC_HIEU.search("x cộng hòa xã hội chủ nghĩa việt nam").start() == 2
    assert _QUOC_HIEU.search("ĐẢNG CỘNG SẢN VIỆT NAM").start() == 0
    assert _QUOC_HIEU.search("đảng  cộng sản việt nam") is not None
    assert _QUOC_HIEU.search("CỘNG SẢN VIỆT NAM") is None


SENTENCE_CASE_PLAN = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
Số: 07/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lạng Sơn, ngày 09 tháng 01 năm 2024

KẾ HOẠCH
Trồng cây xanh trên các tuyến đường tỉnh
giai đoạn 2024 - 2025

I. MỤC ĐÍCH

Phủ xanh các tuyến đường.
"""


def test_subject_printed_in_ordinary_case_under_the_type_name_is_read():
    header = parse_header(SENTENCE_CASE_PLAN)
    assert header.type == "Kế hoạch"
    assert header.subject == "Trồng cây xanh trên các tuyến đường tỉnh giai đoạn 2024 - 2025"


def test_numbered_body_right_under_the_type_name_is_not_a_subject():
    text = SENTENCE_CASE_PLAN.replace("Trồng cây xanh trên các tuyến đường tỉnh\ngiai đoạn 2024 - 2025\n\n", "")
    assert parse_header(text).subject is None


def test_segments_give_the_cleaned_text_of_every_line_and_cell():
    from chidao.text.chrome import Segment, clean

    def by_clean(text):
        out, pos = [], 0
        for piece in [*text.replace("|", "\n").split("\n")]:
            start, end = pos, pos + len(piece)
            pos = end + 1
            cleaned = clean(piece)
            if not cleaned and piece.strip():
                continue
            if not cleaned:
                out.append(Segment(start, end, "", False))
                continue
            lead, trail = len(piece) - len(piece.lstrip()), len(piece.rstrip())
            out.append(Segment(start + lead, start + trail, cleaned, piece.strip().startswith("**")))
        return out

    pieces = ["CHỈ THỊ", "Số", ":", " ", "  ", "\t", "**", "*", "#", "_", "`", ">", "\n", "|", "a", "Đ", "\u00a0"]
    rng = random.Random(5)
    for _ in range(800):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert segments(text) == by_clean(text), repr(text)


def test_lazy_segments_read_in_any_order_are_the_whole_cut():
    text = (PLAIN + "\n| **a** | b |\n\n") * 20
    whole = segments(text)
    rng = random.Random(3)
    for chunk in (7, 50, 300):
        lazy = LazySegments(text, chunk=chunk)
        for i in rng.sample(range(len(whole) + 5), 40):
            assert lazy.has(i) == (i < len(whole))
            if i < len(whole):
                assert lazy[i] == whole[i]
        assert list(lazy) == whole
        assert list(LazySegments(text, chunk=chunk)) == whole


def test_page_title_line_gives_the_subject_of_a_document_saved_without_its_header():
    page = PAGE_ONLY.replace(
        "Văn bản liên quan",
        "Công văn 15/UBND-KT năm 2024 về tổ chức chợ phiên cuối năm do Tỉnh Lạng Sơn ban hành\nVăn bản liên quan",
    )
    assert parse_header(page).subject == "Về tổ chức chợ phiên cuối năm"


@pytest.mark.parametrize(("printed", "words"), [
    ("B ộ lao động - thương binh v à x ã hội", "Bộ lao động - thương binh và xã hội"),
    ("Qu ả ng Ngãi", "Quảng Ngãi"),
    ("ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"),
    ("ỦY BAN NHÂN DÂN XÃ Ô LOAN", "ỦY BAN NHÂN DÂN XÃ Ô LOAN"),
    ("SỞ Y TẾ TỈNH HÀ NAM", "SỞ Y TẾ TỈNH HÀ NAM"),
    ("CHỦ TỊCH Đặ ng Văn Minh", "CHỦ TỊCH Đặng Văn Minh"),
])
def test_words_a_page_split_at_their_marked_letters_are_put_together(printed, words):
    from chidao.text.casing import rejoin_split_words

    assert rejoin_split_words(printed) == words


def test_a_header_printed_with_split_words_is_read():
    text = PLAIN.replace("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "ỦY B AN NHÂN D Â N\nT ỈNH LẠNG S ƠN").replace(
        "Lạng Sơn, ngày", "L ạng Sơn, ngày")
    header = parse_header(text)
    assert (header.issuer, header.place) == ("Ủy ban nhân dân tỉnh Lạng Sơn", "Lạng Sơn")


def test_an_issuers_dash_is_one_spaced_hyphen():
    text = PLAIN.replace("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI")
    assert parse_header(text).issuer.startswith("Bộ Lao động - Thương binh")


BARE_TELEGRAM = """**CÔNG ĐIỆN**

VỀ TẬP TRUNG ƯU TIÊN GIỮ VỮNG ỔN ĐỊNH KINH TẾ VĨ MÔ

**THỦ TƯỚNG CHÍNH PHỦ điện:**

- Bộ trưởng các Bộ, cơ quan ngang Bộ;

1. Bộ Công Thương chủ trì thúc đẩy xuất khẩu.

Nơi nhận:
- Như trên;
- Lưu: VT.

THỦ TƯỚNG

Phạm Minh Chính
"""


def test_a_document_saved_without_its_header_is_read_from_its_type_and_signature():
    header = parse_header(BARE_TELEGRAM)
    assert (header.type, header.code, header.issued_on, header.issuer) == (
        "Công điện", None, None, "Thủ tướng Chính phủ")
    assert header.signer.name == "Phạm Minh Chính"
    assert BARE_TELEGRAM[header.body_end:].startswith("Nơi nhận")


def test_a_letter_saved_without_its_header_is_a_cong_van():
    text = ("**Kính gửi:** Các cơ sở đào tạo trực thuộc Bộ\n\nĐề nghị các cơ sở báo cáo kết quả.\n\nNơi nhận:\n"
            "- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nPhan Tâm\n")
    header = parse_header(text)
    assert (header.type, header.issuer, header.signer.name) == ("Công văn", None, "Phan Tâm")


def test_a_type_name_without_a_signature_is_no_header():
    assert parse_header("**THÔNG BÁO**\n\nLịch tiếp công dân tuần này như sau.\n") is None


SIDE_BY_SIDE = """\
     ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
       TỈNH LÀO CAI                           Độc lập - Tự do - Hạnh phúc
      Số: 71 /UBND-TH                   Lào Cai, ngày 10 tháng 7 năm 2026
V/v triển khai Nghị định số 178/2026/NĐ-CP

              Kính gửi: Các sở, ban, ngành thuộc UBND tỉnh.

      Giao Sở Tài chính hướng dẫn thực hiện./.
Nơi nhận:                                           KT. CHỦ TỊCH
- Như trên;
- Thường trực Tỉnh ủy (báo cáo);                    PHÓ CHỦ TỊCH
- Chủ tịch UBND tỉnh;
- Lưu: VT, TH.



                                                     Ngô Hạnh Phúc
"""


def test_a_closing_printed_in_two_columns_is_read_column_by_column():
    header = parse_header(SIDE_BY_SIDE)
    signer = header.signer
    assert (signer.authority, signer.title, signer.name) == ("KT.", "Phó Chủ tịch", "Ngô Hạnh Phúc")
    assert header.recipients == ["Như trên", "Thường trực Tỉnh ủy (báo cáo)", "Chủ tịch UBND tỉnh"]
    assert SIDE_BY_SIDE[header.body_start:header.body_end].strip().endswith("thực hiện./.")


def test_a_party_body_under_its_parent_is_the_issuer_with_the_parents_place():
    text = PLAIN.replace("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "ĐẢNG BỘ TỈNH LẠNG SƠN\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH")
    assert parse_header(text).issuer == "Đảng ủy Ủy ban nhân dân tỉnh Lạng Sơn"


SCANNED = """\
BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: Z32Ø/BTC-QLCS Hà Nội, ngày / tháng 6 năm 2026

V/v Triển khai thực hiện Nghị định
số 178/2026/NĐ-CP của Chính phủ.

Kính gửi: Các Bộ, cơ quan ngang bộ.

Bộ Tài chính đề nghị các Bộ triển khai thực hiện.

Nơi nhận:

- Như trên;

- Lưu: VT, QLCS.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Tạ Anh Tuấn
"""


def test_a_scan_with_an_unreadable_number_is_still_a_cong_van_and_not_the_decree_it_cites():
    header = parse_header(SCANNED)
    assert (header.type, header.code) == ("Công văn", None)
    assert header.subject == ("Về việc Triển khai thực hiện Nghị định số 178/2026/NĐ-CP của Chính phủ")


def test_recipients_printed_with_blank_lines_between_them_end_at_the_signature():
    header = parse_header(SCANNED)
    assert header.recipients == ["Như trên"]
    assert (header.signer.authority, header.signer.title, header.signer.name) == ("KT.", "Thứ trưởng", "Tạ Anh Tuấn")


def test_a_department_under_its_province_is_named_with_the_province():
    text = PLAIN.replace("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSỞ Y TẾ")
    assert parse_header(text).issuer == "Sở Y tế tỉnh Lạng Sơn"


TEAM = """\
   SỞ CÔNG THƯƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    ĐOÀN KIỂM TRA                         Độc lập - Tự do - Hạnh Phúc
  THEO QUYẾT ĐỊNH
   SỐ 1050/QĐ-SCT                      Lào Cai, ngày 10 tháng 3 năm 2026
             –––––––––––––––
     Số: 1105/KH-ĐKT

                               KẾ HOẠCH
Kiểm tra việc sử dụng vật liệu nổ công nghiệp

      1. Mục tiêu
"""


def test_a_team_set_up_by_a_decision_issues_under_its_own_number():
    header = parse_header(TEAM)
    assert (header.code, header.type, header.place) == ("1105/KH-ĐKT", "Kế hoạch", "Lào Cai")
    assert header.issuer.startswith("Đoàn kiểm tra")


BROKEN_QUOC_HIEU = """\
UBND TỈNH LÀO CAI                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP                          NAM
                                                 Độc lập - Tự do - Hạnh phúc
      Số: 7    /QĐ-BQLCKCN
                                            Lào Cai, ngày 15 tháng 01 năm 2026

                               QUYẾT ĐỊNH
    Về việc thành lập Hội đồng thẩm định

Điều 1. Thành lập Hội đồng thẩm định.
 Nơi nhận:                                                      KT. GIÁM ĐỐC
 - Như trên;
 - Các Sở, ngành: Xây dựng, Công Thương,
                                                                PHÓ GIÁM ĐỐC
 Tài chính, Thuế tỉnh;
 - Lưu: VT.



                                                                Phạm Năng Chung
"""


def test_a_quoc_hieu_broken_over_two_lines_beside_the_issuer_is_left_out_of_it():
    header = parse_header(BROKEN_QUOC_HIEU)
    assert (header.code, header.issuer) == ("7/QĐ-BQLCKCN", "Ban Quản lý các khu công nghiệp tỉnh Lào Cai")


def test_a_signature_beside_the_noi_nhan_line_is_read_before_any_name_in_the_list():
    signer = parse_header(BROKEN_QUOC_HIEU).signer
    assert (signer.authority, signer.title, signer.name) == ("KT.", "Phó Giám đốc", "Phạm Năng Chung")


# A scan read by OCR: marks lost or changed in the quốc hiệu, the tiêu ngữ and the date line, the issuer's
# two lines beside them.
MARKS_LOST = """ỦY BAN NHÂN DÂN CONG HOA XÃ HOI CHỦ NGHĨA VIET NAM

TINH LAI CHAU Độc lập — Tự do - Hanh phúc
Số: 3473 /KH-UBND Lai Châu, ngày 04 thang 7 năm 2025
KÉ HOẠCH
Giảm phát thải khí nhà kính trong quản lý chất thải

Thực hiện Luật Bảo vệ môi trường, Ủy ban nhân dân tỉnh ban hành Kế hoạch.
"""


def test_a_header_read_by_ocr_without_its_marks_still_gives_issuer_and_date():
    header = parse_header(MARKS_LOST)
    assert (header.code, header.issued_on, header.place) == ("3473/KH-UBND", datetime.date(2025, 7, 4), "Lai Châu")
    assert fold(header.issuer) == "uy ban nhan dan tinh lai chau"


def test_stacked_issuer_lines_read_by_ocr_without_marks_give_the_lower_body():
    text = ("BO TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTONG CUC HAI QUAN Độc lập - Tự do - Hạnh phúc\n"
            "Số: 370/TCHQ-TXNK Hà Nội, ngày 21 tháng 01 năm 2022\nV/v thực hiện Nghị định 15/2022/NĐ-CP\n\n"
            "Kính gửi: Cục Hải quan các tỉnh, thành phố.\n\nTổng cục Hải quan hướng dẫn như sau.\n")
    assert fold(parse_header(text).issuer) == "tong cuc hai quan"


# Every line printed between blank lines, as some converters of PDFs print a page.
SPACED_HEADER = "\n\n".join([
    "**ỦY BAN NHÂN DÂN**", "TỈNH CÀ MAU", "-------", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
    "Độc lập - Tự do - Hạnh phúc", "Số: 01763/QĐ-UBND", "*Cà", "Mau, ngày 18 tháng 11 năm 2025*",
    "**QUYẾT ĐỊNH**", "Công bố danh mục thủ tục hành chính", "Điều 1. Công bố kèm theo Quyết định này danh mục.",
])


def test_a_spaced_header_keeps_the_issuers_body_above_its_place_and_the_wrapped_place():
    header = parse_header(SPACED_HEADER)
    assert (header.issuer, header.place) == ("Ủy ban nhân dân tỉnh Cà Mau", "Cà Mau")


# A web page that kept the first line of each header column only: the province is on the place line.
ONE_LINE_COLUMNS = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 130/KH-UBND | Thanh Hoá, ngày 27 tháng 6 năm 2025 |
KẾ HOẠCH
Triển khai phong trào thi đua
Các sở, ban, ngành triển khai thực hiện.
"""


def test_a_committee_printed_without_its_province_takes_the_province_of_its_place_line():
    assert parse_header(ONE_LINE_COLUMNS).issuer == "Ủy ban nhân dân tỉnh Thanh Hóa"
    city = ONE_LINE_COLUMNS.replace("Thanh Hoá, ngày", "Cần Thơ, ngày")
    assert parse_header(city).issuer == "Ủy ban nhân dân thành phố Cần Thơ"


def test_a_committee_dated_at_a_town_that_is_no_province_is_left_as_printed():
    town = ONE_LINE_COLUMNS.replace("Thanh Hoá, ngày", "Mỹ Tho, ngày")
    assert parse_header(town).issuer == "Ủy ban nhân dân"


def test_hue_is_a_city_only_from_2025():
    hue = ONE_LINE_COLUMNS.replace("Thanh Hoá, ngày", "Huế, ngày")
    assert parse_header(hue).issuer == "Ủy ban nhân dân thành phố Huế"
    assert parse_header(hue.replace("năm 2025", "năm 2024")).issuer == "Ủy ban nhân dân"


# A page that dropped the signature's name runs on into the plan the decision attaches.
UNNAMED_SIGNATURE = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
Số: 01/2012/QĐ-UBND
Lạng Sơn, ngày 20 tháng 01 năm 2012
QUYẾT ĐỊNH
Ban hành Quy chế thử nghiệm
Điều 1. Ban hành kèm theo Quyết định này Quy chế thử nghiệm.
Điều 2. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận: |
TM.
ỦY BAN NHÂN DÂN |
QUY CHẾ THU THẬP, QUẢN LÝ, CẬP NHẬT, KHAI THÁC VÀ SỬ DỤNG DỮ LIỆU TÀI NGUYÊN VÀ MÔI TRƯỜNG TRÊN ĐỊA BÀN TỈNH
(Ban hành kèm theo Quyết định số: 01/2012/QĐ-UBND ngày 20 tháng 01 năm 2012 của UBND tỉnh Lạng Sơn)
Điều 1. Phạm vi áp dụng
"""


def test_a_signature_whose_name_the_page_dropped_has_no_name_and_still_ends_the_body():
    header = parse_header(UNNAMED_SIGNATURE)
    assert (header.signer.authority, header.signer.name) == ("TM.", None)
    assert header.body_end == UNNAMED_SIGNATURE.index("Nơi nhận")


def test_a_header_table_printed_on_one_line_with_rules_between_its_cells_is_read():
    text = ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH ------- Số: 39/2017/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
            "Tự do - Hạnh phúc --------------- Hà Tĩnh, ngày 14 tháng 08 năm 2017 |\nQUYẾT ĐỊNH\nVề việc ban hành quy "
            "chế phối hợp\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n")
    header = parse_header(text)
    assert (header.code, header.issued_on, header.place, header.issuer) == (
        "39/2017/QĐ-UBND", datetime.date(2017, 8, 14), "Hà Tĩnh", "Ủy ban nhân dân tỉnh Hà Tĩnh")


def test_a_whole_letter_a_pdf_viewer_copied_as_one_line_is_read_by_its_parts():
    text = ("ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số:2639 /UBND-VP Hải Dương, ngày 21 "
            "tháng 7 năm 2021 V/v bảo đảm cung ứng hàng hóa Độc lập - Tự do - Hạnh phúc Kính gửi: Sở Công Thương "
            "Thực hiện chỉ đạo của tỉnh, giao Sở Công Thương xây dựng kịch bản cung ứng hàng hóa. Nơi nhận: - Như "
            "trên; - Lưu: VT. KT CHỦ TỊCH PHÓ CHỦ TỊCH Lưu Văn Bản")
    header = parse_header(text)
    assert (header.code, header.issued_on, header.place, header.issuer, header.subject) == (
        "2639/UBND-VP", datetime.date(2021, 7, 21), "Hải Dương", "Ủy ban nhân dân tỉnh Hải Dương",
        "Về việc bảo đảm cung ứng hàng hóa")
    assert header.signer.name == "Lưu Văn Bản"


def test_a_date_line_that_lost_its_month_still_gives_the_place():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 2639/UBND-VP\nHải Dương, ngày 21 tháng năm 2021\n"
            "V/v bảo đảm cung ứng hàng hóa\n\nKính gửi: Sở Công Thương.\n\nGiao Sở Công Thương xây dựng kịch bản.\n")
    header = parse_header(text)
    assert (header.place, header.issued_on, header.code) == ("Hải Dương", None, "2639/UBND-VP")
