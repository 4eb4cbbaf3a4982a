"""The agency registry, loaded from the engine's data files (`chidao/data/provinces/*.yaml`)."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from chidao.text.groups import words


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


class EndReason(models.TextChoices):
    MERGED = "merged", _("Hợp nhất, sáp nhập")
    SPLIT = "split", _("Chia tách")
    RENAMED = "renamed", _("Đổi tên, tổ chức lại")
    ABOLISHED = "abolished", _("Giải thể, kết thúc hoạt động")


def search_text_for(*names: str) -> str:
    """The folded form of an agency's names, one per line, that `AgencyQuerySet.search` looks in."""
    return "\n".join(" ".join(w.norm for w in words(n)) for n in names if n)


class AgencyQuerySet(models.QuerySet):
    def active_on(self, day: datetime.date | None = None):
        """Agencies that existed on `day` (today when omitted); both ends of the validity are inclusive."""
        day = day or timezone.localdate()
        return self.filter(
            models.Q(valid_from__isnull=True) | models.Q(valid_from__lte=day),
            models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=day),
        )

    def search(self, q: str):
        """Agencies whose name, short name or an alias contains every word of `q`, ignoring case and
        diacritics ("so cong thuong", "Sở NN&PTNT", "ubnd tinh")."""
        terms = [w.norm for w in words(q or "")]
        if not terms:
            return self.none()
        queryset = self
        for term in terms:
            queryset = queryset.filter(search_text__contains=term)
        return queryset


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
    end_reason = models.CharField(
        _("lý do kết thúc"), max_length=20, choices=EndReason.choices, blank=True,
        help_text=_("Khi có ngày kết thúc: hợp nhất, chia tách, đổi tên (cần cơ quan kế thừa) hay giải thể."),
    )
    source_note = models.TextField(_("nguồn"), blank=True)
    search_text = models.TextField(
        _("chuỗi tìm kiếm"), blank=True, editable=False,
        help_text=_("Tên và tên gọi khác không dấu, chữ thường; tự tính khi lưu."),
    )
    history = HistoricalRecords()

    objects = AgencyQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("cơ quan")
        verbose_name_plural = _("cơ quan")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = search_text_for(self.name, self.short_name, *(self.aliases or []))
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"name", "short_name", "aliases"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)

    def is_active_on(self, day: datetime.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)
