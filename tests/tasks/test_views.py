"""What the task pages show and change, role by role (the allow/deny matrix is in test_permissions)."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from chidao.registry.models import Agency
from chidao.tasks.models import ExtensionRequest, Task
from tests.tasks.factories import make_document, make_task, today

DAY = datetime.timedelta(days=1)


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def tasks(agency, other_agency):
    doc = make_document()
    return {
        "mine_overdue": make_task(doc, agency, today() - 5 * DAY, text="Nhiệm vụ quá hạn của Sở Công Thương"),
        "mine_open": make_task(doc, agency, today() + 5 * DAY, text="Nhiệm vụ trong hạn của Sở Công Thương"),
        "theirs": make_task(doc, other_agency, today() + 5 * DAY, text="Nhiệm vụ của Sở Y tế"),
    }


def listed(response) -> set[str]:
    return {t.text for t in response.context["page"]}


def test_agency_officer_lists_only_own_agency_tasks(login, agency_officer, tasks):
    response = login(agency_officer).get("/tasks/")
    assert listed(response) == {tasks["mine_overdue"].text, tasks["mine_open"].text}


def test_agency_officer_also_lists_tasks_it_supports(login, agency_officer, agency, tasks):
    tasks["theirs"].support_agencies.add(agency)
    assert tasks["theirs"].text in listed(login(agency_officer).get("/tasks/"))


def test_office_editor_lists_all_tasks_and_filters_by_agency_and_overdue(login, office_editor, agency, tasks):
    client = login(office_editor)
    assert len(listed(client.get("/tasks/"))) == 3
    assert listed(client.get("/tasks/", {"agency": agency.pk})) == {tasks["mine_overdue"].text,
                                                                    tasks["mine_open"].text}
    assert listed(client.get("/tasks/", {"status": "overdue"})) == {tasks["mine_overdue"].text}


def test_office_editor_filters_by_document(login, office_editor, agency, tasks):
    other_doc = make_document(code="07/CT-UBND")
    make_task(other_doc, agency, text="Nhiệm vụ của văn bản khác")
    response = login(office_editor).get("/tasks/", {"document": str(other_doc.uid)})
    assert listed(response) == {"Nhiệm vụ của văn bản khác"}


def test_invalid_filter_values_are_ignored_not_an_error(login, office_editor, tasks):
    response = login(office_editor).get("/tasks/", {"agency": "abc", "status": "zzz", "page": "x"})
    assert response.status_code == 200


def test_detail_shows_document_clause_original_and_current_deadline(login, agency_officer, agency):
    doc = make_document(body="Mở đầu. 2. Sở Công Thương chủ trì kiểm tra thị trường. Hết.")
    task = make_task(doc, agency, today() + 30 * DAY, original_deadline=datetime.date(2024, 2, 1), clause="2",
                     source_start=8, source_end=54)
    html = login(agency_officer).get(f"/tasks/{task.pk}/").content.decode()
    assert "03/CT-UBND" in html
    assert "01/02/2024" in html
    assert (today() + 30 * DAY).strftime("%d/%m/%Y") in html
    assert "2. Sở Công Thương chủ trì kiểm tra thị trường." in html
    assert html.count("<h1>") == 1


def test_history_is_shown_to_editors_but_not_to_agency_officers(login, office_editor, agency_officer, tasks):
    task = tasks["mine_open"]
    client = login(office_editor)
    client.post(f"/tasks/{task.pk}/edit/", {"clause": "1", "text": task.text, "lead_agency": task.lead_agency_id,
                                            "deadline": (today() + 9 * DAY).isoformat(), "status": "in_progress"})
    html = client.get(f"/tasks/{task.pk}/").content.decode()
    assert "Lịch sử thay đổi" in html and "vanphong" in html and "hạn hiện tại" in html
    client.logout()
    assert "Lịch sử thay đổi" not in login(agency_officer).get(f"/tasks/{task.pk}/").content.decode()


def test_progress_report_with_attachment_updates_the_task(login, agency_officer, tasks):
    task = tasks["mine_open"]
    upload = SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    response = login(agency_officer).post(f"/tasks/{task.pk}/report/", {
        "reported_on": today().isoformat(), "text": "Đã kiểm tra 12 cơ sở", "status": "done", "attachments": upload})
    assert response.status_code == 302
    task.refresh_from_db()
    assert (task.status, task.completed_on) == ("done", today())
    report = task.reports.get()
    assert (report.author, report.attachments.count()) == (agency_officer, 1)


def test_oversized_attachment_is_refused_and_nothing_is_saved(login, agency_officer, tasks, settings):
    settings.CHIDAO_UPLOAD_MAX_BYTES = 10
    task = tasks["mine_open"]
    upload = SimpleUploadedFile("lon.pdf", b"x" * 11)
    response = login(agency_officer).post(f"/tasks/{task.pk}/report/", {
        "reported_on": today().isoformat(), "text": "x", "status": "done", "attachments": upload})
    assert response.status_code == 400
    assert "lớn hơn" in response.content.decode()
    assert not task.reports.exists()


def test_report_dated_in_the_future_is_refused(login, agency_officer, tasks):
    task = tasks["mine_open"]
    response = login(agency_officer).post(f"/tasks/{task.pk}/report/", {
        "reported_on": (today() + DAY).isoformat(), "text": "x", "status": "done"})
    assert response.status_code == 400
    assert not task.reports.exists()


def test_extension_request_must_be_later_than_current_deadline(login, agency_officer, tasks):
    task = tasks["mine_open"]
    response = login(agency_officer).post(f"/tasks/{task.pk}/extension/", {
        "requested_deadline": task.deadline.isoformat(), "reason": "x"})
    assert response.status_code == 400
    assert not ExtensionRequest.objects.exists()


def test_leader_approves_extension_through_the_page(login, agency_officer, leader, tasks):
    task = tasks["mine_open"]
    original = task.deadline
    new = original + 20 * DAY
    login(agency_officer).post(f"/tasks/{task.pk}/extension/", {"requested_deadline": new.isoformat(),
                                                                 "reason": "Chờ vốn"})
    extension = ExtensionRequest.objects.get()
    response = login(leader).post(f"/tasks/extensions/{extension.pk}/decide/", {"decision": "approve"})
    assert response.status_code == 302
    task.refresh_from_db()
    assert (task.deadline, task.original_deadline) == (new, original)


def test_office_edit_keeps_original_deadline(login, office_editor, tasks):
    task = tasks["mine_open"]
    original = task.original_deadline
    login(office_editor).post(f"/tasks/{task.pk}/edit/", {
        "clause": "1.a", "text": "Nội dung đã sửa", "deadline": (today() + 60 * DAY).isoformat(),
        "status": "in_progress", "original_deadline": "2000-01-01"})
    task.refresh_from_db()
    assert (task.clause, task.text, task.original_deadline) == ("1.a", "Nội dung đã sửa", original)


def test_edit_marking_done_without_completion_date_is_refused(login, office_editor, tasks):
    task = tasks["mine_open"]
    response = login(office_editor).post(f"/tasks/{task.pk}/edit/", {"text": "x", "status": "done"})
    assert response.status_code == 400
    assert Task.objects.get(pk=task.pk).status == "not_started"


@pytest.fixture
def merged_task(db):
    old = Agency.objects.create(slug="so-cu", name="Sở Cũ", valid_to=today() - 30 * DAY)
    new = Agency.objects.create(slug="so-moi", name="Sở Mới")
    old.successors.add(new)
    return make_task(make_document(), old, today() + DAY), new


def test_task_of_a_merged_agency_is_shown_with_its_successor(login, office_editor, merged_task):
    task, new = merged_task
    html = login(office_editor).get(f"/tasks/{task.pk}/").content.decode()
    assert "Sở Cũ" in html and "Sở Mới" in html and "Chuyển cho cơ quan kế thừa" in html


def test_successor_agency_officer_sees_and_reports_on_inherited_task(login, merged_task):
    from chidao.core.models import User

    task, new = merged_task
    officer = User.objects.create_user("somoi", password="x", role="agency_officer", agency=new)
    client = login(officer)
    assert task.text in listed(client.get("/tasks/"))
    response = client.post(f"/tasks/{task.pk}/report/", {"reported_on": today().isoformat(), "text": "x",
                                                          "status": "in_progress"})
    assert response.status_code == 302


def test_office_reassigns_merged_task_to_successor_and_history_keeps_the_old_lead(login, office_editor, merged_task):
    task, new = merged_task
    old_id = task.lead_agency_id
    response = login(office_editor).post(f"/tasks/{task.pk}/reassign/", {"successor": new.pk})
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.lead_agency == new
    latest, previous = task.history.all()[:2]
    assert previous.lead_agency_id == old_id
    assert latest.history_user == office_editor
    assert "kế thừa" in latest.history_change_reason


def test_reassign_to_an_agency_that_is_not_a_successor_is_refused(login, office_editor, merged_task, other_agency):
    task, _new = merged_task
    login(office_editor).post(f"/tasks/{task.pk}/reassign/", {"successor": other_agency.pk})
    assert Task.objects.get(pk=task.pk).lead_agency.slug == "so-cu"


def test_dashboard_csv_is_utf8_with_vietnamese_agency_names(login, leader, tasks):
    response = login(leader).get("/tasks/dashboard.csv")
    text = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    assert "Sở Công Thương,2,0,0,1,1" in text


def test_dashboard_page_has_one_heading_and_the_agency_rows(login, office_editor, tasks):
    html = login(office_editor).get("/tasks/dashboard/").content.decode()
    assert html.count("<h1>") == 1
    assert "Sở Y tế" in html


def test_history_names_added_support_agencies(login, office_editor, other_agency, tasks):
    task = tasks["mine_open"]
    client = login(office_editor)
    client.post(f"/tasks/{task.pk}/edit/", {"text": task.text, "lead_agency": task.lead_agency_id,
                                            "support_agencies": [other_agency.pk], "status": "not_started",
                                            "deadline": task.deadline.isoformat()})
    assert list(Task.objects.get(pk=task.pk).support_agencies.all()) == [other_agency]
    html = client.get(f"/tasks/{task.pk}/").content.decode()
    assert "cơ quan phối hợp: — → Sở Y tế" in html
