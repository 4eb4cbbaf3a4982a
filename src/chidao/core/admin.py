from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from chidao.core.models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "get_full_name", "role", "agency", "is_active", "last_login")
    list_filter = ("role", "is_active", "is_staff", "agency")
    search_fields = ("username", "first_name", "last_name", "email", "agency__name")
    fieldsets = BaseUserAdmin.fieldsets + ((_("Vai trò"), {"fields": ("role", "agency")}),)
    add_fieldsets = BaseUserAdmin.add_fieldsets + ((_("Vai trò"), {"fields": ("role", "agency")}),)
