from __future__ import annotations

from django.contrib import admin

from .models import Category, Listing, Region, Revision, StatusChange


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["slug", "name", "parent", "price_required", "photo_required", "is_job", "posting_limit_30d"]
    list_select_related = ["parent"]
    search_fields = ["slug", "name"]


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["slug", "name", "country"]
    list_filter = ["country"]


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    can_delete = False
    fields = ["created_at", "from_status", "to_status", "actor", "reason", "revision"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Listing)
class ListingAdmin(admin.ModelAdmin):
    list_display = ["id", "title", "status", "category", "region", "price", "owner", "published_at"]
    list_filter = ["status", "category__parent"]
    list_select_related = ["category", "region", "owner"]
    search_fields = ["title", "owner__email"]
    show_full_result_count = False
    raw_id_fields = ["owner"]
    readonly_fields = [
        "status",
        "published_at",
        "expires_at",
        "live_revision",
        "latest_revision",
        "created_at",
        "updated_at",
    ]
    inlines = [StatusChangeInline]


@admin.register(Revision)
class RevisionAdmin(admin.ModelAdmin):
    list_display = ["id", "listing", "number", "kind", "state", "created_at"]
    list_filter = ["state", "kind"]
    list_select_related = ["listing"]
    show_full_result_count = False
    raw_id_fields = ["listing", "created_by"]
    readonly_fields = ["state", "check_attempts", "last_enqueued_at", "created_at"]
