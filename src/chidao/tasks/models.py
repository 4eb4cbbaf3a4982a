"""Tasks assigned by documents, and the progress agencies report on them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class TaskStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Chưa thực hiện")
    IN_PROGRESS = "in_progress", _("Đang thực hiện")
    DONE = "done", _("Đã hoàn thành")
    CANCELLED = "cancelled", _("Không thực hiện nữa")


class Task(models.Model):
    document = models.ForeignKey("documents.Document", verbose_name=_("văn bản"), on_delete=models.CASCADE,
                                 related_name="tasks")
    clause = models.CharField(_("điều, khoản"), max_length=40, blank=True, help_text=_("Ví dụ 1.a hoặc II.3.b"))
    text = models.TextField(_("nội dung nhiệm vụ"))
    lead_agency = models.ForeignKey("registry.Agency", verbose_name=_("cơ quan chủ trì"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="led_tasks")
    lead_group = models.CharField(_("nhóm cơ quan chủ trì"), max_length=255, blank=True,
                                  help_text=_("Ví dụ: các sở, ban, ngành (khi không có cơ quan cụ thể)."))
    support_agencies = models.ManyToManyField("registry.Agency", verbose_name=_("cơ quan phối hợp"), blank=True,
                                              related_name="supported_tasks")
    support_groups = models.CharField(_("nhóm cơ quan phối hợp"), max_length=255, blank=True)
    original_deadline = models.DateField(_("hạn ban đầu"), null=True, blank=True,
                                         help_text=_("Hạn ghi trong văn bản; không đổi khi gia hạn."))
    deadline = models.DateField(_("hạn hiện tại"), null=True, blank=True, db_index=True)
    deadline_text = models.CharField(_("hạn theo văn bản"), max_length=255, blank=True)
    deadline_kind = models.CharField(_("loại hạn"), max_length=20, blank=True)
    status = models.CharField(_("tình trạng báo cáo"), max_length=20, choices=TaskStatus.choices,
                              default=TaskStatus.NOT_STARTED, db_index=True)
    completed_on = models.DateField(_("ngày hoàn thành"), null=True, blank=True)
    source_start = models.PositiveIntegerField(_("vị trí bắt đầu trong văn bản"), null=True, blank=True)
    source_end = models.PositiveIntegerField(_("vị trí kết thúc trong văn bản"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(m2m_fields=[support_agencies])

    class Meta:
        ordering = ["document", "source_start", "id"]
        verbose_name = _("nhiệm vụ")
        verbose_name_plural = _("nhiệm vụ")

    def __str__(self) -> str:
        return self.text[:80]


def report_attachment_path(instance, filename: str) -> str:
    return f"reports/{instance.report.task_id}/{filename}"


class ProgressReport(models.Model):
    task = models.ForeignKey(Task, verbose_name=_("nhiệm vụ"), on_delete=models.CASCADE, related_name="reports")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người báo cáo"), on_delete=models.PROTECT,
                               related_name="progress_reports")
    reported_on = models.DateField(_("ngày báo cáo"))
    text = models.TextField(_("nội dung báo cáo"))
    status = models.CharField(_("tình trạng sau báo cáo"), max_length=20, choices=TaskStatus.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["task", "-reported_on", "-id"]
        verbose_name = _("báo cáo tiến độ")
        verbose_name_plural = _("báo cáo tiến độ")


class ReportAttachment(models.Model):
    report = models.ForeignKey(ProgressReport, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("tệp đính kèm"), upload_to=report_attachment_path)

    class Meta:
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")


class ExtensionStatus(models.TextChoices):
    PENDING = "pending", _("Chờ quyết định")
    APPROVED = "approved", _("Đã đồng ý")
    REJECTED = "rejected", _("Không đồng ý")


class ExtensionRequest(models.Model):
    """An agency's request for a later deadline; approval moves `Task.deadline`, never `original_deadline`."""

    task = models.ForeignKey(Task, verbose_name=_("nhiệm vụ"), on_delete=models.CASCADE,
                             related_name="extension_requests")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người đề nghị"),
                                     on_delete=models.PROTECT, related_name="extension_requests")
    requested_at = models.DateTimeField(_("đề nghị lúc"), auto_now_add=True)
    previous_deadline = models.DateField(_("hạn trước khi đề nghị"), null=True, blank=True,
                                         help_text=_("Hạn hiện tại của nhiệm vụ lúc gửi đề nghị."))
    requested_deadline = models.DateField(_("hạn đề nghị"))
    reason = models.TextField(_("lý do"))
    status = models.CharField(_("trạng thái"), max_length=20, choices=ExtensionStatus.choices,
                              default=ExtensionStatus.PENDING, db_index=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người quyết định"), null=True,
                                   blank=True, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(_("quyết định lúc"), null=True, blank=True)
    decision_note = models.TextField(_("ý kiến"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-requested_at", "-id"]
        verbose_name = _("đề nghị gia hạn")
        verbose_name_plural = _("đề nghị gia hạn")
        constraints = [
            # One open request per task: a second one would race the first for the same deadline.
            models.UniqueConstraint(fields=["task"], condition=models.Q(status="pending"),
                                    name="extension_one_pending_per_task"),
        ]

    def __str__(self) -> str:
        return f"{self.task_id}: {self.requested_deadline:%d/%m/%Y}"


class ReminderKind(models.TextChoices):
    # Only "Quá hạn" is in the English catalog yet; the other labels are shown to administrators only.
    BEFORE = "before", "Sắp đến hạn"
    OVERDUE = "overdue", _("Quá hạn")
    WEEKLY = "weekly", "Vẫn quá hạn (hằng tuần)"
    SUMMARY = "summary", "Tổng hợp quá hạn gửi Văn phòng"


class Reminder(models.Model):
    """One deadline e-mail, recorded before it is sent: the row is the claim (`chidao.tasks.reminders`).

    `due_on` is the day the reminder belongs to (deadline minus N days, the first overdue day, each
    following week), so an extension that moves the deadline earns fresh reminders. The Office's daily
    summary of newly overdue tasks has no task.
    """

    task = models.ForeignKey(Task, verbose_name=_("nhiệm vụ"), null=True, blank=True, on_delete=models.CASCADE,
                             related_name="reminders")
    kind = models.CharField(_("loại"), max_length=20, choices=ReminderKind.choices)
    due_on = models.DateField(_("ngày"))
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    recipients = models.TextField(blank=True)

    class Meta:
        ordering = ["-due_on", "-id"]
        constraints = [
            # The unique row is the lock: two workers inserting the same reminder, only one succeeds.
            models.UniqueConstraint(fields=["task", "kind", "due_on"], name="reminder_once_per_task_kind_day"),
            # NULLs are distinct in a unique index, so the task-less summary needs its own constraint.
            models.UniqueConstraint(fields=["kind", "due_on"], condition=models.Q(task__isnull=True),
                                    name="reminder_one_summary_per_day"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.task_id or ''} {self.due_on:%d/%m/%Y}".strip()
