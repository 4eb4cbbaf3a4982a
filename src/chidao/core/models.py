"""Users and their roles.

A user has exactly one role. An agency officer is bound to one agency and sees and updates only that
agency's tasks; the rules themselves live in `chidao.core.access`.
"""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    OFFICE_EDITOR = "office_editor", _("Chuyên viên Văn phòng")
    AGENCY_OFFICER = "agency_officer", _("Cán bộ cơ quan, đơn vị")
    LEADER = "leader", _("Lãnh đạo")
    ADMINISTRATOR = "administrator", _("Quản trị hệ thống")


class User(AbstractUser):
    role = models.CharField(
        _("vai trò"),
        max_length=20,
        choices=Role.choices,
        blank=True,
        help_text=_("Quyết định người dùng được xem và sửa gì."),
    )
    agency = models.ForeignKey(
        "registry.Agency",
        verbose_name=_("cơ quan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="officers",
        help_text=_("Bắt buộc với cán bộ cơ quan: chỉ thấy và cập nhật nhiệm vụ của cơ quan này."),
    )

    class Meta:
        verbose_name = _("người dùng")
        verbose_name_plural = _("người dùng")

    @property
    def is_office_editor(self) -> bool:
        return self.is_active and self.role in (Role.OFFICE_EDITOR, Role.ADMINISTRATOR)

    @property
    def is_agency_officer(self) -> bool:
        return self.is_active and self.role == Role.AGENCY_OFFICER and self.agency_id is not None

    @property
    def is_leader(self) -> bool:
        return self.is_active and self.role == Role.LEADER

    @property
    def is_administrator(self) -> bool:
        return self.is_active and (self.role == Role.ADMINISTRATOR or self.is_superuser)

    @property
    def can_read_all(self) -> bool:
        """Office staff, leaders and administrators read every document and task, published or not."""
        return self.is_office_editor or self.is_leader or self.is_administrator
