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
    week_start = models.DateField(_("tuần từ ngày (thứ Hai)"), unique=True,
                                  help_text=_("Thứ Hai của tuần; bản tin tính đến hết Chủ nhật."))
    title = models.CharField(_("tiêu đề"), max_length=255,
                             help_text=_("Theo mẫu: Chỉ đạo, điều hành nổi bật của UBND tỉnh trong tuần "
                                         "(từ ngày dd/mm đến ngày dd/mm/yyyy)."))
    status = models.CharField(_("trạng thái"), max_length=20, choices=DigestStatus.choices,
                              default=DigestStatus.DRAFT, db_index=True,
                              help_text=_("Chỉ bản tin đã công bố mới hiện trên trang công khai, "
                                          "nguồn tin RSS/Atom và API."))
    scheduled_for = models.DateTimeField(_("công bố lúc (hẹn giờ)"), null=True, blank=True,
                                         help_text=_("Tiến trình nền công bố bản tin khi đến giờ này."))
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False,
                                      help_text=_("Đặt bởi tiến trình nền khi nhận việc công bố."))
    published_at = models.DateTimeField(_("công bố lúc"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("thu hồi lúc"), null=True, blank=True)
    change_note = models.TextField(_("ghi chú thay đổi công khai"), blank=True,
                                   help_text=_("Bắt buộc khi thu hồi; hiện trên trang công khai của bản tin."))
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

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("digests:public", args=[self.uid])


class DigestSection(models.Model):
    digest = models.ForeignKey(Digest, on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveIntegerField(_("thứ tự"), default=0)
    document = models.ForeignKey("documents.Document", verbose_name=_("văn bản"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="digest_sections")
    heading = models.TextField(_("tiêu đề mục"), help_text=_("Đoạn mở đầu của bản tin liệt kê đúng các tiêu đề này."))
    first_sentence = models.TextField(_("câu mở đầu (kèm trích dẫn)"), blank=True,
                                      help_text=_("Ví dụ: … (Công văn số 02/UBND-KT, ngày 02/01/2024)."))
    body = models.TextField(_("nội dung chính"), blank=True,
                            help_text=_("Ai làm gì, đến khi nào; mỗi đoạn một dòng."))
    history = HistoricalRecords()

    class Meta:
        ordering = ["digest", "order", "id"]
        verbose_name = _("mục bản tin")
        verbose_name_plural = _("mục bản tin")

    def __str__(self) -> str:
        return self.heading
