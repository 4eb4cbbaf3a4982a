"""The weekly "chỉ đạo, điều hành nổi bật" digest: title and week, lead, items, and the title-year check."""

import datetime

from chidao.text.digests import DIGEST_HEADING_MISSING, DIGEST_TITLE_YEAR, parse_digest

SAMPLE_HEADINGS = [
    "UBND tỉnh chỉ đạo triển khai thực hiệnThông tư số 13/2023/TT-BKHĐT ngày 12/12/2023 của Bộ trưởng "
    "Bộ Kế hoạch và Đầu tư",
    'Kế hoạch tổ chức phát động ủng hộ Quỹ Nhân đạo, Phong trào "Tết Nhân ái" Xuân Giáp Thìn năm 2024',
    "UBND tỉnh chỉ đạo triển khai công tác bảo đảm cân đối cung cầu, bình ổn thị trường dịp trước, trong và "
    "sau Tết Nguyên đán Giáp Thìn 2024",
    "Kế hoạch chỉ đạo tổ chức kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2024",
    "Chỉ đạo về việc phê duyệt đề án vị trí việc làm trong đơn vị sự nghiệp công lập",
    "Chỉ đạo thực hiện các biện pháp bảo vệ sức khỏe người dân trước ảnh hưởng của rét đậm, rét hại",
    "Chỉ đạo thực hiện nhiệm vụ, giải pháp trọng tâm trong công tác quản lý tài sản công năm 2024",
    "Chỉ đạo triển khai thực hiện Nghị quyết số 18/2023/NQ-HĐND ngày 08/12/2023 của HĐND tỉnh",
    "Chỉ thị về việc tăng cường các biện pháp bảo đảm đón Tết Nguyên đán Giáp Thìn 2024",
    "Kế hoạch hoạt động kiểm soát thủ tục hành chính, cải cách thủ tục hành chính, triển khai thực hiện cơ "
    "chế một cửa, một cửa liên thông trên địa bàn tỉnh Lạng Sơn năm 2024",
]

# A small digest written for these tests, in the page's layout.
DIGEST = """A- A A+ | Tăng tương phản Giảm tương phản

Chỉ đạo, điều hành nổi bật của UBND tỉnh trong tuần (từ ngày 04/03 đến ngày 10/03/2024)

Kế hoạch thử nghiệm số một; Chỉ đạo thử nghiệm số hai./.

Kế hoạch thử nghiệm số một

UBND tỉnh ban hành kế hoạch thử nghiệm (Kế hoạch số 41/KH-UBND, ngày 05/3/2024).

Các sở, ngành thực hiện.

Chỉ đạo thử nghiệm số hai

UBND tỉnh có chỉ đạo thử nghiệm (Công văn số 250/UBND-KT, ngày 07/3/2024).

Tổng số điểm của bài viết là: 0 trong 0 đánh giá
Click để đánh giá bài viết
"""


def test_sample_title_and_week_are_read_as_printed(sample_digest_text):
    digest, _ = parse_digest(sample_digest_text)
    assert digest.title == ("Chỉ đạo, điều hành nổi bật của UBND tỉnh trong tuần (từ ngày 01/01 đến ngày "
                            "07/01/2023)")
    assert digest.week_start == datetime.date(2023, 1, 1)
    assert digest.week_end == datetime.date(2023, 1, 7)
    assert sample_digest_text[digest.title_start:digest.title_end] == digest.title


def test_sample_has_the_ten_headings_of_its_lead_in_order(sample_digest_text):
    digest, _ = parse_digest(sample_digest_text)
    assert [item.heading for item in digest.items] == SAMPLE_HEADINGS
    assert digest.lead.endswith("./.")
    assert digest.lead.count(";") == 9


def test_sample_items_cite_the_documents_they_report(sample_digest_text):
    digest, _ = parse_digest(sample_digest_text)
    codes = [[r.code for r in item.references] for item in digest.items]
    assert "01/KH-UBND" in codes[1]
    assert "08/UBND-KT" in codes[2]
    assert "19-KH/BCĐ" in codes[3]
    assert "03/CT-UBND" in codes[8]
    chi_thi = next(r for r in digest.items[8].references if r.code == "03/CT-UBND")
    assert chi_thi.issued_on == datetime.date(2024, 1, 5)
    for item in digest.items:
        for ref in item.references:
            assert item.start <= ref.start < ref.end <= item.end
            assert ref.code.split("/")[0].split("-")[0] in sample_digest_text[ref.start:ref.end]


def test_sample_items_do_not_overlap_and_leave_out_the_page_chrome(sample_digest_text):
    digest, _ = parse_digest(sample_digest_text)
    for before, after in zip(digest.items, digest.items[1:]):
        assert before.end <= after.start
    last = digest.items[-1]
    assert last.text.endswith("./.")
    assert "Tổng số điểm" not in last.text and "Click để đánh giá" not in last.text
    assert not digest.items[0].text.startswith(SAMPLE_HEADINGS[0])


def test_sample_title_year_disagreeing_with_the_items_is_reported_not_fixed(sample_digest_text):
    digest, warnings = parse_digest(sample_digest_text)
    year = [w for w in warnings if w.code == DIGEST_TITLE_YEAR]
    assert len(year) == 1
    assert sample_digest_text[year[0].start:year[0].end] == "2023"
    assert "2024" in year[0].message
    assert digest.week_start == datetime.date(2023, 1, 1)


def test_partial_first_date_of_the_week_takes_the_year_of_the_second():
    digest, _ = parse_digest(DIGEST)
    assert digest.week_start == datetime.date(2024, 3, 4)
    assert digest.week_end == datetime.date(2024, 3, 10)


def test_title_without_parentheses_is_still_a_digest_title():
    text = DIGEST.replace("(từ ngày 04/03 đến ngày 10/03/2024)", "từ ngày 04/03 đến ngày 10/03/2024")
    digest, _ = parse_digest(text)
    assert (digest.week_start, digest.week_end) == (datetime.date(2024, 3, 4), datetime.date(2024, 3, 10))
    assert len(digest.items) == 2


def test_title_whose_week_cannot_be_read_is_still_a_digest_without_week():
    digest, _ = parse_digest(DIGEST.replace("(từ ngày 04/03 đến ngày 10/03/2024)", "(từ ngày 04/03 đến hết tuần)"))
    assert digest.week_end is None
    assert len(digest.items) == 2


def test_a_news_line_about_chi_dao_dieu_hanh_is_not_a_digest_title():
    text = "UBND tỉnh chỉ đạo, điều hành quyết liệt từ ngày 05/01/2024.\nSở Y tế chủ trì."
    assert parse_digest(text) == (None, [])


def test_items_are_split_at_the_headings_the_lead_lists():
    digest, warnings = parse_digest(DIGEST)
    assert [i.heading for i in digest.items] == ["Kế hoạch thử nghiệm số một", "Chỉ đạo thử nghiệm số hai"]
    assert digest.items[0].text.endswith("Các sở, ngành thực hiện.")
    assert [r.code for r in digest.items[1].references] == ["250/UBND-KT"]
    assert digest.items[1].text.endswith("ngày 07/3/2024).")
    assert warnings == []


def test_without_a_lead_headings_are_the_lines_their_paragraph_restates():
    text = DIGEST.replace("Kế hoạch thử nghiệm số một; Chỉ đạo thử nghiệm số hai./.\n\n", "")
    text = text.replace("ban hành kế hoạch thử nghiệm", "ban hành Kế hoạch thử nghiệm số một")
    text = text.replace("có chỉ đạo thử nghiệm", "có Chỉ đạo thử nghiệm số hai")
    digest, warnings = parse_digest(text)
    assert digest.lead == ""
    assert [i.heading for i in digest.items] == ["Kế hoạch thử nghiệm số một", "Chỉ đạo thử nghiệm số hai"]
    assert not [w for w in warnings if w.code == DIGEST_HEADING_MISSING]


def test_title_matching_the_items_dates_gives_no_title_year_warning():
    _, warnings = parse_digest(DIGEST)
    assert not [w for w in warnings if w.code == DIGEST_TITLE_YEAR]


def test_title_of_the_wrong_year_gives_a_title_year_warning():
    _, warnings = parse_digest(DIGEST.replace("10/03/2024", "10/03/2023"))
    assert [w.code for w in warnings] == [DIGEST_TITLE_YEAR]


def test_lead_entry_without_a_heading_is_reported():
    text = DIGEST.replace("số hai./.", "số hai; Chỉ đạo không có mục./.")
    _, warnings = parse_digest(text)
    missing = [w for w in warnings if w.code == DIGEST_HEADING_MISSING]
    assert [text[w.start:w.end] for w in missing] == ["Chỉ đạo không có mục"]


def test_text_without_a_digest_title_is_not_a_digest():
    assert parse_digest("Sở Y tế chủ trì, phối hợp với các cơ quan liên quan.") == (None, [])
    assert parse_digest("") == (None, [])


def test_digest_to_dict_has_the_contract_fields(sample_digest_text):
    digest, _ = parse_digest(sample_digest_text)
    record = digest.to_dict()
    assert record["week_start"] == "2023-01-01" and record["week_end"] == "2023-01-07"
    assert set(record["items"][0]) == {"heading", "references", "text", "start", "end"}
