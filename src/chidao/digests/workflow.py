"""The digest's life: draft → review → scheduled → published → withdrawn.

Only the Office moves a digest (`chidao.core.access.can_publish`); a leader may send a digest under
review back to draft. Every transition is one function that checks the state and the person, changes the
row in a transaction and raises `WorkflowError` with a Vietnamese message otherwise.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from chidao.core import access
from chidao.digests.models import Digest, DigestStatus

S = DigestStatus


class WorkflowError(Exception):
    """A transition that is not allowed now, or not for this person."""


# action: (states it starts from, state it ends in, who may do it)
TRANSITIONS = {
    "submit": ({S.DRAFT}, S.REVIEW, access.can_publish),
    "return": ({S.REVIEW, S.SCHEDULED}, S.DRAFT, access.reads_all),
    "schedule": ({S.REVIEW}, S.SCHEDULED, access.can_publish),
    "unschedule": ({S.SCHEDULED}, S.REVIEW, access.can_publish),
    "publish": ({S.REVIEW, S.SCHEDULED}, S.PUBLISHED, access.can_publish),
    "withdraw": ({S.PUBLISHED}, S.WITHDRAWN, access.can_publish),
    "reopen": ({S.WITHDRAWN}, S.DRAFT, access.can_publish),
}
LABELS = {
    "submit": gettext_lazy("Gửi duyệt"),
    "return": gettext_lazy("Trả lại bản nháp"),
    "schedule": gettext_lazy("Hẹn giờ công bố"),
    "unschedule": gettext_lazy("Hủy hẹn giờ"),
    "publish": gettext_lazy("Công bố ngay"),
    "withdraw": gettext_lazy("Thu hồi"),
    "reopen": gettext_lazy("Mở lại để sửa"),
}


def allowed_actions(user, digest: Digest) -> list[str]:
    """The actions this person may take on this digest now (for the editor's buttons)."""
    return [name for name, (sources, _target, who) in TRANSITIONS.items() if digest.status in sources and who(user)]


def transition(user, digest: Digest, action: str, *, scheduled_for=None, change_note: str = "", now=None) -> Digest:
    """Apply `action` to `digest` for `user`, or raise WorkflowError."""
    if action not in TRANSITIONS:
        raise WorkflowError(_("Thao tác không hợp lệ."))
    sources, target, who = TRANSITIONS[action]
    if not who(user):
        raise WorkflowError(_("Bạn không có quyền thực hiện thao tác này."))
    now = now or timezone.now()
    with transaction.atomic():
        digest = Digest.objects.select_for_update().get(pk=digest.pk)
        if digest.status not in sources:
            status = digest.get_status_display()
            raise WorkflowError(_("Bản tin đang ở trạng thái \"%(status)s\".") % {"status": status})
        if action == "schedule":
            if scheduled_for is None or scheduled_for <= now:
                raise WorkflowError(_("Chọn thời điểm công bố trong tương lai."))
            digest.scheduled_for, digest.claimed_at = scheduled_for, None
        if action == "withdraw":
            if not change_note.strip():
                raise WorkflowError(_("Thu hồi cần ghi chú thay đổi công khai."))
            digest.withdrawn_at, digest.change_note = now, change_note.strip()
        if action == "publish":
            digest.published_at = now
        if action in ("unschedule", "return"):
            digest.scheduled_for, digest.claimed_at = None, None
        digest.status = target
        digest.save()
    return digest


# ------------------------------------------------------------------------------------- background worker


def due_digests(now=None):
    """Scheduled digests whose time has come and that no worker has claimed."""
    now = now or timezone.now()
    return Digest.objects.filter(status=S.SCHEDULED, scheduled_for__lte=now, claimed_at__isnull=True)


def claim(digest_id: int, now=None) -> bool:
    """Claim one digest for publication; True only for the one worker whose UPDATE changed the row.

    The conditional UPDATE is the lock: two workers racing for the same digest both run it, the
    database applies them one after the other, and only the first finds `claimed_at` still NULL.
    """
    now = now or timezone.now()
    changed = Digest.objects.filter(pk=digest_id, status=S.SCHEDULED, claimed_at__isnull=True,
                                    scheduled_for__lte=now).update(claimed_at=now)
    return changed == 1


def publish_claimed(digest_id: int, now=None) -> bool:
    """Publish a digest this worker has claimed (still scheduled: the Office may have unscheduled it)."""
    now = now or timezone.now()
    changed = Digest.objects.filter(pk=digest_id, status=S.SCHEDULED, claimed_at__isnull=False).update(
        status=S.PUBLISHED, published_at=now)
    return changed == 1


def publish_due(now=None) -> int:
    """One pass of the worker: claim and publish every due digest; returns how many were published."""
    now = now or timezone.now()
    published = 0
    for digest_id in list(due_digests(now).values_list("pk", flat=True)):
        if claim(digest_id, now) and publish_claimed(digest_id, now):
            published += 1
    return published
