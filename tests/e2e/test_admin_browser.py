"""A moderator's path in a real browser: log in to the admin, claim the next item of the review
queue, reject the ad with a reason; the seller is told by e-mail and sees the reason in "My ads"."""

from __future__ import annotations

import os

import pytest
from django.core import mail

from listings.enums import ListingStatus
from listings.services import create_listing
from moderation.models import ReviewItem
from moderation.services import report_listing, send_to_human_review
from tests.e2e.test_browser import ARTIFACTS, browser_page  # noqa: F401  (fixture)
from tests.factories import content

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
pytestmark = [pytest.mark.browser]

PASSWORD = "Moderator-Password-7"


def test_moderator_claims_and_rejects_in_the_admin(live_server, browser_page, make_user, django_user_model):  # noqa: F811
    seller = make_user("seller-e2e@example.com")
    listing = create_listing(owner=seller, content=content(title="Sony PlayStation 5, two gamepads"), photos=[])
    listing.refresh_from_db()
    if listing.status == ListingStatus.ACTIVE:
        # Checked in-process and published: a buyer reports it.
        report_listing(listing=listing, reason="other", text="Продаёт сразу несколько вещей")
    else:
        # With a broker the check waits in Redis (no worker in this test): it goes to a human.
        send_to_human_review(revision_id=listing.latest_revision_id, note="needs a look")
    assert ReviewItem.objects.filter(revision__listing=listing).exists()
    moderator = django_user_model.objects.create_superuser(email="moderator-e2e@example.com", password=PASSWORD)
    page = browser_page

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", moderator.email)
    page.fill("input[name=password]", PASSWORD)
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/moderation/reviewitem/claim-next/")
    page.wait_for_selector("text=Sony PlayStation 5")
    assert ReviewItem.objects.get(revision__listing=listing).claimed_by == moderator

    page.select_option("select[name=decision]", "reject")
    page.check("input[name=codes][value='text.multiple_items']")
    page.fill("textarea[name=note]", "Одно объявление — один товар.")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "e2e-admin-review.png"), full_page=True)
    page.click("input[type=submit][value]:not([name])")
    page.wait_for_load_state()

    listing.refresh_from_db()
    assert listing.status == ListingStatus.REJECTED
    assert len(mail.outbox) == 1 and "Одно объявление — один товар." in mail.outbox[0].body
    assert mail.outbox[0].to == [seller.email]
