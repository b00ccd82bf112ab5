"""The moderation hook: enqueue after commit, idempotent task, sweeper, human queue on failure."""

from __future__ import annotations

import pytest
from django.utils import timezone

from listings.enums import ListingStatus, RevisionState
from listings.services import create_listing
from moderation.models import CheckResult, Decision
from moderation.services import decide_by_moderator, send_to_human_review, sweep_stale_revisions
from moderation.tasks import check_revision
from tests.factories import content


def test_nothing_is_enqueued_before_commit(seller, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        listing = create_listing(owner=seller, content=content(), photos=[])
    listing.refresh_from_db()
    assert listing.status == ListingStatus.PENDING
    assert len(callbacks) == 1
    assert not CheckResult.objects.exists()


def test_task_twice_changes_nothing_the_second_time(seller):
    listing = create_listing(owner=seller, content=content(), photos=[])  # on_commit not run: no task yet
    revision_id = listing.latest_revision_id

    assert check_revision.apply(kwargs={"revision_id": revision_id}).get() == "approve"
    assert check_revision.apply(kwargs={"revision_id": revision_id}).get() is None
    assert CheckResult.objects.filter(revision_id=revision_id).count() == 1
    assert listing.status_changes.count() == 2  # draft→pending, pending→active; nothing more


def test_task_for_a_deleted_revision_returns_quietly(db):
    assert check_revision.apply(kwargs={"revision_id": 999999}).get() is None


def test_sweeper_reenqueues_a_lost_check(seller, settings, django_capture_on_commit_callbacks):
    settings.MODERATION_STALE_SECONDS = 0
    listing = create_listing(owner=seller, content=content(), photos=[])  # the enqueue was "lost"

    with django_capture_on_commit_callbacks(execute=True):
        requeued, to_review = sweep_stale_revisions(now=timezone.now())

    assert (requeued, to_review) == (1, 0)
    listing.refresh_from_db()
    assert listing.status == ListingStatus.ACTIVE
    assert listing.latest_revision.check_attempts == 2


def test_sweeper_hands_over_to_a_human_after_too_many_attempts(seller, settings):
    settings.MODERATION_STALE_SECONDS = 0
    settings.MODERATION_MAX_ATTEMPTS = 1
    listing = create_listing(owner=seller, content=content(), photos=[])

    requeued, to_review = sweep_stale_revisions(now=timezone.now())

    assert (requeued, to_review) == (0, 1)
    revision = listing.latest_revision
    revision.refresh_from_db()
    assert revision.state == RevisionState.REVIEW
    result = CheckResult.objects.get(revision=revision)
    assert result.decision == Decision.REVIEW and "did not finish" in result.note


def test_moderator_decides_a_review_item(seller, make_user):
    moderator = make_user("mod@example.com", is_staff=True)
    listing = create_listing(owner=seller, content=content(), photos=[])
    send_to_human_review(revision_id=listing.latest_revision_id, note="automatic check failed: test")

    decide_by_moderator(revision=listing.latest_revision, moderator=moderator, decision=Decision.APPROVE)

    listing.refresh_from_db()
    assert listing.status == ListingStatus.ACTIVE
    assert listing.status_changes.filter(to_status="active").get().actor == moderator


def test_moderator_decision_refused_on_a_stale_revision(seller, make_user):
    from listings.services import TransitionError, update_listing

    moderator = make_user("mod@example.com", is_staff=True)
    listing = create_listing(owner=seller, content=content(), photos=[])
    old = listing.latest_revision
    update_listing(listing=listing, actor=seller, content=content(title="Changed"), photos=[])

    with pytest.raises(TransitionError):
        decide_by_moderator(revision=old, moderator=moderator, decision=Decision.APPROVE)


def test_admin_queue_approves_through_the_service(client, seller, make_user):
    moderator = make_user("admin@example.com", is_staff=True, is_superuser=True)
    listing = create_listing(owner=seller, content=content(), photos=[])
    result = send_to_human_review(revision_id=listing.latest_revision_id, note="needs a look")
    client.force_login(moderator)

    page = client.get("/admin/moderation/checkresult/")
    assert page.status_code == 200 and listing.title in page.content.decode()

    client.post("/admin/moderation/checkresult/", {"action": "approve", "_selected_action": [result.pk]})
    listing.refresh_from_db()
    assert listing.status == ListingStatus.ACTIVE


def test_admin_shows_the_evidence_marked_in_the_text(client, seller, make_user, django_capture_on_commit_callbacks):
    admin_user = make_user("admin2@example.com", is_staff=True, is_superuser=True)
    with django_capture_on_commit_callbacks(execute=True):
        listing = create_listing(
            owner=seller, content=content(description="Звоните <b>8 701 724 66 68</b> вечером"), photos=[]
        )
    result = CheckResult.objects.get(revision=listing.latest_revision)
    client.force_login(admin_user)

    page = client.get(f"/admin/moderation/checkresult/{result.pk}/change/").content.decode()

    assert "<mark>8 701 724 66 68</mark>" in page
    assert "&lt;b&gt;" in page  # the seller's text is escaped, never rendered as HTML


def test_a_block_counts_one_strike_against_the_seller(seller, make_user, django_capture_on_commit_callbacks):
    from accounts.queries import strike_count

    with django_capture_on_commit_callbacks(execute=True):
        listing = create_listing(
            owner=seller,
            content=content(title="Пистолет Макарова", description="Продам пистолет, патроны в подарок."),
            photos=[],
        )
    listing.refresh_from_db()
    assert listing.status == ListingStatus.BLOCKED
    assert strike_count(seller.pk) == 1
    assert "prohibited.weapons" in seller.strikes.get().codes

    # A moderator confirming the same ad's block adds nothing more: one strike per ad.
    moderator = make_user("mod3@example.com", is_staff=True)
    from accounts.services import add_strike

    assert (
        add_strike(
            user=seller, listing_id=listing.pk, codes=["prohibited.weapons"], source="moderator", created_by=moderator
        )
        is False
    )
    assert strike_count(seller.pk) == 1
