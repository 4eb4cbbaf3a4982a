"""save_parsed_document: one parse becomes one document with its references and tasks, or nothing."""

import datetime

import pytest

from chidao.documents import services
from chidao.documents.models import Document, Reference
from chidao.tasks.models import Task
from tests.documents.helpers import SOURCE_TEXT, parsed_directive, parsed_text_only


@pytest.fixture
def agencies(agency, other_agency):
    return agency, other_agency


def test_a_parsed_directive_is_saved_with_its_fields(agencies, office_editor):
    document = services.save_parsed_document(parsed_directive(), user=office_editor,
                                             overrides={"body": SOURCE_TEXT})
    document.refresh_from_db()
    assert (document.doc_type, document.code, document.number, document.symbol) == (
        "Chỉ thị", "03/CT-UBND", 3, "CT-UBND")
    assert document.issued_on == datetime.date(2024, 1, 5) and document.issued_year == 2024
    assert document.issuer_name == "Ủy ban nhân dân tỉnh Lạng Sơn"
    assert (document.signer_name, document.signer_title, document.signer_authority) == (
        "Hồ Tiến Thiệu", "Chủ tịch", "TM.")
    assert document.created_by == office_editor and document.status == "draft"
    assert document.body == SOURCE_TEXT
    assert document.history.first().history_user == office_editor


def test_tasks_get_lead_support_and_original_deadline(agencies):
    so_cong_thuong, so_y_te = agencies
    document = services.save_parsed_document(parsed_directive())
    first, second = document.tasks.order_by("source_start")
    assert first.lead_agency == so_cong_thuong and first.clause == "1"
    assert first.deadline == first.original_deadline == datetime.date(2024, 1, 31)
    assert (first.deadline_kind, first.deadline_text) == ("before", "trước ngày 31/01/2024")
    assert SOURCE_TEXT[first.source_start:first.source_end].startswith("1. Sở Công Thương")
    assert second.lead_agency == so_y_te, "resolved by name when the engine gives no id"
    assert list(second.support_agencies.all()) == [so_cong_thuong]
    assert second.support_groups == "Sở Không Có; các sở, ban, ngành", "unknown names are kept as text"
    assert second.deadline is None and second.original_deadline is None


def test_reference_target_is_resolved_when_the_cited_document_is_registered(agencies):
    cited = Document.objects.create(doc_type="Công văn", code="1234/UBND-KT",
                                    issued_on=datetime.date(2024, 1, 2), issuer_name="UBND tỉnh")
    document = services.save_parsed_document(parsed_directive())
    reference = document.references.get()
    assert (reference.code, reference.doc_type, reference.relation) == ("1234/UBND-KT", "Công văn", "implements")
    assert reference.target == cited


def test_reference_target_stays_empty_when_the_code_is_ambiguous(agencies):
    for year in (2023, 2024):
        Document.objects.create(doc_type="Công văn", code="1234/UBND-KT", issued_on=datetime.date(year, 1, 2),
                                issuer_name=f"UBND {year}")
    Document.objects.create(doc_type="Công văn", code="1234/UBND-KT", issued_on=datetime.date(2024, 5, 2),
                            issuer_name="UBND khác")
    document = services.save_parsed_document(parsed_directive())
    assert document.references.get().target is None


def test_earlier_references_are_linked_when_the_cited_document_arrives(agencies):
    citing = services.save_parsed_document(parsed_directive())
    cited = services.save_parsed_document(parsed_directive(code="1234/UBND-KT", type="Công văn",
                                                           issued_on="2024-01-02"))
    assert Reference.objects.get(source=citing).target == cited


def test_a_duplicate_is_refused_and_nothing_more_is_saved(agencies):
    first = services.save_parsed_document(parsed_directive())
    counts = (Document.objects.count(), Task.objects.count(), Reference.objects.count())
    with pytest.raises(services.DuplicateDocument) as caught:
        services.save_parsed_document(parsed_directive(signer={"name": "Khác"}))
    assert caught.value.existing == first
    assert (Document.objects.count(), Task.objects.count(), Reference.objects.count()) == counts


def test_same_code_in_another_year_is_not_a_duplicate(agencies):
    services.save_parsed_document(parsed_directive())
    services.save_parsed_document(parsed_directive(issued_on="2025-01-06"))
    assert Document.objects.filter(code="03/CT-UBND").count() == 2


def test_overrides_replace_fields_and_tasks(agencies):
    so_cong_thuong, so_y_te = agencies
    row = {"text": "Nhiệm vụ do biên tập viên viết", "clause": "3", "lead_agency": so_y_te, "lead_group": "",
           "support_agencies": [so_cong_thuong, so_y_te], "support_groups": "", "deadline": datetime.date(2024, 2, 1),
           "deadline_text": "", "deadline_kind": "by", "source_start": None, "source_end": None}
    document = services.save_parsed_document(parsed_directive(), overrides={
        "subject": "Trích yếu đã sửa", "sector": "Công thương", "highlight": True, "tasks": [row, {"text": " "}]})
    assert (document.subject, document.sector, document.highlight) == ("Trích yếu đã sửa", "Công thương", True)
    task = document.tasks.get()
    assert task.original_deadline == datetime.date(2024, 2, 1)
    assert list(task.support_agencies.all()) == [so_cong_thuong], "the lead is not also a support agency"


def test_a_text_without_a_header_needs_a_type(db):
    with pytest.raises(services.IntakeError, match="loại văn bản"):
        services.save_parsed_document(parsed_text_only())
    assert not Document.objects.exists()
    document = services.save_parsed_document(parsed_text_only(), overrides={"doc_type": "Thông báo"})
    assert document.code == "" and document.doc_type == "Thông báo"


def test_a_failure_while_saving_tasks_leaves_nothing_behind(agencies, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "_save_tasks", explode)
    with pytest.raises(RuntimeError):
        services.save_parsed_document(parsed_directive())
    assert not Document.objects.exists() and not Reference.objects.exists()


def test_issuer_agency_is_resolved_by_alias(db):
    from chidao.registry.models import Agency

    ubnd = Agency.objects.create(slug="ubnd-tinh", name="Ủy ban nhân dân tỉnh Lạng Sơn",
                                 aliases=["UBND tỉnh Lạng Sơn"])
    document = services.save_parsed_document(parsed_directive(issuer="UBND TỈNH LẠNG SƠN"))
    assert document.issuer == ubnd


def test_agency_search_ignores_tone_marks_and_case(agencies):
    assert [a.name for a in services.search_agencies("so cong thuong")] == ["Sở Công Thương"]
    assert [a.name for a in services.search_agencies("Y TẾ")] == ["Sở Y tế"]
    assert services.search_agencies("  ") == []


def test_publish_sets_the_date_once_and_withdraw_keeps_it(agencies):
    document = services.save_parsed_document(parsed_directive())
    services.publish(document)
    first = document.published_at
    assert first and Document.objects.published().get() == document
    services.withdraw(document)
    services.publish(document)
    assert document.published_at == first
