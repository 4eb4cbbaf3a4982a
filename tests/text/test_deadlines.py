"""Deadlines: every kind on small phrases, the exclusions, and the sample digest as a whole."""

import datetime
import time

import pytest

from chidao.text.deadlines import find_deadlines

D = datetime.date
REF = D(2024, 1, 5)


def one(text, reference_date=REF):
    found = find_deadlines(text, reference_date=reference_date)
    assert len(found) == 1, found
    deadline = found[0]
    assert text[deadline.start : deadline.end] == deadline.text
    return deadline


# --- one test per kind ---------------------------------------------------------------------------------


def test_deadline_before_date_is_kind_before():
    d = one("Hoàn thành phê duyệt đề án trước ngày 31/3/2024; báo cáo UBND tỉnh.")
    assert (d.kind, d.date, d.text) == ("before", D(2024, 3, 31), "trước ngày 31/3/2024")


def test_a_time_of_day_belongs_to_the_deadline():
    d = one("Gửi hồ sơ trước 17 giờ ngày 05/4/2024.")
    assert (d.kind, d.date, d.text) == ("before", D(2024, 4, 5), "trước 17 giờ ngày 05/4/2024")


def test_minutes_marked_with_an_apostrophe_belong_to_the_deadline():
    d = one("Báo cáo về UBND tỉnh chậm nhất 10h00' ngày 27/4/2024.")
    assert (d.kind, d.date, d.text) == ("by", D(2024, 4, 27), "chậm nhất 10h00' ngày 27/4/2024")


@pytest.mark.parametrize(
    "phrase",
    ["chậm nhất ngày 05/4/2024", "chậm nhất là ngày 05/4/2024", "hạn chót ngày 05/4/2024",
     "hoàn thành trong ngày 05/4/2024", "thời hạn: ngày 05/4/2024", "đến hết ngày 05/4/2024"],
)
def test_deadline_at_the_latest_is_kind_by(phrase):
    d = one(f"Báo cáo kết quả về UBND tỉnh {phrase}.")
    assert (d.kind, d.date, d.text) == ("by", D(2024, 4, 5), phrase)


@pytest.mark.parametrize("phrase", ["vào buổi sáng ngày 26/11/2025", "Thời gian: 01 buổi chiều, ngày 26/11/2025",
                                    "tổ chức vào chiều ngày 26/11/2025"])
def test_the_part_of_the_day_belongs_to_the_deadline(phrase):
    d = one(f"Hội nghị tập huấn {phrase}, bắt đầu từ 08h00.")
    assert (d.kind, d.date, d.text) == ("on", D(2025, 11, 26), phrase)


def test_completion_with_a_bare_date_later_in_the_clause_is_kind_by():
    d = one("Các sở hoàn thành việc rà soát thủ tục ngày 15/4/2024.")
    assert (d.kind, d.date, d.text) == ("by", D(2024, 4, 15), "ngày 15/4/2024")


@pytest.mark.parametrize("phrase", ["vào ngày 16/01/2024", "tổ chức ngày 16/01/2024", "Thời gian: ngày 16/01/2024"])
def test_an_event_on_a_date_is_kind_on(phrase):
    d = one(f"Lễ phát động {phrase}, tại Hội trường.")
    assert (d.kind, d.date) == ("on", D(2024, 1, 16))
    assert d.text.endswith("16/01/2024")


def test_from_a_to_the_end_of_b_is_kind_range():
    d = one("Thời gian tiếp nhận ủng hộ từ 05/01/2024 đến hết ngày 05/02/2024.")
    assert (d.kind, d.start_date, d.date) == ("range", D(2024, 1, 5), D(2024, 2, 5))
    assert d.text == "từ 05/01/2024 đến hết ngày 05/02/2024"


def test_a_range_of_months_ends_on_the_last_day_of_the_second_month():
    d = one("Triển khai từ tháng 3/2024 đến tháng 6/2024.")
    assert (d.kind, d.start_date, d.date) == ("range", D(2024, 3, 1), D(2024, 6, 30))


@pytest.mark.parametrize("phrase", ["từ tháng 3 đến tháng 10 năm 2026", "từ tháng 3 đến hết tháng 10/2026"])
def test_a_range_of_months_printing_the_year_once_is_one_window(phrase):
    d = one(f"Thời gian quan trắc {phrase}; số lượng mẫu 240 mẫu/năm.", reference_date=D(2025, 11, 18))
    assert (d.kind, d.start_date, d.date, d.text) == ("range", D(2026, 3, 1), D(2026, 10, 31), phrase)


def test_two_months_joined_by_va_are_two_times():
    found = find_deadlines("Thời gian quan trắc vào tháng 4 và tháng 8 năm 2026.", reference_date=D(2025, 11, 18))
    assert [(d.kind, d.date, d.text) for d in found] == [
        ("month", D(2026, 4, 30), "vào tháng 4"), ("month", D(2026, 8, 31), "tháng 8 năm 2026")]


def test_a_window_of_months_a_figure_covers_is_no_deadline():
    assert find_deadlines("Tổng hợp số liệu từ tháng 3 đến tháng 10 năm 2026.", reference_date=D(2025, 11, 18)) == []


def test_a_range_whose_first_date_is_partial_takes_the_year_of_the_second():
    d = one("Kiểm tra từ ngày 20/12 đến ngày 10/01/2024.")
    assert (d.start_date, d.date) == (D(2023, 12, 20), D(2024, 1, 10))


def test_a_first_day_printed_without_its_month_takes_the_month_of_the_second():
    d = one("Các đơn vị tổ chức kiểm tra từ ngày 15 đến ngày 31 tháng 12 năm 2025.")
    assert (d.kind, d.start_date, d.date) == ("range", D(2025, 12, 15), D(2025, 12, 31))


@pytest.mark.parametrize("text", ["thời gian trong tuần ngày 15 đến ngày 31 tháng 12 năm 2025",
                                  "Hội nghị diễn ra ngày 15/12/2025 đến ngày 17/12/2025"])
def test_two_days_printed_with_ngay_make_a_range_without_tu(text):
    d = one(text)
    end = D(2025, 12, 31) if "31" in text else D(2025, 12, 17)
    assert (d.kind, d.start_date, d.date) == ("range", D(2025, 12, 15), end)


def test_times_and_weekdays_inside_a_range_keep_it_one_window():
    text = "Tạm dừng hệ thống từ 18h00 tối Thứ Bảy ngày 22/11/2025 đến 03h00 sáng Chủ Nhật ngày 23/11/2025."
    d = one(text)
    assert (d.kind, d.start_date, d.date) == ("range", D(2025, 11, 22), D(2025, 11, 23))
    assert d.text.startswith("từ 18h00")


@pytest.mark.parametrize(
    ("phrase", "kind", "date"),
    [
        ("trong tháng 3/2024", "month", D(2024, 3, 31)),
        ("trong quý I/2024", "quarter", D(2024, 3, 31)),
        ("trong quý 3 năm 2024", "quarter", D(2024, 9, 30)),
        ("trong 6 tháng đầu năm 2024", "half", D(2024, 6, 30)),
        ("trong năm 2024", "year", D(2024, 12, 31)),
    ],
)
def test_a_period_deadline_is_dated_on_its_last_day(phrase, kind, date):
    d = one(f"Các huyện hoàn thành {phrase}.")
    assert (d.kind, d.date, d.text) == (kind, date, phrase)


@pytest.mark.parametrize(
    ("phrase", "kind", "date"),
    [
        ("trong quý I", "quarter", D(2024, 3, 31)),
        ("trong tháng 3", "month", D(2024, 3, 31)),
        ("trước tháng 6", "before", D(2024, 6, 1)),
        ("chậm nhất tháng 2", "by", D(2024, 2, 29)),
    ],
)
def test_a_period_without_its_year_takes_the_year_of_the_reference_date(phrase, kind, date):
    d = one(f"Các sở hoàn thành việc này {phrase}.")
    assert (d.kind, d.date, d.text) == (kind, date, phrase)


@pytest.mark.parametrize(
    ("text", "kind", "start_date", "date"),
    [
        ("Thời gian thực hiện: Quý IV.", "quarter", None, D(2024, 12, 31)),
        ("Thời gian hoàn thành: Tháng 12\n", "month", None, D(2024, 12, 31)),
        ("Thời gian: tháng 11-12.", "range", D(2024, 11, 1), D(2024, 12, 31)),
        ("| 3 | Tập huấn cán bộ | Sở Y tế | Tháng 3 |", "month", None, D(2025, 3, 31)),
    ],
)
def test_a_period_under_a_time_label_or_in_a_table_cell_takes_the_documents_year(text, kind, start_date, date):
    d = one(text, reference_date=D(2024, 11, 20))
    assert (d.kind, d.start_date, d.date) == (kind, start_date, date)


def test_a_period_without_its_year_in_running_text_after_a_label_is_not_read():
    assert find_deadlines("Thời gian: tháng 12 năm trước đã tổ chức.", reference_date=D(2024, 11, 20)) == []


def test_a_period_without_its_year_that_ended_before_the_document_is_next_years():
    d = one("Hoàn thành trong quý I.", reference_date=D(2024, 11, 20))
    assert d.date == D(2025, 3, 31)


def test_a_period_without_its_year_needs_a_reference_date():
    assert find_deadlines("Hoàn thành trong quý I.", reference_date=None) == []
    assert find_deadlines("Hoàn thành trong tháng 13.", reference_date=REF) == []


def test_a_plans_time_line_gives_the_period_and_the_completion_date():
    d = one("Thời gian thực hiện: quý I/2024.")
    assert (d.kind, d.date, d.text) == ("quarter", D(2024, 3, 31), "Thời gian thực hiện: quý I/2024")
    d = one("Thời gian hoàn thành: ngày 31/3/2024.")
    assert (d.kind, d.date) == ("by", D(2024, 3, 31))


def test_the_first_half_year_without_a_cue_is_kind_half():
    d = one("Phấn đấu giải ngân 60% kế hoạch vốn 6 tháng đầu năm 2024.")
    assert (d.kind, d.date) == ("half", D(2024, 6, 30))


def test_a_report_on_the_first_half_year_is_no_deadline():
    assert find_deadlines("Báo cáo kết quả 6 tháng đầu năm 2024.") == []


def test_before_a_period_is_before_its_first_day():
    d = one("Hoàn thành trước quý II/2024.")
    assert (d.kind, d.date) == ("before", D(2024, 4, 1))


def test_by_the_end_of_a_year_is_kind_by():
    d = one("Duy trì đến hết năm 2025.")
    assert (d.kind, d.date) == ("by", D(2025, 12, 31))


def test_days_from_an_unknown_event_are_relative_without_a_date():
    d = one("Trả lời trong vòng 10 ngày kể từ ngày nhận được văn bản này.")
    assert (d.kind, d.date) == ("relative", None)
    assert d.text == "trong vòng 10 ngày kể từ ngày nhận được văn bản này"


def test_working_days_without_an_anchor_are_relative_without_a_date():
    d = one("Giải quyết hồ sơ trong thời hạn 05 ngày làm việc.")
    assert (d.kind, d.date, d.text) == ("relative", None, "trong thời hạn 05 ngày làm việc")


def test_days_from_a_printed_date_are_counted_from_the_next_day():
    d = one("Trả lời trong vòng 10 ngày kể từ ngày 01/3/2024.")
    assert (d.kind, d.date) == ("relative", D(2024, 3, 11))


def test_a_relative_period_ending_on_a_day_off_ends_on_the_next_working_day():
    # 10 days after 28/02/2024 is Saturday 9 March: the period ends on Monday 11 March (BLDS 2015, Điều 148).
    d = one("Trả lời trong vòng 10 ngày kể từ ngày 28/02/2024.")
    assert d.date == D(2024, 3, 11)


def test_working_days_skip_the_tet_break():
    d = one("Giải quyết trong thời hạn 05 ngày làm việc kể từ ngày 06/02/2024.")
    assert (d.kind, d.date) == ("relative", D(2024, 2, 20))


def test_days_from_signature_use_the_reference_date():
    d = one("Có hiệu lực trong 30 ngày kể từ ngày ký.", reference_date=D(2024, 1, 5))
    assert d.date == D(2024, 2, 5)
    assert one("Có hiệu lực trong 30 ngày kể từ ngày ký.", reference_date=None).date is None


@pytest.mark.parametrize(
    "phrase", ["hằng tuần", "hằng tháng", "hàng quý", "hằng năm", "định kỳ hằng tháng", "định kỳ 6 tháng"]
)
def test_every_period_is_kind_recurring(phrase):
    d = one(f"Các sở báo cáo {phrase} về UBND tỉnh.")
    assert (d.kind, d.text) == ("recurring", phrase)


def test_a_day_of_every_month_is_recurring_without_a_single_date():
    d = one("Các sở báo cáo trước ngày 20 hằng tháng.")
    assert (d.kind, d.text, d.date) == ("recurring", "trước ngày 20 hằng tháng", None)


@pytest.mark.parametrize("phrase", ["trước 15:00 ngày thứ Sáu hàng tuần", "vào 15 giờ ngày Chủ nhật hằng tuần"])
def test_a_weekday_and_a_time_of_every_week_are_one_recurring_deadline(phrase):
    d = one(f"Các bộ gửi báo cáo {phrase}.")
    assert (d.kind, d.text, d.date) == ("recurring", phrase, None)


def test_a_frequency_printed_beside_the_day_of_the_same_act_is_one_deadline():
    [d] = find_deadlines("Các văn phòng gửi mẫu báo cáo hàng tuần trước 15:00 ngày thứ Sáu hàng tuần.")
    assert d.text == "trước 15:00 ngày thứ Sáu hàng tuần"


def test_two_frequencies_of_different_acts_stay_two_deadlines():
    found = find_deadlines("Các sở báo cáo hàng tháng; tổng hợp gửi Bộ trước ngày 20 hàng tháng.")
    assert [d.text for d in found] == ["hàng tháng", "trước ngày 20 hàng tháng"]


def test_hang_followed_by_a_month_number_is_not_recurring():
    assert find_deadlines("nguồn hàng tháng 12 dồi dào") == []


def test_an_ongoing_duty_is_kind_continuous():
    d = one("Theo dõi, kiểm tra thường xuyên tình hình.")
    assert (d.kind, d.date, d.text) == ("continuous", None, "thường xuyên")


def test_recurrent_budget_spending_is_not_continuous():
    assert find_deadlines("Bố trí kinh phí chi thường xuyên năm 2024.") == []


def test_before_tet_of_a_named_year_is_kind_lunar():
    d = one("Hoàn thành trước Tết Nguyên đán Giáp Thìn 2024.", reference_date=None)
    assert (d.kind, d.date, d.text) == ("lunar", D(2024, 2, 10), "trước Tết Nguyên đán Giáp Thìn 2024")


def test_tet_named_only_by_its_can_chi_is_resolved_near_the_reference_date():
    d = one("Chi trả trước Tết Nguyên đán Ất Tỵ.", reference_date=D(2024, 12, 20))
    assert d.date == D(2025, 1, 29)


def test_before_tet_without_a_year_uses_the_next_tet_after_the_reference_date():
    assert one("Hoàn thành trước Tết Nguyên đán.").date == D(2024, 2, 10)
    assert one("Hoàn thành trước Tết Nguyên đán.", reference_date=None).date is None


def test_the_tenth_day_of_the_first_lunar_month_is_resolved_with_the_vietnamese_calendar():
    d = one("Khai hội vào mùng 10 tháng Giêng năm Giáp Thìn.")
    assert (d.kind, d.date) == ("lunar", D(2024, 2, 19))


def test_a_lunar_date_without_a_year_is_its_next_occurrence():
    d = one("Tổ chức Giỗ Tổ ngày 10/3 âm lịch.")
    assert (d.kind, d.date, d.text) == ("lunar", D(2024, 4, 18), "10/3 âm lịch")


def test_a_lunar_date_with_a_year_is_not_read_as_a_solar_date():
    d = one("Giỗ Tổ ngày 10 tháng 3 âm lịch năm 2024.")
    assert (d.kind, d.date) == ("lunar", D(2024, 4, 18))


def test_the_full_moon_of_the_first_month_is_a_lunar_deadline():
    d = one("Hoàn thành trước rằm tháng Giêng năm 2024.")
    assert (d.kind, d.date) == ("lunar", D(2024, 2, 24))


def test_new_years_eve_of_a_named_year_is_the_day_before_tet():
    d = one("Tổ chức bắn pháo hoa trong đêm Giao thừa Tết Nguyên đán 2024.", reference_date=None)
    assert (d.kind, d.date, d.text) == ("lunar", D(2024, 2, 9), "trong đêm Giao thừa Tết Nguyên đán 2024")


def test_new_years_eve_without_a_year_needs_the_reference_date():
    assert find_deadlines("không để xảy ra đốt pháo, nhất là Đêm Giao thừa.", reference_date=None) == []
    assert one("không để xảy ra đốt pháo, nhất là Đêm Giao thừa.").date == D(2024, 2, 9)


# --- what is not a deadline ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "triển khai thực hiện Thông tư số 13/2023/TT-BKHĐT ngày 12/12/2023 của Bộ trưởng",
        "(Công văn số 02 /UBND-KT, ngày 02/01/2024).",
        "ban hành Kế hoạch số 19-KH/BCĐ, ngày 02/01/2024 về chỉ đạo",
        "Quyết định ngày 05/01/2024 của UBND tỉnh",
        "Lạng Sơn, ngày 05 tháng 01 năm 2024",
        "kỷ niệm 91 năm Ngày truyền thống Đảng bộ tỉnh (15/6/1933 - 15/6/2024)",
        "Chỉ đạo, điều hành nổi bật của UBND tỉnh trong tuần (từ ngày 01/01 đến ngày 07/01/2023)",
        "tính đến ngày 31/12/2023, toàn tỉnh có 200 doanh nghiệp",
        "Hội nghị đã tổ chức vào ngày 02/01/2024.",
        "giai đoạn 2021 - 2025 và định hướng đến năm 2030",
        "Nhiệm vụ năm 2024 của ngành",
        "trực 24/24 giờ",
    ],
)
def test_dates_that_are_not_deadlines(text):
    assert find_deadlines(text, reference_date=REF) == []


def test_a_body_line_about_highlights_keeps_its_deadline():
    d = one("Tổng hợp các hoạt động nổi bật, báo cáo trước ngày 31/3/2024.")
    assert d.kind == "before"


def test_a_document_date_line_at_the_very_start_of_the_text_is_not_a_deadline():
    assert find_deadlines("Hà Nội, ngày 05 tháng 01 năm 2024\nVề việc …", reference_date=None) == []


def test_a_window_that_ended_before_the_document_is_a_condition_not_a_deadline():
    text = "Thương binh được công nhận trước ngày 31 tháng 12 năm 1993; làm nhiệm vụ từ tháng 5/1975 đến tháng 12/1988."
    assert find_deadlines(text, reference_date=REF) == []
    assert [d.kind for d in find_deadlines(text)] == ["before", "range"]


def test_a_past_fact_is_kept_when_it_is_after_the_reference_date():
    assert [d.kind for d in find_deadlines("Đã thống nhất tổ chức vào ngày 20/01/2024.", reference_date=REF)] == [
        "on"
    ]


# --- the window and the offsets --------------------------------------------------------------------------


def test_only_deadlines_inside_the_window_are_returned_with_offsets_into_the_whole_text():
    text = "a) Báo cáo trước ngày 10/01/2024.\nb) Báo cáo chậm nhất ngày 20/01/2024."
    second = text.index("b)")
    found = find_deadlines(text, start=second)
    assert [(d.kind, d.date) for d in found] == [("by", D(2024, 1, 20))]
    assert text[found[0].start : found[0].end] == found[0].text
    assert [d.kind for d in find_deadlines(text, end=second)] == ["before"]
    assert find_deadlines(text, start=10, end=10) == []


def test_a_partial_date_in_the_window_takes_its_year_from_context_outside_it():
    text = "Kế hoạch năm 2024 ban hành ngày 02/01/2024. Hoàn thành trước ngày 31/3."
    found = find_deadlines(text, start=text.index("Hoàn"))
    assert [(d.kind, d.date) for d in found] == [("before", D(2024, 3, 31))]


def test_deadlines_come_in_text_order_and_never_overlap():
    text = ("Từ ngày 01/02/2024 đến hết ngày 29/02/2024 tổ chức kiểm tra; báo cáo trước ngày 05/3/2024; "
            "định kỳ hằng tháng rà soát, thường xuyên theo dõi.")
    found = find_deadlines(text)
    assert [d.kind for d in found] == ["range", "before", "recurring", "continuous"]
    for left, right in zip(found, found[1:]):
        assert left.end <= right.start


# --- the sample digest -------------------------------------------------------------------------------------


def test_the_sample_digest_deadlines(sample_digest_text):
    found = find_deadlines(sample_digest_text)
    got = {(d.kind, d.start_date, d.date) for d in found}
    assert ("before", None, D(2024, 3, 31)) in got
    assert ("by", None, D(2024, 4, 5)) in got
    assert ("range", D(2024, 1, 5), D(2024, 2, 5)) in got
    assert ("on", None, D(2024, 1, 16)) in got
    assert ("range", D(2024, 1, 3), D(2025, 12, 31)) in got
    # "bình ổn thị trường dịp trước, trong và sau Tết Nguyên đán Giáp Thìn 2024": the occasion, not a time limit
    assert ("lunar", None, D(2024, 2, 10)) not in got
    assert ("lunar", None, D(2024, 2, 9)) in got  # the fireworks of Giao thừa, in the middle part
    assert "continuous" in {d.kind for d in found}
    for deadline in found:
        assert sample_digest_text[deadline.start : deadline.end] == deadline.text


def test_the_sample_digest_document_dates_and_anniversaries_are_not_deadlines(sample_digest_text):
    found = find_deadlines(sample_digest_text)
    dates = {d.date for d in found} | {d.start_date for d in found}
    for document_date in (D(2023, 12, 12), D(2024, 1, 2), D(2024, 1, 4), D(2023, 12, 8), D(2022, 2, 8),
                          D(2023, 1, 7), D(2023, 1, 1)):
        assert document_date not in dates
    assert not {d.year for d in dates if d} & {1933, 1910, 1940, 1427, 1950, 1909, 1831, 2015, 2019, 2021, 2030}
    assert not any(d.date in (D(2024, 6, 15), D(2024, 11, 4)) for d in found)


def test_the_sample_digest_title_week_is_not_a_deadline(sample_digest_text):
    title_end = sample_digest_text.index("\n", sample_digest_text.index("trong tuần"))
    assert find_deadlines(sample_digest_text, end=title_end) == []


# --- performance -----------------------------------------------------------------------------------------


@pytest.mark.slow
def test_ten_megabytes_of_adversarial_digits_slashes_and_ngay_run_in_linear_time():
    unit = ("ngày 1/1/1/1/1 ngày ngày 12//12/ 2024/2024 31/12/2024/ 0/0/0 " + "1/" * 40 + "9" * 60
            + " ngày 05/01 đến trước ngày ngày 31/3/2024- hằng hằng ")
    text = (unit * (10_000_000 // len(unit) + 1))[:10_000_000]
    began = time.perf_counter()
    find_deadlines(text)
    assert time.perf_counter() - began < 120  # a backtracking regex would take hours


# --- robustness ------------------------------------------------------------------------------------------

def test_solar_new_year_and_a_bare_month_number_are_not_lunar():
    assert find_deadlines("Nghỉ Tết Dương lịch năm 2024.") == []
    d = one("Mít tinh vào mùng 2 tháng 9 năm 2024.")
    assert (d.kind, d.date, d.text) == ("on", D(2024, 9, 2), "vào mùng 2 tháng 9 năm 2024")


def test_a_datetime_reference_is_accepted():
    d = one("Có hiệu lực trong 30 ngày kể từ ngày ký.", reference_date=datetime.datetime(2024, 1, 5, 9, 30))
    assert d.date == D(2024, 2, 5)


def test_impossible_years_and_lunar_days_give_no_date_and_no_error():
    assert one("Hoàn thành trước Tết Nguyên đán 0000.", reference_date=None).date is None
    assert one("Khai hội vào ngày 30 tháng Chạp năm 2024.", reference_date=None).date is None


_TOKENS = ["ngày", "tháng", "năm", "quý", "I", "0", "0000", "31", "12", "29", "/", "-", " ", "\n", "trước", "Tết",
           "Nguyên đán", "Giáp Thìn", "mùng", "rằm", "Giêng", "nhuận", "âm lịch", "(", ")", "hằng", "định kỳ", "trong",
           "vòng", "kể từ", "đến hết", "làm việc", "6 tháng đầu", "chậm nhất", "thường xuyên", "số", "UBND", "999",
           "ký", ",", "2024", "2200"]


def test_any_mix_of_date_words_gives_exact_offsets_and_no_error():
    hypothesis = pytest.importorskip("hypothesis")
    st = pytest.importorskip("hypothesis.strategies")

    @hypothesis.settings(max_examples=150, deadline=None)
    @hypothesis.given(
        st.lists(st.sampled_from(_TOKENS), max_size=30).map(" ".join),
        st.sampled_from([None, D(2024, 1, 5), D(2199, 12, 31)]),
    )
    def check(text, reference):
        for deadline in find_deadlines(text, reference_date=reference):
            assert text[deadline.start : deadline.end] == deadline.text
            assert deadline.kind in {"before", "by", "on", "range", "month", "quarter", "half", "year", "relative",
                                     "recurring", "continuous", "lunar"}

    check()


# --- the fast scan (cue words found first) finds exactly what a full scan finds ---------------------------


def _full_scan(monkeypatch):
    """Make every pattern scan the whole text, as when the text cannot be folded."""
    from chidao.text import deadlines

    monkeypatch.setattr(deadlines, "fold", lambda text: None)


def _corpus_sample(every=9):
    import json

    from tests.conftest import CORPUS

    if not CORPUS.exists():
        pytest.skip("the shared corpus is not on this machine")
    texts = [p.read_text(encoding="utf-8").split("\n", 2)[-1] for p in sorted((CORPUS / "directives").glob("*.txt"))]
    for path in sorted((CORPUS / "datasets").glob("*/documents.jsonl")):
        with path.open(encoding="utf-8") as handle:
            texts += [json.loads(line).get("text") or "" for line in handle if line.strip()]
    return texts[::every]


def test_the_fast_scan_finds_exactly_the_deadlines_of_a_full_scan(monkeypatch):
    texts = _corpus_sample()
    fast = [find_deadlines(t, reference_date=REF) for t in texts]
    windows = [find_deadlines(t, reference_date=None, start=len(t) // 3, end=len(t) // 3 + 1500) for t in texts]
    _full_scan(monkeypatch)
    assert fast == [find_deadlines(t, reference_date=REF) for t in texts]
    assert windows == [find_deadlines(t, reference_date=None, start=len(t) // 3, end=len(t) // 3 + 1500) for t in texts]


def test_the_fast_scan_matches_a_full_scan_on_the_sample_digest(sample_digest_text, monkeypatch):
    fast = find_deadlines(sample_digest_text, reference_date=REF)
    _full_scan(monkeypatch)
    assert fast == find_deadlines(sample_digest_text, reference_date=REF)


@pytest.mark.parametrize(
    "text",
    [
        "Báo cáo định kỳ hằng tháng trước ngày 20 hằng tháng; thường xuyên kiểm tra.",
        "Hoàn thành trước Tết Nguyên đán Giáp Thìn 2024 và trong đêm Giao thừa Tết Giáp Thìn.",
        "Lễ hội vào ngày mùng 10 tháng Giêng năm Giáp Thìn, rằm tháng 7 âm lịch; ngày 02 tháng 01 năm 2024.",
        "Trong vòng 10 ngày làm việc kể từ ngày 05/01/2024; chậm nhất trong tháng 3; trong quý I.",
        "TRƯỚC NGÀY 31/3/2024 VÀ HẰNG THÁNG; THƯỜNG XUYÊN; 6 THÁNG ĐẦU NĂM 2024.",
        "İstanbul trước ngày 31/3/2024",  # lowering changes its length: the full scan is used
    ],
)
def test_the_fast_scan_matches_a_full_scan_on_every_kind(text, monkeypatch):
    fast = find_deadlines(text, reference_date=REF)
    assert fast
    _full_scan(monkeypatch)
    assert fast == find_deadlines(text, reference_date=REF)


@pytest.mark.parametrize("text", [
    "Kế hoạch thời gian năm học đối với giáo dục mầm non và giáo dục thường xuyên",
    "xác định là một trong những nhiệm vụ chính trị thường xuyên",
    "Duy trì hoạt động phòng thủ dân sự thường xuyên",
    "Thời gian qua, Chính phủ đã chỉ đạo xuyên suốt, thường xuyên, liên tục",
])
def test_thuong_xuyen_naming_a_kind_of_thing_or_a_past_act_is_not_a_deadline(text):
    assert [d.kind for d in find_deadlines(text)] == []


@pytest.mark.parametrize("text", [
    "Thường xuyên kiểm tra, đôn đốc việc cập nhật dữ liệu",
    "tổ chức theo dõi, cập nhật thường xuyên, sát diễn biến",
])
def test_thuong_xuyen_timing_a_duty_is_continuous(text):
    assert [d.kind for d in find_deadlines(text)] == ["continuous"]


@pytest.mark.parametrize("text", [
    "kinh phí được bố trí trong dự toán chi ngân sách hàng năm của các sở",
    "được cụ thể hóa bằng chương trình công tác hàng năm",
    "xây dựng kế hoạch 5 năm và hàng năm về đào tạo nghề",
])
def test_a_yearly_plan_or_budget_is_not_a_recurring_deadline(text):
    assert [d.kind for d in find_deadlines(text)] == []


def test_a_yearly_report_is_a_recurring_deadline():
    assert [d.kind for d in find_deadlines("Hằng năm báo cáo kết quả thực hiện về Ban Chỉ huy")] == ["recurring"]


@pytest.mark.parametrize(("text", "expected"), [
    ("1. Tựu trường các cấp học: Ngày 26/8/2024 (thứ Hai).", [("on", datetime.date(2024, 8, 26))]),
    ("2. Tổ chức Khai giảng năm học mới: Ngày 05/9/2024 (thứ Năm).", [("on", datetime.date(2024, 9, 5))]),
    ("Riêng lớp 1 tựu trường ngày 19/8/2024.", [("on", datetime.date(2024, 8, 19))]),
    ("- Học kỳ I: Bắt đầu từ ngày 06/9/2024", [("on", datetime.date(2024, 9, 6))]),
])
def test_a_schedules_day_is_an_event_on_that_day(text, expected):
    assert [(d.kind, d.date) for d in find_deadlines(text)] == expected


@pytest.mark.parametrize("text", [
    "03 thủ tục chưa phát sinh hồ sơ trong 3 năm\n",
    "(do trong 03 năm gần nhất không phát sinh hồ sơ)",
])
def test_a_look_back_over_years_is_not_a_relative_deadline(text):
    assert find_deadlines(text) == []


def test_a_time_limit_at_the_end_of_a_line_is_still_relative():
    assert [d.kind for d in find_deadlines("Hoàn thành trong 3 tháng\n")] == ["relative"]


def test_a_period_printed_in_bold_keeps_its_cue():
    [d] = find_deadlines("khắc phục bất cập, hoàn thành trong **tháng 11 năm 2025**, cụ thể:")
    assert (d.kind, d.date) == ("month", datetime.date(2025, 11, 30))


@pytest.mark.parametrize(("text", "dates"), [
    ("- Năm 2018: 100% xã có nhà văn hóa.", [datetime.date(2018, 12, 31)]),
    ("tỷ lệ hộ nghèo giảm, năm 2018 đạt 99%, năm 2019 đạt 99,5%;", [datetime.date(2018, 12, 31),
                                                                     datetime.date(2019, 12, 31)]),
    ("hoàn thành vào năm 2020.", [datetime.date(2020, 12, 31)]),
])
def test_a_plans_yearly_milestones_are_year_deadlines(text, dates):
    found = find_deadlines(text, reference_date=datetime.date(2018, 6, 26))
    assert [(d.kind, d.date) for d in found] == [("year", d) for d in dates]


def test_a_year_already_over_is_a_result_not_a_milestone():
    assert find_deadlines("- Năm 2017: đạt 90%.", reference_date=datetime.date(2018, 6, 26)) == []


def test_a_time_limit_counted_from_when_this_decision_is_signed_is_dated():
    text = "chậm nhất sau 05 ngày làm việc, kể từ ngày quyết định công bố được UBND tỉnh\nký ban hành."
    [d] = find_deadlines(text, reference_date=datetime.date(2025, 11, 19))
    assert (d.kind, d.date) == ("relative", datetime.date(2025, 11, 26))


@pytest.mark.parametrize("text", [
    "được hưởng chế độ trợ cấp hàng tháng theo quy định",
    "Hỗ trợ hàng tháng cho cán bộ, chiến sỹ Công an cấp xã",
    "ổn định tiền thuê đất trả tiền thuê hằng năm",
    "bằng kế hoạch sử dụng đất hàng năm của cấp xã",
    "chuyển sang đất trồng cây hàng năm",
    "tiếp nhận hồ sơ từ 7 giờ 30 đến 17 giờ hàng ngày",
    "Tốc độ tăng trưởng GRDP bình quân hàng năm tăng khoảng 7,5%",
])
def test_a_monthly_allowance_a_yearly_rent_or_opening_hours_are_not_recurring_deadlines(text):
    assert find_deadlines(text) == []


def test_a_day_of_every_month_after_an_allowance_is_still_recurring():
    assert [d.kind for d in find_deadlines("Chi trả trợ cấp trước ngày 10 hằng tháng.")] == ["recurring"]


@pytest.mark.parametrize("text", [
    "đưa hoạt động đền ơn đáp nghĩa trở thành việc làm thường xuyên của toàn xã hội",
    "là bổn phận, nhiệm vụ thường xuyên, lâu dài của cả hệ thống chính trị",
])
def test_a_regular_task_named_as_a_thing_is_not_continuous(text):
    assert find_deadlines(text) == []


def test_a_dash_item_opened_by_its_year_and_a_comma_is_a_yearly_milestone():
    found = find_deadlines("Mục tiêu:\n- Năm 2018, hoàn thành việc hỗ trợ nhà ở.\n", reference_date=D(2018, 6, 1))
    assert [(d.kind, d.date, d.text) for d in found] == [("year", D(2018, 12, 31), "Năm 2018")]


@pytest.mark.parametrize("text", [
    "báo cáo kết quả thực hiện việc hỗ trợ trong năm 2025 và khi kết thúc Chương trình",
    "bố trí trong kế hoạch và dự toán ngân sách trong năm 2025 và các năm tiếp theo",
    "để đánh giá, xếp loại mức độ\nhoàn thành nhiệm vụ của tập thể, cá nhân trong năm\n2025.",
])
def test_a_year_that_a_result_or_a_budget_belongs_to_is_not_a_deadline(text):
    assert find_deadlines(text, reference_date=D(2025, 3, 1)) == []


def test_completing_within_a_year_stays_a_deadline_whatever_the_sentence_is_about():
    text = "rà soát để ký nhận kết quả, hoàn thành trong năm 2025."
    assert [(d.kind, d.date) for d in find_deadlines(text, reference_date=D(2025, 3, 1))] == [
        ("year", D(2025, 12, 31))]


def test_periods_in_the_footnotes_are_not_deadlines_but_a_dated_event_is():
    text = ("1. Các bộ hoàn thành trong năm 2025.\n"
            "[1] Các\nbộ có nhiều văn bản phải sửa đổi trong năm 2025 như sau.\n"
            "[2] Dự kiến tổ chức ngày 19 tháng 12 năm 2025.\n")
    found = find_deadlines(text, reference_date=D(2025, 11, 1))
    assert [(d.kind, d.date) for d in found] == [("year", D(2025, 12, 31)), ("on", D(2025, 12, 19))]


def test_a_half_year_in_a_cited_documents_title_is_not_a_deadline():
    text = "Thực hiện Công văn số 5/BVHTTDL về việc phấn đấu hoàn thành nhiệm vụ 6 tháng cuối năm 2025."
    assert find_deadlines(text, reference_date=D(2025, 7, 1)) == []


def test_a_period_another_text_sets_is_not_a_deadline_of_this_one():
    text = ("Tại khoản 2 Điều 2 Nghị định\n175/2025/NĐ-CP quy định từ ngày Nghị định này có hiệu lực thi hành"
            " (từ ngày\n01/7/2025) đến hết ngày 31/12/2025, trường hợp chưa ban hành Bảng giá thì áp dụng giá cũ.")
    assert find_deadlines(text, reference_date=D(2025, 11, 1)) == []


def test_a_period_another_text_sets_becomes_a_deadline_when_this_one_orders_it():
    text = "Nghị định 175/2025/NĐ-CP quy định mức thu, đề nghị các sở hoàn thành trước ngày 31/12/2025."
    assert [d.kind for d in find_deadlines(text, reference_date=D(2025, 11, 1))] == ["before"]


def test_a_term_from_the_signing_day_is_a_range_that_opens_on_the_documents_date():
    text = "Điều 2. Thời gian ủy quyền: Kể từ ngày Quyết định được ban hành\nđến hết ngày 28/02/2027."
    [d] = find_deadlines(text, reference_date=D(2025, 11, 20))
    assert (d.kind, d.start_date, d.date) == ("range", D(2025, 11, 20), D(2027, 2, 28))


@pytest.mark.parametrize("text", [
    "1. Thông tư này có hiệu lực thi hành kể từ ngày ký\nđến hết ngày 24 tháng 02 năm 2030.",
    "Quyết định này có hiệu lực thi hành sau 10 ngày, kể từ ngày ký.",
])
def test_how_long_a_text_is_in_force_is_not_a_deadline(text):
    assert find_deadlines(text, reference_date=D(2025, 12, 2)) == []


def test_a_term_from_entry_into_force_opens_on_the_signing_day_when_the_text_takes_effect_then():
    term = "Thời hạn ủy quyền: Từ ngày Quyết định này có hiệu lực thi hành đến hết ngày 31 tháng 12 năm 2030."
    [d] = find_deadlines(term + "\nĐiều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
                         reference_date=D(2025, 11, 20))
    assert (d.kind, d.start_date, d.date) == ("range", D(2025, 11, 20), D(2030, 12, 31))
    [d] = find_deadlines(term, reference_date=D(2025, 11, 20))  # no day of entry into force is printed
    assert (d.kind, d.start_date, d.date) == ("by", None, D(2030, 12, 31))


def test_a_term_counted_from_entry_into_force_is_still_a_deadline():
    text = "Thời hạn ủy quyền: Từ ngày Quyết định này có hiệu\nlực thi hành đến hết ngày 31 tháng 12 năm 2030."
    assert [(d.kind, d.date) for d in find_deadlines(text, reference_date=D(2025, 11, 1))] == [
        ("by", D(2030, 12, 31))]


def test_documents_still_in_force_do_not_hide_a_deadline():
    text = "số hóa hồ sơ còn hiệu lực, **hoàn thành trước\n30/11/2025.**"
    assert [d.kind for d in find_deadlines(text, reference_date=D(2025, 11, 1))] == ["before"]


def test_acting_from_a_day_is_an_event_on_that_day():
    text = "đề nghị Thuế tỉnh trình UBND tỉnh ban hành Bảng giá để áp dụng cho địa phương từ ngày 01/01/2026."
    [d] = find_deadlines(text, reference_date=D(2025, 11, 20))
    assert (d.kind, d.date, d.text) == ("on", D(2026, 1, 1), "từ ngày 01/01/2026")


def test_who_died_before_a_day_is_a_condition_not_a_deadline():
    text = "Đối tượng đã từ trần trước ngày 01 tháng 01 năm 2009 thì thân nhân được hưởng trợ cấp một lần."
    assert find_deadlines(text, reference_date=D(2008, 10, 27)) == []


def test_a_limit_already_given_is_still_a_deadline():
    text = "Bộ Y tế đã được giao hoàn thành trước ngày 30/11/2025."
    assert [d.kind for d in find_deadlines(text, reference_date=D(2025, 10, 1))] == ["before"]


def test_a_yearly_plan_wrapped_over_two_lines_is_not_recurring():
    assert find_deadlines('b) Cụm từ "kế hoạch sử dụng\nđất hàng năm của cấp huyện"') == []


def test_figures_counted_up_to_the_end_of_a_day_set_no_deadline():
    assert find_deadlines("số liệu năm 2025 (tính đến hết ngày 31/12/2025).", reference_date=D(2025, 11, 1)) == []


@pytest.mark.parametrize("text", [
    "cơ bản tháo gỡ khó khăn xong cuối tháng 12 năm 2025 theo chỉ đạo",
    "bảo đảm đến *hết tháng 12\nnăm 2025* giải quyết dứt điểm",
])
def test_the_end_of_a_month_is_a_limit_even_with_emphasis_inside_the_cue(text):
    assert [(d.kind, d.date) for d in find_deadlines(text, reference_date=D(2025, 11, 21))] == [
        ("by", D(2025, 12, 31))]


def test_a_programme_running_to_a_year_and_beyond_names_no_deadline():
    text = "ĐỀ ÁN TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ TỪ NAY ĐẾN NĂM 2020 VÀ NHỮNG NĂM TIẾP THEO"
    assert find_deadlines(text, reference_date=D(2013, 11, 11)) == []


def test_periods_in_brackets_after_a_plans_item_time_it():
    text = "Tổ chức quán triệt, triển khai thực hiện Chỉ thị (Quý IV/2013, Quý I/2014 và thường xuyên)."
    found = [(d.kind, d.date) for d in find_deadlines(text, reference_date=D(2013, 11, 11))]
    assert found == [("quarter", D(2013, 12, 31)), ("quarter", D(2014, 3, 31)), ("continuous", None)]


def test_a_past_year_in_brackets_is_no_deadline():
    assert find_deadlines("Số liệu (năm 2012) cho thấy kết quả tốt.", reference_date=D(2013, 11, 11)) == []


def test_days_from_entry_into_force_count_from_signing_when_the_text_takes_effect_when_signed():
    text = ("Hoàn thành xong trong thời hạn 03 ngày làm việc, kể từ ngày Quyết định có hiệu lực thi hành. "
            "Điều 4. Quyết định này có hiệu lực kể từ ngày ký.")
    [d] = find_deadlines(text, reference_date=D(2025, 11, 21))
    assert (d.kind, d.date) == ("relative", D(2025, 11, 26))


def test_a_period_in_force_printed_as_a_range_is_not_a_deadline():
    text = "Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025 đến hết ngày 31 tháng 12 năm 2026."
    assert find_deadlines(text, reference_date=D(2025, 11, 19)) == []


@pytest.mark.parametrize("text", [
    "Trong thời hạn 03 ngày làm việc, kể từ ngày nhận được hồ sơ, Sở Khoa học và Công nghệ kiểm tra.",
    "Miễn thuế thu nhập doanh nghiệp trong thời hạn 05 năm từ thời điểm phát sinh thuế thu nhập phải nộp.",
])
def test_a_procedures_processing_time_or_an_exemptions_length_is_no_deadline(text):
    assert find_deadlines(text, reference_date=D(2025, 11, 1)) == []


def test_a_relative_limit_from_receiving_this_letter_stays():
    text = "Trong thời hạn 05 ngày kể từ ngày nhận được văn bản này, các sở báo cáo."
    assert [d.kind for d in find_deadlines(text, reference_date=D(2025, 11, 1))] == ["relative"]


def test_the_span_in_a_capitals_heading_of_a_plan_is_no_deadline():
    text = "B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020\n\n1. Hoàn thành trong năm 2014."
    assert [(d.kind, d.date) for d in find_deadlines(text, reference_date=D(2013, 11, 1))] == [
        ("year", D(2014, 12, 31))]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("3. Thời gian thực hiện: Tháng 11, 12/2013 và thường xuyên.", D(2013, 11, 1), D(2013, 12, 31)),
    ("Ký hợp đồng trong tháng 11 và tháng 12 năm 2013.", D(2013, 11, 1), D(2013, 12, 31)),
])
def test_two_months_of_one_year_make_one_window(text, start, end):
    d = find_deadlines(text, reference_date=D(2013, 10, 20))[0]
    assert (d.kind, d.start_date, d.date) == ("range", start, end)


def test_two_months_compared_with_are_no_window():
    assert find_deadlines("Doanh thu tăng 5% so với tháng 11, 12/2013.", reference_date=D(2013, 10, 20)) == []


def test_work_from_a_month_onwards_starts_on_its_first_day_even_earlier_in_the_documents_year():
    [d] = find_deadlines("3. Thời gian thực hiện: Từ tháng 11/2013 trở đi.", reference_date=D(2013, 11, 11))
    assert (d.kind, d.date, d.text) == ("on", D(2013, 11, 1), "Từ tháng 11/2013 trở đi")


def test_a_condition_from_a_past_year_onwards_is_no_deadline():
    assert find_deadlines("người tham gia kháng chiến từ năm 1975 trở về sau", reference_date=D(2013, 11, 11)) == []


def test_a_remark_on_the_time_left_is_no_deadline():
    text = "Từ nay đến ngày 19 tháng 12 năm 2025 chỉ còn 01 tháng, thời gian rất gấp."
    assert find_deadlines(text, reference_date=D(2025, 11, 20)) == []


@pytest.mark.parametrize("text", [
    "Mức lãi suất cho vay được áp dụng\ntừ ngày 01 tháng 12 năm 2025 đối với các khoản vay còn dư nợ.",
    "Chế độ trợ cấp hằng tháng được thực hiện kể từ ngày 01 tháng 01 năm 2026.",
    "Hộ kinh doanh không áp dụng phương pháp khoán thuế từ ngày 01/01/2026.",
])
def test_the_day_a_rate_or_an_entitlement_starts_or_stops_to_run_is_no_deadline(text):
    assert find_deadlines(text, reference_date=D(2025, 11, 20)) == []


def test_an_act_asked_from_a_day_is_still_a_deadline():
    [d] = find_deadlines("Các sở thực hiện từ ngày 01/12/2025.", reference_date=D(2025, 11, 20))
    assert (d.kind, d.date) == ("on", D(2025, 12, 1))


def test_periods_inside_a_law_quoted_word_for_word_are_not_deadlines():
    text = ("Khoản 1 Điều 29 Luật Hải quan quy định: “Đối với hàng hóa đã được thông quan: trong thời hạn 60 ngày kể "
            "từ ngày thông quan, người khai được khai bổ sung; hồ sơ nộp trước ngày 31/12/2025.”\n"
            "Đề nghị Công ty báo cáo trước ngày 15/12/2025.")
    found = find_deadlines(text, reference_date=D(2025, 11, 20))
    assert [(d.kind, d.date) for d in found] == [("before", D(2025, 12, 15))]


def test_how_long_a_stay_lasts_between_a_least_and_a_most_is_no_deadline():
    text = "Thời gian điều dưỡng tối thiểu là 5 ngày, tối đa là 10 ngày (không kể thời gian đi và về)."
    assert find_deadlines(text, reference_date=D(2013, 6, 1)) == []


def test_a_procedures_processing_time_with_a_remark_in_brackets_is_no_deadline():
    text = ("*a) Thời gian giải quyết: *Trong\nthời hạn 02 ngày làm việc *(cắt giảm 01/03 ngày làm việc, tỷ lệ "
            "33,33%) *kể\ntừ ngày nhận đủ hồ sơ hợp lệ.")
    assert find_deadlines(text, reference_date=D(2025, 11, 18)) == []


def test_a_remark_in_brackets_before_the_anchor_keeps_the_anchor():
    [d] = find_deadlines("Trong thời hạn 05 ngày (kể cả ngày nghỉ) kể từ ngày 01/12/2025, các sở báo cáo.")
    assert (d.kind, d.date) == ("relative", D(2025, 12, 8))


@pytest.mark.parametrize("text", [
    "Để đảm bảo hỗ trợ về nhà ở cho khoảng 71.000 hộ trong năm 2013, Bộ Xây dựng đề nghị UBND các tỉnh thực hiện.",
    "Đối với các nhiệm vụ được giao trong năm 2013, tiếp tục rà soát kỹ.",
    "Các vướng mắc tiếp tục được xử lý trong năm 2013 và chuyển sang năm 2014.",
])
def test_a_year_that_names_an_aim_or_which_tasks_is_no_deadline(text):
    assert find_deadlines(text, reference_date=D(2013, 10, 20)) == []


def test_a_purpose_clause_ends_at_its_comma():
    [d] = find_deadlines("Để thực hiện, đề nghị các sở hoàn thành trong năm 2025.", reference_date=D(2025, 1, 5))
    assert (d.kind, d.date) == ("year", D(2025, 12, 31))


@pytest.mark.parametrize("text", ["gửi kết quả về Sở, hạn cuối\nngày 15 tháng 12 hàng năm.",
                                  "Việc kiểm tra được thực hiện vào tháng 11 đến ngày\n15 tháng 12 hàng năm."])
def test_a_day_of_every_year_is_recurring_without_a_date(text):
    [d] = find_deadlines(text, reference_date=D(2025, 11, 1))
    assert (d.kind, d.date) == ("recurring", None)
    assert d.text.endswith("hàng năm")


@pytest.mark.parametrize("text", ["Kế hoạch hoạt động\nhàng năm, hàng quý; lịch công tác hàng tháng, hàng tuần.",
                                  "bố trí thêm từ nguồn tăng thu, tiết kiệm chi hằng năm đối với các nội dung."])
def test_periodic_plans_schedules_and_spending_are_not_deadlines(text):
    assert find_deadlines(text, reference_date=D(2025, 11, 1)) == []


def test_a_department_that_reports_monthly_still_does():
    [d] = find_deadlines("Chi cục Thuế báo cáo hằng tháng.", reference_date=D(2025, 11, 1))
    assert d.kind == "recurring"


def test_from_when_a_rule_applies_in_running_text_is_no_deadline():
    text = "Sở hướng dẫn Ủy ban nhân dân xã đánh giá, xếp loại trung tâm từ năm 2025 trở đi theo Bảng tiêu chí."
    assert find_deadlines(text, reference_date=D(2025, 11, 20)) == []


def test_a_regular_report_is_recurring():
    [d] = find_deadlines("1. Sở Giáo dục và Đào tạo có trách nhiệm định kỳ báo cáo Ủy ban nhân dân tỉnh.")
    assert (d.kind, d.text) == ("recurring", "định kỳ")


@pytest.mark.parametrize("text", [
    "Kinh phí chi trả trợ cấp thường xuyên theo chế độ thường xuyên.",
    "Căn cứ đối tượng đang hưởng trợ cấp và dự kiến biến động tăng, giảm trong năm 2026 để dự toán kinh phí.",
    "nếu không tập trung thực hiện thì không thể hoàn thành mục tiêu trong năm 2025 theo đúng yêu cầu.",
    "Cục Thuế sẽ bổ sung chỉ tiêu này khi Luật Quản lý thuế được thông qua vào tháng\n12/2025.",
    "hiện thực hoá cam kết giảm phát thải ròng bằng không vào\nnăm 2050.",
])
def test_allowances_estimates_conditions_and_visions_are_not_deadlines(text):
    assert find_deadlines(text, reference_date=D(2025, 11, 20)) == []


def test_a_condition_that_ends_at_a_comma_leaves_the_order_its_deadline():
    [d] = find_deadlines("Khi được giao, các sở hoàn thành trong tháng 12/2025.", reference_date=D(2025, 11, 20))
    assert (d.kind, d.date) == ("month", D(2025, 12, 31))


def test_an_act_from_entry_into_force_falls_on_the_signing_day_when_the_text_takes_effect_then():
    text = ("Sở niêm yết công khai tại Trung tâm kể từ ngày Quyết định có hiệu lực thi hành.\n"
            "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.")
    [d] = find_deadlines(text, reference_date=D(2025, 11, 18))
    assert (d.kind, d.date) == ("on", D(2025, 11, 18))
    assert find_deadlines(text.partition("\n")[0], reference_date=D(2025, 11, 18)) == []


def test_another_text_ending_when_this_one_takes_effect_is_no_deadline():
    text = ("Quyết định số 1308/QĐ-UBND hết hiệu lực thi hành kể từ ngày\nQuyết định này có hiệu lực.\n"
            "Quyết định này có hiệu lực thi hành kể từ ngày ký.")
    assert find_deadlines(text, reference_date=D(2025, 11, 19)) == []


def test_a_span_of_years_after_a_cue_is_one_window():
    [d] = find_deadlines("Thời gian thực hiện: năm 2025 - 2026.", reference_date=D(2025, 1, 5))
    assert (d.kind, d.start_date, d.date) == ("range", D(2025, 1, 1), D(2026, 12, 31))


@pytest.mark.parametrize("text", [
    "Đối với các hồ sơ phát sinh từ ngày 01/01/2026 đến hết ngày 04/01/2026 thì mức thu thực hiện theo quy định.",
    "Số liệu ước tính là số liệu từ ngày 01/10 đến ngày 20/11/2025 của năm báo cáo.",
    "Chương trình giai đoạn I: từ năm 2026 đến năm 2027.",
    "Chi mua sắm trang thiết bị duy trì hoạt động thường xuyên.",
])
def test_the_window_a_rule_a_figure_or_a_phase_covers_is_no_deadline(text):
    assert find_deadlines(text, reference_date=D(2025, 11, 20)) == []


def test_the_horizon_in_a_strategys_name_is_no_deadline():
    text = "Quyết định phê duyệt Chiến lược bảo vệ môi trường quốc gia đến năm 2030, tầm nhìn đến năm 2050;"
    assert find_deadlines(text, reference_date=D(2025, 11, 20)) == []
    [d] = find_deadlines("Các sở hoàn thành kế hoạch đến năm 2026.", reference_date=D(2025, 11, 20))
    assert (d.kind, d.date) == ("by", D(2026, 12, 31))


def test_from_now_to_a_year_is_a_window_from_the_documents_date():
    [d] = find_deadlines("1. Thời gian: từ nay đến năm\n2030.", reference_date=D(2025, 11, 21))
    assert (d.kind, d.start_date, d.date, d.text) == ("range", D(2025, 11, 21), D(2030, 12, 31), "từ nay đến năm\n2030")


@pytest.mark.parametrize("text", [
    "các đề án về công tác dân số và phát triển giai đoạn đến năm 2030; tham mưu ban hành",
    "Căn cứ Quyết định phê duyệt Chiến lược quốc gia phòng, chống thiên tai đến năm 2030, tầm nhìn đến năm 2050;",
    "Sau 8 năm triển khai thực hiện Nghị quyết số 21-NQ/TW, công tác dân số đạt nhiều kết quả.",
    "người dân tại khu vực thường xuyên chịu tác động của thiên tai",
])
def test_periods_named_looked_back_on_or_describing_a_place_are_no_deadlines(text):
    assert find_deadlines(text, reference_date=D(2025, 11, 21)) == []


def test_an_order_after_a_plans_name_keeps_its_deadline():
    [d] = find_deadlines("Xây dựng Kế hoạch thực hiện, hoàn thành đến năm 2027.", reference_date=D(2025, 11, 21))
    assert (d.kind, d.date) == ("by", D(2027, 12, 31))


@pytest.mark.parametrize("text, phrase", [
    ("Tổ chức phun khử khuẩn trong 24-48 giờ sau khi nước rút.", "trong 24-48 giờ sau khi nước rút"),
    ("Khắc phục sự cố trong vòng 24 giờ kể từ khi nhận được tin báo.", "trong vòng 24 giờ kể từ khi nhận được tin báo"),
])
def test_a_limit_in_hours_is_relative(text, phrase):
    [d] = find_deadlines(text)
    assert (d.kind, d.date, d.text) == ("relative", None, phrase)


@pytest.mark.parametrize("text", ["Trường hợp nhận được yêu cầu sau 15 giờ thì cung cấp vào ngày tiếp theo.",
                                  "Theo dự báo, trong 24 giờ tới bão tiếp tục mạnh thêm."])
def test_a_time_of_day_or_a_forecast_in_hours_is_no_deadline(text):
    assert find_deadlines(text) == []


def test_the_day_of_every_year_in_brackets_after_hang_nam_is_recurring():
    found = find_deadlines("Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả về Sở Xây dựng.",
                           reference_date=D(2025, 11, 20))
    assert [(d.kind, d.date) for d in found] == [("recurring", None)]


@pytest.mark.parametrize("text", [
    "Căn cứ Báo cáo nhanh tình hình thiệt hại mưa lũ trên địa bàn tỉnh đến sáng ngày 21/11/2025;",
    "đáp ứng yêu cầu đến năm 2035 và tầm nhìn 2045.",
    "Đề án “Quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm 2030”;",
    "xác định đây là nhiệm vụ quan trọng, thường xuyên và lâu dài.",
])
def test_grounds_horizons_titles_and_descriptions_are_no_deadlines(text):
    assert find_deadlines(text, reference_date=D(2025, 11, 20)) == []


def test_grounds_that_turn_to_an_order_keep_its_deadline():
    [d] = find_deadlines("Căn cứ Kế hoạch số 12/KH-UBND, các sở báo cáo trước ngày 30/11/2025.",
                         reference_date=D(2025, 11, 20))
    assert (d.kind, d.date) == ("before", D(2025, 11, 30))


def test_work_from_a_month_until_an_event_starts_that_month():
    [d] = find_deadlines("Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.",
                         reference_date=D(2025, 11, 20))
    assert (d.kind, d.date) == ("on", D(2025, 11, 1))


def test_a_later_item_of_the_grounds_list_keeps_its_date_out():
    text = ("Căn cứ các Công điện của UBND tỉnh về khắc phục hậu quả lũ lụt;\nBáo cáo nhanh tình hình thiệt hại mưa lũ"
            " trên địa bàn tỉnh đến sáng ngày\n21/11/2025;\n\nCăn cứ Quy chế phối hợp;")
    assert find_deadlines(text, reference_date=D(2025, 11, 21)) == []


def test_an_order_ending_with_a_semicolon_after_the_decision_keeps_its_deadline():
    text = "Căn cứ Luật Tổ chức;\n\nQUYẾT ĐỊNH:\n1. Sở Y tế:\nBáo cáo kết quả trước ngày 30/11/2025;\n- Sở Xây dựng"
    [d] = find_deadlines(text, reference_date=D(2025, 11, 20))
    assert (d.kind, d.date) == ("before", D(2025, 11, 30))


@pytest.mark.parametrize("text", [
    "Bảo đảm sự chỉ đạo thống nhất, phối hợp chặt chẽ, thường xuyên, hiệu quả giữa các sở.",
    "Cảnh báo người dân ở các khu vực thường xuyên hoặc có nguy cơ xảy ra giông sét.",
])
def test_thuong_xuyen_among_other_manners_or_of_a_place_is_no_deadline(text):
    assert find_deadlines(text) == []


def test_thuong_xuyen_lien_tuc_as_a_tasks_time_is_continuous():
    assert [d.kind for d in find_deadlines("| Thời gian hoàn thành | Thường xuyên, liên tục |")] == ["continuous"]


def test_work_from_the_texts_own_date_until_an_event_starts_that_day():
    [d] = find_deadlines("Đợt thi đua được triển khai từ ngày ban\nhành Kế hoạch đến khi tổ chức thành công Đại hội.",
                         reference_date=D(2025, 11, 19))
    assert (d.kind, d.date) == ("on", D(2025, 11, 19))


def test_part_of_a_year_reported_on_is_no_relative_limit():
    assert find_deadlines("Trong 10 tháng năm 2025, kinh tế vĩ mô ổn định, lạm phát được kiểm soát.") == []


def test_recent_floods_do_not_make_the_deadline_a_past_fact():
    [d] = find_deadlines("hỗ trợ các trường học bị thiệt hại do đợt mưa\nlũ vừa qua, hoàn thành trước ngày 10/12/2025.")
    assert (d.kind, d.date) == ("before", D(2025, 12, 10))


def test_the_horizon_of_a_plan_a_cited_decision_approves_is_no_deadline():
    text = ("số 1437/QĐ-TTg ngày 19/7/2016 về phê duyệt đề án Đào tạo, bồi dưỡng văn hoá nghệ thuật ở nước ngoài đến năm"
            " 2030; số 223/QĐ-TTg")
    assert find_deadlines(text, reference_date=D(2025, 11, 25)) == []


@pytest.mark.parametrize("phrase, kind", [("trước Thứ Tư ngày 03/12/2025", "before"),
                                          ("vào chiều Chủ nhật ngày 03/12/2025", "on")])
def test_a_weekday_before_the_date_belongs_to_the_deadline(phrase, kind):
    d = one(f"Các bộ gửi báo cáo {phrase}.", reference_date=D(2025, 11, 18))
    assert (d.kind, d.date, d.text) == (kind, D(2025, 12, 3), phrase)


@pytest.mark.parametrize("phrase, start, end", [
    ("Quý IV/2025- Quý II/2026", D(2025, 10, 1), D(2026, 6, 30)),
    ("Tháng 3/2026 - Tháng 6/2026", D(2026, 3, 1), D(2026, 6, 30)),
])
def test_two_periods_joined_by_a_dash_are_one_window(phrase, start, end):
    [d] = find_deadlines(f"| Sở Công Thương | {phrase} |", reference_date=D(2025, 11, 18))
    assert (d.kind, d.start_date, d.date, d.text) == ("range", start, end, phrase)


@pytest.mark.parametrize("text", [
    "Quyết định số 227/QĐ-TTg ngày 12/3/2024 về điều chỉnh một số chỉ tiêu sử dụng đất đến năm 2025; Quyết định số 95",
    "Chương trình số 02-CTr/TU của Thành ủy về xây dựng thành phố thông minh đến năm 2025, định hướng đến năm 2030.",
    "Sau 04 tháng vận hành, tổ chức và hoạt động của chính quyền cấp xã đi vào nền nếp.",
    "Từ nay đến hết năm 2025 chỉ còn gần 2 tháng, các bộ cần tập trung cao độ.",
])
def test_cited_titles_horizons_looks_back_and_the_time_left_are_no_deadlines(text):
    assert find_deadlines(text, reference_date=D(2025, 11, 18)) == []


@pytest.mark.parametrize("text", ["Theo Công văn số 12/UBND-KT, các sở hoàn thành đến năm 2027.",
                                  "Thực hiện Kế hoạch số 12/KH-UBND về chuyển đổi số, các sở hoàn thành đến năm 2027."])
def test_an_order_after_a_cited_code_keeps_its_deadline(text):
    [d] = find_deadlines(text, reference_date=D(2025, 11, 18))
    assert (d.kind, d.date) == ("by", D(2027, 12, 31))


def test_regularly_every_year_is_one_recurring_time():
    assert [(d.kind, d.text) for d in find_deadlines("Thực hiện thường xuyên hằng năm.", reference_date=REF)] == [
        ("recurring", "hằng năm")]


def test_regularly_and_every_year_printed_apart_are_two_times():
    kinds = [d.kind for d in find_deadlines("Thời gian: Thường xuyên, hằng năm.", reference_date=REF)]
    assert kinds == ["continuous", "recurring"]


def test_thuong_xuyen_naming_a_kind_of_work_is_no_time():
    text = "bồi dưỡng cán bộ làm công tác đối ngoại trực tiếp, thường xuyên của các cơ quan"
    assert find_deadlines(text, reference_date=REF) == []


@pytest.mark.parametrize(("text", "date"), [
    ("- Từ quý IV/2027 xây dựng Nghị quyết thí điểm.", D(2027, 10, 1)),
    ("Từng bước tăng mức đóng bảo hiểm y tế từ năm 2027 phù hợp với lộ trình.", D(2027, 1, 1)),
])
def test_when_work_starts_is_its_first_day(text, date):
    d = one(text, reference_date=D(2026, 5, 13))
    assert (d.kind, d.date) == ("on", date)


def test_a_start_that_a_window_or_an_effect_follows_is_not_read_as_a_start():
    assert find_deadlines("Quy định này áp dụng từ năm 2027, có hiệu lực thi hành.", reference_date=D(2026, 5, 13)) == []
    assert [d.kind for d in find_deadlines("thực hiện từ năm 2027 đến năm 2030", reference_date=D(2026, 5, 13))] == [
        "range"]


def test_a_phase_heading_gives_its_window():
    d = one("2. Mục tiêu cụ thể\na) Giai đoạn 1 (2026 - 2028)\n- Phấn đấu 30% cán bộ được bồi dưỡng.",
            reference_date=D(2026, 5, 13))
    assert (d.kind, d.start_date, d.date, d.text) == ("range", D(2026, 1, 1), D(2028, 12, 31), "Giai đoạn 1 (2026 - 2028)")


def test_a_regular_report_on_a_plan_is_recurring():
    text = "theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch này, định kỳ \nhằng năm báo cáo Chính phủ"
    assert [d.kind for d in find_deadlines(text, reference_date=REF)] == ["recurring"]


def test_a_limit_cited_from_another_text_is_not_this_texts_deadline():
    text = "thanh toán tối đa không quá 15 (mười lăm) ngày theo quy định tại khoản 9 Điều 27 Nghị định số 146/2018/NĐ-CP"
    assert find_deadlines(text, reference_date=REF) == []


def test_a_yearly_report_before_a_day_of_the_year_is_recurring_across_a_line_break():
    text = "báo cáo định kỳ hàng năm trước\nngày 15 tháng 12 về Bộ Khoa học và Công nghệ"
    assert [d.kind for d in find_deadlines(text, reference_date=REF)] == ["recurring"]


def test_a_month_without_its_year_that_just_ended_is_the_one_gone_not_next_years():
    text = "Số doanh nghiệp thành lập mới trong tháng 4 là gần 20,4 nghìn."
    assert find_deadlines(text, reference_date=D(2026, 5, 6)) == []


def test_two_consecutive_years_listed_with_a_comma_are_one_window():
    d = one("- Thời gian thực hiện: Trong năm 2023, 2024.", reference_date=D(2023, 10, 30))
    assert (d.kind, d.start_date, d.date) == ("range", D(2023, 1, 1), D(2024, 12, 31))


def test_a_phase_heading_with_from_and_to_years_gives_its_window():
    d = one("1. Giai đoạn 1 từ năm 2023 đến hết năm 2025 (Giai đoạn xây dựng cơ sở)\na) Xây dựng cơ sở pháp lý",
            reference_date=D(2023, 10, 30))
    assert (d.kind, d.start_date, d.date) == ("range", D(2023, 1, 1), D(2025, 12, 31))


@pytest.mark.parametrize("text", [
    "- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7;\nSở Tài chính tổng hợp báo "
    "cáo Ủy ban nhân dân tỉnh trước ngày 10/7.",
    "Chế độ báo cáo: Định kỳ 6 tháng, 1 năm (6 tháng trước ngày 05/7; 1 năm trước ngày 10/7).",
])
def test_days_without_a_year_in_a_schedule_of_periodic_reports_are_recurring(text):
    found = [d for d in find_deadlines(text, reference_date=REF) if "ngày" in d.text]
    assert [(d.kind, d.date, d.text) for d in found] == [
        ("recurring", None, "trước ngày 05/7"), ("recurring", None, "trước ngày 10/7")]


@pytest.mark.parametrize("text", [
    "Sở Tài chính gửi báo cáo quý III trước ngày 15/9.",
    "Sở Tài chính gửi báo cáo năm 2023 trước ngày 15/9.",
])
def test_a_report_on_one_named_period_keeps_its_day(text):
    assert (one(text).kind, one(text).date) == ("before", D(2024, 9, 15))


def test_a_programme_named_up_to_a_year_gives_no_deadline():
    text = "Sở Y tế thực hiện các dự án thuộc Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030."
    assert find_deadlines(text, reference_date=REF) == []


def test_a_target_by_the_end_of_a_year_is_kind_by():
    deadline = one("Phấn đấu hết năm 2026 đạt ít nhất 50% số xã không ma túy.")
    assert (deadline.kind, deadline.date, deadline.text) == ("by", D(2026, 12, 31), "hết năm 2026")


def test_a_yearly_day_from_a_given_year_is_one_recurring_time_starting_that_year():
    text = "Tổng hợp kết quả gửi Bộ Nông nghiệp và Môi trường trước ngày 30 tháng 6 hằng năm kể từ năm 2027."
    found = find_deadlines(text, reference_date=REF)
    assert [(d.kind, d.date, d.start_date, d.text) for d in found] == [
        ("recurring", None, D(2027, 1, 1), "trước ngày 30 tháng 6 hằng năm kể từ năm 2027")]


def test_a_long_scheme_name_running_up_to_its_horizon_gives_no_deadline():
    text = ("Bộ Nông nghiệp và Phát triển nông thôn thực hiện Đề án một triệu ha lúa chuyên canh chất lượng cao, "
            "phát thải thấp gắn với tăng trưởng xanh vùng đồng bằng Sông Cửu Long đến năm 2030.")
    assert find_deadlines(text, reference_date=REF) == []


@pytest.mark.parametrize("text", [
    "Xây dựng cơ sở dữ liệu về tiềm năng hấp thụ các-bon cấp quốc gia đến năm 2030 và có tính đến năm 2050.",
    "Xây dựng Đề án lựa chọn một số khu kinh tế để tập trung đầu tư trong giai đoạn từ năm 2025.",
])
def test_the_period_a_work_covers_is_no_deadline(text):
    assert find_deadlines(text, reference_date=REF) == []


def test_a_monthly_benefit_wrapped_over_lines_is_still_no_deadline():
    text = ("b) Quân nhân đã về gia đình, hiện không thuộc diện hưởng chế độ hưu\n"
            "trí, chế độ mất sức lao động hàng tháng;")
    assert find_deadlines(text) == []


@pytest.mark.parametrize("text", [
    "Bộ Tài chính báo cáo Thủ tướng Chính phủ trước ngày 10 tháng 12\n        năm 2025.",
    "Bộ Tài chính báo cáo Thủ tướng Chính phủ trước\n        ngày 10/12/2025.",
])
def test_a_deadline_wrapped_onto_an_indented_line_is_read_whole(text):
    [d] = find_deadlines(text)
    assert (d.kind, d.date) == ("before", datetime.date(2025, 12, 10))


@pytest.mark.parametrize("phrase", ["từ ngày 19 - 20/6/2021", "từ ngày 19-20/6/2021", "ngày 19-20/6/2021"])
def test_two_days_joined_by_a_dash_are_one_window(phrase):
    d = one(f"Tổ chức kỳ thi tuyển sinh {phrase} tại các điểm thi.", reference_date=D(2021, 6, 9))
    assert (d.kind, d.start_date, d.date, d.text) == ("range", D(2021, 6, 19), D(2021, 6, 20), phrase)


def test_a_fresh_order_after_what_was_just_issued_keeps_its_date():
    d = one("UBND tỉnh vừa ban hành Công văn số 123/UBND-KT yêu cầu Sở Y tế báo cáo trước ngày 15/01/2024.",
            reference_date=None)
    assert d.date == D(2024, 1, 15)


def test_what_was_just_done_on_a_date_is_no_deadline():
    assert find_deadlines("Sở Y tế vừa tổ chức hội nghị vào ngày 02/01/2024.", reference_date=None) == []


def test_from_a_day_until_further_notice_is_continuous_from_that_day():
    d = one("Tạm dừng các hoạt động kể từ 00 giờ ngày 23/4/2020 cho đến khi UBND tỉnh có thông báo mới.",
            reference_date=D(2020, 4, 22))
    assert (d.kind, d.start_date, d.date) == ("continuous", D(2020, 4, 23), None)
    assert d.text == "kể từ 00 giờ ngày 23/4/2020 cho đến khi UBND tỉnh có thông báo mới"


def test_the_end_or_the_start_of_a_month_without_its_year_is_of_the_documents_year():
    found = find_deadlines("Hoàn thành thu hoạch đến cuối tháng 9; khởi công trong đầu tháng 10.",
                           reference_date=D(2018, 8, 12))
    assert [(d.kind, d.date) for d in found] == [("by", D(2018, 9, 30)), ("month", D(2018, 10, 31))]


@pytest.mark.parametrize("phrase", ["từ 10.9 - 10.10.2024", "từ 10/9 đến 10/10/2024", "từ 10/9 đến ngày 10/10/2024"])
def test_a_windows_first_day_printed_without_ngay_takes_the_year_of_its_end(phrase):
    d = one(f"Tổ chức đợt kiểm tra {phrase} trên địa bàn tỉnh.", reference_date=D(2024, 8, 20))
    assert (d.kind, d.start_date, d.date, d.text) == ("range", D(2024, 9, 10), D(2024, 10, 10), phrase)


def test_a_bare_day_and_month_with_no_window_to_close_is_no_date():
    assert find_deadlines("Tỷ lệ đạt từ 10/9 trở lên.", reference_date=D(2024, 8, 20)) == []


@pytest.mark.parametrize(("phrase", "kind"), [
    ("vào đầu tháng 8/2024", "month"), ("giữa tháng 8/2024", "month"), ("trong đầu tháng 8 năm 2024", "month"),
    ("đến cuối tháng 8/2024", "by"),
])
def test_a_part_of_a_month_is_read_as_that_month(phrase, kind):
    d = one(f"Sở Tài chính báo cáo kết quả {phrase}.", reference_date=D(2024, 7, 1))
    assert (d.kind, d.date, d.text) == (kind, D(2024, 8, 31), phrase)


def test_a_look_back_from_the_start_of_a_month_is_no_deadline():
    assert find_deadlines("Từ đầu tháng 8/2024, Sở Tài chính đã thu 20 tỷ đồng.", reference_date=D(2024, 9, 1)) == []


def test_by_the_end_of_a_year_is_by_its_last_day():
    d = one("Phấn đấu đến cuối năm 2025 hoàn thành 100% hồ sơ.", reference_date=D(2025, 3, 1))
    assert (d.kind, d.date, d.text) == ("by", D(2025, 12, 31), "đến cuối năm 2025")


def test_a_day_whose_ngay_lost_its_mark_keeps_its_cue():
    d = one("Sở Tài chính báo cáo trước ngay 20/5/2024.", reference_date=D(2024, 5, 1))
    assert (d.kind, d.date, d.text) == ("before", D(2024, 5, 20), "trước ngay 20/5/2024")


def test_a_window_of_two_lunar_days_is_one_lunar_deadline_with_its_start():
    d = one("Lễ hội diễn ra từ ngày 18 tháng Chạp năm Giáp Thìn đến ngày 29 tháng Giêng năm Ất Tỵ.",
            reference_date=D(2024, 12, 1))
    assert (d.kind, d.start_date, d.date) == ("lunar", D(2025, 1, 17), D(2025, 2, 26))


def test_a_window_of_days_of_one_lunar_month_is_one_lunar_deadline():
    d = one("Lễ hội đền Hùng tổ chức từ ngày 1 - 10 tháng 3 (âm lịch).", reference_date=D(2024, 3, 1))
    assert (d.kind, d.start_date, d.date, d.text) == ("lunar", D(2024, 4, 9), D(2024, 4, 18),
                                                      "từ ngày 1 - 10 tháng 3 (âm lịch)")


@pytest.mark.parametrize(("phrase", "start", "end"), [
    ("từ ngày 9/6 đến 22/6", D(2025, 6, 9), D(2025, 6, 22)),
    ("từ ngày 9 đến 18-4", D(2025, 4, 9), D(2025, 4, 18)),
    ("từ ngày 5 đến 10/3", D(2025, 3, 5), D(2025, 3, 10)),
    ("từ ngày 4-6/7", D(2025, 7, 4), D(2025, 7, 6)),
])
def test_a_window_whose_end_is_printed_without_ngay_or_year_takes_the_year_given(phrase, start, end):
    [d] = find_deadlines(f"Sở tổ chức chấm thi {phrase}.", published=D(2025, 1, 1))
    assert (d.kind, d.start_date, d.date, d.text) == ("range", start, end, phrase)


def test_a_lunar_day_without_its_year_takes_the_year_of_the_news_page():
    [d] = find_deadlines("Giỗ Tổ tổ chức vào ngày 10 tháng 3 âm lịch.", published=D(2024, 3, 1))
    assert (d.kind, d.date) == ("lunar", D(2024, 4, 18))


@pytest.mark.parametrize(("phrase", "start", "end"), [
    ("Giai đoạn 2 (từ 1-31/3)", D(2023, 3, 1), D(2023, 3, 31)),
    ("Giai đoạn 3 (từ 1/4-1/11)", D(2023, 4, 1), D(2023, 11, 1)),
])
def test_a_campaigns_stage_printed_with_its_days_is_a_window(phrase, start, end):
    [d] = find_deadlines(f"{phrase}, các lực lượng ra quân xử lý vi phạm.", published=D(2023, 3, 1))
    assert (d.kind, d.start_date, d.date) == ("range", start, end)


def test_the_years_a_programmes_phase_covers_are_no_window():
    assert find_deadlines("Giai đoạn I: từ năm 2021 đến năm 2025, tập trung đầu tư hạ tầng.",
                          reference_date=D(2021, 3, 1)) == []


def test_a_fresh_order_after_what_was_done_keeps_its_date():
    d = one("Đội quản lý trật tự đô thị đã kiểm tra, báo cáo, và Chủ tịch UBND quận yêu cầu Chủ tịch UBND phường "
            "xử lý xong chậm nhất là ngày 10-2-2011.", reference_date=None)
    assert d.date == D(2011, 2, 10)


def test_an_order_recalled_through_its_letter_is_still_past():
    assert find_deadlines("UBND tỉnh đã có văn bản yêu cầu Sở Y tế báo cáo trước ngày 05/3/2024.") == []


@pytest.mark.parametrize(("phrase", "kind", "date"), [
    ("chậm nhất đến 10/6", "by", D(2014, 6, 10)), ("xong trước 15/9", "before", D(2014, 9, 15)),
    ("xong trước 10-6", "before", D(2014, 6, 10)),
])
def test_a_day_and_month_right_after_a_deadlines_cue_is_a_date(phrase, kind, date):
    [d] = find_deadlines(f"Các địa phương cấy {phrase}.", published=D(2014, 5, 27))
    assert (d.kind, d.date) == (kind, date)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Thi tốt nghiệp THPT diễn ra trong 2 ngày (26 - 27/6/2025).", D(2025, 6, 26), D(2025, 6, 27)),
    ("Chi trả lương hưu vào ngày 7 và 8-1-2021.", D(2021, 1, 7), D(2021, 1, 8)),
])
def test_two_days_in_brackets_or_in_a_row_are_one_window(text, start, end):
    windows = [d for d in find_deadlines(text) if d.kind == "range"]
    assert [(d.start_date, d.date) for d in windows] == [(start, end)]


def test_two_days_far_apart_joined_by_va_are_no_window():
    assert [d.kind for d in find_deadlines("Họp giao ban vào ngày 10 và 25/6/2025.")] != ["range"]


def test_a_year_the_text_names_gives_way_to_the_year_of_a_date_printed_near():
    found = find_deadlines("Học sinh tựu trường vào ngày 29/8/2024, khai giảng vào ngày 5/9.", year_hint=2025)
    assert [d.date for d in found] == [D(2024, 8, 29), D(2024, 9, 5)]


@pytest.mark.parametrize("phrase", ["dịp trước, trong và sau Tết Nguyên đán Giáp Ngọ 2014",
                                    "trong dịp Tết Nguyên đán Kỷ Hợi năm 2019",
                                    "trước, trong và sau Tết Nguyên đán Giáp Ngọ 2014",  # the season without "dịp"
                                    "trước và sau Tết Giáp Ngọ 2014"])
def test_the_tet_occasion_work_is_done_for_is_no_deadline(phrase):
    assert find_deadlines(f"Bảo đảm cung ứng hàng hóa {phrase}.", reference_date=D(2013, 12, 1)) == []


def test_each_bulleted_item_of_a_schedule_opening_with_its_day_is_that_day():
    text = ("- Thời gian tiến hành: từ ngày 6/11 đến ngày 11/11/2023.\n+ Ngày 6/11 tổ chức tiêm tại thôn Du Tái;\n"
            "+ Ngày 7/11 tổ chức tiêm tại thôn Cập Thượng.")
    found = find_deadlines(text, published=D(2023, 11, 1))
    assert [(d.kind, d.date) for d in found if d.kind == "on"] == [("on", D(2023, 11, 6)), ("on", D(2023, 11, 7))]


def test_to_the_end_of_a_month_without_its_year_is_by_its_last_day():
    [d] = find_deadlines("Hoàn thành tiêm phòng đến hết tháng 4.", published=D(2022, 3, 1))
    assert (d.kind, d.date) == ("by", D(2022, 4, 30))


def test_each_line_of_a_timetable_opening_with_its_day_and_a_colon_is_that_day():
    text = ("Ngày 27/5/2017: Kết thúc việc kiểm tra dữ liệu.\n\nNgày 8/7-17/7/2017: Các trường nhận đơn phúc khảo.\n\n"
            "Ngày 30/7/2017: Báo cáo kết quả với Bộ.")
    assert [(d.kind, d.start_date, d.date) for d in find_deadlines(text)] == [
        ("on", None, D(2017, 5, 27)), ("range", D(2017, 7, 8), D(2017, 7, 17)), ("on", None, D(2017, 7, 30))]


def test_a_day_named_as_the_last_one_is_by_that_day():
    [d] = find_deadlines("Các trường lưu ý ngày 25/5/2017 là hạn cuối nộp hồ sơ.")
    assert (d.kind, d.date) == ("by", D(2017, 5, 25))


def test_a_window_a_count_was_made_over_is_no_deadline():
    assert find_deadlines("Từ ngày 1.1 đến ngày 6.7, UBND tỉnh giao 833 nhiệm vụ.", published=D(2020, 7, 10)) == []


def test_a_headline_month_before_the_dateline_is_of_the_datelines_year():
    [d] = find_deadlines("Tiêm phòng cho gia súc đến hết tháng 4\n\n15/03/2022 22:32\n", published=D(2022, 3, 15))
    assert (d.kind, d.date) == ("by", D(2022, 4, 30))


def test_a_window_may_end_on_a_day_named_by_what_happens_on_it():
    [d] = find_deadlines("Niêm yết danh sách cử tri từ ngày 13 tháng 5 đến ngày bầu cử 23 tháng 5 năm 2021.")
    assert (d.kind, d.start_date, d.date) == ("range", D(2021, 5, 13), D(2021, 5, 23))


def test_the_hour_of_a_day_may_be_printed_after_luc():
    [d] = find_deadlines("Các cơ quan dọn vệ sinh vào lúc 16h chiều thứ bảy ngày 27/12/2014.")
    assert (d.kind, d.date, d.text) == ("on", D(2014, 12, 27), "vào lúc 16h chiều thứ bảy ngày 27/12/2014")


@pytest.mark.parametrize("text", [
    "Đến ngày 4.1.2018, Sở Kế hoạch và Đầu tư vẫn chưa nhận được báo cáo.",
    "Đến ngày 12/3/2020 trên địa bàn xã đang thực hiện cách ly cho 01 hộ.",
    "Trước đó, Sở Kế hoạch và Đầu tư có công văn đề nghị chậm nhất ngày 25.12.2017 phải báo cáo.",
])
def test_how_things_stood_on_a_day_and_an_order_recalled_before_are_no_deadlines(text):
    assert find_deadlines(text) == []


def test_a_day_opening_an_order_is_still_its_deadline():
    [d] = find_deadlines("Đến ngày 30/6/2024, các sở hoàn thành việc rà soát.")
    assert (d.kind, d.date) == ("by", D(2024, 6, 30))


@pytest.mark.parametrize("text", [
    "Được biết, luỹ kế đến ngày 17/5/2023, tỉnh Đồng Tháp có 357 sản phẩm OCOP.",
    "Từ năm 2017 đến năm 2019, trên địa bàn tỉnh có khoảng 102 km đê bao bị sạt lở.",
])
def test_a_count_made_up_to_a_day_or_over_years_is_no_deadline(text):
    assert find_deadlines(text) == []


def test_a_timetables_day_after_its_label_in_a_list_cut_by_semicolons_is_that_day():
    text = "Tuyển sinh lớp 10: Từ ngày 19 - 20/6/2021; tuyển sinh lớp 6 chất lượng cao: Ngày 19/6/2021."
    assert [(d.kind, d.date) for d in find_deadlines(text)] == [("range", D(2021, 6, 20)), ("on", D(2021, 6, 19))]


def test_the_horizon_of_a_plan_being_revised_is_no_deadline():
    assert find_deadlines("Rà soát công tác điều chỉnh quy hoạch sử dụng đất đến năm 2020.") == []


def test_a_window_from_the_start_of_a_month_opens_on_its_first_day():
    [d] = find_deadlines("Công an tỉnh ra quân từ đầu tháng 1/2013 tới ngày 15/3/2013.")
    assert (d.kind, d.start_date, d.date) == ("range", D(2013, 1, 1), D(2013, 3, 15))


@pytest.mark.parametrize(("text", "kind", "date"), [
    ("Thanh tra tỉnh tổng hợp báo cáo trong tháng 5.2021.", "month", D(2021, 5, 31)),
    ("Việc trồng cây thực hiện xong trong quý I.2023.", "quarter", D(2023, 3, 31)),
])
def test_a_month_or_quarter_may_print_a_full_stop_before_its_year(text, kind, date):
    [d] = find_deadlines(text)
    assert (d.kind, d.date) == (kind, date)


def test_the_day_a_committee_issued_a_document_is_no_deadline():
    assert find_deadlines("Cũng trong ngày 25-8, UBND TP HCM ban hành văn bản khẩn.", published=D(2021, 8, 1)) == []


def test_a_window_in_a_sentence_recalling_what_was_done_before_is_no_deadline():
    text = "Lý do là dịch bệnh.\nTrước đó, tỉnh đã thực hiện cách ly xã hội (từ 16.2-2.3.2021)."
    assert [d for d in find_deadlines(text, published=D(2021, 3, 9)) if d.kind == "range"] == []


@pytest.mark.parametrize(("text", "start"), [
    ("Năm 2026 và các năm tiếp theo, các sở tổ chức kiểm tra.", D(2026, 1, 1)),
    ("Bảo đảm cấp nước sạch trong năm 2017 và những năm tiếp theo.", D(2017, 1, 1)),
])
def test_a_year_and_the_years_after_it_is_continuous_from_that_year(text, start):
    [d] = find_deadlines(text)
    assert (d.kind, d.start_date, d.date) == ("continuous", start, None)


@pytest.mark.parametrize("text", [
    "Bố trí vốn trong dự toán ngân sách của Thành phố trong năm 2014 và các năm tiếp theo.",
    "Kế hoạch năm 2024 và các năm tiếp theo được phê duyệt.",
    "Thực hiện từ nay đến năm 2020 và những năm tiếp theo.",
])
def test_budget_years_a_plans_title_and_a_programmes_span_are_no_time_from_a_year_on(text):
    assert find_deadlines(text) == []


def test_a_cue_word_never_reaches_the_date_after_a_blank_line():
    text = "Dự án kè sông chậm tiến độ vẫn chưa xong\n\n09/08/2022 15:35 GMT+7\nChủ tịch UBND tỉnh yêu cầu huyện xử lý."
    assert find_deadlines(text, reference_date=D(2022, 8, 9)) == []


def test_the_same_time_restated_in_the_other_calendar_is_one_deadline():
    text = "Lễ hội được tổ chức từ ngày 1 - 10 tháng 3 (âm lịch) tức là từ ngày 9 đến 18-4-2024, tại Khu Di tích."
    found = find_deadlines(text, reference_date=D(2024, 3, 1))
    assert [(d.start_date, d.date) for d in found] == [(D(2024, 4, 9), D(2024, 4, 18))]


def test_a_roadmaps_steps_headed_by_their_year_fall_in_that_year():
    text = ("Lộ trình thực hiện\n\n1. Năm 2019\na) UBND cấp xã lập danh sách cử tri: xong trước ngày 10/7/2019.\n"
            "2. Năm 2020 là năm bản lề của kế hoạch.\n")
    found = find_deadlines(text, reference_date=D(2019, 6, 1))
    assert [(d.kind, d.date, d.text) for d in found] == [
        ("year", D(2019, 12, 31), "Năm 2019"), ("before", D(2019, 7, 10), "xong trước ngày 10/7/2019")]


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh yêu cầu các sở phấn đấu đến cuối năm hoàn thành giải ngân 100% kế hoạch vốn.", [D(2019, 12, 31)]),
    ("Số văn bản phải sửa đổi từ giờ đến cuối năm là rất lớn.", []),
    ("Đến cuối năm học, các trường báo cáo kết quả.", []),
])
def test_the_end_of_the_year_without_its_number_is_the_end_of_the_documents_year(text, expected):
    assert [d.date for d in find_deadlines(text, reference_date=D(2019, 8, 1))] == expected


@pytest.mark.parametrize("text", [
    ("Để hạn chế đến mức thấp nhất thiệt hại do cháy rừng gây ra, ngày 19 tháng 4 năm 2025 Ủy ban nhân dân tỉnh Hòa An "
     "đã ban hành Chỉ thị số 08/CT-UBND."),
    "Dự báo độ mặn sẽ tiếp tục tăng cao và vào sâu trong tháng 1/2026.",
    "Theo dự báo, đợt nắng nóng sẽ kéo dài đến ngày 20/5/2026.",
    "Hạn hán có thể kéo dài đến hết tháng 8/2026.",
])
def test_the_day_a_document_was_issued_and_a_forecast_are_no_deadlines(text):
    assert find_deadlines(text, reference_date=D(2025, 1, 1)) == []


def test_an_order_to_follow_the_forecasts_keeps_its_deadline():
    text = "Sở Nông nghiệp và Môi trường theo dõi dự báo, báo cáo UBND tỉnh trước ngày 15/3/2026."
    assert [d.date for d in find_deadlines(text, reference_date=D(2026, 1, 1))] == [D(2026, 3, 15)]


@pytest.mark.parametrize("text, expected", [
    ("Các địa phương phải bảo đảm người dân có nơi ở trước Tết.", [D(2026, 2, 17)]),
    ("Sở Nội vụ theo dõi sát nợ lương trước Tết 2026.", [D(2026, 2, 17)]),
    ("Các trường hoàn thành trước Tết Dương lịch.", []),
    ("Tổ chức các hoạt động vui chơi dịp Tết cho thiếu nhi.", []),
])
def test_tet_printed_alone_after_before_is_the_lunar_new_year(text, expected):
    assert [d.date for d in find_deadlines(text, reference_date=D(2025, 11, 13))] == expected


@pytest.mark.parametrize("text, expected", [
    ("Lễ hội được tổ chức vào trung tuần tháng 4/2018.", [("month", None, D(2018, 4, 30))]),
    ("Giải đấu diễn ra từ tháng 11 - 12/2017 tại các huyện.", [("range", D(2017, 11, 1), D(2017, 12, 31))]),
])
def test_a_ten_day_part_of_a_month_and_a_window_of_two_months_joined_by_a_dash(text, expected):
    found = find_deadlines(text, reference_date=D(2017, 1, 1))
    assert [(d.kind, d.start_date, d.date) for d in found] == expected


def test_a_day_named_by_its_holiday_then_its_date_is_the_deadline():
    found = find_deadlines("Các đơn vị hoàn thành trước ngày Quốc khánh 02/9/2025.", reference_date=D(2025, 8, 1))
    assert [(d.kind, d.date) for d in found] == [("before", D(2025, 9, 2))]


@pytest.mark.parametrize("text, expected", [
    ("Tổ chức đánh giá hoạt động của Trung tâm phục vụ hành chính công các xã (từ ngày 01/7/2025).", []),
    ("Từ 1/7/2025, UBND xã, phường sẽ được giao làm chủ đầu tư các công trình công ích.", []),
    ("Từ ngày 1/12/2025, Sở Y tế tổ chức tiêm chủng cho trẻ em.", [D(2025, 12, 1)]),
])
def test_since_when_a_thing_runs_or_an_arrangement_applies_is_no_deadline(text, expected):
    assert [d.date for d in find_deadlines(text, reference_date=D(2025, 6, 1))] == expected


def test_the_days_a_round_up_of_orders_covers_are_no_deadline():
    text = "Chỉ đạo điều hành của UBND tỉnh, Chủ tịch UBND tỉnh từ ngày 14-18/4/2025\n1. Giao Sở Y tế báo cáo trước ngày 30/4/2025."
    assert [d.date for d in find_deadlines(text)] == [D(2025, 4, 30)]


def test_the_days_of_a_holiday_counted_are_no_time_limit():
    assert find_deadlines("Thành phố dự kiến đón hơn 700 chuyến bay trong 5 ngày lễ.", published=D(2025, 4, 20)) == []


def test_the_cut_off_day_of_a_reported_figure_is_no_deadline():
    text = "Theo báo cáo của Kho bạc Nhà nước tỉnh, đến hết tháng 10-2023, tỷ lệ giải ngân của tỉnh mới đạt 55%."
    assert find_deadlines(text) == []
