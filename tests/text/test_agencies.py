"""The agency recognizer: `load_registry`, `Registry.find_agencies`, `Registry.resolve`."""

import datetime
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chidao.text.agencies import find_groups, load_registry, read_registry, text_as_matched
from chidao.text.groups import groups_in_words, words
from chidao.text.types import ChidaoTextError


@pytest.fixture(scope="module")
def registry():
    return load_registry("lang-son")


def ids(registry, text, on=None):
    return [m.id for m in registry.find_agencies(text, on=on)]


def test_load_registry_is_cached():
    assert load_registry() is load_registry("lang-son")


def test_an_unknown_province_is_a_clear_error():
    with pytest.raises(ChidaoTextError, match="không-co-tinh-nay"):
        read_registry("không-co-tinh-nay")


@pytest.mark.parametrize("printed", ["Sở Công thương", "Sở Công Thương", "SỞ CÔNG THƯƠNG", "Sở Cong Thuong"])
def test_case_and_diacritics_do_not_matter(registry, printed):
    [mention] = registry.find_agencies(f"Giao {printed} chủ trì.")
    assert (mention.id, mention.name, mention.as_printed) == ("so-cong-thuong", "Sở Công Thương", printed)


def test_offsets_point_at_the_printed_name(registry):
    text = "Giao Sở Y tế, Sở Tài chính phối hợp."
    for mention in registry.find_agencies(text):
        assert text[mention.start:mention.end] == mention.as_printed
    assert ids(registry, text) == ["so-y-te", "so-tai-chinh"]


def test_the_longest_name_wins(registry):
    [mention] = registry.find_agencies("Giao Văn phòng UBND tỉnh theo dõi.")
    assert mention.id == "van-phong-ubnd-tinh"
    assert mention.as_printed == "Văn phòng UBND tỉnh"


@pytest.mark.parametrize("printed, expected", [
    ("Sở NN&PTNT", "so-nong-nghiep-ptnt"),
    ("Sở LĐ-TB&XH", "so-lao-dong-tbxh"),
    ("Sở KH&ĐT", "so-ke-hoach-dau-tu"),
    ("UBND tỉnh", "ubnd-tinh"),
    ("Ủy ban nhân dân tỉnh", "ubnd-tinh"),
    ("Uỷ ban nhân dân tỉnh Lạng Sơn", "ubnd-tinh"),
    ("VP UBND tỉnh", "van-phong-ubnd-tinh"),
    ("Văn phòng Ủy ban nhân dân tỉnh", "van-phong-ubnd-tinh"),
    ("UBND TP. Lạng Sơn", "ubnd-tp-lang-son"),
    ("UBND huyện Cao Lộc", "ubnd-huyen-cao-loc"),
    ("Đài PT-TH tỉnh", "dai-pt-th-tinh"),
    ("Thủ tướng Chính phủ", "thu-tuong"),
    ("Bộ Kế hoạch và Đầu tư", "bo-ke-hoach-dau-tu"),
])
def test_abbreviations_and_long_forms_resolve(registry, printed, expected):
    assert ids(registry, f"{printed} chỉ đạo") == [expected]


def test_a_province_suffix_of_this_province_belongs_to_the_name(registry):
    [mention] = registry.find_agencies("Sở Công Thương tỉnh Lạng Sơn báo cáo")
    assert (mention.id, mention.as_printed) == ("so-cong-thuong", "Sở Công Thương tỉnh Lạng Sơn")


@pytest.mark.parametrize("printed", ["Sở Y tế tỉnh Cao Bằng", "UBND tỉnh Bắc Kạn", "Công an tỉnh Quảng Ninh",
                                     "UBND huyện Ba Vì", "UBND thành phố Hà Nội"])
def test_another_provinces_agency_is_recognised_without_an_id(registry, printed):
    [mention] = registry.find_agencies(f"Phối hợp với {printed}, theo dõi.")
    assert (mention.id, mention.name, mention.as_printed) == (None, printed, printed)


def test_a_lower_case_phrase_is_not_an_agency(registry):
    assert ids(registry, "chỉ đạo các cơ sở y tế bảo đảm thuốc") == []


def test_document_codes_are_not_agencies(registry):
    assert ids(registry, "Quyết định số 167/QĐ-TTg và Thông tư số 56/2023/TT-BTC") == []


def test_group_phrases_are_never_agencies(registry):
    assert registry.find_agencies("Các sở, ban, ngành, UBND các huyện, thành phố tổ chức thực hiện.") == []
    assert registry.find_agencies("Thủ trưởng các Sở, Ban, ngành, Chủ tịch UBND các huyện, thành phố.") == []


def test_on_picks_the_agency_valid_that_day(registry):
    text = "Ủy ban nhân dân phường Tam Thanh, Sở Nông nghiệp và Môi trường"
    assert ids(registry, text, on=datetime.date(2025, 8, 1)) == ["ubnd-phuong-tam-thanh", "so-nong-nghiep-moi-truong"]


def test_a_former_agency_is_still_named_after_it_ended(registry):
    # a 2026 report citing the former Sở KH&ĐT still means that agency
    assert ids(registry, "Sở Kế hoạch và Đầu tư", on=datetime.date(2026, 1, 5)) == ["so-ke-hoach-dau-tu"]


def test_resolve_takes_a_whole_name(registry):
    assert registry.resolve("Sở Công thương tỉnh Lạng Sơn").id == "so-cong-thuong"
    assert registry.resolve("  sở tư pháp ").id == "so-tu-phap"  # a typed name: case does not matter
    assert registry.resolve("Sở Y tế tỉnh Cao Bằng") is None
    assert registry.resolve("Sở Y tế và Sở Tài chính") is None
    assert registry.resolve("") is None


def test_resolve_follows_the_date(registry):
    record = registry.resolve("Cục Quản lý thị trường tỉnh", on=datetime.date(2024, 1, 1))
    assert record.id == "cuc-quan-ly-thi-truong"
    assert [r.id for r in registry.current(record.id, datetime.date(2025, 3, 1))] == ["so-cong-thuong"]


def test_current_is_empty_for_an_abolished_district(registry):
    assert registry.current("ubnd-huyen-chi-lang", datetime.date(2025, 7, 1)) == []
    last_day = registry.current("ubnd-huyen-chi-lang", datetime.date(2025, 6, 30))
    assert [r.id for r in last_day] == ["ubnd-huyen-chi-lang"]


def test_a_long_text_is_scanned_in_one_pass(registry):
    text = "Sở Y tế, các sở, ban, ngành và UBND tỉnh Cao Bằng; " * 1000
    mentions = registry.find_agencies(text)
    assert len(mentions) == 2000


# --- the sample digest (Chỉ thị 03/CT-UBND of 05/01/2024) ------------------------------------------------

DIRECTIVE_BLOCKS = {
    "1": ["so-cong-thuong"], "2": ["so-tai-chinh"], "3": ["so-nong-nghiep-ptnt"], "4": ["so-lao-dong-tbxh"],
    "5": ["so-y-te"], "6": ["so-giao-thong-van-tai"], "7": ["cong-an-tinh"], "8": ["bchqs-tinh", "bdbp-tinh"],
    "9": ["so-van-hoa-tt-dl"], "10": ["so-thong-tin-truyen-thong"], "11": ["nhnn-chi-nhanh-lang-son"],
    "12": ["so-ngoai-vu"], "13": ["so-giao-duc-dao-tao"], "14": ["thanh-tra-tinh", "ban-tiep-cong-dan"],
    "15": ["bao-lang-son", "dai-pt-th-tinh"], "16": ["cuc-quan-ly-thi-truong"],
    "17": ["bql-kkt-cua-khau-dong-dang"], "18": [],
}


def test_the_directive_blocks_of_the_sample_digest_resolve_to_registry_ids(registry, sample_digest_text):
    headings = dict(re.findall(r"(?m)^(\d+)\. (.+)$", sample_digest_text))
    assert set(headings) == set(DIRECTIVE_BLOCKS)
    on = datetime.date(2024, 1, 5)
    found = {number: ids(registry, heading, on=on) for number, heading in headings.items()}
    assert found == DIRECTIVE_BLOCKS


def test_every_agency_in_the_sample_digest_is_known(registry, sample_digest_text):
    unknown = [m.as_printed for m in registry.find_agencies(sample_digest_text) if m.id is None]
    assert unknown == []


def test_on_chooses_between_two_agencies_that_shared_a_name_at_different_times():
    from chidao.text.agencies import AgencyRecord, Registry

    old = AgencyRecord(id="so-cu", name="Sở Nông nghiệp", valid_to=datetime.date(2025, 2, 28), source="x")
    new = AgencyRecord(id="so-moi", name="Sở Nông nghiệp", valid_from=datetime.date(2025, 3, 1), source="x")
    reg = Registry("x", [old, new], [])
    assert ids(reg, "Sở Nông nghiệp", on=datetime.date(2024, 1, 1)) == ["so-cu"]
    assert ids(reg, "Sở Nông nghiệp", on=datetime.date(2025, 3, 1)) == ["so-moi"]
    assert ids(reg, "Sở Nông nghiệp") == ["so-moi"]  # no date: the agency that exists now
    assert reg.resolve("Sở Nông nghiệp", on=datetime.date(2025, 2, 28)).id == "so-cu"


@pytest.mark.parametrize("text", [
    "UBND huyện Ba Vì. Trên cơ sở", "UBND huyện Ba Vì;\n- Các sở", "UBND huyện Ba Vì)\n\nI. MỤC"])
def test_punctuation_ends_a_place_name(registry, text):
    [mention] = registry.find_agencies(text)
    assert mention.as_printed == "UBND huyện Ba Vì"


def test_a_bare_ubnd_thanh_pho_is_not_guessed(registry):
    assert registry.find_agencies("Ủy ban nhân dân Thành phố. Trên cơ sở") == []


FRAGMENTS = ["Sở Y tế", "UBND tỉnh", "Cao Bằng", "các sở, ban, ngành", "TP.", "Hà Nội", " ", ", ", ". ", "\n\n",
             "Văn phòng", "UBND huyện", "Ủy ban nhân dân", "thành phố", "Lạng Sơn", "&", "Sở KH&ĐT", "đ", "Bộ"]


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30))
@settings(max_examples=150, deadline=None)
def test_mentions_slice_back_in_order_without_overlap(parts):
    registry = load_registry()
    text = "".join(parts)
    mentions = registry.find_agencies(text)
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.as_printed
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


# --- the fast scan: words are made only around capitalised words a name can start with -------------------


def word_by_word(registry, text, on=None):
    """The plain scan the fast one must agree with: every word of the whole text as the matcher reads it (a
    name joined to the word before read apart), in turn."""
    text = text_as_matched(text)
    ws = words(text)
    groups = groups_in_words(text, ws)
    found, i = [], 0
    while i < len(ws):
        match = registry._match_at(ws, i, on) if ws[i].norm in registry._names or ws[i].norm in ("ubnd", "hdnd") else None
        if match is None:
            i += 1
            continue
        end, record = match
        start, stop = ws[i].start, ws[end - 1].end
        if not any(g.start <= start and stop <= g.end for g in groups):
            found.append((record.id if record else None, start, stop))
        i = end
    return found


MORE = FRAGMENTS + ["Ủy Ban Nhân Dân", "Hội đồng nhân dân", "Ban", "Thanh", "Tp", "TP", "Uy", "dân", "Sở", "Công an",
                    "Tài chính", "Kế hoạch và Đầu tư", "Ba Vì", "phường", "Tam Thanh", "xã", "Chi Lăng", ";", " - ",
                    "Văn phòng UBND tỉnh", "Chủ tịch ", "các", "tỉnh", "Quảng Ninh", "Thủ tướng Chính phủ", "NN&PTNT",
                    "UBND", "HĐND ", "cấp", " & ", "Văn phòng", "Quốc hội", "Ủy ban", "nhân dân", "Hồ Chí Minh", "\n"]


@given(st.lists(st.sampled_from(MORE), max_size=300),
       st.sampled_from([None, datetime.date(2024, 1, 1), datetime.date(2025, 8, 1)]))
@settings(max_examples=120, deadline=None)
def test_the_fast_scan_finds_what_a_word_by_word_scan_finds(parts, on):
    registry = load_registry()
    text = "".join(parts)
    assert [(m.id, m.start, m.end) for m in registry.find_agencies(text, on=on)] == word_by_word(registry, text, on)


def test_the_sample_digest_gives_what_a_word_by_word_scan_gives(registry, sample_digest_text):
    on = datetime.date(2024, 1, 5)
    found = [(m.id, m.start, m.end) for m in registry.find_agencies(sample_digest_text, on=on)]
    assert found == word_by_word(registry, sample_digest_text, on)


def test_capitals_whose_next_words_start_no_name_are_skipped_before_any_window(registry):
    text = ("Ủy ban nhân dân tỉnh Lạng Sơn; UBND huyện Ba Vì; Văn phòng Quốc gia về nước sạch; "
            "UBND cấp xã nơi có dự án")
    starts = [at for at, _ in registry._hits(text)]
    assert starts == [text.index("Ủy"), text.index("UBND huyện")]
    assert [m.start for m in registry.find_agencies(text)] == starts


ADVERSARIAL = ["Sở ", "các sở, ban, ngành, ", "Sở Y Tế Ban Văn Phòng Ủy Ban Nhân Dân Tỉnh Lạng Sơn ", "UBND huyện Ba Vì, ",
               "Chủ tịch UBND các huyện, thành phố ", "Ủy ban nhân dân ", "TP. ", "a" * 5000, " " * 5000]


def through_both(registry, megabytes):
    per_piece = int(megabytes * 1_000_000) // len(ADVERSARIAL)
    text = "".join(piece * (per_piece // len(piece)) for piece in ADVERSARIAL)
    started = time.perf_counter()
    registry.find_agencies(text)
    find_groups(text)
    return len(text), time.perf_counter() - started


def test_adversarial_input_takes_linear_time(registry):
    size, seconds = through_both(registry, 0.5)
    assert size > 450_000 and seconds < 10  # about 1 s here; quadratic behaviour would take minutes


@pytest.mark.slow
def test_ten_megabytes_of_adversarial_input_take_reasonable_time(registry):
    size, seconds = through_both(registry, 10)
    assert size > 9_000_000 and seconds < 60  # about 20 s on one loaded core: linear, only catches blow-ups


def test_a_document_from_elsewhere_means_its_own_offices(registry):
    found = registry.find_agencies("UBND tỉnh giao Sở Tài chính và Bộ Tài chính.")
    home = registry.seen_from(found, "Ủy ban nhân dân tỉnh Lạng Sơn", "Lạng Sơn")
    assert home == found
    there = registry.seen_from(found, "Ủy ban nhân dân tỉnh Đắk Lắk", "Đắk Lắk")
    assert [(m.name, m.id) for m in there] == [("Ủy ban nhân dân tỉnh Đắk Lắk", None), ("Sở Tài chính", None),
                                               ("Bộ Tài chính", found[2].id)]
    central = registry.seen_from(found, "Bộ Tài chính", "Hà Nội")
    assert central[0].name == "Ủy ban nhân dân tỉnh"


@pytest.mark.parametrize("printed", ["Giám đốcSở Y tế", "thi hànhSở Y tế", "Chủ tịchUBND tỉnh"])
def test_a_name_a_web_page_joined_to_the_word_before_is_found_at_its_capital(registry, printed):
    [mention] = registry.find_agencies(printed)
    assert printed[mention.start:mention.end] in ("Sở Y tế", "UBND tỉnh")


def test_a_capital_inside_a_mixed_case_word_starts_no_name(registry):
    assert registry.find_agencies("ứng dụng ZaloBộ trưởng") == []


@pytest.mark.parametrize(("printed", "expected"), [
    ("Sở GD-ĐT", "so-giao-duc-dao-tao"), ("Sở VH-TT-DL", "so-van-hoa-tt-dl"),
    ("Sở NN-PTNT", "so-nong-nghiep-ptnt"),
])
def test_departments_abbreviated_with_dashes_resolve(registry, printed, expected):
    assert ids(registry, f"Giao {printed} chủ trì.") == [expected]


def test_a_bare_tinh_after_a_provincial_department_belongs_to_its_name(registry):
    [mention] = registry.find_agencies("Sở Y tế tỉnh tổ chức kiểm tra.")
    assert mention.as_printed == "Sở Y tế tỉnh"


def test_a_bare_tinh_opening_a_list_of_units_is_left_to_the_group(registry):
    [mention] = registry.find_agencies("Giám đốc Sở Y tế tỉnh, thành phố kiểm tra.")
    assert mention.as_printed == "Sở Y tế"


def test_another_provinces_department_printed_with_abbreviations_is_named_as_the_registry_writes_its_own():
    [mention] = load_registry().find_agencies("Sở VHTT&DL Quảng Ngãi chủ trì tổ chức lễ hội.")
    assert (mention.name, mention.id) == ("Sở Văn hóa, Thể thao và Du lịch Quảng Ngãi", None)


def test_another_provinces_department_printed_in_capitals_keeps_its_printing():
    [mention] = load_registry().find_agencies("SỞ TÀI CHÍNH TỈNH BẮC NINH")
    assert mention.name == "SỞ TÀI CHÍNH TỈNH BẮC NINH"
