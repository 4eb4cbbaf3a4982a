"""Task rules that are not permissions: computed status, successor agencies, reports, extensions, dashboard.

Views and the API call these so that a report filed through either path changes the task the same way.
"""

import csv
import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from chidao.registry import lifecycle
from chidao.registry.models import Agency
from chidao.tasks.models import ExtensionRequest, ExtensionStatus, ProgressReport, ReportAttachment, Task, TaskStatus

# Closed statuses: a task in one of these is never overdue.
CLOSED = (TaskStatus.DONE, TaskStatus.CANCELLED)
OPEN = (TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS)
# A merge chain longer than this is a data error (a cycle), not history.
MAX_SUCCESSOR_DEPTH = 10


def today() -> datetime.date:
    return timezone.localdate()


# ---------------------------------------------------------------------------------------------- status


def is_overdue(task: Task, on: datetime.date | None = None) -> bool:
    """Overdue: the current deadline has passed and the task is neither done nor cancelled."""
    on = on or today()
    return task.status not in CLOSED and task.deadline is not None and task.deadline < on


def is_done_on_time(task: Task) -> bool:
    """Done no later than the current deadline; an approved extension makes a later date on time."""
    if task.status != TaskStatus.DONE:
        return False
    return task.deadline is None or task.completed_on is None or task.completed_on <= task.deadline


def computed_status(task: Task, on: datetime.date | None = None) -> str:
    """One of `open`, `overdue`, `done_on_time`, `done_late`, `cancelled`."""
    if task.status == TaskStatus.CANCELLED:
        return "cancelled"
    if task.status == TaskStatus.DONE:
        return "done_on_time" if is_done_on_time(task) else "done_late"
    return "overdue" if is_overdue(task, on) else "open"


COMPUTED_LABELS = {
    "open": gettext_lazy("Đang trong hạn"),
    "overdue": gettext_lazy("Quá hạn"),
    "done_on_time": gettext_lazy("Hoàn thành đúng hạn"),
    "done_late": gettext_lazy("Hoàn thành quá hạn"),
    "cancelled": gettext_lazy("Không thực hiện nữa"),
}


def overdue_q(on: datetime.date | None = None) -> Q:
    return Q(status__in=OPEN, deadline__lt=on or today())


# ---------------------------------------------------------------------------------------------- successors


def is_merged_away(agency: Agency | None, on: datetime.date | None = None) -> bool:
    """An agency that stopped existing before `on` and handed its work to successors."""
    on = on or today()
    return bool(agency and agency.valid_to and agency.valid_to < on and agency.successors.exists())


def current_successors(agency: Agency, on: datetime.date | None = None) -> list[Agency]:
    """The agencies now doing a merged agency's work, following chains of merges (A → B → C gives C)."""
    return [a for a in lifecycle.current_successors(agency, on or today()) if a.pk != agency.pk]


def inherited_agency_ids(agency_id: int, on: datetime.date | None = None) -> set[int]:
    """The agency and every merged-away agency whose work it inherited, directly or through a chain."""
    on = on or today()
    result = {agency_id}
    frontier = {agency_id}
    for _depth in range(MAX_SUCCESSOR_DEPTH):
        merged = set(
            Agency.objects.filter(successors__in=frontier, valid_to__lt=on).exclude(pk__in=result)
            .values_list("pk", flat=True)
        )
        if not merged:
            break
        result |= merged
        frontier = merged
    return result


def agency_q(agency_id: int, on: datetime.date | None = None) -> Q:
    """Tasks an agency works on: led (itself or inherited through a merger) or supported."""
    return Q(lead_agency_id__in=inherited_agency_ids(agency_id, on)) | Q(support_agencies__id=agency_id)


def effective_lead_agencies(task: Task, on: datetime.date | None = None) -> list[Agency]:
    """Who leads the task today: its lead agency, or that agency's successors when it was merged away."""
    if task.lead_agency is None:
        return []
    if is_merged_away(task.lead_agency, on):
        return current_successors(task.lead_agency, on)
    return [task.lead_agency]


def reassign_to_successor(task: Task, successor: Agency, user) -> None:
    """Move the lead to a successor agency; the history keeps the old lead and who moved it."""
    task.lead_agency_id, old = successor.pk, task.lead_agency
    task._change_reason = _("Chuyển cơ quan chủ trì từ %(old)s sang cơ quan kế thừa %(new)s") % {
        "old": old, "new": successor}
    task.save()


# ---------------------------------------------------------------------------------------------- reports


@transaction.atomic
def file_report(task: Task, user, *, reported_on: datetime.date, text: str, status: str, files=()) -> ProgressReport:
    """Record a progress report and carry its resulting status onto the task."""
    report = ProgressReport.objects.create(task=task, author=user, reported_on=reported_on, text=text, status=status)
    for upload in files:
        ReportAttachment.objects.create(report=report, file=upload)
    if status != TaskStatus.DONE:
        task.completed_on = None
    elif task.status != TaskStatus.DONE or task.completed_on is None:
        # A later "done" report does not move the date the work was finished.
        task.completed_on = reported_on
    task.status = status
    task._change_reason = _("Báo cáo tiến độ ngày %(day)s") % {"day": reported_on.strftime("%d/%m/%Y")}
    task.save()
    return report


class ExtensionConflict(Exception):
    """The request was already decided by someone else, or another one is pending."""


@transaction.atomic
def request_extension(task: Task, user, *, requested_deadline: datetime.date, reason: str) -> ExtensionRequest:
    if task.extension_requests.filter(status=ExtensionStatus.PENDING).exists():
        raise ExtensionConflict(_("Nhiệm vụ đã có một đề nghị gia hạn đang chờ quyết định."))
    return ExtensionRequest.objects.create(task=task, requested_by=user, previous_deadline=task.deadline,
                                           requested_deadline=requested_deadline, reason=reason)


@transaction.atomic
def decide_extension(extension: ExtensionRequest, user, *, approve: bool, note: str = "") -> None:
    """Approve or reject a pending request once; approval moves only the current deadline."""
    new_status = ExtensionStatus.APPROVED if approve else ExtensionStatus.REJECTED
    # Conditional update: two deciders clicking at once must not both win.
    changed = ExtensionRequest.objects.filter(pk=extension.pk, status=ExtensionStatus.PENDING).update(
        status=new_status, decided_by=user, decided_at=timezone.now(), decision_note=note)
    if changed != 1:
        raise ExtensionConflict(_("Đề nghị này đã được quyết định trước đó."))
    extension.refresh_from_db()
    if approve:
        task = Task.objects.select_for_update().get(pk=extension.task_id)
        task.deadline = extension.requested_deadline
        task._change_reason = _("Gia hạn theo đề nghị số %(id)s") % {"id": extension.pk}
        task.save()


# ---------------------------------------------------------------------------------------------- dashboard


@dataclass
class DashboardRow:
    agency: Agency | None
    label: str
    total: int = 0
    done_on_time: int = 0
    done_late: int = 0
    open: int = 0
    overdue: int = 0
    merged: list[str] = field(default_factory=list)

    def add(self, counts: dict) -> None:
        for name in ("total", "done_on_time", "done_late", "open", "overdue"):
            setattr(self, name, getattr(self, name) + counts[name])


def dashboard_rows(tasks, on: datetime.date | None = None) -> list[DashboardRow]:
    """Per lead agency: total, done on time, done late, open (in time), overdue. Cancelled tasks are not counted.

    Counting happens in the database; a merged agency's row is folded into its single successor's row.
    """
    on = on or today()
    on_time = Q(status=TaskStatus.DONE) & (Q(deadline__isnull=True) | Q(completed_on__isnull=True)
                                          | Q(completed_on__lte=F("deadline")))
    counts = (
        tasks.exclude(status=TaskStatus.CANCELLED)
        .values("lead_agency", "lead_group")
        .annotate(
            total=Count("id"),
            done_on_time=Count("id", filter=on_time),
            done_late=Count("id", filter=Q(status=TaskStatus.DONE) & ~on_time),
            overdue=Count("id", filter=overdue_q(on)),
            open=Count("id", filter=Q(status__in=OPEN) & ~overdue_q(on)),
        )
        .order_by()
    )
    agencies = Agency.objects.in_bulk([c["lead_agency"] for c in counts if c["lead_agency"]])
    rows: dict = {}
    for entry in counts:
        agency = agencies.get(entry["lead_agency"])
        merged_from = None
        if agency is not None and is_merged_away(agency, on):
            successors = current_successors(agency, on)
            if len(successors) == 1:
                merged_from, agency = agency, successors[0]
        key = agency.pk if agency else ("group", entry["lead_group"])
        label = str(agency) if agency else (entry["lead_group"] or _("(chưa xác định cơ quan chủ trì)"))
        row = rows.setdefault(key, DashboardRow(agency=agency, label=label))
        row.add(entry)
        if merged_from is not None:
            row.merged.append(str(merged_from))
    return sorted(rows.values(), key=lambda r: (-r.overdue, -r.total, r.label))


CSV_HEADER = ["co_quan", "tong_so", "hoan_thanh_dung_han", "hoan_thanh_qua_han", "dang_thuc_hien", "qua_han"]


def write_dashboard_csv(rows: list[DashboardRow], out) -> None:
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for row in rows:
        writer.writerow([row.label, row.total, row.done_on_time, row.done_late, row.open, row.overdue])
