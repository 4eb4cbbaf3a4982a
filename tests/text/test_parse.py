"""parse_text: the whole chidao.parse/1 record, every key present, never an exception."""

import importlib.util
import json

import pytest

from chidao.text.parse import SCHEMA, parse_text
from tests.conftest import CORPUS

KEYS = {"schema", "source", "kind", "document", "references", "deadlines", "agencies", "tasks", "digest", "warnings"}
ENGINE = ["normalize", "codes", "references", "dates", "deadlines", "agencies", "documents", "digests", "checks"]
MISSING = [m for m in ENGINE if importlib.util.find_spec(f"chidao.text.{m}") is None]
needs_whole_engine = pytest.mark.skipif(bool(MISSING), reason=f"engine modules not there yet: {MISSING}")
TASK_KEYS = {"lead", "support", "lead_groups", "support_groups", "text", "deadline", "clause", "start", "end",
             "lead_ids", "support_ids"}

# A short directive written for these tests (not a real document).
DIRECTIVE = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 07/CT-UBND
Lạng Sơn, ngày 10 tháng 01 năm 2024

CHỈ THỊ
Về việc bảo đảm an toàn giao thông dịp Tết

Để bảo đảm an toàn giao thông, thực hiện Công văn số 12/UBND-KT ngày 02/01/2024, Chủ tịch UBND tỉnh yêu cầu:

1. Công an tỉnh

a) Tăng cường tuần tra, kiểm soát trên các tuyến quốc lộ.

b) Báo cáo kết quả về UBND tỉnh trước ngày 20/02/2024.

2. Sở Y tế chủ trì, phối hợp với Công an tỉnh bảo đảm cấp cứu người bị tai nạn.

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH
Nguyễn Văn A
"""


def test_every_key_of_the_schema_is_present_for_plain_text():
    record = parse_text("Một đoạn văn bản ngắn.", source="x.txt")
    assert set(record) == KEYS
    assert record["schema"] == SCHEMA and record["source"] == "x.txt"
    assert record["kind"] == "text"
    assert record["document"] is None and record["digest"] is None


def test_empty_text_gives_an_empty_record():
    record = parse_text("")
    assert set(record) == KEYS
    assert record["tasks"] == [] and record["references"] == []


def test_the_record_is_json():
    record = parse_text(DIRECTIVE)
    assert json.loads(json.dumps(record, ensure_ascii=False)) == record


def test_plain_text_tasks_are_found_in_the_whole_text():
    record = parse_text("Giao Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra an toàn thực phẩm.")
    (task,) = record["tasks"]
    assert set(task) == TASK_KEYS
    assert task["lead"] == ["Sở Y tế"] and task["support"] == ["Công an tỉnh"]


def test_agencies_carry_offsets_into_the_text():
    text = "Sở Y tế kiểm tra an toàn thực phẩm."
    record = parse_text(text)
    assert record["agencies"]
    for agency in record["agencies"]:
        assert text[agency["start"]:agency["end"]] == agency["as_printed"]


@pytest.mark.skipif(importlib.util.find_spec("chidao.text.documents") is None, reason="documents not there yet")
def test_a_document_with_a_header_is_a_directive_with_its_tasks():
    record = parse_text(DIRECTIVE)
    assert record["kind"] == "directive"
    assert record["document"]["code"] == "07/CT-UBND"
    assert [t["clause"] for t in record["tasks"]] == ["1.a", "1.b", "2"]
    assert record["tasks"][1]["deadline"]["date"] == "2024-02-20"
    assert record["tasks"][2]["lead"] == ["Sở Y tế"]


@pytest.mark.skipif(importlib.util.find_spec("chidao.text.documents") is None, reason="documents not there yet")
def test_the_documents_own_code_is_not_a_reference():
    codes = [r["code"] for r in parse_text(DIRECTIVE)["references"]]
    assert "07/CT-UBND" not in codes
    assert "12/UBND-KT" in codes


def test_nfc_offsets_point_into_the_normalized_text():
    import unicodedata

    raw = unicodedata.normalize("NFD", "Sở Y tế kiểm tra trước ngày 31/3/2024.")
    record = parse_text(raw)
    text = unicodedata.normalize("NFC", raw)
    for deadline in record["deadlines"]:
        assert text[deadline["start"]:deadline["end"]] == deadline["text"]


def test_words_run_together_are_warned_about():
    record = parse_text("UBND tỉnh chỉ đạo triển khai thực hiệnThông tư số 13/2023/TT-BKHĐT.")
    assert "words-run-together" in {w["code"] for w in record["warnings"]}


def test_a_failing_step_becomes_an_engine_error_warning_not_an_exception(monkeypatch):
    import chidao.text.parse as parse

    def broken(text, on):
        raise RuntimeError("boom")

    monkeypatch.setattr(parse, "_deadlines", broken)
    record = parse_text("Sở Y tế báo cáo trước ngày 31/3/2024.")
    assert record["deadlines"] == []
    errors = [w["message"] for w in record["warnings"] if w["code"] == "engine-error"]
    assert len([m for m in errors if "'deadlines'" in m]) == 1
    assert record["tasks"]  # the other steps still ran


@needs_whole_engine
@pytest.mark.parametrize("raw", ["\x00\x01", "\n\n\n", "1.\n2.\na)\n-\n+", "Số: /", "ngày 31/02/2024", "đ" * 1000])
def test_odd_inputs_never_raise_nor_report_engine_errors(raw):
    record = parse_text(raw)
    assert set(record) == KEYS
    assert not [w for w in record["warnings"] if w["code"] == "engine-error"]


@pytest.mark.skipif(importlib.util.find_spec("chidao.text.documents") is None, reason="documents not there yet")
def test_tasks_of_a_plan_attached_after_the_signature_are_found():
    attached = "\n\nKẾ HOẠCH\n\nI. NHIỆM VỤ\n\n1. Sở Tài chính\n\na) Bố trí kinh phí thực hiện.\n"
    record = parse_text(DIRECTIVE + attached)
    assert record["kind"] == "directive"
    assert "I.1.a" in [t["clause"] for t in record["tasks"]]
    assert [t["clause"] for t in record["tasks"]][:3] == ["1.a", "1.b", "2"]


TNT305 = CORPUS / "datasets" / "tnt305-tai_lieu_noi_bo" / "documents.jsonl"


@pytest.mark.skipif(not TNT305.is_file(), reason="corpus absent")
@pytest.mark.parametrize("code", ["3618/QĐ-BYT", "11299/VPCP-KGVX"])
def test_recipients_listed_between_the_body_and_an_annex_are_no_tasks(code):
    from bench.accuracy import read_dataset_record

    text = read_dataset_record(TNT305, code)
    record = parse_text(text)
    recipients = record["document"]["recipients"]
    assert not [t for t in record["tasks"] if any(text.startswith(r, t["start"]) for r in recipients)]


@pytest.mark.skipif(not (CORPUS / "directives").is_dir(), reason="corpus absent")
def test_a_saved_pages_notices_and_summary_are_not_read_as_the_document():
    from chidao.text.readers import read_path

    record = parse_text(read_path(CORPUS / "directives" / "congdien-ttg-232-2025.txt"))
    codes = [r["code"] for r in record["references"]]
    assert "13/2023/NĐ-CP" not in codes  # the site's privacy notice, after the document
    assert not any(w["code"] == "words-run-together" and "Luat" in w["message"] for w in record["warnings"])


def test_the_issuer_named_in_full_speaks_and_is_not_charged():
    text = (DIRECTIVE.replace("TỈNH LẠNG SƠN", "TỈNH NGHỆ AN").replace("Lạng Sơn, ngày", "Nghệ An, ngày")
            .replace("Chủ tịch UBND tỉnh yêu cầu:", "Ủy ban nhân dân tỉnh Nghệ An triển khai đợt thi đua và ban hành"
                     " Kế hoạch thực hiện như sau:")
            .replace("Nơi nhận:", "3. Tăng cường tuyên truyền trên các phương tiện thông tin đại chúng.\n\nNơi nhận:"))
    record = parse_text(text)
    assert record["document"]["issuer"] == "Ủy ban nhân dân tỉnh Nghệ An"
    assert [(t["clause"], t["lead"]) for t in record["tasks"]] == [
        ("1.a", ["Công an tỉnh"]), ("1.b", ["Công an tỉnh"]), ("2", ["Sở Y tế"])]


def test_a_document_of_the_registrys_province_keeps_the_registry_ids():
    record = parse_text(DIRECTIVE)
    police = [a for a in record["agencies"] if a["name"] == "Công an tỉnh"]
    assert police and all(a["id"] for a in police)


@pytest.mark.parametrize(("issuer", "place", "committee"), [
    ("TỈNH ĐẮK LẮK", "Đắk Lắk", "Ủy ban nhân dân tỉnh Đắk Lắk"),
    ("THÀNH PHỐ HỒ CHÍ MINH", "Thành phố Hồ Chí Minh", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
])
def test_another_provinces_offices_are_named_for_it_without_the_registrys_ids(issuer, place, committee):
    text = (DIRECTIVE.replace("TỈNH LẠNG SƠN", issuer).replace("Lạng Sơn, ngày", f"{place}, ngày")
            + "\n3. UBND tỉnh chỉ đạo chung.\n")
    record = parse_text(text.replace("Nơi nhận:", "3. UBND tỉnh chỉ đạo chung.\n\nNơi nhận:"))
    named = {a["name"]: a["id"] for a in record["agencies"]}
    assert named.get("Sở Y tế", "absent") is None and named.get("Công an tỉnh", "absent") is None
    assert committee in named and named[committee] is None
    assert not any("Lạng Sơn" in name for name in named)


def test_a_ministrys_document_from_ha_noi_names_no_province_for_the_provincial_committee():
    text = (DIRECTIVE.replace("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "BỘ TÀI CHÍNH").replace("Lạng Sơn, ngày", "Hà Nội, ngày")
            .replace("Nơi nhận:", "3. UBND tỉnh chỉ đạo chung.\n\nNơi nhận:"))
    names = {a["name"] for a in parse_text(text)["agencies"]}
    assert "Ủy ban nhân dân tỉnh" in names and not any("Hà Nội" in n or "Lạng Sơn" in n for n in names)


def test_the_last_row_of_a_table_ending_the_text_keeps_its_time_cell():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/KH-UBND\nLạng Sơn, ngày 05 tháng 8 năm 2024\n\nKẾ HOẠCH\n"
            "Triển khai nhiệm vụ\n\n"
            "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
            "| 1. | Tổ chức tập huấn. | Sở Y tế | Sở Tài chính | 2024 - 2025 |\n"
            "| 2. | Xây dựng hoạt động truyền thông. | Sở Tư pháp | Sở Nội vụ | 2024 - 2030 |")
    found = [(d["kind"], d["start_date"], d["date"]) for d in parse_text(text)["deadlines"]]
    assert found == [("range", "2024-01-01", "2025-12-31"), ("range", "2024-01-01", "2030-12-31")]


def test_the_part_of_a_noi_nhan_item_after_a_semicolon_is_no_task():
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 11/VPCP-KTTH\nHà Nội, ngày 02 tháng 12 năm 2025\n"
            "Kính gửi: Bộ Xây dựng.\n\nBộ Xây dựng chỉ đạo các nhà thầu tăng cường nhân lực.\n\n"
            "Nơi nhận:\n- Như trên;\n- VPCP: BTCN, PCN Nguyễn Văn B,\nTrợ lý TTg;\ncác Vụ: KTTH, QHĐP, TH;\n- Lưu: VT.\n"
            "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Văn A\n")
    assert [t["lead"] for t in parse_text(text)["tasks"]] == [["Bộ Xây dựng"]]
