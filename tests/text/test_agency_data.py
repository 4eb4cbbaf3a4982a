"""The registry data files keep their own rules (chidao/data/provinces/README.md)."""

import datetime

import pytest

from chidao.text.agencies import available_provinces, load_registry
from chidao.text.groups import words

PROVINCES = available_provinces()
ENDINGS_WITH_SUCCESSORS = {"merged", "split", "renamed"}


@pytest.fixture(scope="module", params=PROVINCES)
def registry(request):
    return load_registry(request.param)


def test_lang_son_has_a_data_file():
    assert "lang-son" in PROVINCES


def test_every_id_is_unique(registry):
    ids = [r.id for r in registry.records]
    assert len(ids) == len(set(ids))


def test_every_parent_exists(registry):
    assert [r.id for r in registry.records if r.parent and r.parent not in registry.by_id] == []


def test_every_successor_exists(registry):
    missing = [(r.id, s) for r in registry.records for s in r.successors if s not in registry.by_id]
    assert missing == []


def test_valid_from_is_not_after_valid_to(registry):
    assert [r.id for r in registry.records if r.valid_from and r.valid_to and r.valid_from > r.valid_to] == []


def test_a_merged_split_or_renamed_agency_has_successors(registry):
    bad = [r.id for r in registry.records if r.end_reason in ENDINGS_WITH_SUCCESSORS and not r.successors]
    assert bad == []


def test_an_end_reason_goes_with_an_end_date(registry):
    assert [r.id for r in registry.records if bool(r.end_reason) != bool(r.valid_to)] == []


def test_successors_exist_the_day_after_their_predecessor_ends(registry):
    bad = []
    for r in registry.records:
        for s in r.successors:
            if r.valid_to and not registry.by_id[s].active_on(r.valid_to + datetime.timedelta(days=1)):
                bad.append((r.id, s))
    assert bad == []


def test_kinds_and_levels_are_known(registry):
    kinds = {"peoples_committee", "peoples_council", "office", "department", "police", "military", "press",
             "central", "party", "other"}
    assert {r.kind for r in registry.records} <= kinds
    assert {r.level for r in registry.records} <= {"tinh", "huyen", "xa", "trung-uong"}


def test_every_alias_has_at_least_two_words(registry):
    # one-word abbreviations (BTC, TTg, SNV) are also ký hiệu parts of document codes
    assert [(r.id, n) for r in registry.records for n in r.names() if len(words(n)) < 2] == []


def _change_days(registry):
    days = {datetime.date(2000, 1, 1), datetime.date(2100, 1, 1)}
    for r in registry.records:
        if r.valid_from:
            days.add(r.valid_from)
        if r.valid_to:
            days.update({r.valid_to, r.valid_to + datetime.timedelta(days=1)})
    return sorted(days)


def test_no_two_active_agencies_share_a_name_on_any_day(registry):
    keys = {r.id: {tuple(w.norm for w in words(n)) for n in r.names()} for r in registry.records}
    clashes = set()
    for day in _change_days(registry):
        owners: dict[tuple, str] = {}
        for r in registry.records:
            if not r.active_on(day):
                continue
            for key in keys[r.id]:
                if owners.setdefault(key, r.id) != r.id:
                    clashes.add((day, " ".join(key), owners[key], r.id))
    assert sorted(clashes) == []


def test_the_2025_mergers_of_departments_are_recorded():
    reg = load_registry("lang-son")
    after = datetime.date(2025, 3, 1)
    assert [r.id for r in reg.current("so-ke-hoach-dau-tu", after)] == ["so-tai-chinh"]
    assert [r.id for r in reg.current("so-tai-nguyen-moi-truong", after)] == ["so-nong-nghiep-moi-truong"]
    assert [r.id for r in reg.current("so-nong-nghiep-ptnt", after)] == ["so-nong-nghiep-moi-truong"]
    assert [r.id for r in reg.current("so-giao-thong-van-tai", after)] == ["so-xay-dung"]
    assert [r.id for r in reg.current("so-thong-tin-truyen-thong", after)] == ["so-khoa-hoc-cong-nghe"]
    assert [r.id for r in reg.current("ban-dan-toc", after)] == ["so-dan-toc-ton-giao"]
    assert "so-noi-vu" in [r.id for r in reg.current("so-lao-dong-tbxh", after)]


def test_the_district_level_ends_on_30_june_2025():
    reg = load_registry("lang-son")
    districts = [r for r in reg.records if r.level == "huyen"]
    assert len(districts) == 11  # thành phố Lạng Sơn and 10 huyện
    assert {r.valid_to for r in districts} == {datetime.date(2025, 6, 30)}


def test_the_65_communes_and_wards_start_on_1_july_2025():
    reg = load_registry("lang-son")
    communes = [r for r in reg.records if r.level == "xa"]
    assert len(communes) == 65
    assert {r.valid_from for r in communes} == {datetime.date(2025, 7, 1)}
    wards = {r.name for r in communes if "phường" in r.name}
    assert wards == {f"Ủy ban nhân dân phường {n}" for n in ("Tam Thanh", "Lương Văn Tri", "Kỳ Lừa", "Đông Kinh")}


def test_central_ministries_merged_on_1_march_2025():
    reg = load_registry("lang-son")
    day = datetime.date(2025, 3, 1)
    assert [r.id for r in reg.current("bo-ke-hoach-dau-tu", day)] == ["bo-tai-chinh"]
    active = [r for r in reg.records if r.source == "central" and r.kind == "central" and r.active_on(day)]
    ministries = [r for r in active if r.name.startswith(("Bộ ", "Ngân hàng", "Thanh tra", "Văn phòng"))]
    assert len(ministries) == 17  # Nghị quyết 176/2025/QH15: 14 bộ, 3 cơ quan ngang bộ


@pytest.mark.parametrize(("printed", "agency_id"), [
    ("Ngân hàng Nhà nước Việt Nam", "ngan-hang-nha-nuoc"),
    ("Bảo hiểm xã hội Việt Nam", "bao-hiem-xa-hoi-viet-nam"),
    ("BHXH Việt Nam", "bao-hiem-xa-hoi-viet-nam"),
    ("Thông tấn xã Việt Nam", "thong-tan-xa-viet-nam"),
    ("Đài Tiếng nói Việt Nam", "dai-tieng-noi-viet-nam"),
    ("Đài Truyền hình Việt Nam", "dai-truyen-hinh-viet-nam"),
    ("Kiểm toán nhà nước", "kiem-toan-nha-nuoc"),
    ("Tòa án nhân dân tối cao", "toa-an-nhan-dan-toi-cao"),
    ("TAND tối cao", "toa-an-nhan-dan-toi-cao"),
    ("Viện kiểm sát nhân dân tối cao", "vien-kiem-sat-nhan-dan-toi-cao"),
    ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "uy-ban-trung-uong-mttq"),
    ("UBTƯ MTTQ Việt Nam", "uy-ban-trung-uong-mttq"),
])
def test_national_bodies_charged_in_directives_are_known(printed, agency_id):
    record = load_registry("lang-son").resolve(printed, datetime.date(2025, 8, 1))
    assert record is not None and record.id == agency_id and record.source == "central"


def test_social_insurance_belongs_to_the_ministry_of_finance_from_march_2025():
    # Quyết định 391/QĐ-BTC ngày 26/02/2025, effective 01/3/2025
    reg = load_registry("lang-son")
    record = reg.by_id["bao-hiem-xa-hoi-viet-nam"]
    assert record.parent == "bo-tai-chinh" and record.valid_to is None


def test_national_press_bodies_are_attached_to_the_government():
    # Nghị định 27/2025, 46/2025, 47/2025/NĐ-CP: cơ quan thuộc Chính phủ
    reg = load_registry("lang-son")
    for agency_id in ("thong-tan-xa-viet-nam", "dai-tieng-noi-viet-nam", "dai-truyen-hinh-viet-nam"):
        assert (reg.by_id[agency_id].parent, reg.by_id[agency_id].kind) == ("chinh-phu", "press")


def test_the_centrally_run_cities_are_provinces_of_the_data_and_hue_one_from_2025():
    from chidao.text.casing import centrally_run_cities, province_named

    cities = centrally_run_cities()
    assert set(cities) == {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}
    assert all(province_named(city) == city for city in cities)
    assert cities["Huế"] == datetime.date(2025, 1, 1) and cities["Hà Nội"] is None
