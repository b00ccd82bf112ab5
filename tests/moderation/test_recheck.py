"""emarket_az checks published ads again a day later ("re-check after" in RULES.md)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from accounts.models import BlacklistKind
from accounts.services import add_to_blacklist
from listings.enums import ListingStatus
from listings.services import create_listing
from moderation.models import Decision, Recheck, ReviewItem, ReviewSource
from moderation.services import claim_next, decide_by_moderator, decide_review_item, recheck_published
from moderation.tasks import check_revision
from moderation.tasks import recheck_published as recheck_task
from moderation.terms_store import save_term_list
from tests.factories import content

DAY = dt.timedelta(hours=24)


@pytest.fixture
def emarket(settings):
    settings.MARKETPLACE_POLICY = "emarket_az"


def published(seller, **overrides):
    values = {"contact_phone": "+994501234567", "price": 900, **overrides}
    listing = create_listing(owner=seller, content=content(**values), photos=[])
    check_revision.apply(kwargs={"revision_id": listing.latest_revision_id})
    listing.refresh_from_db()
    assert listing.status == ListingStatus.ACTIVE, listing.status
    return listing


def test_a_contact_blacklisted_after_publishing_sends_the_ad_to_the_queue(emarket, seller):
    listing = published(seller)
    add_to_blacklist(kind=BlacklistKind.PHONE, value="+994501234567", reason="fraud reports")
    submitted = listing.live_revision.created_at

    assert recheck_published(now=submitted + DAY - dt.timedelta(minutes=5)) == 0  # not due yet
    assert recheck_published(now=submitted + DAY + dt.timedelta(minutes=5)) == 1

    recheck = Recheck.objects.get(revision=listing.live_revision)
    assert recheck.decision == Decision.BLOCK
    assert [v["code"] for v in recheck.violations] == ["account.blacklisted"]
    item = ReviewItem.objects.get(revision=listing.live_revision)
    assert item.source == ReviewSource.RECHECK
    listing.refresh_from_db()
    assert listing.status == ListingStatus.ACTIVE  # stays up until a moderator decides
    assert recheck_published(now=submitted + 2 * DAY) == 0  # once per revision


def test_a_term_added_after_publishing_is_caught_and_a_moderator_takes_the_ad_down(
    emarket, seller, make_user, django_capture_on_commit_callbacks
):
    listing = published(seller, title="Drops, 10 ml", description="Strong zorbex drops, sealed bottle.")
    with django_capture_on_commit_callbacks(execute=True):  # the lists' new version is announced on commit
        save_term_list(name="prohibited.drugs.en.txt", content="zorbex\n")

    assert recheck_published(now=timezone.now() + DAY + dt.timedelta(minutes=1)) == 1

    recheck = Recheck.objects.get(revision=listing.live_revision)
    assert {v["code"] for v in recheck.violations} == {"prohibited.drugs"}
    moderator = make_user("mod@example.com", is_staff=True)
    item = claim_next(moderator=moderator)
    assert item is not None and item.source == ReviewSource.RECHECK
    decide_review_item(item=item, moderator=moderator, decision=Decision.REJECT, codes=["prohibited.drugs"])
    listing.refresh_from_db()
    assert listing.status == ListingStatus.REJECTED


def test_a_clean_ad_is_recorded_and_left_alone(emarket, seller):
    listing = published(seller)

    assert recheck_task.apply().get() == 0  # the beat task uses the real clock: not due yet
    assert recheck_published(now=timezone.now() + DAY + dt.timedelta(minutes=1)) == 1

    assert Recheck.objects.get(revision=listing.live_revision).decision == Decision.APPROVE
    assert not ReviewItem.objects.exists()


def test_a_flag_a_moderator_already_cleared_is_not_raised_again(emarket, seller, make_user):
    listing = create_listing(
        owner=seller,
        content=content(description="Phone in good condition. Write me on WhatsApp for details."),
        photos=[],
    )
    check_revision.apply(kwargs={"revision_id": listing.latest_revision_id})
    revision = listing.latest_revision
    revision.refresh_from_db()
    assert "contact.social" in revision.check_result.codes  # an invitation with no number: review
    decide_by_moderator(revision=revision, moderator=make_user("mod@example.com", is_staff=True), decision="approve")
    ReviewItem.objects.all().delete()

    assert recheck_published(now=timezone.now() + DAY + dt.timedelta(minutes=1)) == 1

    assert Recheck.objects.get(revision=revision).decision == Decision.APPROVE
    assert not ReviewItem.objects.exists()


def test_other_profiles_do_not_recheck(settings, seller):
    settings.MARKETPLACE_POLICY = "olx_kz"
    published(seller, contact_phone="+77017246668", price=250000)

    assert recheck_published(now=timezone.now() + 30 * DAY) == 0
    assert not Recheck.objects.exists()


def test_an_ad_with_an_edit_waiting_is_not_rechecked(emarket, seller):
    from listings.services import update_listing

    listing = published(seller)
    # The edit's check has not run (on_commit does not fire inside the test's transaction).
    update_listing(listing=listing, actor=seller, content=content(contact_phone="+994501234567", price=850), photos=[])

    assert recheck_published(now=timezone.now() + DAY + dt.timedelta(minutes=1)) == 0
