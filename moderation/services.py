"""Writes on moderation: enqueue checks, record their results, carry decisions to the listing."""

from __future__ import annotations

import datetime as dt
import logging
import time
from functools import partial

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from accounts.models import User
from accounts.queries import strike_count
from accounts.services import add_strike
from listings import services as listing_services
from listings.enums import ListingStatus, RevisionState
from listings.models import Category, Listing, ListingPhoto, Revision, RevisionPhoto
from listings.queries import revision_for_check

from .context import DatabaseContext
from .fingerprints import text_bands
from .models import (
    CheckResult,
    Decision,
    ModeratorDecision,
    Notice,
    PhotoAnalysis,
    PhotoHashChunk,
    Recheck,
    ReviewEvent,
    ReviewItem,
    ReviewSource,
    ReviewStatus,
    TextBand,
)
from .photos.hashes import phash_chunks
from .queries import current_profile
from .rules.engine import check
from .rules.profiles import Profile
from .rules.registry import RULES
from .rules.types import Action
from .snapshots import snapshot_of

logger = logging.getLogger(__name__)


def request_check(*, revision: Revision) -> None:
    """Ask for the automatic check of `revision` once the current transaction commits.

    Side effects: counts the attempt on the revision now; enqueues `moderation.check_revision`
    after commit. If the broker is down the enqueue is logged and the sweeper retries it later:
    the database, not the queue, is the source of truth.
    """
    Revision.objects.filter(pk=revision.pk).update(
        check_attempts=F("check_attempts") + 1, last_enqueued_at=timezone.now()
    )
    transaction.on_commit(partial(_enqueue, revision.pk))


def index_listing_text(*, listing: Listing) -> None:
    """Keep the MinHash bands of the listing's current text, for near-duplicate lookups.

    Side effects: replaces the listing's TextBand rows.
    """

    TextBand.objects.filter(listing=listing).delete()
    TextBand.objects.bulk_create(
        [TextBand(listing=listing, band=band) for band in text_bands(listing.title, listing.description)],
        ignore_conflicts=True,
    )


def index_photo_hash(*, photo: ListingPhoto) -> None:
    """Keep the pHash chunks of a stored photo, for near-identical photo lookups (photo.duplicate)."""

    if photo.phash:
        PhotoHashChunk.objects.bulk_create(
            [PhotoHashChunk(photo=photo, chunk=chunk) for chunk in phash_chunks(photo.phash)], ignore_conflicts=True
        )


def _enqueue_scans(photo_ids: list[int]) -> None:
    from .tasks import scan_photo

    for photo_id in photo_ids:
        try:
            scan_photo.delay(photo_id=photo_id)
        except Exception:  # noqa: BLE001  (the sweeper asks again)
            logger.exception("could not enqueue the scan of photo %s; the sweeper will retry", photo_id)


def analyse_photo(*, photo_id: int) -> PhotoAnalysis | None:
    """OCR, QR and hashes of one stored photo, once per picture content; then wake the checks that waited.

    Idempotent: a picture already analysed (this photo, a re-upload, another seller's copy) is not
    read again. A picture that cannot be read is recorded as failed, so its ad goes to a moderator.
    Side effects: a PhotoAnalysis row; `moderation.check_revision` enqueued for revisions now complete.
    """

    from .photos.scan import UnreadablePhoto, scan_photo

    photo = ListingPhoto.objects.filter(pk=photo_id).first()
    if photo is None:
        return None
    analysis = PhotoAnalysis.objects.filter(sha256=photo.sha256).first()
    if analysis is None:
        try:
            with photo.image.open("rb") as handle:
                data = handle.read()
            scan = scan_photo(data, languages=current_profile().ocr_languages, engine=settings.PHOTO_OCR_ENGINE)
            values = {
                "ocr_text": scan.ocr_text,
                "qr": list(scan.qr),
                "boxes": [[b.text, b.x, b.y, b.w, b.h] for b in scan.boxes],
                "phash": scan.phash,
                "engine": scan.engine,
                "errors": list(scan.errors),
                "width": scan.width,
                "height": scan.height,
                "duration_ms": scan.duration_ms,
            }
        except (UnreadablePhoto, OSError) as exc:
            values = {"failed": True, "errors": [f"{type(exc).__name__}: {exc}"]}
        analysis, _created = PhotoAnalysis.objects.get_or_create(sha256=photo.sha256, defaults=values)
    wake_checks_waiting_for(sha256=photo.sha256)
    return analysis


def wake_checks_waiting_for(*, sha256: str) -> int:
    """Enqueue the check of every pending revision that used this picture and now has all its photos read."""
    waiting = list(
        Revision.objects.filter(
            state=RevisionState.PENDING, check_result__isnull=True, revisionphoto__photo__sha256=sha256
        ).distinct()
    )
    still_waiting = photos_waiting(revision_ids=[revision.pk for revision in waiting])  # one query for all
    ready = [revision for revision in waiting if revision.pk not in still_waiting]
    for revision in ready:
        with transaction.atomic():
            request_check(revision=revision)
    return len(ready)


def photos_waiting(*, revision_ids: list[int]) -> set[int]:
    """Which of these revisions still have a photo not yet analysed ("checking photos")."""
    analysed = PhotoAnalysis.objects.values("sha256")
    return set(
        RevisionPhoto.objects.filter(revision_id__in=revision_ids)
        .exclude(photo__sha256__in=analysed)
        .values_list("revision_id", flat=True)
    )


def _enqueue(revision_id: int) -> None:
    from .tasks import check_revision

    try:
        check_revision.delay(revision_id=revision_id)
    except Exception:  # noqa: BLE001  (a broker outage must not fail the seller's request)
        logger.exception("could not enqueue the check of revision %s; the sweeper will retry", revision_id)


def _is_current(revision: Revision, listing: Listing) -> bool:
    return listing.latest_revision_id == revision.pk and revision.state == RevisionState.PENDING


def run_check(
    *, revision_id: int, profile: Profile | None = None, now: dt.datetime | None = None
) -> CheckResult | None:
    """Run the rules over a revision and carry the decision to its listing.

    Idempotent: a revision already checked, replaced by a newer one, or deleted is left alone and
    None returned. A revision whose photos are not read yet gets no decision: their scans are
    enqueued and each wakes this check when done. Side effects: one CheckResult row, the listing's
    status through the state machine (active, rejected, blocked, or waiting for a moderator), a
    strike for a block, and after commit an e-mail to the seller when the ad was rejected,
    blocked or corrected.
    """
    revision = revision_for_check(revision_id)
    if revision is None or not _is_current(revision, revision.listing):
        return None
    photos = [rp.photo for rp in revision.revisionphoto_set.all()]
    analyses = {a.sha256: a for a in PhotoAnalysis.objects.filter(sha256__in={p.sha256 for p in photos})}
    missing = [p for p in photos if p.sha256 not in analyses]
    if missing:
        # The decision waits for the photos: each scan wakes this check again when it is done.
        transaction.on_commit(partial(_enqueue_scans, [p.pk for p in missing]))
        return None
    if any(a.failed for a in analyses.values()):
        return send_to_human_review(revision_id=revision.pk, note="a photo could not be read automatically")
    previous = revision.listing.live_revision if revision.kind == "edit" else None
    if previous is not None:
        previous = revision_for_check(previous.pk)
    profile = profile or current_profile()
    started = time.perf_counter()

    context = DatabaseContext(exclude_listing_id=revision.listing_id)
    if now is not None:
        context.now = now
    outcome = check(snapshot_of(revision, previous=previous, analyses=analyses), profile, context)
    duration_ms = int((time.perf_counter() - started) * 1000)

    with transaction.atomic():
        listing = Listing.objects.select_for_update().get(pk=revision.listing_id)
        revision.refresh_from_db(fields=["state"])
        if not _is_current(revision, listing):
            return None
        decision, source, note = outcome.decision, None, ""
        if decision == Decision.REVIEW:
            source = ReviewSource.RULE_FLAG
        elif decision in (Decision.APPROVE, Decision.FIX) and _follows_moderator_rejection(revision):
            # The seller fixed an ad a moderator turned down: a moderator looks at the fix too.
            source, note = ReviewSource.RESUBMISSION, "resubmitted after a moderator's rejection"
            if not profile.post_moderation:
                decision = Decision.REVIEW
        elif decision in (Decision.APPROVE, Decision.FIX) and profile.post_moderation:
            source = ReviewSource.POST_MODERATION  # visible at once, checked by a moderator afterwards
        try:
            with transaction.atomic():
                result = CheckResult.objects.create(
                    revision=revision,
                    policy=profile.name,
                    decision=decision,
                    violations=[v.as_dict() for v in outcome.violations],
                    changes={k: (str(v) if v is not None else None) for k, v in outcome.changes.items()},
                    duration_ms=duration_ms,
                )
        except IntegrityError:
            return None  # another delivery of the same task got here first
        listing_services.apply_moderation(
            revision=revision,
            decision=decision,
            changes=outcome.changes if decision != Decision.REVIEW else {},
            reason=_summary(result),
        )
        if source is not None:
            open_review_item(revision=revision, source=source, note=note, violations=result.violations)
        if outcome.decision == Decision.BLOCK:
            codes = [v.code for v in outcome.violations if v.action.label == Decision.BLOCK]
            add_strike(user=listing.owner, listing_id=listing.pk, codes=codes, source="automatic")
        transaction.on_commit(partial(_enqueue_notice, "notify_check_result", result_id=result.pk))
    return result


def _enqueue_notice(task_name: str, **kwargs: int) -> None:
    from . import tasks

    try:
        getattr(tasks, task_name).delay(**kwargs)
    except Exception:  # noqa: BLE001  (the decision stands; a lost e-mail must not undo it)
        logger.exception("could not enqueue %s %s", task_name, kwargs)


def _summary(result: CheckResult) -> str:
    codes = ", ".join(dict.fromkeys(result.codes))
    return f"automatic: {result.decision}" + (f" ({codes})" if codes else "")


def send_to_human_review(*, revision_id: int, note: str) -> CheckResult | None:
    """When the automatic check cannot finish, the revision waits for a moderator, never in limbo.

    Side effects: a CheckResult with decision review and the note; the revision's state review.
    """
    with transaction.atomic():
        revision = Revision.objects.select_related("listing").filter(pk=revision_id).first()
        if revision is None:
            return None
        listing = Listing.objects.select_for_update().get(pk=revision.listing_id)
        revision.refresh_from_db(fields=["state"])
        if not _is_current(revision, listing):
            return None
        result, created = CheckResult.objects.get_or_create(
            revision=revision,
            defaults={"policy": current_profile().name, "decision": Decision.REVIEW, "note": note[:300]},
        )
        if created:
            listing_services.apply_moderation(
                revision=revision, decision=Decision.REVIEW, changes={}, reason=note[:200]
            )
            open_review_item(revision=revision, source=ReviewSource.CHECK_FAILED, note=note)
        return result


def sweep_stale_revisions(*, now: dt.datetime | None = None, batch_size: int = 200) -> tuple[int, int]:
    """Re-enqueue revisions whose check never came back; after too many tries, hand them to a human.

    Covers a task lost with a crashed worker or an enqueue lost with a crashed web process.
    Returns (re-enqueued, sent to review).
    """
    now = now or timezone.now()
    cutoff = now - dt.timedelta(seconds=settings.MODERATION_STALE_SECONDS)
    stale = (
        Revision.objects.filter(state=RevisionState.PENDING, check_result__isnull=True)
        .filter(Q(last_enqueued_at__lte=cutoff) | Q(last_enqueued_at__isnull=True))
        .order_by("pk")[:batch_size]
    )
    requeued = to_review = 0
    for revision in stale:
        if revision.check_attempts >= settings.MODERATION_MAX_ATTEMPTS:
            if send_to_human_review(
                revision_id=revision.pk, note=f"automatic check did not finish after {revision.check_attempts} attempts"
            ):
                to_review += 1
            continue
        with transaction.atomic():
            request_check(revision=revision)  # counts the attempt; the check itself re-asks for missing scans
        requeued += 1
    return requeued, to_review


# Judged when the ad was posted or edited, never again: a re-check must not compare an ad with
# ads posted after it, nor count the seller's later ads against it.
RECHECK_SKIPS = ("duplicate.", "edit.", "account.limit")
RECHECK_WINDOW = dt.timedelta(days=7)  # live revisions older than this (beyond the delay) are not re-checked


def recheck_codes() -> frozenset[str]:
    return frozenset(code for code in RULES if not code.startswith(RECHECK_SKIPS))


def recheck_published(*, now: dt.datetime | None = None, profile: Profile | None = None, batch_size: int = 200) -> int:
    """Check published ads again, `recheck_after_hours` after their version was submitted (the
    emarket_az seed: "even after publishing ... on a repeated check"). Term lists, the blacklist and
    blocked accounts may have changed since. Returns the number of revisions re-checked.
    """
    profile = profile or current_profile()
    if profile.recheck_after_hours is None:
        return 0
    now = now or timezone.now()
    cutoff = now - dt.timedelta(hours=profile.recheck_after_hours)
    due = (
        Revision.objects.filter(
            state=RevisionState.APPROVED,
            created_at__range=(cutoff - RECHECK_WINDOW, cutoff),
            listing__status=ListingStatus.ACTIVE,
            listing__live_revision_id=F("pk"),
            listing__latest_revision_id=F("pk"),  # an edit waiting for its check is judged on its own
            recheck__isnull=True,
        )
        .order_by("created_at")
        .values_list("pk", flat=True)[:batch_size]
    )
    return sum(recheck_revision(revision_id=pk, profile=profile, now=now) is not None for pk in list(due))


def recheck_revision(*, revision_id: int, profile: Profile, now: dt.datetime | None = None) -> Recheck | None:
    """Re-check one live revision. Only violations its first check and its moderators have not seen
    count; if there are any (above `fix`), the ad goes to the review queue while it stays up, and a
    moderator decides whether to take it down. One Recheck row per revision (idempotent)."""
    revision = revision_for_check(revision_id)
    if revision is None:
        return None
    listing = revision.listing
    if listing.status != ListingStatus.ACTIVE or listing.live_revision_id != revision.pk:
        return None
    photos = [rp.photo for rp in revision.revisionphoto_set.all()]
    analyses = {a.sha256: a for a in PhotoAnalysis.objects.filter(sha256__in={p.sha256 for p in photos})}
    context = DatabaseContext(exclude_listing_id=revision.listing_id)
    if now is not None:
        context.now = now
    outcome = check(snapshot_of(revision, analyses=analyses), profile, context, codes=recheck_codes())
    seen = set(getattr(getattr(revision, "check_result", None), "codes", []))
    for decision in ModeratorDecision.objects.filter(revision=revision):
        seen.update(decision.codes, decision.confirmed, decision.overturned)
    new = [v for v in outcome.violations if v.code not in seen and v.action > Action.FIX]
    decision = max(new, key=lambda v: v.action).action.label if new else Decision.APPROVE
    with transaction.atomic():
        try:
            with transaction.atomic():
                recheck = Recheck.objects.create(
                    revision=revision, policy=profile.name, decision=decision, violations=[v.as_dict() for v in new]
                )
        except IntegrityError:
            return None  # another run got here first
        if new:
            open_review_item(
                revision=revision,
                source=ReviewSource.RECHECK,
                note="re-check after publishing",
                violations=recheck.violations,
                now=now,
            )
    return recheck


def decide_by_moderator(
    *,
    revision: Revision,
    moderator: User,
    decision: str,
    codes: list[str] | None = None,
    note: str = "",
    changes: dict | None = None,
) -> ModeratorDecision:
    """A moderator's decision on a revision waiting for review, or on a published one (post-moderation,
    a complaint).

    `changes` (approve only) are corrections the moderator makes on the way: another category, a
    negotiable price. Refused (TransitionError) if the revision is no longer the ad's current one.
    Side effects: an append-only ModeratorDecision row with the flags confirmed and overturned; the
    listing moves through the state machine; a strike for a block; the revision's open queue items
    decided (ReviewEvent rows); after commit the seller is told.
    """
    if decision not in (Decision.APPROVE, Decision.REJECT, Decision.BLOCK):
        raise ValueError(f"a moderator approves, rejects or blocks, not {decision!r}")
    codes = list(dict.fromkeys(codes or []))
    confirmed, overturned = _judged_flags(revision=revision, decision=decision, codes=codes)
    with transaction.atomic():
        listing_services.apply_moderation(
            revision=revision,
            decision=decision,
            changes=(changes or {}) if decision == Decision.APPROVE else {},
            actor=moderator,
            reason=note or f"moderator: {decision}",
        )
        if decision == Decision.BLOCK:
            add_strike(
                user=revision.listing.owner,
                listing_id=revision.listing_id,
                codes=codes,
                source="moderator",
                created_by=moderator,
            )
        row = ModeratorDecision.objects.create(
            revision=revision,
            moderator=moderator,
            decision=decision,
            codes=codes,
            confirmed=confirmed,
            overturned=overturned,
            note=note,
        )
        _close_items(revision=revision, decision=row)
        transaction.on_commit(partial(_enqueue_notice, "notify_moderator_decision", decision_id=row.pk))
        return row


def _close_items(*, revision: Revision, decision: ModeratorDecision) -> None:
    """Every queue item still waiting on this revision is settled by the decision, whichever page made it."""
    for item in ReviewItem.objects.select_for_update().filter(revision=revision, status__in=ACTIVE).order_by("pk"):
        item.status = ReviewStatus.DECIDED
        item.decided_at = decision.created_at
        item.save(update_fields=["status", "decided_at"])
        ReviewEvent.objects.create(
            item=item,
            actor=decision.moderator,
            action="decided",
            decision=decision.decision,
            confirmed=decision.confirmed,
            overturned=decision.overturned,
            note=decision.note,
        )


def _judged_flags(*, revision: Revision, decision: str, codes: list[str]) -> tuple[list[str], list[str]]:
    """(confirmed, overturned) rule codes: an approval overturns every flag that held the ad back; a
    rejection confirms the flags it gives as reasons (all of them when it names none) and overturns the rest."""
    result = CheckResult.objects.filter(revision=revision).only("violations").first()
    flags = list(
        dict.fromkeys(v["code"] for v in (result.violations if result else []) if v.get("action") != Decision.FIX)
    )
    if decision == Decision.APPROVE:
        return [], flags
    if not codes:
        return flags, []
    return [c for c in flags if c in codes], [c for c in flags if c not in codes]


# --- The review queue ----------------------------------------------------------------------------

SEVERITY = {"block": 40, "reject": 25, "review": 15, "fix": 0}
SOURCE_PRIORITY = {
    ReviewSource.COMPLAINT: 20,
    ReviewSource.CHECK_FAILED: 15,
    ReviewSource.RULE_FLAG: 10,
    ReviewSource.RESUBMISSION: 10,
    ReviewSource.POST_MODERATION: 5,
    ReviewSource.RECHECK: 0,
}
COMPLAINT_BUMP = 5  # each further complaint about the same ad brings it this many minutes forward
ACTIVE = (ReviewStatus.OPEN, ReviewStatus.CLAIMED)


class ReviewError(Exception):
    """The review item cannot be worked on: decided already, or claimed by someone else."""


def _follows_moderator_rejection(revision: Revision) -> bool:
    previous = (
        Revision.objects.filter(listing_id=revision.listing_id, number__lt=revision.number)
        .exclude(state=RevisionState.SUPERSEDED)
        .order_by("-number")
        .only("pk", "state")
        .first()
    )
    return (
        previous is not None
        and previous.state == RevisionState.REJECTED
        and ModeratorDecision.objects.filter(revision=previous, decision=Decision.REJECT).exists()
    )


def review_priority(*, revision: Revision, source: str, violations: list[dict] | None = None) -> int:
    """Risk of an item, in minutes it jumps ahead: its source, the rules' most severe flag, the seller's history."""

    owner_id = revision.listing.owner_id
    severity = max((SEVERITY.get(v.get("action", ""), 0) for v in violations or []), default=0)
    rejected_before = (
        ModeratorDecision.objects.filter(
            revision__listing__owner_id=owner_id, decision__in=[Decision.REJECT, Decision.BLOCK]
        )
        .values("pk")[:10]
        .count()
    )
    history = min(30, 10 * strike_count(owner_id) + 3 * rejected_before)
    return SOURCE_PRIORITY.get(source, 0) + severity + history


def open_review_item(
    *,
    revision: Revision,
    source: str,
    note: str = "",
    reason: str = "",
    actor: User | None = None,
    violations: list[dict] | None = None,
    now: dt.datetime | None = None,
) -> ReviewItem:
    """Put a revision in the human queue. One active item per revision and source: a repeat (another
    complaint) is added to the waiting item's history and makes it more urgent.

    Side effects: a ReviewItem (or an update of the waiting one) and a ReviewEvent row.
    """
    now = now or timezone.now()
    existing = ReviewItem.objects.filter(revision=revision, source=source, status__in=ACTIVE).first()
    if existing is not None:
        ReviewItem.objects.filter(pk=existing.pk).update(
            base_priority=F("base_priority") + COMPLAINT_BUMP, due_at=F("due_at") - dt.timedelta(minutes=COMPLAINT_BUMP)
        )
        ReviewEvent.objects.create(item=existing, actor=actor, action="repeated", note=" ".join([reason, note]).strip())
        existing.refresh_from_db()
        return existing
    priority = review_priority(revision=revision, source=source, violations=violations)
    item = ReviewItem.objects.create(
        revision=revision,
        source=source,
        base_priority=priority,
        due_at=now + dt.timedelta(minutes=settings.REVIEW_TARGET_MINUTES - priority),
        reason=reason,
        note=note,
    )
    ReviewEvent.objects.create(item=item, actor=actor, action="created", note=" ".join([reason, note]).strip())
    return item


def report_listing(*, listing: Listing, reason: str, text: str = "", reporter: User | None = None) -> ReviewItem | None:
    """A buyer's "Report this ad": the ad's published version goes to the queue as a complaint.

    Returns None for an ad that is not public. Side effects: as open_review_item.
    """
    if not listing.is_public or listing.live_revision_id is None:
        return None
    with transaction.atomic():
        return open_review_item(
            revision=listing.live_revision,
            source=ReviewSource.COMPLAINT,
            reason=reason,
            note=text[:2000],
            actor=reporter,
        )


def _is_open_for_decision(revision: Revision) -> bool:
    listing = revision.listing
    if listing.latest_revision_id != revision.pk or listing.status in ("blocked", "deleted"):
        return False
    live = revision.state == RevisionState.APPROVED and listing.live_revision_id == revision.pk
    return live or revision.state in (RevisionState.PENDING, RevisionState.REVIEW)


def _cancel(item: ReviewItem, *, actor: User | None, note: str, now: dt.datetime) -> None:
    item.status = ReviewStatus.CANCELLED
    item.decided_at = now
    item.save(update_fields=["status", "decided_at"])
    ReviewEvent.objects.create(item=item, actor=actor, action="cancelled", note=note)


def claim_next(*, moderator: User, now: dt.datetime | None = None) -> ReviewItem | None:
    """Give the moderator the most urgent item nobody holds (their own unexpired claim first).

    On Postgres the candidate row is taken with FOR UPDATE SKIP LOCKED, so two moderators asking at
    the same moment get different items; SQLite has no row locks and serialises writers instead.
    An item whose revision was replaced or whose ad is gone is cancelled on the way.
    Side effects: the item claimed for REVIEW_CLAIM_MINUTES, a ReviewEvent row.
    """
    now = now or timezone.now()
    for _attempt in range(50):
        with transaction.atomic():
            mine = (
                ReviewItem.objects.filter(status=ReviewStatus.CLAIMED, claimed_by=moderator, claimed_until__gt=now)
                .order_by("due_at", "id")
                .first()
            )
            if mine is not None:
                return mine
            candidates = ReviewItem.objects.filter(
                Q(status=ReviewStatus.OPEN) | Q(status=ReviewStatus.CLAIMED, claimed_until__lte=now)
            ).order_by("due_at", "id")
            if connection.features.has_select_for_update_skip_locked:
                candidates = candidates.select_for_update(skip_locked=True)
            item = candidates.first()
            if item is None:
                return None
            revision = Revision.objects.select_related("listing").get(pk=item.revision_id)
            if not _is_open_for_decision(revision):
                _cancel(item, actor=None, note="the revision is no longer current", now=now)
                continue
            _take(item, moderator=moderator, now=now)
            return item
    return None


def _take(item: ReviewItem, *, moderator: User, now: dt.datetime) -> None:
    item.status = ReviewStatus.CLAIMED
    item.claimed_by = moderator
    item.claimed_until = now + dt.timedelta(minutes=settings.REVIEW_CLAIM_MINUTES)
    item.save(update_fields=["status", "claimed_by", "claimed_until"])
    ReviewEvent.objects.create(item=item, actor=moderator, action="claimed")


def _held_by_other(item: ReviewItem, moderator: User, now: dt.datetime) -> bool:
    return (
        item.status == ReviewStatus.CLAIMED
        and item.claimed_by_id != moderator.pk
        and item.claimed_until is not None
        and item.claimed_until > now
    )


def claim_item(*, item: ReviewItem, moderator: User, now: dt.datetime | None = None) -> ReviewItem:
    """Claim one chosen item (opened from the list). Refused (ReviewError) if it is decided or someone
    else holds an unexpired claim. Side effects: as claim_next."""
    now = now or timezone.now()
    with transaction.atomic():
        item = ReviewItem.objects.select_for_update().get(pk=item.pk)
        if item.status not in ACTIVE:
            raise ReviewError(f"item {item.pk} is {item.status}")
        if _held_by_other(item, moderator, now):
            raise ReviewError(f"item {item.pk} is claimed by another moderator")
        _take(item, moderator=moderator, now=now)
        return item


def release_item(*, item: ReviewItem, moderator: User) -> None:
    """Give a claimed item back to the queue. Side effects: status open, a ReviewEvent row."""
    with transaction.atomic():
        updated = ReviewItem.objects.filter(pk=item.pk, status=ReviewStatus.CLAIMED, claimed_by=moderator).update(
            status=ReviewStatus.OPEN, claimed_by=None, claimed_until=None
        )
        if updated:
            ReviewEvent.objects.create(item_id=item.pk, actor=moderator, action="released")


def decide_review_item(
    *,
    item: ReviewItem,
    moderator: User,
    decision: str,
    codes: list[str] | None = None,
    note: str = "",
    category_id: int | None = None,
    negotiable: bool = False,
    now: dt.datetime | None = None,
) -> ModeratorDecision:
    """Decide a queue item: approve (optionally moving the ad to `category_id` or making its price
    negotiable), reject with reasons, or block.

    Refused with ReviewError if the item is decided or another moderator holds it, and with
    TransitionError if its revision is no longer current (the item is then cancelled). Side effects:
    those of decide_by_moderator, which settles this item and every other one of the revision.
    """

    now = now or timezone.now()
    stale = False
    with transaction.atomic():
        item = ReviewItem.objects.select_for_update().get(pk=item.pk)
        if item.status not in ACTIVE:
            raise ReviewError(f"item {item.pk} is {item.status}")
        if _held_by_other(item, moderator, now):
            raise ReviewError(f"item {item.pk} is claimed by another moderator")
        revision = Revision.objects.select_related("listing__owner").get(pk=item.revision_id)
        changes: dict = {}
        if decision == Decision.APPROVE:
            result = CheckResult.objects.filter(revision=revision).only("changes").first()
            if result is not None and revision.state != RevisionState.APPROVED:
                changes.update(result.changes)  # the automatic fixes held back while it waited
            if category_id and category_id != revision.category_id:
                changes["category"] = Category.objects.get(pk=category_id)
            if negotiable:
                changes.update(price=None, price_kind="negotiable")
        try:
            with transaction.atomic():
                row = decide_by_moderator(
                    revision=revision, moderator=moderator, decision=decision, codes=codes, note=note, changes=changes
                )
        except listing_services.TransitionError:
            _cancel(item, actor=moderator, note="the revision is no longer current", now=now)
            stale = True
    if stale:
        raise listing_services.TransitionError(f"revision {item.revision_id} is no longer current")
    return row


def mark_notices_read(*, user: User, ids: list[int]) -> int:
    """The seller has seen these notices. Side effects: read_at set once on each."""

    return Notice.objects.filter(user=user, pk__in=ids, read_at__isnull=True).update(read_at=timezone.now())
