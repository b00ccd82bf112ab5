"""Reads on moderation, for the other apps."""

from __future__ import annotations

from django.conf import settings

from .models import CheckResult
from .rules.profiles import Profile, get_profile


def current_profile() -> Profile:
    """The policy profile this deployment runs (MARKETPLACE_POLICY)."""
    return get_profile(settings.MARKETPLACE_POLICY)


# --- The review queue: what the admin's review page and dashboard read ---------------------------

DUPLICATES_SHOWN = 6
HISTORY_SHOWN = 10
LINKED_SHOWN = 20
FIELDS_COMPARED = (
    "title",
    "description",
    "price",
    "price_kind",
    "currency",
    "category",
    "region",
    "contact_phone",
    "contact_email",
)


def previous_revision(revision):
    """The version this one is judged against: the live one for an edit, the rejected one for a resubmission."""
    from listings.enums import RevisionState
    from listings.models import Revision

    return (
        Revision.objects.filter(listing_id=revision.listing_id, number__lt=revision.number)
        .exclude(state=RevisionState.SUPERSEDED)
        .select_related("category", "region")
        .order_by("-number")
        .first()
    )


def revision_diff(old, new) -> list[dict]:
    """Per changed field: [{"field", "lines": [(kind, text)]}] with kind "-", "+" or " " (text not escaped)."""
    import difflib

    changes = []
    for name in FIELDS_COMPARED:
        before, after = str(getattr(old, name) or ""), str(getattr(new, name) or "")
        if before == after:
            continue
        lines = [
            (line[0], line[2:])
            for line in difflib.ndiff(before.splitlines() or [""], after.splitlines() or [""])
            if line[:1] in "-+ "
        ]
        changes.append({"field": name, "lines": lines})
    return changes


def seller_history(owner_id: int) -> dict:
    """The seller's standing for the review page: strikes, past decisions, accounts sharing contacts."""
    from accounts.queries import strike_count

    from .context import DatabaseContext
    from .models import ModeratorDecision

    decisions = list(
        ModeratorDecision.objects.filter(revision__listing__owner_id=owner_id)
        .select_related("revision__listing", "moderator")
        .order_by("-id")[:HISTORY_SHOWN]
    )
    linked = list(DatabaseContext().linked_accounts(str(owner_id)))
    return {"strikes": strike_count(owner_id), "decisions": decisions, "linked": linked[:LINKED_SHOWN]}


def duplicate_candidates(revision) -> tuple[list, list[str]]:
    """Ads that may be the same as this one: other sellers' look-alikes first, then the seller's own."""
    from listings.queries import revision_for_check

    from .context import DatabaseContext
    from .snapshots import snapshot_of

    full = revision_for_check(revision.pk)
    snapshot = snapshot_of(full)
    context = DatabaseContext(exclude_listing_id=revision.listing_id)
    found = list(context.ads_of_other_accounts(snapshot))
    if len(found) < DUPLICATES_SHOWN:
        found += list(context.other_ads_of_user(snapshot, days=30))
    contacts = context.accounts_using_contact(
        phone=revision.contact_phone, email=revision.contact_email, exclude_user=str(revision.listing.owner_id)
    )
    return found[:DUPLICATES_SHOWN], list(contacts)[:LINKED_SHOWN]


def queue_dashboard(*, now=None) -> dict:
    """Figures for the moderators' dashboard. Every count is bounded: the active queue, or one day
    (30 days for the rule statistics, read in one pass of at most RULE_STATS_ROWS decisions)."""
    import datetime as dt
    from collections import Counter

    from django.db.models import Count, Exists, Min, OuterRef, Q
    from django.db.models.functions import TruncHour
    from django.utils import timezone

    from .models import Decision, ModeratorDecision, ReviewItem, ReviewStatus

    now = now or timezone.now()
    day = now - dt.timedelta(hours=24)
    active = ReviewItem.objects.filter(status__in=[ReviewStatus.OPEN, ReviewStatus.CLAIMED])
    queue = active.aggregate(
        size=Count("id"),
        claimed=Count("id", filter=Q(status=ReviewStatus.CLAIMED, claimed_until__gt=now)),
        overdue=Count("id", filter=Q(due_at__lt=now)),
        oldest=Min("created_at"),
    )
    by_source = dict(active.values_list("source").annotate(n=Count("id")).order_by())
    per_hour = list(
        ModeratorDecision.objects.filter(created_at__gte=day)
        .annotate(hour=TruncHour("created_at"))
        .values("moderator__email", "hour")
        .annotate(n=Count("id"))
        .order_by("moderator__email", "hour")
    )
    sent_to_human = ReviewItem.objects.filter(revision_id=OuterRef("revision_id"))
    checks = CheckResult.objects.filter(created_at__gte=day).aggregate(
        total=Count("id"),
        automatic=Count(
            "id",
            filter=Q(decision__in=[Decision.APPROVE, Decision.FIX, Decision.REJECT, Decision.BLOCK])
            & ~Q(Exists(sent_to_human)),
        ),
    )
    confirmed: Counter[str] = Counter()
    overturned: Counter[str] = Counter()
    for kept, set_aside in ModeratorDecision.objects.filter(created_at__gte=now - dt.timedelta(days=30)).values_list(
        "confirmed", "overturned"
    )[:RULE_STATS_ROWS]:
        confirmed.update(kept)
        overturned.update(set_aside)
    rules = sorted(
        (
            {
                "code": code,
                "confirmed": confirmed[code],
                "overturned": overturned[code],
                "rate": round(100 * overturned[code] / (confirmed[code] + overturned[code])),
            }
            for code in set(confirmed) | set(overturned)
        ),
        key=lambda row: (-row["rate"], -row["overturned"], row["code"]),
    )
    return {
        "queue": queue,
        "oldest_age": (now - queue["oldest"]) if queue["oldest"] else None,
        "by_source": by_source,
        "per_hour": per_hour,
        "checks": checks,
        "automatic_share": round(100 * checks["automatic"] / checks["total"]) if checks["total"] else None,
        "rules": rules,
    }


RULE_STATS_ROWS = 20000


def latest_notices(user_id: int, listing_ids: list[int]) -> dict[int, object]:
    """The newest notice of each of these ads (one query), for "My ads"."""
    from .models import Notice

    found: dict[int, object] = {}
    for notice in Notice.objects.filter(user_id=user_id, listing_id__in=listing_ids).order_by("-id"):
        found.setdefault(notice.listing_id, notice)
    return found


def unread_notice_count(user_id: int) -> int:
    from .models import Notice

    return Notice.objects.filter(user_id=user_id, read_at__isnull=True).count()
