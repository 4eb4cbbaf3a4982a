"""Hand-made `chidao.parse/1` records: the intake is specified against the contract, not the engine."""

import copy

SOURCE_TEXT = (
    "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n"
    "Số: 03/CT-UBND\n"
    "Lạng Sơn, ngày 05 tháng 01 năm 2024\n"
    "CHỈ THỊ\n"
    "Về việc tăng cường các biện pháp bảo đảm đón Tết Nguyên đán Giáp Thìn 2024\n"
    "Thực hiện Công văn số 1234/UBND-KT ngày 02/01/2024.\n"
    "1. Sở Công Thương chủ trì theo dõi nguồn cung hàng hóa, hoàn thành trước ngày 31/01/2024.\n"
    "2. Sở Y tế bảo đảm thuốc, phối hợp với Sở Công Thương.\n"
)


def _span(fragment: str) -> tuple[int, int]:
    start = SOURCE_TEXT.index(fragment)
    return start, start + len(fragment)


def parsed_directive(**document_changes) -> dict:
    """A directive of UBND tỉnh Lạng Sơn with one reference and two tasks."""
    task1 = "1. Sở Công Thương chủ trì theo dõi nguồn cung hàng hóa, hoàn thành trước ngày 31/01/2024."
    task2 = "2. Sở Y tế bảo đảm thuốc, phối hợp với Sở Công Thương."
    ref = _span("Công văn số 1234/UBND-KT")
    document = {
        "type": "Chỉ thị", "code": "03/CT-UBND", "number": 3, "year": None, "symbol": "CT-UBND",
        "issued_on": "2024-01-05", "place": "Lạng Sơn", "issuer": "Ủy ban nhân dân tỉnh Lạng Sơn",
        "subject": "Về việc tăng cường các biện pháp bảo đảm đón Tết Nguyên đán Giáp Thìn 2024",
        "signer": {"name": "Hồ Tiến Thiệu", "title": "Chủ tịch", "authority": "TM."}, "recipients": [],
    }
    document.update(document_changes)
    deadline = {"kind": "before", "date": "2024-01-31", "start_date": None, "text": "trước ngày 31/01/2024",
                "start": SOURCE_TEXT.index("trước ngày"), "end": SOURCE_TEXT.index("trước ngày") + 21}
    return copy.deepcopy({
        "schema": "chidao.parse/1", "source": None, "kind": "directive", "document": document,
        "references": [{"type": "Công văn", "code": "1234/UBND-KT", "number": 1234, "year": None,
                        "symbol": "UBND-KT", "issued_on": "2024-01-02", "issuer": None, "relation": "implements",
                        "start": ref[0], "end": ref[1]}],
        "deadlines": [deadline], "agencies": [],
        "tasks": [
            {"lead": ["Sở Công Thương"], "support": [], "lead_groups": [], "support_groups": [],
             "text": task1, "deadline": deadline, "clause": "1", "start": _span(task1)[0], "end": _span(task1)[1],
             "lead_ids": ["so-cong-thuong"], "support_ids": []},
            {"lead": ["Sở Y tế"], "support": ["Sở Công Thương", "Sở Không Có"], "lead_groups": [],
             "support_groups": ["các sở, ban, ngành"], "text": task2, "deadline": None, "clause": "2",
             "start": _span(task2)[0], "end": _span(task2)[1], "lead_ids": [None],
             "support_ids": [None, None]},
        ],
        "digest": None, "warnings": [],
    })


def parsed_text_only() -> dict:
    """A fragment without a document header (kind "text")."""
    return {"schema": "chidao.parse/1", "source": None, "kind": "text", "document": None, "references": [],
            "deadlines": [], "agencies": [], "tasks": [], "digest": None, "warnings": []}
