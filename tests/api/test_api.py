"""The JSON API: public reading of published data and progress reports by agency officers."""

import datetime
import json

import pytest

from chidao.digests.models import Digest, DigestSection
from chidao.documents.models import Reference
from chidao.registry.models import Agency
from tests.tasks.factories import make_document, make_task, today

DAY = datetime.timedelta(days=1)


@pytest.fixture
def data(agency, other_agency):
    published = make_document(code="03/CT-UBND", subject="Về tăng cường quản lý thị trường dịp Tết",
                              issued_on=datetime.date(2024, 1, 15))
    draft = make_document(code="04/CT-UBND", status="draft", subject="Bản nháp về quản lý thị trường")
    older = make_document(code="18/2023/NQ-HĐND", doc_type="Nghị quyết", issued_on=datetime.date(2023, 12, 8),
                          issuer_name="HĐND tỉnh Lạng Sơn", subject="Quy định mức chi")
    Reference.objects.create(source=published, target=older, code="18/2023/NQ-HĐND", doc_type="Nghị quyết")
    Reference.objects.create(source=published, target=draft, code="04/CT-UBND", doc_type="Chỉ thị")
    return {
        "published": published, "draft": draft, "older": older,
        "overdue": make_task(published, agency, today() - DAY),
        "open": make_task(published, other_agency, today() + DAY, text="Phối hợp kiểm tra"),
        "draft_task": make_task(draft, agency, today() - DAY, text="Nhiệm vụ nháp"),
    }


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return response.json()


def test_document_list_shows_only_published_documents(client, data):
    body = get(client, "/api/documents")
    assert body["count"] == 2
    assert {d["code"] for d in body["items"]} == {"03/CT-UBND", "18/2023/NQ-HĐND"}


def test_document_list_filters_by_type_year_and_issuer(client, data):
    assert [d["code"] for d in get(client, "/api/documents", type="Nghị quyết")["items"]] == ["18/2023/NQ-HĐND"]
    assert [d["code"] for d in get(client, "/api/documents", year=2024)["items"]] == ["03/CT-UBND"]
    assert [d["code"] for d in get(client, "/api/documents", issuer="HĐND tỉnh Lạng Sơn")["items"]] == [
        "18/2023/NQ-HĐND"]


def test_document_search_ignores_accents(client, data):
    pytest.importorskip("chidao.text.normalize")
    assert [d["code"] for d in get(client, "/api/documents", q="quan ly thi truong")["items"]] == ["03/CT-UBND"]
    assert get(client, "/api/documents", q="Tết")["count"] == 1


def test_document_list_is_paginated(client, data):
    body = get(client, "/api/documents", page_size=1, page=2)
    assert (body["count"], len(body["items"])) == (2, 1)


def test_document_detail_has_references_and_tasks_but_no_link_to_a_draft(client, data):
    body = get(client, f"/api/documents/{data['published'].uid}")
    refs = {r["code"]: r["target_uid"] for r in body["references"]}
    assert refs == {"18/2023/NQ-HĐND": str(data["older"].uid), "04/CT-UBND": None}
    assert {t["text"] for t in body["tasks"]} == {data["overdue"].text, "Phối hợp kiểm tra"}


def test_draft_document_detail_is_404_for_anonymous(client, data):
    assert client.get(f"/api/documents/{data['draft'].uid}").status_code == 404


def test_draft_document_is_404_even_for_the_office_in_the_public_api(login, office_editor, data):
    assert login(office_editor).get(f"/api/documents/{data['draft'].uid}").status_code == 404


def test_task_list_hides_tasks_of_drafts_and_filters(client, data, agency):
    body = get(client, "/api/tasks")
    assert "Nhiệm vụ nháp" not in {t["text"] for t in body["items"]}
    assert body["count"] == 2
    assert [t["id"] for t in get(client, "/api/tasks", agency=agency.slug)["items"]] == [data["overdue"].pk]
    overdue = get(client, "/api/tasks", overdue="true")["items"]
    assert [(t["id"], t["computed_status"]) for t in overdue] == [(data["overdue"].pk, "overdue")]
    assert [t["id"] for t in get(client, "/api/tasks", overdue="false")["items"]] == [data["open"].pk]
    assert get(client, "/api/tasks", status="done")["count"] == 0


def test_task_list_with_unknown_status_is_a_clear_422(client, data):
    response = client.get("/api/tasks", {"status": "xong"})
    assert response.status_code == 422
    assert "status must be one of" in response.json()["detail"]


def test_task_detail_of_a_draft_document_is_404(client, data):
    assert client.get(f"/api/tasks/{data['draft_task'].pk}").status_code == 404
    assert get(client, f"/api/tasks/{data['overdue'].pk}")["document_code"] == "03/CT-UBND"


def test_agencies_show_validity_and_successors(client, db):
    old = Agency.objects.create(slug="so-cu", name="Sở Cũ", valid_to=datetime.date(2025, 2, 28))
    new = Agency.objects.create(slug="so-moi", name="Sở Mới", valid_from=datetime.date(2025, 3, 1))
    old.successors.add(new)
    body = get(client, "/api/agencies/so-cu")
    assert body["valid_to"] == "2025-02-28"
    assert body["successors"] == [{"slug": "so-moi", "name": "Sở Mới"}]
    active = get(client, "/api/agencies", active_on="2025-06-01")["items"]
    assert [a["slug"] for a in active] == ["so-moi"]


def test_digests_show_only_published_ones_with_sections(client, data):
    shown = Digest.objects.create(week_start=datetime.date(2024, 1, 1), title="Tuần 1", status="published")
    DigestSection.objects.create(digest=shown, heading="Tăng cường quản lý thị trường", document=data["published"])
    hidden = Digest.objects.create(week_start=datetime.date(2024, 1, 8), title="Tuần 2")
    assert [d["title"] for d in get(client, "/api/digests")["items"]] == ["Tuần 1"]
    detail = get(client, f"/api/digests/{shown.uid}")
    assert detail["sections"][0]["document_uid"] == str(data["published"].uid)
    assert client.get(f"/api/digests/{hidden.uid}").status_code == 404


def post_report(client, task, **overrides):
    payload = {"reported_on": today().isoformat(), "text": "Đã kiểm tra 12 cơ sở", "status": "in_progress"}
    payload.update(overrides)
    return client.post(f"/api/tasks/{task.pk}/reports", json.dumps(payload), content_type="application/json")


def test_agency_officer_posts_a_progress_report_on_own_task(login, agency_officer, data):
    response = post_report(login(agency_officer), data["overdue"], status="done")
    assert response.status_code == 201
    assert response.json()["task_status"] == "done"
    data["overdue"].refresh_from_db()
    assert data["overdue"].status == "done"


def test_agency_officer_gets_403_on_another_agencys_task(login, agency_officer, data):
    assert post_report(login(agency_officer), data["open"]).status_code == 403
    assert not data["open"].reports.exists()


def test_report_on_a_draft_documents_task_is_404(login, agency_officer, data):
    assert post_report(login(agency_officer), data["draft_task"]).status_code == 404


def test_anonymous_report_is_401(client, data):
    assert post_report(client, data["overdue"]).status_code == 401


def test_report_with_bad_input_is_422_and_saves_nothing(login, agency_officer, data):
    client = login(agency_officer)
    assert post_report(client, data["overdue"], status="xong").status_code == 422
    assert post_report(client, data["overdue"], reported_on="2099-01-01").status_code == 422
    assert post_report(client, data["overdue"], text="").status_code == 422
    assert client.post(f"/api/tasks/{data['overdue'].pk}/reports", "{not json",
                       content_type="application/json").status_code in (400, 422)
    assert not data["overdue"].reports.exists()


def test_openapi_schema_and_docs_page_answer(client, db):
    schema = get(client, "/api/openapi.json")
    assert "/api/documents" in schema["paths"]
    assert client.get("/api/docs").status_code == 200


def test_read_endpoints_refuse_writes_with_405(client, db):
    assert client.post("/api/documents", {}).status_code == 405


def test_task_list_with_unknown_agency_is_a_clear_422(client, data):
    response = client.get("/api/tasks", {"agency": "khong-co"})
    assert response.status_code == 422
    assert "unknown agency" in response.json()["detail"]
