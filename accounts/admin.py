from __future__ import annotations

from functools import wraps

from allauth.core import ratelimit
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from .models import Strike, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["-id"]
    list_display = ["email", "name", "phone", "is_staff", "is_active", "date_joined"]
    list_filter = ["is_staff", "is_active", "groups"]
    search_fields = ["email", "phone", "name"]
    readonly_fields = ["date_joined", "last_login", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Profile"), {"fields": ["name", "phone", "language"]}),
        (_("Permissions"), {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]}),
        (_("Dates"), {"fields": ["date_joined", "last_login", "created_at", "updated_at"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]


@admin.register(Strike)
class StrikeAdmin(admin.ModelAdmin):
    list_display = ["id", "user", "listing", "codes", "source", "created_at"]
    list_select_related = ["user", "listing"]
    raw_id_fields = ["user", "listing", "created_by"]
    readonly_fields = ["user", "listing", "codes", "source", "created_by", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def _rate_limited_login(login_view):
    """allauth's limits do not cover the admin login: apply the `admin_login` rate to it too."""

    @wraps(login_view)
    def view(request, extra_context=None):
        if request.method == "POST":
            key = (request.POST.get("username") or "").strip().lower()
            if not ratelimit.consume(request, action="admin_login", key=key):
                return HttpResponse(_("Too many login attempts. Try again in a few minutes."), status=429)
        return login_view(request, extra_context)

    return view


admin.site.login = _rate_limited_login(admin.site.login)
admin.site.site_header = _("Marketplace administration")
