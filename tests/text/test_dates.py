"""Every printed date form, with exact offsets and partial dates completed from context."""

import datetime

import pytest

from chidao.text.dates import dateline_date, find_dates, parse_date, printed_year

D = datetime.date


def only(text, **kwargs):
    found = find_dates(text, **kwargs)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/12/2023", D(2023, 12, 12)),
        ("04/1/2024", D(2024, 1, 4)),
        ("15-6-2024", D(2024, 6, 15)),
        ("15.6.2024", D(2024, 6, 15)),
        ("02 tháng 01 năm 2024", D(2024, 1, 2)),
        ("2 tháng 9, năm 1945", D(1945, 9, 2)),
        ("ngày 12 / 12 / 2023", D(2023, 12, 12)),
    ],
)
def test_full_day_forms_are_read(text, expected):
    mention = only(f"Văn bản {text} của UBND tỉnh")
    assert mention.date == expected
    assert mention.unit == "day"
    assert not mention.partial


def test_a_mentions_text_is_the_slice_of_the_source_at_its_offsets():
    source = "Công văn số 02/UBND-KT, ngày 02/01/2024 và Lạng Sơn, ngày 05 tháng 01 năm 2024."
    for mention in find_dates(source):
        assert source[mention.start : mention.end] == mention.text
    assert [m.text for m in find_dates(source)] == ["02/01/2024", "05 tháng 01 năm 2024"]


def test_a_partial_date_takes_the_year_of_the_following_date_in_a_range():
    source = "trong tuần (từ ngày 01/01 đến ngày 07/01/2023)"
    first, second = find_dates(source)
    assert first.partial and first.text == "01/01" and first.date == D(2023, 1, 1)
    assert second.date == D(2023, 1, 7)


def test_a_partial_date_before_new_year_belongs_to_the_previous_year():
    first, _ = find_dates("từ ngày 25/12 đến ngày 05/01/2024")
    assert first.date == D(2023, 12, 25)


def test_a_partial_date_takes_the_year_of_a_preceding_date():
    found = find_dates("Ngày 05/01/2024 họp; ngày 20/01 báo cáo.")
    assert found[1].partial and found[1].date == D(2024, 1, 20)


def test_a_partial_date_takes_the_documents_year_rather_than_an_unrelated_later_date():
    found = find_dates("báo cáo trước ngày 20/12. Tổ chức từ ngày 15/11 đến ngày 15/12/2025.", default_year=2025)
    assert found[0].text == "20/12" and found[0].date == D(2025, 12, 20)


def test_a_partial_date_closing_into_a_later_date_still_takes_its_year_with_a_default_year():
    first, _ = find_dates("từ ngày 25/12 đến ngày 05/01/2024", default_year=2024)
    assert first.date == D(2023, 12, 25)


def test_a_partial_date_without_context_uses_the_default_year():
    assert only("họp ngày 5 tháng 3", default_year=2024).date == D(2024, 3, 5)
    assert find_dates("họp ngày 5 tháng 3") == []


def test_a_bare_day_and_month_without_ngay_is_not_a_date():
    assert find_dates("trực 24/24 giờ, Kế hoạch 01/KH-UBND", default_year=2024) == []


def test_document_codes_are_not_dates():
    assert find_dates("Thông tư số 13/2023/TT-BKHĐT", default_year=2024) == []
    assert find_dates("Quyết định 12/12/2023/QĐ-UBND") == []


def test_impossible_dates_are_left_out():
    assert find_dates("ngày 31/02/2024 và ngày 12/13/2024") == []


@pytest.mark.parametrize(
    ("text", "unit", "first", "last"),
    [
        ("tháng 3/2024", "month", D(2024, 3, 1), D(2024, 3, 31)),
        ("tháng 2 năm 2024", "month", D(2024, 2, 1), D(2024, 2, 29)),
        ("quý I/2024", "quarter", D(2024, 1, 1), D(2024, 3, 31)),
        ("quý IV/2024", "quarter", D(2024, 10, 1), D(2024, 12, 31)),
        ("quí III/2024", "quarter", D(2024, 7, 1), D(2024, 9, 30)),
        ("quý 2 năm 2025", "quarter", D(2025, 4, 1), D(2025, 6, 30)),
        ("6 tháng đầu năm 2024", "half", D(2024, 1, 1), D(2024, 6, 30)),
        ("6 tháng cuối năm 2023", "half", D(2023, 7, 1), D(2023, 12, 31)),
        ("năm 2024", "year", D(2024, 1, 1), D(2024, 12, 31)),
    ],
)
def test_periods_have_a_first_and_a_last_day(text, unit, first, last):
    mention = only(f"thực hiện trong {text}.")
    assert (mention.unit, mention.date, mention.last, mention.text) == (unit, first, last, text)


def test_the_year_of_a_written_date_is_not_read_again_as_a_period():
    assert [m.unit for m in find_dates("ngày 02 tháng 01 năm 2024")] == ["day"]


def test_the_sample_digest_dates_are_all_found(sample_digest_text):
    found = find_dates(sample_digest_text)
    days = {m.date for m in found if m.unit == "day"}
    assert {D(2023, 12, 12), D(2024, 1, 2), D(2024, 3, 31), D(2024, 4, 5), D(1933, 6, 15), D(2025, 12, 31)} <= days
    assert D(2023, 1, 1) in {m.date for m in found if m.partial}
    for mention in found:
        assert sample_digest_text[mention.start : mention.end] == mention.text


def test_parse_date_reads_the_first_day_date():
    assert parse_date("ngày 12/12/2023") == D(2023, 12, 12)
    assert parse_date("Lạng Sơn, ngày 05 tháng 01 năm 2024") == D(2024, 1, 5)
    assert parse_date("2024-01-02") == D(2024, 1, 2)
    assert parse_date("ngày 01/01", default_year=2024) == D(2024, 1, 1)


def test_parse_date_gives_none_for_text_without_a_day():
    assert parse_date("") is None
    assert parse_date("năm 2024") is None
    assert parse_date("2024-13-45") is None


@pytest.mark.slow
def test_find_dates_is_linear_on_long_adversarial_input():
    import time

    text = ("1/" * 50 + "ngày " * 20 + "12/12/12/ tháng 1/ quý I/ năm ") * 20_000
    began = time.perf_counter()
    find_dates(text)
    assert time.perf_counter() - began < 20


def test_fold_keeps_offsets_or_gives_up():
    from chidao.text.dates import fold

    assert fold("Ngày 05 THÁNG 01") == "ngày 05 tháng 01"
    assert fold("İ") is None  # lower() gives two characters: offsets would shift


def test_the_fast_scan_finds_the_dates_of_a_full_scan(monkeypatch):
    from chidao.text import dates

    text = ("Lạng Sơn, ngày 02 tháng 01 năm 2024. Từ ngày 25/12 đến ngày 05/01/2024; 15.6.2024, 15-6-2024, "
            "12 / 12 / 2023; tháng 3/2024, quý I/2024, QUÝ 2 NĂM 2024, 6 tháng đầu năm 2024, năm 2025, "
            "ngày 5 tháng 3, 1/2/3/2024, 31/02/2024.")
    fast = find_dates(text)
    monkeypatch.setattr(dates, "fold", lambda text: None)
    assert fast == find_dates(text)
    assert len(fast) >= 12


def test_a_day_and_month_joined_by_a_dash_after_ngay_is_a_date_without_its_year():
    assert [(m.date, m.partial) for m in find_dates("báo cáo trước ngày 28-10.", default_year=2021)] == [
        (datetime.date(2021, 10, 28), True)]


def test_two_days_joined_by_a_dash_before_their_month_are_no_day_and_month():
    assert all(m.date.month == 6 for m in find_dates("vào ngày 10-11 tháng 6 năm 2021", default_year=2021))


def test_a_day_and_month_joined_by_a_dot_after_ngay_is_a_date_without_its_year():
    assert [m.date for m in find_dates("báo cáo trước ngày 15.9.", default_year=2018)] == [datetime.date(2018, 9, 15)]


def test_a_windows_end_printed_bare_after_a_dash_is_a_date_too():
    assert [m.date for m in find_dates("kiểm tra từ ngày 12.3-30.4.", default_year=2022)] == [
        datetime.date(2022, 3, 12), datetime.date(2022, 4, 30)]


def test_a_news_page_dated_by_its_month_only_is_dated_from_its_first_day():
    assert dateline_date("date 2024-03 Theo đó, lễ hội được tổ chức.") == datetime.date(2024, 3, 1)


@pytest.mark.parametrize(("text", "year"), [
    ("Lễ hội mừng Xuân Ất Tỵ năm 2025 có chủ đề mới. Năm 2025 có nhiều hoạt động.", 2025),
    ("Điểm thi vào lớp 10 năm 2025. Kế hoạch giai đoạn 2021 - 2025, tầm nhìn đến năm 2030.", 2025),
    ("Hội nghị ngày 12/3/2024 bàn kế hoạch đến năm 2030.", 2024),
    ("Lễ hội diễn ra từ ngày 17/01 đến ngày 26/02.", None),
])
def test_the_year_a_text_without_header_or_dateline_names(text, year):
    assert printed_year(text) == year


def test_a_news_items_own_date_below_the_sites_banner_is_its_dateline():
    text = ("Thứ sáu, 29/03/2024 19:14 (GMT+7)\n\nHọc sinh trở lại trường\n\nMTĐT -  Thứ năm, 29/09/2022 09:31 (GMT+7)\n\n"
            "Sở Giáo dục và Đào tạo vừa có thông báo.")
    assert dateline_date(text) == datetime.date(2022, 9, 29)
