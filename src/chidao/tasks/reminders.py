"""Deadline reminders: the background worker's e-mails to lead agencies and the Office's overdue summary.

Statuses and reminders follow the deadlines. For each open task of a published document, the officers of
the agency that leads it now (itself, or its successors after a merger) are written to N days before the
current deadline (`CHIDAO_REMINDER_DAYS`, default "7,1"), on the first day the task is overdue and then
once a week while it stays overdue. Office editors get one summary a day of the tasks that became overdue.

Every reminder is a `Reminder` row inserted *before* the e-mail goes out: the unique constraint on
(task, kind, due_on) is the lock, so two workers running the same round never send the same reminder twice.
A worker killed between the claim and the send leaves a row without `sent_at`: that reminder is lost
rather than sent twice (at most once). Each step is a function the tests call directly; `chidao worker` calls `send_reminders` and
`send_overdue_summary` once per round.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from chidao.core.models import Role, User
from chidao.documents.models import DocumentStatus
from chidao.tasks.models import Reminder, ReminderKind, Task
from chidao.tasks.services import OPEN, effective_lead_agencies

logger = logging.getLogger(__name__)

# An overdue task is reminded on its first overdue day and then every this many days.
OVERDUE_REPEAT_DAYS = 7
# The summary looks back at most this far when the worker was stopped for some days.
SUMMARY_LOOKBACK_DAYS = 7


@dataclass(frozen=True)
class DueReminder:
    """A reminder that should go out today and has not been claimed yet."""

    task: Task
    kind: str
    due_on: datetime.date
    recipients: tuple[str, ...]
    addressee: str = ""  # the agency (or agencies) leading the task today


def reminder_days() -> list[int]:
    """The days before a deadline when a reminder is sent, largest first, from `CHIDAO_REMINDER_DAYS`."""
    raw = str(getattr(settings, "CHIDAO_REMINDER_DAYS", "7,1"))
    try:
        days = {int(part) for part in raw.split(",") if part.strip()}
    except ValueError as exc:
        raise ImproperlyConfigured(
            f"CHIDAO_REMINDER_DAYS phải là các số ngày cách nhau bởi dấu phẩy, ví dụ 7,1 (đang là {raw!r}).") from exc
    if any(day < 1 or day > 366 for day in days):
        raise ImproperlyConfigured(f"CHIDAO_REMINDER_DAYS: mỗi số ngày phải từ 1 đến 366 (đang là {raw!r}).")
    return sorted(days, reverse=True)


def reminder_for(deadline: datetime.date, today: datetime.date, days: list[int]) -> tuple[str, datetime.date] | None:
    """Which reminder (kind, due_on) a task with this deadline is owed today, or None.

    Before the deadline it is the nearest configured "N days before" whose day has come: a worker that was
    stopped on that day still sends it later, and a 7-day reminder missed until the last day gives way to
    the 1-day one. After the deadline it is the first overdue day, then each following week.
    """
    if today < deadline:
        left = (deadline - today).days
        owed = [day for day in days if day >= left]
        return (ReminderKind.BEFORE, deadline - datetime.timedelta(days=min(owed))) if owed else None
    if today == deadline:
        return None
    first_overdue = deadline + datetime.timedelta(days=1)
    weeks = (today - first_overdue).days // OVERDUE_REPEAT_DAYS
    if weeks == 0:
        return ReminderKind.OVERDUE, first_overdue
    return ReminderKind.WEEKLY, first_overdue + datetime.timedelta(days=weeks * OVERDUE_REPEAT_DAYS)


def remindable_tasks():
    """Open tasks with a deadline, of published documents only (a draft's tasks are not assigned yet)."""
    return (Task.objects.filter(status__in=OPEN, deadline__isnull=False, lead_agency__isnull=False,
                                document__status=DocumentStatus.PUBLISHED)
            .select_related("document", "lead_agency").order_by("deadline", "id"))


def officer_emails(task: Task, today: datetime.date) -> tuple[tuple[str, ...], str]:
    """E-mail addresses of the active officers of the agencies that lead the task today, and their names."""
    agencies = effective_lead_agencies(task, today)
    users = User.objects.filter(role=Role.AGENCY_OFFICER, is_active=True,
                                agency_id__in=[agency.pk for agency in agencies]).exclude(email="")
    return tuple(sorted(set(users.values_list("email", flat=True)))), "; ".join(agency.name for agency in agencies)


def _recorded(today: datetime.date, days: list[int]) -> set[tuple[int, str, datetime.date]]:
    """(task, kind, due_on) of the reminders already recorded that today's round could owe again.

    One query instead of one per task: an owed reminder's day is never further back than the largest
    "N days before" or one overdue week.
    """
    since = today - datetime.timedelta(days=max([*days, OVERDUE_REPEAT_DAYS]))
    rows = Reminder.objects.filter(task__isnull=False, due_on__gte=since, due_on__lte=today)
    return set(rows.values_list("task_id", "kind", "due_on"))


def due_reminders(today: datetime.date) -> list[DueReminder]:
    """The reminders owed today that no worker has recorded yet, with their recipients."""
    days = reminder_days()
    horizon = today + datetime.timedelta(days=max(days, default=0))
    recorded = _recorded(today, days)
    emails: dict[int, tuple[tuple[str, ...], str]] = {}  # per lead agency: most tasks share a few agencies
    due = []
    for task in remindable_tasks().filter(deadline__lte=horizon):
        owed = reminder_for(task.deadline, today, days)
        if owed is None or (task.pk, owed[0], owed[1]) in recorded:
            continue
        if task.lead_agency_id not in emails:
            emails[task.lead_agency_id] = officer_emails(task, today)
        recipients, addressee = emails[task.lead_agency_id]
        if recipients:
            due.append(DueReminder(task, owed[0], owed[1], recipients, addressee))
    return due


def claim(task: Task | None, kind: str, due_on: datetime.date, now=None) -> Reminder | None:
    """Record the reminder before sending it; None when another worker recorded it first.

    The INSERT is the lock: the unique constraint lets exactly one of two racing workers create the row.
    The savepoint of `atomic()` keeps the caller's transaction usable after the IntegrityError (PostgreSQL).
    """
    try:
        with transaction.atomic():
            return Reminder.objects.create(task=task, kind=kind, due_on=due_on, claimed_at=now or timezone.now())
    except IntegrityError:
        return None


def _deliver(reminder: Reminder, template: str, context: dict, recipients: tuple[str, ...], now) -> bool:
    """Send the e-mail of a claimed reminder; on failure drop the claim so a later round tries again."""
    subject = " ".join(render_to_string(f"tasks/email/{template}_subject.txt", context).split())
    body = render_to_string(f"tasks/email/{template}_body.txt", context)
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, list(recipients))
    except Exception:  # SMTP and network errors of many types: the next round retries
        logger.exception("Không gửi được thư nhắc %s", reminder)
        reminder.delete()
        return False
    Reminder.objects.filter(pk=reminder.pk).update(sent_at=now, recipients=", ".join(recipients))
    return True


def task_url(task: Task) -> str:
    """The task's absolute address for an e-mail (`CHIDAO_SITE_URL`)."""
    return settings.SITE_URL.rstrip("/") + reverse("tasks:detail", args=[task.pk])


def send_reminders(today: datetime.date | None = None, now=None) -> int:
    """Claim and send every reminder owed today to lead agencies; returns how many e-mails went out."""
    today = today or timezone.localdate()
    now = now or timezone.now()
    sent = 0
    for due in due_reminders(today):
        reminder = claim(due.task, due.kind, due.due_on, now)
        if reminder is None:
            continue
        context = {"task": due.task, "document": due.task.document, "kind": due.kind, "today": today,
                   "days_left": (due.task.deadline - today).days, "days_late": (today - due.task.deadline).days,
                   "url": task_url(due.task), "addressee": due.addressee}
        sent += _deliver(reminder, "reminder", context, due.recipients, now)
    return sent


def newly_overdue(today: datetime.date):
    """Open tasks of published documents that became overdue since the last summary (at most a week back)."""
    last = Reminder.objects.filter(task__isnull=True, kind=ReminderKind.SUMMARY, due_on__lt=today).order_by(
        "-due_on").values_list("due_on", flat=True).first()
    yesterday = today - datetime.timedelta(days=1)
    # The summary of day D lists deadlines up to D-1; the next one starts at D.
    start = max(last or yesterday, today - datetime.timedelta(days=SUMMARY_LOOKBACK_DAYS))
    return (Task.objects.filter(status__in=OPEN, document__status=DocumentStatus.PUBLISHED,
                                deadline__gte=start, deadline__lte=yesterday)
            .select_related("document", "lead_agency").order_by("lead_agency__name", "deadline", "id"))


def office_emails() -> tuple[str, ...]:
    """E-mail addresses of the active office editors."""
    users = User.objects.filter(role=Role.OFFICE_EDITOR, is_active=True).exclude(email="")
    return tuple(sorted(set(users.values_list("email", flat=True))))


def send_overdue_summary(today: datetime.date | None = None, now=None) -> bool:
    """Send the Office its one summary of the day's newly overdue tasks; True when it was sent now."""
    today = today or timezone.localdate()
    now = now or timezone.now()
    recipients = office_emails()
    if not recipients or Reminder.objects.filter(task__isnull=True, kind=ReminderKind.SUMMARY,
                                                 due_on=today).exists():
        return False
    tasks = list(newly_overdue(today))
    if not tasks:
        return False
    reminder = claim(None, ReminderKind.SUMMARY, today, now)
    if reminder is None:
        return False
    rows = [{"task": task, "url": task_url(task), "days_late": (today - task.deadline).days} for task in tasks]
    context = {"rows": rows, "today": today, "url": settings.SITE_URL.rstrip("/") + reverse("tasks:dashboard")}
    return _deliver(reminder, "overdue_summary", context, recipients, now)
