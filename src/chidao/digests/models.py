"""The weekly digest "Chỉ đạo, điều hành nổi bật của UBND tỉnh trong tuần"."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class DigestStatus(models.TextChoices):
    DRAFT = "draft", _("Bản nháp")
    REVIEW = "review", _("Chờ duyệt")
    SCHEDULED = "scheduled", _("Đã hẹn giờ công bố")
    PUBLISHED = "published", _("Đã công bố")
    WITHDRAWN = "withdrawn", _("Đã thu hồi")


class DigestQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=DigestStatus.PUBLISHED)


class Digest(models.Model):
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    week_start = models.DateField(_("tuần từ ngày (thứ Hai)"), unique=True)
    title = models.CharField(_("tiêu đề"), max_length=255)
    status = models.CharField(_("trạng thái"), max_length=20, choices=DigestStatus.choices,
                              default=DigestStatus.DRAFT, db_index=True)
    scheduled_for = models.DateTimeField(_("công bố lúc (hẹn giờ)"), null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False,
                                      help_text=_("Đặt bởi tiến trình nền khi nhận việc công bố."))
    published_at = models.DateTimeField(_("công bố lúc"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("thu hồi lúc"), null=True, blank=True)
    change_note = models.TextField(_("ghi chú thay đổi công khai"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = DigestQuerySet.as_manager()

    class Meta:
        ordering = ["-week_start"]
        verbose_name = _("bản tin tuần")
        verbose_name_plural = _("bản tin tuần")

    def __str__(self) -> str:
        return self.title


class DigestSection(models.Model):
    digest = models.ForeignKey(Digest, on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveIntegerField(_("thứ tự"), default=0)
    document = models.ForeignKey("documents.Document", verbose_name=_("văn bản"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="digest_sections")
    heading = models.TextField(_("tiêu đề mục"))
    first_sentence = models.TextField(_("câu mở đầu (kèm trích dẫn)"), blank=True)
    body = models.TextField(_("nội dung chính"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["digest", "order", "id"]
        verbose_name = _("mục bản tin")
        verbose_name_plural = _("mục bản tin")

    def __str__(self) -> str:
        return self.heading
