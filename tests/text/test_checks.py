"""Text-level findings: each check reports what it should, exactly where, and nothing else."""

from chidao.text.checks import (
    DOUBLED_SPACE,
    INCONSISTENT_DATE_FORMAT,
    MALFORMED_CODE,
    WORDS_RUN_TOGETHER,
    find_doubled_spaces,
    find_inconsistent_dates,
    find_malformed_codes,
    find_text_issues,
    find_words_run_together,
)


def spans(text, warnings):
    return [text[w.start:w.end] for w in warnings]


def test_lower_case_letter_followed_by_capital_is_words_run_together():
    text = "UBND tỉnh chỉ đạo thực hiệnThông tư số 13/2023/TT-BKHĐT."
    warnings = find_words_run_together(text)
    assert spans(text, warnings) == ["hiệnThông"]
    assert warnings[0].code == WORDS_RUN_TOGETHER
    assert "hiện" in warnings[0].message and "Thông" in warnings[0].message


def test_word_run_into_an_abbreviation_is_reported():
    text = "giao cho UBND huyện và phốUBND tỉnh"
    assert spans(text, find_words_run_together(text)) == ["phốUBND"]


def test_mixed_case_abbreviations_are_not_words_run_together():
    text = ("Quyết định 773/QĐ-TTg; TTgCP, các PTTg; ThS. Nguyễn Văn A; Phó CTr. Đặng; "
            "ứng dụng VNeID, VssID, YouTube; 5 kWh")
    assert find_words_run_together(text) == []


def test_two_spaces_between_words_are_a_doubled_space():
    text = "các đơn vị chức  năng theo dõi"
    warnings = find_doubled_spaces(text)
    assert spans(text, warnings) == ["  "]
    assert warnings[0].code == DOUBLED_SPACE
    assert warnings[0].start == text.index("  ")


def test_single_spaces_and_indentation_are_not_doubled_spaces():
    assert find_doubled_spaces("một hai ba\n    thụt đầu dòng\n") == []


def test_date_mixing_padded_day_and_bare_month_is_inconsistent():
    text = "Công văn số 22/UBND-KT, ngày 04/1/2024, tiếp theo Công văn ngày 02/01/2024."
    warnings = find_inconsistent_dates(text)
    assert spans(text, warnings) == ["04/1/2024"]
    assert warnings[0].code == INCONSISTENT_DATE_FORMAT


def test_date_style_differing_from_most_dates_of_the_text_is_inconsistent():
    text = "ngày 02/01/2024, ngày 03/01/2024, ngày 05/01/2024, ngày 08/02/2024 và ngày 15/6/2024"
    assert spans(text, find_inconsistent_dates(text)) == ["15/6/2024"]


def test_date_with_another_separator_is_inconsistent():
    text = "ngày 02/01/2024, ngày 03/01/2024 và ngày 05-01-2024"
    assert spans(text, find_inconsistent_dates(text)) == ["05-01-2024"]


def test_consistently_written_dates_are_not_reported():
    assert find_inconsistent_dates("ngày 02/01/2024, ngày 12/12/2023 và ngày 31/01/2015") == []
    assert find_inconsistent_dates("ngày 2/1/2024 và ngày 3/1/2024") == []


def test_codes_are_not_mistaken_for_dates():
    assert find_inconsistent_dates("Nghị quyết số 18/2023/NQ-HĐND ngày 08/12/2023") == []


def test_code_with_a_space_before_the_slash_is_malformed():
    text = "Kế hoạch số 980 /KH-UBND của tỉnh"
    warnings = find_malformed_codes(text)
    assert spans(text, warnings) == ["980 /KH-UBND"]
    assert warnings[0].code == MALFORMED_CODE
    assert "980/KH-UBND" in warnings[0].message


def test_code_with_a_doubled_separator_is_malformed():
    text = "Quyết định số 12/QĐ--UBND ngày 02/01/2024"
    warnings = find_malformed_codes(text)
    assert spans(text, warnings) == ["12/QĐ--UBND"]
    assert "12/QĐ-UBND" in warnings[0].message


def test_well_formed_codes_dates_and_ranges_are_not_malformed():
    text = ("Quyết định số 1234/QĐ-UBND - Sở Y tế; Nghị quyết 18/2023/NQ-HĐND; Kế hoạch 19-KH/BCĐ; "
            "giai đoạn 2021 - 2025; ngày 12/12/2023 - 15/12/2023; trực 24/24 giờ")
    assert find_malformed_codes(text) == []


def test_find_text_issues_runs_every_check_in_text_order():
    text = "thực hiệnThông tư  số 980 /KH-UBND ngày 04/1/2024 và ngày 02/01/2024"
    codes = [w.code for w in find_text_issues(text)]
    assert codes == [WORDS_RUN_TOGETHER, DOUBLED_SPACE, MALFORMED_CODE, INCONSISTENT_DATE_FORMAT]
    starts = [w.start for w in find_text_issues(text)]
    assert starts == sorted(starts)


def test_checks_run_in_linear_time_on_large_input():
    import time

    text = ("thực hiện Thông tư số 13/2023/TT-BKHĐT ngày 12/12/2023 " * 20000) + "a" * 200000 + "1" * 100000
    began = time.perf_counter()
    find_text_issues(text)
    assert time.perf_counter() - began < 10


def test_checks_find_what_the_plain_patterns_find():
    """The patterns are written so the regex engine can skip ahead (a literal or a class first, the look-behind
    after it); on any text they match exactly what the plain form matches."""
    import random
    import re

    from chidao.text import checks

    plain = {
        "dates": (re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/])"), checks._NUMERIC_DATE),
        "spaces": (re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)"), checks._DOUBLED_SPACE),
        "ascii spaces": (re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)"), checks._DOUBLED_ASCII_SPACE),
        "codes": (re.compile(r"(?<![\w/.-])\d{1,6}(?:[ \t]{0,3}[/-]{1,2}[ \t]{0,3}[0-9A-Za-zĐđ.]{1,16}){1,4}"
                             r"(?![\w/-])"), checks._CODE_CANDIDATE),
    }
    pieces = ["04/1/2024", "12.12.2023", "1-2-2024", "123/4/2024", " ", "  ", "   ", "\u00a0", "\n", "980 /KH-UBND",
              "QĐ--UBND", "a", "Ư", "/", "-", ".", "7", "2024", "\t"]
    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        for name, (before, now) in plain.items():
            if name == "ascii spaces" and "\u00a0" in text:
                continue
            assert [m.span() for m in before.finditer(text)] == [m.span() for m in now.finditer(text)], (name, text)


def test_words_run_together_found_at_the_capital():
    text = "thực hiệnThông tư và ĐBQH, iPhone, TTgCP, aB"
    spans = [(w.start, w.end) for w in find_words_run_together(text)]
    assert spans == [(5, 14)]  # "hiệnThông"
