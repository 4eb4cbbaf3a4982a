"""Who may see and change what: every permission rule of the site lives here.

Views, the API, intake, digests and the portal fetch objects through these helpers so that a rule is
written once. The roles (`chidao.core.models.Role`):

- office editor (and administrator): reads and edits everything, publishes documents and digests;
- leader: reads everything, approves digests and decides extension requests;
- agency officer: reads what is published, reports on and asks extensions for tasks its agency leads
  (or now leads, when the original lead agency was merged into it);
- anonymous visitor: reads only what is published.

Not visible means 404 (a draft's existence is not disclosed); visible but not allowed means 403.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from chidao.core.models import User


def _active(user) -> User | None:
    """The user if logged in and active, else None (anonymous)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    return user


def is_office(user) -> bool:
    """Office editors and administrators (a superuser without a role counts as administrator)."""
    user = _active(user)
    return bool(user and (user.is_office_editor or user.is_administrator))


def is_leader(user) -> bool:
    user = _active(user)
    return bool(user and user.is_leader)


def reads_all(user) -> bool:
    """Office, leaders and administrators read drafts and every task."""
    user = _active(user)
    return bool(user and user.can_read_all)


def officer_agency_id(user) -> int | None:
    """The agency an active agency officer belongs to, else None."""
    user = _active(user)
    return user.agency_id if user and user.is_agency_officer else None


# ---------------------------------------------------------------------------------------------- documents


def visible_documents(user) -> QuerySet:
    """Published documents for anonymous visitors and agency officers; everything for office and leaders."""
    from chidao.documents.models import Document

    return Document.objects.all() if reads_all(user) else Document.objects.published()


def get_document_for_user(user, uid):
    """The document with this uid, or 404 when the user may not see it."""
    return get_object_or_404(visible_documents(user), uid=uid)


def can_publish(user) -> bool:
    """Publishing documents and digests is the Office's job."""
    return is_office(user)


def can_approve(user) -> bool:
    """Approving a digest for publication is a leader's decision (administrators stand in)."""
    user = _active(user)
    return bool(user and (user.is_leader or user.is_administrator))


# ---------------------------------------------------------------------------------------------- tasks


def visible_tasks(user) -> QuerySet:
    """Tasks of published documents for everyone; every task for office and leaders."""
    from chidao.documents.models import DocumentStatus
    from chidao.tasks.models import Task

    tasks = Task.objects.select_related("document", "lead_agency")
    return tasks if reads_all(user) else tasks.filter(document__status=DocumentStatus.PUBLISHED)


def agency_tasks(user) -> QuerySet:
    """The tasks an agency officer works on: led by, supported by, or inherited by the officer's agency."""
    from chidao.tasks.services import agency_q

    agency_id = officer_agency_id(user)
    if agency_id is None:
        return visible_tasks(user).none()
    return visible_tasks(user).filter(agency_q(agency_id)).distinct()


def leads_task(user, task) -> bool:
    """The officer's agency leads the task now (itself, or as successor of a merged lead agency)."""
    from chidao.tasks.services import effective_lead_agencies

    agency_id = officer_agency_id(user)
    if agency_id is None or task.lead_agency_id is None:
        return False
    return any(agency.pk == agency_id for agency in effective_lead_agencies(task))


def can_edit_task(user, task) -> bool:
    return is_office(user)


def can_reassign_task(user, task) -> bool:
    return is_office(user)


def can_report_on_task(user, task) -> bool:
    """Office editors report for anyone; an agency officer only for tasks its agency leads.

    A support agency (phối hợp) reads the task but reports to the lead agency, which reports upward.
    """
    return is_office(user) or leads_task(user, task)


def can_request_extension(user, task) -> bool:
    from chidao.tasks.services import CLOSED

    return task.status not in CLOSED and can_report_on_task(user, task)


def can_decide_extension(user) -> bool:
    """A leader or the Office approves or rejects a new deadline."""
    return is_office(user) or is_leader(user)


def can_view_task_history(user, task) -> bool:
    return reads_all(user)


def can_view_dashboard(user) -> bool:
    return reads_all(user)


def get_task_for_user(user, pk, *, for_update: bool = False):
    """The task, or 404 when not visible; with `for_update`, 403 unless the user may edit it."""
    task = get_object_or_404(visible_tasks(user), pk=pk)
    if for_update and not can_edit_task(user, task):
        raise PermissionDenied
    return task


def get_extension_for_user(user, pk):
    """An extension request of a visible task (404 otherwise)."""
    from chidao.tasks.models import ExtensionRequest

    return get_object_or_404(
        ExtensionRequest.objects.select_related("task").filter(task__in=visible_tasks(user)), pk=pk)


# ---------------------------------------------------------------------------------------------- digests


def visible_digests(user) -> QuerySet:
    """Published digests for the public; every state for office and leaders."""
    from chidao.digests.models import Digest

    return Digest.objects.all() if reads_all(user) else Digest.objects.published()
