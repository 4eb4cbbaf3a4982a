"""Agencies charged without their names: a letter's one addressee ("quý Bộ"), a conclusion's "Tỉnh" or "Thành phố",
the short form a text gives a body in brackets ("(CDC)")."""

from chidao.text import parse_text


def test_the_province_a_conclusion_is_about_is_charged_when_called_tinh():
    text = ("Phó Thủ tướng làm việc với lãnh đạo tỉnh Điện Biên. Biểu dương nhân dân tỉnh Điện Biên.\n"
            "2. Về hỗ trợ kinh phí; về bố trí vốn: Tỉnh tổng hợp nhu cầu, báo cáo Bộ Tài chính.\n"
            "3. Bí thư Tỉnh ủy chủ trì.")
    found = [(t["clause"], t["lead"]) for t in parse_text(text)["tasks"]]
    assert ("2", ["Ủy ban nhân dân tỉnh Điện Biên"]) in found
    assert not any(clause == "3" and lead for clause, lead in found)


def test_the_city_a_conclusion_is_about_is_charged_when_called_thanh_pho():
    text = ("Thủ tướng làm việc với thành phố Đà Nẵng. Biểu dương nhân dân thành phố Đà Nẵng.\n"
            "2. Thành phố rà soát, báo cáo Bộ Nội vụ.\n")
    found = [(t["clause"], t["lead"]) for t in parse_text(text)["tasks"]]
    assert ("2", ["Ủy ban nhân dân thành phố Đà Nẵng"]) in found


def test_a_province_named_by_its_place_before_its_name_is_not_a_bare_tinh():
    text = "Thủ tướng làm việc với tỉnh Đồng Tháp.\nTỉnh Đồng Tháp cần khẩn trương rà soát quy hoạch."
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == ["Ủy ban nhân dân tỉnh Đồng Tháp"]


def test_your_ministry_in_a_letter_to_one_addressee_is_that_addressee():
    text = ("Kính gửi: Bộ Lao động - Thương binh và Xã hội\n\nĐến nay chưa nhận được báo cáo của quý Bộ.\n\n"
            "Văn phòng Chính phủ đề nghị quý Bộ khẩn trương có báo cáo.")
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == ["Bộ Lao động - Thương binh và Xã hội"]


def test_the_short_form_a_text_gives_a_body_in_brackets_charges_that_body_later():
    text = ("Sở Y tế đề nghị Trung tâm Kiểm soát bệnh tật tỉnh (CDC) tập trung giám sát dịch bệnh.\n\n"
            "CDC tỉnh hướng dẫn chuyên môn cho các địa phương.\n\nCDC phối hợp với các cơ quan báo chí tuyên truyền.")
    assert [t["lead"] for t in parse_text(text)["tasks"]] == [["Trung tâm Kiểm soát bệnh tật tỉnh"]] * 3


def test_a_short_form_after_a_word_naming_a_kind_of_body_names_the_field_not_the_body():
    text = ("Sở Giáo dục và Đào tạo (GDĐT) yêu cầu các phòng GDĐT, các đơn vị trực thuộc nghiêm túc thực hiện.")
    assert all(t["lead"] == [] for t in parse_text(text)["tasks"])


def test_this_department_means_the_one_charged_before_not_its_partner():
    text = ("Theo đó, Chủ tịch UBND thành phố giao Sở Xây dựng chủ trì, phối hợp với Sở Nội vụ đề xuất phương án bố trí "
            "lực lượng. Đồng thời, Sở này soạn quy chế phối hợp.")
    assert [t["lead"] for t in parse_text(text)["tasks"]] == [["Sở Xây dựng"], ["Sở Xây dựng"]]
