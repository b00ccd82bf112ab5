from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from listings.enums import RevisionState
from listings.queries import revision_photos as photos_of
from listings.services import TransitionError

from . import services
from .models import CheckResult, Decision, ModeratorDecision, PhotoAnalysis, TermList
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
    actions = ["approve", "reject"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("revision__listing")

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
        rows = [
            format_html(
                "<li><code>{}</code> ({}) {}: <mark>{}</mark></li>", v["code"], v["action"], v["field"], v["evidence"]
            )
            for v in obj.violations
        ]
        return format_html("<ul>{}</ul>", mark_safe("".join(rows))) if rows else "—"  # noqa: S308  (parts escaped above)

    @admin.display(description=_("ad text with the evidence marked"))
    def highlighted_text(self, obj: CheckResult) -> str:
        revision = obj.revision
        parts = []
        for field in ("title", "description"):
            evidence = [v["evidence"] for v in obj.violations if v["field"] == field and v["evidence"]]
            parts.append(
                format_html("<p><strong>{}</strong><br>{}</p>", field, highlight(getattr(revision, field), evidence))
            )
        return mark_safe("".join(parts))  # noqa: S308  (highlight() escapes the text)

    @admin.display(description=_("photos, with the text read in them"))
    def photos(self, obj: CheckResult) -> str:
        photos = photos_of(obj.revision)
        if not photos:
            return "—"
        analyses = {a.sha256: a for a in PhotoAnalysis.objects.filter(sha256__in=[p.sha256 for p in photos])}
        cards = []
        for index, photo in enumerate(photos):
            field = f"images[{index}]"
            evidence = [v["evidence"] for v in obj.violations if v["field"] == field and v["evidence"]]
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
            codes = ", ".join(v["code"] for v in obj.violations if v["field"] == field)
            ocr = highlight(analysis.ocr_text, evidence) if analysis is not None else _("not read yet")
            qr = ", ".join(analysis.qr) if analysis is not None and analysis.qr else ""
            cards.append(
                format_html(
                    '<div class="ocr-photo"><div class="ocr-frame"><img src="{}" alt="">{}</div>'
                    "<p><strong>{}</strong> {}</p><p>{}</p>{}</div>",
                    photo.image.url,
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
    readonly_fields = ["revision", "moderator", "decision", "codes", "note", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


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
