"""Documents registered by the Office and the references between them."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from chidao.text.normalize import fold


class DocumentStatus(models.TextChoices):
    DRAFT = "draft", _("Bản nháp")
    PUBLISHED = "published", _("Đã công bố")
    WITHDRAWN = "withdrawn", _("Đã thu hồi")


def search_words(text: str) -> list[str]:
    """The words of `text` as search compares them: the engine's fold (no case, no diacritics, đ→d)."""
    return fold(text or "").split()


def search_text_for(*parts: str) -> str:
    return " ".join(word for part in parts for word in search_words(part))


class DocumentQuerySet(models.QuerySet):
    def published(self):
        """What anonymous visitors, the portal and the public API may see."""
        return self.filter(status=DocumentStatus.PUBLISHED)

    def search(self, q: str):
        """Documents whose type, code, subject, issuer, signer or text contain every word of `q`,
        ignoring case and diacritics ("tet nguyen dan" finds "Tết Nguyên đán"); all of them for an empty `q`."""
        queryset = self
        for word in search_words(q):
            queryset = queryset.filter(search_text__contains=word)
        return queryset


class Document(models.Model):
    # The public identifier: codes repeat across years and issuers, so URLs never use them.
    uid = models.UUIDField(_("mã định danh"), default=uuid.uuid4, unique=True, editable=False)
    doc_type = models.CharField(_("loại văn bản"), max_length=60, help_text=_("Tên loại, ví dụ Công văn, Chỉ thị."))
    code = models.CharField(_("số, ký hiệu"), max_length=80, blank=True, db_index=True,
                            help_text=_("Dạng chuẩn, ví dụ 03/CT-UBND hoặc 18/2023/NQ-HĐND."))
    number = models.PositiveIntegerField(_("số"), null=True, blank=True)
    year = models.PositiveIntegerField(_("năm trong ký hiệu"), null=True, blank=True,
                                       help_text=_("Chỉ văn bản quy phạm pháp luật in năm trong số, ký hiệu."))
    symbol = models.CharField(_("ký hiệu"), max_length=60, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    issued_year = models.PositiveIntegerField(_("năm ban hành"), null=True, blank=True, editable=False)
    issuer = models.ForeignKey("registry.Agency", verbose_name=_("cơ quan ban hành"), null=True, blank=True,
                               on_delete=models.PROTECT, related_name="issued_documents")
    issuer_name = models.CharField(_("tên cơ quan ban hành"), max_length=255, blank=True)
    signer_name = models.CharField(_("người ký"), max_length=120, blank=True)
    signer_title = models.CharField(_("chức vụ người ký"), max_length=120, blank=True)
    signer_authority = models.CharField(_("thẩm quyền ký"), max_length=10, blank=True,
                                        help_text=_("TM., KT., TL., TUQ. hoặc để trống."))
    subject = models.TextField(_("trích yếu"), blank=True)
    body = models.TextField(_("nội dung"), blank=True)
    original_file = models.FileField(_("tệp gốc"), upload_to="documents/%Y/%m/", blank=True)
    sector = models.CharField(_("lĩnh vực"), max_length=120, blank=True)
    status = models.CharField(_("trạng thái"), max_length=20, choices=DocumentStatus.choices,
                              default=DocumentStatus.DRAFT, db_index=True)
    published_at = models.DateTimeField(_("công bố lúc"), null=True, blank=True)
    highlight = models.BooleanField(_("nổi bật"), default=False,
                                    help_text=_("Đưa vào bản tin chỉ đạo, điều hành nổi bật của tuần."))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    search_text = models.TextField(_("chuỗi tìm kiếm"), blank=True, editable=False,
                                   help_text=_("Nội dung không dấu, chữ thường; tự tính khi lưu."))
    history = HistoricalRecords(excluded_fields=["search_text"])

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_on", "-id"]
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        constraints = [
            # A duplicate is the same code, issuer and year.
            models.UniqueConstraint(
                fields=["code", "issuer_name", "issued_year"],
                condition=~models.Q(code=""),
                name="document_unique_code_issuer_year",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.doc_type} {self.code}".strip()

    def save(self, *args, **kwargs):
        self.issued_year = self.issued_on.year if self.issued_on else None
        self.search_text = search_text_for(self.doc_type, self.code, self.subject, self.issuer_name,
                                           self.signer_name, self.body)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "issued_year", "search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("portal:document", args=[self.uid])


class Relation(models.TextChoices):
    CITES = "cites", _("viện dẫn")
    IMPLEMENTS = "implements", _("triển khai thực hiện")
    GUIDES = "guides", _("hướng dẫn")
    REPEALS = "repeals", _("bãi bỏ")
    REPLACES = "replaces", _("thay thế")
    AMENDS = "amends", _("sửa đổi, bổ sung")


class Reference(models.Model):
    source = models.ForeignKey(Document, verbose_name=_("văn bản"), on_delete=models.CASCADE,
                               related_name="references")
    target = models.ForeignKey(Document, verbose_name=_("văn bản được dẫn"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="cited_by",
                               help_text=_("Có khi văn bản được dẫn đã có trong cơ sở dữ liệu."))
    code = models.CharField(_("số, ký hiệu"), max_length=80)
    doc_type = models.CharField(_("loại văn bản"), max_length=60, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    issuer_name = models.CharField(_("cơ quan ban hành"), max_length=255, blank=True)
    relation = models.CharField(_("quan hệ"), max_length=20, choices=Relation.choices, default=Relation.CITES)
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["source", "start", "id"]
        verbose_name = _("văn bản được dẫn")
        verbose_name_plural = _("văn bản được dẫn")

    def __str__(self) -> str:
        return f"{self.doc_type} {self.code}".strip()
