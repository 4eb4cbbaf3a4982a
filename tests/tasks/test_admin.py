"""The admin pages for tasks, extension requests and users answer, with their history views."""

import datetime

import pytest

from chidao.tasks.models import ExtensionRequest
from tests.tasks.factories import make_document, make_task


@pytest.fixture
def task(agency, agency_officer):
    task = make_task(make_document(), agency, datetime.date(2024, 3, 1))
    ExtensionRequest.objects.create(task=task, requested_by=agency_officer,
                                    requested_deadline=datetime.date(2024, 4, 1), reason="Chờ vốn")
    return task


@pytest.mark.parametrize("url", [
    "/admin/tasks/task/", "/admin/tasks/task/{task}/change/", "/admin/tasks/task/{task}/history/",
    "/admin/tasks/extensionrequest/", "/admin/tasks/extensionrequest/?status=pending",
    "/admin/core/user/", "/admin/core/user/?role=agency_officer", "/admin/core/user/{officer}/change/",
    "/admin/tasks/task/?q=thị+trường",
])
def test_admin_page_answers_for_the_administrator(login, administrator, agency_officer, task, url):
    response = login(administrator).get(url.format(task=task.pk, officer=agency_officer.pk))
    assert response.status_code == 200


def test_admin_user_page_edits_role_and_agency(login, administrator, agency_officer):
    html = login(administrator).get(f"/admin/core/user/{agency_officer.pk}/change/").content.decode()
    assert 'name="role"' in html and 'name="agency"' in html
