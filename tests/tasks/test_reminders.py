"""Deadline reminders: who is written to, when, and never twice."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured

from chidao.core.models import User
from chidao.documents.models import DocumentStatus
from chidao.tasks import reminders
from chidao.tasks.models import Reminder, ReminderKind, TaskStatus
from tests.tasks.factories import make_document, make_task

DEADLINE = datetime.date(2024, 3, 15)
DAY = datetime.timedelta(days=1)


@pytest.fixture
def officer(agency_officer):
    agency_officer.email = "socongthuong@example.gov.vn"
    agency_officer.save()
    return agency_officer


@pytest.fixture
def editor(office_editor):
    office_editor.email = "vanphong@example.gov.vn"
    office_editor.save()
    return office_editor


@pytest.fixture
def task(officer, agency):
    return make_task(make_document(), lead_agency=agency, deadline=DEADLINE)


def test_reminder_days_default_to_seven_and_one(settings):
    settings.CHIDAO_REMINDER_DAYS = "7,1"
    assert reminders.reminder_days() == [7, 1]


@pytest.mark.parametrize("value", ["7,x", "0", "-3"])
def test_bad_reminder_days_are_refused_with_a_message(settings, value):
    settings.CHIDAO_REMINDER_DAYS = value
    with pytest.raises(ImproperlyConfigured, match="CHIDAO_REMINDER_DAYS"):
        reminders.reminder_days()


@pytest.mark.parametrize("today, expected", [
    (DEADLINE - 8 * DAY, None),
    (DEADLINE - 7 * DAY, ("before", DEADLINE - 7 * DAY)),
    (DEADLINE - 3 * DAY, ("before", DEADLINE - 7 * DAY)),  # a stopped worker catches up
    (DEADLINE - DAY, ("before", DEADLINE - DAY)),
    (DEADLINE, None),
    (DEADLINE + DAY, ("overdue", DEADLINE + DAY)),
    (DEADLINE + 7 * DAY, ("overdue", DEADLINE + DAY)),
    (DEADLINE + 8 * DAY, ("weekly", DEADLINE + 8 * DAY)),
    (DEADLINE + 20 * DAY, ("weekly", DEADLINE + 15 * DAY)),
])
def test_reminder_owed_follows_the_deadline(today, expected):
    assert reminders.reminder_for(DEADLINE, today, [7, 1]) == expected


def test_lead_agency_officer_is_reminded_seven_days_before_the_deadline(task):
    assert reminders.send_reminders(DEADLINE - 7 * DAY) == 1
    [message] = mail.outbox
    assert message.to == ["socongthuong@example.gov.vn"]
    assert "03/CT-UBND" in message.subject and "15/03/2024" in message.subject
    assert "còn 7 ngày" in message.body and task.text in message.body
    assert f"/tasks/{task.pk}/" in message.body
    reminder = Reminder.objects.get()
    assert (reminder.kind, reminder.due_on) == (ReminderKind.BEFORE, DEADLINE - 7 * DAY)
    assert reminder.sent_at is not None and reminder.claimed_at is not None


def test_link_in_the_reminder_uses_the_site_url(task, settings):
    settings.SITE_URL = "https://chidao.example.gov.vn/"
    reminders.send_reminders(DEADLINE - DAY)
    assert f"https://chidao.example.gov.vn/tasks/{task.pk}/" in mail.outbox[0].body


def test_no_reminder_on_a_day_between_reminders_once_sent(task):
    reminders.send_reminders(DEADLINE - 7 * DAY)
    assert reminders.send_reminders(DEADLINE - 6 * DAY) == 0
    assert reminders.send_reminders(DEADLINE - DAY) == 1
    assert len(mail.outbox) == 2


def test_reminder_is_not_sent_twice_when_two_workers_run_the_same_day(task):
    assert reminders.send_reminders(DEADLINE - DAY) == 1
    assert reminders.send_reminders(DEADLINE - DAY) == 0
    assert len(mail.outbox) == 1 and Reminder.objects.count() == 1


def test_a_second_worker_cannot_claim_a_reminder_already_claimed(task):
    due = reminders.due_reminders(DEADLINE - DAY)
    assert len(due) == 1
    assert reminders.claim(task, ReminderKind.BEFORE, DEADLINE - DAY) is not None
    # The second worker computed the same list before the first one inserted its row.
    assert reminders.claim(task, ReminderKind.BEFORE, DEADLINE - DAY) is None
    assert reminders.due_reminders(DEADLINE - DAY) == []


def test_an_extension_earns_fresh_reminders_for_the_new_deadline(task):
    reminders.send_reminders(DEADLINE - DAY)
    task.deadline = DEADLINE + 30 * DAY
    task.save()
    assert reminders.send_reminders(DEADLINE + 29 * DAY) == 1


@pytest.mark.parametrize("status", [TaskStatus.DONE, TaskStatus.CANCELLED])
def test_no_reminder_for_a_done_or_cancelled_task(task, status):
    task.status = status
    task.save()
    assert reminders.send_reminders(DEADLINE - DAY) == 0
    assert reminders.send_reminders(DEADLINE + DAY) == 0
    assert mail.outbox == []


def test_no_reminder_for_a_task_of_a_draft_document(officer, agency):
    make_task(make_document(status=DocumentStatus.DRAFT), lead_agency=agency, deadline=DEADLINE)
    assert reminders.send_reminders(DEADLINE - DAY) == 0
    assert mail.outbox == []


def test_officers_of_other_agencies_are_not_reminded(task, other_agency_officer):
    other_agency_officer.email = "soyte@example.gov.vn"
    other_agency_officer.save()
    reminders.send_reminders(DEADLINE - DAY)
    assert [message.to for message in mail.outbox] == [["socongthuong@example.gov.vn"]]


def test_inactive_officers_and_officers_without_email_are_not_reminded(task, officer, agency):
    officer.is_active = False
    officer.save()
    User.objects.create_user(username="khongthu", role="agency_officer", agency=agency)
    assert reminders.send_reminders(DEADLINE - DAY) == 0
    assert mail.outbox == [] and Reminder.objects.count() == 0


def test_overdue_task_is_reminded_on_its_first_overdue_day_then_weekly(task):
    assert reminders.send_reminders(DEADLINE + DAY) == 1
    assert "[Quá hạn]" in mail.outbox[0].subject
    assert reminders.send_reminders(DEADLINE + 2 * DAY) == 0
    assert reminders.send_reminders(DEADLINE + 8 * DAY) == 1
    assert "quá hạn 8 ngày" in mail.outbox[1].subject
    assert reminders.send_reminders(DEADLINE + 9 * DAY) == 0
    assert reminders.send_reminders(DEADLINE + 15 * DAY) == 1


def test_failed_delivery_leaves_the_reminder_for_the_next_round(task, monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr(reminders, "send_mail", refuse)
    assert reminders.send_reminders(DEADLINE - DAY) == 0
    assert Reminder.objects.count() == 0
    monkeypatch.undo()
    assert reminders.send_reminders(DEADLINE - DAY) == 1


def test_office_gets_one_summary_of_newly_overdue_tasks(task, editor, agency):
    other = make_task(make_document(code="05/CT-UBND"), lead_agency=agency, deadline=DEADLINE - 10 * DAY,
                      text="Báo cáo kết quả rà soát")
    assert reminders.send_overdue_summary(DEADLINE + DAY) is True
    [message] = mail.outbox
    assert message.to == ["vanphong@example.gov.vn"]
    assert "1 nhiệm vụ mới quá hạn" in message.subject
    assert task.text in message.body and "03/CT-UBND" in message.body
    assert other.text not in message.body  # overdue long ago: not news
    assert reminders.send_overdue_summary(DEADLINE + DAY) is False
    assert len(mail.outbox) == 1


def test_no_summary_when_nothing_became_overdue(task, editor):
    assert reminders.send_overdue_summary(DEADLINE) is False
    assert reminders.send_overdue_summary(DEADLINE + 2 * DAY) is False  # became overdue yesterday, not today
    assert mail.outbox == []


def test_summary_after_a_stopped_worker_lists_what_became_overdue_meanwhile(task, editor, agency):
    later = make_task(make_document(code="07/CT-UBND"), lead_agency=agency, deadline=DEADLINE + 2 * DAY,
                      text="Tổng hợp ý kiến góp ý")
    assert reminders.send_overdue_summary(DEADLINE + DAY) is True
    assert reminders.send_overdue_summary(DEADLINE + 4 * DAY) is True
    assert later.text in mail.outbox[1].body and task.text not in mail.outbox[1].body


def test_summary_leaves_out_done_tasks_and_drafts(task, editor, agency):
    task.status = TaskStatus.DONE
    task.save()
    make_task(make_document(code="09/CT-UBND", status=DocumentStatus.DRAFT), lead_agency=agency, deadline=DEADLINE)
    assert reminders.send_overdue_summary(DEADLINE + DAY) is False


def test_reminder_days_come_from_the_setting(task, settings):
    settings.CHIDAO_REMINDER_DAYS = "3"
    assert reminders.send_reminders(DEADLINE - 7 * DAY) == 0
    assert reminders.send_reminders(DEADLINE - 3 * DAY) == 1
    assert reminders.send_reminders(DEADLINE - DAY) == 0


def test_officers_of_the_successor_are_reminded_when_the_lead_agency_was_merged_away(officer, agency):
    from chidao.registry.models import Agency

    old = Agency.objects.create(slug="so-cu", name="Sở cũ", valid_to=DEADLINE - 60 * DAY)
    old.successors.add(agency)
    make_task(make_document(), lead_agency=old, deadline=DEADLINE)
    assert reminders.send_reminders(DEADLINE - DAY) == 1
    assert mail.outbox[0].to == ["socongthuong@example.gov.vn"]
    assert "Kính gửi: Sở Công Thương" in mail.outbox[0].body
