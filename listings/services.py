"""Writes on listings. The status of a listing changes only in `transition()`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from accounts.models import User

from .enums import ListingStatus, RevisionKind, RevisionState
from .images import NormalisedPhoto
from .models import Category, Listing, ListingPhoto, Region, Revision, RevisionPhoto, StatusChange

S = ListingStatus

# The lifecycle: which status may follow which. Nothing outside transition() assigns `status`.
TRANSITIONS: dict[str, frozenset[str]] = {
    S.DRAFT: frozenset({S.PENDING, S.DELETED}),
    S.PENDING: frozenset({S.ACTIVE, S.REJECTED, S.BLOCKED, S.DELETED}),
    S.ACTIVE: frozenset({S.REJECTED, S.BLOCKED, S.EXPIRED, S.DELETED}),
    S.REJECTED: frozenset({S.PENDING, S.BLOCKED, S.DELETED}),
    S.EXPIRED: frozenset({S.PENDING, S.ARCHIVED, S.DELETED, S.BLOCKED}),
    S.ARCHIVED: frozenset({S.DELETED}),
    S.BLOCKED: frozenset(),
    S.DELETED: frozenset(),
}
# Where the seller may change the content (an active ad is edited through a revision).
EDITABLE = frozenset({S.DRAFT, S.PENDING, S.REJECTED, S.ACTIVE, S.EXPIRED})


class TransitionError(Exception):
    pass


@dataclass(frozen=True)
class ListingContent:
    """What a seller fills in; the same shape is stored on a listing and on each revision."""

    category: Category
    region: Region
    title: str
    description: str
    price: Decimal | None
    price_kind: str
    currency: str
    contact_phone: str = ""
    contact_email: str = ""
    attributes: dict[str, Any] = field(default_factory=dict)

    FIELDS = (
        "category", "region", "title", "description", "price", "price_kind", "currency",
        "contact_phone", "contact_email", "attributes",
    )  # fmt: skip

    @classmethod
    def of(cls, obj: Listing | Revision) -> ListingContent:
        return cls(**{name: getattr(obj, name) for name in cls.FIELDS})

    def apply_to(self, obj: Listing | Revision) -> None:
        for name in self.FIELDS:
            setattr(obj, name, getattr(self, name))


def transition(
    *,
    listing: Listing,
    to: str,
    actor: User | None = None,
    reason: str = "",
    revision: Revision | None = None,
    now: dt.datetime | None = None,
) -> StatusChange:
    """Move `listing` to status `to`, the one place that does.

    Side effects: saves the listing's status (and publication dates on the way to active), writes
    an append-only StatusChange row. Raises TransitionError for a move the lifecycle forbids.
    """
    now = now or timezone.now()
    source = listing.status
    if to not in TRANSITIONS[source]:
        raise TransitionError(f"listing {listing.pk}: {source} → {to} is not allowed")
    listing.status = to
    listing.status_changed_at = now
    update = ["status", "status_changed_at", "updated_at"]
    if to == S.ACTIVE:
        from moderation.queries import current_profile

        if listing.published_at is None or source != S.ACTIVE:
            listing.published_at = listing.published_at or now
            listing.expires_at = now + dt.timedelta(days=current_profile().ad_lifetime_days)
            update += ["published_at", "expires_at"]
    listing.save(update_fields=update)
    return StatusChange.objects.create(
        listing=listing, revision=revision, from_status=source, to_status=to, actor=actor, reason=reason[:200]
    )


def _next_revision_number(listing: Listing) -> int:
    return (listing.revisions.aggregate(n=Max("number"))["n"] or 0) + 1


def _create_revision(
    *, listing: Listing, content: ListingContent, photos: list[ListingPhoto], kind: str, actor: User | None
) -> Revision:
    # A newer revision makes any older one still being checked stale: its task will see that.
    listing.revisions.filter(state__in=[RevisionState.PENDING, RevisionState.REVIEW]).update(
        state=RevisionState.SUPERSEDED
    )
    revision = Revision(listing=listing, number=_next_revision_number(listing), kind=kind, created_by=actor)
    content.apply_to(revision)
    revision.save()
    RevisionPhoto.objects.bulk_create(
        [RevisionPhoto(revision=revision, photo=photo, position=i) for i, photo in enumerate(photos)]
    )
    listing.latest_revision = revision
    listing.save(update_fields=["latest_revision", "updated_at"])
    from moderation.services import request_check

    request_check(revision=revision)
    return revision


def _attach_photos(*, listing: Listing, photos: list[ListingPhoto]) -> None:
    ListingPhoto.objects.filter(pk__in=[p.pk for p in photos], listing__isnull=True).update(listing=listing)


def _refresh_has_photos(listing: Listing, photos: list[ListingPhoto]) -> None:
    listing.has_photos = bool(photos)
    listing.save(update_fields=["has_photos", "updated_at"])


def _content_changed(listing: Listing) -> None:
    """The listing's own text changed: refresh what the duplicate lookups index."""
    from moderation.services import index_listing_text

    index_listing_text(listing=listing)


@transaction.atomic
def create_listing(*, owner: User, content: ListingContent, photos: list[ListingPhoto], submit: bool = True) -> Listing:
    """Create an ad as a draft and, unless `submit` is false, submit it for moderation.

    Side effects: a Listing, its photos attached, a Revision and a `moderation.check_revision`
    task enqueued after commit (when submitted), a StatusChange row.
    """
    listing = Listing(owner=owner)
    content.apply_to(listing)
    listing.save()
    _attach_photos(listing=listing, photos=photos)
    _refresh_has_photos(listing, photos)
    _content_changed(listing)
    if submit:
        _submit(listing=listing, content=content, photos=photos, actor=owner, kind=RevisionKind.SUBMIT)
    return listing


def _submit(
    *, listing: Listing, content: ListingContent, photos: list[ListingPhoto], actor: User | None, kind: str
) -> Revision:
    revision = _create_revision(listing=listing, content=content, photos=photos, kind=kind, actor=actor)
    if listing.status != S.PENDING:
        transition(listing=listing, to=S.PENDING, actor=actor, revision=revision, reason=f"{kind} #{revision.number}")
    return revision


@transaction.atomic
def update_listing(
    *, listing: Listing, actor: User, content: ListingContent, photos: list[ListingPhoto], submit: bool = True
) -> Revision | None:
    """Save the seller's changes to an ad.

    An active ad stays public with its live content while the edit is checked: the change goes
    into a new revision only. A draft, pending or rejected ad takes the content at once and is
    (re)submitted. Side effects: as `create_listing`; returns the new revision (None for a draft
    saved without submitting).
    """
    listing = Listing.objects.select_for_update().get(pk=listing.pk)
    if listing.status not in EDITABLE:
        raise TransitionError(f"listing {listing.pk} cannot be edited while {listing.status}")
    _attach_photos(listing=listing, photos=photos)
    if listing.status == S.ACTIVE:
        return _create_revision(listing=listing, content=content, photos=photos, kind=RevisionKind.EDIT, actor=actor)
    content.apply_to(listing)
    listing.save()
    _refresh_has_photos(listing, photos)
    _content_changed(listing)
    if not submit:
        return None
    kind = RevisionKind.RESTORE if listing.status == S.EXPIRED else RevisionKind.SUBMIT
    return _submit(listing=listing, content=content, photos=photos, actor=actor, kind=kind)


@transaction.atomic
def renew_listing(*, listing: Listing, actor: User) -> Revision:
    """Put an expired ad back up: it is checked again (duplicates may have appeared meanwhile).

    Side effects: a restore revision with the ad's content and photos, status pending, a check enqueued.
    """
    listing = Listing.objects.select_for_update().get(pk=listing.pk)
    if listing.status != S.EXPIRED:
        raise TransitionError(f"listing {listing.pk} is {listing.status}, only an expired ad can be renewed")
    from .queries import revision_photos

    photos = revision_photos(listing.live_revision or listing.latest_revision)  # in their order
    return _submit(
        listing=listing, content=ListingContent.of(listing), photos=photos, actor=actor, kind=RevisionKind.RESTORE
    )


@transaction.atomic
def delete_listing(*, listing: Listing, actor: User) -> StatusChange:
    """The seller removes an ad. It is kept (status deleted) for the duplicate rules' memory."""
    listing = Listing.objects.select_for_update().get(pk=listing.pk)
    listing.revisions.filter(state__in=[RevisionState.PENDING, RevisionState.REVIEW]).update(
        state=RevisionState.SUPERSEDED
    )
    return transition(listing=listing, to=S.DELETED, actor=actor, reason="deleted by the seller")


@transaction.atomic
def apply_moderation(
    *,
    revision: Revision,
    decision: str,
    changes: dict[str, Any],
    actor: User | None = None,
    reason: str = "",
) -> Listing:
    """Carry a moderation decision (automatic or a moderator's) onto the revision and its listing.

    approve/fix: the revision's content (with the fix's changes) becomes the live version and the
    ad is active. review: the revision waits for a moderator; the ad keeps its status. reject: a
    new ad is rejected, an edit of an active ad is refused while the live version stays up. block:
    the ad is blocked for good. A revision already live (post-moderation, a complaint) may be
    decided again: a rejection then hides the ad (active → rejected), an approval keeps it up with
    the changes. Side effects: saves revision and listing, a StatusChange row.
    """
    listing = Listing.objects.select_for_update().get(pk=revision.listing_id)
    revision.refresh_from_db(fields=["state"])
    live = revision.state == RevisionState.APPROVED and listing.live_revision_id == revision.pk
    waiting = revision.state in (RevisionState.PENDING, RevisionState.REVIEW)
    if listing.latest_revision_id != revision.pk or not (waiting or live):
        raise TransitionError(f"revision {revision.pk} is no longer current")
    if listing.status in (S.BLOCKED, S.DELETED):
        raise TransitionError(f"listing {listing.pk} is {listing.status}")
    if live and decision == "review":
        raise TransitionError(f"revision {revision.pk} is already published")
    is_edit_of_active = not live and revision.kind == RevisionKind.EDIT and listing.status == S.ACTIVE

    if decision in ("approve", "fix"):
        if changes:
            for name, value in changes.items():
                setattr(revision, name, Decimal(value) if name == "price" and value is not None else value)
            revision.save(update_fields=list(changes))
        ListingContent.of(revision).apply_to(listing)
        listing.live_revision = revision
        photos = list(revision.photos.all())
        listing.has_photos = bool(photos)
        listing.save()
        _content_changed(listing)
        _set_state(revision, RevisionState.APPROVED)
        if listing.status != S.ACTIVE and not live:
            transition(listing=listing, to=S.ACTIVE, actor=actor, revision=revision, reason=reason or decision)
    elif decision == "review":
        _set_state(revision, RevisionState.REVIEW)
    elif decision == "reject":
        _set_state(revision, RevisionState.REJECTED)
        if live:
            if listing.status == S.ACTIVE:  # post-moderation: the published ad is taken down
                transition(listing=listing, to=S.REJECTED, actor=actor, revision=revision, reason=reason or decision)
        elif not is_edit_of_active:
            transition(listing=listing, to=S.REJECTED, actor=actor, revision=revision, reason=reason or decision)
    elif decision == "block":
        _set_state(revision, RevisionState.BLOCKED)
        transition(listing=listing, to=S.BLOCKED, actor=actor, revision=revision, reason=reason or decision)
    else:
        raise ValueError(f"unknown decision {decision!r}")
    return listing


def _set_state(revision: Revision, state: str) -> None:
    revision.state = state
    revision.save(update_fields=["state"])


def expire_listings(*, now: dt.datetime | None = None, batch_size: int = 500) -> int:
    """Expire active ads past their lifetime, and archive expired ones kept long enough.

    Side effects: status changes in batches of `batch_size`; returns how many changed.
    """
    from moderation.queries import current_profile

    now = now or timezone.now()
    profile = current_profile()
    changed = 0
    for source, target, cutoff_field, cutoff in [
        (S.ACTIVE, S.EXPIRED, "expires_at__lte", now),
        (
            S.EXPIRED,
            S.DELETED if profile.delete_after_keep else S.ARCHIVED,
            "status_changed_at__lte",
            now - dt.timedelta(days=profile.expired_kept_days),
        ),
    ]:
        while True:
            with transaction.atomic():
                ids = list(
                    Listing.objects.filter(status=source, **{cutoff_field: cutoff})
                    .order_by("pk")
                    .values_list("pk", flat=True)[:batch_size]
                )
                if not ids:
                    break
                for listing in Listing.objects.select_for_update().filter(pk__in=ids, status=source).order_by("pk"):
                    transition(listing=listing, to=target, reason="lifetime over", now=now)
                    changed += 1
    return changed


def store_photo(*, owner: User, photo: NormalisedPhoto) -> ListingPhoto:
    """Keep an uploaded photo (already validated and re-encoded) for its owner, not yet on any ad.

    Side effects: the file under MEDIA_ROOT with an internal name, a ListingPhoto row.
    """
    stored = ListingPhoto(owner=owner, sha256=photo.sha256, phash=photo.phash, width=photo.width, height=photo.height)
    stored.image.save(f"upload.{photo.extension}", ContentFile(photo.content), save=False)
    stored.save()
    from moderation.services import index_photo_hash

    index_photo_hash(photo=stored)
    return stored


@transaction.atomic
def load_reference_data() -> tuple[int, int]:
    """Create or update the canonical categories and regions of RULES.md. Idempotent.

    Side effects: Category and Region rows (existing ones updated in place, extra ones kept).
    Returns (categories, regions) written.
    """
    from .canonical import CATEGORIES, REGIONS
    from .queries import reset_reference_cache

    written = 0

    def upsert(slug: str, name: str, options: dict, parent: Category | None, position: int) -> Category:
        nonlocal written
        category, _ = Category.objects.update_or_create(
            slug=slug, defaults={"name": name, "parent": parent, "position": position, **options}
        )
        written += 1
        return category

    for i, (slug, name, options, children) in enumerate(CATEGORIES):
        root = upsert(slug, name, options, None, i)
        for j, (child_slug, child_name, child_options) in enumerate(children):
            upsert(child_slug, child_name, child_options, root, j)
    for i, (slug, (country, name, names, aliases)) in enumerate(REGIONS.items()):
        Region.objects.update_or_create(
            slug=slug, defaults={"country": country, "name": name, "names": names, "aliases": aliases, "position": i}
        )
    reset_reference_cache()
    return written, len(REGIONS)
