"""References: code, printed type, date at the mention, issuer phrase and relation."""

import datetime
import time

import pytest

from chidao.text.normalize import prepare
from chidao.text.references import find_references
from tests.conftest import CORPUS

D = datetime.date


def _one(text, **kwargs):
    refs = find_references(text, **kwargs)
    assert len(refs) == 1, refs
    return refs[0]


# --- the sample digest, whole file ---------------------------------------------------------------

SAMPLE_REFERENCES = [
    ("13/2023/TT-BKHĐT", "Thông tư", D(2023, 12, 12), "implements"),
    ("18/2023/NQ-HĐND", "Nghị quyết", D(2023, 12, 8), "implements"),
    ("02/UBND-KT", "Công văn", D(2024, 1, 2), "cites"),
    ("167/QĐ-TTg", "Quyết định", D(2022, 2, 8), "cites"),
    ("01/KH-UBND", "Kế hoạch", D(2024, 1, 2), "cites"),
    ("08/UBND-KT", "Công văn", D(2024, 1, 2), "cites"),
    ("19-KH/BCĐ", "Kế hoạch", D(2024, 1, 2), "cites"),
    ("11/UBND-NC", "Công văn", D(2024, 1, 3), "cites"),
    ("13/UBND-KGVX", "Công văn", D(2024, 1, 3), "cites"),
    ("22/UBND-KT", "Công văn", D(2024, 1, 4), "cites"),
    ("39-NQ/TW", "Nghị quyết", D(2019, 1, 15), "cites"),
    ("37-QĐ/TW", "Quy định", D(2021, 10, 25), "cites"),
    ("02-HD/UBKTTW", "Hướng dẫn", D(2021, 11, 29), "cites"),
    ("26/UBND-NC", "Công văn", D(2024, 1, 4), "cites"),
    ("56/2023/TT-BTC", "Thông tư", D(2023, 8, 18), "cites"),
    ("10/2015/QĐ-UBND", "Quyết định", D(2015, 1, 31), "repeals"),
    ("29/2015/QĐ-UBND", "Quyết định", D(2015, 8, 31), "repeals"),
    ("03/CT-UBND", "Chỉ thị", D(2024, 1, 5), "cites"),
    ("26-CT/TW", "Chỉ thị", D(2023, 11, 23), "implements"),
    ("30/CT-TTg", "Chỉ thị", D(2023, 12, 15), "implements"),
    ("524/QĐ-TTg", "Quyết định", D(2021, 4, 1), "cites"),
    ("02/KH-UBND", "Kế hoạch", D(2024, 1, 5), "cites"),
    ("63/2010/NĐ-CP", "Nghị định", None, "cites"),
]


def test_sample_digest_yields_exactly_its_references(sample_digest_text):
    text = prepare(sample_digest_text).text
    found = [(r.code, r.type, r.issued_on, r.relation) for r in find_references(text)]
    assert found == SAMPLE_REFERENCES


def test_sample_digest_references_carry_their_issuers(sample_digest_text):
    issuers = {r.code: r.issuer for r in find_references(prepare(sample_digest_text).text)}
    assert issuers["13/2023/TT-BKHĐT"] == "Bộ trưởng Bộ Kế hoạch và Đầu tư"
    assert issuers["18/2023/NQ-HĐND"] == "HĐND tỉnh"
    assert issuers["167/QĐ-TTg"] == "Thủ tướng Chính phủ"
    assert issuers["30/CT-TTg"] == "Thủ tướng Chính phủ"
    assert issuers["26-CT/TW"] == "Ban Bí thư"
    assert issuers["39-NQ/TW"] == "Bộ Chính trị"
    assert issuers["02-HD/UBKTTW"] == "Ủy ban Kiểm tra trung ương"
    assert issuers["02/UBND-KT"] is None


def test_sample_digest_offsets_cover_the_printed_mention(sample_digest_text):
    text = prepare(sample_digest_text).text
    first = find_references(text)[0]
    assert text[first.start : first.end] == "Thông tư số 13/2023/TT-BKHĐT"


# --- type ----------------------------------------------------------------------------------------


def test_type_comes_from_the_printed_name_with_or_without_so():
    assert _one("Căn cứ Luật số 80/2015/QH13 của Quốc hội").type == "Luật"
    assert _one("thực hiện Nghị định 63/2010/NĐ-CP về kiểm soát").type == "Nghị định"


def test_a_name_printed_with_its_title_before_so_gives_the_type():
    text = "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024;"
    ref = _one(text)
    assert (ref.type, ref.issued_on) == ("Luật", D(2024, 1, 18))
    assert text[ref.start : ref.end] == "Luật Đất đai số 31/2024/QH15"


def test_a_lower_case_word_with_a_title_is_not_a_name():
    assert _one("xem quyết định phê duyệt số 12/2024/QH15").type is None


def test_printed_name_wins_over_the_ky_hieu():
    assert _one("theo Quy định số 37-QĐ/TW, ngày 25/10/2021").type == "Quy định"


def test_type_is_inferred_from_the_ky_hieu_when_no_name_is_printed():
    assert _one("ý kiến tại văn bản 624/TB-VPCP").type == "Thông báo"
    assert _one("(số 22/UBND-KT)").type == "Công văn"


def test_words_run_together_still_give_the_type():
    assert _one("UBND tỉnh triển khai thực hiệnThông tư số 13/2023/TT-BKHĐT").type == "Thông tư"


# --- date ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch số 01/KH-UBND ngày 02/01/2024 của UBND tỉnh",
        "Kế hoạch số 01/KH-UBND ngày 02 tháng 01 năm 2024 của UBND tỉnh",
        "Kế hoạch số 01/KH-UBND ngày 2/1/2024",
        "(Kế hoạch số 01/KH-UBND, ngày 02/01/2024).",
        "Kế hoạch số 01/KH-UBND, ngày 02-01-2024",
    ],
)
def test_issued_on_is_read_in_every_printed_form(text):
    assert _one(text).issued_on == D(2024, 1, 2)


def test_a_date_without_year_is_completed_with_default_year():
    assert _one("Công văn số 22/UBND-KT ngày 04/1", default_year=2024).issued_on == D(2024, 1, 4)
    assert _one("Công văn số 22/UBND-KT ngày 04/1").issued_on is None


def test_an_impossible_date_is_no_date():
    assert _one("Công văn số 22/UBND-KT ngày 31/02/2024").issued_on is None


def test_a_date_far_from_the_code_is_not_its_date():
    assert _one("Công văn số 22/UBND-KT về tài sản công, hoàn thành ngày 31/3/2024").issued_on is None


# --- issuer --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Thông tư số 56/2023/TT-BTC ngày 18/8/2023 của Bộ trưởng Bộ Tài chính quy định việc lập dự toán",
         "Bộ trưởng Bộ Tài chính"),
        ("Quyết định số 10/2015/QĐ-UBND ngày 31/01/2015 của UBND tỉnh về mức chi", "UBND tỉnh"),
        ("Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ và Kế hoạch của tỉnh",
         "Thủ tướng Chính phủ"),
        ("Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng (khóa XIII)",
         "Ban Chấp hành Trung ương Đảng"),
        ("Thông tư số 09/2025/TT-BXD của Bộ\nXây dựng. Thời gian hoàn thành", "Bộ Xây dựng"),
        ("Nghị định số 63/2010/NĐ-CP của chính quyền các cấp", None),
        ("Nghị định số 63/2010/NĐ-CP.", None),
    ],
)
def test_issuer_is_the_phrase_after_cua(text, issuer):
    assert _one(text).issuer == issuer


# --- relation ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Sở Tư pháp triển khai thực hiện Nghị quyết số 18/2023/NQ-HĐND ngày 08/12/2023", "implements"),
        ("Các cơ quan thực hiện nghiêm túc Chỉ thị số 30/CT-TTg ngày 15/12/2023", "implements"),
        ("Văn bản này hướng dẫn thực hiện Nghị định số 63/2010/NĐ-CP", "guides"),
        ("Quyết định này bãi bỏ Quyết định số 10/2015/QĐ-UBND ngày 31/01/2015", "repeals"),
        ("Quyết định này thay thế Quyết định số 29/2015/QĐ-UBND", "replaces"),
        ("Nghị định sửa đổi, bổ sung một số điều của Nghị định số 63/2010/NĐ-CP", "amends"),
        ("ban hành kèm theo Quyết định số 167/QĐ-TTg ngày 08/02/2022", "cites"),
        ("triển khai các hoạt động theo quy định tại Thông tư số 13/2023/TT-BKHĐT", "cites"),
        ("Căn cứ Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh số 04/2012/PL-UBTVQH13", "cites"),
        ("Thực hiện nhiệm vụ được giao. (Công văn số 02/UBND-KT, ngày 02/01/2024)", "cites"),
    ],
)
def test_relation_is_what_the_text_says_it_does(text, relation):
    assert _one(text).relation == relation


def test_a_coordinated_mention_shares_the_verb():
    text = ("UBND tỉnh bãi bỏ Quyết định số 10/2015/QĐ-UBND ngày 31/01/2015 của UBND tỉnh về mức chi "
            "và Quyết định số 29/2015/QĐ-UBND ngày 31/8/2015 của UBND tỉnh")
    assert [r.relation for r in find_references(text)] == ["repeals", "repeals"]


def test_a_new_clause_does_not_inherit_the_verb():
    text = "bãi bỏ Quyết định số 10/2015/QĐ-UBND; các sở thực hiện báo cáo theo Quyết định số 29/2015/QĐ-UBND"
    assert [r.relation for r in find_references(text)] == ["repeals", "cites"]


# --- identity ------------------------------------------------------------------------------------


def test_one_entry_per_code_at_its_first_mention_filled_by_later_ones():
    text = ("Thực hiện Thông tư số 13/2023/TT-BKHĐT, các sở xây dựng kế hoạch. "
            "Thông tư số 13/2023/TT-BKHĐT ngày 12/12/2023 của Bộ trưởng Bộ Kế hoạch và Đầu tư quy định rõ.")
    ref = _one(text)
    assert ref.issued_on == D(2023, 12, 12)
    assert (ref.issuer, ref.relation) == ("Bộ trưởng Bộ Kế hoạch và Đầu tư", "implements")
    assert ref.start == text.index("Thông tư")


def test_printed_variants_of_one_code_are_one_reference():
    text = "Công văn số 02 /UBND-KT và Công văn 02/UBND–KT"
    assert [r.code for r in find_references(text)] == ["02/UBND-KT"]


def test_the_documents_own_code_is_excluded():
    text = "CHỈ THỊ Số: 03/CT-UBND. Thực hiện Chỉ thị số 30/CT-TTg ngày 15/12/2023 của Thủ tướng Chính phủ"
    assert [r.code for r in find_references(text, exclude_code="03/CT-UBND")] == ["30/CT-TTg"]
    assert [r.code for r in find_references(text, exclude_code="Số: 03 /CT–UBND")] == ["30/CT-TTg"]


def test_the_code_on_the_headers_own_number_line_is_no_reference():
    text = "| Số: 3210/QĐ - U B ND | Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014\nCăn cứ Quyết định số 22/2013/QĐ-TTg"
    assert [r.code for r in find_references(text)] == ["22/2013/QĐ-TTg"]


def test_to_dict_is_the_parse_output_shape():
    data = _one("Thông tư số 13/2023/TT-BKHĐT ngày 12/12/2023").to_dict()
    assert data["code"] == "13/2023/TT-BKHĐT" and data["issued_on"] == "2023-12-12"
    assert (data["number"], data["year"], data["symbol"]) == (13, 2023, "TT-BKHĐT")


# --- corpus directives (skipped when the corpus is absent) ---------------------------------------


def _corpus_references(name):
    path = CORPUS / "directives" / name
    if not path.exists():
        pytest.skip("the corpus is not on this machine")
    return {r.code: r for r in find_references(prepare(path.read_text(encoding="utf-8")).text)}


@pytest.mark.corpus
def test_corpus_decision_of_son_la_cites_its_legal_bases():
    refs = _corpus_references("quyetdinh-sonla-254-2023.txt")
    decree = refs["26/2020/NĐ-CP"]
    assert (decree.type, decree.issued_on, decree.issuer) == ("Nghị định", D(2020, 2, 28), "Chính phủ")
    circular = refs["24/2020/TT-BCA"]
    assert (circular.type, circular.issued_on, circular.issuer) == ("Thông tư", D(2020, 3, 10), "Bộ trưởng Bộ Công an")
    assert refs["69-QĐ/TW"].type == "Quy định"


@pytest.mark.corpus
def test_corpus_plan_of_nghe_an_implements_a_decision_of_the_prime_minister():
    refs = _corpus_references("kehoach-nghean-980-2025.txt")
    decision = refs["1899/QĐ-TTg"]
    assert (decision.type, decision.issued_on, decision.relation) == ("Quyết định", D(2025, 9, 4), "implements")
    assert refs["200/2025/NĐ-CP"].issued_on == D(2025, 7, 9)


@pytest.mark.corpus
def test_corpus_decision_773_reads_party_and_ordinance_codes():
    refs = _corpus_references("quyetdinh-ttg-773-2018.txt")
    assert refs["14-CT/TW"].type == "Chỉ thị"
    assert refs["14-CT/TW"].issued_on == D(2017, 7, 19)
    assert refs["26/2005/PL-UBTVQH11"].issuer == "Ủy ban Thường vụ Quốc hội"
    assert refs["04/2012/PL-UBTVQH13"].relation == "cites"  # a legal basis, not this text's amendment


@pytest.mark.corpus
def test_corpus_dispatch_of_the_government_office_keeps_the_mixed_ky_hieu():
    refs = _corpus_references("congvan-vpcp-11554-2025.txt")
    assert refs["11554/VPCP-V.I"].type == "Công văn"
    assert refs["7514/VPCP-V.I"].issuer == "Văn phòng Chính phủ"


# --- performance ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "adversarial",
    [
        pytest.param("1/" * 2_000_000, id="slashes"),
        pytest.param(("Ab-" * 300 + "Cd ") * 11_000, id="letters-and-hyphens"),
        pytest.param("Công văn số 02/UBND-KT ngày 02/01/2024 của " * 10_000, id="dense-references"),
    ],
)
def test_adversarial_text_runs_through_find_references_in_linear_time(adversarial):
    began = time.perf_counter()
    find_references(adversarial)
    assert time.perf_counter() - began < 20


def test_type_name_found_before_a_code_after_a_long_sentence():
    text = ("Để triển khai kịp thời và có hiệu quả các nhiệm vụ trọng tâm trong năm, thực hiện Nghị quyết liên tịch "
            "số 01/2024/NQLT-BCA ngày 02/01/2024, các đơn vị báo cáo.")
    (ref,) = find_references(text)
    assert ref.type == "Nghị quyết liên tịch" and ref.relation == "implements"
    assert text[ref.start:].startswith("Nghị quyết liên tịch")


def test_titled_name_needs_so_before_the_code():
    (titled,) = find_references("Căn cứ Luật Đất đai số 31/2024/QH15;")
    (untitled,) = find_references("Căn cứ Luật Đất đai 31/2024/QH15;")
    assert titled.type == "Luật" and titled.start == 7
    assert untitled.type is None and untitled.start == 20


def test_clause_start_is_after_the_last_boundary_the_patterns_find():
    import random

    from chidao.text import references

    def by_scan(text: str, pos: int) -> int:
        lo = max(0, pos - 300)
        last = lo
        for m in references._CLAUSE_END.finditer(text, lo, pos):
            if references._is_boundary(text, m):
                last = m.end()
        return last

    pieces = [".", ". ", ".\u00a0", ";", "\n", "\nthực", "\nThực", "(", ")", "?", "!", "a", " ", "1.2", "\t", "\u2028"]
    rng = random.Random(5)
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 120)))
        pos = rng.randint(0, len(text))
        assert references._clause_start(text, pos) == by_scan(text, pos), (text, pos)


def test_clause_start_is_after_the_last_boundary_before_the_mention():
    import random

    from chidao.text.references import _CLAUSE_END, _clause_start, _is_boundary

    def last_boundary(text, pos):
        lo = max(0, pos - 300)
        found = [m for m in _CLAUSE_END.finditer(text, lo, pos) if _is_boundary(text, m)]
        return found[-1].end() if found else lo

    pieces = ["a", "Thực hiện", " ", ";", "\n", "\nb", "\nB", "(", ")", "?", "!", ".", ". ", "1.2", "TP.HCM", "x" * 120]
    rng = random.Random(9)
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        pos = rng.randint(0, len(text))
        expected = last_boundary(text, pos)
        assert _clause_start(text, pos) == expected, (repr(text), pos)


@pytest.mark.parametrize(
    "text",
    [
        "  Xét đề nghị của Sở Tư pháp thực hiện Quyết định số 10/2015/QĐ-UBND",
        "Theo đề nghị của Sở Nội vụ thực hiện Quyết định số 10/2015/QĐ-UBND",
        "CĂN CỨ thực hiện Quyết định số 10/2015/QĐ-UBND",
    ],
)
def test_a_legal_basis_clause_only_cites_whatever_verb_follows(text):
    assert _one(text).relation == "cites"


def test_a_clause_opening_with_other_words_keeps_its_verb():
    assert _one("- Đề nghị các sở triển khai thực hiện Quyết định số 10/2015/QĐ-UBND").relation == "implements"


def _dates(text):
    return [(r.code, r.issued_on) for r in find_references(text)]


def test_a_date_wrapped_onto_the_next_line_is_still_the_mentions_date():
    assert _dates("Thông tư số 85/2020/TT-BTC ngày\n01/10/2020 của Bộ Tài chính") == [
        ("85/2020/TT-BTC", datetime.date(2020, 10, 1))]
    assert _dates("Công điện số 158/CĐ-TTg ngày 04\ntháng 9 năm 2025") == [("158/CĐ-TTg", datetime.date(2025, 9, 4))]


def test_a_date_after_the_issuer_belongs_to_the_mention():
    assert _dates("Nghị quyết số 46/NQ-CP của Chính phủ ngày 08 tháng 3 năm 2025 về") == [
        ("46/NQ-CP", datetime.date(2025, 3, 8))]


def test_a_date_opening_the_clause_dates_its_only_code():
    assert _dates("Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP, Phó Thủ tướng kết luận") == [
        ("569/TB-VPCP", datetime.date(2025, 10, 22))]


def test_a_date_opening_the_clause_does_not_date_a_second_code():
    assert _dates("Ngày 22/10/2025, Bộ ban hành Quyết định 12/QĐ-BXD và Công văn 15/BXD-KT") == [
        ("12/QĐ-BXD", datetime.date(2025, 10, 22)), ("15/BXD-KT", None)]


def test_a_notice_of_conclusions_is_typed_by_its_ky_hieu():
    [ref] = find_references("theo Thông báo kết luận số 49/TB-VPCP ngày 01/02/2025")
    assert (ref.type, ref.code) == ("Thông báo", "49/TB-VPCP")


def test_a_footnote_listing_documents_at_the_end_of_a_saved_page_is_part_of_the_document():
    from chidao.text import parse_text

    text = ("THỦ TƯỚNG CHÍNH PHỦ\n-------\nSố: 226/CĐ-TTg\nHà Nội, ngày 20 tháng 11 năm 2025\nCÔNG ĐIỆN\nVề việc thử\n"
            "1. Các bộ thực hiện nghiêm.\nTHỦ TƯỚNG\nNguyễn Văn A\n"
            "[1] Các công điện: số 217/CĐ-TTg ngày 16/11/2025; số\n223/CĐ-TTg ngày 20/11/2025.\n"
            "Công điện 226/CĐ-TTg năm 2025 về việc thử do Thủ tướng Chính phủ điện\n"
            "Văn bản này chưa cập nhật nội dung Tiếng Anh\n")
    assert [r["code"] for r in parse_text(text)["references"]] == ["217/CĐ-TTg", "223/CĐ-TTg"]


def test_a_forms_number_is_not_a_reference():
    text = ("kê khai theo mẫu số 03/TNDN ban hành kèm Thông tư số 80/2021/TT-BTC, tờ khai Mẫu 01/TK-SDDPNN, số thuế"
            " trên tờ khai 05/KK-TNCN")
    assert [r.code for r in find_references(text)] == ["80/2021/TT-BTC"]


def test_a_code_printed_with_and_without_its_hyphen_is_one_reference():
    text = "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025; hướng dẫn Nghị định số 118/2025/NĐCP"
    assert _dates(text) == [("118/2025/NĐ-CP", datetime.date(2025, 6, 9))]


@pytest.mark.parametrize(("text", "code", "kind"), [
    ("Căn cứ Luật Tổ chức chính quyền\nđịa phương số 72/2025/QH15 ngày* *16/6/2025;*", "72/2025/QH15", "Luật"),
    ("Căn cứ Luật Quản\nlý, sử dụng tài sản công số 15/2017/QH14 ngày 21/6/2017;", "15/2017/QH14", "Luật"),
    ("Căn cứ khoản 3 Điều 1 Luật\nsố 106/2016/QH13 ngày 19/4/2016", "106/2016/QH13", "Luật"),
    ("Về Kết luận của Ủy ban Thường vụ Quốc hội tại Thông\nbáo số 4387/TB-VPQH ngày 14/11/2025", "4387/TB-VPQH",
     "Thông báo"),
    ("nghị quyết “Quy\nđịnh nội dung, mức chi hỗ trợ Báo cáo thẩm tra số 113/BC-BPC ngày 22/11/2025", "113/BC-BPC",
     "Báo cáo"),
])
def test_a_type_name_wrapped_or_titled_with_commas_is_read(text, code, kind):
    [ref] = find_references(text)
    assert (ref.code, ref.type) == (code, kind)


def test_a_date_printed_before_the_number_or_after_de_dates_the_mention():
    assert _dates("Căn cứ văn bản ngày 29 tháng 10 năm 2025 số\n16/CV-HHTACN của Hội") == [
        ("16/CV-HHTACN", datetime.date(2025, 10, 29))]
    assert _dates("Đơn đề nghị số 0825-05/HW-TCHQ đề ngày 05/9/2025 (nhận ngày 15/9/2025)") == [
        ("0825-05/HW-TCHQ", datetime.date(2025, 9, 5))]


def test_a_code_typed_without_its_d_stroke_is_the_same_code():
    text = "Nghị định số 103/2024/NĐ-CP ngày 30/7/2024; ngày Nghị định số 103/2024/ND-CP có hiệu lực"
    assert _dates(text) == [("103/2024/NĐ-CP", datetime.date(2024, 7, 30))]


def test_a_footnote_number_run_into_a_code_is_the_same_reference():
    text = ("theo Nghị quyết số 140/NQ-CP2 của Chính phủ.\n"
            "2 Nghị quyết số 140/NQ-CP ngày 17/5/2025 của Chính phủ ban hành Chương trình hành động.")
    assert [(r.code, r.issued_on) for r in find_references(text)] == [("140/NQ-CP", datetime.date(2025, 5, 17))]


def test_a_code_that_ends_in_digits_of_its_own_is_kept():
    assert [r.code for r in find_references("Nghị quyết số 119/2026/UBTVQH15 của Ủy ban Thường vụ Quốc hội")] == [
        "119/2026/UBTVQH15"]
