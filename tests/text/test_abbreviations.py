"""Abbreviations inside the names of bodies the registry does not know are written out (a data file)."""

import pytest

from chidao.text import parse_text
from chidao.text.abbreviations import abbreviations, written_out


def test_every_abbreviation_is_one_word_of_capitals_standing_for_longer_words():
    for short, long in abbreviations().items():
        assert short == short.upper() and " " not in short
        assert len(long.split()) >= 2


@pytest.mark.parametrize(("printed", "name"), [
    ("Ban Chỉ huy PCTT và TKCN tỉnh", "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"),
    ("Ban QLDA  đầu tư\nxây dựng tỉnh", "Ban Quản lý dự án đầu tư xây dựng tỉnh"),
    ("Đài PT-TH tỉnh", "Đài Phát thanh - Truyền hình tỉnh"),
    ("Sở GD-KH&CN", "Sở Giáo dục, Khoa học và Công nghệ"),
    ("Phòng LĐ-TB-XH thành phố", "Phòng Lao động - Thương binh và Xã hội thành phố"),
    ("Phòng TC-KH huyện", "Phòng Tài chính - Kế hoạch huyện"),
    ("BQL DA các công trình", "Ban Quản lý dự án các công trình"),
])
def test_a_printed_name_is_written_out(printed, name):
    assert written_out(printed) == name


def test_an_abbreviation_inside_a_longer_word_or_code_is_kept():
    assert written_out("Công ty KCNX, số 12/QLDA-KH") == "Công ty KCNX, số 12/QLDA-KH"


def test_a_lead_named_with_abbreviations_is_reported_written_out():
    record = parse_text("Ban Chỉ huy PCTT và TKCN tỉnh Khánh Hòa khẩn trương kiểm tra các hồ chứa.")
    assert record["tasks"][0]["lead"] == ["Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Khánh Hòa"]
