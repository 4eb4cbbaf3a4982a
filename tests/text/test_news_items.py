"""News items that report a province's orders (the stuff of the weekly digest): no header, the committee
speaking in the third person, the order it gave reported in passing."""

import datetime

import pytest

from chidao.text import parse_text


def tasks(text):
    return [(t["lead"], t["lead_groups"], t["support"]) for t in parse_text(text)["tasks"]]


def test_a_city_committee_that_assigns_work_is_the_one_speaking_not_a_lead():
    text = ("UBND TP Cần Thơ giao Sở Xây dựng, Sở Tài chính rà soát các văn bản liên quan đến dự án, giải quyết "
            "theo thẩm quyền.")
    assert tasks(text) == [(["Sở Xây dựng", "Sở Tài chính"], [], [])]


def test_a_committee_of_another_province_charged_in_a_document_is_still_a_lead():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 15/UBND-KT\nLạng Sơn, ngày 08 tháng 01 năm 2024\n"
            "V/v phối hợp\n\nKính gửi: Ủy ban nhân dân tỉnh Cao Bằng.\n\n"
            "Ủy ban nhân dân tỉnh Cao Bằng chủ trì rà soát tuyến đường giáp ranh.\n")
    assert tasks(text)[-1][0] == ["Ủy ban nhân dân tỉnh Cao Bằng"]


def test_the_document_the_committee_just_issued_may_stand_between_it_and_its_order():
    text = ("UBND tỉnh vừa ban hành Công văn số 123/UBND-KT ngày 02/01/2024 yêu cầu Sở Y tế, Sở Tài chính khẩn "
            "trương rà soát, báo cáo trước ngày 15/01/2024.")
    record = parse_text(text)
    assert [t["lead"] for t in record["tasks"]] == [["Sở Y tế", "Sở Tài chính"]]
    assert record["tasks"][0]["deadline"]["date"] == "2024-01-15"


def test_the_committee_also_ordering_is_still_the_one_speaking():
    text = "UBND tỉnh Gia Lai cũng chỉ đạo Văn phòng UBND tỉnh có trách nhiệm xuất bản công báo điện tử."
    assert tasks(text)[0][0] == ["Văn phòng Ủy ban nhân dân tỉnh"]


def test_where_the_order_was_given_comes_before_who_gave_it():
    text = ("Tại buổi kiểm tra, Phó Chủ tịch Thường trực UBND tỉnh Võ Đức Trong yêu cầu Ban tổ chức lễ hội "
            "thực hiện nghiêm các quy định về an ninh trật tự.")
    assert tasks(text) == [(["Ban tổ chức lễ hội"], [], [])]


def test_the_cases_an_order_covers_come_before_its_actor():
    text = ("Theo đó, đối với các công trình không có cơ quan chủ quản, Sở Xây dựng tổ chức đánh giá, tổng hợp "
            "báo cáo UBND tỉnh trước ngày 15/04/2017.")
    record = parse_text(text)
    assert [t["lead"] for t in record["tasks"]] == [["Sở Xây dựng"]]
    assert record["tasks"][0]["deadline"]["date"] == "2017-04-15"


def test_a_clause_after_a_semicolon_with_its_own_actor_and_verb_is_a_task_of_its_own():
    text = ("Khẩn trương rà soát số lượng tàu thuyền, kêu gọi vào bờ; Sở Nông nghiệp và PTNT hướng dẫn các "
            "địa phương vận hành hồ chứa bảo đảm an toàn.")
    assert tasks(text) == [(["Sở Nông nghiệp và Phát triển nông thôn"], [], [])]


def test_a_clause_after_a_semicolon_naming_a_body_without_a_verb_is_no_task():
    text = ("Điều 5. Hồ sơ gửi Sở Tài chính đối với các trường hợp thuộc tỉnh; Sở Nội vụ đối với các trường hợp "
            "còn lại.")
    assert all(lead != ["Sở Nội vụ"] for lead, _, _ in tasks(text))


def test_the_head_of_a_unit_named_by_his_title_is_no_agency():
    text = ("Điều 3. Chánh Văn phòng UBND tỉnh, Chi cục Trưởng Chi cục Thủy sản chịu trách nhiệm thi hành Quyết "
            "định này.")
    lead = tasks(text)[0][0]
    assert "Chi cục Thủy sản" in lead and not any("Trưởng" in name for name in lead)


def test_a_newspapers_dateline_opens_the_item():
    text = "(Baoquangngai.vn)- Chủ tịch UBND tỉnh vừa có công văn giao UBND các huyện, thành phố rà soát bờ sông."
    assert tasks(text) == [([], ["UBND các huyện, thành phố"], [])]


def test_why_the_order_was_given_comes_before_who_gave_it():
    text = ("Thực hiện chỉ đạo của Thủ tướng Chính phủ về phòng, chống dịch Covid-19, Chủ tịch UBND tỉnh yêu cầu "
            "Thủ trưởng các sở, ban, ngành tỉnh thực hiện quyết liệt công tác phòng, chống dịch.")
    assert tasks(text) == [([], ["Thủ trưởng các sở, ban, ngành tỉnh"], [])]


def test_the_meeting_where_the_chairman_spoke_comes_before_him_and_a_comma_may_follow_his_verb():
    text = ("Phát biểu tại Phiên họp thành viên UBND tỉnh sáng 4/11, Chủ tịch UBND tỉnh Nguyễn Bốn đề nghị, Sở Kế "
            "hoạch và Đầu tư, các ngành, địa phương cần tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công.")
    assert tasks(text) == [(["Sở Kế hoạch và Đầu tư"], ["các ngành, địa phương"], [])]


def test_a_body_charged_in_the_passive_is_the_lead():
    text = "Văn phòng UBND tỉnh được giao hoàn thiện hệ thống thông tin báo cáo, xây dựng chỉ số điều hành."
    assert tasks(text) == [(["Văn phòng Ủy ban nhân dân tỉnh"], [], [])]


def test_a_body_given_something_to_manage_is_not_charged_by_it():
    assert tasks("Sở Tài chính được giao quản lý tài sản của Quỹ từ năm 2020.") == []


def test_a_standing_committee_is_named_down_to_its_level_over_the_comma_inside():
    assert tasks("Giao Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh theo dõi diễn biến mưa lũ.") == [
        (["Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"], [], [])]
    assert tasks("Giao Văn phòng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Lạng Sơn theo dõi.")[0][0] == [
        "Văn phòng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Lạng Sơn"]


def test_a_committees_name_stops_before_a_verb_or_another_body():
    assert tasks("Ban Chỉ đạo phòng, chống dịch chỉ đạo các huyện triển khai.")[0][0] == [
        "Ban Chỉ đạo phòng, chống dịch"]
    # the level printed once, after the last of them, belongs to each
    assert tasks("Ban Chỉ huy quân sự, Công an huyện rà soát danh sách.")[0][0] == [
        "Ban Chỉ huy Quân sự huyện", "Công an huyện"]


def test_a_standing_duty_in_a_fresh_order_is_continuous():
    record = parse_text("UBND thành phố vừa có văn bản đề nghị Liên đoàn Lao động thành phố thường xuyên theo dõi, "
                        "nắm tình hình người lao động bị nợ lương.")
    assert [d["kind"] for d in record["deadlines"]] == ["continuous"]


def test_a_steering_committee_known_by_its_number_is_no_reference():
    record = parse_text("Căn cứ chỉ đạo của BCĐ 389/ĐP tỉnh, Sở Công Thương tăng cường kiểm tra thị trường.")
    assert record["references"] == []
    spelled = parse_text("Ban Chỉ đạo (BCĐ) 389/ĐP chỉ đạo bộ phận thường trực kiểm tra thị trường.")
    assert spelled["references"] == []


def test_the_document_that_gives_the_order_comes_before_who_gave_it():
    text = ("Theo văn bản 2642/UBND-KT ngày 19/11/2010, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thị xã, "
            "thành phố rà soát lại công việc.")
    assert tasks(text) == [([], ["Chủ tịch UBND các huyện, thị xã, thành phố"], [])]


def test_a_news_pages_dateline_gives_dates_printed_without_their_year_their_year():
    record = parse_text("09:10, 14/10/2021\n\nĐẩy nhanh lập quy hoạch sử dụng đất\n\nUBND tỉnh yêu cầu Sở Tài nguyên và "
                        "Môi trường hoàn thành trước ngày 28-10 và báo cáo trong tháng 11.")
    assert [(d["kind"], d["date"]) for d in record["deadlines"]] == [("before", "2021-10-28"), ("month", "2021-11-30")]


def test_a_sites_banner_date_among_its_phone_numbers_is_no_dateline():
    from chidao.text.dates import dateline_date
    assert dateline_date("HOTLINE: 0982.095.095 - 0293.3878767 Thứ ba, ngày 15/12/2016\n\nTin tức") is None
    assert dateline_date("Tin tức\n14/05/2019 | 09:01 GMT+7\n\n(HG) - UBND tỉnh đề nghị …") == datetime.date(2019, 5, 14)


def test_the_dateline_dates_nothing_as_past():
    body = "Các cơ sở giáo dục cho học sinh nghỉ học trước ngày 15/3/2020, kể từ ngày 09/3/2020."
    dated = parse_text("Thứ sáu 18/9/2020\n\n" + body)["deadlines"]
    assert [d["date"] for d in dated] == [d["date"] for d in parse_text(body)["deadlines"]] != []


def test_the_committee_ordering_besides_is_still_the_one_speaking():
    text = "Ngoài ra, Chủ tịch UBND tỉnh còn giao Ban Quản lý các khu công nghiệp đôn đốc nhà đầu tư."
    assert tasks(text) == [(["Ban Quản lý các khu công nghiệp"], [], [])]


def test_the_committee_giving_a_duty_to_a_body_is_the_one_speaking():
    text = "UBND tỉnh giao nhiệm vụ cho Sở Giáo dục và Đào tạo tổ chức kỳ thi an toàn, nghiêm túc."
    assert tasks(text) == [(["Sở Giáo dục và Đào tạo"], [], [])]


def test_the_provinces_leaders_at_a_meeting_are_the_ones_speaking():
    text = "Tại cuộc họp, lãnh đạo tỉnh giao Sở Công Thương theo dõi sát diễn biến giá cả thị trường."
    assert tasks(text) == [(["Sở Công Thương"], [], [])]


def test_the_speakers_name_before_his_title_opens_the_order():
    text = ("Công an tỉnh có trách nhiệm tăng cường tuần tra. Ông Nguyễn Văn A, Phó Chủ tịch UBND tỉnh đề nghị Sở "
            "Tài chính khẩn trương tham mưu phương án.")
    assert tasks(text) == [(["Công an tỉnh"], [], []), (["Sở Tài chính"], [], [])]


def test_a_district_committee_that_assigns_work_is_the_one_speaking():
    text = ("TP - Ngày 13-1, UBND quận Ninh Kiều (Cần Thơ) có công văn giao cho Chủ tịch UBND phường An Khánh xử lý "
            "việc lấn chiếm rạch.")
    assert tasks(text) == [(["UBND phường An Khánh"], [], [])]


def test_a_district_committee_named_and_acting_is_a_lead():
    assert tasks("UBND huyện Bảo Lâm chủ trì kiểm tra các điểm khai thác cát.") == [(["UBND huyện Bảo Lâm"], [], [])]


def test_a_date_opening_a_report_of_what_an_official_did_makes_no_task():
    text = "Chiều ngày 17/5/2022, Phó Chủ tịch UBND huyện Thuận Nam chủ trì kiểm tra tình hình sản xuất."
    assert tasks(text) == []


def test_the_document_that_carries_the_order_opens_the_sentence():
    text = ("Tại Công văn số 8746/UBND-VX ngày 8/10, Phó Chủ tịch UBND tỉnh Bùi Đình Long giao Sở LĐTB&XH chủ trì, "
            "phối hợp với Ủy ban Mặt trận Tổ quốc tỉnh triển khai thực hiện.")
    assert tasks(text)[0][0] == ["Sở Lao động - Thương binh và Xã hội"]


def test_a_reason_citing_a_code_with_a_dot_still_opens_the_sentence():
    text = ("Thực hiện Chỉ thị số 8.256/2019 của Bộ NN&PTNT, UBND tỉnh vừa có văn bản giao Sở NN&PTNT chỉ đạo, "
            "hướng dẫn các địa phương triển khai.")
    assert tasks(text)[0][0] == ["Sở Nông nghiệp và Phát triển nông thôn"]


def test_an_official_named_without_his_title_is_the_one_speaking():
    text = "Theo đó, ông Nguyễn Hồng Quang giao Sở Tài nguyên và Môi trường chủ trì rà soát số liệu."
    assert tasks(text) == [(["Sở Tài nguyên và Môi trường"], [], [])]


def test_the_bodies_a_fresh_letter_is_sent_to_are_charged():
    text = ("Để kịp thời ngăn chặn tàu cá vi phạm; UBND tỉnh vừa ban hành văn bản gửi Bộ Chỉ huy Bộ đội Biên phòng "
            "tỉnh, Công an tỉnh chủ động, khẩn trương thực hiện đợt cao điểm.")
    assert tasks(text)[0][0] == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh"]


def test_a_text_without_dateline_dates_its_partial_dates_by_the_year_it_names():
    text = ("Điểm thi vào lớp 10 năm 2025 được công bố theo lịch. Từ ngày 7-9/7, các nhà trường trả hồ sơ cho học "
            "sinh.")
    [d] = parse_text(text)["deadlines"]
    assert (d["start_date"], d["date"]) == ("2025-07-07", "2025-07-09")


def test_a_headline_without_a_full_stop_is_not_part_of_the_first_sentence():
    text = ("Phú Yên khẩn trương ngăn chặn tàu cá vi phạm vùng biển nước ngoài\n"
            "UBND tỉnh vừa ban hành văn bản gửi Công an tỉnh, UBND các huyện, thị xã, thành phố ven biển Tuy An, "
            "Sông Cầu, Đông Hòa và Tuy Hòa chủ động thực hiện đợt cao điểm.")
    assert tasks(text) == [(["Công an tỉnh"],
                            ["UBND các huyện, thị xã, thành phố ven biển Tuy An, Sông Cầu, Đông Hòa và Tuy Hòa"], [])]


def test_a_first_line_ending_in_a_broken_name_is_no_headline():
    text = "Đề nghị Công an tỉnh; Đài\nKhí tượng Thủy văn tỉnh Lào Cai tổ chức nghiên cứu, triển khai thực hiện."
    assert tasks(text)[0][0] == ["Công an tỉnh", "Đài Khí tượng Thủy văn tỉnh Lào Cai"]


def test_tasks_described_as_given_before_do_not_make_the_report_date_past():
    text = ("Chủ tịch UBND tỉnh yêu cầu giám đốc các sở, ban, ngành khẩn trương rà soát, triển khai ngay các nhiệm vụ "
            "UBND tỉnh đã giao và báo cáo kết quả bằng văn bản trước ngày 20.7.2020.")
    assert [d["date"] for d in parse_text(text)["deadlines"]] == ["2020-07-20"]


def test_the_window_of_results_looked_back_on_is_no_deadline():
    text = ("Qua rà soát kết quả thực hiện số hóa hồ sơ thủ tục hành chính từ ngày 1/7 đến ngày 14/10/2025, còn 4.300 "
            "hồ sơ chưa được số hóa.")
    assert parse_text(text)["deadlines"] == []


def test_the_election_committee_asking_a_city_police_charges_the_police():
    text = "Ủy ban bầu cử TPHCM đề nghị Công an TP.HCM chỉ đạo công an cấp xã rà soát thông tin cử tri."
    assert tasks(text)[0][0] == ["Công an Thành phố Hồ Chí Minh"]


def test_a_cause_before_the_speaker_and_a_city_in_capitals_end_where_the_verb_starts():
    text = ("Do giấy màu cần quản lý chặt chẽ, Ủy ban bầu cử TPHCM đề nghị Sở Nội vụ phối hợp Công an TPHCM chuyển "
            "giấy về UBND cấp xã.")
    assert tasks(text) == [(["Sở Nội vụ"], [], ["Công an Thành phố Hồ Chí Minh"])]


@pytest.mark.parametrize("committee", ["UBND TP.HCM", "UBND TP. Đà Nẵng", "Tỉnh Hoà Bình"])
def test_a_city_or_province_named_with_its_abbreviation_is_the_one_speaking(committee):
    assert tasks(f"{committee} giao Sở Y tế kiểm tra các cơ sở.") == [(["Sở Y tế"], [], [])]


def test_the_letter_itself_may_be_the_one_asking():
    text = "Văn bản yêu cầu Thuế tỉnh và Chi cục Hải quan khu vực tăng cường theo dõi sát diễn biến thu ngân sách."
    assert tasks(text)[0][0] == ["Thuế tỉnh", "Chi cục Hải quan khu vực"]


def test_who_signed_the_letter_may_stand_between_it_and_its_order():
    text = ("UBND tỉnh vừa ban hành văn bản số 17831/UBND-KTTC do Phó Chủ tịch UBND tỉnh Mai Xuân Liêm ký yêu cầu Sở "
            "Tài chính tập trung thực hiện các giải pháp tăng thu.")
    assert tasks(text) == [(["Sở Tài chính"], [], [])]


@pytest.mark.parametrize(("group", "leads"), [
    ("các huyện Thanh Hà, Tứ Kỳ và Kim Thành", ["huyện Thanh Hà", "huyện Tứ Kỳ", "huyện Kim Thành"]),
    ("UBND các xã: Tân Phú, Tân Lập", ["Ủy ban nhân dân xã Tân Phú", "Ủy ban nhân dân xã Tân Lập"]),
])
def test_a_group_of_places_followed_by_their_names_is_led_by_each(group, leads):
    assert tasks(f"UBND tỉnh vừa yêu cầu {group} đẩy nhanh tiến độ xây dựng nông thôn mới.") == [(leads, [], [])]


def test_what_the_committee_did_with_a_complaint_comes_before_its_order():
    text = "UBND tỉnh chuyển đơn, yêu cầu Chủ tịch UBND huyện Lập Thạch khẩn trương giải quyết theo quy định."
    assert tasks(text) == [(["UBND huyện Lập Thạch"], [], [])]


def test_departments_named_by_field_after_a_mixed_group_and_its_colon_lead_each():
    text = ("Chủ tịch UBND tỉnh vừa có công văn yêu cầu các Sở, ngành, địa phương, đơn vị: Tài nguyên và Môi trường, "
            "Xây dựng, UBND các huyện: Tư Nghĩa, Nghĩa Hành tiếp tục triển khai thực hiện nghiêm túc.")
    assert tasks(text) == [(["Sở Tài nguyên và Môi trường", "Sở Xây dựng", "Ủy ban nhân dân huyện Tư Nghĩa",
                             "Ủy ban nhân dân huyện Nghĩa Hành"], [], [])]


@pytest.mark.parametrize(("text", "leads"), [
    ("2. UBND xã, Ban chỉ huy phòng chống thiên tai: theo dõi sát diễn biến bão.",
     ["Ủy ban nhân dân xã", "Ban chỉ huy phòng chống thiên tai"]),
    ("3. Công an, Quân sự xã: sẵn sàng lực lượng, phương tiện hỗ trợ cứu hộ.", ["Công an xã", "Quân sự xã"]),
    ("Chủ tịch UBND TP. Vũng Tàu đề nghị Chủ tịch UBND phường 11, 12 thành lập các đoàn vận động người dân.",
     ["Ủy ban nhân dân phường 11", "Ủy ban nhân dân phường 12"]),
])
def test_a_communes_own_bodies_named_by_their_level_lead(text, leads):
    assert tasks(text)[0][0] == leads


def test_committees_of_every_commune_listed_by_level_stay_a_group():
    text = "Điều 8. Trách nhiệm của Ủy ban nhân dân phường - xã, thị trấn\n1. Tổ chức tuyên truyền các quy định."
    assert all(not lead for lead, _, _ in tasks(text))


def test_the_provinces_statistics_office_since_2025_is_a_body():
    text = "Chủ tịch UBND tỉnh giao Thống kê tỉnh chủ trì, phối hợp với các đơn vị triển khai Tổng điều tra."
    assert tasks(text) == [(["Thống kê tỉnh"], [], [])]


def test_the_city_printed_in_capitals_is_written_out_in_a_name():
    assert tasks("Sở Y tế đề nghị Công an TPHCM chỉ đạo công an cấp xã rà soát.")[0][0] == [
        "Công an Thành phố Hồ Chí Minh"]


def test_a_ward_announcing_its_plan_is_the_one_speaking_not_a_lead():
    text = ("UBND xã Tiền Tiến thông báo kế hoạch tiêm phòng bệnh dại cho đàn chó như sau:\n"
            "- Phạm vi tiêm phòng: toàn bộ số chó hiện có trên địa bàn.\n- Giá tiền tiêm: 20.000 đồng một liều.")
    assert all("UBND xã Tiền Tiến" not in lead for lead, _, _ in tasks(text))


def test_every_provinces_office_named_by_level_is_a_group():
    assert tasks("Giao Thống kê tỉnh, thành phố chủ trì rà soát số liệu.") == [([], ["Thống kê tỉnh, thành phố"], [])]


@pytest.mark.parametrize("text", [
    "Chủ tịch UBND tỉnh yêu cầu Công an tỉnh theo chức năng, nhiệm vụ được giao chủ động triển khai phương án.",
    "Công an tỉnh căn cứ theo chức năng, nhiệm vụ được giao khẩn trương nghiên cứu triển khai.",
    "Theo đó, UBND giao Công an tỉnh chủ trì triển khai.",
])
def test_the_scope_of_a_duty_between_the_actor_and_its_verb_and_a_bare_committee_speaking(text):
    assert tasks(text)[0][0] == ["Công an tỉnh"]


def test_a_reason_may_hold_a_semicolon_before_the_committee_speaks():
    text = ("Thực hiện Công điện số 40/CĐ-BCĐ-BNNMT ngày 11/12/2025 của Ban Chỉ đạo Phòng thủ dân sự quốc gia; để chủ "
            "động ứng phó với rét đậm, Chủ tịch UBND tỉnh yêu cầu Công an tỉnh chủ động chỉ đạo triển khai.")
    assert tasks(text) == [(["Công an tỉnh"], [], [])]


def test_a_groups_last_level_named_is_that_towns_committee():
    text = "UBND huyện Cam Lâm vừa có văn bản yêu cầu UBND các xã và thị trấn Cam Đức làm việc với đơn vị thu gom rác."
    assert tasks(text) == [(["Ủy ban nhân dân thị trấn Cam Đức"], ["UBND các xã"], [])]


def test_a_districts_units_named_by_station_team_and_post_are_bodies():
    text = "Trạm Y tế xã Tân Phú, Đồn Biên phòng Hương Quang tăng cường kiểm tra, xử lý vi phạm."
    assert tasks(text)[0][0] == ["Trạm Y tế xã Tân Phú", "Đồn Biên phòng Hương Quang"]
    assert tasks("Đội ngũ cán bộ tăng cường kiểm tra.") == []


def test_a_body_asked_in_the_passive_is_charged():
    assert tasks("Theo đó, Công an tỉnh được đề nghị chỉ đạo công an cấp xã phối hợp.")[0][0] == ["Công an tỉnh"]


def test_the_speakers_name_and_title_after_the_meeting_open_his_order():
    text = ("Phát biểu chỉ đạo tại buổi làm việc, ông Hoàng Vũ Thảnh, Chủ tịch UBND TP. Vũng Tàu đề nghị Chủ tịch UBND "
            "phường 11, 12 thành lập các đoàn.")
    assert tasks(text)[0][0] == ["Ủy ban nhân dân phường 11", "Ủy ban nhân dân phường 12"]


def test_what_a_letters_content_orders_opens_with_the_letter():
    text = ("Trong nội dung Công văn số 3910/UBND-KT vừa ban hành, UBND TP Hà Nội giao Sở Y tế chủ trì kiểm tra, rà "
            "soát các cơ sở.")
    assert tasks(text) == [(["Sở Y tế"], [], [])]


def test_the_city_alone_may_be_the_one_speaking():
    assert tasks("TP cũng giao Sở Y tế hướng dẫn cụ thể cho các cơ sở.") == [(["Sở Y tế"], [], [])]


def test_a_date_an_order_sets_for_bodies_described_by_what_they_did_is_kept():
    text = ("UBND tỉnh yêu cầu các huyện có hợp tác xã đã ngừng hoạt động báo cáo kết quả giải thể trước ngày "
            "30.3.2019.")
    assert [d["date"] for d in parse_text(text)["deadlines"]] == ["2019-03-30"]


def test_later_places_of_a_groups_list_may_print_their_own_level():
    text = "Giao UBND các huyện Đông Hòa, Tuy An; thị xã Sông Cầu và TP Tuy Hòa tăng cường kiểm tra."
    assert tasks(text)[0][0] == ["Ủy ban nhân dân huyện Đông Hòa", "Ủy ban nhân dân huyện Tuy An",
                                 "Ủy ban nhân dân thị xã Sông Cầu", "Ủy ban nhân dân thành phố Tuy Hòa"]


def test_a_place_list_stops_at_the_next_body():
    text = "Giao UBND các huyện Đông Hòa, Tuy An; Sở Y tế tăng cường kiểm tra."
    assert [lead for lead, _, _ in tasks(text)] == [
        ["Ủy ban nhân dân huyện Đông Hòa", "Ủy ban nhân dân huyện Tuy An", "Sở Y tế"]]


@pytest.mark.parametrize("board", ["Ban Quản lý dự án thủy lợi và phòng chống thiên tai tỉnh Phú Yên",
                                   "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn"])
def test_a_project_board_is_named_by_the_works_it_builds_up_to_its_province_or_verb(board):
    assert tasks(f"Giao {board} khẩn trương thi công.") == [([board], [], [])]


def test_the_speakers_province_and_name_may_run_to_seven_words_before_the_verb():
    text = "Chủ tịch UBND tỉnh Phú Yên Trần Hữu Thế vừa có văn bản yêu cầu Sở Y tế chủ trì tổ chức tuyên truyền."
    assert tasks(text) == [(["Sở Y tế"], [], [])]


def test_the_focal_agency_named_so_is_charged():
    text = "UBND tỉnh giao Sở Văn hóa, Thể thao và Du lịch là cơ quan đầu mối, đôn đốc các đơn vị thực hiện."
    assert tasks(text)[0][0] == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_a_list_left_open_and_a_long_term_opening_still_lead():
    text = ("Về lâu dài, UBND thành phố giao các Sở Kế hoạch và Đầu tư, Xây dựng, Khoa học và Công nghệ... tiếp tục "
            "nghiên cứu giải pháp chống xói lở.")
    assert tasks(text)[0][0] == ["Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Khoa học và Công nghệ"]


def test_a_time_between_the_order_and_whom_it_charges_is_passed_over():
    text = "UBND tỉnh yêu cầu từ nay đến ngày 1/7/2021 Công an tỉnh phải duy trì các tổ cấp thẻ lưu động."
    record = parse_text(text)
    assert [t["lead"] for t in record["tasks"]] == [["Công an tỉnh"]]
    assert record["tasks"][0]["deadline"]["date"] == "2021-07-01"


@pytest.mark.parametrize("reported", ["UBND tỉnh đã ban hành Công văn số 940/UBND-VP3 chỉ đạo",
                                      "UBND thành phố đã có văn bản chỉ đạo", "UBND TPHCM vừa có văn bản chỉ đạo"])
def test_the_document_a_news_item_reports_charges_whom_it_names(reported):
    assert tasks(f"{reported} Sở Y tế chủ trì rà soát các cơ sở.") == [(["Sở Y tế"], [], [])]


def test_an_order_recalled_without_its_document_is_still_a_past_fact():
    assert tasks("Trước đó, UBND tỉnh đã chỉ đạo Sở Y tế rà soát các cơ sở.") == []


def test_qua_do_opens_the_order():
    assert tasks("Qua đó, UBND tỉnh giao Sở Công Thương theo dõi sát giá xăng dầu.") == [(["Sở Công Thương"], [], [])]


def test_a_list_of_departments_going_on_after_a_semicolon_is_one_subject():
    text = "Các sở: Giao thông vận tải, Y tế; Công an tỉnh khẩn trương nghiên cứu nội dung Công điện."
    assert tasks(text) == [(["Sở Giao thông vận tải", "Sở Y tế", "Công an tỉnh"], [], [])]


@pytest.mark.parametrize("city", ["TPHCM", "TP.HCM"])
def test_a_department_named_with_its_citys_short_name_is_that_citys(city):
    assert tasks(f"Sở Xây dựng {city} được giao khẩn trương bố trí chủ đầu tư.") == [
        (["Sở Xây dựng Thành phố Hồ Chí Minh"], [], [])]


def test_each_paragraph_under_an_actor_and_its_colon_is_a_task_of_that_actor():
    text = ("Ủy ban Mặt trận Tổ quốc Việt Nam xã: Chủ trì tuyên truyền, vận động Nhân dân.\n"
            "Huy động các tổ chức thành viên làm lực lượng nòng cốt.\nHướng dẫn, giám sát phong trào tại cơ sở.\n")
    assert tasks(text) == [(["Ủy ban Mặt trận Tổ quốc Việt Nam xã"], [], [])] * 3


def test_an_order_run_into_the_name_it_charges_is_read():
    assert tasks("GiaoSở Y tế, Công an tỉnh thường xuyên nắm bắt tình hình.") == [(["Sở Y tế", "Công an tỉnh"], [], [])]


def test_a_clause_turning_to_another_actor_after_trong_khi_is_a_task_of_its_own():
    text = "Công an tỉnh bảo đảm an toàn thông tin, trong khi Sở KH-CN chủ trì thúc đẩy hợp tác nghiên cứu."
    assert tasks(text) == [(["Công an tỉnh"], [], []), (["Sở Khoa học và Công nghệ"], [], [])]


def test_the_case_an_order_covers_may_open_the_sentence_before_its_actor():
    text = "Đối với các khu công nghiệp, Ban quản lý Khu kinh tế tỉnh lập danh sách người lao động."
    assert tasks(text) == [(["Ban quản lý Khu kinh tế tỉnh"], [], [])]


@pytest.mark.parametrize(("text", "lead", "groups"), [
    ("Đối với Sở Y tế, tăng cường kiểm tra các cơ sở.", ["Sở Y tế"], []),
    ("Đối với UBND các huyện, thị xã, thành phố: tăng cường kiểm tra, xử lý vi phạm.", [],
     ["UBND các huyện, thị xã, thành phố"]),
])
def test_the_bodies_a_part_of_an_order_is_for_lead_it(text, lead, groups):
    assert tasks(text) == [(lead, groups, [])]


def test_a_committee_directing_a_body_it_names_in_a_news_item_is_the_one_speaking():
    text = ("Ủy ban nhân dân tỉnh Trà Vinh chỉ đạo Ủy ban nhân dân huyện Trà Cú cắm biển báo khu vực sạt lở.\n"
            "UBND tỉnh Bắc Kạn chỉ đạo thực hiện Quyết định số 343/QĐ-TTg.")
    assert tasks(text) == [(["Ủy ban nhân dân huyện Trà Cú"], [], [])]


def test_a_department_sending_its_staff_is_charged():
    assert tasks("Lập ba chốt kiểm dịch; Sở Công thương cử cán bộ trực tại cửa khẩu.") == [(["Sở Công Thương"], [], [])]


def test_a_centre_named_for_developing_something_keeps_its_whole_name():
    assert tasks("Giao Trung tâm Phát triển Quỹ đất huyện khẩn trương bồi thường.") == [
        (["Trung tâm Phát triển Quỹ đất huyện"], [], [])]


def test_the_scope_of_a_duty_may_name_the_field_it_manages():
    text = ("Các Sở: Tài chính, Tư pháp; UBND các huyện, thành phố theo chức năng, nhiệm vụ và lĩnh vực quản lý, có "
            "trách nhiệm thực hiện Quyết định.")
    assert tasks(text) == [(["Sở Tài chính", "Sở Tư pháp"], ["UBND các huyện, thành phố"], [])]


def test_a_headline_ending_with_a_year_is_a_sentence_of_its_own():
    text = ("Đảm bảo cung cấp điện trong mùa khô 2011\nĐể bảo đảm cung cấp điện, ngày 21/02/2011, UBND thành phố đã có "
            "văn bản chỉ đạo Sở Công thương giám sát tình hình cung cấp điện.")
    assert tasks(text) == [(["Sở Công Thương"], [], [])]


def test_a_pages_dateline_before_the_first_sentence_opens_it():
    assert tasks("date 2025-08-13 UBND TPHCM vừa có văn bản chỉ đạo Sở Xây dựng thực hiện các nhiệm vụ.") == [
        (["Sở Xây dựng"], [], [])]


def test_an_actor_after_the_end_of_a_time_allowed_is_charged():
    text = "Hết thời gian khắc phục và trên cơ sở báo cáo của Công ty, Công an tỉnh chủ trì kiểm tra tổng thể."
    assert tasks(text) == [(["Công an tỉnh"], [], [])]


def test_a_committee_named_after_its_leaders_is_the_one_speaking():
    assert tasks("Lãnh đạo UBND TP Cần Thơ chỉ đạo các sở, ngành tập trung giải phóng mặt bằng.") == [
        ([], ["các sở, ngành"], [])]


def test_a_list_the_committee_asks_runs_to_the_verb_over_names_the_finders_do_not_know():
    text = ("UBND tỉnh Lạng Sơn yêu cầu Sở Công Thương, Ban Quản lý KKT cửa khẩu Đồng Đăng- Lạng Sơn, Cục Hải quan "
            "Lạng Sơn, Bộ đội Biên phòng căn cứ chức năng, nhiệm vụ tăng cường quản lý thương mại biên giới.")
    lead = tasks(text)[0][0]
    assert "Sở Công Thương" in lead and "Cục Hải quan tỉnh Lạng Sơn" in lead


def test_an_association_named_among_departments_leads():
    text = ("UBND tỉnh giao các Sở: Văn hóa, Thể thao và Du lịch; Công Thương; Hiệp hội Du lịch tỉnh tùy theo chức "
            "năng, nhiệm vụ được giao hỗ trợ UBND huyện tổ chức Tuần lễ.")
    assert tasks(text)[0][0] == ["Sở Văn hóa, Thể thao và Du lịch", "Sở Công Thương", "Hiệp hội Du lịch tỉnh"]


def test_a_list_the_committee_gives_work_to_runs_to_the_verb_over_a_body_printed_without_its_name():
    text = ("Theo đó, UBND tỉnh giao Ban An toàn giao thông tỉnh, Công an tỉnh và UBND, ban an toàn giao thông các "
            "huyện, thị xã, thành phố theo chức năng, nhiệm vụ khẩn trương xây dựng kế hoạch.")
    assert tasks(text)[0][0] == ["Ban An toàn giao thông tỉnh", "Công an tỉnh"]


def test_a_headline_naming_the_speaker_before_a_colon_gives_him_no_duties():
    text = ("Phó Chủ tịch UBND thị xã: Yêu cầu các cơ quan đẩy mạnh phòng chống pháo nổ\n\nĐăng ngày 25/03/2014\n\n"
            "Theo đó, Đ/c Phó Chủ tịch UBND thị xã Doãn Tiến Dũng yêu cầu: Công an thị xã phối hợp tuyên truyền.")
    assert all("Ủy ban nhân dân thị xã" not in lead for lead, _, _ in tasks(text))
    assert tasks(text)[-1][0] == ["Công an thị xã"]


def test_the_wards_a_chairmans_group_names_lead():
    text = "Chủ tịch UBND các phường Bến Nghé, Bến Thành chủ động kiểm tra các bãi giữ xe."
    assert tasks(text) == [(["Ủy ban nhân dân phường Bến Nghé", "Ủy ban nhân dân phường Bến Thành"], [], [])]


def test_the_bodies_a_signed_letter_is_sent_to_are_charged_with_what_it_asks():
    text = ("Chủ tịch UBND tỉnh Thái Bình đã ký công văn số 5728/UBND-CTXDGT gửi Công an tỉnh Thái Bình, Sở GT-VT "
            "Thái Bình yêu cầu tiến hành điều tra, xử lý vụ việc.")
    assert tasks(text) == [(["Công an tỉnh Thái Bình", "Sở Giao thông vận tải Thái Bình"], [], [])]


def test_a_board_named_after_coastal_wards_is_not_one_of_their_places():
    text = ("Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các phường, xã ven biển, Ban chỉ huy Bộ đội biên phòng, Bộ chỉ "
            "huy quân sự tỉnh thực hiện nghiêm lệnh cấm biển.")
    lead, groups, _ = tasks(text)[0]
    assert "Bộ Chỉ huy Quân sự tỉnh" in lead and groups[0] == "Chủ tịch UBND các phường, xã ven biển"


def test_an_order_a_news_item_quotes_whole_charges_the_districts_and_the_corporation_it_names():
    text = ("(PL)- “UBND TP giao chủ tịch UBND các huyện Hóc Môn, Bình Chánh, Tổng Công ty Cấp nước Sài Gòn cung cấp "
            "nước liên tục”.")
    assert tasks(text) == [(["Ủy ban nhân dân huyện Hóc Môn", "Ủy ban nhân dân huyện Bình Chánh",
                             "Tổng Công ty Cấp nước Sài Gòn"], [], [])]


@pytest.mark.parametrize("text", [
    "Liên quan đến vụ phá rừng tại xã Trà Bui, Phó Chủ tịch UBND tỉnh đã có công văn yêu cầu Sở Y tế khẩn trương "
    "điều tra.",
    "Cụ thể, ông Hoan giao Sở Y tế điều chỉnh tên Đề án.",
    "Với mục tiêu không để người dân thiếu nước, trong thời gian tới, Phó Chủ tịch UBND tỉnh yêu cầu Sở Y tế tiếp "
    "tục quan tâm.",
])
def test_what_the_order_is_about_and_a_speaker_named_by_one_word_come_before_whom_it_charges(text):
    assert tasks(text) == [(["Sở Y tế"], [], [])]


@pytest.mark.parametrize("text", [
    "Theo đó, công văn do ông Nguyễn Văn A ký (số 15) yêu cầu Sở Y tế, Công an tỉnh kiểm tra lại các cơ sở.",
    "Để chuẩn bị kỳ thi, đồng chí Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban chỉ đạo kỳ thi của tỉnh đề nghị Sở "
    "Y tế, Công an tỉnh bố trí lực lượng.",
])
def test_an_order_given_in_the_middle_of_a_sentence_charges_the_bodies_after_its_verb(text):
    assert tasks(text)[0][0] == ["Sở Y tế", "Công an tỉnh"]


@pytest.mark.parametrize("text", [
    "Trước đây, Sở Tài chính đề nghị UBND tỉnh bố trí kinh phí cho Sở Y tế.",
    "Xét Tờ trình số 12/TTr-UBND của Ủy ban nhân dân huyện đề nghị Sở Y tế thẩm định.",
    "| 4 | Tỉ lệ nhiệm vụ giao cho Sở Y tế được theo dõi trên môi trường điện tử | % | 100% |",
    "Năm 2023, Sở Nội vụ đã yêu cầu Sở Y tế rà soát biên chế.",
])
def test_a_request_a_body_makes_grounds_a_table_cell_or_an_order_recalled_charge_no_one(text):
    assert not any("Sở Y tế" in lead for lead, _, _ in tasks(text))


def test_each_body_a_plan_names_with_do_chu_tri_leads_its_part():
    text = ("Sở Nội vụ chủ trì đề án chung, gồm các phần: phần hạ tầng do Sở KH-ĐT chủ trì, phần văn hóa do Sở VH-TT "
            "chủ trì, phần dân số do Viện Nghiên cứu phát triển TP.HCM chủ trì.")
    assert tasks(text)[0][0] == ["Sở Nội vụ", "Sở Kế hoạch và Đầu tư", "Sở Văn hóa và Thể thao",
                                 "Viện Nghiên cứu phát triển Thành phố Hồ Chí Minh"]


def test_a_passive_ends_an_unknown_bodys_name_printed_in_lower_case():
    text = "Cục Quản lý đất đai được giao theo dõi, tổng hợp kết quả của các đoàn công tác."
    assert tasks(text) == [(["Cục Quản lý đất đai"], [], [])]


def test_each_clause_after_a_semicolon_that_opens_with_a_list_of_bodies_is_their_own_task():
    text = ("Thủ tướng yêu cầu Bộ Y tế theo dõi sát dịch bệnh; Bộ Quốc phòng, Bộ Công an tiếp tục bảo đảm an ninh tại "
            "các điểm bỏ phiếu.")
    assert tasks(text) == [(["Bộ Y tế"], [], []), (["Bộ Quốc phòng", "Bộ Công an"], [], [])]


@pytest.mark.parametrize("text", [
    "Các cơ quan, đơn vị gồm Sở Văn hóa và Thể thao, Sở Xây dựng căn cứ chức năng, nhiệm vụ được phân công, phối "
    "hợp hướng dẫn quận tổ chức chương trình.",
    "Các đơn vị bao gồm: Sở Văn hóa và Thể thao, Sở Xây dựng phối hợp hướng dẫn quận tổ chức chương trình.",
])
def test_the_bodies_a_group_says_it_includes_lead_in_its_place(text):
    assert tasks(text) == [(["Sở Văn hóa và Thể thao", "Sở Xây dựng"], [], [])]


@pytest.mark.parametrize("text, lead", [
    ("Phòng Văn hóa và Thông tin giám sát việc trang trí khu vực Quảng trường Trung tâm.", "Phòng Văn hóa và Thông tin"),
    ("Ban Quản lý Đầu tư và Xây dựng Thủy lợi 7 vận hành, kiểm tra các cống tiêu.",
     "Ban Quản lý Đầu tư và Xây dựng Thủy lợi 7"),
])
def test_a_verb_the_finders_do_not_know_still_ends_an_unknown_bodys_name(text, lead):
    assert tasks(text) == [([lead], [], [])]


@pytest.mark.parametrize("text", [
    "Phó Chủ tịch UBND thành phố Trần Văn Bình có ý kiến chỉ đạo, giao Sở Y tế chủ trì triển khai các biện pháp.",
    "Theo đó, UBND tỉnh có ý kiến như sau: Giao Sở Y tế chỉ đạo các đơn vị liên quan tổ chức tiêm chủng.",
])
def test_a_committee_giving_its_opinion_then_an_order_charges_whom_the_order_names(text):
    assert tasks(text) == [(["Sở Y tế"], [], [])]


@pytest.mark.parametrize("text, lead", [
    ("Phó Chủ tịch UBND thành phố cũng yêu cầu Công ty Cổ phần Hồng Lạc chỉ đạo các đội thi công bảo đảm an toàn.",
     "Công ty Cổ phần Hồng Lạc"),
    ("Quận yêu cầu Công ty TNHH MTV Dịch vụ Công ích quận 5 có kế hoạch và thực hiện thu gom rác toàn quận.",
     "Công ty Trách nhiệm hữu hạn Một thành viên Dịch vụ Công ích quận 5"),
])
def test_a_firm_an_order_charges_leads(text, lead):
    assert tasks(text) == [([lead], [], [])]


def test_firms_listed_one_a_line_are_not_charged():
    text = ("A. Khoáng sản làm vật liệu xây dựng\n\nCông ty Cổ phần Khoáng sản Tân An\n\nCông ty TNHH Minh Châu\n")
    assert tasks(text) == []


def test_a_tax_offices_ruling_charges_no_firm():
    text = ("CỤC THUẾ\nSố: 12/CT-CS\nHà Nội, ngày 02 tháng 01 năm 2025\nV/v chính sách thuế\n\n"
            "Kính gửi: Công ty Cổ phần Hồng Lạc\n\nCông ty Cổ phần Hồng Lạc có văn bản hỏi về chính sách thuế.")
    assert not any("Công ty" in name for lead, _, _ in tasks(text) for name in lead)


@pytest.mark.parametrize("text, charged", [
    ("Công an tỉnh có phương án bảo đảm an ninh, an toàn cho các hội đồng thi.", True),
    ("Sở Y tế có văn bản số 12/SYT-NVY gửi Ủy ban nhân dân tỉnh.", False),
])
def test_a_body_that_has_a_plan_or_a_reply_to_make_is_charged_one_that_sent_a_letter_is_not(text, charged):
    assert bool(tasks(text)) is charged


def test_the_issuing_body_speaking_of_its_own_plan_charges_no_one():
    text = ("BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 983/TB-CT\nHà Nội, ngày 20 tháng 11 năm 2025\n\nTHÔNG BÁO\nVề việc nâng cấp "
            "hệ thống\n\nCục Thuế có kế hoạch bảo trì cổng dịch vụ thuế điện tử vào ngày 22/11/2025.\n")
    assert parse_text(text)["document"]["issuer"] == "Cục Thuế"
    assert tasks(text) == []


def test_the_head_of_government_asked_to_decide_is_not_charged():
    text = "Tuy nhiên, với điều kiện đặc thù của thành phố kính đề nghị Thủ tướng xem xét cho phép áp dụng."
    assert tasks(text) == []


def test_an_office_passing_on_an_order_is_not_charged_whom_the_order_names_is():
    text = ("Theo đó, Văn phòng Chính phủ thông báo ý kiến chỉ đạo của Thủ tướng Chính phủ về việc giao Bộ Giao thông "
            "vận tải chủ trì rà soát đề xuất của các tỉnh.")
    assert [lead for lead, _, _ in tasks(text)] == [["Bộ Giao thông vận tải"]]


def test_the_bodies_a_ministrys_letter_is_sent_to_are_charged_with_what_it_asks():
    text = ("(BKTO) - Bộ Công Thương vừa có công văn gửi tới các Bộ, ngành, đơn vị gồm Bộ Công an, Bộ Tài chính, "
            "các nhà máy (An Phú, Tân Hòa), UBND các tỉnh, thành phố đề nghị phối hợp kiểm tra thị trường.")
    assert tasks(text) == [(["Bộ Công an", "Bộ Tài chính"], ["UBND các tỉnh, thành phố"], [])]


def test_a_coordinating_office_named_after_a_programme_keeps_its_capitalised_words():
    text = "Văn phòng Điều phối Chương trình xây dựng nông thôn mới tỉnh chủ trì hướng dẫn huyện."
    assert tasks(text)[0][0][0].startswith("Văn phòng Điều phối Chương trình")


def test_this_province_after_a_departments_name_belongs_to_the_name():
    text = ("UBND tỉnh Nam Định vừa ban hành công văn gửi Sở Văn hóa, Thể thao và Du lịch tỉnh này và UBND huyện Ý "
            "Yên đề nghị rà soát các di tích.")
    assert tasks(text)[0][0] == ["Sở Văn hóa, Thể thao và Du lịch", "UBND huyện Ý Yên"]


@pytest.mark.parametrize("text, lead", [
    ("Sở Thông tin và Truyền thông – Chủ trì, phối hợp với Văn phòng Tỉnh ủy vận hành màn hình điện tử.",
     [(["Sở Thông tin và Truyền thông"], [], [])]),
    ("Trung tâm Phục vụ hành chính công tỉnh - địa chỉ: Tầng 1, Khu liên cơ quan, phường Bắc Giang.", []),
])
def test_a_dash_after_a_name_opens_its_duty_only_before_a_verb(text, lead):
    assert [(t[0], t[1], []) for t in tasks(text)] == lead


def test_a_unit_named_after_its_department_keeps_the_departments_whole_name():
    text = "Chánh Thanh tra Sở Văn hóa, Thể thao và Du lịch phối hợp tổ chức kiểm tra nội dung biểu diễn."
    assert tasks(text) == [(["Thanh tra Sở Văn hóa, Thể thao và Du lịch"], [], [])]


def test_ra_after_a_place_ends_a_bodys_name():
    from chidao.text.pattern_names import unknown_agency_at

    text = "Công an Yên Định ra quân bảo đảm an toàn giao thông."
    assert unknown_agency_at(text, 0, len(text)).name == "Công an Yên Định"


def test_a_photos_caption_ends_its_paragraph():
    text = ("Người dân đến khám tại trạm y tế. Ảnh minh họa: T.H\nSở Y tế có trách nhiệm phối hợp với các trường "
            "kiểm tra sức khỏe học sinh.")
    assert tasks(text) == [(["Sở Y tế"], [], [])]


def test_a_province_ending_a_bodys_name_ends_it():
    text = ("Chủ tịch UBND tỉnh cũng yêu cầu UBND huyện Năm Căn và Vườn Quốc gia Mũi Cà Mau vận động bà con ven "
            "biển dời nhà.\n\nCùng với đó, Sở Tài chính có trách nhiệm chủ trì bố trí kinh phí.")
    assert [lead for lead, _, _ in tasks(text)] == [["UBND huyện Năm Căn", "Vườn Quốc gia Mũi Cà Mau"],
                                                     ["Sở Tài chính"]]


def test_what_the_leader_saw_and_heard_then_his_name_and_title_come_before_his_order():
    text = ("Qua kiểm tra thực tế và nghe báo cáo của hai xã, trên cơ sở ý kiến của các đơn vị, ông Nguyễn Văn Bình – "
            "Phó Chủ tịch Ủy ban nhân dân huyện chỉ đạo Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn bà con.")
    assert tasks(text) == [(["Phòng Nông nghiệp và Phát triển nông thôn"], [], [])]


def test_a_steering_committee_named_after_a_quoted_movement_keeps_the_quotation():
    text = ("UBND huyện chỉ đạo Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” cấp huyện xây dựng "
            "kế hoạch hằng năm.")
    assert tasks(text)[0][0] == ["Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” cấp huyện"]


def test_the_committee_announcing_its_orders_then_giving_one_charges_whom_it_names():
    text = ("Chủ tịch UBND tỉnh tiếp tục chỉ đạo như sau: Giao Sở Công Thương, Sở Giao thông vận tải xây dựng kịch bản "
            "chi tiết; báo cáo UBND tỉnh trước ngày 22/7/2021.")
    assert tasks(text)[0][0] == ["Sở Công Thương", "Sở Giao thông vận tải"]


def test_the_provinces_committee_organising_an_event_in_a_news_item_is_the_speaker():
    text = "Hội chợ xuân được tổ chức theo quy mô cấp tỉnh do UBND tỉnh Phú Thọ chủ trì tổ chức từ ngày 9 đến 18-4-2024."
    assert tasks(text) == []


@pytest.mark.parametrize("text, lead", [
    ("UBND tỉnh cũng giao trách nhiệm cho Sở Y tế chủ trì tiếp tục thực hiện các biện pháp.", ["Sở Y tế"]),
    ("UBND thành phố lưu ý Sở Giao thông Vận tải, Sở Du lịch cập nhật nhu cầu.",
     ["Sở Giao thông vận tải", "Sở Du lịch"]),
    ("Giao Ban Quản lý Khu kinh tế làm chủ đầu tư dự án.", ["Ban Quản lý Khu kinh tế"]),
    ("Trung tâm Dịch vụ Việc làm tỉnh chủ trì tư vấn cho người lao động.", ["Trung tâm Dịch vụ Việc làm tỉnh"]),
])
def test_more_ways_a_committee_charges_and_a_name_ends(text, lead):
    assert tasks(text)[0][0] == lead


@pytest.mark.parametrize("text, lead, groups", [
    ("Song song đó, Sở Y tế, Ủy ban nhân dân các huyện tổ chức triển khai các đoàn công tác.",
     ["Sở Y tế"], ["Ủy ban nhân dân các huyện"]),
    ("UBND tỉnh ủy quyền cho Giám đốc Sở Giáo dục và Đào tạo tổ chức bàn giao nguyên trạng.",
     ["Sở Giáo dục và Đào tạo"], []),
    ("UBND các quận, huyện và thành phố Thủ Đức phối hợp với Sở Lao động - Thương binh và Xã hội rà soát.",
     ["Ủy ban nhân dân thành phố Thủ Đức"], ["UBND các quận, huyện"]),
])
def test_a_delegation_a_lead_in_and_a_town_after_its_districts(text, lead, groups):
    assert tasks(text)[0][:2] == (lead, groups)


def test_riêng_before_a_body_singles_it_out_for_its_own_order():
    text = ("UBND tỉnh yêu cầu UBND các huyện khẩn trương hoàn thiện việc lập quy hoạch. Riêng UBND huyện Khánh Sơn "
            "khẩn trương hoàn thiện việc lập quy hoạch trước ngày 25-10-2021.")
    assert [t[0] for t in tasks(text)] == [[], ["UBND huyện Khánh Sơn"]]


@pytest.mark.parametrize("text, lead", [
    ("Đặc biệt, UBND TPHCM chỉ đạo Sở Nội vụ sớm hoàn thiện đề án vị trí việc làm.", ["Sở Nội vụ"]),
    ("Sau đó, Sở Xây dựng có trách nhiệm thẩm định hồ sơ.", ["Sở Xây dựng"]),
    ("Thứ hai, Bộ Ngoại giao phối hợp chặt chẽ với Bộ Y tế cung cấp thông tin.", ["Bộ Ngoại giao"]),
])
def test_a_short_opener_before_the_speaker_or_the_body_is_passed_over(text, lead):
    assert tasks(text)[0][0] == lead


@pytest.mark.parametrize("text", [
    "Trước đó, UBND tỉnh chỉ đạo Sở Nội vụ hoàn thiện đề án.",
    "Đến nay, UBND thành phố Hòa Bình chưa thực hiện việc rà soát.",
])
def test_an_opener_that_looks_back_still_reports_the_past(text):
    assert tasks(text) == []


def test_a_steering_committee_named_by_its_level_alone_is_the_speaker_not_a_run_on_name():
    text = "Ban Chỉ đạo tỉnh yêu cầu Sở Y tế trình UBND tỉnh kế hoạch tiêm chủng."
    assert tasks(text) == [(["Sở Y tế"], [], [])]


def test_the_governments_steering_committee_speaks_and_charges_the_ministry():
    text = "Ban chỉ đạo của Chính phủ yêu cầu Bộ KH&CN trình Thủ tướng Chính phủ chương trình quốc gia."
    assert tasks(text)[0][0] == ["Bộ Khoa học và Công nghệ"]


def test_the_police_of_every_province_is_a_group():
    text = "Bộ Công an yêu cầu Công an các tỉnh, thành phố tăng cường tuần tra."
    assert tasks(text) == [([], ["Công an các tỉnh, thành phố"], [])]


@pytest.mark.parametrize("text, lead", [
    ("Sở Công Thương là cơ quan thường trực có trách nhiệm kiểm tra hoạt động kinh doanh qua mạng.", ["Sở Công Thương"]),
    ("Sở Giáo dục và Đào tạo là cơ quan thường trực giúp UBND tỉnh tổ chức kỳ thi.", ["Sở Giáo dục và Đào tạo"]),
    ("Sở Thông tin và Truyền thông được Ủy ban nhân dân tỉnh giao chủ trì xây dựng kế hoạch.",
     ["Sở Thông tin và Truyền thông"]),
    ("UBND tỉnh có ý kiến như sau: Sở Tư pháp chủ trì, phối hợp với các cơ quan rà soát, báo cáo.", ["Sở Tư pháp"]),
])
def test_a_standing_body_one_charged_in_the_passive_and_orders_after_a_colon(text, lead):
    assert tasks(text)[0][0] == lead


def test_the_committee_agreeing_to_hand_work_over_charges_whom_it_names():
    text = "Chủ tịch UBND TP. Hòa An thống nhất tạm giao UBND xã, phường quản lý tài sản hạ tầng kỹ thuật."
    assert tasks(text) == [([], ["UBND xã, phường"], [])]


def test_the_committee_sending_an_urgent_letter_is_not_charged():
    text = "Chiều 29/6, UBND tỉnh Hòa An có văn bản hỏa tốc chỉ đạo Sở Xây dựng khẩn trương kiểm tra công trình."
    assert tasks(text) == [(["Sở Xây dựng"], [], [])]


def test_the_office_passing_an_opinion_on_is_not_charged():
    text = ("Văn phòng UBND tỉnh truyền đạt ý kiến của Phó Chủ tịch UBND tỉnh chỉ đạo triển khai công tác chuyển đổi số, "
            "tại Công văn số 2881/VP-KGVX.")
    assert tasks(text) == []


@pytest.mark.parametrize("text, lead", [
    ("UBND tỉnh yêu cầu Sở Giáo dục- Đào tạo kiểm tra việc vận động sách vở.", ["Sở Giáo dục và Đào tạo"]),
    ("Sở LĐ&TBXH chủ trì hướng dẫn các biện pháp phòng ngừa đuối nước.", ["Sở Lao động - Thương binh và Xã hội"]),
    ("Tỉnh cũng yêu cầu Sở Tài nguyên - Môi trường chủ trì kiểm tra.", ["Sở Tài nguyên và Môi trường"]),
])
def test_a_departments_fields_joined_by_a_dash_name_the_department(text, lead):
    assert tasks(text)[0][0] == lead


def test_a_department_printed_without_its_capital_in_a_list_is_still_named():
    text = "Sở LĐ&TBXH chủ trì, phối hợp với sở VHTT&DL, sở GD&ĐT hướng dẫn. Công an tỉnh, sở GTVT kiểm tra."
    assert tasks(text) == [(["Sở Lao động - Thương binh và Xã hội"], [],
                            ["Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo"]),
                           (["Công an tỉnh", "Sở Giao thông vận tải"], [], [])]


def test_a_clinic_or_a_headquarters_is_no_department():
    assert tasks("Các cơ sở Y tế tư nhân phải báo cáo. Trụ sở UBND xã được sửa chữa.") == []


@pytest.mark.parametrize("text, lead", [
    ("UBND tỉnh chỉ đạo Giám đốc Ban QLDA đầu tư xây dựng các công trình Nông nghiệp & PTNT và Thủ trưởng các đơn vị "
     "liên quan triển khai thực hiện.",
     ["Ban Quản lý dự án đầu tư xây dựng các công trình Nông nghiệp & Phát triển nông thôn"]),
    ("UBND tỉnh yêu cầu Ban Quản lý dự án đầu tư xây dựng khu vực Phú Quốc khẩn trương thi công.",
     ["Ban Quản lý dự án đầu tư xây dựng khu vực Phú Quốc"]),
    ("UBND tỉnh yêu cầu BQL DA các công trình giao thông giải ngân hết kế hoạch vốn.",
     ["Ban Quản lý dự án các công trình giao thông"]),
])
def test_a_project_board_abbreviated_or_named_after_its_works_in_capitals(text, lead):
    assert tasks(text)[0][0] == lead


def test_a_second_order_after_a_semicolon_is_a_task_of_its_own():
    text = ("UBND tỉnh giao Bộ Chỉ huy Quân sự tỉnh chủ trì hướng dẫn các địa phương; giao Công an tỉnh chủ trì bảo đảm "
            "an ninh trật tự; giao Văn phòng UBND tỉnh làm đầu mối tổng hợp.")
    assert [t[0] for t in tasks(text)] == [["Bộ Chỉ huy Quân sự tỉnh"], ["Công an tỉnh"],
                                           ["Văn phòng Ủy ban nhân dân tỉnh"]]


@pytest.mark.parametrize("text, lead", [
    ("Giao Thường trực Ban An toàn giao thông tỉnh theo dõi, đôn đốc.", ["Thường trực Ban An toàn giao thông tỉnh"]),
    ("UBND tỉnh vừa có công văn chỉ đạo Công an tỉnh, BQL các KCN tỉnh kiểm tra, xử lý.",
     ["Công an tỉnh", "Ban Quản lý các khu công nghiệp tỉnh"]),
])
def test_a_boards_standing_members_and_the_industrial_parks_board_abbreviated(text, lead):
    assert tasks(text)[0][0] == lead


def test_a_paragraph_that_goes_on_with_a_bodys_duties_is_a_task_of_its_own():
    text = ("UBND tỉnh giao UBND huyện Tân An cắm biển cảnh báo sạt lở.\n\n"
            "Đồng thời, theo dõi sát diễn biến sạt lở, sẵn sàng phương án di dời người dân.\n\n"
            "Hộ dân ở xóm Bến ven sông cho biết đêm qua nghe tiếng đất nứt. Ảnh: Minh Khang\n\n"
            "Làm chủ đầu tư, khẩn trương khảo sát tuyến dân cư mới.\n")
    assert [t[0] for t in tasks(text)] == [["UBND huyện Tân An"]] * 3


@pytest.mark.parametrize("paragraph", [
    "Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 12-CV/TU, các địa phương đã triển khai.",
    "Mưa lớn kéo dài khiến nhiều tuyến đường bị chia cắt.",
])
def test_a_paragraph_of_grounds_or_facts_does_not_go_on_with_the_duties(paragraph):
    text = f"UBND tỉnh giao Sở Y tế kiểm tra các cơ sở khám bệnh.\n\n{paragraph}\n"
    assert [t[0] for t in tasks(text)] == [["Sở Y tế"]]


def test_bodies_ordered_and_bodies_asked_in_one_list_all_act():
    text = ("UBND tỉnh yêu cầu Công an tỉnh, Sở Y tế và đề nghị Liên đoàn Lao động tỉnh tiếp tục phối hợp với Bảo hiểm "
            "xã hội tỉnh tổ chức đối thoại.")
    assert tasks(text)[0][0] == ["Công an tỉnh", "Sở Y tế", "Liên đoàn Lao động tỉnh"]


def test_the_bodies_just_named_are_charged_again_by_these_or_above():
    text = ("UBND tỉnh chỉ đạo Công an tỉnh, Sở Y tế rà soát hồ sơ. Các cơ quan này phải phân tích nguyên nhân.\n\n"
            "Theo đó, UBND tỉnh yêu cầu các đơn vị trên báo cáo kết quả.\n")
    assert [t[0] for t in tasks(text)] == [["Công an tỉnh", "Sở Y tế"]] * 3


@pytest.mark.parametrize("text, lead", [
    ("Trong khi chờ Bộ Tài chính hỗ trợ kinh phí, Sở Tài chính chủ trì rà soát, cân đối ngân sách.", ["Sở Tài chính"]),
    ("Bên cạnh đó, việc xây dựng thể chế trong khu công nghiệp, Phó Chủ tịch UBND tỉnh giao Ban Quản lý các khu công "
     "nghiệp chủ trì nghiên cứu.", ["Ban Quản lý các khu công nghiệp"]),
])
def test_a_clause_of_while_or_of_the_matter_before_the_subject(text, lead):
    assert tasks(text)[0][0] == lead


def test_soon_ends_a_partners_name():
    text = "UBND tỉnh yêu cầu Sở Xây dựng phối hợp với Ban Quản lý các khu công nghiệp sớm thực hiện."
    assert tasks(text)[0][2] == ["Ban Quản lý các khu công nghiệp"]


@pytest.mark.parametrize("text, lead, groups", [
    ("Cùng với đó, Sở Nội vụ, Ban Quản lý các khu chế xuất và công nghiệp TP.HCM, Ban Quản lý Khu Công nghệ cao TP.HCM "
     "và UBND các phường, xã, đặc khu được yêu cầu chủ động nắm bắt tình hình nợ lương.",
     ["Sở Nội vụ", "Ban Quản lý các khu chế xuất và công nghiệp Thành phố Hồ Chí Minh",
      "Ban Quản lý Khu Công nghệ cao Thành phố Hồ Chí Minh"], ["UBND các phường, xã, đặc khu"]),
    ("UBND tỉnh giao Chi nhánh Ngân hàng Chính sách xã hội tỉnh hướng dẫn hồ sơ vay vốn.",
     ["Chi nhánh Ngân hàng Chính sách xã hội tỉnh"], []),
    ("Báo cáo kết quả trước ngày 10/6/2013.\n,\nChủ tịch UBND tỉnh cũng yêu cầu Sở GDĐT, UBND các huyện nghiêm túc "
     "thực hiện.", ["Sở Giáo dục và Đào tạo"], ["UBND các huyện"]),
])
def test_boards_of_a_city_a_banks_branch_and_a_stray_comma(text, lead, groups):
    assert tasks(text)[0][:2] == (lead, groups)


def test_in_a_page_printed_a_paragraph_a_line_each_line_is_a_paragraph():
    text = ("Chủ tịch UBND huyện yêu cầu Công an huyện xây dựng kế hoạch mở đợt cao điểm trấn áp tội phạm ma túy.\n"
            "Rà soát lại số đối tượng nghiện ma túy trên địa bàn huyện, hoàn thiện hồ sơ đưa đi cai nghiện.\n"
            "Người dân trong xã cho biết tình hình an ninh trật tự đã ổn định hơn so với năm trước.\n")
    assert [t[0] for t in tasks(text)] == [["Công an huyện"], ["Công an huyện"]]


def test_hard_wrapped_lines_are_not_paragraphs():
    text = ("Chủ tịch UBND huyện yêu cầu Công an huyện xây dựng kế hoạch mở đợt cao điểm\n"
            "trấn áp tội phạm ma túy trên địa bàn toàn huyện trong tháng cao điểm này.\n"
            "Rà soát lại số đối tượng nghiện ma túy trên địa bàn huyện, hoàn thiện hồ sơ\n"
            "đưa đi cai nghiện theo quy định của pháp luật hiện hành về xử lý hành chính.\n")
    assert [t[0] for t in tasks(text)] == [["Công an huyện"]]


def test_what_a_body_will_do_in_a_news_item_is_its_task():
    assert tasks("Theo kế hoạch, Sở Y tế sẽ tham mưu thành lập đoàn kiểm tra liên ngành.")[0][0] == ["Sở Y tế"]
    assert tasks("Sở Y tế sẽ được bố trí thêm kinh phí.") == []


@pytest.mark.parametrize("text, lead", [
    ("Công an tỉnh là đơn vị được giao nhiệm vụ giúp Chủ tịch UBND tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch.",
     ["Công an tỉnh"]),
    ("Tổ kiểm tra có nhiệm vụ kiểm tra việc thực hiện chức trách tại các văn phòng đăng ký đất đai.", ["Tổ kiểm tra"]),
    ("UBND tỉnh giao Ban Quản lý Khu KTCK Đồng Đăng - Lạng Sơn, Chi cục Kiểm dịch thực vật vùng VII phối hợp kiểm tra.",
     ["Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "Chi cục Kiểm dịch thực vật vùng VII"]),
])
def test_a_body_given_a_duty_an_inspection_team_and_a_regions_quarantine_office(text, lead):
    assert tasks(text)[0][0] == lead


def test_a_name_with_two_plain_words_before_its_city_runs_to_the_city():
    text = "UBND TPHCM giao Ban Quản lý An toàn thực phẩm TPHCM chủ trì, phối hợp với Sở Y tế theo dõi."
    assert tasks(text)[0][0] == ["Ban Quản lý An toàn thực phẩm Thành phố Hồ Chí Minh"]


def test_the_department_called_plain_so_is_the_one_just_named():
    text = ("UBND tỉnh giao Sở Nội vụ chủ trì triển khai đề án.\n\n"
            "Sau đó, Sở có trách nhiệm thẩm định để trình UBND tỉnh ban hành quyết định.\n")
    assert [t[0] for t in tasks(text)] == [["Sở Nội vụ"], ["Sở Nội vụ"]]


def test_plain_so_after_two_departments_names_neither():
    text = ("UBND tỉnh giao Sở Nội vụ, Sở Tài chính chủ trì triển khai đề án. "
            "Đồng thời, Sở phối hợp với các đơn vị thẩm định hồ sơ.")
    assert [t[0] for t in tasks(text)] == [["Sở Nội vụ", "Sở Tài chính"]]


def test_cung_ends_a_partners_name():
    text = "Giao Phòng Tư pháp chủ trì phối hợp với Phòng Văn hóa và Thông tin cùng các đơn vị có liên quan nghiên cứu."
    assert tasks(text)[0][2] == ["Phòng Văn hóa và Thông tin"]


def test_a_short_line_after_a_task_is_a_heading_not_more_duties():
    text = ("Sở Y tế chủ trì, phối hợp với các đơn vị cấp nước kiểm tra chất lượng nước tại các nhà máy.\n\n"
            "Bảo đảm điện, nước trong dịp lễ\n")
    assert [t[0] for t in tasks(text)] == [["Sở Y tế"]]


def test_who_reports_the_order_and_on_whose_behalf_it_was_signed_come_before_the_speaker():
    text = ("Tin từ Văn phòng UBND tỉnh Hòa An ngày 24.1 cho biết, thừa lệnh Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh "
            "Trần Văn Bình vừa ký văn bản chỉ đạo Sở Tài chính, Sở Xây dựng khẩn trương kiểm tra các trạm cân.")
    assert tasks(text)[0][0] == ["Sở Tài chính", "Sở Xây dựng"]


def test_a_sentence_opening_with_directs_and_a_named_body_charges_that_body():
    text = ("Đối với Sở Y tế, chỉ đạo các bệnh viện tập trung cứu chữa bệnh nhân.\n\n"
            "Chỉ đạo Chi cục An toàn vệ sinh thực phẩm phối hợp với Công an tỉnh làm rõ nguyên nhân vụ việc.\n")
    assert [t[0] for t in tasks(text)] == [["Sở Y tế"], ["Chi cục An toàn vệ sinh thực phẩm"]]


@pytest.mark.parametrize("text, lead", [
    ("Chủ tịch UBND TPHCM giao Viện Nghiên cứu phát triển Thành phố chủ trì tham mưu điều chỉnh quy hoạch.",
     ["Viện Nghiên cứu phát triển Thành phố"]),
    ("Giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch thành phố ký hợp đồng thực hiện chuyên đề.",
     ["Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch thành phố"]),
])
def test_a_centres_and_an_institutes_names_with_fields_and_their_level(text, lead):
    assert tasks(text)[0][0] == lead


def test_a_centre_and_a_department_printed_with_a_comma_stay_two():
    assert tasks("UBND tỉnh giao Trung tâm Y tế, Sở Tài chính kiểm tra.")[0][0] == ["Trung tâm Y tế", "Sở Tài chính"]


def test_nghiem_ends_a_name():
    text = "UBND thành phố yêu cầu Công ty Thoát nước và Xử lý nước thải nghiêm túc đẩy nhanh tiến độ nạo vét."
    assert tasks(text)[0][0] == ["Công ty Thoát nước và Xử lý nước thải"]


@pytest.mark.parametrize("text, lead", [
    ("Để ngăn chặn bạo lực học đường, Chủ tịch tỉnh Hòa An chỉ đạo Sở Giáo dục và Đào tạo chủ trì, phối hợp với các "
     "sở bảo đảm môi trường giáo dục an toàn.", ["Sở Giáo dục và Đào tạo"]),
    ("Phó Chủ tịch UBND tỉnh vừa ký văn bản gởi Sở Nội vụ, Sở Tài chính yêu cầu rà soát việc bố trí giáo viên.",
     ["Sở Nội vụ", "Sở Tài chính"]),
])
def test_the_chairman_named_by_the_province_and_a_letter_sent_written_goi(text, lead):
    assert tasks(text)[0][0] == lead


@pytest.mark.parametrize("text, lead", [
    ("Đối với Sở GD-ĐT, tỉnh yêu cầu phối hợp với UBND huyện Tân An có biện pháp xử lý.", ["Sở Giáo dục và Đào tạo"]),
    ("UBND tỉnh cũng yêu cầu công an tỉnh phối hợp với UBND huyện Tân An giải quyết vụ việc.", ["Công an tỉnh"]),
])
def test_the_province_asking_after_whom_it_addresses_and_the_police_printed_in_lower_case(text, lead):
    assert tasks(text)[0][0] == lead


def test_one_capitalised_word_and_a_comma_is_no_opener():
    assert tasks("Nam, Thông tấn xã Việt Nam phối hợp với các Bộ đưa tin.") == []


def test_a_letter_with_its_header_keeps_an_actorless_paragraph_out_of_its_tasks():
    text = ("TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH HÒA AN\nSố: 12/CT-TTHT\nHòa An, ngày 05 tháng 3 năm 2026\n"
            "V/v hoàn thuế\n\nKính gửi: Công ty Cổ phần Minh Phát.\n\n"
            "Đề nghị Thuế tỉnh Hòa An phối hợp với cơ quan có thẩm quyền xác định số vốn đã góp.\n\n"
            "Ngoài ra, cần lưu ý pháp luật thuế giá trị gia tăng theo từng thời kỳ để xác định đối tượng hoàn thuế.\n")
    assert len(parse_text(text)["tasks"]) == 1


def test_plain_so_asking_is_not_the_department_charged():
    text = ("UBND tỉnh yêu cầu Sở Giáo dục và Đào tạo hướng dẫn các trường.\n\n"
            "Sở đề nghị, Phòng Giáo dục và Đào tạo các huyện thông báo đến các trường.\n")
    assert [t[0] for t in tasks(text)][:2] != [["Sở Giáo dục và Đào tạo"], ["Sở Giáo dục và Đào tạo"]]


def test_a_clause_of_cause_after_a_lead_in_is_no_opener():
    text = "Tuy nhiên, do nội dung hồ sơ chưa đầy đủ, Sở Xây dựng trình chưa đáp ứng yêu cầu."
    assert tasks(text) == []


def test_what_the_chairman_stressed_at_the_meeting_charges_no_one():
    text = ("Tại buổi làm việc, ông Trần Văn Bình, Chủ tịch UBND TP Hải Phòng nhấn mạnh, mùa du lịch năm nay "
            "thành công nhờ sự chung sức của các ngành.")
    assert tasks(text) == []


def test_the_body_the_chairman_agrees_shall_do_the_work_is_charged():
    text = ("Theo đó, Chủ tịch UBND tỉnh thống nhất việc Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức Liên "
            "hoan ẩm thực vào tháng 10.")
    assert tasks(text) == [(["Sở Văn hóa, Thể thao và Du lịch"], [], [])]


def test_another_provinces_news_item_means_that_provinces_own_offices():
    record = parse_text("UBND tỉnh Điện Biên giao Cục Hải quan tỉnh tăng cường kiểm soát hàng hóa qua cửa khẩu.")
    assert record["tasks"][0]["lead"] == ["Cục Hải quan tỉnh Điện Biên"]
    assert record["tasks"][0]["lead_ids"] == [None]


def test_a_partner_province_named_after_our_own_committee_leaves_our_offices_ours():
    record = parse_text("UBND tỉnh giao Cục Hải quan tỉnh phối hợp với UBND tỉnh Cao Bằng kiểm soát hàng hóa.")
    assert record["tasks"][0]["lead_ids"] == ["cuc-hai-quan"]


def test_each_body_after_a_semicolon_leads_its_own_duty_known_to_the_registry_or_not():
    text = ("Cụ thể, Sở Xây dựng rà soát cảnh quan; Sở Nông nghiệp - Môi trường tổ chức tổng vệ sinh; Bộ đội "
            "Biên phòng thành phố bảo đảm cứu hộ trên biển.")
    assert [t[0] for t in tasks(text)] == [["Sở Xây dựng"], ["Sở Nông nghiệp - Môi trường"],
                                           ["Bộ đội Biên phòng thành phố"]]


def test_a_body_to_be_set_up_after_a_semicolon_is_no_clause_of_its_own():
    text = "4. Thành lập Ban Chỉ đạo cấp khu vực; Ban Chỉ đạo cấp tỉnh theo quy định hiện hành."
    assert parse_text(text)["tasks"] == []


def test_the_letter_the_committee_issued_may_be_cited_by_its_number_alone():
    text = ("Ngày 12/3, UBND tỉnh Hà Tĩnh ban hành công văn 1187, chỉ đạo Công an tỉnh, Sở Xây dựng kiểm soát xe "
            "quá tải trên các tuyến đường tỉnh.")
    assert tasks(text) == [(["Công an tỉnh", "Sở Xây dựng"], [], [])]


def test_a_committee_that_goes_on_issuing_letters_still_speaks_through_them():
    text = ("UBND tỉnh Hà Tĩnh tiếp tục ban hành công văn số 1250/UBND-KT yêu cầu Sở Y tế tăng cường giám sát "
            "dịch bệnh.")
    assert tasks(text) == [(["Sở Y tế"], [], [])]


def test_an_order_given_lately_is_the_one_the_item_reports():
    text = "Phó Thủ tướng Lê Minh Khái mới đây đã yêu cầu Bộ Tài chính khẩn trương hoàn thiện dự thảo nghị định."
    assert tasks(text) == [(["Bộ Tài chính"], [], [])]


def test_an_order_given_before_without_lately_is_still_a_past_fact():
    assert tasks("UBND tỉnh đã yêu cầu Sở Y tế rà soát các cơ sở khám bệnh tư nhân.") == []


def test_what_the_committee_itself_will_do_is_no_task():
    assert tasks("UBND tỉnh Nghệ An sẽ xem xét trách nhiệm người đứng đầu các đơn vị chậm giải ngân.") == []


@pytest.mark.parametrize("board", [
    "Ban Quản lý Dự án đầu tư xây dựng công trình NN&PTNT",
    "Ban Quản lý dự án đầu tư xây dựng công trình Nông nghiệp và Phát triển nông thôn tỉnh",
    "Ban Quản lý dự án đầu tư xây dựng các công trình Dân dụng và Công nghiệp",
])
def test_a_project_board_is_named_by_the_works_it_builds_whatever_their_capitals(board):
    assert tasks(f"Giao {board} tập trung tháo gỡ vướng mắc về mặt bằng.") == [([board], [], [])]


def test_a_clause_opening_chi_dao_after_a_semicolon_is_the_speakers_next_order():
    text = ("Ban Chỉ đạo đề nghị Sở Y tế chuẩn bị cơ số thuốc tại các điểm thi; Chỉ đạo Sở TT&TT định hướng báo chí "
            "tuyên truyền về kỳ thi.")
    assert [t[0] for t in tasks(text)] == [["Sở Y tế"], ["Sở Thông tin và Truyền thông"]]


def test_the_head_of_a_management_board_is_named_before_the_board_it_heads():
    text = ("Trưởng Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp Khánh Hòa, Chủ tịch UBND huyện Vạn "
            "Ninh khẩn trương giải quyết các kiến nghị của nhà đầu tư.")
    assert tasks(text)[0][0] == ["Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp Khánh Hòa",
                                 "UBND huyện Vạn Ninh"]


def test_a_chairman_signing_a_telegram_is_the_one_speaking_not_a_body_of_his_name():
    text = "Ngày 22/4, Chủ tịch UBND TP Trần Sỹ Thanh ký ban hành công điện về việc tăng cường quản lý đất đai."
    assert tasks(text) == []


@pytest.mark.parametrize("police", ["Công an huyện Phước Sơn", "Công an phường Hoàn Kiếm"])
def test_a_districts_or_communes_police_is_named_by_its_place(police):
    assert tasks(f"UBND tỉnh yêu cầu Sở Tài nguyên và Môi trường, {police} kiểm tra, truy quét.") == [
        (["Sở Tài nguyên và Môi trường", police], [], [])]


def test_a_caption_printed_without_its_label_does_not_end_a_bodys_duties():
    text = ("UBND tỉnh yêu cầu Sở Tài nguyên và Môi trường chủ động tham mưu quản lý cát, sỏi lòng sông.\n\n"
            "Một bãi tập kết cát ven sông lấn hành lang quốc lộ\n\n"
            "Tham mưu tổ chức đấu giá quyền khai thác cát theo đúng quy định.\n")
    assert [t[0] for t in tasks(text)] == [["Sở Tài nguyên và Môi trường"], ["Sở Tài nguyên và Môi trường"]]


def test_a_local_committees_level_printed_once_serves_the_places_after_it():
    text = "Công điện yêu cầu UBND huyện Quang Bình, Bắc Quang khẩn trương triển khai các biện pháp chống dịch."
    assert tasks(text) == [(["UBND huyện Quang Bình", "UBND huyện Bắc Quang"], [], [])]


def test_a_person_named_after_a_local_committee_is_no_place():
    assert tasks("Chủ tịch UBND huyện Bảo Lâm, Nguyễn Văn An, cho biết huyện đã triển khai.") == []


def test_a_department_announcing_its_orders_after_a_colon_speaks_and_the_body_it_asks_is_charged():
    text = ("Sở Văn hóa, Thể thao và Du lịch chỉ đạo: (1) Đề nghị Hiệp hội Du lịch tỉnh phối hợp phổ biến Chỉ thị "
            "đến các doanh nghiệp hội viên.")
    assert tasks(text) == [(["Hiệp hội Du lịch tỉnh"], [], [])]


def test_a_department_directing_after_a_colon_with_no_body_named_is_still_charged():
    assert tasks("Sở Y tế chỉ đạo: các bệnh viện tăng cường trực cấp cứu.") == [(["Sở Y tế"], [], [])]


def test_whoever_reports_the_order_before_a_comma_is_not_who_gives_it():
    text = ("Ngày 30-1, Văn phòng UBND tỉnh cho biết, Phó Chủ tịch UBND tỉnh Lê Văn Dũng đã có công văn gửi Sở Tài "
            "nguyên và Môi trường, UBND huyện Phước Sơn kiểm tra, truy quét.")
    assert tasks(text) == [(["Sở Tài nguyên và Môi trường", "UBND huyện Phước Sơn"], [], [])]


def test_a_pages_weekday_dateline_before_the_first_sentence_is_no_part_of_it():
    text = ("Thứ tư, 31/01/2024 07:20\nLiên quan đến việc khai thác cát trái phép, Phó Chủ tịch UBND tỉnh Lê Văn Dũng "
            "đã có công văn gửi Sở Tài nguyên và Môi trường kiểm tra, xử lý.\n")
    assert tasks(text) == [(["Sở Tài nguyên và Môi trường"], [], [])]


@pytest.mark.parametrize("speaker", [
    "Phó Thủ tướng Lê Văn Hòa, Trưởng Ban Chỉ đạo 389 quốc gia",
    "Phó Thủ tướng thường trực Lê Văn Hòa, Chủ tịch Ủy ban An toàn giao thông quốc gia, mới đây đã",
])
def test_the_speakers_other_office_after_his_name_is_no_body_charged(speaker):
    assert tasks(f"{speaker} yêu cầu Bộ Công an tăng cường tuần tra, kiểm soát.") == [(["Bộ Công an"], [], [])]


def test_a_body_that_hands_a_task_to_another_is_not_the_one_charged():
    text = "Ban Chỉ đạo 389 quốc gia giao nhiệm vụ cho Bộ Tài chính khẩn trương hoàn thiện kế hoạch cao điểm."
    assert tasks(text) == [(["Bộ Tài chính"], [], [])]


def test_a_caption_naming_the_photos_source_ends_its_line():
    text = ("Thủ tướng ký quyết định công nhận huyện đạt chuẩn nông thôn mới.\nẢnh nguồn: Internet\n"
            "UBND tỉnh Quảng Ninh có trách nhiệm công bố và khen thưởng theo quy định.\n")
    assert tasks(text) == [(["UBND tỉnh Quảng Ninh"], [], [])]


def test_the_board_of_a_fund_for_the_poor_is_a_body():
    text = "Ban vận động Quỹ vì người nghèo huyện Đông Giang có trách nhiệm chuyển tiền hỗ trợ cho các hộ."
    assert tasks(text) == [(["Ban vận động Quỹ vì người nghèo huyện Đông Giang"], [], [])]


def test_a_last_paragraph_cut_off_mid_word_still_goes_on_with_the_duties():
    text = ("Giao Sở Tài chính theo dõi sát diễn biến giá cả thị trường.\n\n"
            "Đồng thời, chủ động rà soát các văn bản về quản lý giá thuộc thẩm quyền đ")
    assert [t[0] for t in tasks(text)] == [["Sở Tài chính"], ["Sở Tài chính"]]


def test_a_closing_paragraph_about_the_order_itself_is_no_duty():
    text = ("Sở Nội vụ phối hợp Sở Xây dựng tham mưu phương hướng quản lý trật tự đô thị.\n\n"
            "Chỉ đạo trên nhằm thực hiện các yêu cầu của Thành ủy về những vấn đề phát sinh.\n")
    assert [t[0] for t in tasks(text)] == [["Sở Nội vụ"]]


def test_the_order_a_news_item_reports_after_theo_do_may_be_printed_with_da():
    assert tasks("Theo đó, Chủ tịch UBND TP Cần Thơ đã giao Sở Tài chính chủ trì tham mưu kế hoạch.") == [
        (["Sở Tài chính"], [], [])]


def test_an_order_recalled_after_truoc_do_stays_a_past_fact():
    assert tasks("Trước đó, Chủ tịch UBND TP Cần Thơ đã giao Sở Tài chính chủ trì tham mưu kế hoạch.") == []


def test_a_department_charged_in_the_passive_by_a_committee_named_with_its_province():
    text = "Để đảm bảo tiến độ, Sở Tài chính được UBND tỉnh Bình Định giao tham mưu bố trí kinh phí. Sở Nội vụ sẽ đề xuất thành lập hội đồng."
    assert [t[0] for t in tasks(text)] == [["Sở Tài chính"], ["Sở Nội vụ"]]
