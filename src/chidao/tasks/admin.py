from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from chidao.tasks.models import ExtensionRequest, ProgressReport, Reminder, ReportAttachment, Task


class ProgressReportInline(admin.TabularInline):
    model = ProgressReport
    extra = 0
    fields = ("reported_on", "author", "status", "text")
    raw_id_fields = ("author",)


@admin.register(Task)
class TaskAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "document", "clause", "lead_agency", "deadline", "original_deadline", "status")
    list_filter = ("status", "lead_agency", "deadline")
    search_fields = ("text", "clause", "document__code", "lead_agency__name", "lead_group")
    raw_id_fields = ("document",)
    filter_horizontal = ("support_agencies",)
    readonly_fields = ("created_at", "updated_at")
    date_hierarchy = "deadline"
    inlines = [ProgressReportInline]


@admin.register(ExtensionRequest)
class ExtensionRequestAdmin(SimpleHistoryAdmin):
    list_display = ("task", "requested_by", "requested_at", "previous_deadline", "requested_deadline", "status")
    list_filter = ("status",)
    search_fields = ("reason", "task__text", "task__document__code", "requested_by__username")
    raw_id_fields = ("task", "requested_by", "decided_by")
    readonly_fields = ("requested_at", "decided_at")


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    # Written only by the worker: the admin shows what was sent, never edits it.
    list_display = ("task", "kind", "due_on", "sent_at")
    list_filter = ("kind", "due_on")
    search_fields = ("task__text", "task__document__code", "recipients")
    readonly_fields = ("task", "kind", "due_on", "claimed_at", "sent_at", "recipients")

    def has_add_permission(self, request):
        return False


class ReportAttachmentInline(admin.TabularInline):
    model = ReportAttachment
    extra = 0


@admin.register(ProgressReport)
class ProgressReportAdmin(admin.ModelAdmin):
    list_display = ("task", "author", "reported_on", "status")
    list_filter = ("status", "reported_on")
    search_fields = ("text", "task__text", "task__document__code", "author__username")
    raw_id_fields = ("task", "author")
    inlines = [ReportAttachmentInline]
