from django.contrib import admin

from chidao.portal.models import Rating


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ["page_uid", "score", "created_at"]
    list_filter = ["score", "created_at"]
    search_fields = ["page_uid"]
    readonly_fields = ["page_uid", "score", "voter", "created_at"]
