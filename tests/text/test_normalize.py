"""Normalization: NFC, tone-mark placement, folding, whitespace repair, TCVN3 and VNI text."""

import re
import unicodedata

import pytest
import yaml

from chidao.text.normalize import (
    LOWER_LETTER,
    Prepared,
    any_marks,
    canonical_tones,
    clean,
    compile_across_lines,
    convert_legacy,
    ends_a_headline,
    detect_legacy_encoding,
    fold,
    prepare,
)
from chidao.text.normalize import _tables  # the data file itself, to build legacy text from Unicode

# --- canonical_tones -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("new_style", "old_style"),
    [("hoà", "hòa"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("Thành uỷ", "Thành ủy"), ("xoá", "xóa"), ("HOÀ", "HÒA")],
)
def test_both_tone_placements_map_to_one_form(new_style, old_style):
    assert canonical_tones(new_style) == canonical_tones(old_style)


@pytest.mark.parametrize("word", ["quý", "hoàn", "giữ", "thuở", "hoàng", "khuyến", "quỳnh", "của", "người"])
def test_words_with_one_right_place_keep_their_tone(word):
    assert canonical_tones(word) == word


def test_canonical_tones_keeps_the_length_of_the_nfc_text():
    text = "Hoà giải ở cơ sở, Thành uỷ Lạng Sơn, sức khoẻ, thuỷ lợi, quý I"
    decomposed = unicodedata.normalize("NFD", text)
    result = canonical_tones(decomposed)
    assert len(result) == len(unicodedata.normalize("NFC", text))
    assert result.index("Lạng Sơn") == text.index("Lạng Sơn")


def test_canonical_tones_normalizes_decomposed_input_to_nfc():
    assert canonical_tones(unicodedata.normalize("NFD", "Lạng Sơn")) == "Lạng Sơn"


# --- fold ----------------------------------------------------------------------------------------


def test_fold_removes_diacritics_and_lowercases():
    assert fold("Đồng Đăng - Lạng Sơn") == "dong dang - lang son"


def test_fold_equates_tone_placements_and_case():
    assert fold("Sức khoẻ") == fold("SỨC KHỎE") == "suc khoe"


def test_fold_keeps_the_length_of_vietnamese_text():
    text = "Ủy ban nhân dân tỉnh Lạng Sơn chỉ đạo"
    assert len(fold(text)) == len(text)


# --- clean ---------------------------------------------------------------------------------------


def test_clean_repairs_nbsp_tabs_and_doubled_spaces():
    assert clean("Ủy ban\u00a0nhân dân\t\ttỉnh  Lạng Sơn") == "Ủy ban nhân dân tỉnh Lạng Sơn"


def test_clean_joins_a_hard_line_break_inside_a_sentence():
    wrapped = "Sở Y tế phối hợp các cơ quan\nliên quan tuyên truyền."
    assert clean(wrapped) == "Sở Y tế phối hợp các cơ quan liên quan tuyên truyền."


def test_clean_keeps_paragraph_breaks_and_new_sentences():
    text = "Điều 1. Ban hành Kế hoạch.\n\n\n\nĐiều 2. Thi hành.\nNơi nhận:"
    assert clean(text) == "Điều 1. Ban hành Kế hoạch.\n\nĐiều 2. Thi hành.\nNơi nhận:"


def test_clean_removes_zero_width_characters_and_space_before_punctuation():
    assert clean("Lạng\u200b Sơn ,  năm 2024 .") == "Lạng Sơn, năm 2024."


# --- legacy encodings ----------------------------------------------------------------------------

PHRASE = "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Ủy ban nhân dân tỉnh Lạng Sơn"


def _encode(text: str, encoding: str) -> str:
    """Unicode → how a legacy document looks once decoded as cp1252 (inverse of the data table)."""
    inverse = {v: k for k, v in _tables()[encoding].items() if len(v) == 1}
    return "".join(inverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def test_tcvn3_text_is_detected_and_converted():
    raw = "Céng hoµ x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc"
    assert detect_legacy_encoding(raw) == "tcvn3"
    assert convert_legacy(raw, "tcvn3") == "Cộng hoà xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc"


def test_tcvn3_soft_hyphen_is_the_letter_u_horn():
    assert convert_legacy("M\u00adêng Kh\u00ad\u00acng", "tcvn3") == "Mường Khương"


def test_vni_text_is_detected_and_converted():
    raw = ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc. "
           "UÛy ban nhaân daân tænh Laïng Sôn")
    assert detect_legacy_encoding(raw) == "vni"
    assert convert_legacy(raw, "vni") == PHRASE


def test_every_lowercase_vietnamese_letter_round_trips_through_tcvn3():
    letters = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    assert convert_legacy(_encode(letters, "tcvn3"), "tcvn3") == letters


def test_vni_table_covers_all_134_vietnamese_letters():
    vni = _tables()["vni"]
    targets = set(vni.values()) | set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
    assert len({ch for ch in targets if unicodedata.name(ch).startswith("LATIN")}) >= 134


def test_unicode_vietnamese_is_never_reported_as_legacy():
    assert detect_legacy_encoding(PHRASE + " « trích » © 2024") is None


def test_french_latin1_text_is_not_reported_as_legacy():
    assert detect_legacy_encoding("Café crème brûlée à la française, garçon ! Où êtes-vous ?") is None


def test_prepare_converts_tcvn3_and_warns():
    prepared = prepare("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    assert isinstance(prepared, Prepared)
    assert prepared.text == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    assert [w.code for w in prepared.warnings] == ["legacy-encoding-tcvn3"]
    assert prepared.warnings[0].end == len(prepared.text)


def test_prepare_converts_vni_and_warns():
    prepared = prepare(_encode(PHRASE, "vni"))
    assert prepared.text == PHRASE
    assert [w.code for w in prepared.warnings] == ["legacy-encoding-vni"]


def test_prepare_only_normalizes_unicode_text():
    prepared = prepare(unicodedata.normalize("NFD", PHRASE))
    assert prepared.text == PHRASE
    assert prepared.warnings == []


def test_legacy_tables_are_plain_yaml_data():
    from pathlib import Path

    import chidao

    data = yaml.safe_load((Path(chidao.__file__).parent / "data" / "legacy_encodings.yaml").read_text("utf-8"))
    assert set(data) == {"tcvn3", "vni"}
    assert data["tcvn3"]["¸"] == "á" and data["vni"]["aù"] == "á"


def test_unknown_legacy_encoding_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        convert_legacy("abc", "viscii")


@pytest.mark.corpus
def test_no_unicode_corpus_document_is_taken_for_legacy_text():
    from tests.conftest import CORPUS

    paths = sorted((CORPUS / "directives").glob("*.txt"))
    if not paths:
        pytest.skip("the corpus is not on this machine")
    assert [p.name for p in paths if detect_legacy_encoding(p.read_text(encoding="utf-8"))] == []


def test_sample_digest_is_not_taken_for_legacy_text(sample_digest_text):
    prepared = prepare(sample_digest_text)
    assert prepared.warnings == []
    assert prepared.text == unicodedata.normalize("NFC", sample_digest_text).replace("\u00a0", " ")


def test_canonical_tones_skips_text_without_a_toned_pair_and_keeps_moving_marks_in_others():
    assert canonical_tones("Ủy ban nhân dân tỉnh") == "Ủy ban nhân dân tỉnh"
    assert canonical_tones("hoà bình, thuỷ lợi, khoẻ mạnh, quý") == "hòa bình, thủy lợi, khỏe mạnh, quý"
    assert canonical_tones("HOÀ") == "HÒA"


@pytest.mark.parametrize("printed", ["CỘNG HÒA XÃ HỘI", "CONG HOA XA HOI", "CỘNG HOÀ XÃ HOI", "cộng hòa xã hội"])
def test_any_marks_matches_a_phrase_whatever_marks_its_letters_carry(printed):
    assert re.fullmatch(any_marks("Cộng hòa xã hội"), printed, re.IGNORECASE)


def test_any_marks_keeps_the_letters_themselves():
    assert re.fullmatch(any_marks("tháng"), "thắng") and not re.fullmatch(any_marks("tháng"), "thành")


def test_prepare_makes_no_break_and_typographic_spaces_plain_without_moving_offsets():
    raw = "Sở\u00a0Y tế\u202fbáo cáo trước ngày\u200915/12/2025."
    assert prepare(raw).text == "Sở Y tế báo cáo trước ngày 15/12/2025." and len(prepare(raw).text) == len(raw)


SPACED = "\n\n".join([
    "1. Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan rà soát",
    "nguồn kinh phí, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.",
    "a) Tổng hợp nhu cầu của các địa phương;",
    "b) Đề xuất phương án phân bổ.",
    "2. Sở Y tế chỉ đạo các cơ sở khám bệnh, chữa bệnh bảo đảm thuốc,",
    "vật tư y tế trong dịp Tết.",
] * 2)


def test_a_text_printing_every_line_between_blank_lines_has_its_wrapped_sentences_joined():
    text = prepare(SPACED).text
    assert len(text) == len(SPACED)
    assert "rà soát" + " " * 1 + "\nnguồn kinh phí" in text  # a blank line before a lower-case word: a wrap
    assert "15/12/2025.\n\na) Tổng hợp" in text  # a lettered item still stands apart


# wrapped at about 75 columns, every printed line between blank lines
SPACED_WRAPPED = "\n\n".join([
    "Thực hiện Kết luận số 210-KL/TW ngày 12/11/2025 của",
    "Ban Chấp hành Trung ương Đảng, Ủy ban nhân dân tỉnh yêu cầu các cơ quan sau",
    "Sở Tài chính, Sở Xây dựng và Công an tỉnh thực hiện những việc dưới đây:",
    "1. Sở Tài chính chủ trì rà soát nguồn kinh phí và báo cáo kết quả với Ủy ban",
    "Ủy ban nhân dân tỉnh trước ngày 15/12/2025 để tổng hợp và xem xét chỉ đạo.",
    "2. Sở Xây dựng kiểm tra các công trình.",
    "Điều 3. Chánh Văn phòng",
    "Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định.",
    "Nguyễn Văn An",
] + ["Các cơ quan, đơn vị thực hiện nghiêm túc nội dung của Kế hoạch này và báo cáo",
     "- kết quả thực hiện hằng tháng."] * 4)


def _joined(text: str, before: str, after: str) -> bool:
    at = text.index(before) + len(before)
    return text[at:text.index(after, at)].strip(" ") == "\n"


def test_a_spaced_line_that_fills_the_width_without_ending_a_sentence_runs_on():
    text = prepare(SPACED_WRAPPED).text
    assert len(text) == len(SPACED_WRAPPED)
    assert _joined(text, "các cơ quan sau", "Sở Tài chính, Sở Xây dựng")
    assert _joined(text, "với Ủy ban", "Ủy ban nhân dân tỉnh trước")
    assert not _joined(text, "những việc dưới đây:", "1. Sở Tài chính")  # a colon ends it
    assert not _joined(text, "Kế hoạch này và báo cáo", "- kết quả")  # the next line opens an item


def test_a_spaced_line_ending_in_a_word_that_never_ends_a_sentence_runs_on_however_short():
    assert _joined(prepare(SPACED_WRAPPED).text, "ngày 12/11/2025 của", "Ban Chấp hành")


def test_a_spaced_title_at_a_lines_end_runs_on_into_its_body():
    text = prepare(SPACED_WRAPPED).text
    assert _joined(text, "Chánh Văn phòng", "Ủy ban nhân dân tỉnh, Giám đốc")
    assert not _joined(text, "xem xét chỉ đạo.", "2. Sở Xây dựng")
    assert not _joined(text, "thi hành Quyết định.", "Nguyễn Văn An")


def test_a_spaced_text_whose_paragraphs_are_single_lines_has_no_width_to_fill():
    lines = [f"Sở số {n} báo cáo" + " kết quả thực hiện" * (n % 9) for n in range(30)]
    text = "\n\n".join(lines)
    assert prepare(text).text == text


def test_paragraphs_between_blank_lines_are_left_alone():
    text = "Sở Y tế báo cáo.\n\nSở Tài chính bố trí kinh phí.\n\n" * 10
    assert prepare(text).text == text


def test_lower_letter_takes_small_letters_only():
    assert all(re.fullmatch(LOWER_LETTER, c) for c in "aăâđêôơưyỷủấ")
    assert not any(re.fullmatch(LOWER_LETTER, c) for c in "AĂĐỦẤỶ1")


def test_compile_across_lines_lets_a_few_blanks_be_a_line_break_and_indentation():
    pattern = compile_across_lines(r"trước\s{1,3}ngày")
    assert pattern.fullmatch("trước ngày") and pattern.fullmatch("trước\n            ngày")
    assert not pattern.fullmatch("trước                ngày")  # a gap between columns is not a blank


@pytest.mark.parametrize(("line", "following", "expected"), [
    ("Phú Yên khẩn trương ngăn chặn tàu cá vi phạm vùng biển nước ngoài", "Để kịp thời", True),
    ("Đề nghị Công an tỉnh; Đài", "Khí tượng", False),
    ("Chánh Văn phòng UBND tỉnh, Giám đốc", "Sở Y tế", False),
    ("Điều 3. Chánh Văn phòng và Thủ trưởng các cơ quan có liên quan", "Sở Y tế", False),
    ("Một dòng bị ngắt giữa câu của", "Sở Y tế", False),
    ("Tiêu đề tin bài viết thường", "tiếp tục chữ thường", False),
])
def test_a_headline_is_a_short_unnumbered_first_line_before_a_capital(line, following, expected):
    assert ends_a_headline(line, following) is expected
