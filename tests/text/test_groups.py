"""Group phrases: named sets of agencies, never agencies themselves."""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
          "&", "bộ phận", "Bộ", "nhân dân", "dân", "Giám đốc ", "Lãnh đạo", "Người đứng đầu ", "cac", "nhung"]


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
