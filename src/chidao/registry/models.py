"""The agency registry, loaded from the engine's data files (`chidao/data/provinces/*.yaml`)."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class AgencyKind(models.TextChoices):
    PEOPLES_COMMITTEE = "peoples_committee", _("Ủy ban nhân dân")
    PEOPLES_COUNCIL = "peoples_council", _("Hội đồng nhân dân")
    OFFICE = "office", _("Văn phòng")
    DEPARTMENT = "department", _("Sở, ban, ngành")
    POLICE = "police", _("Công an")
    MILITARY = "military", _("Quân sự, biên phòng")
    PRESS = "press", _("Báo chí, phát thanh, truyền hình")
    CENTRAL = "central", _("Cơ quan trung ương")
    PARTY = "party", _("Cơ quan Đảng, đoàn thể")
    OTHER = "other", _("Khác")


class AgencyQuerySet(models.QuerySet):
    def active_on(self, day: datetime.date):
        return self.filter(
            models.Q(valid_from__isnull=True) | models.Q(valid_from__lte=day),
            models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=day),
        )


class Agency(models.Model):
    slug = models.SlugField(_("mã"), max_length=120, unique=True, help_text=_("Mã ổn định trong tệp dữ liệu."))
    name = models.CharField(_("tên chính thức"), max_length=255)
    short_name = models.CharField(_("tên viết tắt"), max_length=120, blank=True)
    aliases = models.JSONField(_("tên gọi khác"), default=list, blank=True)
    kind = models.CharField(_("loại"), max_length=30, choices=AgencyKind.choices, default=AgencyKind.OTHER)
    level = models.CharField(_("cấp"), max_length=20, blank=True, help_text=_("tỉnh, huyện, xã hoặc trung ương"))
    parent = models.ForeignKey(
        "self", verbose_name=_("cơ quan cấp trên"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="children",
    )
    national_code = models.CharField(
        _("mã định danh"), max_length=40, blank=True,
        help_text=_("Mã định danh điện tử theo Quyết định 20/2020/QĐ-TTg, nếu biết."),
    )
    valid_from = models.DateField(_("hoạt động từ"), null=True, blank=True)
    valid_to = models.DateField(_("hoạt động đến"), null=True, blank=True)
    successors = models.ManyToManyField(
        "self", verbose_name=_("cơ quan kế thừa"), symmetrical=False, blank=True, related_name="predecessors",
    )
    source_note = models.TextField(_("nguồn"), blank=True)
    history = HistoricalRecords()

    objects = AgencyQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("cơ quan")
        verbose_name_plural = _("cơ quan")

    def __str__(self) -> str:
        return self.name

    def is_active_on(self, day: datetime.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)
