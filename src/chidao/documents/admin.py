from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from chidao.documents.models import Document, Reference


class ReferenceInline(admin.TabularInline):
    model = Reference
    fk_name = "source"
    extra = 0
    raw_id_fields = ["target"]
    fields = ["doc_type", "code", "issued_on", "issuer_name", "relation", "target"]


@admin.register(Document)
class DocumentAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "issued_on", "issuer_name", "status", "highlight", "published_at"]
    list_filter = ["status", "highlight", "doc_type", "issued_year"]
    search_fields = ["code", "subject", "issuer_name", "signer_name"]
    date_hierarchy = "issued_on"
    readonly_fields = ["uid", "issued_year", "created_by", "created_at", "updated_at"]
    raw_id_fields = ["issuer"]
    inlines = [ReferenceInline]


@admin.register(Reference)
class ReferenceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source", "relation", "target", "issued_on"]
    list_filter = ["relation", "doc_type"]
    search_fields = ["code", "issuer_name", "source__code", "source__subject"]
    raw_id_fields = ["source", "target"]
