"""The agency registry in the admin: searchable without diacritics, filtered by kind, level and state."""

from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from chidao.registry.models import Agency


class ActiveFilter(admin.SimpleListFilter):
    title = _("đang hoạt động")
    parameter_name = "active"

    def lookups(self, request, model_admin):
        return [("yes", _("Đang hoạt động")), ("no", _("Đã kết thúc hoặc chưa bắt đầu"))]

    def queryset(self, request, queryset):
        active = Agency.objects.active_on(timezone.localdate())
        if self.value() == "yes":
            return queryset.filter(pk__in=active.values("pk"))
        if self.value() == "no":
            return queryset.exclude(pk__in=active.values("pk"))
        return queryset


@admin.register(Agency)
class AgencyAdmin(SimpleHistoryAdmin):
    list_display = ("name", "slug", "kind", "level", "valid_from", "valid_to")
    list_filter = ("kind", "level", ActiveFilter)
    search_fields = ("name", "short_name", "slug")
    autocomplete_fields = ("parent",)
    filter_horizontal = ("successors",)
    readonly_fields = ("search_text",)

    def get_search_results(self, request, queryset, search_term):
        # Also search the folded names and aliases, so "so cong thuong" and "Sở NN&PTNT" both find theirs.
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term.strip():
            results = results | queryset.filter(pk__in=Agency.objects.search(search_term).values("pk"))
        return results, may_have_duplicates
