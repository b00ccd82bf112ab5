"""The seller is told, in their language, why an ad did not go up as sent; once per decision."""

from __future__ import annotations

from django.core import mail

from listings.services import create_listing
from moderation.models import CheckResult, Decision
from moderation.notifications import notify_check_result
from moderation.services import decide_by_moderator, send_to_human_review
from tests.factories import content


def post(owner, capture, **overrides):
    with capture(execute=True):
        listing = create_listing(owner=owner, content=content(**overrides), photos=[])
    listing.refresh_from_db()
    return listing


def test_rejection_email_in_the_sellers_language_with_reasons(make_user, django_capture_on_commit_callbacks):
    seller = make_user("kk@example.com", language="kk")
    listing = post(seller, django_capture_on_commit_callbacks, description="Хабарласыңыз 8 701 724 66 68")

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    from moderation.rules.reasons import reason

    title, explanation = reason("contact.phone", "kk")
    assert message.to == ["kk@example.com"]
    assert listing.title in message.subject
    assert title in message.body and explanation in message.body and "8 701 724 66 68" in message.body
    assert f"/ad/{listing.pk}/edit/" in message.body


def test_a_clean_ad_sends_nothing(seller, django_capture_on_commit_callbacks):
    post(seller, django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_each_result_is_sent_once(seller, django_capture_on_commit_callbacks):
    listing = post(seller, django_capture_on_commit_callbacks, description="пишите shop@mail.kz")
    result = CheckResult.objects.get(revision=listing.latest_revision)
    assert len(mail.outbox) == 1
    assert notify_check_result(result_id=result.pk) is False  # a re-delivered task sends nothing
    assert len(mail.outbox) == 1


def test_moderator_rejection_sends_the_note(seller, make_user, django_capture_on_commit_callbacks):
    moderator = make_user("mod@example.com", is_staff=True)
    listing = create_listing(owner=seller, content=content(), photos=[])
    send_to_human_review(revision_id=listing.latest_revision_id, note="check failed")
    with django_capture_on_commit_callbacks(execute=True):
        decide_by_moderator(
            revision=listing.latest_revision, moderator=moderator, decision=Decision.REJECT,
            codes=["text.multiple_items"], note="One product per ad, please.",
        )  # fmt: skip
    assert len(mail.outbox) == 1
    assert "One product per ad, please." in mail.outbox[0].body
