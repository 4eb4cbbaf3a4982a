"""Agencies named once for a whole list: "các Bộ: Quốc phòng, Công an", "UBND các tỉnh Gia Lai, Đắk Lắk"."""

from chidao.text import parse_text
from chidao.text.agencies import load_registry
from chidao.text.enumerations import find_enumerated_agencies


def names(text):
    return [m.name for m in find_enumerated_agencies(text, load_registry())]


def leads(text):
    return [(t["lead"], t["lead_groups"]) for t in parse_text(text)["tasks"]]


def test_ministries_listed_after_cac_bo_are_each_a_ministry():
    assert names("Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo") == ["Bộ Quốc phòng", "Bộ Công an"]


def test_a_ministry_name_holding_va_and_a_comma_is_one_item():
    text = "các Bộ: Văn hóa, Thể thao và Du lịch, Nông nghiệp và Môi trường và Y tế"
    assert names(text) == ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Nông nghiệp và Môi trường", "Bộ Y tế"]


def test_provinces_after_ubnd_cac_tinh_are_their_peoples_committees():
    text = "Chủ tịch Ủy ban nhân dân các tỉnh Quảng Ngãi, Gia Lai và Khánh Hòa chỉ đạo"
    assert names(text) == [
        "Ủy ban nhân dân tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Gia Lai", "Ủy ban nhân dân tỉnh Khánh Hòa",
    ]


def test_a_centrally_run_city_in_the_list_is_a_thanh_pho():
    assert names("UBND các tỉnh, thành phố: Hà Nội, tỉnh Ninh Bình") == [
        "Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân tỉnh Ninh Bình",
    ]


def test_departments_resolve_to_the_registry_with_their_ids():
    found = find_enumerated_agencies("Giám đốc các sở: Y tế, Tài chính", load_registry())
    assert [(m.name, m.id) for m in found] == [("Sở Y tế", "so-y-te"), ("Sở Tài chính", "so-tai-chinh")]


def test_the_first_item_spans_the_head_and_every_offset_slices_back():
    text = "Yêu cầu các Bộ: Quốc phòng, Công an khẩn trương"
    found = find_enumerated_agencies(text, load_registry())
    assert [text[m.start:m.end] for m in found] == ["các Bộ: Quốc phòng", "Công an"]
    assert all(m.as_printed == text[m.start:m.end] for m in found)


def test_one_name_without_a_colon_is_not_a_list():
    # "các Sở Xây dựng nêu trên": the departments of several provinces, not this province's one
    assert names("4. Các Sở Xây dựng nêu trên chủ động phối hợp") == []


def test_a_group_without_names_stays_a_group():
    assert names("Yêu cầu các bộ, ngành và UBND các tỉnh, thành phố trực thuộc Trung ương") == []
    assert leads("Yêu cầu các bộ, ngành triển khai ngay.") == [([], ["các bộ, ngành"])]


def test_the_listed_agencies_lead_the_task_instead_of_the_group():
    assert leads("8. Các Bộ: Quốc phòng, Tài chính kịp thời xuất cấp phương tiện.") == [
        (["Bộ Quốc phòng", "Bộ Tài chính"], []),
    ]


def test_listed_agencies_after_phoi_hop_are_support():
    task = parse_text("Giao Sở Y tế chủ trì, phối hợp với các sở: Tài chính, Nội vụ thực hiện.")["tasks"][0]
    assert task["lead"] == ["Sở Y tế"] and task["support"] == ["Sở Tài chính", "Sở Nội vụ"]


def test_listed_agencies_appear_in_the_agencies_of_the_record():
    record = parse_text("Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng.")
    assert [a["name"] for a in record["agencies"]] == ["Bộ Quốc phòng", "Bộ Công an"]


def test_the_provinces_party_committees_lead_beside_their_peoples_committees():
    text = "1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Gia Lai tiếp tục chỉ đạo khắc phục."
    assert leads(text) == [(["Ủy ban nhân dân tỉnh Đắk Lắk", "Tỉnh ủy Đắk Lắk",
                             "Ủy ban nhân dân tỉnh Gia Lai", "Tỉnh ủy Gia Lai"], [])]


def test_the_party_committees_are_agencies_of_the_record_at_the_same_words():
    record = parse_text("Bí thư tỉnh ủy và Chủ tịch UBND các tỉnh: Đắk Lắk, Gia Lai chỉ đạo ngay.")
    names = [(a["name"], a["as_printed"]) for a in record["agencies"]]
    assert ("Tỉnh ủy Gia Lai", "Gia Lai") in names and ("Ủy ban nhân dân tỉnh Gia Lai", "Gia Lai") in names


def test_two_lists_close_together_are_both_read():
    text = "lãnh đạo các Bộ: Giáo dục và Đào tạo, Y tế, và đại diện các Bộ: Tài chính, Xây dựng"
    assert names(text) == ["Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Tài chính", "Bộ Xây dựng"]


def test_a_list_after_a_head_without_names_is_still_read():
    assert names("giữa các bộ,\ncơ quan liên quan nhất là với các bộ Công an, Xây dựng") == ["Bộ Công an", "Bộ Xây dựng"]


def test_party_committees_on_a_saved_page_point_at_their_own_words():
    page = ("Trang tin pháp luật\nTin tóm tắt\n\nTHỦ TƯỚNG CHÍNH PHỦ\n-------\nSố: 227/CĐ-TTg\n"
            "Hà Nội, ngày 24 tháng 11 năm 2025\nCÔNG ĐIỆN\nVề việc khắc phục hậu quả mưa lũ\n"
            "1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Gia Lai tiếp tục chỉ đạo.\n"
            "THỦ TƯỚNG\nNguyễn Văn A\n")
    record = parse_text(page)
    for agency in record["agencies"]:
        assert page[agency["start"]:agency["end"]] == agency["as_printed"]
    assert "Tỉnh ủy Gia Lai" in [a["name"] for a in record["agencies"]]


def test_the_focus_provinces_of_a_committees_group_are_their_committees():
    text = ("1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là "
            "các tỉnh: Đắk Lắk, Khánh Hòa và Gia Lai:\na) Tổ chức xây dựng kế hoạch.\n")
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == ["Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Khánh Hòa",
                            "Ủy ban nhân dân tỉnh Gia Lai"]
    assert task["lead_groups"] == ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng"]


def test_provinces_named_as_the_places_of_a_disaster_are_not_committees():
    assert names("Mưa lũ gây thiệt hại nặng nề, nhất là tại các tỉnh: Đắk Lắk, Khánh Hòa và Gia Lai.") == []


def test_corporations_listed_after_cac_tap_doan_lead_each_by_their_own_name():
    assert leads("Đề nghị các Tập đoàn VNPT, Viettel và FPT hỗ trợ hạ tầng mạng.") == [
        (["Tập đoàn VNPT", "Tập đoàn Viettel", "Tập đoàn FPT"], []),
    ]


def test_a_corporation_name_keeps_its_plain_words_and_short_form():
    text = ("lãnh đạo các Tập đoàn: Điện lực Việt Nam (EVN), Công nghiệp-Năng lượng quốc\ngia Việt Nam (PVN), "
            "Công nghiệp - Viễn thông Quân đội, Chủ đầu tư các dự án")
    assert names(text) == ["Tập đoàn Điện lực Việt Nam", "Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam",
                           "Tập đoàn Công nghiệp - Viễn thông Quân đội"]


def test_general_corporations_with_their_regions_are_each_one():
    assert names("các Tổng công ty Điện lực miền Bắc, Điện lực miền Trung phối hợp") == [
        "Tổng công ty Điện lực miền Bắc", "Tổng công ty Điện lực miền Trung"]


def test_corporations_as_a_kind_stay_a_group():
    assert leads("Đề nghị các Tập đoàn, Tổng công ty nhà nước hỗ trợ.") == [
        ([], ["các Tập đoàn, Tổng công ty nhà nước"])]


def test_a_list_of_provinces_goes_on_over_a_blank_line():
    text = "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Đà Nẵng,\n\nQuảng Ngãi, Gia Lai;\n"
    names = [m.name for m in find_enumerated_agencies(text, load_registry())]
    assert names == ["Ủy ban nhân dân thành phố Đà Nẵng", "Ủy ban nhân dân tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Gia Lai"]


def test_a_list_of_provinces_goes_on_over_an_indented_line():
    text = "2. Chủ tịch Ủy ban nhân dân các\n        tỉnh: Đắk Lắk, Khánh Hòa khắc phục hậu quả lũ.\n"
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == ["Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Khánh Hòa"]


def test_a_department_printed_with_an_ampersand_is_still_listed():
    assert names("Giám đốc các Sở: Nội vụ, Nông nghiệp & PTNT, Tài chính chịu trách nhiệm thi hành.") == [
        "Sở Nội vụ", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài chính"]


def test_towns_named_after_the_districts_committees_are_committees_each():
    (lead, groups), = leads("Điều 3. Chủ tịch UBND các huyện, thành phố Mỹ Tho, thị xã Gò Công chịu trách nhiệm "
                            "thi hành Quyết định này.")
    assert groups == ["Chủ tịch UBND các huyện"]
    assert lead == ["Ủy ban nhân dân thành phố Mỹ Tho", "Ủy ban nhân dân thị xã Gò Công"]


def test_a_heading_after_the_committees_group_names_no_town():
    (lead, groups), = leads("2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố\nKhẩn trương rà soát các quy định.")
    assert lead == [] and groups == ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"]


def test_a_district_named_after_a_towns_committee_shares_its_committee():
    (lead, _), = leads("UBND thành phố Lạng Sơn và huyện Cao Lộc có trách nhiệm bố trí mặt bằng.")
    assert lead == ["Ủy ban nhân dân thành phố Lạng Sơn", "Ủy ban nhân dân huyện Cao Lộc"]


def test_a_department_whose_fields_are_joined_by_a_dash_is_still_listed():
    assert names("Giám đốc các Sở: Tài chính, Văn hóa - Thể thao và Du lịch, Khoa\nhọc và Công nghệ thi hành.") == [
        "Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ"]


def test_a_department_listed_by_its_abbreviated_fields_with_a_comma_inside_is_named():
    record = parse_text("Các sở: Y tế, VH,TT&DL, Thông tin và Truyền thông tổ chức tuyên truyền.")
    assert record["tasks"][0]["lead"] == ["Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông"]


def test_units_listed_after_a_colon_are_departments_by_their_fields_or_bodies_by_their_names():
    text = ("UBND thành phố giao Thủ trưởng các đơn vị: Y tế, Bộ Chỉ huy Quân sự thành phố, Công an thành phố, Công "
            "Thương và Chủ tịch UBND quận, huyện theo chức năng, nhiệm vụ được giao tổ chức triển khai.")
    assert parse_text(text)["tasks"][0]["lead"] == [
        "Sở Y tế", "Bộ Chỉ huy Quân sự thành phố", "Công an thành phố", "Sở Công Thương"]


def test_a_unit_named_in_full_with_a_comma_inside_is_one_item():
    text = "Thủ trưởng các cơ quan: Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch căn cứ Quyết định thi hành."
    assert parse_text(text)["tasks"][0]["lead"] == ["Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch"]


def test_a_listed_name_wrapped_onto_an_indented_line_is_still_one_item():
    text = "Giao các Sở: Tài chính, Văn hóa, Thể thao\n    và Du lịch tổ chức thực hiện."
    assert parse_text(text)["tasks"][0]["lead"] == ["Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch"]


def test_what_the_provinces_have_in_common_may_stand_before_gom_and_their_list():
    text = ("UBND các tỉnh, thành phố có dự án đi qua gồm: Hà Nội, Hưng Yên và TPHCM cần hoàn thành giải phóng "
            "mặt bằng.")
    assert leads(text) == [(["Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân tỉnh Hưng Yên",
                             "Ủy ban nhân dân thành phố Hồ Chí Minh"], [])]


def test_provinces_counted_then_named_after_gom_are_their_peoples_committees():
    assert names("Thủ tướng yêu cầu Chủ tịch UBND 3 địa phương, gồm: Nam Định, Phú Thọ, Quảng Trị sớm chi trả") == [
        "Ủy ban nhân dân tỉnh Nam Định", "Ủy ban nhân dân tỉnh Phú Thọ", "Ủy ban nhân dân tỉnh Quảng Trị",
    ]


def test_a_department_the_data_does_not_know_is_still_an_item_of_a_list_after_a_colon():
    text = "Các sở: Xây dựng, Quy hoạch - Kiến trúc, Tài chính tổ chức triển khai thực hiện."
    assert leads(text) == [(["Sở Xây dựng", "Sở Quy hoạch - Kiến trúc", "Sở Tài chính"], [])]


def test_the_unknown_item_stops_before_an_officer_of_another_kind_of_body():
    text = "Giám đốc các Sở: Tài chính, Ngoại vụ; Cục trưởng Cục Thuế tỉnh chịu trách nhiệm thi hành."
    assert "Sở Cục trưởng" not in [name for lead, _ in leads(text) for name in lead]


def test_departments_a_group_names_after_nhu_are_each_a_department():
    text = ("Chủ tịch UBND tỉnh giao cho các Sở, Ban, Ngành như Tài chính; Nội vụ; Y tế và UBND các huyện xem xét, "
            "giải quyết kiến nghị của cử tri.")
    assert leads(text) == [(["Sở Tài chính", "Sở Nội vụ", "Sở Y tế"], ["UBND các huyện"])]
