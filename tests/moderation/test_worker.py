"""Ads posted through the real view are checked by a real Celery worker, through the real broker.

The worker is started only after the ads are posted: the check messages must have waited in Redis.
Needs CELERY_BROKER_URL (skipped without it; REQUIRE_SERVICES=1 turns the skip into a failure).
"""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress

from accounts.models import User
from listings.enums import ListingStatus, RevisionState
from listings.models import Listing, Region
from moderation import services
from moderation.models import CheckResult
from moderation.queries import current_profile
from tests.workers import Worker, celery_worker_fixture, purge_queues, queue_length  # noqa: F401  (fixture)

pytestmark = [pytest.mark.real_worker]

PASSWORD = "a-long-password-1"
PHONE_IN_TEXT = "Телефон в отличном состоянии, звоните 8 701 724 66 68"


@pytest.fixture
def logged_in_client(client, transactional_db):
    user = User.objects.create_user(email="worker-seller@example.com", password=PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    assert client.login(email=user.email, password=PASSWORD)
    return client


def post_ad(client, *, title: str, description: str) -> Listing:
    region = Region.objects.filter(country=current_profile().country).first()
    response = client.post(
        "/post/",
        {
            "category": "phones",
            "region": region.slug,
            "title": title,
            "description": description,
            "price_kind": "fixed",
            "price": "150000",
            "contact_phone": "+77017246668",
            "publish": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert response["Location"] == "/my/"
    return Listing.objects.get(title=title)


def status_of(listing: Listing) -> str:
    return Listing.objects.values_list("status", flat=True).get(pk=listing.pk)


def test_posted_ads_wait_in_redis_and_the_worker_moderates_them(logged_in_client, celery_worker: Worker):
    clean = post_ad(
        logged_in_client, title="Samsung Galaxy S21, 128 GB", description="Телефон в отличном состоянии, с коробкой."
    )
    dirty = post_ad(logged_in_client, title="Xiaomi Redmi Note 12", description=PHONE_IN_TEXT)

    # No worker yet: both wait, and their messages are in the broker's moderation queue.
    assert status_of(clean) == ListingStatus.PENDING
    assert status_of(dirty) == ListingStatus.PENDING
    assert queue_length("moderation") == 2
    assert not CheckResult.objects.exists()

    celery_worker.start()
    celery_worker.wait_for(
        lambda: status_of(clean) != ListingStatus.PENDING and status_of(dirty) != ListingStatus.PENDING,
        timeout=45,
        message="both ads checked by the worker",
    )

    assert status_of(clean) == ListingStatus.ACTIVE
    assert status_of(dirty) == ListingStatus.REJECTED
    assert CheckResult.objects.get(revision__listing=clean).decision in ("approve", "fix")
    rejected = CheckResult.objects.get(revision__listing=dirty)
    assert rejected.decision == "reject"
    assert "contact.phone" in {v["code"] for v in rejected.violations}
    assert celery_worker.tasks_received() >= 2  # the worker, not this process, ran the checks
    assert "term lists ready" in celery_worker.log()  # built as the worker started, not in a task
    assert queue_length("moderation") == 0

    # "My ads" shows the outcome and the reason.
    page = logged_in_client.get("/my/").content.decode()
    assert 'data-status="active"' in page
    assert 'data-status="rejected"' in page
    assert 'data-code="contact.phone"' in page


def test_lost_check_is_re_enqueued_by_the_sweeper(logged_in_client, celery_worker: Worker, settings):
    settings.MODERATION_STALE_SECONDS = 0
    listing = post_ad(logged_in_client, title="Apple iPhone 12, 64 GB", description="Телефон в хорошем состоянии.")
    # The enqueue is lost (as if the web process died right after commit, or Redis lost it).
    assert purge_queues() == 1
    assert queue_length("moderation") == 0

    celery_worker.start()
    assert status_of(listing) == ListingStatus.PENDING  # nothing for the worker to do

    assert services.sweep_stale_revisions() == (1, 0)
    revision = listing.revisions.get()
    assert revision.check_attempts == 2

    celery_worker.wait_for(
        lambda: status_of(listing) == ListingStatus.ACTIVE, timeout=45, message="the swept revision checked"
    )
    revision.refresh_from_db()
    assert revision.state != RevisionState.PENDING
    assert CheckResult.objects.filter(revision=revision).count() == 1
    assert celery_worker.tasks_received() == 1
    # A second sweep finds nothing stale any more.
    assert services.sweep_stale_revisions() == (0, 0)
