"""The moderators' review queue: items from every source, claiming, the review page, decisions."""

from __future__ import annotations

import datetime as dt
import os
import threading

import pytest
from django.core import mail
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from listings.enums import ListingStatus, RevisionState
from listings.models import Category
from listings.services import TransitionError, create_listing, update_listing
from moderation import services
from moderation.models import (
    Decision,
    ModeratorDecision,
    Notice,
    ReviewEvent,
    ReviewItem,
    ReviewSource,
    ReviewStatus,
)
from tests.factories import content

QUEUE = "/admin/moderation/reviewitem/"
ADS = [
    ("Apple iPhone 13, 128 GB", "Phone in good condition, battery 89%, with box and charger."),
    ("Samsung Galaxy S21 Ultra", "Bought last spring, screen without scratches, two cases included."),
    ("Xiaomi Redmi Note 12", "Green colour, dual SIM, works perfectly, original receipt kept."),
    ("Google Pixel 7 Pro", "Camera is excellent, sold because I moved to another brand."),
    ("Nokia 3310 classic", "Legendary handset, the battery lasts a week, orange front cover."),
    ("Sony Xperia 5 IV", "Compact flagship, black, a small dent on the corner, fast charger."),
]


@pytest.fixture(autouse=True)
def _english(settings):
    """The pages are asserted in English; the site's default language is Russian."""
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def moderator(make_user):
    return make_user("mod@example.com", is_staff=True, is_superuser=True)


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Create an ad and run its check (and the notices) as the worker would."""

    def make(owner, **overrides):
        with django_capture_on_commit_callbacks(execute=True):
            listing = create_listing(owner=owner, content=content(**overrides), photos=[])
        listing.refresh_from_db()
        return listing

    return make


@pytest.fixture
def flagged(publish, seller, make_user):
    """An ad the rules send to a moderator (the same ad already posted by another account)."""

    def make(n: int = 0):
        other = make_user(f"first{n}@example.com")
        title, description = ADS[n]
        publish(other, title=title, description=description, contact_phone=f"+7701724000{n}")
        return publish(seller, title=title, description=description)

    return make


def test_a_rule_flag_opens_one_queue_item(flagged):
    listing = flagged()

    assert listing.status == ListingStatus.PENDING
    item = ReviewItem.objects.get()
    assert (item.source, item.status, item.revision_id) == (
        ReviewSource.RULE_FLAG,
        ReviewStatus.OPEN,
        listing.latest_revision_id,
    )
    assert item.base_priority >= services.SOURCE_PRIORITY[ReviewSource.RULE_FLAG] + services.SEVERITY["review"]
    assert list(item.events.values_list("action", flat=True)) == ["created"]


def test_a_failed_check_opens_a_queue_item(seller):
    listing = create_listing(owner=seller, content=content(), photos=[])
    services.send_to_human_review(revision_id=listing.latest_revision_id, note="automatic check failed: test")

    assert ReviewItem.objects.get().source == ReviewSource.CHECK_FAILED


def test_claim_review_and_reject_through_the_admin(
    moderator_client, moderator, flagged, seller, django_capture_on_commit_callbacks
):
    listing = flagged()
    item = ReviewItem.objects.get()

    claimed = moderator_client.get(QUEUE + "claim-next/")
    assert claimed.status_code == 302 and claimed["Location"].endswith(f"/{item.pk}/review/")
    item.refresh_from_db()
    assert (item.status, item.claimed_by) == (ReviewStatus.CLAIMED, moderator)

    page = moderator_client.get(claimed["Location"]).content.decode()
    assert listing.latest_revision.title in page and "duplicate.cross_account" in page
    assert "You hold this item" in page

    listing_page = moderator_client.get(QUEUE).content.decode()
    assert "mod@example.com" in listing_page  # the list shows who holds the item

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(
            claimed["Location"],
            {"decision": "reject", "codes": ["duplicate.cross_account", "contact.phone"], "note": "Post it once."},
        )
    assert response.status_code == 302
    listing.refresh_from_db()
    item.refresh_from_db()
    assert listing.status == ListingStatus.REJECTED and item.status == ReviewStatus.DECIDED
    decision = ModeratorDecision.objects.get()
    assert decision.confirmed == ["duplicate.cross_account"] and decision.overturned == []
    event = item.events.get(action="decided")
    assert (event.actor, event.decision, event.confirmed) == (moderator, "reject", ["duplicate.cross_account"])
    # The seller hears it by e-mail and on the site, with both reasons and the note.
    assert len(mail.outbox) == 1 and "Post it once." in mail.outbox[0].body
    notice = Notice.objects.get(user=seller)
    assert {r["code"] for r in notice.reasons} == {"duplicate.cross_account", "contact.phone"}


def test_the_seller_sees_the_notice_in_my_ads_and_on_the_notices_page(
    client, moderator, flagged, seller, django_capture_on_commit_callbacks
):
    listing = flagged()
    item = ReviewItem.objects.get()
    services.claim_next(moderator=moderator)
    with django_capture_on_commit_callbacks(execute=True):
        services.decide_review_item(
            item=item, moderator=moderator, decision=Decision.REJECT, codes=["contact.phone"], note="Remove the number."
        )
    client.force_login(seller)

    my = client.get("/my/").content.decode()
    assert "Remove the number." in my and 'data-code="contact.phone"' in my
    notices = client.get("/moderation/notices/").content.decode()
    assert listing.title in notices and 'data-code="contact.phone"' in notices
    assert Notice.objects.get().read_at is not None


def test_two_moderators_never_hold_the_same_item_and_claims_expire(make_user, moderator, flagged, settings):
    settings.REVIEW_CLAIM_MINUTES = 15
    flagged(1)
    other = make_user("mod2@example.com", is_staff=True, is_superuser=True)

    first = services.claim_next(moderator=moderator)
    assert services.claim_next(moderator=other) is None  # the only item is held
    assert services.claim_next(moderator=moderator) == first  # asking again returns one's own claim
    with pytest.raises(services.ReviewError):
        services.decide_review_item(item=first, moderator=other, decision=Decision.APPROVE)

    later = timezone.now() + dt.timedelta(minutes=16)
    again = services.claim_next(moderator=other, now=later)
    assert again == first and again.claimed_by == other


def test_the_most_urgent_item_comes_first_and_waiting_makes_an_item_urgent(moderator, seller, make_user, publish):
    quiet = publish(seller)
    loud = publish(make_user("b@example.com"), title=ADS[1][0], description=ADS[1][1], contact_phone="+77017240009")
    now = timezone.now()
    with transaction.atomic():
        old = services.open_review_item(
            revision=quiet.live_revision, source=ReviewSource.RECHECK, now=now - dt.timedelta(hours=5)
        )
        complaint = services.open_review_item(
            revision=loud.live_revision, source=ReviewSource.COMPLAINT, reason="fraud", now=now
        )
    assert complaint.base_priority > old.base_priority
    # Five hours of waiting outweigh the complaint's risk.
    assert services.claim_next(moderator=moderator, now=now) == old


def test_a_decision_on_a_replaced_revision_is_refused_and_the_item_cancelled(
    moderator_client, moderator, flagged, seller
):
    listing = flagged()
    item = ReviewItem.objects.get()
    update_listing(listing=listing, actor=seller, content=content(title="Something else entirely"), photos=[])

    with pytest.raises(TransitionError):
        services.decide_review_item(item=item, moderator=moderator, decision=Decision.APPROVE)
    item.refresh_from_db()
    assert item.status == ReviewStatus.CANCELLED
    assert not ModeratorDecision.objects.exists()


def test_admin_refuses_a_stale_decision_with_a_message(moderator_client, flagged, seller):
    listing = flagged()
    item = ReviewItem.objects.get()
    update_listing(listing=listing, actor=seller, content=content(title="Something else entirely"), photos=[])

    response = moderator_client.post(f"{QUEUE}{item.pk}/review/", {"decision": "approve"}, follow=True)

    assert "Not decided" in response.content.decode()
    assert not ModeratorDecision.objects.exists()


def test_approve_can_move_the_category_and_make_the_price_negotiable(moderator, flagged):
    listing = flagged()
    item = ReviewItem.objects.get()
    tablets = Category.objects.exclude(pk=listing.category_id).filter(parent__isnull=False).first()

    services.decide_review_item(
        item=item, moderator=moderator, decision=Decision.APPROVE, category_id=tablets.pk, negotiable=True
    )

    listing.refresh_from_db()
    assert listing.status == ListingStatus.ACTIVE
    assert (listing.category, listing.price_kind, listing.price) == (tablets, "negotiable", None)
    assert ModeratorDecision.objects.get().overturned == ["duplicate.cross_account"]


def test_bulk_approve_and_reject_on_the_list(moderator_client, flagged):
    first, second = flagged(1), flagged(2)
    one, two = ReviewItem.objects.order_by("id")

    moderator_client.post(QUEUE, {"action": "approve", "_selected_action": [one.pk]})
    moderator_client.post(QUEUE, {"action": "reject", "_selected_action": [two.pk]})

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (ListingStatus.ACTIVE, ListingStatus.REJECTED)
    assert ModeratorDecision.objects.get(decision="reject").codes == ["duplicate.cross_account"]


def test_post_moderation_publishes_at_once_and_a_rejection_hides_the_ad(
    settings, client, moderator_client, seller, publish, django_capture_on_commit_callbacks
):
    settings.MARKETPLACE_POLICY = "khashuri_ge"
    listing = publish(seller)

    assert listing.status == ListingStatus.ACTIVE  # visible before anyone looked
    item = ReviewItem.objects.get()
    assert item.source == ReviewSource.POST_MODERATION and item.revision_id == listing.live_revision_id
    assert client.get(f"/ad/{listing.pk}/").status_code == 200

    mail.outbox.clear()
    review = moderator_client.get(QUEUE + "claim-next/")["Location"]
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(review, {"decision": "reject", "codes": ["contact.phone"], "note": ""})
    assert response.status_code == 302

    listing.refresh_from_db()
    assert listing.status == ListingStatus.REJECTED
    assert listing.live_revision.state == RevisionState.REJECTED
    assert client.get(f"/ad/{listing.pk}/").status_code == 404  # hidden from buyers
    assert len(mail.outbox) == 1
    assert Notice.objects.get().decision == Decision.REJECT


def test_post_moderation_approval_keeps_the_ad_up(settings, moderator, seller, publish):
    settings.MARKETPLACE_POLICY = "twobe_ge"
    listing = publish(seller, title="Телефон Apple iPhone 13", description="Телефон в хорошем состоянии, с коробкой.")
    item = ReviewItem.objects.get()

    services.decide_review_item(item=item, moderator=moderator, decision=Decision.APPROVE)

    listing.refresh_from_db()
    assert listing.status == ListingStatus.ACTIVE
    assert listing.status_changes.count() == 2  # draft→pending→active; nothing more


@pytest.mark.parametrize(
    ("policy", "status"), [("olx_kz", ListingStatus.PENDING), ("khashuri_ge", ListingStatus.ACTIVE)]
)
def test_a_resubmission_after_a_moderators_rejection_is_reviewed(
    settings, moderator, seller, publish, policy, status, django_capture_on_commit_callbacks
):
    settings.MARKETPLACE_POLICY = policy
    listing = publish(seller)
    with transaction.atomic():
        item = services.open_review_item(revision=listing.live_revision, source=ReviewSource.RECHECK)
    services.decide_review_item(item=item, moderator=moderator, decision=Decision.REJECT, codes=["contact.phone"])
    ReviewItem.objects.filter(status=ReviewStatus.OPEN).update(status=ReviewStatus.CANCELLED)

    with django_capture_on_commit_callbacks(execute=True):
        update_listing(listing=listing, actor=seller, content=content(title="Apple iPhone 13, fixed"), photos=[])

    listing.refresh_from_db()
    assert listing.status == status
    resubmission = ReviewItem.objects.get(status=ReviewStatus.OPEN)
    assert resubmission.source == ReviewSource.RESUBMISSION
    assert resubmission.revision_id == listing.latest_revision_id


def test_a_buyer_reports_an_ad_and_repeats_make_it_urgent(client, seller, publish, settings):
    settings.REPORTS_PER_HOUR = 3
    listing = publish(seller)
    page = client.get(f"/ad/{listing.pk}/").content.decode()
    assert "Report this ad" in page

    client.post(f"/moderation/report/{listing.pk}/", {"reason": "fraud", "text": "Asks for a prepayment"})
    item = ReviewItem.objects.get()
    assert (item.source, item.reason, item.note) == (ReviewSource.COMPLAINT, "fraud", "Asks for a prepayment")
    first_priority = item.base_priority

    client.post(f"/moderation/report/{listing.pk}/", {"reason": "duplicate"})
    item.refresh_from_db()
    assert ReviewItem.objects.count() == 1 and item.base_priority > first_priority
    assert item.events.filter(action="repeated").count() == 1

    client.post(f"/moderation/report/{listing.pk}/", {"reason": "other"})
    refused = client.post(f"/moderation/report/{listing.pk}/", {"reason": "other"}, follow=True)
    assert "too many reports" in refused.content.decode()
    assert item.events.count() == 3  # created + 2 repeats; the 4th report was refused


def test_a_report_needs_a_reason_and_a_public_ad(client, seller):
    listing = create_listing(owner=seller, content=content(), photos=[])  # still pending
    assert client.post(f"/moderation/report/{listing.pk}/", {"reason": "fraud"}).status_code == 404
    assert not ReviewItem.objects.exists()


def test_dashboard_shows_the_queue_decisions_and_overturned_rules(
    moderator_client, moderator, flagged, publish, seller
):
    flagged(1)
    flagged(2)
    first = ReviewItem.objects.order_by("id").first()
    services.decide_review_item(item=first, moderator=moderator, decision=Decision.APPROVE)

    page = moderator_client.get(QUEUE + "dashboard/").content.decode()

    assert '<td id="queue-size">1</td>' in page
    assert "mod@example.com" in page
    assert "<code>duplicate.cross_account</code></td><td>0</td><td>1</td><td>100%" in page
    figures = services_dashboard()
    # 4 checks today: 2 first ads approved without a human, 2 flagged ones sent to the queue.
    assert (figures["checks"]["automatic"], figures["checks"]["total"]) == (2, 4)


def services_dashboard():
    from moderation.queries import queue_dashboard

    return queue_dashboard()


def _count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_queue_pages_take_a_constant_number_of_queries(
    moderator_client, moderator, flagged, publish, seller, django_assert_max_num_queries
):
    publish(seller, title=ADS[0][0], description=ADS[0][1])  # the side-by-side columns are never empty
    flagged(1)
    item = ReviewItem.objects.get()
    services.claim_item(item=item, moderator=moderator)
    small = {url: _count_queries(moderator_client, url) for url in [QUEUE, QUEUE + "dashboard/"]}
    review_small = _count_queries(moderator_client, f"{QUEUE}{item.pk}/review/")

    for n in range(2, 6):
        flagged(n)
    for other in ReviewItem.objects.exclude(pk=item.pk)[:2]:
        services.decide_review_item(item=other, moderator=moderator, decision=Decision.REJECT, codes=["contact.phone"])
    services.decide_review_item(item=item, moderator=moderator, decision=Decision.REJECT, codes=["contact.phone"])
    busy = ReviewItem.objects.filter(status=ReviewStatus.OPEN).last()

    for url, count in small.items():
        assert _count_queries(moderator_client, url) == count, url
    assert _count_queries(moderator_client, f"{QUEUE}{busy.pk}/review/") == review_small
    with django_assert_max_num_queries(40):  # SQLite reads the 8 MinHash bands one query each
        moderator_client.get(f"{QUEUE}{busy.pk}/review/")
    with django_assert_max_num_queries(12):
        moderator_client.get(QUEUE)


def test_the_review_page_escapes_the_seller_text_and_shows_the_diff(moderator_client, moderator, seller, publish):
    listing = publish(seller)
    edit = update_listing(
        listing=listing,
        actor=seller,
        content=content(description="Новое <script>alert(1)</script> описание"),
        photos=[],
    )
    services.send_to_human_review(revision_id=edit.pk, note="look")
    item = ReviewItem.objects.get()

    page = moderator_client.get(f"{QUEUE}{item.pk}/review/").content.decode()

    assert "<script>alert(1)</script>" not in page
    assert '<pre class="plus">+ Новое &lt;script&gt;alert(1)&lt;/script&gt; описание</pre>' in page
    assert '<pre class="minus">- Phone in good condition' in page


def test_a_moderator_without_change_permission_cannot_claim(client, make_user, flagged):
    flagged()
    viewer = make_user("viewer@example.com", is_staff=True)
    client.force_login(viewer)
    assert client.get(QUEUE + "claim-next/").status_code == 403
    assert ReviewItem.objects.get().status == ReviewStatus.OPEN


def test_events_and_decisions_are_append_only_in_the_admin(moderator_client, flagged):
    flagged()
    item = ReviewItem.objects.get()
    assert moderator_client.post(f"{QUEUE}{item.pk}/delete/", {"post": "yes"}).status_code == 403
    assert ReviewEvent.objects.count() == 1


# --- Two moderators at the same moment, on Postgres ------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_concurrent_claims_never_return_the_same_item(transactional_db, make_user, seller):
    if connection.vendor != "postgresql":
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail("REQUIRE_SERVICES=1 but the database is not Postgres: set DATABASE_URL to a Postgres server")
        pytest.skip("needs Postgres row locks (SELECT … FOR UPDATE SKIP LOCKED); set DATABASE_URL to run it")
    moderators = [make_user(f"mod{i}@example.com", is_staff=True) for i in range(4)]
    for n in range(4):
        listing = create_listing(owner=seller, content=content(title=f"Apple iPhone {n}"), photos=[])
        with transaction.atomic():
            services.open_review_item(revision=listing.latest_revision, source=ReviewSource.RECHECK)
    claimed_together = threading.Barrier(len(moderators), timeout=20)
    got: dict[int, int | None] = {}
    errors: list[BaseException] = []

    def work(moderator):
        try:
            with transaction.atomic():
                item = services.claim_next(moderator=moderator)
                # Every moderator holds their lock at the same moment: nobody may have waited for another.
                claimed_together.wait()
            got[moderator.pk] = item.pk if item else None
        except BaseException as exc:  # noqa: BLE001  (reported below, in the test's thread)
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(m,)) for m in moderators]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert not errors, errors
    assert None not in got.values()
    assert len(set(got.values())) == len(moderators)
    holders = dict(ReviewItem.objects.values_list("pk", "claimed_by_id"))
    assert {holders[pk] for pk in got.values()} == set(got)


def test_a_decision_from_the_checks_page_settles_the_queue_item(moderator_client, flagged):
    flagged()
    item = ReviewItem.objects.get()
    result = item.revision.check_result

    moderator_client.post("/admin/moderation/checkresult/", {"action": "approve", "_selected_action": [result.pk]})

    item.refresh_from_db()
    assert item.status == ReviewStatus.DECIDED
    assert item.events.get(action="decided").overturned == ["duplicate.cross_account"]


def test_a_published_ad_can_be_sent_for_a_recheck(moderator_client, seller, publish):
    listing = publish(seller)
    result = listing.live_revision.check_result

    moderator_client.post(
        "/admin/moderation/checkresult/?waiting=all", {"action": "recheck", "_selected_action": [result.pk]}
    )

    item = ReviewItem.objects.get()
    assert (item.source, item.revision_id) == (ReviewSource.RECHECK, listing.live_revision_id)
