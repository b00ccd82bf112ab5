"""Strikes escalate to a blacklist and a block (RULES.md: 2 strikes, jer_kz 3); blacklisted contacts
and blocked accounts cannot post; accounts on one device are linked."""

from __future__ import annotations

import csv

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

from accounts.models import BlacklistEntry, Device
from accounts.queries import is_blacklisted, strike_count
from accounts.services import add_to_blacklist
from listings.enums import ListingStatus
from listings.models import Listing
from listings.services import create_listing
from moderation.context import DatabaseContext
from moderation.models import CheckResult
from tests.factories import content
from tests.listings.test_views import ad_form

WEAPONS = {"title": "Пистолет Макарова", "description": "Продам пистолет, патроны в подарок."}


def codes_of(listing: Listing) -> list[str]:
    return CheckResult.objects.get(revision=listing.latest_revision).codes


def post_ad(client, capture, **overrides) -> Listing:
    with capture(execute=True):
        response = client.post(reverse("listings:create"), ad_form(**overrides))
    assert response.status_code == 302
    return Listing.objects.order_by("-pk").first()


def test_two_blocks_under_olx_kz_blacklist_and_block_the_seller(
    client, make_user, django_capture_on_commit_callbacks, settings
):
    settings.MARKETPLACE_POLICY = "olx_kz"
    seller = make_user("bad@example.com", phone="+77017246668", language="en")
    client.force_login(seller)

    first = post_ad(client, django_capture_on_commit_callbacks, **WEAPONS)

    assert first.status == ListingStatus.BLOCKED
    assert strike_count(seller.pk) == 1
    seller.refresh_from_db()
    assert seller.blocked_at is None  # the first strike is a warning
    assert not BlacklistEntry.objects.exists()
    warning = [m for m in mail.outbox if m.subject == "Warning: your ad broke the site's rules"]
    assert len(warning) == 1 and warning[0].to == ["bad@example.com"]
    assert "After 1 more such violation" in warning[0].body

    second = post_ad(
        client, django_capture_on_commit_callbacks, title="Продам обрез", description="Обрез, патроны в подарок."
    )

    assert second.status == ListingStatus.BLOCKED
    assert strike_count(seller.pk) == 2
    seller.refresh_from_db()
    assert seller.blocked_at is not None
    assert set(BlacklistEntry.objects.values_list("kind", "value", "source")) == {
        ("phone", "+77017246668", "strike"),
        ("email", "bad@example.com", "strike"),
    }
    assert any(m.subject == "Your account is blocked" for m in mail.outbox)

    # A session opened before the block cannot post any more ...
    response = client.get(reverse("listings:create"))
    assert response.status_code == 302 and response.url == reverse("listings:my_listings")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("listings:create"), ad_form())
    assert Listing.objects.filter(owner=seller).count() == 2
    # ... and the account cannot log in again.
    client.logout()
    response = client.post(reverse("account_login"), {"login": "bad@example.com", "password": "a-long-password-1"})
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


def test_another_account_using_a_blacklisted_phone_is_blocked(client, make_user, django_capture_on_commit_callbacks):
    add_to_blacklist(kind="phone", value="8 701 724 66 68", reason="fraud", country="KZ")
    other = make_user("other@example.com")
    client.force_login(other)

    listing = post_ad(client, django_capture_on_commit_callbacks, contact_phone="+7 (701) 724-66-68")

    assert listing.status == ListingStatus.BLOCKED
    assert "account.blacklisted" in codes_of(listing)
    assert strike_count(other.pk) == 1


def test_a_blacklisted_profile_phone_blocks_ads_with_other_contacts(make_user, django_capture_on_commit_callbacks):
    add_to_blacklist(kind="email", value="Seller@Example.com", country="KZ")
    seller = make_user("seller@example.com")

    with django_capture_on_commit_callbacks(execute=True):
        listing = create_listing(owner=seller, content=content(contact_phone="+77017777777"), photos=[])

    listing.refresh_from_db()
    assert listing.status == ListingStatus.BLOCKED
    assert "account.blacklisted" in codes_of(listing)


def test_jer_kz_blacklists_on_the_third_strike(make_user, django_capture_on_commit_callbacks, settings):
    settings.MARKETPLACE_POLICY = "jer_kz"
    seller = make_user("bad@example.com", phone="+77017246668", language="en")
    titles = ["Пистолет Макарова", "Продам обрез", "Продам карабин"]

    for number, title in enumerate(titles, start=1):
        with django_capture_on_commit_callbacks(execute=True):
            listing = create_listing(
                owner=seller, content=content(title=title, description="Патроны в подарок, звоните."), photos=[]
            )
        listing.refresh_from_db()
        assert listing.status == ListingStatus.BLOCKED
        seller.refresh_from_db()
        assert strike_count(seller.pk) == number
        assert (seller.blocked_at is not None) is (number == 3)

    assert is_blacklisted(phone="+77017246668") and is_blacklisted(email="BAD@example.com")
    assert sum(m.subject.startswith("Warning") for m in mail.outbox) == 2


def test_blacklist_lookup_ignores_formatting(db):
    add_to_blacklist(kind="phone", value="+7 701 724 66 68", country="KZ")

    assert is_blacklisted(phone="+7 (701) 724-66-68")
    assert not is_blacklisted(phone="+77017246669")
    assert not is_blacklisted()


def test_accounts_on_one_device_are_linked(client, make_user, django_capture_on_commit_callbacks):
    first, second = make_user("first@example.com"), make_user("second@example.com")
    client.get(reverse("listings:home"))  # the browser gets its cookie
    client.force_login(first)
    post_ad(client, django_capture_on_commit_callbacks, title="Samsung Galaxy S21 black")
    client.force_login(second)  # same browser (client.logout() would drop its cookies too)

    listing = post_ad(client, django_capture_on_commit_callbacks, title="Xiaomi Redmi Note 10", contact_phone="")

    assert Device.objects.filter(user=first).values("fingerprint").get() == (
        Device.objects.filter(user=second).values("fingerprint").get()
    )
    assert DatabaseContext().linked_accounts(str(second.pk)) == [str(first.pk)]
    assert "account.linked" in codes_of(listing)


def test_each_browser_gets_its_own_device_cookie(client, db):
    first = client.get(reverse("listings:home")).cookies["device"].value
    client.cookies.clear()
    second = client.get(reverse("listings:home")).cookies["device"].value

    assert len(first) == 32 and first != second


def test_import_skips_bad_lines_and_export_round_trips(db, tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text(
        "kind,value,reason\nphone,8 701 724 66 68,fraud\nemail,Spam@Example.com,spam\nfax,123,nope\nphone,12,short\n"
    )

    with pytest.raises(CommandError):
        call_command("import_blacklist", str(source), "--dry-run")
    assert not BlacklistEntry.objects.exists()

    with pytest.raises(CommandError):
        call_command("import_blacklist", str(source))

    errors = capsys.readouterr().err
    assert "in.csv:4:" in errors and "in.csv:5:" in errors
    assert set(BlacklistEntry.objects.values_list("kind", "value", "reason", "source")) == {
        ("phone", "+77017246668", "fraud", "import"),
        ("email", "spam@example.com", "spam", "import"),
    }

    target = tmp_path / "out.csv"
    call_command("export_blacklist", str(target))
    with open(target, newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["kind", "value", "reason"]
    assert sorted(rows[1:]) == [["email", "spam@example.com", "spam"], ["phone", "+77017246668", "fraud"]]

    call_command("import_blacklist", str(target))  # nothing bad, nothing new
    assert BlacklistEntry.objects.count() == 2
