"""Group phrases: named sets of agencies, never agencies themselves."""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chidao.text import parse_text
from chidao.text.agencies import find_groups
from chidao.text.groups import groups_in_words, words


def texts(text):
    return [g.text for g in find_groups(text)]


@pytest.mark.parametrize("phrase", [
    "các sở, ban, ngành",
    "Thủ trưởng các sở, ban, ngành",
    "UBND các huyện, thành phố",
    "Chủ tịch UBND các huyện, thành phố",
    "Chủ tịch Ủy ban nhân dân các huyện, thành phố",
    "các cơ quan liên quan",
    "các cơ quan, đơn vị",
    "các sở chuyên ngành",
    "các cơ quan thông tấn, báo chí",
    "các Bộ, ngành Trung ương",
    "các sở, ngành, cơ quan liên quan",
])
def test_a_group_phrase_is_found_whole(phrase):
    assert texts(f"Yêu cầu {phrase} thực hiện.") == [phrase]


# how national directives address ministries, provinces and state enterprises
@pytest.mark.parametrize("phrase", [
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    "UBND các tỉnh, thành phố",
    "Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương",
    "các tỉnh, thành phố trực thuộc Trung ương",
    "các sở, ban, ngành, tổ chức chính trị - xã hội",
    "các tổ chức chính trị - xã hội",
    "các phường, xã, đặc khu",
    "các cơ quan ngang Bộ",
    "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
    "Bộ trưởng các Bộ",
    "Thủ trưởng cơ quan ngang Bộ",
    "Thủ trưởng cơ quan thuộc Chính phủ",
    "Thủ trưởng cơ quan ngang Bộ, cơ quan trực thuộc Chính phủ",
    "các tập đoàn, tổng công ty nhà nước",
])
def test_a_national_addressee_group_is_found_whole(phrase):
    assert texts(f"Yêu cầu {phrase} thực hiện.") == [phrase]


def test_the_standard_addressee_list_of_a_directive_gives_one_group_per_title():
    text = ("Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, "
            "Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương")
    assert texts(text) == ["Bộ trưởng các Bộ", "Thủ trưởng cơ quan ngang Bộ",
                           "Thủ trưởng cơ quan thuộc Chính phủ",
                           "Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương"]


# "các tỉnh" alone names a region, not the provinces' authorities: it is a group only after a title or
# "UBND"/"HĐND", or as the first item of a list ("các tỉnh, thành phố"). "cơ quan thuộc Chính phủ" without
# "các" or a title describes a body ("… là cơ quan thuộc Chính phủ") rather than addressing a set of them.
@pytest.mark.parametrize("text", [
    "các tỉnh miền núi phía Bắc", "các tỉnh thực hiện", "các tình huống phát sinh", "các tính năng mới",
    "Đài Truyền hình Việt Nam là cơ quan thuộc Chính phủ", "các tổ công tác",
])
def test_a_region_or_a_description_is_not_an_agency_group(text):
    assert texts(text) == []


def test_a_later_tinh_is_not_read_as_the_provinces():
    assert texts("các sở, ban, ngành, Tỉnh đoàn thực hiện") == ["các sở, ban, ngành"]


def test_provinces_after_a_head_are_a_group_even_alone():
    assert texts("Chủ tịch UBND các tỉnh chỉ đạo") == ["Chủ tịch UBND các tỉnh"]


def test_offsets_point_at_the_phrase():
    text = "Giao các cơ quan, đơn vị liên quan thực hiện."
    [group] = find_groups(text)
    assert text[group.start:group.end] == group.text == "các cơ quan, đơn vị liên quan"


def test_a_list_of_groups_splits_where_a_new_head_begins():
    assert texts("Các sở, ban, ngành, UBND các huyện, thành phố tổ chức") == [
        "Các sở, ban, ngành", "UBND các huyện, thành phố"]


@pytest.mark.parametrize("text", [
    "các phương án bảo đảm", "các quan điểm chỉ đạo", "các bộ phận trực tiếp", "các tổ chức xã hội",
    "các doanh nghiệp tổ chức bán hàng", "Sở Công Thương chủ trì",
])
def test_words_that_only_look_like_units_are_not_groups(text):
    assert texts(text) == []


def test_xa_hoi_does_not_extend_a_group():
    assert texts("các cơ quan, xã hội hóa") == ["các cơ quan"]


# --- the fast scan (words are made only around "các"/"những") ---------------------------------------------
PIECES = ["các", "Các", "CÁC", "những", " sở", " ban", ", ngành", ", ", " ", "\n\n", ". ", "Thủ trưởng ", "Chủ tịch ",
          "UBND ", "Ủy ban nhân dân ", "Hội đồng nhân dân ", "huyện", "thành phố", "TP", "TP.", " và ", "cơ quan",
          "đơn vị", "liên quan", "tổ chức", "xã hội", "phường", "phương", "trên địa bàn", "tỉnh", "Trung ương", "x",
          "&", "bộ phận", "Bộ", "nhân dân", "dân", "Giám đốc ", "Lãnh đạo", "Người đứng đầu ", "cac", "nhung",
          "tỉnh", "tình", " ngang", " thuộc", "Chính phủ", "đặc khu", "chính trị - xã hội", "Bộ trưởng ",
          "trực thuộc", "tập đoàn", "tổng công ty", "nhà nước", "cơ", " quan", "Thủ trưởng cơ quan ngang Bộ", " trực"]


@given(st.lists(st.sampled_from(PIECES), max_size=400))
@settings(max_examples=120, deadline=None)
def test_the_fast_scan_finds_what_a_word_by_word_scan_finds(parts):
    text = "".join(parts)
    assert find_groups(text) == groups_in_words(text, words(text))


def test_a_group_phrase_longer_than_any_window_is_found_whole():
    phrase = "các sở" + ", ban, ngành" * 3000 + " liên quan"
    assert texts(f"Yêu cầu {phrase} thực hiện.") == [phrase]


def test_dense_group_phrases_take_linear_time():
    text = "các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố; " * 5000  # 0.3 MB, 10 000 phrases
    started = time.perf_counter()
    assert len(find_groups(text)) == 10_000
    assert time.perf_counter() - started < 10  # about 1 s; a quadratic scan would take minutes


def test_dense_bare_title_groups_take_linear_time():
    text = "Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ; " * 5000
    started = time.perf_counter()
    assert len(find_groups(text)) == 10_000
    assert time.perf_counter() - started < 10


def test_a_long_gap_after_co_does_not_slow_the_scan():
    text = ("cơ" + " " * 200_000 + "quan x ") * 5  # the gap before "quan" is one possessive run
    started = time.perf_counter()
    assert find_groups(text) == []
    assert time.perf_counter() - started < 5


def test_bodies_and_persons_after_a_list_of_local_committees_are_a_group_of_their_own():
    assert texts("Chủ tịch UBND các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm") == [
        "Chủ tịch UBND các xã, phường", "các tổ chức, cá nhân có liên quan"]


def test_bodies_joined_to_bodies_stay_one_group():
    assert texts("các cơ quan và đơn vị liên quan; các cơ quan, tổ chức, cá nhân có liên quan") == [
        "các cơ quan và đơn vị liên quan", "các cơ quan, tổ chức, cá nhân có liên quan"]


def test_organisations_of_a_kind_are_no_group():
    assert texts("vận động các tổ chức xã hội tham gia") == []


def test_a_named_department_after_a_group_is_not_part_of_it():
    assert texts("đề nghị các sở, ngành, Sở Tài chính triển khai; các Sở, Ban, Ngành Trung ương") == [
        "các sở, ngành", "các Sở, Ban, Ngành Trung ương"]


def test_a_group_narrowed_by_thuoc_keeps_its_scope():
    from chidao.text import parse_text

    text = "2. Thủ trưởng các cơ quan\nchuyên môn thuộc Ủy ban nhân dân tỉnh chịu trách nhiệm xây dựng quy trình."
    [task] = parse_text(text)["tasks"]
    assert task["lead_groups"] == ["Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh"]


@pytest.mark.parametrize(("text", "group"), [
    ("4. Các Sở Xây dựng nêu trên\n- Chủ động phối hợp", "Các Sở Xây dựng nêu trên"),
    ("đề nghị các Sở Ban Ngành tỉnh triển khai", "các Sở Ban Ngành tỉnh"),
    ("các Sở Y tế chủ trì", "các Sở Y tế"),
])
def test_the_same_department_of_each_province_is_a_group(text, group):
    assert texts(text) == [group]


@pytest.mark.parametrize(("text", "group"), [
    ("Yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương rà soát kế hoạch.",
     "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"),
    ("Đề nghị Sở Y tế các tỉnh, thành phố chỉ đạo các cơ sở y tế.", "Sở Y tế các tỉnh, thành phố"),
    ("Giao Ban Chỉ đạo cấp quân khu chỉ đạo việc tìm kiếm.", "Ban Chỉ đạo cấp quân khu"),
])
def test_a_body_of_every_province_or_military_region_leads_as_a_group(text, group):
    [task] = parse_text(text)["tasks"]
    assert (task["lead"], task["lead_groups"]) == ([], [group])


@pytest.mark.parametrize(("text", "group"), [
    ("Yêu cầu các Vụ, Cục, đơn vị thuộc Bộ rà soát quy định về thuế.", "các Vụ, Cục, đơn vị thuộc Bộ"),
    ("Giao các Cục, Vụ liên quan rà soát quy định về thuế.", "các Cục, Vụ liên quan"),
    ("Yêu cầu các đơn vị trực thuộc Bộ rà soát quy định về thuế.", "các đơn vị trực thuộc Bộ"),
    ("Các Chi cục Thuế khu vực rà soát quy định về thuế.", "Các Chi cục Thuế khu vực"),
    ("Giao các phòng, đơn vị thuộc Sở rà soát quy định.", "các phòng, đơn vị thuộc Sở"),
])
def test_a_ministrys_or_departments_own_units_are_a_group(text, group):
    [task] = parse_text(text)["tasks"]
    assert task["lead_groups"] == [group]


@pytest.mark.parametrize("text", ["Công an xử lý dứt điểm các vụ án tồn đọng.", "Bố trí các phòng họp trực tuyến."])
def test_cases_and_rooms_are_not_units(text):
    assert texts(text) == []


def test_items_after_an_intro_addressing_each_provinces_department_are_theirs():
    text = ("Tổng cục Thuế đề nghị các Cục Thuế tổ chức thực hiện một số công việc sau:\n"
            "1. Hoàn thành kế hoạch thanh tra trước ngày 29/4/2023.\n2. Tăng cường kiểm tra hóa đơn.\n")
    assert [t["lead_groups"] for t in parse_text(text)["tasks"]] == [["các Cục Thuế"], ["các Cục Thuế"]]


def test_a_town_named_after_its_level_ends_the_group_before_it():
    assert [g.text for g in find_groups("Chủ tịch UBND các huyện, thành phố Mỹ Tho chịu trách nhiệm")] == [
        "Chủ tịch UBND các huyện"]
    assert [g.text for g in find_groups("UBND các tỉnh, thành phố trực thuộc Trung ương")] == [
        "UBND các tỉnh, thành phố trực thuộc Trung ương"]


def test_a_group_keeps_the_province_it_is_of():
    assert [g.text for g in find_groups("Thủ trưởng các sở, ban, ngành, đoàn thể của tỉnh thực hiện")] == [
        "Thủ trưởng các sở, ban, ngành, đoàn thể của tỉnh"]
    assert [g.text for g in find_groups("UBND các huyện, thị xã, thành phố trong tỉnh triển khai")] == [
        "UBND các huyện, thị xã, thành phố trong tỉnh"]


def test_the_boards_of_the_council_are_one_group():
    from chidao.text import parse_text
    text = "Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân giám sát việc thực hiện Nghị quyết."
    assert parse_text(text)["tasks"][0]["lead_groups"] == ["các Ban của Hội đồng nhân dân"]
