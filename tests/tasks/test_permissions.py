"""The permission matrix: every role against every task action, through the real views."""

import datetime

import pytest

from chidao.tasks.models import ExtensionRequest, Task
from tests.conftest import USER_FIXTURES
from tests.tasks.factories import make_document, make_task, today

OK, FORBIDDEN, LOGIN = "ok", "forbidden", "login"


@pytest.fixture
def task(agency):
    return make_task(make_document(), lead_agency=agency, deadline=today() + datetime.timedelta(days=10))


@pytest.fixture
def pending_extension(task, agency_officer):
    return ExtensionRequest.objects.create(task=task, requested_by=agency_officer,
                                           requested_deadline=today() + datetime.timedelta(days=40), reason="Chờ vốn")


def outcome(response) -> str:
    if response.status_code == 403:
        return FORBIDDEN
    if response.status_code == 302 and "/dang-nhap/" in response["Location"]:
        return LOGIN
    assert response.status_code in (200, 302), response.status_code
    return OK


def act(client, action, task, extension):
    later = (today() + datetime.timedelta(days=30)).isoformat()
    if action == "list":
        return client.get("/tasks/")
    if action == "detail":
        return client.get(f"/tasks/{task.pk}/")
    if action == "report":
        return client.post(f"/tasks/{task.pk}/report/", {"reported_on": today().isoformat(), "text": "Đã làm",
                                                          "status": "in_progress"})
    if action == "request_extension":
        return client.post(f"/tasks/{task.pk}/extension/", {"requested_deadline": later, "reason": "Thiếu vốn"})
    if action == "approve_extension":
        return client.post(f"/tasks/extensions/{extension.pk}/decide/", {"decision": "approve"})
    if action == "edit":
        return client.get(f"/tasks/{task.pk}/edit/")
    if action == "reassign":
        return client.post(f"/tasks/{task.pk}/reassign/", {})
    if action == "dashboard":
        return client.get("/tasks/dashboard/")
    if action == "dashboard_csv":
        return client.get("/tasks/dashboard.csv")
    raise AssertionError(action)


# role → action → expected; anonymous visitors are always sent to the login page.
MATRIX = {
    "office_editor": {"list": OK, "detail": OK, "report": OK, "request_extension": OK, "approve_extension": OK,
                      "edit": OK, "reassign": OK, "dashboard": OK, "dashboard_csv": OK},
    "agency_officer": {"list": OK, "detail": OK, "report": OK, "request_extension": OK,
                       "approve_extension": FORBIDDEN, "edit": FORBIDDEN, "reassign": FORBIDDEN,
                       "dashboard": FORBIDDEN, "dashboard_csv": FORBIDDEN},
    "other_agency_officer": {"list": OK, "detail": OK, "report": FORBIDDEN, "request_extension": FORBIDDEN,
                             "approve_extension": FORBIDDEN, "edit": FORBIDDEN, "reassign": FORBIDDEN,
                             "dashboard": FORBIDDEN, "dashboard_csv": FORBIDDEN},
    "leader": {"list": OK, "detail": OK, "report": FORBIDDEN, "request_extension": FORBIDDEN,
               "approve_extension": OK, "edit": FORBIDDEN, "reassign": FORBIDDEN, "dashboard": OK,
               "dashboard_csv": OK},
    "anonymous": {action: LOGIN for action in ("list", "detail", "report", "request_extension",
                                               "approve_extension", "edit", "reassign", "dashboard",
                                               "dashboard_csv")},
}
CASES = [(role, action, expected) for role in USER_FIXTURES for action, expected in MATRIX[role].items()]


def test_matrix_covers_every_role_and_the_same_actions():
    assert set(MATRIX) == set(USER_FIXTURES)
    assert len({frozenset(actions) for actions in MATRIX.values()}) == 1


@pytest.mark.parametrize(("role", "action", "expected"), CASES)
def test_role_may_or_may_not_perform_task_action(request, login, task, pending_extension, role, action, expected):
    if action == "request_extension":
        pending_extension.delete()  # one pending request per task
    client = login(request.getfixturevalue(role))
    assert outcome(act(client, action, task, pending_extension)) == expected


def test_agency_officer_cannot_edit_other_agency_task(login, other_agency_officer, task):
    client = login(other_agency_officer)
    assert client.get(f"/tasks/{task.pk}/edit/").status_code == 403
    response = client.post(f"/tasks/{task.pk}/edit/", {"text": "Đổi nội dung", "status": "done"})
    assert response.status_code == 403
    task.refresh_from_db()
    assert task.text != "Đổi nội dung"


def test_agency_officer_cannot_report_on_other_agency_task_and_nothing_is_saved(login, other_agency_officer, task):
    client = login(other_agency_officer)
    response = client.post(f"/tasks/{task.pk}/report/", {"reported_on": today().isoformat(), "text": "x",
                                                          "status": "done"})
    assert response.status_code == 403
    assert not task.reports.exists()
    assert Task.objects.get(pk=task.pk).status == "not_started"


def test_task_of_a_draft_document_is_hidden_from_agency_officers(login, agency_officer, agency):
    draft_task = make_task(make_document(code="05/CT-UBND", status="draft"), lead_agency=agency)
    client = login(agency_officer)
    assert client.get(f"/tasks/{draft_task.pk}/").status_code == 404
    assert client.post(f"/tasks/{draft_task.pk}/report/", {}).status_code == 404


def test_office_editor_sees_task_of_a_draft_document(login, office_editor, agency):
    draft_task = make_task(make_document(code="05/CT-UBND", status="draft"), lead_agency=agency)
    assert login(office_editor).get(f"/tasks/{draft_task.pk}/").status_code == 200


@pytest.mark.parametrize(("method", "path"), [
    ("post", "/tasks/"),
    ("post", "/tasks/{pk}/"),
    ("get", "/tasks/{pk}/reassign/"),
    ("get", "/tasks/extensions/{ext}/decide/"),
    ("post", "/tasks/dashboard/"),
    ("post", "/tasks/dashboard.csv"),
    ("put", "/tasks/{pk}/report/"),
    ("delete", "/tasks/{pk}/edit/"),
])
def test_wrong_http_method_is_refused_with_405(login, office_editor, task, pending_extension, method, path):
    client = login(office_editor)
    response = getattr(client, method)(path.format(pk=task.pk, ext=pending_extension.pk))
    assert response.status_code == 405
