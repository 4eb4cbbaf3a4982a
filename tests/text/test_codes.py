"""Số/ký hiệu: every printed form, canonical codes, and the types of Nghị định 30/2020/NĐ-CP."""

import re
import time

import pytest

from chidao.text.codes import (
    TYPE_NAME_PATTERN, canonical_type, find_codes, parse_code, symbol_names_type, type_for_symbol,
)
from chidao.text.codes import _types


@pytest.mark.parametrize(
    ("printed", "code", "number", "year", "symbol"),
    [
        ("03/CT-UBND", "03/CT-UBND", 3, None, "CT-UBND"),
        ("02/UBND-KT", "02/UBND-KT", 2, None, "UBND-KT"),
        ("02 /UBND-KT", "02/UBND-KT", 2, None, "UBND-KT"),
        ("18/2023/NQ-HĐND", "18/2023/NQ-HĐND", 18, 2023, "NQ-HĐND"),
        ("13/2023/TT-BKHĐT", "13/2023/TT-BKHĐT", 13, 2023, "TT-BKHĐT"),
        ("63/2010/NĐ-CP", "63/2010/NĐ-CP", 63, 2010, "NĐ-CP"),
        ("19-KH/BCĐ", "19-KH/BCĐ", 19, None, "KH/BCĐ"),
        ("39-NQ/TW", "39-NQ/TW", 39, None, "NQ/TW"),
        ("02-HD/UBKTTW", "02-HD/UBKTTW", 2, None, "HD/UBKTTW"),
        ("37-QĐ/TW", "37-QĐ/TW", 37, None, "QĐ/TW"),
        ("08-QĐi/TW", "08-QĐi/TW", 8, None, "QĐi/TW"),
        ("167/QĐ-TTg", "167/QĐ-TTg", 167, None, "QĐ-TTg"),
        ("11554/VPCP-V.I", "11554/VPCP-V.I", 11554, None, "VPCP-V.I"),
        ("624/TB-VPCP", "624/TB-VPCP", 624, None, "TB-VPCP"),
        ("30/CT-TTg", "30/CT-TTg", 30, None, "CT-TTg"),
        ("220/CĐ-TTg", "220/CĐ-TTg", 220, None, "CĐ-TTg"),
        ("26/2005/PL-UBTVQH11", "26/2005/PL-UBTVQH11", 26, 2005, "PL-UBTVQH11"),
        ("104-CTr/Tu", "104-CTr/TU", 104, None, "CTr/TU"),  # the committee's capitals typed as a word
    ],
)
def test_every_printed_form_is_parsed_to_its_canonical_code(printed, code, number, year, symbol):
    parsed = parse_code(printed)
    assert parsed is not None
    assert (parsed.code, parsed.number, parsed.year, parsed.symbol) == (code, number, year, symbol)


def test_en_dash_becomes_an_ascii_hyphen():
    assert parse_code("19–KH/BCĐ").code == "19-KH/BCĐ"
    assert parse_code("03/CT–UBND").code == "03/CT-UBND"


def test_symbol_is_upper_cased_except_known_mixed_case_parts():
    assert parse_code("167/QĐ-TTG").code == "167/QĐ-TTg"
    assert parse_code("12/TTR-UBND").code == "12/TTr-UBND"


def test_printed_digits_are_kept():
    assert parse_code("02/KH-UBND").code == "02/KH-UBND"


def test_parse_code_accepts_the_so_prefix_of_a_header():
    assert parse_code("Số: 03/CT-UBND").code == "03/CT-UBND"


@pytest.mark.parametrize(
    "text", ["", "abc", "1/Ban chỉ đạo", "24/24 giờ", "ngày 02/01/2024", "03/CT-UBND và 04/CT-UBND"]
)
def test_parse_code_rejects_what_is_not_exactly_one_code(text):
    assert parse_code(text) is None


def test_find_codes_reports_offsets_into_the_text():
    text = "(Công văn số 02 /UBND-KT, ngày 02/01/2024); Thông tư số 13/2023/TT-BKHĐT."
    codes = find_codes(text)
    assert [c.code for c in codes] == ["02/UBND-KT", "13/2023/TT-BKHĐT"]
    assert text[codes[0].start : codes[0].end] == "02 /UBND-KT"
    assert text[codes[1].start : codes[1].end] == "13/2023/TT-BKHĐT"  # the full stop is not part of it


def test_dates_clock_times_and_ranges_are_not_codes():
    text = "ngày 15/6/1933 - 15/6/2024, trực 24/24 giờ, giai đoạn 2021-2025, tỷ lệ 1/2 số hộ"
    assert find_codes(text) == []


def test_a_word_after_a_slash_is_not_a_symbol():
    assert find_codes("điểm 1/Ban Chỉ đạo, 3/Người dân") == []


# --- types ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("symbol", "year", "expected"),
    [
        ("CT-UBND", None, "Chỉ thị"),
        ("UBND-KT", None, "Công văn"),
        ("VPCP-V.I", None, "Công văn"),
        ("KH-UBND", None, "Kế hoạch"),
        ("QĐ-TTg", None, "Quyết định"),
        ("CĐ-TTg", None, "Công điện"),
        ("TB-VPCP", None, "Thông báo"),
        ("TTr-SNV", None, "Tờ trình"),
        ("QyĐ-UBND", None, "Quy định"),
        ("QYĐ-UBND", None, "Quy định"),
        ("CTr-UBND", None, "Chương trình"),
        ("GUQ-UBND", None, "Giấy ủy quyền"),
        ("TT-BKHĐT", 2023, "Thông tư"),
        ("NĐ-CP", 2010, "Nghị định"),
        ("NQ-HĐND", 2023, "Nghị quyết"),
        ("TTLT-BYT-BNV", 2015, "Thông tư liên tịch"),
        ("PL-UBTVQH11", 2005, "Pháp lệnh"),
        ("QH14", 2020, None),
        ("QH15", None, None),
        ("CT-CS", None, "Công văn"),
        ("KH/BCĐ", None, "Kế hoạch"),
        ("NQ/TW", None, "Nghị quyết"),
        ("HD/UBKTTW", None, "Hướng dẫn"),
        ("KL/TW", None, "Kết luận"),
        ("QĐi/TW", None, "Quy định"),
        ("VBHN-BQP", None, "Văn bản hợp nhất"),
        ("VBHN-VPQH", None, "Văn bản hợp nhất"),
    ],
)
def test_type_for_symbol_infers_the_type_from_the_ky_hieu(symbol, year, expected):
    assert type_for_symbol(symbol, year) == expected


def test_type_for_symbol_accepts_a_whole_code():
    assert type_for_symbol("13/2023/TT-BKHĐT") == "Thông tư"
    assert type_for_symbol("59/2020/QH14") is None
    assert type_for_symbol("02 /UBND-KT") == "Công văn"
    assert type_for_symbol("97/VBHN-BQP") == "Văn bản hợp nhất"
    assert type_for_symbol("46/VBHN-BTC") == "Văn bản hợp nhất"


def test_a_consolidated_text_is_named_by_its_ky_hieu_whatever_name_it_prints():
    assert symbol_names_type("97/VBHN-BQP") == "Văn bản hợp nhất"
    assert symbol_names_type("VBHN-BTC") == "Văn bản hợp nhất"


@pytest.mark.parametrize("symbol", ["CT-UBND", "13/2023/TT-BKHĐT", "UBND-KT", "19-KH/BCĐ", "QH15", ""])
def test_other_ky_hieu_leave_the_type_to_the_printed_name(symbol):
    assert symbol_names_type(symbol) is None


def test_the_data_file_lists_the_29_administrative_types_of_decree_30():
    administrative = _types()["administrative"]
    assert len(administrative) == 29
    without_abbreviation = {e["name"] for e in administrative if not e["abbr"]}
    assert without_abbreviation == {"Công văn", "Thư công"}
    abbreviations = {e["abbr"] for e in administrative if e["abbr"]}
    assert {"NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr",
            "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB"} == abbreviations


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("CÔNG VĂN", "Công văn"),
        ("công văn", "Công văn"),
        ("Chỉ thị", "Chỉ thị"),
        ("Chỉ thị số", "Chỉ thị"),
        ("KẾ HOẠCH", "Kế hoạch"),
        ("Nghị quyết (cá biệt)", "Nghị quyết"),
        ("Giấy uỷ quyền", "Giấy ủy quyền"),
        ("Thông tư liên tịch", "Thông tư liên tịch"),
        ("Kết luận", "Kết luận"),
        ("Văn bản hợp nhất", "Văn bản hợp nhất"),
        ("VĂN BẢN HỢP NHẤT", "Văn bản hợp nhất"),
        ("Văn bản", None),
        ("Bảng giá", None),
    ],
)
def test_canonical_type_maps_printed_names(printed, expected):
    assert canonical_type(printed) == expected


def test_type_name_pattern_finds_printed_names_whatever_the_case():
    pattern = re.compile(TYPE_NAME_PATTERN, re.IGNORECASE)
    found = [m.group(0) for m in pattern.finditer("CÔNG ĐIỆN về việc; theo Thông tư liên tịch và Pháp lệnh")]
    assert found == ["CÔNG ĐIỆN", "Thông tư liên tịch", "Pháp lệnh"]


# --- performance ---------------------------------------------------------------------------------


ADVERSARIAL = {
    "slashes": "1/" * 2_000_000,
    "letters-and-hyphens": ("Ab-" * 300 + "Cd") * 11_000,
    "party-dashes": "19-" * 1_500_000,
    "hyphens-after-a-number": ("1/" + "A-" * 300 + " ") * 16_000,
    "spaced-years": "1 / 2023 / " * 500_000,
}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_megabytes_of_adversarial_text_are_scanned_in_linear_time(name):
    began = time.perf_counter()
    find_codes(ADVERSARIAL[name])
    assert time.perf_counter() - began < 20  # a generous bound: catastrophic backtracking takes hours


def test_a_hundred_thousand_codes_in_a_row_are_all_found():
    text = "03/CT-UBND " * 100_000
    began = time.perf_counter()
    assert len(find_codes(text)) == 100_000
    assert time.perf_counter() - began < 20


@pytest.mark.corpus
def test_corpus_dataset_codes_parse_and_their_types_match_the_metadata():
    import json

    from tests.conftest import CORPUS

    path = CORPUS / "datasets" / "tnt305-tai_lieu_noi_bo" / "documents.jsonl"
    if not path.exists():
        pytest.skip("the corpus is not on this machine")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    unparsed = [row["so_hieu"] for row in rows if parse_code(row["so_hieu"]) is None]
    assert unparsed == []
    mismatched = []
    for row in rows:
        if row["loai_van_ban"] == "Văn bản khác":  # the website's catch-all, not a tên loại
            continue
        parsed = parse_code(row["so_hieu"])
        if type_for_symbol(parsed.symbol, parsed.year) != canonical_type(row["loai_van_ban"]):
            mismatched.append((row["so_hieu"], row["loai_van_ban"]))
    assert mismatched == []


def _codes_by_full_scan(text: str) -> list[tuple[str, int, int]]:
    """The plain way: both patterns tried at every position of the text (the scan `find_codes` shortens)."""
    from chidao.text import codes

    found = [c for p, build in ((codes._STATE, codes._state_code), (codes._PARTY, codes._party_code))
             for c in map(build, p.finditer(text)) if c is not None]
    found.sort(key=lambda c: c.start)
    kept: list = []
    for code in found:
        if not kept or code.start >= kept[-1].end:
            kept.append(code)
    return [(c.code, c.start, c.end) for c in kept]


def test_find_codes_gives_what_a_scan_of_every_digit_gives():
    import random

    pieces = ["03/CT-UBND", "19-KH/BCĐ", "02 /UBND-KT", "18/2023/NQ-HĐND", "1234567/QĐ", "12/12/2023", "x12/QĐ",
              "2021-2025", "05 - TB/TU", "7/ 2024/ TT-BTC", " ", "\n", "số ", "/", "-", "a", "٣/QĐ-UBND", ".",
              "19\u2010KH/BCĐ", "5 \u2013 TB/TU", "12/2024/ 7", "01/ 2023 /QĐ-UBND", "số142/2018/NĐ-CP",
              "25-2303/PBHC-KD", "49/2025TT-BCT", "127/TTr - HĐQT", "123456789/CV", "66.7/2025/NQ-CP"]
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert [(c.code, c.start, c.end) for c in find_codes(text)] == _codes_by_full_scan(text), text


def test_type_name_pattern_still_prefers_the_longest_name():
    pattern = re.compile(TYPE_NAME_PATTERN, re.IGNORECASE)
    assert pattern.search("theo Nghị quyết liên tịch số 01").group() == "Nghị quyết liên tịch"
    assert pattern.search("THÔNG TƯ số 02").group() == "THÔNG TƯ"


def test_a_stray_space_after_a_dash_stays_inside_the_code():
    assert [c.code for c in find_codes("Thông tư số 92/2009/TT- BTC và Nghị định 144/2021/NĐ- CP")] == [
        "92/2009/TT-BTC", "144/2021/NĐ-CP",
    ]


def test_a_dash_before_a_word_does_not_extend_the_code():
    assert [c.code for c in find_codes("Công văn 02/UBND-KT- Sở Y tế")] == ["02/UBND-KT"]


def test_an_ampersand_inside_a_symbol_part_is_kept():
    assert [c.code for c in find_codes("Kế hoạch 515/KH-BCA-BNN&MT và 15972/SXD-QLN&TTBĐS")] == [
        "515/KH-BCA-BNN&MT", "15972/SXD-QLN&TTBĐS",
    ]


def test_a_resolution_numbered_with_a_dot_keeps_its_whole_number():
    [code] = find_codes("Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025")
    assert (code.code, code.number, code.year) == ("66.7/2025/NQ-CP", 66, 2025)


def test_a_space_after_an_ampersand_stays_inside_the_code():
    assert [c.code for c in find_codes("văn bản số 15972/SXD-QLN& TTBĐS ngày 14/11/2025")] == ["15972/SXD-QLN&TTBĐS"]


def test_a_decimal_before_a_slash_without_a_year_is_no_code():
    assert find_codes("tỷ lệ 12.5/2023 và 1.2/QĐ-UBND") == []


def test_a_dash_spaced_on_both_sides_joins_a_part_in_capitals():
    assert [c.code for c in find_codes("Tờ trình số 127/TTr - HĐQT ngày 30/9/2025")] == ["127/TTr-HĐQT"]


def test_a_dash_spaced_on_both_sides_before_a_word_ends_the_code():
    assert [c.code for c in find_codes("Công văn 02/UBND-KT - Sở Y tế")] == ["02/UBND-KT"]


def test_a_normative_code_printed_without_its_hyphen_is_hyphenated():
    found = find_codes("Nghị định số 118/2025/NĐCP và Thông tư số 21/2025/TTBYT, Luật số 59/2020/QH14")
    assert [c.code for c in found] == ["118/2025/NĐ-CP", "21/2025/TT-BYT", "59/2020/QH14"]


def test_a_firms_numbering_with_two_runs_of_digits_is_one_code():
    found = find_codes("công văn số 25-2303/PBHC-KD và đơn số 0825-05/HW-TCHQ")
    assert [(c.code, c.number) for c in found] == [("25-2303/PBHC-KD", 25), ("0825-05/HW-TCHQ", 825)]


def test_a_span_of_days_before_a_year_is_no_code():
    assert find_codes("từ ngày 01-12/2023 và giai đoạn 2021-2025/năm") == []


def test_a_year_run_into_the_type_part_is_still_the_year():
    assert [c.code for c in find_codes("Thông tư số 49/2025TT-BCT ngày 09/9/2025")] == ["49/2025/TT-BCT"]


def test_a_line_broken_after_a_dash_stays_inside_the_code():
    assert [c.code for c in find_codes("Thông tư số 21/2020/TT-\nBTTTT ngày 07/9/2020")] == ["21/2020/TT-BTTTT"]


def test_a_drafting_units_mixed_case_abbreviation_is_kept_as_printed():
    assert [c.code for c in find_codes("công văn số 324/QTR-KTr2 ngày 22/7/2025; 1/Ban chỉ đạo; 3/Do")] == [
        "324/QTR-KTr2"]


def test_a_number_run_into_so_and_a_space_before_each_dash_are_read():
    found = find_codes("Nghị định số142/2018/NĐ-CP; Kèm theo Quyết định số 3565 /QĐ -UBND ngày 21/11/2025")
    assert [c.code for c in found] == ["142/2018/NĐ-CP", "3565/QĐ-UBND"]


def test_a_firms_number_of_eight_digits_is_read():
    assert [c.code for c in find_codes("Trả lời công văn số 20251022/CV-HD ngày 22/10/2025")] == ["20251022/CV-HD"]


def test_a_licences_ky_hieu_names_a_giay_phep():
    assert type_for_symbol("10/GP-UBND") == "Giấy phép"
    assert canonical_type("GIẤY PHÉP") == "Giấy phép"


@pytest.mark.parametrize(("text", "code"), [
    ("theo Nghị quyết số 71-\nNQ/TW của Bộ Chính trị", "71-NQ/TW"),
    ("Nghị quyết\nsố 119/2026/ \nUBTVQH15 của Ủy ban Thường vụ Quốc hội", "119/2026/UBTVQH15"),
])
def test_a_code_broken_over_two_lines_by_a_pdf_is_one_code(text, code):
    assert [c.code for c in find_codes(text)] == [code]


def test_a_line_break_after_a_range_of_years_makes_no_code():
    assert find_codes("giai đoạn 2021-\nNăm 2025 tiếp tục") == []


def test_a_word_after_the_slash_of_an_unknown_party_type_is_not_a_code():
    assert find_codes("Xem 7-Ban/Tu và 12-ab/Tu") == []


def test_a_dash_spaced_on_both_sides_joins_the_prime_ministers_part():
    assert [c.code for c in find_codes("Căn cứ Quyết định số 153/2006/QĐ - TTg ngày 30/6/2006")] == ["153/2006/QĐ-TTg"]


@pytest.mark.parametrize(("text", "code"), [
    ("Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ;", "30c/NQ-CP"),
    ("Thực hiện Nghị quyết 30a/2008/NQ-CP của Chính phủ;", "30a/2008/NQ-CP"),
])
def test_a_number_with_a_letter_after_it_is_a_code(text, code):
    assert [c.code for c in find_codes(text)] == [code]


def test_a_lettered_number_before_a_bare_letter_is_an_address_not_a_code():
    assert find_codes("Phòng 4b/A khu nhà điều hành.") == []


@pytest.mark.parametrize("printed, code", [
    ("Công điện số 31/CĐ/TTg ngày 10/3/2024", "31/CĐ-TTg"),
    ("Quyết định số 832/QĐUBND của UBND tỉnh", "832/QĐ-UBND"),
    ("Công văn số 12/UBND-KT", "12/UBND-KT"),
])
def test_a_type_and_its_issuer_printed_with_a_slash_or_run_together_give_the_code_meant(printed, code):
    assert [c.code for c in find_codes(printed)] == [code]


def test_a_roads_kilometre_mark_is_no_code():
    assert [c.code for c in find_codes("bảo đảm giao thông khu vực Km0+300/QL.24C; Công văn số 300/UBND-KT")] == [
        "300/UBND-KT"]


def test_a_technical_regulations_number_and_year_is_no_code():
    assert [c.code for c in find_codes("Bảo đảm chất lượng nước theo QCVN 01:2024/BYT của Bộ Y tế.")] == []
    assert [c.code for c in find_codes("Số:12/UBND-VP")] == ["12/UBND-VP"]
