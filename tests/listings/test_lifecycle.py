"""The listing lifecycle: one state machine, a history row for every change, revisions checked by the task."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from listings.enums import ListingStatus, RevisionState
from listings.models import Listing, StatusChange
from listings.services import (
    TransitionError,
    create_listing,
    delete_listing,
    expire_listings,
    renew_listing,
    transition,
    update_listing,
)
from moderation.models import CheckResult
from tests.factories import content


@pytest.fixture
def post(seller, django_capture_on_commit_callbacks):
    def make(**overrides) -> Listing:
        with django_capture_on_commit_callbacks(execute=True):
            listing = create_listing(owner=seller, content=content(**overrides), photos=[])
        listing.refresh_from_db()
        return listing

    return make


def test_clean_ad_goes_draft_pending_active_with_history(post):
    listing = post()

    assert listing.status == ListingStatus.ACTIVE
    assert listing.published_at is not None
    assert listing.expires_at - listing.published_at == dt.timedelta(days=30)
    history = list(StatusChange.objects.filter(listing=listing).order_by("id").values_list("from_status", "to_status"))
    assert history == [("draft", "pending"), ("pending", "active")]
    result = CheckResult.objects.get(revision=listing.latest_revision)
    assert result.decision == "approve" and result.violations == []


def test_phone_in_description_is_rejected_with_the_evidence(post):
    listing = post(description="Звоните 8 701 724 66 68, отвечу быстро")

    assert listing.status == ListingStatus.REJECTED
    result = CheckResult.objects.get(revision=listing.latest_revision)
    assert result.decision == "reject"
    assert {
        "code": "contact.phone",
        "field": "description",
        "evidence": "8 701 724 66 68",
        "action": "reject",
    } in result.violations


def test_conditional_price_is_fixed_to_negotiable_under_olx_kz(post):
    listing = post(price=1)

    assert listing.status == ListingStatus.ACTIVE
    assert listing.price is None and listing.price_kind == "negotiable"
    assert CheckResult.objects.get(revision=listing.latest_revision).decision == "fix"


def test_rejected_ad_is_resubmitted_and_approved(post, seller, django_capture_on_commit_callbacks):
    listing = post(description="пишите на shop@example.com")
    assert listing.status == ListingStatus.REJECTED

    with django_capture_on_commit_callbacks(execute=True):
        update_listing(listing=listing, actor=seller, content=content(), photos=[])

    listing.refresh_from_db()
    assert listing.status == ListingStatus.ACTIVE
    assert listing.revisions.count() == 2


def test_edit_of_active_ad_keeps_live_version_until_approved(
    post, seller, django_capture_on_commit_callbacks, settings
):
    listing = post()
    live_title = listing.title

    # The edit is stored but not checked yet (callbacks not executed): the live version stays public.
    revision = update_listing(
        listing=listing, actor=seller, content=content(title="Apple iPhone 13 Pro, 256 GB"), photos=[]
    )
    listing.refresh_from_db()
    assert listing.status == ListingStatus.ACTIVE and listing.title == live_title
    assert revision.state == RevisionState.PENDING

    from moderation.services import run_check

    run_check(revision_id=revision.pk)
    listing.refresh_from_db()
    assert listing.title == "Apple iPhone 13 Pro, 256 GB" and listing.live_revision_id == revision.pk


def test_rejected_edit_leaves_the_live_version_up(post, seller, django_capture_on_commit_callbacks):
    listing = post()
    with django_capture_on_commit_callbacks(execute=True):
        revision = update_listing(
            listing=listing, actor=seller, content=content(description="WhatsApp +7 701 724 66 68"), photos=[]
        )

    listing.refresh_from_db()
    revision.refresh_from_db()
    assert listing.status == ListingStatus.ACTIVE and "WhatsApp" not in listing.description
    assert revision.state == RevisionState.REJECTED


def test_stale_revision_is_not_applied(post, seller):
    listing = post()
    first = update_listing(listing=listing, actor=seller, content=content(title="First edit"), photos=[])
    second = update_listing(listing=listing, actor=seller, content=content(title="Second edit"), photos=[])
    from moderation.services import run_check

    assert run_check(revision_id=first.pk) is None  # superseded: changes nothing
    assert run_check(revision_id=second.pk).decision == "approve"
    assert run_check(revision_id=second.pk) is None  # a re-delivery changes nothing either
    listing.refresh_from_db()
    assert listing.title == "Second edit"
    assert CheckResult.objects.filter(revision__listing=listing).count() == 2


def test_forbidden_transition_raises(post):
    listing = post()
    with pytest.raises(TransitionError):
        transition(listing=listing, to=ListingStatus.DRAFT)


def test_expire_then_renew_then_archive(post, seller, django_capture_on_commit_callbacks):
    listing = post()
    assert expire_listings(now=listing.expires_at + dt.timedelta(seconds=1)) == 1
    listing.refresh_from_db()
    assert listing.status == ListingStatus.EXPIRED

    with django_capture_on_commit_callbacks(execute=True):
        renew_listing(listing=listing, actor=seller)
    listing.refresh_from_db()
    assert listing.status == ListingStatus.ACTIVE and listing.latest_revision.kind == "restore"

    expire_listings(now=listing.expires_at + dt.timedelta(seconds=1))
    assert expire_listings(now=timezone.now() + dt.timedelta(days=400)) == 1
    listing.refresh_from_db()
    assert listing.status == ListingStatus.ARCHIVED


def test_deleted_ad_cannot_be_renewed(post, seller):
    listing = post()
    delete_listing(listing=listing, actor=seller)
    listing.refresh_from_db()
    assert listing.status == ListingStatus.DELETED
    with pytest.raises(TransitionError):
        renew_listing(listing=listing, actor=seller)


def test_renewal_keeps_the_photos_in_their_order(seller, django_capture_on_commit_callbacks):
    from django.core.files.base import ContentFile

    from listings.images import normalise_photo
    from listings.queries import revision_photos
    from listings.services import store_photo
    from tests.conftest import photo_bytes

    photos = [
        store_photo(owner=seller, photo=normalise_photo(ContentFile(photo_bytes(colour=colour))))
        for colour in [(200, 30, 30), (30, 200, 30), (30, 30, 200)]
    ][::-1]  # stored in one order, shown in another
    with django_capture_on_commit_callbacks(execute=True):
        listing = create_listing(owner=seller, content=content(), photos=photos)
    listing.refresh_from_db()
    expire_listings(now=listing.expires_at + dt.timedelta(seconds=1))
    listing.refresh_from_db()

    renewal = renew_listing(listing=listing, actor=seller)

    assert [p.pk for p in revision_photos(renewal)] == [p.pk for p in photos]
