"""The real weekly digest page: the Chỉ thị 03/CT-UBND section and the Công văn 11/UBND-NC item."""

import datetime
import importlib.util

import pytest

from chidao.text.assignments import find_tasks
from chidao.text.subjects import fold_same_length

pytest.importorskip("chidao.text.agencies")
pytest.importorskip("chidao.text.deadlines")

from chidao.text.agencies import load_registry  # noqa: E402

# The lead of each numbered block of Chỉ thị 03/CT-UBND (2024-01-05), folded for comparison.
LEADS = {
    1: ["Sở Công Thương"],
    2: ["Sở Tài chính"],
    3: ["Sở Nông nghiệp và Phát triển nông thôn"],
    4: ["Sở Lao động - Thương binh và Xã hội"],
    5: ["Sở Y tế"],
    6: ["Sở Giao thông vận tải"],
    7: ["Công an tỉnh"],
    8: ["Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
    9: ["Sở Văn hóa, Thể thao và Du lịch"],
    10: ["Sở Thông tin và Truyền thông"],
    11: ["Ngân hàng Nhà nước chi nhánh Lạng Sơn"],
    12: ["Sở Ngoại vụ"],
    13: ["Sở Giáo dục và Đào tạo"],
    14: ["Thanh tra tỉnh", "Ban Tiếp công dân tỉnh"],
    15: ["Báo Lạng Sơn", "Đài Phát thanh và Truyền hình tỉnh"],
    16: ["Cục Quản lý thị trường tỉnh"],
    17: ["Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"],
    18: [],
}
CLAUSES = (
    "1.a 1.b 1.c 1.d 2 3.a 3.b 3.c 4.a 4.b 4.c 4.d 5.a 5.b 5.c 5.d 6.a 6.b 6.c 6.d "
    "7.a 7.b 7.c 7.d 7.đ 7.e 8.a 8.b 9.a 9.b 10.a 10.b 10.c 11 12 13 14 15 16 17 "
    "18.a 18.b 18.c 18.d 18.đ 18.e"
).split()


def folded(names):
    return [fold_same_length(" ".join(n.split())) for n in names]


@pytest.fixture(scope="module")
def registry():
    return load_registry("lang-son")


@pytest.fixture
def directive_tasks(sample_digest_text, registry):
    text = sample_digest_text
    start = text.index("1. Sở Công Thương")
    end = text.index("Kế hoạch hoạt động kiểm soát thủ tục hành chính", start)
    return find_tasks(text, registry, start, end, datetime.date(2024, 1, 5))


def test_the_directive_section_has_its_clause_paths_in_order(directive_tasks):
    assert [t.clause for t in directive_tasks] == CLAUSES


def test_each_numbered_block_is_led_by_its_heading(directive_tasks):
    for task in directive_tasks:
        block = int(task.clause.split(".")[0])
        expected = LEADS[block]
        if task.clause == "8.b":  # the item names its own subject: "Bộ Chỉ huy Quân sự tỉnh chủ trì, …"
            expected = ["Bộ Chỉ huy Quân sự tỉnh"]
        assert folded(task.lead) == folded(expected), task.clause


def test_block_15_keeps_the_press_group_as_a_lead_group(directive_tasks):
    (task,) = [t for t in directive_tasks if t.clause == "15"]
    assert any("thong tan" in fold_same_length(g) for g in task.lead_groups)


def test_block_18_is_led_by_groups_only(directive_tasks):
    for task in directive_tasks:
        if task.clause.startswith("18."):
            assert task.lead == [] and task.lead_groups


def test_support_comes_from_phoi_hop_phrases(directive_tasks):
    by_clause = {t.clause: t for t in directive_tasks}
    assert folded(by_clause["1.c"].support) == folded(["Sở Nông nghiệp và Phát triển nông thôn"])
    assert by_clause["5.a"].support_groups  # from the block's "Chủ trì, phối hợp với …:" intro
    assert by_clause["8.b"].support_groups


def test_every_lead_has_a_registry_id(directive_tasks):
    for task in directive_tasks:
        assert len(task.lead_ids) == len(task.lead)
        assert all(task.lead_ids), task.clause


def test_the_cong_van_11_item_has_two_tasks_with_their_deadlines(sample_digest_text, registry):
    text = sample_digest_text
    start = text.index("Công văn số 11/UBND-NC")
    end = text.index("Chỉ đạo thực hiện các biện pháp bảo vệ sức khỏe", start)
    found = find_tasks(text, registry, start, end, datetime.date(2024, 1, 3))
    dated = [(t.deadline.kind, t.deadline.date) for t in found if t.deadline]
    assert ("before", datetime.date(2024, 3, 31)) in dated
    assert ("by", datetime.date(2024, 4, 5)) in dated
    for task in found:
        if task.deadline:
            assert task.lead_groups and task.lead == []


@pytest.mark.skipif(importlib.util.find_spec("chidao.text.digests") is None, reason="digests not there yet")
def test_parse_text_reads_the_page_as_a_digest_with_the_directive_tasks(sample_digest_text):
    from chidao.text.parse import parse_text

    record = parse_text(sample_digest_text, source="langson-digest-2024-01-01.txt")
    assert record["kind"] == "digest"
    assert record["digest"]["items"]
    clauses = [t["clause"] for t in record["tasks"] if t["clause"]]
    assert clauses == CLAUSES
    dates = {(t["deadline"]["kind"], t["deadline"]["date"]) for t in record["tasks"] if t["deadline"]}
    assert {("before", "2024-03-31"), ("by", "2024-04-05")} <= dates
    assert not [w for w in record["warnings"] if w["code"] == "engine-error"]
