from __future__ import annotations

from functools import wraps

from allauth.core import ratelimit
from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import services
from .models import BlacklistEntry, BlacklistSource, Strike, User


class BlockedFilter(admin.SimpleListFilter):
    title = _("blocked")
    parameter_name = "blocked"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(blocked_at__isnull=False)
        if self.value() == "no":
            return queryset.filter(blocked_at__isnull=True)
        return queryset


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["-id"]
    list_display = ["email", "name", "phone", "is_staff", "is_active", "blocked_at", "date_joined"]
    list_filter = ["is_staff", "is_active", BlockedFilter, "groups"]
    search_fields = ["email", "phone", "name"]
    readonly_fields = ["date_joined", "last_login", "created_at", "updated_at", "blocked_at", "blocked_reason"]
    actions = ["block_accounts", "unblock_accounts"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Profile"), {"fields": ["name", "phone", "language"]}),
        (_("Block"), {"fields": ["blocked_at", "blocked_reason"]}),
        (_("Permissions"), {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]}),
        (_("Dates"), {"fields": ["date_joined", "last_login", "created_at", "updated_at"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]

    def has_block_permission(self, request) -> bool:
        return request.user.has_perm("accounts.block_user")

    @admin.action(description=_("Block the selected accounts"), permissions=["block"])
    def block_accounts(self, request, queryset):
        reason = f"blocked by {request.user.email}"
        done = sum(services.block_account(user=user, reason=reason) for user in queryset)
        self.message_user(
            request, ngettext("%(n)d account blocked.", "%(n)d accounts blocked.", done) % {"n": done}, messages.SUCCESS
        )

    @admin.action(description=_("Unblock the selected accounts"), permissions=["block"])
    def unblock_accounts(self, request, queryset):
        done = sum(services.unblock_account(user=user) for user in queryset)
        self.message_user(
            request,
            ngettext("%(n)d account unblocked.", "%(n)d accounts unblocked.", done) % {"n": done},
            messages.SUCCESS,
        )


class BlacklistEntryForm(forms.ModelForm):
    class Meta:
        model = BlacklistEntry
        fields = ["kind", "value", "reason"]

    def clean(self):
        data = super().clean()
        if self.instance.pk is None and data.get("kind") and data.get("value"):
            try:
                data["value"] = services.normalise_contact(kind=data["kind"], value=data["value"])
            except ValidationError as exc:
                self.add_error("value", exc)
        return data  # the unique (kind, value) constraint then refuses a contact listed already


@admin.register(BlacklistEntry)
class BlacklistEntryAdmin(admin.ModelAdmin):
    """Senior moderators add and remove contacts; an entry's contact is fixed once listed."""

    form = BlacklistEntryForm
    list_display = ["value", "kind", "reason", "source", "created_by", "created_at"]
    list_filter = ["kind", "source"]
    list_select_related = ["created_by"]
    search_fields = ["value", "reason"]
    show_full_result_count = False

    def get_readonly_fields(self, request, obj=None):
        fixed = ["source", "created_by", "created_at"]
        return [*fixed, "kind", "value"] if obj is not None else fixed

    def save_model(self, request, obj, form, change):
        if change:
            obj.save(update_fields=["reason"])
            return
        entry, _created = services.add_to_blacklist(
            kind=obj.kind,
            value=obj.value,
            reason=obj.reason,
            source=BlacklistSource.MANUAL,
            created_by=request.user,
        )
        obj.pk = entry.pk


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
