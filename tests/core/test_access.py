"""The access rules in `chidao.core.access`, called directly."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from chidao.core import access
from chidao.registry.models import Agency
from tests.tasks.factories import make_document, make_task


@pytest.fixture
def published_task(agency):
    return make_task(make_document(), lead_agency=agency)


@pytest.fixture
def draft_task(agency):
    return make_task(make_document(code="09/CT-UBND", status="draft"), lead_agency=agency)


def test_anonymous_and_agency_officers_see_only_published_documents(agency_officer, published_task, draft_task):
    for user in (None, agency_officer):
        assert list(access.visible_documents(user)) == [published_task.document]


def test_office_and_leaders_see_drafts(office_editor, leader, published_task, draft_task):
    for user in (office_editor, leader):
        assert access.visible_documents(user).count() == 2
        assert access.visible_tasks(user).count() == 2


def test_draft_document_is_404_for_anonymous(draft_task):
    with pytest.raises(Http404):
        access.get_document_for_user(None, draft_task.document.uid)


def test_visible_task_that_may_not_be_edited_is_403(agency_officer, published_task):
    assert access.get_task_for_user(agency_officer, published_task.pk) == published_task
    with pytest.raises(PermissionDenied):
        access.get_task_for_user(agency_officer, published_task.pk, for_update=True)


def test_invisible_task_is_404_even_for_update(agency_officer, draft_task):
    with pytest.raises(Http404):
        access.get_task_for_user(agency_officer, draft_task.pk, for_update=True)


def test_only_the_lead_agency_reports_support_agency_reads(agency_officer, other_agency_officer, other_agency,
                                                           published_task):
    published_task.support_agencies.add(other_agency)
    assert access.can_report_on_task(agency_officer, published_task)
    assert not access.can_report_on_task(other_agency_officer, published_task)
    assert published_task in access.agency_tasks(other_agency_officer)


def test_inactive_users_have_no_rights(office_editor, published_task):
    office_editor.is_active = False
    assert not access.can_edit_task(office_editor, published_task)
    assert not access.reads_all(office_editor)


def test_agency_officer_without_an_agency_has_no_agency_rights(db, published_task):
    from chidao.core.models import User

    orphan = User.objects.create_user("mocoi", password="x", role="agency_officer")
    assert not access.can_report_on_task(orphan, published_task)
    assert not access.agency_tasks(orphan).exists()


def test_publish_approve_and_decide_belong_to_office_and_leaders(office_editor, leader, agency_officer,
                                                                 administrator):
    assert access.can_publish(office_editor) and not access.can_publish(leader)
    assert access.can_approve(leader) and not access.can_approve(office_editor)
    assert access.can_approve(administrator) and access.can_publish(administrator)
    assert access.can_decide_extension(leader) and access.can_decide_extension(office_editor)
    assert not any(f(agency_officer) for f in (access.can_publish, access.can_approve, access.can_decide_extension))
    assert not any(f(None) for f in (access.can_publish, access.can_approve, access.can_view_dashboard))


def test_successor_agency_officer_may_report_on_merged_agency_task(db):
    from chidao.core.models import User

    old = Agency.objects.create(slug="so-cu", name="Sở Cũ", valid_to=datetime.date(2020, 1, 1))
    new = Agency.objects.create(slug="so-moi", name="Sở Mới")
    old.successors.add(new)
    task = make_task(make_document(), lead_agency=old)
    officer = User.objects.create_user("somoi", password="x", role="agency_officer", agency=new)
    assert access.can_report_on_task(officer, task)
    assert task in access.agency_tasks(officer)


def test_closed_task_takes_no_extension_request(agency_officer, published_task):
    published_task.status = "done"
    assert not access.can_request_extension(agency_officer, published_task)


def test_visible_digests_hides_drafts_from_the_public(office_editor):
    from chidao.digests.models import Digest

    Digest.objects.create(week_start=datetime.date(2024, 1, 1), title="Tuần 1", status="published")
    Digest.objects.create(week_start=datetime.date(2024, 1, 8), title="Tuần 2")
    assert [d.title for d in access.visible_digests(None)] == ["Tuần 1"]
    assert access.visible_digests(office_editor).count() == 2


def test_officer_of_the_last_successor_in_a_merger_chain_lists_the_oldest_task(db):
    from chidao.core.models import User

    a = Agency.objects.create(slug="a", name="A", valid_to=datetime.date(2019, 1, 1))
    b = Agency.objects.create(slug="b", name="B", valid_to=datetime.date(2021, 1, 1))
    c = Agency.objects.create(slug="c", name="C")
    a.successors.add(b)
    b.successors.add(c)
    task = make_task(make_document(), lead_agency=a)
    officer = User.objects.create_user("c", password="x", role="agency_officer", agency=c)
    assert list(access.agency_tasks(officer)) == [task]
    assert access.can_report_on_task(officer, task)


def test_planned_merger_does_not_move_tasks_before_it_happens(db):
    from chidao.core.models import User

    old = Agency.objects.create(slug="sap-nhap", name="Sắp sáp nhập", valid_to=datetime.date(2999, 1, 1))
    new = Agency.objects.create(slug="moi", name="Mới")
    old.successors.add(new)
    task = make_task(make_document(), lead_agency=old)
    officer = User.objects.create_user("moi", password="x", role="agency_officer", agency=new)
    assert not access.agency_tasks(officer).exists()
    assert not access.can_report_on_task(officer, task)
