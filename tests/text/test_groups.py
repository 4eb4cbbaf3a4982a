"""Group phrases: named sets of agencies, never agencies themselves."""

import pytest

from chidao.text.agencies import find_groups


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
