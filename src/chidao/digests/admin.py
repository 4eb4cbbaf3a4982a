from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from chidao.digests.models import Digest, DigestSection


class DigestSectionInline(admin.StackedInline):
    model = DigestSection
    extra = 0
    fields = ["order", "document", "heading", "first_sentence", "body"]
    raw_id_fields = ["document"]


@admin.register(Digest)
class DigestAdmin(SimpleHistoryAdmin):
    list_display = ["week_start", "title", "status", "scheduled_for", "published_at"]
    list_filter = ["status"]
    search_fields = ["title"]
    readonly_fields = ["uid", "claimed_at", "created_at", "updated_at"]
    inlines = [DigestSectionInline]
