from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from listings.enums import RevisionState
from listings.queries import revision_photos as photos_of
from listings.services import TransitionError

from . import queries, services
from .models import (
    CheckResult,
    Decision,
    ModeratorDecision,
    Notice,
    PhotoAnalysis,
    Recheck,
    ReviewItem,
    ReviewSource,
    ReviewStatus,
    TermList,
)
from .rules.reasons import REASONS, reason
from .terms_store import save_term_list, validate_term_list


def highlight(text: str, evidence: list[str]) -> str:
    """`text` escaped, with every occurrence of each piece of evidence wrapped in <mark>."""
    spans: list[tuple[int, int]] = []
    for piece in sorted(set(evidence), key=len, reverse=True):
        start = text.find(piece)
        while start != -1:
            end = start + len(piece)
            if not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
            start = text.find(piece, end)
    out, position = [], 0
    for start, end in sorted(spans):
        out.append(escape(text[position:start]))
        out.append(format_html("<mark>{}</mark>", text[start:end]))
        position = end
    out.append(escape(text[position:]))
    return mark_safe("".join(str(part) for part in out))  # noqa: S308  (every part escaped)


def render_flags(violations: list[dict]) -> str:
    """The rules' flags as a list: code, action, field and the evidence marked."""
    rows = [
        format_html(
            "<li><code>{}</code> ({}) {}: <mark>{}</mark></li>", v["code"], v["action"], v["field"], v["evidence"]
        )
        for v in violations
    ]
    return format_html("<ul>{}</ul>", mark_safe("".join(rows))) if rows else "—"  # noqa: S308  (parts escaped above)


def render_text(revision, violations: list[dict]) -> str:
    """Title and description, escaped, with the evidence of each flag on that field marked."""
    parts = []
    for field in ("title", "description"):
        evidence = [v["evidence"] for v in violations if v["field"] == field and v["evidence"]]
        parts.append(
            format_html("<p><strong>{}</strong><br>{}</p>", field, highlight(getattr(revision, field), evidence))
        )
    return mark_safe("".join(parts))  # noqa: S308  (highlight() escapes the text)


def render_photos(revision, violations: list[dict], photos=None) -> str:
    """Each photo with its OCR boxes drawn over it (flagged ones in red), its OCR text and QR codes."""
    photos = photos_of(revision) if photos is None else photos
    if not photos:
        return "—"
    analyses = {a.sha256: a for a in PhotoAnalysis.objects.filter(sha256__in=[p.sha256 for p in photos])}
    cards = []
    for index, photo in enumerate(photos):
        field = f"images[{index}]"
        evidence = [v["evidence"] for v in violations if v["field"] == field and v["evidence"]]
        analysis = analyses.get(photo.sha256)
        boxes = []
        if analysis is not None and photo.width and photo.height:
            for text, x, y, w, h in analysis.boxes:
                flagged = any(piece in text or text in piece for piece in evidence)
                boxes.append(
                    format_html(
                        '<span class="ocr-box{}" title="{}" style="left:{}%;top:{}%;width:{}%;height:{}%"></span>',
                        " flagged" if flagged else "",
                        text,
                        round(100 * x / photo.width, 2),
                        round(100 * y / photo.height, 2),
                        round(100 * w / photo.width, 2),
                        round(100 * h / photo.height, 2),
                    )  # fmt: skip
                )
        codes = ", ".join(v["code"] for v in violations if v["field"] == field)
        ocr = highlight(analysis.ocr_text, evidence) if analysis is not None else _("not read yet")
        qr = ", ".join(analysis.qr) if analysis is not None and analysis.qr else ""
        cards.append(
            format_html(
                '<div class="ocr-photo"><div class="ocr-frame"><img src="{}" alt="">{}</div>'
                "<p><strong>{}</strong> {}</p><p>{}</p>{}</div>",
                photo.large.url,  # the imagekit rendition; the boxes are placed in percent
                mark_safe("".join(boxes)),  # noqa: S308  (each box built with format_html)
                field,
                codes,
                ocr,
                format_html("<p>QR: <mark>{}</mark></p>", qr) if qr else "",
            )  # fmt: skip
        )
    style = (
        "<style>.ocr-photo{display:inline-block;vertical-align:top;width:340px;margin:0 12px 12px 0}"
        ".ocr-frame{position:relative;width:320px}.ocr-frame img{width:320px;display:block}"
        ".ocr-box{position:absolute;border:1px solid #3b82f6}.ocr-box.flagged{border:2px solid #dc2626;"
        "background:rgba(220,38,38,.15)}</style>"
    )
    return mark_safe(style + "".join(str(card) for card in cards))  # noqa: S308  (every part escaped)


class AwaitingFilter(admin.SimpleListFilter):
    """Defaults to what needs a human: checks whose revision waits for a moderator."""

    title = _("waiting")
    parameter_name = "waiting"

    def lookups(self, request, model_admin):
        return [("yes", _("Waiting for a moderator")), ("all", _("All"))]

    def choices(self, changelist):
        for value, label in self.lookup_choices:
            yield {
                "selected": (self.value() or "yes") == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }

    def queryset(self, request, queryset):
        if (self.value() or "yes") == "yes":
            return queryset.filter(revision__state=RevisionState.REVIEW)
        return queryset


@admin.register(CheckResult)
class CheckResultAdmin(admin.ModelAdmin):
    list_display = ["id", "listing_title", "decision", "codes_display", "policy", "duration_ms", "created_at"]
    list_filter = [AwaitingFilter, "decision", "policy"]
    show_full_result_count = False
    readonly_fields = [
        "revision",
        "policy",
        "decision",
        "flags",
        "highlighted_text",
        "photos",
        "changes",
        "note",
        "duration_ms",
        "created_at",
    ]
    exclude = ["violations"]
    actions = ["approve", "reject", "recheck"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("revision__listing")

    @admin.action(description=_("Send the selected ads to the review queue for a re-check"), permissions=["change"])
    def recheck(self, request, queryset):
        with transaction.atomic():
            for result in queryset:
                services.open_review_item(
                    revision=result.revision,
                    source=ReviewSource.RECHECK,
                    actor=request.user,
                    violations=result.violations,
                )
        self.message_user(request, _("Sent to the review queue."), messages.SUCCESS)

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("ad"))
    def listing_title(self, obj: CheckResult) -> str:
        return obj.revision.title

    @admin.display(description=_("rules"))
    def codes_display(self, obj: CheckResult) -> str:
        return ", ".join(dict.fromkeys(obj.codes))

    @admin.display(description=_("flags"))
    def flags(self, obj: CheckResult) -> str:
        return render_flags(obj.violations)

    @admin.display(description=_("ad text with the evidence marked"))
    def highlighted_text(self, obj: CheckResult) -> str:
        return render_text(obj.revision, obj.violations)

    @admin.display(description=_("photos, with the text read in them"))
    def photos(self, obj: CheckResult) -> str:
        return render_photos(obj.revision, obj.violations)

    def _decide(self, request, queryset, decision: str) -> None:
        done = refused = 0
        for result in queryset:
            try:
                services.decide_by_moderator(
                    revision=result.revision, moderator=request.user, decision=decision, codes=result.codes
                )
                done += 1
            except TransitionError:
                refused += 1
        self.message_user(
            request, ngettext("%(n)d ad decided.", "%(n)d ads decided.", done) % {"n": done}, messages.SUCCESS
        )
        if refused:
            self.message_user(request, _("%(n)d skipped: no longer current.") % {"n": refused}, messages.WARNING)

    @admin.action(description=_("Approve selected ads"), permissions=["change"])
    def approve(self, request, queryset):
        self._decide(request, queryset, Decision.APPROVE)

    @admin.action(description=_("Reject selected ads with the rules found"), permissions=["change"])
    def reject(self, request, queryset):
        self._decide(request, queryset, Decision.REJECT)


@admin.register(ModeratorDecision)
class ModeratorDecisionAdmin(admin.ModelAdmin):
    list_display = ["id", "revision", "moderator", "decision", "created_at"]
    list_select_related = ["revision", "moderator"]
    readonly_fields = ["revision", "moderator", "decision", "codes", "confirmed", "overturned", "note", "created_at"]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Recheck)
class RecheckAdmin(admin.ModelAdmin):
    list_display = ["id", "revision", "decision", "codes_display", "created_at"]
    list_filter = ["decision"]
    list_select_related = ["revision"]
    readonly_fields = ["revision", "policy", "decision", "flags", "created_at"]
    exclude = ["violations"]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("rules"))
    def codes_display(self, obj: Recheck) -> str:
        return ", ".join(dict.fromkeys(v["code"] for v in obj.violations))

    @admin.display(description=_("flags"))
    def flags(self, obj: Recheck) -> str:
        return render_flags(obj.violations)


class TermListForm(forms.ModelForm):
    class Meta:
        model = TermList
        fields = ["name", "content"]
        widgets = {"content": forms.Textarea(attrs={"rows": 30, "cols": 100, "style": "font-family: monospace"})}

    def clean(self):
        data = super().clean()
        if data.get("name") is not None:
            validate_term_list(name=data["name"], content=data.get("content", ""))
        return data


@admin.register(TermList)
class TermListAdmin(admin.ModelAdmin):
    """Term lists the rules match; who may edit them is the `change term list` permission."""

    form = TermListForm
    list_display = ["name", "updated_by", "updated_at"]
    search_fields = ["name", "content"]
    readonly_fields = ["updated_by", "updated_at"]
    list_select_related = ["updated_by"]

    def save_model(self, request, obj, form, change):
        saved = save_term_list(name=obj.name, content=obj.content, user=request.user)
        obj.pk = saved.pk


class QueueStatusFilter(admin.SimpleListFilter):
    """Defaults to what needs work: open and claimed items."""

    title = _("status")
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [("todo", _("To do")), *ReviewStatus.choices, ("all", _("All"))]

    def choices(self, changelist):
        for value, label in self.lookup_choices:
            yield {
                "selected": (self.value() or "todo") == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }

    def queryset(self, request, queryset):
        value = self.value() or "todo"
        if value == "todo":
            return queryset.filter(status__in=[ReviewStatus.OPEN, ReviewStatus.CLAIMED])
        if value in ReviewStatus.values:
            return queryset.filter(status=value)
        return queryset


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("decision"),
        choices=[(Decision.APPROVE, _("Approve")), (Decision.REJECT, _("Reject")), (Decision.BLOCK, _("Block"))],
    )
    codes = forms.MultipleChoiceField(label=_("reasons"), required=False, widget=forms.CheckboxSelectMultiple)
    note = forms.CharField(label=_("note to the seller"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    category = forms.ModelChoiceField(label=_("move to category"), queryset=None, required=False)
    negotiable = forms.BooleanField(label=_("set the price to negotiable"), required=False)

    def __init__(self, *args, flagged: list[str], language: str, **kwargs):
        from listings.models import Category

        super().__init__(*args, **kwargs)
        others = sorted(code for code in REASONS if code not in flagged)
        self.fields["codes"].choices = [(code, f"{code}: {reason(code, language)[0]}") for code in [*flagged, *others]]
        self.fields["category"].queryset = Category.objects.all()

    def clean(self):
        data = super().clean()
        if data.get("decision") in (Decision.REJECT, Decision.BLOCK) and not (data.get("codes") or data.get("note")):
            raise forms.ValidationError(_("Give at least one reason or a note for the seller."))
        return data


@admin.register(ReviewItem)
class ReviewItemAdmin(admin.ModelAdmin):
    """The moderators' queue: most urgent first, claim the next, review and decide on one page."""

    list_display = [
        "id",
        "source",
        "ad_title",
        "status",
        "base_priority",
        "due_at",
        "created_at",
        "holder",
        "open_link",
    ]
    list_filter = [QueueStatusFilter, "source"]
    list_select_related = ["revision", "claimed_by"]
    show_full_result_count = False
    ordering = ["due_at", "id"]
    readonly_fields = ["revision", "source", "status", "base_priority", "due_at", "reason", "note"]
    exclude = ["claimed_by", "claimed_until"]
    actions = ["approve", "reject"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        own = [
            path("claim-next/", self.admin_site.admin_view(self.claim_next_view), name="moderation_reviewitem_claim"),
            path("dashboard/", self.admin_site.admin_view(self.dashboard_view), name="moderation_reviewitem_dashboard"),
            path(
                "<int:item_id>/review/",
                self.admin_site.admin_view(self.review_view),
                name="moderation_reviewitem_review",
            ),
        ]
        return own + super().get_urls()

    @admin.display(description=_("ad"))
    def ad_title(self, obj: ReviewItem) -> str:
        return obj.revision.title

    @admin.display(description=_("claimed by"))
    def holder(self, obj: ReviewItem) -> str:
        if obj.status != ReviewStatus.CLAIMED or obj.claimed_by is None:
            return "—"
        expired = obj.claimed_until is not None and obj.claimed_until <= timezone.now()
        if expired:
            return _("%(who)s (claim expired)") % {"who": obj.claimed_by.email}
        return obj.claimed_by.email

    @admin.display(description="")
    def open_link(self, obj: ReviewItem) -> str:
        url = reverse("admin:moderation_reviewitem_review", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Review"))

    def changelist_view(self, request, extra_context=None):
        extra = {
            "claim_url": reverse("admin:moderation_reviewitem_claim"),
            "dashboard_url": reverse("admin:moderation_reviewitem_dashboard"),
        }
        return super().changelist_view(request, {**(extra_context or {}), **extra})

    def claim_next_view(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        item = services.claim_next(moderator=request.user)
        if item is None:
            self.message_user(request, _("The queue is empty."), messages.INFO)
            return redirect("admin:moderation_reviewitem_changelist")
        return redirect("admin:moderation_reviewitem_review", item.pk)

    def review_view(self, request, item_id: int):
        if not self.has_change_permission(request):
            raise PermissionDenied
        item = get_object_or_404(
            ReviewItem.objects.select_related(
                "revision__listing__owner", "revision__category", "revision__region", "claimed_by"
            ),
            pk=item_id,
        )
        revision = item.revision
        result = CheckResult.objects.filter(revision=revision).first()
        violations = result.violations if result else []
        flagged = list(dict.fromkeys(v["code"] for v in violations))
        language = request.LANGUAGE_CODE
        if request.method == "POST" and "release" in request.POST:
            services.release_item(item=item, moderator=request.user)
            return redirect("admin:moderation_reviewitem_changelist")
        if request.method == "POST" and "claim" in request.POST:
            try:
                services.claim_item(item=item, moderator=request.user)
            except services.ReviewError as exc:
                self.message_user(request, str(exc), messages.ERROR)
            return redirect("admin:moderation_reviewitem_review", item.pk)
        if request.method == "POST":
            form = DecisionForm(request.POST, flagged=flagged, language=language)
            if form.is_valid():
                data = form.cleaned_data
                try:
                    services.decide_review_item(
                        item=item,
                        moderator=request.user,
                        decision=data["decision"],
                        codes=data["codes"],
                        note=data["note"],
                        category_id=data["category"].pk if data["category"] else None,
                        negotiable=data["negotiable"],
                    )
                except (services.ReviewError, TransitionError) as exc:
                    self.message_user(request, _("Not decided: %(why)s") % {"why": exc}, messages.ERROR)
                    return redirect("admin:moderation_reviewitem_changelist")
                self.message_user(request, _("Decided. Here is the next item."), messages.SUCCESS)
                return redirect("admin:moderation_reviewitem_claim")
        else:
            form = DecisionForm(
                initial={"codes": flagged, "category": revision.category_id}, flagged=flagged, language=language
            )
        previous = queries.previous_revision(revision)
        photos = photos_of(revision)
        duplicates, sharing_contacts = queries.duplicate_candidates(revision)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Review: %(title)s") % {"title": revision.title},
            "item": item,
            "revision": revision,
            "listing": revision.listing,
            "result": result,
            "events": item.events.select_related("actor"),
            "flags": render_flags(violations),
            "text": render_text(revision, violations),
            "photos": render_photos(revision, violations, photos=photos),
            "previous": previous,
            "diff": queries.revision_diff(previous, revision) if previous is not None else [],
            "seller": queries.seller_history(revision.listing.owner_id),
            "sharing_contacts": sharing_contacts,
            "duplicates": duplicates,
            "form": form,
            "mine": item.status == ReviewStatus.CLAIMED and item.claimed_by_id == request.user.pk,
            "held_by_other": item.status == ReviewStatus.CLAIMED
            and item.claimed_by_id != request.user.pk
            and item.claimed_until is not None
            and item.claimed_until > timezone.now(),
        }
        return TemplateResponse(request, "admin/moderation/reviewitem/review.html", context)

    def dashboard_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        figures = queries.queue_dashboard()
        hours = sorted({row["hour"] for row in figures["per_hour"]})
        table: dict[str, dict] = {}
        for row in figures["per_hour"]:
            table.setdefault(row["moderator__email"], {})[row["hour"]] = row["n"]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Moderation dashboard"),
            "figures": figures,
            "hours": hours,
            "per_moderator": [
                (email, [cells.get(h, 0) for h in hours], sum(cells.values())) for email, cells in table.items()
            ],
            "sources": [(ReviewSource(s).label, n) for s, n in figures["by_source"].items()],
        }
        return TemplateResponse(request, "admin/moderation/reviewitem/dashboard.html", context)

    def _decide(self, request, queryset, decision: str) -> None:
        done = refused = 0
        for item in queryset:
            result = CheckResult.objects.filter(revision_id=item.revision_id).only("violations").first()
            codes = result.codes if result and decision == Decision.REJECT else []
            try:
                services.decide_review_item(item=item, moderator=request.user, decision=decision, codes=codes)
                done += 1
            except (services.ReviewError, TransitionError):
                refused += 1
        self.message_user(
            request, ngettext("%(n)d item decided.", "%(n)d items decided.", done) % {"n": done}, messages.SUCCESS
        )
        if refused:
            self.message_user(
                request,
                _("%(n)d skipped: decided, claimed by someone else or no longer current.") % {"n": refused},
                messages.WARNING,
            )

    @admin.action(description=_("Approve selected items"), permissions=["change"])
    def approve(self, request, queryset):
        self._decide(request, queryset, Decision.APPROVE)

    @admin.action(description=_("Reject selected items with the rules found"), permissions=["change"])
    def reject(self, request, queryset):
        self._decide(request, queryset, Decision.REJECT)


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
    list_display = ["id", "user", "listing", "decision", "created_at", "read_at"]
    list_select_related = ["user", "listing"]
    readonly_fields = ["user", "listing", "revision", "decision", "reasons", "note", "created_at", "read_at"]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
