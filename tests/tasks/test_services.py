"""Computed status, successor agencies and the dashboard counts."""

import datetime
import io

import pytest

from chidao.registry.models import Agency
from chidao.tasks import services
from chidao.tasks.models import Task
from tests.tasks.factories import make_document, make_task, today

DAY = datetime.timedelta(days=1)


def unsaved(status="not_started", deadline=None, completed_on=None) -> Task:
    return Task(status=status, deadline=deadline, completed_on=completed_on)


def test_open_task_past_its_deadline_is_overdue():
    assert services.computed_status(unsaved(deadline=today() - DAY)) == "overdue"


def test_task_due_today_is_not_yet_overdue():
    assert services.computed_status(unsaved(deadline=today())) == "open"


def test_task_without_deadline_is_never_overdue():
    assert services.computed_status(unsaved(status="in_progress")) == "open"


def test_done_and_cancelled_tasks_are_never_overdue():
    assert not services.is_overdue(unsaved(status="done", deadline=today() - DAY))
    assert services.computed_status(unsaved(status="cancelled", deadline=today() - DAY)) == "cancelled"


def test_done_after_deadline_is_done_late_and_on_deadline_is_on_time():
    deadline = datetime.date(2024, 3, 31)
    assert services.computed_status(unsaved("done", deadline, deadline)) == "done_on_time"
    assert services.computed_status(unsaved("done", deadline, deadline + DAY)) == "done_late"


@pytest.fixture
def merged(db):
    """Sở A and Sở B merged into Sở C on 1 March 2025."""
    c = Agency.objects.create(slug="so-c", name="Sở C", valid_from=datetime.date(2025, 3, 1))
    a = Agency.objects.create(slug="so-a", name="Sở A", valid_to=datetime.date(2025, 2, 28))
    b = Agency.objects.create(slug="so-b", name="Sở B", valid_to=datetime.date(2025, 2, 28))
    a.successors.add(c)
    b.successors.add(c)
    return a, b, c


def test_merged_agency_task_is_led_by_its_successor(merged):
    a, _b, c = merged
    task = make_task(make_document(), lead_agency=a)
    assert services.is_merged_away(a)
    assert services.effective_lead_agencies(task) == [c]


def test_agency_without_successors_is_not_merged_even_after_valid_to(db):
    closed = Agency.objects.create(slug="ban-cu", name="Ban cũ", valid_to=datetime.date(2020, 1, 1))
    assert not services.is_merged_away(closed)


def test_successor_chain_is_followed_to_the_agency_that_exists_today(merged):
    _a, _b, c = merged
    c.valid_to = datetime.date(2025, 6, 30)
    c.save()
    d = Agency.objects.create(slug="so-d", name="Sở D")
    c.successors.add(d)
    assert services.current_successors(merged[0]) == [d]


def test_successor_cycle_does_not_loop(db):
    x = Agency.objects.create(slug="x", name="X", valid_to=datetime.date(2020, 1, 1))
    y = Agency.objects.create(slug="y", name="Y", valid_to=datetime.date(2020, 1, 1))
    x.successors.add(y)
    y.successors.add(x)
    assert services.current_successors(x) == []


def test_dashboard_counts_each_lead_agency(agency, other_agency):
    doc = make_document()
    past, future = today() - 10 * DAY, today() + 10 * DAY
    make_task(doc, agency, past)  # overdue
    make_task(doc, agency, future)  # open
    make_task(doc, agency, past, status="done", completed_on=past - DAY)  # on time
    make_task(doc, agency, past, status="done", completed_on=past + DAY)  # late
    make_task(doc, agency, past, status="cancelled")  # not counted
    make_task(doc, other_agency, future, status="in_progress")
    rows = {row.label: row for row in services.dashboard_rows(Task.objects.all())}
    mine = rows[agency.name]
    assert (mine.total, mine.done_on_time, mine.done_late, mine.open, mine.overdue) == (4, 1, 1, 1, 1)
    assert (rows[other_agency.name].total, rows[other_agency.name].open) == (1, 1)


def test_dashboard_folds_a_merged_agency_into_its_successor(merged):
    a, b, c = merged
    doc = make_document()
    make_task(doc, a, today() - DAY)
    make_task(doc, b, today() + DAY)
    make_task(doc, c, today() + DAY)
    rows = services.dashboard_rows(Task.objects.all())
    assert [(r.label, r.total, r.overdue) for r in rows] == [("Sở C", 3, 1)]
    assert sorted(rows[0].merged) == ["Sở A", "Sở B"]


def test_dashboard_groups_tasks_without_an_agency_by_their_group_phrase(db):
    make_task(make_document(), None, lead_group="các sở, ban, ngành")
    assert [r.label for r in services.dashboard_rows(Task.objects.all())] == ["các sở, ban, ngành"]


def test_dashboard_csv_has_a_header_and_one_line_per_agency(agency):
    make_task(make_document(), agency, today() - DAY)
    out = io.StringIO()
    services.write_dashboard_csv(services.dashboard_rows(Task.objects.all()), out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("co_quan,tong_so")
    assert lines[1] == "Sở Công Thương,1,0,0,0,1"


def test_done_report_sets_completion_date_and_a_later_report_keeps_it(agency, agency_officer):
    task = make_task(make_document(), agency, today())
    first = today() - 3 * DAY
    services.file_report(task, agency_officer, reported_on=first, text="Xong", status="done")
    services.file_report(task, agency_officer, reported_on=today(), text="Bổ sung", status="done")
    task.refresh_from_db()
    assert (task.status, task.completed_on) == ("done", first)
    services.file_report(task, agency_officer, reported_on=today(), text="Mở lại", status="in_progress")
    task.refresh_from_db()
    assert task.completed_on is None


def test_approving_an_extension_moves_deadline_but_never_original_deadline(agency, agency_officer, leader):
    original = today() + DAY
    task = make_task(make_document(), agency, original)
    extension = services.request_extension(task, agency_officer, requested_deadline=original + 30 * DAY,
                                           reason="Chờ bố trí vốn")
    services.decide_extension(extension, leader, approve=True)
    task.refresh_from_db()
    assert (task.deadline, task.original_deadline) == (original + 30 * DAY, original)


def test_rejecting_an_extension_keeps_the_deadline(agency, agency_officer, leader):
    task = make_task(make_document(), agency, today() + DAY)
    extension = services.request_extension(task, agency_officer, requested_deadline=today() + 9 * DAY, reason="x")
    services.decide_extension(extension, leader, approve=False, note="Không đủ căn cứ")
    task.refresh_from_db()
    extension.refresh_from_db()
    assert task.deadline == today() + DAY
    assert (extension.status, extension.decided_by, extension.decision_note) == ("rejected", leader,
                                                                               "Không đủ căn cứ")


def test_an_extension_is_decided_only_once(agency, agency_officer, leader, office_editor):
    task = make_task(make_document(), agency, today() + DAY)
    extension = services.request_extension(task, agency_officer, requested_deadline=today() + 9 * DAY, reason="x")
    stale = type(extension).objects.get(pk=extension.pk)
    services.decide_extension(extension, leader, approve=False)
    with pytest.raises(services.ExtensionConflict):
        services.decide_extension(stale, office_editor, approve=True)
    task.refresh_from_db()
    assert task.deadline == today() + DAY


def test_a_second_pending_extension_is_refused(agency, agency_officer):
    task = make_task(make_document(), agency, today() + DAY)
    services.request_extension(task, agency_officer, requested_deadline=today() + 9 * DAY, reason="x")
    with pytest.raises(services.ExtensionConflict):
        services.request_extension(task, agency_officer, requested_deadline=today() + 19 * DAY, reason="y")
