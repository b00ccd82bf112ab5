"""Writes on moderation: enqueue checks, record their results, carry decisions to the listing."""

from __future__ import annotations

import datetime as dt
import logging
import time
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from accounts.models import User
from accounts.services import add_strike
from listings import services as listing_services
from listings.enums import RevisionState
from listings.models import Listing, ListingPhoto, Revision, RevisionPhoto
from listings.queries import revision_for_check

from .models import CheckResult, Decision, ModeratorDecision, PhotoAnalysis
from .queries import current_profile
from .rules.engine import check
from .rules.profiles import Profile
from .snapshots import snapshot_of

logger = logging.getLogger(__name__)


def request_check(*, revision: Revision) -> None:
    """Ask for the automatic check of `revision` once the current transaction commits.

    Side effects: counts the attempt on the revision now; enqueues `moderation.check_revision`
    after commit. If the broker is down the enqueue is logged and the sweeper retries it later:
    the database, not the queue, is the source of truth.
    """
    Revision.objects.filter(pk=revision.pk).update(
        check_attempts=revision.check_attempts + 1, last_enqueued_at=timezone.now()
    )
    transaction.on_commit(partial(_enqueue, revision.pk))


def index_listing_text(*, listing: Listing) -> None:
    """Keep the MinHash bands of the listing's current text, for near-duplicate lookups.

    Side effects: replaces the listing's TextBand rows.
    """
    from .fingerprints import text_bands
    from .models import TextBand

    TextBand.objects.filter(listing=listing).delete()
    TextBand.objects.bulk_create(
        [TextBand(listing=listing, band=band) for band in text_bands(listing.title, listing.description)],
        ignore_conflicts=True,
    )


def index_photo_hash(*, photo: ListingPhoto) -> None:
    """Keep the pHash chunks of a stored photo, for near-identical photo lookups (photo.duplicate)."""
    from .models import PhotoHashChunk
    from .photos.hashes import phash_chunks

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
    from django.conf import settings as conf

    from .photos.scan import UnreadablePhoto, scan_photo

    photo = ListingPhoto.objects.filter(pk=photo_id).first()
    if photo is None:
        return None
    analysis = PhotoAnalysis.objects.filter(sha256=photo.sha256).first()
    if analysis is None:
        try:
            with photo.image.open("rb") as handle:
                data = handle.read()
            scan = scan_photo(data, languages=current_profile().ocr_languages, engine=conf.PHOTO_OCR_ENGINE)
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
    woken = 0
    waiting = Revision.objects.filter(
        state=RevisionState.PENDING, check_result__isnull=True, revisionphoto__photo__sha256=sha256
    ).distinct()
    for revision in waiting:
        if not photos_waiting(revision_ids=[revision.pk]):
            with transaction.atomic():
                request_check(revision=revision)
            woken += 1
    return woken


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
    from .context import DatabaseContext

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
        try:
            with transaction.atomic():
                result = CheckResult.objects.create(
                    revision=revision,
                    policy=profile.name,
                    decision=outcome.decision,
                    violations=[v.as_dict() for v in outcome.violations],
                    changes={k: (str(v) if v is not None else None) for k, v in outcome.changes.items()},
                    duration_ms=duration_ms,
                )
        except IntegrityError:
            return None  # another delivery of the same task got here first
        listing_services.apply_moderation(
            revision=revision, decision=outcome.decision, changes=outcome.changes, reason=_summary(result)
        )
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


def decide_by_moderator(
    *, revision: Revision, moderator: User, decision: str, codes: list[str] | None = None, note: str = ""
) -> ModeratorDecision:
    """A moderator's decision on a revision waiting for review (or re-deciding a checked one).

    Refused (TransitionError) if the revision is no longer the ad's current one. Side effects:
    an append-only ModeratorDecision row; the listing moves through the state machine.
    """
    if decision not in (Decision.APPROVE, Decision.REJECT, Decision.BLOCK):
        raise ValueError(f"a moderator approves, rejects or blocks, not {decision!r}")
    with transaction.atomic():
        listing_services.apply_moderation(
            revision=revision, decision=decision, changes={}, actor=moderator, reason=note or f"moderator: {decision}"
        )
        if decision == Decision.BLOCK:
            add_strike(
                user=revision.listing.owner,
                listing_id=revision.listing_id,
                codes=codes or [],
                source="moderator",
                created_by=moderator,
            )
        row = ModeratorDecision.objects.create(
            revision=revision, moderator=moderator, decision=decision, codes=codes or [], note=note
        )
        transaction.on_commit(partial(_enqueue_notice, "notify_moderator_decision", decision_id=row.pk))
        return row
