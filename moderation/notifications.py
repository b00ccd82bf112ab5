"""Tell the seller what moderation decided, in the seller's language, once per decision: by e-mail
and as a Notice on the site ("My ads" and the notices page)."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .models import CheckResult, ModeratorDecision, Notice
from .rules.reasons import reason

# Decisions the seller hears about: the ad did not go up as sent (approval speaks for itself).
NOTIFY = frozenset({"reject", "block", "fix"})


def _reasons(violations: list[dict], codes: list[str], language: str) -> list[dict]:
    items = [dict(v) for v in violations] or [{"code": code, "evidence": ""} for code in codes]
    seen, out = set(), []
    for item in items:
        key = (item["code"], item.get("evidence", ""))
        if key in seen:
            continue
        seen.add(key)
        title, explanation = reason(item["code"], language)
        out.append({**item, "title": title, "explanation": explanation})
    return out


def _send(*, revision, decision: str, reasons: list[dict], note: str = "") -> None:
    listing = revision.listing
    seller = listing.owner
    Notice.objects.create(
        user=seller,
        listing=listing,
        revision=revision,
        decision=decision,
        reasons=[{"code": r["code"], "evidence": r.get("evidence", "")} for r in reasons],
        note=note,
    )
    language = seller.language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "listing": listing,
            "revision": revision,
            "decision": decision,
            "reasons": reasons,
            "note": note,
            "is_edit": revision.kind == "edit" and listing.status == "active",
            "fix_url": settings.SITE_URL.rstrip("/") + reverse("listings:edit", args=[listing.pk]),
            "my_url": settings.SITE_URL.rstrip("/") + reverse("listings:my_listings"),
        }
        subject = render_to_string("moderation/email/decision_subject.txt", context).strip()
        body = render_to_string("moderation/email/decision_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [seller.email])


def notify_check_result(*, result_id: int) -> bool:
    """E-mail the seller about an automatic decision. Returns False if there was nothing (more) to send."""
    claimed = CheckResult.objects.filter(pk=result_id, notified_at__isnull=True, decision__in=NOTIFY).update(
        notified_at=timezone.now()
    )
    if not claimed:
        return False
    result = CheckResult.objects.select_related("revision__listing__owner").get(pk=result_id)
    language = result.revision.listing.owner.language or settings.LANGUAGE_CODE
    _send(revision=result.revision, decision=result.decision, reasons=_reasons(result.violations, [], language))
    return True


def notify_moderator_decision(*, decision_id: int) -> bool:
    """E-mail the seller about a moderator's decision (with the moderator's note)."""
    claimed = ModeratorDecision.objects.filter(pk=decision_id, notified_at__isnull=True, decision__in=NOTIFY).update(
        notified_at=timezone.now()
    )
    if not claimed:
        return False
    decision = ModeratorDecision.objects.select_related("revision__listing__owner").get(pk=decision_id)
    language = decision.revision.listing.owner.language or settings.LANGUAGE_CODE
    violations = getattr(getattr(decision.revision, "check_result", None), "violations", [])
    chosen = [v for v in violations if v["code"] in decision.codes]
    # Reasons the moderator chose that the rules did not flag are told too (without evidence).
    flagged = {v["code"] for v in chosen}
    chosen += [{"code": code, "evidence": ""} for code in decision.codes if code not in flagged]
    _send(
        revision=decision.revision,
        decision=decision.decision,
        reasons=_reasons(chosen, decision.codes, language),
        note=decision.note,
    )
    return True
