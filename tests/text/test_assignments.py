"""find_tasks: numbered blocks, inline assignments, lead versus support, clause path, deadline."""

import datetime
import re

import pytest

from chidao.text.blocks import split_blocks
from chidao.text.types import AgencyMention

pytest.importorskip("chidao.text.agencies")
pytest.importorskip("chidao.text.deadlines")

from chidao.text.assignments import find_tasks  # noqa: E402
from chidao.text.parse import parse_text  # noqa: E402

NAMES = {
    "Sở Y tế": "so-y-te", "Sở Tài chính": "so-tai-chinh", "Sở Công Thương": "so-cong-thuong",
    "Sở Tư pháp": "so-tu-phap", "Công an tỉnh": "cong-an-tinh", "Sở Nội vụ": "so-noi-vu",
    "Văn phòng UBND tỉnh": "van-phong-ubnd-tinh", "UBND tỉnh": "ubnd-tinh",
    "Đài Phát thanh và Truyền hình tỉnh": "dai-phat-thanh-truyen-hinh",
}
_NAMES_RE = re.compile("|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True)))


class FakeRegistry:
    """A registry that knows a handful of agencies, so these tests do not depend on the data files."""

    def find_agencies(self, text, on=None):
        return [AgencyMention(m.group(), NAMES[m.group()], m.group(), m.start(), m.end())
                for m in _NAMES_RE.finditer(text)]


REG = FakeRegistry()


def tasks(text, **kwargs):
    return find_tasks(text, REG, **kwargs)


def test_lettered_items_under_a_heading_are_one_task_each_led_by_the_heading():
    text = "1. Sở Y tế\n\na) Tổ chức khám bệnh cho người dân.\n\nb) Kiểm tra an toàn thực phẩm.\n"
    found = tasks(text)
    assert [t.clause for t in found] == ["1.a", "1.b"]
    assert all(t.lead == ["Sở Y tế"] for t in found)
    assert found[0].text == "Tổ chức khám bệnh cho người dân."


def test_block_without_lettered_items_is_one_task_with_its_number_as_clause():
    text = "1. Sở Y tế\n\nTổ chức khám bệnh.\n\n2. Sở Tài chính\n\nBố trí kinh phí. Kiểm tra việc chi tiêu.\n"
    found = tasks(text)
    assert [(t.clause, t.lead) for t in found] == [("1", ["Sở Y tế"]), ("2", ["Sở Tài chính"])]
    assert found[1].text == "Bố trí kinh phí. Kiểm tra việc chi tiêu."


def test_giao_x_chu_tri_phoi_hop_voi_y_makes_x_lead_and_y_support():
    found = tasks("Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát các quy định.")
    assert len(found) == 1
    assert found[0].lead == ["Sở Tư pháp"]
    assert found[0].support == ["Sở Nội vụ"]
    assert found[0].lead_ids == ["so-tu-phap"] and found[0].support_ids == ["so-noi-vu"]


def test_x_phoi_hop_voi_y_makes_x_lead_and_y_support():
    found = tasks("Sở Y tế phối hợp với Công an tỉnh kiểm tra các cơ sở kinh doanh.")
    assert found[0].lead == ["Sở Y tế"] and found[0].support == ["Công an tỉnh"]


def test_groups_are_never_lead_agencies():
    found = tasks("Các sở, ban, ngành, UBND các huyện, thành phố tăng cường kiểm tra giá cả.")
    assert len(found) == 1
    assert found[0].lead == []
    assert found[0].lead_groups


def test_the_issuer_speaking_is_not_the_lead():
    found = tasks("UBND tỉnh yêu cầu Sở Y tế khẩn trương báo cáo tình hình dịch bệnh.")
    assert [t.lead for t in found] == [["Sở Y tế"]]


def test_a_fact_about_the_issuer_is_not_a_task():
    assert tasks("UBND tỉnh ban hành Kế hoạch về phòng, chống dịch bệnh.") == []
    assert tasks("UBND tỉnh chỉ đạo triển khai công tác phòng, chống rét.") == []


def test_an_agency_named_as_a_complement_is_not_a_task():
    assert tasks("Hồ sơ gửi về Sở Nội vụ để tổng hợp.") == []
    assert tasks("Sở Y tế là cơ quan thường trực của Ban Chỉ đạo.") == []


def test_co_trach_nhiem_with_a_colon_list_gives_one_task_per_part_each_with_its_deadline():
    text = ("Giám đốc Sở Nội vụ có trách nhiệm: hoàn thành việc rà soát trước ngày 31/3/2024; "
            "báo cáo kết quả về UBND tỉnh chậm nhất ngày 05/4/2024.")
    found = tasks(text, reference_date=datetime.date(2024, 1, 3))
    assert [t.lead for t in found] == [["Sở Nội vụ"], ["Sở Nội vụ"]]
    assert [(t.deadline.kind, t.deadline.date) for t in found] == [
        ("before", datetime.date(2024, 3, 31)), ("by", datetime.date(2024, 4, 5))]
    assert found[1].text.startswith("báo cáo kết quả")


def test_task_takes_only_a_deadline_inside_its_own_span():
    text = "1. Sở Y tế\n\nBáo cáo trước ngày 15/3/2024.\n\n2. Sở Tài chính\n\nBố trí kinh phí.\n"
    first, second = tasks(text)
    assert first.deadline is not None and first.deadline.date == datetime.date(2024, 3, 15)
    assert second.deadline is None


def test_roman_numbers_and_letters_build_the_clause_path():
    text = "II. NHIỆM VỤ\n\n3. Sở Y tế\n\na) Kiểm tra.\n\nđ) Báo cáo.\n"
    assert [t.clause for t in tasks(text)] == ["II.3.a", "II.3.đ"]


def test_nested_decimal_numbers_replace_their_parent_in_the_clause_path():
    text = "1. Nhiệm vụ\n\n1.1. Sở Y tế chủ trì kiểm tra.\n\n1.2. Sở Tài chính bố trí kinh phí.\n"
    found = tasks(text)
    assert [(t.clause, t.lead) for t in found] == [("1.1", ["Sở Y tế"]), ("1.2", ["Sở Tài chính"])]


def test_dash_items_under_an_intro_inherit_its_actors():
    text = "Sở Y tế chủ trì, phối hợp với Công an tỉnh:\n- Kiểm tra cơ sở kinh doanh;\n- Xử lý vi phạm.\n"
    found = tasks(text)
    assert len(found) == 2
    assert all(t.lead == ["Sở Y tế"] and t.support == ["Công an tỉnh"] for t in found)


def test_an_intro_paragraph_under_a_heading_gives_its_support_to_the_items():
    text = ("5. Sở Y tế\n\nChủ trì, phối hợp với Công an tỉnh và các sở, ban, ngành liên quan:\n\n"
            "a) Phòng, chống dịch.\n\nb) Kiểm tra thuốc.\n")
    found = tasks(text)
    assert [t.clause for t in found] == ["5.a", "5.b"]
    assert all(t.support == ["Công an tỉnh"] and t.support_groups for t in found)


def test_an_inline_subject_in_a_lettered_item_overrides_the_heading():
    text = "8. Sở Y tế, Công an tỉnh\n\na) Trực Tết.\n\nb) Công an tỉnh chủ trì bảo vệ an ninh.\n"
    a, b = tasks(text)
    assert a.lead == ["Sở Y tế", "Công an tỉnh"]
    assert b.lead == ["Công an tỉnh"]


def test_a_heading_of_several_agencies_leads_with_all_of_them():
    found = tasks("14. Sở Y tế, Sở Tài chính\n\nThực hiện tốt công tác tiếp dân.\n")
    assert found[0].lead == ["Sở Y tế", "Sở Tài chính"] and found[0].clause == "14"


def test_markdown_emphasis_around_numbers_is_tolerated():
    found = tasks("**1.** Sở Y tế chủ trì kiểm tra.\n**2.** Giao Văn phòng UBND tỉnh theo dõi.\n")
    assert [(t.clause, t.lead) for t in found] == [("1", ["Sở Y tế"]), ("2", ["Văn phòng UBND tỉnh"])]


def test_a_recipient_list_is_not_a_task():
    assert tasks("Nơi nhận:\n- Sở Y tế;\n- Công an tỉnh;\n- Lưu: VT.\n") == []


def test_start_and_end_bound_the_search_and_offsets_stay_in_the_whole_text():
    text = "Sở Y tế kiểm tra thuốc.\n\nSở Tài chính bố trí kinh phí.\n"
    cut = text.index("Sở Tài chính")
    found = tasks(text, start=cut)
    assert [t.lead for t in found] == [["Sở Tài chính"]]
    assert text[found[0].start:found[0].end] == "Sở Tài chính bố trí kinh phí."


def test_a_new_subject_in_the_same_paragraph_starts_a_new_task():
    text = "Sở Y tế kiểm tra thuốc. Công an tỉnh bảo đảm an ninh. Tăng cường tuần tra."
    found = tasks(text)
    assert [t.lead for t in found] == [["Sở Y tế"], ["Công an tỉnh"]]
    assert found[1].text == "Công an tỉnh bảo đảm an ninh. Tăng cường tuần tra."


def test_task_text_is_its_span_with_whitespace_collapsed():
    text = "Sở Y tế   kiểm tra\nthuốc   và thiết bị y tế."
    (task,) = tasks(text)
    assert task.text == " ".join(text[task.start:task.end].split())


def test_empty_and_blank_spans_have_no_tasks():
    assert tasks("") == []
    assert tasks("   \n\n ") == []
    assert tasks("Sở Y tế kiểm tra.", start=5, end=2) == []


def test_split_blocks_keeps_kinds_labels_and_the_text_before_the_first_marker():
    text = "Mở đầu:\nI. A\n1. B\na) C\n- D\n+ E\nb) F\n"
    blocks = split_blocks(text)
    assert [(b.kind, b.clause) for b in blocks] == [
        (None, None), ("roman", "I"), ("num", "I.1"), ("letter", "I.1.a"), ("dash", "I.1.a"),
        ("plus", "I.1.a"), ("letter", "I.1.b")]
    assert text[blocks[3].body_start:blocks[3].end] == "C"


def test_split_blocks_does_not_take_numbers_dates_or_rules_for_markers():
    text = "15/6/2024 là ngày lễ\n1.500 người dự\n-------\n2024. Năm mới\n"
    assert [b.kind for b in split_blocks(text)] == [None]


def test_an_intro_sentence_addressing_agencies_hands_them_to_the_numbered_items():
    text = "Để bảo đảm an toàn, UBND tỉnh yêu cầu Sở Y tế và Công an tỉnh:\n\n1. Kiểm tra.\n\n2. Báo cáo.\n"
    found = tasks(text)
    assert [(t.clause, t.lead) for t in found] == [("1", ["Sở Y tế", "Công an tỉnh"]), ("2", ["Sở Y tế", "Công an tỉnh"])]


def test_a_hard_wrapped_first_line_is_not_a_heading():
    text = "1. Sở Y tế chủ trì, phối hợp với\nCông an tỉnh kiểm tra an toàn thực phẩm.\n"
    (task,) = tasks(text)
    assert task.lead == ["Sở Y tế"] and task.support == ["Công an tỉnh"]
    assert task.text.startswith("Sở Y tế")


def test_a_paragraph_with_its_own_subject_after_the_last_item_is_its_own_task():
    text = "1. Sở Y tế\n\na) Kiểm tra thuốc.\n\nSở Tài chính bố trí kinh phí.\n"
    found = tasks(text)
    assert [(t.clause, t.lead) for t in found] == [("1.a", ["Sở Y tế"]), (None, ["Sở Tài chính"])]


def test_an_article_that_charges_an_agency_hands_it_to_its_numbered_points():
    text = "Điều 2. Giao Giám đốc Sở Y tế\n\n1. Tổ chức thực hiện kế hoạch.\n\n2. Báo cáo kết quả.\n"
    found = tasks(text)
    assert [(t.clause, t.lead) for t in found] == [("Điều 2.1", ["Sở Y tế"]), ("Điều 2.2", ["Sở Y tế"])]


def test_an_execution_article_lists_its_addressees_separated_by_semicolons():
    text = "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế và Công an tỉnh chịu trách nhiệm thi hành.\n"
    (task,) = tasks(text)
    assert task.lead == ["Văn phòng UBND tỉnh", "Sở Y tế", "Công an tỉnh"]


def test_parenthesized_numbers_are_items_and_an_item_with_its_own_subject_is_a_task_above_its_dashes():
    text = ("2. Để kịp tiến độ, yêu cầu Sở Y tế và Công an tỉnh như sau:\n"
            "(1) Sở Y tế chỉ đạo hoàn thành hồ sơ.\n- Chủ trì, phối hợp với Sở Tài chính lập dự toán.\n"
            "(2) Công an tỉnh hướng dẫn phòng cháy.\n")
    found = tasks(text)
    assert [(t.clause, t.lead) for t in found] == [
        ("2.(1)", ["Sở Y tế"]), ("2.(1)", ["Sở Y tế"]), ("2.(2)", ["Công an tỉnh"])]
    assert found[1].support == ["Sở Tài chính"]


def test_an_agency_followed_by_a_colon_and_inline_numbers_is_the_subject_of_each_point():
    found = tasks("a) Sở Tài chính: **(1)** Chủ trì, phối hợp với Sở Y tế lập dự toán; **(2)** Bố trí vốn.\n")
    assert [(t.clause, t.lead, t.support) for t in found] == [
        ("a.(1)", ["Sở Tài chính"], ["Sở Y tế"]), ("a.(2)", ["Sở Tài chính"], [])]


def test_verbs_that_fold_like_prepositions_are_still_verbs():
    found = tasks("Các sở, ban, ngành: rà soát các thủ tục. Sở Y tế sơ kết việc thực hiện.")
    assert len(found) == 2


def test_the_issuers_closing_request_before_the_list_is_not_a_task_itself():
    text = ("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành thực hiện tốt các nhiệm vụ sau đây:\n\n"
            "1. Sở Y tế\n\nKiểm tra thuốc.\n\n2. Công an tỉnh\n\nBảo đảm an ninh.\n")
    found = tasks(text)
    assert [(t.clause, t.lead) for t in found] == [("1", ["Sở Y tế"]), ("2", ["Công an tỉnh"])]


def test_numbered_items_without_any_actor_are_not_tasks():
    assert tasks("I. MỤC ĐÍCH\n\n1. Nâng cao nhận thức.\n\n2. Bảo đảm an toàn.\n") == []


def test_an_intro_item_opened_by_an_agency_hands_it_to_its_sub_items():
    text = ("3. Giám đốc Sở Tài chính - Phó Trưởng ban thường trực\ntập trung thực hiện các nhiệm vụ sau:\n"
            "3.1. Hoàn thiện kế hoạch.\n3.2. Tổng kết việc thực hiện.\n")
    found = tasks(text)
    assert [(t.clause, t.lead) for t in found] == [("3.1", ["Sở Tài chính"]), ("3.2", ["Sở Tài chính"])]


def test_a_roman_part_after_the_articles_starts_a_new_clause_path():
    text = "Điều 3. Thi hành.\n\nI. NHIỆM VỤ\n\n1. Sở Y tế\n\na) Kiểm tra.\n"
    assert [t.clause for t in tasks(text)] == ["I.1.a"]


def test_a_table_row_naming_an_agency_is_not_a_task():
    assert tasks("I. SỐ LIỆU\n\n1. Sở Y tế | 19 | 07 | 12\n\n2. Công an tỉnh | 70 | - | 70\n") == []


# --- items that name their own subject, unknown agencies, groups, addressee lists ---------------------


def test_giao_x_with_the_verb_on_the_next_line_leads_its_item_over_the_intro():
    text = ("Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành như sau:\n"
            "1.1. Giao Sở Y tế\nKhẩn trương lập danh sách cơ sở khám bệnh.\n"
            "1.2. Giao Sở Tài chính\nBố trí kinh phí.\n")
    found = tasks(text)
    assert [(t.clause, t.lead, t.lead_groups) for t in found] == [
        ("1.1", ["Sở Y tế"], []), ("1.2", ["Sở Tài chính"], [])]


def test_giao_x_whose_name_is_wrapped_over_two_lines_is_not_read_as_a_heading():
    found = tasks("1. Giao Sở Tài\nchính lập dự toán chi.\n2. Giao Sở Y tế lập danh sách.\n")
    assert [t.lead for t in found] == [["Sở Tài chính"], ["Sở Y tế"]]


def test_agency_unknown_to_the_registry_still_leads_with_id_none():
    found = tasks("1. Giao Công an Thành phố\nChỉ đạo lực lượng tuần tra ban đêm.\n"
                  "2. Đài truyền hình Quốc gia chủ trì sản xuất phóng sự.\n")
    assert [(t.lead, t.lead_ids) for t in found] == [
        (["Công an Thành phố"], [None]), (["Đài truyền hình Quốc gia"], [None])]


def test_unknown_agencies_in_a_list_are_each_a_lead():
    found = tasks("3. Tập đoàn Điện lực Quốc gia, Tổng công ty Hàng hải Miền Nam chủ trì bảo đảm điện.\n")
    assert found[0].lead == ["Tập đoàn Điện lực Quốc gia", "Tổng công ty Hàng hải Miền Nam"]


@pytest.mark.parametrize("name", ["Ban quản lý Khu Kinh tế Phú Yên", "Ban Quản lý các Khu công nghiệp tỉnh",
                                  "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên"])
def test_a_board_named_by_the_zone_it_runs_is_an_agency(name):
    found = tasks(f"1. Sở Tài chính, {name} có trách nhiệm công bố thông tin về dự án.\n")
    assert found[0].lead == ["Sở Tài chính", name]


def test_a_lead_label_whose_name_is_wrapped_over_two_lines_names_the_whole_agency():
    found = tasks("a) Xây dựng Nghị định.\n\n- Cơ quan chủ trì: Sở Khoa học\nvà Công nghệ.\n\n"
                  "- Cơ quan phối hợp: Các sở, ngành có liên quan.\n")
    assert found[0].lead == ["Sở Khoa học và Công nghệ"]


def test_labelled_paragraphs_under_an_item_name_its_doers_and_its_time():
    text = ("1. Kiện toàn đội ngũ\n\n- Thường xuyên rà soát, kiện\ntoàn đội ngũ cán bộ.\n\n"
            "*Đơn vị chủ trì thực hiện: *Các\nSở, ngành, đơn vị, UBND cấp xã.\n\n*Đơn vị phối hợp: *Sở Nội\nvụ,"
            " Sở Tư pháp.\n\n*Thời gian thực hiện: *Thường\nxuyên.\n\n- Tổ chức tập huấn kiến thức pháp luật.\n\n"
            "*Đơn vị chủ trì tham mưu thực\nhiện: *Sở Tư pháp.\n\n*Thời gian thực hiện: *Trước ngày 31/12/2025.\n")
    found = tasks(text, reference_date=datetime.date(2025, 11, 20))
    assert [(t.lead, t.lead_groups, t.support) for t in found] == [
        ([], ["Các Sở, ngành, đơn vị", "UBND cấp xã"], ["Sở Nội vụ", "Sở Tư pháp"]), (["Sở Tư pháp"], [], [])]
    assert [t.deadline.kind for t in found] == ["continuous", "before"]


def test_a_group_naming_its_kind_of_body_keeps_the_name_and_the_list_goes_on():
    found = tasks("6. Đề nghị Văn phòng Tỉnh ủy và các Ban Xây\ndựng Đảng và Ủy ban Kiểm tra Tỉnh ủy, Ủy ban Mặt trận"
                  " Tổ quốc Việt Nam tỉnh tăng cường công tác bảo vệ bí mật nhà nước.\n")
    assert (found[0].lead, found[0].lead_groups) == (
        ["Văn phòng Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
        ["các Ban Xây dựng Đảng"])


@pytest.mark.parametrize("text, leads", [
    ("6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh tuyên truyền, vận động"
     " hội viên.\n", ["Hiệp hội Doanh nghiệp tỉnh", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã Tỉnh"]),
    ("6. Hội Liên hiệp Phụ nữ thành phố chủ trì tổ chức hội thi.\n", ["Hội Liên hiệp Phụ nữ thành phố"]),
    ("6. Giao Báo và Phát thanh, Truyền hình Cần Thơ tuyên truyền.\n", ["Báo và Phát thanh, Truyền hình Cần Thơ"]),
    ("6. Cổng Thông tin điện tử tỉnh đăng tải kế hoạch.\n", ["Cổng Thông tin điện tử tỉnh"]),
    ("8. Đề nghị Liên minh Hợp tác xã tỉnh, Đoàn TNCS Hồ Chí Minh tỉnh, Hội nông dân tỉnh, Hiệp\nhội doanh nghiệp"
     " tỉnh đẩy mạnh tập huấn.\n", ["Liên minh Hợp tác xã tỉnh", "Đoàn TNCS Hồ Chí Minh tỉnh", "Hội nông dân tỉnh",
                                   "Hiệp hội doanh nghiệp tỉnh"]),
])
def test_provincial_committees_of_mass_organisations_and_media_are_agencies(text, leads):
    assert tasks(text)[0].lead == leads


def test_the_members_a_group_lists_after_gom_in_brackets_lead():
    found = parse_text("1.3. Các cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, Công Thương):\n\n"
                       "- Hướng dẫn các cơ quan thực hiện kiểm kê.\n")["tasks"]
    assert (found[0]["lead"], found[0]["lead_groups"]) == (["Sở Xây dựng", "Sở Công Thương"], [])


@pytest.mark.parametrize("text, lead", [
    ("II. NHIỆM VỤ\n\nSở Y tế tập trung thực hiện tốt một số nhiệm vụ sau đây:\n\n1. Đẩy mạnh khám bệnh.\n\n"
     "2. Hoàn thiện quy trình.\n", "Sở Y tế"),
    ("I. ĐÁNH GIÁ CHUNG\n\nThành phố đã đạt nhiều kết quả.\n\nĐể tiếp tục vận hành, thành phố Đà Nẵng cần tập trung"
     " thực hiện tốt một số nhiệm vụ sau đây:\n\n1. Đẩy mạnh tăng trưởng.\n\n2. Hoàn thiện thể chế.\n",
     "Ủy ban nhân dân thành phố Đà Nẵng"),
])
def test_the_paragraph_introducing_a_list_under_a_title_charges_its_items(text, lead):
    found = parse_text(text)["tasks"]
    assert [(t["clause"][-1], t["lead"]) for t in found] == [("1", [lead]), ("2", [lead])]


def test_a_subject_after_a_purpose_listing_many_aims_is_found():
    text = ("Để tiếp tục tháo gỡ các khó khăn, vướng mắc trong phát triển kinh tế - xã hội, giải ngân vốn đầu tư công,"
            " đạt được mục tiêu tăng trưởng 8% của Tỉnh và góp phần đạt mục tiêu tăng trưởng từ 8,3 - 8,5% của cả"
            " nước, Sở Tài chính cần tiếp tục thực hiện quyết liệt các giải pháp điều hành ngân sách.")
    assert [t["lead"] for t in parse_text(text)["tasks"]] == [["Sở Tài chính"]]


def test_a_ministry_with_its_short_form_in_brackets_asks_and_the_training_institutions_act():
    text = ("Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) đề nghị các cơ sở đào tạo trực thuộc Bộ thực hiện một số nhiệm vụ"
            " như sau:\n\nI. NHIỆM VỤ CHUNG\n\nTriển khai thực hiện các chủ trương.\n")
    assert [(t["lead"], t["lead_groups"]) for t in parse_text(text)["tasks"]] == [([], ["các cơ sở đào tạo trực thuộc Bộ"])]


def test_departments_listed_after_cac_so_colon_who_give_opinions_lead():
    [task] = parse_text("1.3.2. Các sở: Nông nghiệp và Môi trường, Xây dựng, Nội vụ có ý kiến thẩm định hồ sơ.")["tasks"]
    assert task["lead"] == ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Nội vụ"]


@pytest.mark.parametrize("text", ["Cục Thuế có ý kiến như sau:", "Cục Thuế có ý kiến để Thuế tỉnh Quảng Trị được biết./."])
def test_the_writer_giving_its_opinion_orders_nothing(text):
    assert parse_text(text)["tasks"] == []


def test_the_partners_a_group_announces_after_its_colon_support():
    [task] = parse_text("Giao Sở Y tế chủ trì, phối hợp với các đơn vị: Văn phòng UBND tỉnh và các cơ quan liên quan"
                        " công bố thủ tục.")["tasks"]
    assert task["support"] == ["Văn phòng Ủy ban nhân dân tỉnh"]


def test_later_paragraphs_of_an_item_inside_a_section_keep_its_number():
    text = ("III. VỀ CÁC KIẾN NGHỊ\n\n1. Về kiến nghị sớm ban hành Nghị quyết mới:\n\nGiao Bộ Tài chính khẩn trương hoàn"
            " thiện báo cáo.\n\nSau khi phương án được thông qua, Bộ Tài chính báo cáo Thủ tướng Chính phủ.\n")
    found = [(t["clause"], t["lead"]) for t in parse_text(text)["tasks"]]
    assert found[-1] == ("III.1", ["Bộ Tài chính"]) and {clause for clause, _ in found} == {"III.1"}


@pytest.mark.parametrize("text, lead", [
    ("Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ sau:\n\n1. Đổi mới tư duy.\n",
     "Thường trực Tỉnh ủy"),
    ("Ban Thường vụ Thành ủy Hà Nội chỉ đạo thực hiện.", "Ban Thường vụ Thành ủy Hà Nội"),
    ("Giao Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.",
     "Thường trực Hội đồng nhân dân tỉnh"),
])
def test_the_standing_bodies_of_party_committees_and_councils_are_agencies(text, lead):
    assert parse_text(text)["tasks"][0]["lead"] == [lead]


def test_the_committees_standing_members_speaking_are_still_the_issuer():
    assert [t["lead"] for t in parse_text("Thường trực UBND tỉnh yêu cầu Sở Y tế báo cáo.")["tasks"]] == [["Sở Y tế"]]


def test_a_group_narrowed_to_a_region_keeps_its_focus_provinces():
    text = ("1. Bí thư, Chủ tịch Ủy ban nhân dân các tỉnh khu\nvực Trung Bộ, nhất là các tỉnh: Khánh Hòa, Đắk Lắk tiếp"
            " tục\ntập trung chỉ đạo ứng phó mưa lũ.")
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == ["Ủy ban nhân dân tỉnh Khánh Hòa", "Ủy ban nhân dân tỉnh Đắk Lắk"]
    assert task["lead_groups"] == ["Chủ tịch Ủy ban nhân dân các tỉnh khu vực Trung Bộ"]


def test_the_writer_announcing_its_notice_orders_nothing():
    assert parse_text("Văn phòng Chính phủ xin trân trọng thông báo./.")["tasks"] == []


def test_a_heading_printed_on_the_line_after_its_number_names_the_lead():
    found = tasks("*1.2.\nSở Tài chính - Cơ quan thường trực Ban Chỉ đạo*\n\n- Tuyên truyền, phổ biến quy định."
                  "\n\n- Tham mưu triển khai kế hoạch kiểm kê.\n")
    assert [(t.clause, t.lead) for t in found] == [("1.2", ["Sở Tài chính"]), ("1.2", ["Sở Tài chính"])]


def test_a_number_in_a_table_cell_does_not_take_the_next_cell_as_its_heading():
    rows = "**I. Bộ, ngành**\n|\n|\n1.\n|\nBộ Tư pháp\n|\n30\n|\n12\n|\n|\n2.\n|\nBộ Y tế\n|\n12\n|\n8\n|\n"
    assert tasks(rows) == []


def test_the_provinces_branches_of_national_bodies_are_agencies():
    found = tasks("6. Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa\nán nhân dân tỉnh, Thuế tỉnh, Kiểm toán nhà nước khu vực"
                  " II, Kho bạc nhà nước\nkhu vực XI, Chi cục Hải quan khu vực XI tăng cường công tác bảo mật.\n")
    assert found[0].lead == ["Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh", "Thuế tỉnh",
                             "Kiểm toán nhà nước khu vực II", "Kho bạc nhà nước khu vực XI",
                             "Chi cục Hải quan khu vực XI"]


@pytest.mark.parametrize("text, lead", [
    ("2. Công an thành phố chủ trì, phối hợp bảo đảm an ninh.\n", "Công an thành phố"),
    ("2. Giao Công an thành phố Hà Nội chủ trì bảo đảm an ninh.\n", "Công an thành phố Hà Nội"),
    ("2. Đề nghị Thuế tỉnh Tây\nNinh khẩn trương báo cáo.\n", "Thuế tỉnh Tây Ninh"),
    ("2. Báo và Phát thanh, Truyền hình thành phố tuyên truyền rộng rãi.\n",
     "Báo và Phát thanh, Truyền hình thành phố"),
])
def test_a_branch_named_by_its_level_takes_the_place_that_follows_up_to_the_verb(text, lead):
    assert tasks(text)[0].lead == [lead]


def test_the_agencies_a_group_announces_in_brackets_lead_instead_of_it():
    found = tasks("1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên):\n\n"
                  "a) Tiếp nhận hồ sơ đề xuất dự án.\n")
    assert (found[0].lead, found[0].lead_groups) == (["Sở Tài chính", "Ban quản lý Khu Kinh tế Phú Yên"], [])


@pytest.mark.parametrize("text", ["Các cơ quan liên quan (nếu có) chủ trì thực hiện.",
                                  "Các sở, ngành (trừ Sở Tài chính và các cơ quan khác) chủ trì thực hiện."])
def test_brackets_after_a_group_that_name_no_members_leave_the_group(text):
    [task] = tasks(text)
    assert task.lead == [] and task.lead_groups


def test_people_committee_of_a_named_province_is_addressed_not_the_issuer():
    found = tasks("(1) Sở Y tế lập danh sách.\n(2) Ủy ban nhân dân tỉnh Hòa Bình theo dõi tiến độ thi công.\n")
    assert found[1].lead == ["Ủy ban nhân dân tỉnh Hòa Bình"]


def test_block_led_only_by_the_provinces_yields_a_task_with_a_group_lead():
    found = tasks("Để phòng chống bão, Thủ tướng Chính phủ yêu cầu:\n"
                  "1. Sở Y tế chuẩn bị thuốc men.\n"
                  "2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo rà soát đê điều.\n")
    assert found[1].clause == "2"
    assert found[1].lead == []
    assert found[1].lead_groups == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_subject_after_an_opening_clause_of_ground_or_condition_leads():
    found = tasks("1. Căn cứ tình hình thực tế, Sở Tài chính bố trí kinh phí.\n"
                  "2. Trong quá trình thực hiện, nếu có vướng mắc, Sở Y tế báo cáo kịp thời.\n")
    assert [t.lead for t in found] == [["Sở Tài chính"], ["Sở Y tế"]]


def test_bare_giao_heading_over_dash_items_is_not_a_task_itself():
    found = tasks("1. Giao Sở Y tế và\nSở Tài chính\n- Lập kế hoạch tiêm chủng.\n- Báo cáo kết quả hằng tháng.\n")
    assert [t.text for t in found] == ["Lập kế hoạch tiêm chủng.", "Báo cáo kết quả hằng tháng."]
    assert all(t.lead == ["Sở Y tế", "Sở Tài chính"] for t in found)


def test_recipients_and_addressees_lists_are_not_tasks():
    text = ("Kính gửi:\n- Sở Y tế;\n- Các sở, ban, ngành.\n"
            "1. Sở Tài chính bố trí kinh phí.\n"
            "Nơi nhận:\n- Như trên;\n- Các sở, ban, ngành cấp tỉnh;\n- Lưu: VT.\n")
    assert [(t.clause, t.lead) for t in tasks(text)] == [("1", ["Sở Tài chính"])]


def test_recipients_after_noi_nhan_read_by_ocr_without_its_horn_are_not_tasks():
    text = ("1. Sở Tài chính bố trí kinh phí.\n"
            "Noi nhận: - BỘ TRƯỞNG\n- Các Bộ, cơ quan: Công an, Tài chính;\n- Lưu: VT.\nTrần Văn Sơn\n")
    assert [(t.clause, t.lead) for t in tasks(text)] == [("1", ["Sở Tài chính"])]


def test_yeu_cau_after_an_agency_is_its_verb_not_part_of_its_name():
    [task] = tasks("Tổng cục Thuế yêu cầu Cục trưởng Cục Thuế tỉnh Hòa Bình rà soát kế hoạch thanh tra.")
    assert task.lead == ["Cục Thuế tỉnh Hòa Bình"]


def test_telegram_addressee_list_wrapped_over_lines_is_not_a_task():
    text = ("THỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân các tỉnh,\nthành phố;\n- Sở Y tế.\n"
            "Mưa lớn kéo dài gây ngập. Thủ tướng Chính phủ yêu cầu:\n1. Sở Tài chính bố trí kinh phí.\n")
    assert [(t.clause, t.lead) for t in tasks(text)] == [("1", ["Sở Tài chính"])]


def test_kind_of_organisation_after_a_group_stays_in_the_group():
    found = tasks("Các sở, ban, ngành, tổ chức chính trị - xã hội chủ động bố trí nguồn vốn.")
    assert found[0].lead_groups == ["Các sở, ban, ngành, tổ chức chính trị - xã hội"]


def test_dash_items_inside_numbered_items_do_not_close_them_after_a_dash_address_list():
    text = "Kính gửi:\n- Sở Y tế.\n1. Mục một\n1.1. Việc một\n- Ý một\n1.2. Việc hai\n2. Mục hai\n"
    clauses = [b.clause for b in split_blocks(text) if b.kind in ("num", "multi")]
    assert clauses == ["1", "1.1", "1.2", "2"]


def test_unknown_agency_name_runs_through_lower_case_syllables_between_proper_words():
    found = tasks("Giao Sở Y tế chủ trì, phối hợp với Trung tâm Chuyển đổi số Thành phố lập bản đồ số.")
    assert found[0].support == ["Trung tâm Chuyển đổi số Thành phố"]


def test_bare_giao_heading_ending_in_a_few_words_of_its_group_is_not_a_task_itself():
    found = tasks("1. Giao Ủy ban nhân dân các xã, phường,\nthị trấn\n- Lập danh sách hộ nghèo.\n- Báo cáo kết quả.\n")
    assert [t.text for t in found] == ["Lập danh sách hộ nghèo.", "Báo cáo kết quả."]


# The fast scans below stand in for a pattern run at every offset; they must find exactly what it finds.
_LAYOUT = (
    "Kính gửi:\n- Sở Y tế;\n- Sở Tài chính.\nx 1. ghi chú: a\n**1.** Sở Y tế\na) Rà soát;\n  - việc một\n"
    "Điều 2. Giao Sở Tư pháp:\nII. Tổ chức thực hiện\nNơi nhận:\n- Như trên;\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n"
)


@pytest.mark.parametrize("start", range(0, len(_LAYOUT), 7))
def test_marker_lines_are_those_the_multiline_pattern_finds(start):
    from chidao.text.blocks import MARKER, _markers

    expected = [m.span() for m in MARKER.finditer(_LAYOUT, start, len(_LAYOUT))]
    assert [m.span() for m in _markers(_LAYOUT, start, len(_LAYOUT))] == expected


@pytest.mark.parametrize("start", range(0, len(_LAYOUT), 5))
def test_address_heads_are_those_the_multiline_pattern_finds(start):
    from chidao.text.assignments import _ADDRESS_HEAD, _address_heads

    expected = [m.span() for m in _ADDRESS_HEAD.finditer(_LAYOUT, start, len(_LAYOUT))]
    assert [m.span() for m in _address_heads(_LAYOUT, start, len(_LAYOUT))] == expected
    assert expected or start > _LAYOUT.index("THỦ")


@pytest.mark.parametrize("name", [
    "Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh", "Toà án nhân dân tỉnh", "Kho bạc nhà nước khu vực XI",
    "Ngân hàng nhà nước khu vực 8", "Kiểm toán nhà nước khu vực II", "Bảo hiểm xã hội thành phố", "Công an tỉnh",
    "Thanh tra tỉnh", "Thuế tỉnh", "Chi cục Hải quan khu vực XI", "Hải quan khu vực III",
    "Cục Quản lý thị trường tỉnh", "Bộ Chỉ huy quân sự tỉnh", "Đài Phát thanh và Truyền hình tỉnh",
    "Cổng Thông tin điện tử tỉnh", "Hội Liên hiệp Phụ nữ thành phố", "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh",
    "Liên đoàn Lao động tỉnh", "Hiệp hội Doanh nghiệp tỉnh", "Liên minh Hợp tác xã tỉnh",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Đoàn TNCS Hồ Chí Minh tỉnh", "Báo và Phát thanh, Truyền hình tỉnh",
])
def test_every_branch_of_a_national_body_passes_both_first_word_filters(name):
    from chidao.text.pattern_names import _BRANCH, BRANCH_FIRST, UNKNOWN_PREFIXES, unknown_agency_at

    assert _BRANCH.fullmatch(name), name
    assert name.startswith(BRANCH_FIRST) and name.startswith(UNKNOWN_PREFIXES), name
    assert unknown_agency_at(name, 0, len(name)).name == name


def test_every_unknown_agency_head_starts_with_a_listed_prefix():
    from chidao.text.pattern_names import UNKNOWN_HEAD, UNKNOWN_PREFIXES

    heads = ("Ủy ban nhân dân tỉnh", "Uỷ ban nhân dân thành phố", "UBND tỉnh", "Bộ Chỉ huy",
             "Bộ Tư lệnh", "Công an", "Tập đoàn", "Tổng công ty", "Công ty", "Văn phòng", "Thanh tra", "Kho bạc",
             "Ngân hàng", "Bảo hiểm xã hội", "Trung tâm", "Chi cục", "Tổng cục", "Cục", "Sở", "Bộ", "Ban",
             "Viện", "Học viện", "Đại học", "Trường", "Liên đoàn", "Tòa án", "Viện kiểm sát", "Cảng vụ", "Báo",
             "Ủy ban", "Uỷ ban", "Thông tấn xã", "Đài truyền hình", "Đài Phát thanh và Truyền hình", "Đài Tiếng nói")
    for head in heads:
        assert UNKNOWN_HEAD.match(head + " X"), head
        assert head.startswith(UNKNOWN_PREFIXES), head
    # A Deputy Prime Minister is a person charged with a task, not an agency (the spec's `lead`).
    for other in ("Chủ tịch", "Thủ trưởng", "các sở", "Giám đốc", "Phó Thủ tướng"):
        assert not other.startswith(UNKNOWN_PREFIXES) and not UNKNOWN_HEAD.match(other)


@pytest.mark.parametrize("pattern, first, phrases", [
    ("_CONNECTOR", "_CONNECTOR_FIRST", "và|cùng|đề nghị|thủ trưởng|chủ tịch|phó chủ tịch|giám đốc|bộ trưởng"
     "|tổng giám đốc|tổng biên tập|lãnh đạo|người đứng đầu|trưởng ban|bí thư tỉnh ủy|bí thư|thống đốc|đồng chí"
     "|thứ trưởng|chánh|cục trưởng|chỉ huy trưởng|trưởng|*|,|;"),
    ("_LEAD_IN", "_LEAD_IN_FIRST", "theo đó|đồng thời|ngoài ra|trong đó|bên cạnh đó|mặt khác|trên cơ sở đó|cụ thể"
     "|mới đây,|tại công văn số 12/ubnd-kt,|theo văn bản 8.256/2019,|(glo)-"),
    ("IMPERATIVE", "_IMPERATIVE_FIRST", "giao |yêu cầu |đề nghị cho "),
])
def test_first_character_filters_let_every_alternative_through(pattern, first, phrases):
    from chidao.text import subjects

    regex, allowed = getattr(subjects, pattern), getattr(subjects, first)
    for phrase in phrases.split("|"):
        for variant in (phrase, phrase.capitalize(), phrase.upper()):
            assert regex.match(variant + " x"), variant
            assert variant[0].lower() in allowed, variant


@pytest.mark.parametrize("phrase", [
    "phó chủ tịch ubnd tỉnh", "chủ tịch ủy ban nhân dân tỉnh", "thường trực hđnd tỉnh", "uỷ ban nhân dân thành phố",
    "hội đồng nhân dân tỉnh", "thủ tướng chính phủ", "thủ tướng", "chính phủ", "ban thường vụ tỉnh ủy", "tỉnh uỷ",
    "lãnh đạo tỉnh", "ông Nguyễn Hồng Quang", "bà Lê Thị Hoa", "đồng chí Trần Văn Nam",
])
def test_the_issuers_first_two_letters_let_every_alternative_through(phrase):
    from chidao.text import subjects

    for variant in (phrase, phrase[0].upper() + phrase[1:]):
        assert subjects._ISSUER.match(variant + " giao x"), variant
        assert variant[:2].lower() in subjects._ISSUER_STARTS, variant


@pytest.mark.parametrize("phrase", ["Tỉnh Hòa Bình giao", "Văn bản yêu cầu", "Kế hoạch này yêu cầu",
                                    "UBND huyện Bảo Lâm giao", "Thông báo yêu cầu", "Quyết định giao"])
def test_the_issuers_first_two_letters_let_the_province_its_letter_and_a_district_through(phrase):
    from chidao.text import subjects

    assert subjects._ISSUER.match(phrase + " x"), phrase
    assert phrase[:2].lower() in subjects._ISSUER_STARTS, phrase


def test_everyone_named_in_the_execution_article_leads_it():
    text = ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở: Y tế, Tài chính; Chủ tịch Ủy ban "
            "nhân dân các xã, phường và đặc khu; Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm "
            "thi hành Quyết định này./.")
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Y tế", "Sở Tài chính"]
    assert "Thủ trưởng các cơ quan, đơn vị liên quan" in task["lead_groups"]


def test_district_peoples_committees_without_names_are_a_group():
    [task] = parse_text("Chủ tịch Ủy ban nhân dân huyện, thành phố chỉ đạo rà soát ngay.")["tasks"]
    assert task["lead"] == [] and task["lead_groups"] == ["Ủy ban nhân dân huyện, thành phố"]


def test_named_actors_lead_though_an_unnamed_last_one_follows_va():
    text = ("4. Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam và hệ thống các cơ quan báo chí phối hợp "
            "với các cơ quan chức năng tăng cường tuyên truyền.")
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == ["Đài Truyền hình Việt Nam", "Thông tấn xã Việt Nam"]


def test_a_past_or_passive_tail_after_va_is_not_an_order():
    assert parse_text("Bộ Công an và lực lượng chức năng đã phối hợp xử lý.")["tasks"] == []
    assert parse_text("Sở Y tế và ngày hội được tổ chức tại tỉnh.")["tasks"] == []


def test_an_item_naming_its_lead_in_brackets_is_led_by_it():
    text = ("6. Tăng cường công tác bảo vệ bí mật nhà nước (Giao Công an tỉnh chủ trì, phối hợp với "
            "Sở Tư pháp thực hiện).")
    [task] = parse_text(text)["tasks"]
    assert (task["lead"], task["support"], task["clause"]) == (["Công an tỉnh"], ["Sở Tư pháp"], "6")


def test_a_heading_whose_list_of_actors_wraps_onto_a_second_line_still_heads_its_items():
    text = ("2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ,\nChủ tịch Ủy ban nhân dân các tỉnh, thành phố\n"
            "a) Khẩn trương rà soát thủ tục.\nb) Báo cáo kết quả.\n")
    tasks = parse_text(text)["tasks"]
    assert [t["clause"] for t in tasks] == ["2.a", "2.b"]
    assert tasks[0]["lead_groups"][-1] == "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"


def test_actors_the_finders_do_not_name_before_the_verb_do_not_hide_the_named_ones():
    text = ("1. Thủ trưởng các cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung "
            "ương, Chủ tịch Hội đồng thành viên các tập đoàn nhà nước chỉ đạo rà soát.")
    [task] = parse_text(text)["tasks"]
    assert len(task["lead_groups"]) == 2


def test_an_unknown_agencys_name_runs_over_plain_words_up_to_its_verb():
    [task] = parse_text("Ban Chỉ huy Phòng thủ dân sự tỉnh chủ trì tổ chức diễn tập.")["tasks"]
    assert task["lead"] == ["Ban Chỉ huy Phòng thủ dân sự tỉnh"]
    [task] = parse_text("6. Giao Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia theo dõi, đôn đốc.")["tasks"]
    assert task["lead"] == ["Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia"]


def test_an_unknown_agencys_name_does_not_swallow_its_predicate():
    [task] = parse_text("Ngân hàng Nhà nước Việt Nam điều hành lãi suất phù hợp.")["tasks"]
    assert task["lead"] == ["Ngân hàng Nhà nước Việt Nam"]


def test_a_heading_giving_work_to_actors_over_several_lines_leads_its_items():
    text = ("1. Giao người đứng đầu các cơ quan chuyên môn,\ncác đơn vị sự nghiệp công lập; Chủ tịch "
            "Ủy ban nhân dân các xã, phường\n- Rà soát dữ liệu cán bộ.\n- Báo cáo kết quả.\n")
    tasks = parse_text(text)["tasks"]
    assert [t["text"] for t in tasks] == ["Rà soát dữ liệu cán bộ.", "Báo cáo kết quả."]
    assert "Chủ tịch Ủy ban nhân dân các xã, phường" in tasks[0]["lead_groups"]


def test_a_past_order_of_the_issuer_is_not_a_task():
    text = "Trong đó, Chủ tịch Ủy ban nhân dân Thành phố đã chỉ đạo các cơ quan, đơn vị hoàn thành việc cập nhật."
    assert parse_text(text)["tasks"] == []


def test_a_fresh_order_reported_with_vua_is_a_task():
    [task] = parse_text("UBND tỉnh vừa yêu cầu Sở Y tế tăng cường kiểm tra an toàn thực phẩm.")["tasks"]
    assert task["lead"] == ["Sở Y tế"]


def test_group_names_lose_their_markdown_emphasis():
    [task] = parse_text("Yêu cầu Chủ tịch** **Ủy ban nhân dân các xã, phường triển khai ngay.")["tasks"]
    assert task["lead_groups"] == ["Chủ tịch Ủy ban nhân dân các xã, phường"]


def test_a_reply_or_a_notice_to_a_company_is_not_a_task():
    assert parse_text("Cục Thuế thông báo để Công ty biết và thực hiện.")["tasks"] == []
    assert parse_text("Cục Thuế xin trả lời như sau: công ty kê khai theo quy định.")["tasks"] == []


def test_an_order_after_its_topic_and_a_colon_is_found():
    [task] = parse_text("5. Về công tác cứu hộ: Giao Bộ Quốc phòng chủ trì, phối hợp với Bộ Công an.")["tasks"]
    assert (task["lead"], task["support"]) == (["Bộ Quốc phòng"], ["Bộ Công an"])


def test_ministries_listed_after_cac_bo_co_quan_each_lead():
    [task] = parse_text("8. Các Bộ, cơ quan: Tài chính, Xây dựng khẩn trương hướng dẫn.")["tasks"]
    assert task["lead"] == ["Bộ Tài chính", "Bộ Xây dựng"]


def test_a_numbered_point_with_a_letter_keeps_the_letter_in_its_clause():
    text = "2.1.a. Thành lập Ban Chỉ đạo.\n2.1.b. Sở Y tế rà soát.\n"
    assert [b.clause for b in split_blocks(text) if b.kind] == ["2.1.a", "2.1.b"]


def test_a_department_of_a_ministry_is_an_agency_with_its_full_name():
    [task] = parse_text("Vụ Tổ chức cán bộ chủ trì, phối hợp với Văn phòng Bộ rà soát.")["tasks"]
    assert task["lead"] == ["Vụ Tổ chức cán bộ"]


def test_a_name_holding_a_verb_like_word_is_not_cut_there():
    [task] = parse_text("Tập đoàn Công nghiệp - Viễn thông Quân đội chủ trì bảo đảm thông tin.")["tasks"]
    assert task["lead"] == ["Tập đoàn Công nghiệp - Viễn thông Quân đội"]


def test_items_of_a_dated_intro_carry_its_deadline_when_they_are_its_own_work():
    text = ("b) Các Bộ: Tài chính, Y tế khẩn trương khắc phục các bất cập, hoàn thành trong tháng 11 năm 2025, "
            "cụ thể:\n(1) Bộ Tài chính giải quyết các vấn đề tồn đọng.\n(2) Bộ Y tế nâng cấp hệ thống.\n"
            "(3) Bộ Công an hỗ trợ kết nối dữ liệu.\n")
    dates = [(t["lead"], (t["deadline"] or {}).get("date")) for t in parse_text(text)["tasks"]]
    assert dates == [(["Bộ Tài chính"], "2025-11-30"), (["Bộ Y tế"], "2025-11-30"), (["Bộ Công an"], None)]


def test_a_topic_wrapped_over_lines_before_its_order_is_passed_over():
    text = ("1. Về hỗ trợ kinh phí thực hiện dự án Bệnh án điện\ntử tại các cơ sở y tế: Giao Bộ Tài chính chủ trì, "
            "phối hợp với Bộ Y tế nghiên cứu.")
    [task] = parse_text(text)["tasks"]
    assert (task["lead"], task["support"]) == (["Bộ Tài chính"], ["Bộ Y tế"])


@pytest.mark.parametrize(("text", "group"), [
    ("Yêu cầu các sở, ban, ngành trực thuộc UBND tỉnh triển khai.", "các sở, ban, ngành trực thuộc UBND tỉnh"),
    ("Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm Đồng chỉ đạo sơ tán dân.",
     "Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm Đồng"),
])
def test_a_group_keeps_the_words_that_narrow_it_down(text, group):
    [task] = parse_text(text)["tasks"]
    assert task["lead_groups"] == [group]


def test_a_later_paragraph_of_an_article_keeps_the_articles_clause():
    text = ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\nChánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế "
            "chịu trách nhiệm thi hành Quyết định này./.")
    [task] = parse_text(text)["tasks"]
    assert (task["clause"], task["lead"]) == ("Điều 3", ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Y tế"])


def test_an_article_number_wrapped_onto_the_next_line_is_still_an_article():
    assert [b.clause for b in split_blocks("**Điều\n4. **Sở Y tế thực hiện.\n") if b.kind] == ["Điều 4"]


def test_an_unknown_name_runs_on_after_va_to_its_capitalised_rest():
    [task] = parse_text("3. Cục Phát thanh truyền hình và Thông tin điện tử chủ trì rà soát.")["tasks"]
    assert task["lead"] == ["Cục Phát thanh truyền hình và Thông tin điện tử"]


def test_an_article_number_followed_by_bold_markup_is_an_article():
    [task] = parse_text("**Điều 2**. Sở Công Thương có trách nhiệm rà soát quy trình. Hoàn thành trước ngày 21/11/2025.")["tasks"]
    assert (task["clause"], task["lead"], task["deadline"]["date"]) == ("Điều 2", ["Sở Công Thương"], "2025-11-21")


def test_an_order_on_the_line_after_nhu_sau_is_found():
    text = "Phó Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:\nBộ Tư pháp chủ trì, phối hợp với Bộ Công an nghiên cứu."
    [task] = parse_text(text)["tasks"]
    assert (task["lead"], task["support"]) == (["Bộ Tư pháp"], ["Bộ Công an"])


def test_a_proper_name_goes_on_after_plain_words_inside_an_agencys_name():
    [task] = parse_text("Ban Quản lý Khu kinh tế mở Chu Lai chủ trì thực hiện.")["tasks"]
    assert task["lead"] == ["Ban Quản lý Khu kinh tế mở Chu Lai"]


@pytest.mark.parametrize("text", [
    "Điều 3. Thủ trưởng các cơ quan: Văn phòng UBND tỉnh, Sở Y tế, Sở Tài chính; Chủ tịch UBND các xã, phường "
    "và các tổ chức, cá nhân liên quan căn cứ Quyết định thi hành./.",
    "Các ông, bà: Chánh văn phòng Ủy\nban nhân dân tỉnh; Giám đốc Sở Y tế; Giám đốc Sở Tài chính chịu trách\n"
    "nhiệm thi hành Quyết định này./.",
    "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế, Giám đốc Sở Tài chính chịu trách nhiệm tổ chức thực hiện "
    "Quyết định này.",
])
def test_the_execution_article_in_its_other_wordings(text):
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Y tế", "Sở Tài chính"]
    assert not any(group.startswith("Thủ trưởng các cơ quan") for group in task["lead_groups"])


def test_an_office_printed_without_its_capital_after_its_heads_title_is_still_found():
    found = parse_text("Chánh thanh tra tỉnh, Chánh văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này.")
    assert found["tasks"][0]["lead"] == ["Thanh tra tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"]
    assert [a["as_printed"] for a in found["agencies"]] == ["thanh tra tỉnh", "văn phòng UBND tỉnh"]


@pytest.mark.parametrize(("text", "lead"), [
    ("Do vậy, đề nghị Thuế tỉnh Gia Lai căn cứ các quy định nêu trên để thực hiện.", "Thuế tỉnh Gia Lai"),
    ("Đề nghị Thuế thành phố Hà Nội xử lý theo quy định.", "Thuế thành phố Hà Nội"),
    ("Vì vậy, Hải quan khu vực III hướng dẫn doanh nghiệp.", "Hải quan khu vực III"),
])
def test_the_tax_and_customs_offices_of_2025_are_agencies(text, lead):
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == [lead]


@pytest.mark.parametrize("text", [
    "Cục Thuế sẽ tổng hợp ý kiến, báo cáo Bộ Tài chính.",
    "Cục Thuế ghi nhận kiến nghị của Công ty.",
    "Bộ Lao động - Thương binh và Xã hội nhận được Công văn số 1879/UBND-VX của Ủy ban nhân dân tỉnh.",
])
def test_what_the_issuer_will_do_notes_or_received_is_not_an_order(text):
    assert parse_text(text)["tasks"] == []


def test_an_article_headed_by_an_agency_with_its_duties_gives_one_task_per_duty():
    text = ("Điều 4. Sở Y tế có nhiệm vụ\n\n1. Thẩm tra dự toán kinh phí.\n\n2. Tổng hợp báo cáo quyết toán.\n\n"
            "Điều 5. Kho bạc Nhà nước Thành phố, Kho bạc Nhà nước quận - huyện có nhiệm vụ\n\n"
            "1. Hướng dẫn mở tài khoản.\n\n2. Kiểm soát chi.")
    found = [(t["clause"], t["lead"], t["lead_groups"]) for t in parse_text(text)["tasks"]]
    assert found == [("Điều 4.1", ["Sở Y tế"], []), ("Điều 4.2", ["Sở Y tế"], []),
                     ("Điều 5.1", ["Kho bạc Nhà nước Thành phố"], ["Kho bạc Nhà nước quận - huyện"]),
                     ("Điều 5.2", ["Kho bạc Nhà nước Thành phố"], ["Kho bạc Nhà nước quận - huyện"])]


@pytest.mark.parametrize("text", [
    "Phó Thủ tướng Nguyễn Thiện Nhân yêu cầu Bộ Y tế khẩn trương hoàn thành việc ban hành Thông tư.",
    "Thủ tướng Chính phủ Phạm Minh Chính yêu cầu Bộ Y tế chủ trì tổng kết.",
])
def test_a_prime_minister_named_in_full_charges_whom_he_asks(text):
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == ["Bộ Y tế"]


@pytest.mark.parametrize(("text", "group"), [
    ("Điều 6. Ủy ban nhân dân quận - huyện có nhiệm vụ\n\n1. Chỉ đạo việc chi trả.", "Ủy ban nhân dân quận - huyện"),
    ("Điều 8. Ủy ban nhân dân phường - xã, thị trấn có nhiệm vụ\n\n1. Lập danh sách.",
     "Ủy ban nhân dân phường - xã, thị trấn"),
    ("Điều 7. Phòng Lao động - Thương binh và Xã hội quận - huyện có nhiệm vụ\n\n1. Chỉ đạo.",
     "Phòng Lao động - Thương binh và Xã hội quận - huyện"),
])
def test_every_districts_or_wards_office_is_a_group_that_leads(text, group):
    [task] = parse_text(text)["tasks"]
    assert (task["lead"], task["lead_groups"]) == ([], [group])


@pytest.mark.parametrize(("text", "lead", "groups"), [
    ("Cục Thuế trả lời để Thuế tỉnh Hà Tĩnh biết và căn cứ\nhồ sơ cụ thể để thực hiện theo quy định./.",
     ["Thuế tỉnh Hà Tĩnh"], []),
    ("Cục Thuế thông báo để các Thuế tỉnh, thành phố biết\nvà thực hiện./.", [], ["các Thuế tỉnh, thành phố"]),
])
def test_a_reply_that_also_asks_its_addressee_to_act_is_a_task(text, lead, groups):
    [task] = parse_text(text)["tasks"]
    assert (task["lead"], task["lead_groups"]) == (lead, groups)


@pytest.mark.parametrize("text", [
    "Cục Thuế trả lời để Thuế tỉnh Gia Lai biết./.",
    "Cục trưởng Cục Hải quan thông báo để Công ty\nTNHH Giải trí Minh An biết và\nthực hiện./.",
])
def test_a_reply_that_only_informs_or_answers_a_company_is_no_task(text):
    assert parse_text(text)["tasks"] == []


def test_who_asks_is_not_who_acts():
    text = "Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo thực hiện."
    [task] = parse_text(text)["tasks"]
    assert (task["lead"], task["lead_groups"]) == ([], ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"])


def test_a_request_after_the_grounds_of_a_long_opening_sentence_is_found():
    text = ("Theo nội dung nêu tại công văn số 4814/CCTKV.05-TTKT3 ngày 30/06/2025 của Thuế thành phố Hải Phòng thì "
            "Công ty đang trong quá\ntrình thanh tra thuế, do đó đề nghị Thuế thành phố Hải Phòng đối chiếu các quy "
            "định để xử lý.")
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == ["Thuế thành phố Hải Phòng"]


PLAN = """Ban Chỉ đạo tỉnh xây dựng kế hoạch thực hiện như sau:

A. MỤC ĐÍCH, YÊU CẦU

1. Sở Y tế nâng cao nhận thức của cán bộ.

B. NỘI DUNG, NHIỆM VỤ

I. CÔNG TÁC TUYÊN TRUYỀN

1. Nội dung, biện pháp

a) Tổ chức hội nghị quán triệt.

b) Lập chuyên mục trên báo.

2. Cơ quan chủ trì, phối hợp

a) Cơ quan chủ trì

- Sở Y tế.

- Các sở, ngành liên quan.

b) Cơ quan phối hợp

- Sở Tài chính.

3. Thời gian thực hiện: Tháng 12/2025 và thường xuyên.
"""


def test_a_plan_section_that_names_its_doers_apart_is_one_task_under_its_part():
    found = [(t["clause"], t["lead"], t["lead_groups"], t["support"], (t["deadline"] or {}).get("date"))
             for t in parse_text(PLAN)["tasks"]]
    assert found == [("B.I", ["Sở Y tế"], ["Các sở, ngành liên quan"], ["Sở Tài chính"], "2025-12-31")]


def test_lettered_parts_in_capitals_head_the_roman_sections():
    blocks = split_blocks(PLAN)
    assert [b.clause for b in blocks if b.kind in ("part", "roman")] == ["A", "B", "B.I"]
    assert [b.kind for b in split_blocks("Kính gửi\nA. Nguyễn Văn B, Trưởng phòng\n")] == [None]


def test_a_steering_committee_known_by_its_number_keeps_it():
    [task] = parse_text("Ban Chỉ đạo quốc gia 1237 chủ trì tổng kết việc thực hiện.")["tasks"]
    assert task["lead"] == ["Ban Chỉ đạo quốc gia 1237"]


@pytest.mark.parametrize(("text", "lead", "groups"), [
    ("Cục Kinh tế - Quản lý đầu tư xây dựng, Cục Kết cấu hạ tầng xây dựng chủ trì rà soát.",
     ["Cục Kinh tế - Quản lý đầu tư xây dựng", "Cục Kết cấu hạ tầng xây dựng"], []),
    ("Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia theo dõi, đôn đốc.",
     ["Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia"], []),
    ("Ban Chỉ đạo các tỉnh chủ trì tổ chức.", [], ["Ban Chỉ đạo các tỉnh"]),
    ("Ban Quản lý các khu công nghiệp tỉnh chủ trì.", ["Ban Quản lý các khu công nghiệp tỉnh"], []),
    ("Ngân hàng Chính sách xã hội và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này.",
     ["Ngân hàng Chính sách xã hội"], ["Thủ trưởng các cơ quan liên quan"]),
])
def test_names_the_registry_does_not_know_end_where_the_name_does(text, lead, groups):
    [task] = parse_text(text)["tasks"]
    assert (task["lead"], task["lead_groups"]) == (lead, groups)


def test_a_verb_after_a_name_is_not_part_of_it():
    [task] = parse_text("Sở Y tế phối hợp với Trung tâm Chuyển đổi số Thành phố xây dựng, vận hành hệ thống.")["tasks"]
    assert task["support"] == ["Trung tâm Chuyển đổi số Thành phố"]


def test_a_citys_own_committee_and_mass_organisations_are_agencies_in_its_documents():
    text = ("1. Đối với Ủy ban nhân dân các cấp\n\n1.1. Ủy ban nhân dân Thành phố:\n\n- Chỉ đạo các sở.\n\n"
            "3. Đề nghị Hội Liên hiệp Phụ nữ Thành phố, "
            "Hội Cựu chiến binh Thành phố, Thành Đoàn phát động các cuộc vận động.")
    found = [(t["clause"], t["lead"]) for t in parse_text(text)["tasks"]]
    assert found == [("1.1", ["Ủy ban nhân dân Thành phố"]),
                     ("3", ["Hội Liên hiệp Phụ nữ Thành phố", "Hội Cựu chiến binh Thành phố", "Thành Đoàn"])]


def test_a_city_committee_named_in_full_is_charged_not_speaking():
    [task] = parse_text("Ủy ban nhân dân Thành phố Hồ Chí Minh chỉ đạo các sở rà soát.")["tasks"]
    assert task["lead"] == ["Ủy ban nhân dân Thành phố Hồ Chí Minh"]


def test_a_conference_is_not_an_agency():
    assert parse_text("Hội nghị Trung ương chỉ đạo tổng kết.")["tasks"] == []



def test_a_topic_heading_on_its_own_lines_then_the_order():
    [task] = parse_text("1. Về thuế giá trị gia\ntăng\nĐề nghị Thuế tỉnh Ninh Bình căn cứ quy định để xử lý.")["tasks"]
    assert (task["clause"], task["lead"]) == ("1", ["Thuế tỉnh Ninh Bình"])


def test_a_name_with_a_tight_hyphen_is_one_name():
    [task] = parse_text("(i) Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam khẩn trương hoàn thành.")["tasks"]
    assert task["lead"] == ["Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam"]


def test_every_committee_of_a_level_heading_its_items_is_a_group():
    found = [(t["clause"], t["lead_groups"]) for t in parse_text("4. UBND cấp huyện\n\na) Niêm yết.\n\nb) Kiểm tra.")["tasks"]]
    assert found == [("4.a", ["UBND cấp huyện"]), ("4.b", ["UBND cấp huyện"])]


def test_later_paragraphs_of_a_hard_wrapped_article_with_their_own_subject_are_their_own_tasks():
    text = ("Điều 3. Sở Y tế có trách nhiệm tổ chức\nniêm yết công khai theo quy định.\n"
            "Văn phòng Ủy ban nhân dân tỉnh\ncó trách nhiệm chủ trì cập nhật dữ liệu.\nĐiều 4. Quyết định có hiệu lực.")
    found = [(t["clause"], t["lead"]) for t in parse_text(text)["tasks"]]
    assert found[:2] == [("Điều 3", ["Sở Y tế"]), ("Điều 3", ["Văn phòng Ủy ban nhân dân tỉnh"])]


def test_items_numbered_with_small_roman_numerals_in_brackets_are_each_a_task():
    text = ("b) Về tiến độ:\n(i) Bộ Công Thương chỉ đạo rà soát.\n(ii) Bộ Xây dựng hướng dẫn thủ tục.\n"
            "(iii) Ủy ban nhân dân tỉnh Đồng Nai bàn giao mặt bằng.\n")
    found = [(t["clause"], t["lead"]) for t in parse_text(text)["tasks"]]
    assert found == [("b.(i)", ["Bộ Công Thương"]), ("b.(ii)", ["Bộ Xây dựng"]),
                     ("b.(iii)", ["Ủy ban nhân dân tỉnh Đồng Nai"])]


def test_a_ministrys_execution_article_names_its_units_whole():
    text = ("Điều 3. Chánh Văn phòng Bộ, Cục trưởng Cục Quản lý khám, chữa bệnh, Vụ trưởng Vụ Tổ chức cán bộ, "
            "Cục trưởng Cục Hạ tầng và Thiết bị y tế, Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương "
            "và Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.")
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == ["Văn phòng Bộ", "Cục Quản lý khám, chữa bệnh", "Vụ Tổ chức cán bộ",
                            "Cục Hạ tầng và Thiết bị y tế"]
    assert task["lead_groups"] == ["Sở Y tế các tỉnh, thành phố trực thuộc Trung ương",
                                   "Thủ trưởng các đơn vị liên quan"]


def test_branch_heads_after_a_group_charge_their_branches():
    text = ("Cục Thuế đề nghị các Thuế tỉnh, thành phố, Chi Cục trưởng Chi cục Thuế doanh nghiệp lớn, Chi cục trưởng"
            " Chi cục Thuế thương mại điện tử quản lý Tổ chức chi trả thu nhập triển khai thực hiện:\n"
            "1. Tiếp tục tuyên truyền.")
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == ["Chi cục Thuế doanh nghiệp lớn", "Chi cục Thuế thương mại điện tử"]
    assert task["lead_groups"] == ["các Thuế tỉnh, thành phố"]


@pytest.mark.parametrize(("text", "lead"), [
    ("Giao Trung tâm Công báo - Tin học tỉnh đăng tải.", "Trung tâm Công báo - Tin học tỉnh"),
    ("Giao Trung tâm Chuyển đổi số tỉnh Đồng Nai đăng tải.", "Trung tâm Chuyển đổi số tỉnh Đồng Nai"),
    ("Hội Chữ thập đỏ cấp tỉnh quyết định việc hỗ trợ.", "Hội Chữ thập đỏ cấp tỉnh"),
    ("Giao Hội Nông dân tỉnh Lạng Sơn chủ trì.", "Hội Nông dân tỉnh Lạng Sơn"),
])
def test_an_unknown_agencys_name_ends_with_its_province(text, lead):
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == [lead]


def test_ministers_addressed_by_title_alone_are_every_ministry():
    text = ("1. Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ theo chức năng, nhiệm vụ"
            " trực tiếp chỉ đạo thực hiện.")
    [task] = parse_text(text)["tasks"]
    assert task["lead_groups"] == ["các Bộ", "Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ"]


def test_an_intros_own_order_before_its_turn_to_the_list_is_a_task():
    text = ("1. Các Bộ, cơ quan ngang Bộ đề cao trách nhiệm, trực tiếp chỉ đạo thực hiện đồng bộ các nhiệm vụ,"
            " giải pháp theo Nghị quyết; trong đó lưu ý thực hiện tốt một số nội dung sau:\n- Tập trung rà soát.\n"
            "- Khẩn trương báo cáo.")
    found = [(t["clause"], t["text"][:12]) for t in parse_text(text)["tasks"]]
    assert found == [("1", "Các Bộ, cơ q"), ("1", "Tập trung rà"), ("1", "Khẩn trương ")]


def test_a_later_sentence_of_an_item_naming_another_agency_is_its_own_task():
    text = ("1. Các Bộ, cơ quan ngang Bộ thực hiện các nội dung sau:\n- Tập trung rà soát. Các Bộ báo cáo kết quả.\n"
            "- Gửi Bộ Tư pháp trước ngày 05/12/2025. Trên cơ sở đó, Bộ Tư pháp tổng hợp, báo cáo Thủ tướng Chính phủ"
            " trước ngày 10/12/2025.")
    found = [(t["clause"], t["lead"], (t["deadline"] or {}).get("date")) for t in parse_text(text)["tasks"]]
    assert found == [("1", [], None), ("1", [], "2025-12-05"), ("1", ["Bộ Tư pháp"], "2025-12-10")]


def test_the_issuer_asking_in_a_later_sentence_does_not_split_the_item():
    text = ("4. Các đơn vị thực hiện các nội dung sau:\n- Rà soát thủ tục. Bộ Văn hóa, Thể thao và Du lịch yêu cầu Thủ"
            " trưởng các cơ quan tập trung nguồn lực.")
    assert len(parse_text(text)["tasks"]) == 1


def test_an_items_heading_of_duties_names_who_does_its_points():
    text = ("2. Trách nhiệm của Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\na) Chỉ đạo rà soát.\n\n"
            "b) Báo cáo định kỳ.")
    found = [(t["clause"], t["lead_groups"]) for t in parse_text(text)["tasks"]]
    assert found == [("2.a", ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
                     ("2.b", ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"])]


def test_a_time_before_the_subject_does_not_hide_it():
    [task] = parse_text("1. Trong năm 2013, Ủy ban nhân dân các tỉnh, thành phố phải thực hiện cơ bản xong.")["tasks"]
    assert task["lead_groups"] == ["Ủy ban nhân dân các tỉnh, thành phố"]


@pytest.mark.parametrize(("text", "lead"), [
    ("Giao Cục Mỹ thuật, Nhiếp ảnh và Triển lãm chủ trì thực hiện.", ["Cục Mỹ thuật, Nhiếp ảnh và Triển lãm"]),
    ("**4. Cục Xuất bản, In và Phát hành**\nKhẩn trương hoàn thiện hồ sơ.", ["Cục Xuất bản, In và Phát hành"]),
    ("Giao Vụ Pháp chế, Văn phòng Bộ và Thanh tra Bộ thực hiện.", ["Vụ Pháp chế", "Văn phòng Bộ", "Thanh tra Bộ"]),
])
def test_a_central_departments_name_may_hold_a_comma(text, lead):
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == lead


@pytest.mark.parametrize(("text", "lead"), [
    ("Giao Trung tâm Xúc tiến đầu tư, thương mại và du lịch chủ trì tổ chức hội nghị.",
     ["Trung tâm Xúc tiến đầu tư, thương mại và du lịch"]),
    ("Đề nghị Cục Quản lý khám, chữa bệnh hướng dẫn chuyên môn.", ["Cục Quản lý khám, chữa bệnh"]),
    ("Giao Ban Chỉ đạo phòng, chống thiên tai tỉnh chủ trì.", ["Ban Chỉ đạo phòng, chống thiên tai tỉnh"]),
])
def test_a_name_may_go_on_with_plain_fields_after_a_comma(text, lead):
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == lead


def test_plain_words_after_a_comma_are_not_a_name_without_their_last_field():
    [task] = parse_text("Giao Sở Y tế, các sở, ngành và địa phương triển khai.")["tasks"]
    assert (task["lead"], task["lead_groups"]) == (["Sở Y tế"], ["các sở, ngành và địa phương"])


def test_every_ward_commune_and_special_zone_committee_is_a_group():
    [task] = parse_text("Đề nghị Ủy ban nhân dân phường, xã và đặc khu thực hiện đánh giá.")["tasks"]
    assert task["lead_groups"] == ["Ủy ban nhân dân phường, xã và đặc khu"]


def test_a_name_ends_before_tong_hop():
    [task] = parse_text("Giao Văn phòng Bộ tổng hợp chung về kết quả thực hiện.")["tasks"]
    assert task["lead"] == ["Văn phòng Bộ"]


def test_one_office_serving_the_council_and_the_committee_is_one_name():
    text = ("Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố, Giám đốc Sở Lao động - Thương binh"
            " và Xã hội chịu trách nhiệm thi hành Quyết định này.")
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố",
                            "Sở Lao động - Thương binh và Xã hội"]


@pytest.mark.parametrize("text", [
    "Căn cứ quy định nêu trên, Tổng cục Thuế đồng ý với ý kiến xử lý của Cục Thuế tỉnh Hà Tĩnh.",
    "Căn cứ các quy định nêu trên, Cục Thuế cơ bản thống nhất với quan điểm xử lý của Thuế tỉnh Hà Tĩnh.",
    "Bộ Chính trị, Ban Bí thư cơ bản nhất trí với Tờ trình của Đảng ủy Chính phủ.",
])
def test_the_writer_agreeing_orders_nothing(text):
    assert parse_text(text)["tasks"] == []


def test_an_order_after_a_quoted_item_ending_in_a_semicolon_is_found():
    text = ("Luật Quản lý thuế quy định:\n*đ) Quyết định xử lý theo thẩm quyền kết quả thanh tra thuế;*\n"
            "Theo nội dung nêu tại công văn của Thuế thành phố Hải Phòng thì Công ty đang được thanh tra, do đó đề"
            " nghị Thuế thành phố Hải Phòng căn cứ Luật Quản lý thuế để xử lý theo thẩm quyền.")
    assert [task["lead"] for task in parse_text(text)["tasks"]] == [["Thuế thành phố Hải Phòng"]]


def test_a_name_ends_before_ra_quyet_dinh():
    [task] = parse_text("Bộ Tư lệnh Thủ đô Hà Nội ra quyết định hưởng chế độ trợ cấp.")["tasks"]
    assert task["lead"] == ["Bộ Tư lệnh Thủ đô Hà Nội"]


def test_the_chair_of_another_provinces_committee_is_charged_not_speaking():
    text = ("Phó Thủ tướng Chính phủ có ý kiến như sau:\nChủ tịch Ủy ban nhân dân tỉnh Hưng Yên khẩn trương\nlàm việc"
            " với các địa phương có liên quan.")
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == ["Ủy ban nhân dân tỉnh Hưng Yên"]


def test_the_chair_of_the_committee_asking_is_the_issuer():
    [task] = parse_text("Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn yêu cầu các sở triển khai.")["tasks"]
    assert (task["lead"], task["lead_groups"]) == ([], ["các sở"])


def test_a_short_form_the_text_defines_is_read_as_the_full_name():
    text = ("1. Ban Quản lý Khu kinh tế mở Chu Lai thành phố Đà\nNẵng (sau đây gọi tắt là Ban Quản lý) là cơ quan trực"
            " thuộc.\nĐiều 3. Ban Quản lý chịu trách nhiệm tổ chức thực hiện.")
    assert [t["lead"] for t in parse_text(text)["tasks"]] == [["Ban Quản lý Khu kinh tế mở Chu Lai thành phố Đà Nẵng"]]


def test_an_agency_that_asks_another_does_not_act():
    text = ("Bộ Văn hóa, Thể thao và Du lịch yêu cầu Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ tập trung"
            " nguồn lực.")
    [task] = parse_text(text)["tasks"]
    assert (task["lead"], task["lead_groups"]) == ([], ["Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ"])


def test_the_national_assemblys_bodies_keep_cua_quoc_hoi():
    text = "Đề nghị Ủy ban Kinh tế và Tài chính của Quốc hội, Hội đồng dân tộc của Quốc hội quan tâm, thẩm tra."
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == ["Ủy ban Kinh tế và Tài chính của Quốc hội", "Hội đồng dân tộc của Quốc hội"]


@pytest.mark.parametrize(("text", "lead"), [
    ("5. Ban Quản lý Dự án 85 khẩn trương tiếp tục chủ\ntrì, phối hợp với Sở Xây dựng.", "Ban Quản lý Dự án 85"),
    ("Giao Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia chủ trì.", "Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia"),
])
def test_a_bodys_number_and_its_standing_office_belong_to_its_name(text, lead):
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == [lead]


def test_an_agency_a_colon_and_a_sentence_opening_with_a_time_is_a_task():
    [task] = parse_text("5. Sở Y tế: Trong thời hạn 05 ngày, Sở Y tế ký quyết định.")["tasks"]
    assert (task["clause"], task["lead"]) == ("5", ["Sở Y tế"])


def test_other_bodies_in_the_scope_of_a_text_are_no_task():
    assert parse_text("Điều 2. Đối tượng áp dụng\n1. Sở Y tế.\n2. Các cơ quan, tổ chức, cá nhân khác có liên quan.")[
        "tasks"] == []


def test_a_later_sentence_of_an_item_with_its_own_subject_is_its_own_task():
    tasks = parse_text("5. Sở Y tế tổ chức tập huấn. Sở Tài chính bảo đảm kinh phí thực hiện.")["tasks"]
    assert [(t["clause"], t["lead"]) for t in tasks] == [("5", ["Sở Y tế"]), ("5", ["Sở Tài chính"])]


def test_a_clause_after_a_semicolon_with_its_own_subject_is_its_own_task():
    tasks = parse_text("3. Văn phòng UBND tỉnh theo dõi, đôn đốc; Sở Tài chính bố trí kinh phí.")["tasks"]
    assert [t["lead"] for t in tasks] == [["Văn phòng Ủy ban nhân dân tỉnh"], ["Sở Tài chính"]]


def test_a_partner_named_again_in_a_later_clause_does_not_take_the_lead():
    tasks = parse_text("4. Sở Y tế chủ trì tổ chức tập huấn; Sở Tài chính phối hợp bảo đảm kinh phí.")["tasks"]
    assert [t["lead"] for t in tasks] == [["Sở Y tế"]]


def test_an_items_closing_time_label_dates_each_of_its_orders():
    text = ("2. Các bộ, ngành khẩn trương rà soát các dự án. Ủy ban nhân dân tỉnh Gia Lai hoàn thành việc "
            "phân loại. Thời hạn hoàn thành: trước ngày 30/11/2025.")
    tasks = parse_text(text)["tasks"]
    assert [t["deadline"]["date"] for t in tasks] == ["2025-11-30", "2025-11-30"]


@pytest.mark.parametrize(("text", "lead"), [
    ("Kính đề nghị Thường trực Tỉnh ủy quan tâm, chỉ đạo.", ["Thường trực Tỉnh ủy"]),
    ("Kính đề nghị Bộ Y tế xem xét, hỗ trợ.", ["Bộ Y tế"]),
])
def test_a_polite_request_to_a_higher_body_charges_it(text, lead):
    [task] = parse_text(text)["tasks"]
    assert task["lead"] == lead


def test_the_committees_of_every_province_printed_without_cac_are_a_group():
    [task] = parse_text("Điều 7. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương "
                        "chịu trách nhiệm thi hành Quyết định này.")["tasks"]
    assert task["lead"] == []
    assert "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương" in task["lead_groups"]


def test_a_name_ends_before_lam_viec():
    [task] = parse_text("Điều 4. Ban Chỉ đạo làm việc theo nguyên tắc tập trung dân chủ.")["tasks"]
    assert task["lead"] == ["Ban Chỉ đạo"]


def test_partners_named_after_phoi_hop_in_a_doers_line_support():
    text = ("2.2.\nTăng cường kiểm tra chấp hành pháp luật về lao động.\n- Cơ quan thực hiện: Sở Y tế chủ trì, "
            "phối hợp với Liên đoàn Lao động tỉnh; Ban Quản lý Khu kinh tế tỉnh.\n- Thời gian thực hiện: Quý II/2020.\n")
    [task] = parse_text(text)["tasks"]
    assert (task["lead"], task["support"]) == (["Sở Y tế"], ["Liên đoàn Lao động tỉnh", "Ban Quản lý Khu kinh tế tỉnh"])


def test_items_naming_their_own_doers_under_a_section_that_names_its_own_are_tasks_of_their_own():
    text = ("2. Nâng cao năng lực quản lý nhà nước 2.1.\nRà soát các thủ tục giải quyết tranh chấp lao động.\n"
            "- Cơ quan thực hiện: Sở Y tế chủ trì.\n- Thời gian thực hiện: Quý II/2020.\n"
            "2.2.\nĐẩy mạnh công tác xã hội hóa.\n- Cơ quan thực hiện: Sở Xây dựng chủ trì.\n"
            "- Thời gian thực hiện: Thường xuyên.\n")
    tasks = parse_text(text)["tasks"]
    assert [(t["clause"], t["lead"]) for t in tasks] == [("2", ["Sở Y tế"]), ("2.2", ["Sở Xây dựng"])]


def test_a_sections_intro_on_the_line_after_its_title_hands_its_actors_to_each_item():
    text = ("II. NHIỆM VỤ CỤ THỂ\nNhằm đạt được mục tiêu đề ra, các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh "
            "cần tổ chức thực hiện các nhiệm vụ sau đây:\n1. Tăng cường công tác lãnh đạo\n"
            "- Tăng cường công tác truyền thông.\n- Xây dựng đề án về đổi mới.\n")
    tasks = parse_text(text)["tasks"]
    assert [(t["clause"], t["lead_groups"]) for t in tasks] == [
        ("II.1", ["các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh"])] * 2


def test_an_article_after_the_parts_of_a_plan_held_by_the_article_above_is_back_at_the_top():
    text = ("Điều 1. Phê duyệt Đề án với các nội dung sau:\nI. MỤC TIÊU\n1. Nâng cao năng lực.\nII. NHIỆM VỤ\n"
            "1. Bộ Tài chính bố trí kinh phí.\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n")
    assert [(b.kind, b.clause) for b in split_blocks(text) if b.kind == "article"] == [
        ("article", "Điều 1"), ("article", "Điều 2")]


def test_every_provinces_party_standing_committee_is_a_group():
    [task] = parse_text("1. Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo việc sắp xếp thôn.")["tasks"]
    assert (task["lead"], task["lead_groups"]) == ([], ["Ban Thường vụ Tỉnh ủy, Thành ủy"])


def test_a_name_ends_before_lanh_dao():
    [task] = parse_text("2. Đề nghị Ban Tuyên giáo và Dân vận Trung ương lãnh đạo công tác tuyên truyền.")["tasks"]
    assert task["lead"] == ["Ban Tuyên giáo và Dân vận Trung ương"]


def test_a_sections_principles_are_no_tasks():
    text = ("I. NGUYÊN TẮC, YÊU CẦU SẮP XẾP THÔN\n1. Việc sắp xếp phải bảo đảm phù hợp với tiêu chí.\n"
            "II. NHIỆM VỤ\n1. Bộ Nội vụ hướng dẫn việc sắp xếp.\n")
    assert [(t["clause"], t["lead"]) for t in parse_text(text)["tasks"]] == [("II.1", ["Bộ Nội vụ"])]


def test_points_numbered_inside_a_paragraph_are_one_task_each():
    text = ("a) Bộ Khoa học và Công nghệ: **(1)** trình Thủ tướng Chính phủ Chương trình quốc gia, hoàn thành "
            "trong tháng 11 năm 2025; **(2)** chủ trì xây dựng Bộ công cụ theo dõi trước ngày 10 tháng 12 năm 2025.")
    tasks = parse_text(text)["tasks"]
    assert [(t["clause"], t["lead"], t["deadline"]["date"]) for t in tasks] == [
        ("a.(1)", ["Bộ Khoa học và Công nghệ"], "2025-11-30"),
        ("a.(2)", ["Bộ Khoa học và Công nghệ"], "2025-12-10")]


def test_a_group_scoped_to_the_province_opens_a_list_of_subjects():
    found = tasks("1. Các sở, ban, ngành thuộc tỉnh, Công an tỉnh tổ chức nghiên cứu, cụ thể hóa các mục tiêu.\n")
    assert [(t.lead, t.lead_groups) for t in found] == [(["Công an tỉnh"], ["Các sở, ban, ngành thuộc tỉnh"])]


def test_a_heading_naming_a_group_by_what_it_manages_leads_its_points():
    text = ("Chủ tịch UBND tỉnh yêu cầu các sở thực hiện các nội dung sau:\n"
            "4. Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, sử\n"
            "dụng hoặc khai thác tài sản kết cấu hạ tầng\n"
            "a) Thực hiện quản lý tài sản đúng mục đích.\n"
            "b) Lập hồ sơ tài sản theo quy định.\n")
    group = ("Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, sử dụng hoặc khai thác tài sản kết cấu "
             "hạ tầng")
    assert [(t.clause, t.lead_groups) for t in tasks(text)] == [("4.a", [group]), ("4.b", [group])]


def test_a_heading_of_a_body_with_duties_keeps_its_group_short():
    text = "2. Ủy ban nhân dân các xã, phường có nhiệm vụ:\na) Rà soát tài sản.\nb) Lập hồ sơ.\n"
    assert {tuple(t.lead_groups) for t in tasks(text)} == {("Ủy ban nhân dân các xã, phường",)}


def test_members_listed_after_gom_lead_the_points_that_follow_them():
    text = ("2. Các sở quản lý chuyên ngành\n"
            "Giao các sở quản lý chuyên ngành theo lĩnh vực gồm:\n"
            "- Sở Công Thương (đối với hạ tầng cụm công nghiệp);\n"
            "- Sở Y tế (đối với hạ tầng y tế).\n"
            "Có trách nhiệm:\n"
            "a) Chủ trì rà soát, thống kê tài sản.\n"
            "b) Hướng dẫn các đơn vị lập hồ sơ.\n")
    found = tasks(text)
    assert [(t.clause, t.lead, t.lead_groups) for t in found] == [
        ("2.a", ["Sở Công Thương", "Sở Y tế"], []), ("2.b", ["Sở Công Thương", "Sở Y tế"], [])]


def test_a_ministry_asking_the_provinces_hands_them_the_points_that_follow():
    text = ("Để triển khai các quy định mới, Bộ Nông nghiệp và Môi trường kính đề nghị Ủy ban nhân dân các tỉnh, "
            "thành phố trực thuộc Trung ương chỉ đạo thực hiện các nội dung, cụ thể như sau:\n"
            "1. Về giảm phát thải\na) Rà soát số liệu tiêu thụ năng lượng.\nb) Tổng hợp kết quả kiểm kê.\n")
    found = parse_text(text)["tasks"]
    assert [(t["clause"], t["lead"], t["lead_groups"]) for t in found] == [
        ("1.a", [], ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
        ("1.b", [], ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"])]


def test_items_indented_as_a_pdf_lays_them_out_are_still_items():
    text = ("Chủ tịch UBND tỉnh yêu cầu:\n"
            "               1. Sở Y tế chủ trì tổ chức tiêm chủng.\n"
            "               2. Sở Tài chính bố trí kinh phí.\n")
    assert [(t.clause, t.lead) for t in tasks(text)] == [("1", ["Sở Y tế"]), ("2", ["Sở Tài chính"])]


def test_a_duties_heading_in_capitals_names_who_carries_out_its_items():
    text = "II. NHIỆM VỤ CHỦ YẾU CỦA SỞ Y TẾ\n1. Chủ trì xây dựng kế hoạch.\n2. Tổ chức tập huấn.\n"
    assert [(t.clause, t.lead) for t in tasks(text)] == [("II.1", ["Sở Y tế"]), ("II.2", ["Sở Y tế"])]


def test_a_labelled_item_is_led_by_the_subject_after_its_label():
    text = ("Chế độ báo cáo như sau:\n"
            "- Báo cáo 6 tháng: Sở Y tế gửi Sở Tài chính trước ngày 05/7; Sở Tài chính tổng hợp.\n"
            "- Bước 1: Sở Tư pháp tiếp nhận hồ sơ.\n")
    assert [t.lead for t in tasks(text)][:2] == [["Sở Y tế"], ["Sở Tài chính"]]
    assert all(t.lead != ["Sở Tư pháp"] for t in tasks(text))


@pytest.mark.parametrize(("text", "lead"), [
    ("Viện Chiến lược, Chính sách TN&MT chủ trì nghiên cứu.", ["Viện Chiến lược, Chính sách TN&MT"]),
    ("Báo TN&MT, Tạp chí TN&MT đăng tải tin bài.", ["Báo TN&MT", "Tạp chí TN&MT"]),
])
def test_names_ending_in_a_sectors_abbreviation_are_read_whole(text, lead):
    assert parse_text(text)["tasks"][0]["lead"] == lead


def test_who_reported_before_a_conclusion_is_not_charged_with_its_points():
    text = ("Sau khi nghe báo cáo của Sở Tài chính, Sở Y tế và ý kiến các đại biểu, Phó Chủ tịch UBND tỉnh kết "
            "luận như sau:\n1. Thị trường các-bon là công cụ kinh tế mới.\n2. Sở Tài chính hoàn thiện dự thảo.\n")
    assert [(t.clause, t.lead) for t in tasks(text)] == [("2", ["Sở Tài chính"])]


def test_a_closing_request_to_carry_out_the_orders_is_no_task_of_its_own():
    text = ("1. Sở Y tế chủ trì tổ chức tiêm chủng.\n"
            "Đề nghị Sở Y tế và các cơ quan liên quan nghiêm túc triển khai thực hiện./.\n")
    assert [(t.clause, t.lead) for t in tasks(text)] == [("1", ["Sở Y tế"])]


@pytest.mark.parametrize(("text", "lead", "groups"), [
    ("Vườn quốc gia Hoàng Liên chủ động nghiên cứu, triển khai thực hiện.", ["Vườn quốc gia Hoàng Liên"], []),
    ("Các sở, ban, ngành cấp tỉnh phối hợp với Sở Y tế triển khai thực hiện.", [],
     ["Các sở, ban, ngành cấp tỉnh"]),
])
def test_national_parks_and_groups_of_a_level_are_read_whole(text, lead, groups):
    task = parse_text(text)["tasks"][0]
    assert (task["lead"], task["lead_groups"]) == (lead, groups)


@pytest.mark.parametrize(("text", "lead"), [
    ("Trung tâm Truyền thông tài nguyên và môi trường có trách nhiệm đăng tải tin bài.",
     ["Trung tâm Truyền thông tài nguyên và môi trường"]),
    ("Viện Chiến lược, Chính sách tài nguyên và môi trường nghiên cứu, tham mưu.",
     ["Viện Chiến lược, Chính sách tài nguyên và môi trường"]),
])
def test_a_name_holding_a_ministrys_field_in_lower_case_is_read_whole(text, lead):
    assert parse_text(text)["tasks"][0]["lead"] == lead


def test_addressees_described_by_clauses_of_their_own_still_lead():
    text = ("Để triển khai kịp thời, Sở Nông nghiệp và Môi trường đề nghị Công an tỉnh; Đài Khí tượng Thủy văn "
            "tỉnh Lào Cai; Chủ các công trình phải tổ chức quan trắc khí tượng; Chủ dự án phải thực hiện kiểm kê "
            "khí nhà kính tổ chức nghiên cứu, triển khai thực hiện các quy định mới.")
    task = parse_text(text)["tasks"][0]
    assert task["lead"] == ["Công an tỉnh", "Đài Khí tượng Thủy văn tỉnh Lào Cai"]


def test_a_comma_before_another_agency_ends_a_central_units_name():
    text = "Cục Lâm nghiệp và Kiểm lâm, Sở Nông nghiệp và Môi trường tổ chức hội nghị phổ biến Nghị định."
    assert parse_text(text)["tasks"][0]["lead"] == ["Cục Lâm nghiệp và Kiểm lâm", "Sở Nông nghiệp và Môi trường"]


def test_a_team_a_decision_sets_up_carries_out_its_articles_points():
    text = ("Điều 3. Nhiệm vụ và quyền hạn của Đoàn kiểm tra\n"
            "Đoàn kiểm tra thực hiện nhiệm vụ theo quy định, trong đó tập trung:\n"
            "1. Xây dựng và trình Giám đốc Sở phê duyệt Kế hoạch kiểm tra chi tiết.\n"
            "2. Lập biên bản kiểm tra.\n")
    found = parse_text(text)["tasks"]
    assert [(t["clause"], t["lead"]) for t in found] == [("Điều 3.1", ["Đoàn kiểm tra"]), ("Điều 3.2", ["Đoàn kiểm tra"])]


def test_the_members_of_a_body_are_no_tasks_of_it():
    text = ("2. Tổ giúp việc\n"
            "- Tổ trưởng: Ông Nguyễn Đình Chiến, Phó Giám đốc Sở Y tế.\n"
            "- Bà Nguyễn Việt Hà, Chuyên viên Sở Tài chính.\n"
            "3. Đồng chí Giám đốc Sở Y tế chỉ đạo rà soát hồ sơ.\n")
    assert [(t.clause, t.lead) for t in tasks(text)] == [("3", ["Sở Y tế"])]


def test_a_departments_own_division_is_an_agency():
    text = "2. Phòng Quản lý công nghiệp\nChủ trì, phối hợp với các đơn vị liên quan tham mưu Lãnh đạo Sở.\n"
    assert parse_text(text)["tasks"][0]["lead"] == ["Phòng Quản lý công nghiệp"]


def test_a_name_broken_over_an_indented_line_is_read_whole():
    text = "Đề nghị Công an tỉnh; Đài\n     Khí tượng Thủy văn tỉnh Lào Cai tổ chức nghiên cứu, triển khai thực hiện."
    assert parse_text(text)["tasks"][0]["lead"] == ["Công an tỉnh", "Đài Khí tượng Thủy văn tỉnh Lào Cai"]


FIRM_LETTER = """\
UBND TỈNH LÀO CAI                            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG                         Độc lập - Tự do - Hạnh Phúc
Số: 6795/SNNMT-KS                                  Lào Cai, ngày 17 tháng 7 năm 2026
V/v thực hiện các quy định về khoáng sản

Kính gửi: Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô

Sở Nông nghiệp và Môi trường đề nghị Công ty thực hiện đầy đủ các nội dung sau:
1. Thực hiện cắm mốc khu vực khai thác.
2. Phối hợp với UBND xã Văn Bàn thực hiện bồi thường, giải phóng mặt bằng.
"""


def test_a_letter_to_one_firm_charges_the_firm_it_calls_cong_ty():
    found = parse_text(FIRM_LETTER)["tasks"]
    firm = "Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô"
    assert [(t["clause"], t["lead"]) for t in found] == [("1", [firm]), ("2", [firm])]


def test_a_customs_ruling_to_a_firm_charges_nobody():
    text = FIRM_LETTER.replace("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỤC HẢI QUAN").replace("UBND TỈNH LÀO CAI", "BỘ TÀI CHÍNH")
    assert all("Công ty" not in " ".join(t["lead"]) for t in parse_text(text)["tasks"])


def test_a_duties_heading_names_the_body_the_decision_set_up():
    text = ("Điều 2. Nhiệm vụ của Hội đồng và Tổ giúp việc\n"
            "1. Nhiệm vụ của Hội đồng\n"
            "- Xây dựng bộ tiêu chí lựa chọn chủ đầu tư.\n"
            "- Tổ chức chấm điểm, lựa chọn chủ đầu tư.\n"
            "2. Nhiệm vụ của Tổ giúp việc Hội đồng\n"
            "Giúp việc cho Hội đồng trong quá trình hoạt động.\n")
    found = parse_text(text)["tasks"]
    assert [(t["clause"], t["lead"]) for t in found] == [
        ("Điều 2.1", ["Hội đồng"]), ("Điều 2.1", ["Hội đồng"]), ("Điều 2.2", ["Tổ giúp việc Hội đồng"])]


def test_what_a_body_affirmed_at_the_meeting_is_no_task():
    text = ("1. Tại cuộc họp, các ý kiến còn khác nhau. Tuy nhiên Bộ Tài chính khẳng định hồ sơ đủ điều kiện.\n\n"
            "2. Giao Bộ Xây dựng hoàn thiện hồ sơ.\n")
    assert [(t.clause, t.lead) for t in tasks(text)] == [("2", ["Bộ Xây dựng"])]


def test_a_numbered_heading_naming_only_who_leads_and_helps_is_no_task_of_its_own():
    # its colon lost, as a scan read by OCR prints it
    text = ("1. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan\n\n"
            "a) Tiếp tục rà soát Luật Thương mại.\n\nb) Tổng kết việc thực hiện Kế hoạch.\n")
    assert [(t.clause, t.lead) for t in tasks(text)] == [("1.a", ["Bộ Công Thương"]), ("1.b", ["Bộ Công Thương"])]


def test_a_short_form_defined_over_a_line_break_names_the_body_after():
    text = ("Thành lập Ban Chỉ đạo quốc gia về tìm kiếm hài cốt liệt sĩ (gọi tắt là Ban Chỉ đạo quốc gia\n1237);\n\n"
            "Căn cứ tình hình, Ban Chỉ đạo quốc gia 1237 xây dựng\nkế hoạch thực hiện như sau:\n\n"
            "1. Tổ chức tìm kiếm hài cốt liệt sĩ.\n")
    assert all("xây dựng" not in name for t in tasks(text) for name in t.lead)


def test_a_plans_doers_listed_one_a_line_without_blank_lines_lead_its_section():
    text = ("I. CÔNG TÁC QUÁN TRIỆT\n1. Nội dung, biện pháp\na) Tổ chức hội nghị quán triệt Chỉ thị.\n"
            "2. Cơ quan chủ trì, phối hợp\na) Cơ quan chủ trì\n- Ban Chỉ đạo quốc gia.\nb) Cơ quan phối hợp\n"
            "- Bộ Công an.\n3. Thời gian thực hiện: Năm 2013.\n")
    [task] = tasks(text)
    assert (task.clause, task.lead, task.support) == ("I", ["Ban Chỉ đạo quốc gia"], ["Bộ Công an"])


def test_a_duties_heading_wrapped_onto_an_indented_line_still_names_whose_duties_follow():
    text = ("    2. Trách nhiệm của Uỷ ban nhân\n    dân cấp xã\n    a) Thực hiện các nhiệm vụ được phân cấp.\n"
            "    b) Báo cáo kết quả thực hiện.\n")
    assert [(t.clause, t.lead_groups) for t in tasks(text)] == [("2.a", ["Uỷ ban nhân dân cấp xã"]),
                                                                ("2.b", ["Uỷ ban nhân dân cấp xã"])]


def test_the_members_of_a_committee_opening_a_list_charge_the_committee():
    [task] = tasks("Các thành viên Ban Chỉ đạo tỉnh; Thủ trưởng các sở, ngành; Chủ tịch UBND các huyện tổ chức "
                   "kiểm tra việc chấp hành.")
    assert task.lead == ["Ban Chỉ đạo tỉnh"]
    assert task.lead_groups == ["Thủ trưởng các sở, ngành", "Chủ tịch UBND các huyện"]


def test_a_committee_named_as_an_agencys_membership_is_not_charged():
    [task] = tasks("Sở Y tế, thành viên Ban Chỉ đạo tỉnh, tổ chức kiểm tra.")
    assert task.lead == ["Sở Y tế"]


def test_a_title_a_web_page_joined_to_the_name_still_heads_the_list():
    [task] = tasks("Chánh Văn phòng UBND tỉnh, Giám đốcSở Y tế, Giám đốc Sở Tài chính chịu trách nhiệm thi hành "
                   "Quyết định này.")
    assert task.lead == ["Văn phòng UBND tỉnh", "Sở Y tế", "Sở Tài chính"]


def test_a_boards_name_ending_in_its_province_before_a_colon_is_read_whole():
    text = "Ủy ban nhân dân tỉnh giao Ban Quản lý dự án đầu tư xây dựng tỉnh:\n- Khẩn trương hoàn thiện hồ sơ."
    assert parse_text(text)["tasks"][0]["lead"] == ["Ban Quản lý dự án đầu tư xây dựng tỉnh"]


def test_a_heading_naming_its_actors_may_end_with_a_full_stop_over_its_lettered_items():
    text = ("1. Phòng Y tế; Chủ tịch Ủy ban nhân dân các xã, thị trấn.\n\na) Chủ động triển khai thực hiện.\n\n"
            "b) Phối hợp với lực lượng chức năng kiểm tra.\n")
    assert [(t["clause"], t["lead"]) for t in parse_text(text)["tasks"]] == [("1.a", ["Phòng Y tế"]),
                                                                            ("1.b", ["Phòng Y tế"])]

