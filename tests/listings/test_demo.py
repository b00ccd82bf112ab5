"""load_demo_data: sellers, moderator and ads that go through the real moderation pipeline."""

from __future__ import annotations

import random
import re

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command

from accounts.models import User
from listings import demo
from listings.enums import ListingStatus
from listings.models import Category, Listing, Region
from moderation.models import CheckResult
from moderation.queries import current_profile

KAZAKH = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)
AZERBAIJANI = re.compile(r"[əƏ]")
GEORGIAN = re.compile(r"[\u10a0-\u10ff]")
RUSSIAN_ONLY = re.compile(r"[ыэъё]", re.IGNORECASE)
DEMO_ADS = 40  # enough for every kind of deliberate violation (10 % of ads, four kinds)
SMALL = 6  # the runs that only test idempotence stay small: every ad is read by OCR
ENGLISH = re.compile(r"\b(?:for sale|selling|condition|experience|location|months|flat|room|hiring)\b", re.IGNORECASE)


def load(django_capture_on_commit_callbacks, **options):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_data", **options)


def languages_of(listings) -> set[str]:
    found = set()
    for listing in listings:
        text = f"{listing.title} {listing.description}"
        if GEORGIAN.search(text):
            found.add("ka")
        elif AZERBAIJANI.search(text):
            found.add("az")
        elif KAZAKH.search(text):
            found.add("kk")
        elif RUSSIAN_ONLY.search(text):
            found.add("ru")
        elif ENGLISH.search(text):
            found.add("en")
    return found


def planned(*, seed: int, count: int) -> list[demo.AdPlan]:
    profile = current_profile()
    return demo.plan_ads(
        rng=random.Random(seed),
        count=count,
        profile=profile,
        sellers=demo.plan_sellers(profile),
        categories=list(Category.objects.filter(children__isnull=True).order_by("parent__position", "position")),
        regions=list(Region.objects.filter(country=profile.country).order_by("position")),
    )


@pytest.fixture
def loaded(db, django_capture_on_commit_callbacks):
    load(django_capture_on_commit_callbacks, ads=DEMO_ADS, seed=1)
    return list(Listing.objects.select_related("category__parent", "latest_revision__check_result").order_by("pk"))


def check_sellers_have_verified_emails_and_valid_phones(loaded):
    sellers = User.objects.filter(email__endswith="@demo.local").exclude(email=demo.MODERATOR_EMAIL)
    assert sellers.count() == demo.SELLER_COUNT
    for seller in sellers:
        assert EmailAddress.objects.filter(user=seller, email=seller.email, verified=True, primary=True).exists()
        assert seller.phone.startswith("+7")  # the default profile is Kazakhstan's
        assert seller.check_password(demo.SELLER_PASSWORD)
    assert len({s.phone for s in sellers}) == demo.SELLER_COUNT


def check_moderator_is_staff_in_the_moderators_group(loaded):
    moderator = User.objects.get(email=demo.MODERATOR_EMAIL)
    assert moderator.is_staff and not moderator.is_superuser
    assert moderator.groups.filter(name=demo.MODERATORS_GROUP).exists()
    assert moderator.check_password(demo.MODERATOR_PASSWORD)
    assert EmailAddress.objects.filter(user=moderator, verified=True).exists()
    for perm in ["moderation.view_checkresult", "moderation.change_checkresult", "listings.change_listing",
                 "listings.view_revision", "listings.change_revision"]:  # fmt: skip
        assert moderator.has_perm(perm), perm


def check_ads_are_spread_over_categories_and_languages(loaded):
    assert len(loaded) == DEMO_ADS
    roots = {(listing.category.parent or listing.category).slug for listing in loaded}
    assert len(roots) >= 5
    assert len(languages_of(loaded)) >= 4
    assert all(listing.currency == "KZT" for listing in loaded)
    jobs = [listing for listing in loaded if listing.category.slug == "vacancies"]
    assert all(listing.attributes.get("company") and listing.attributes.get("position") for listing in jobs)
    assert any(listing.has_photos for listing in loaded)


def check_every_ad_was_checked_clean_ones_mostly_active_violators_caught(loaded):
    plan = planned(seed=1, count=DEMO_ADS)
    # the same seed gives the same ads, in order: that is how the deliberate violators are found
    assert [listing.category.slug for listing in loaded] == [ad.category.slug for ad in plan]
    assert CheckResult.objects.count() == DEMO_ADS
    clean = [listing for listing, ad in zip(loaded, plan, strict=True) if not ad.violation]
    violators = [(listing, ad) for listing, ad in zip(loaded, plan, strict=True) if ad.violation]
    assert {ad.violation for _, ad in violators} >= {"phone", "email", "caps"}
    active = sum(1 for listing in clean if listing.status == ListingStatus.ACTIVE)
    assert active >= 0.7 * len(clean)
    for listing, ad in violators:
        result = listing.latest_revision.check_result
        assert result.violations, (ad.violation, listing.title)
        if ad.violation == "token_price":  # olx_kz turns a token price into "negotiable" instead
            assert "price.conditional" in result.codes
        else:
            assert listing.status != ListingStatus.ACTIVE, (ad.violation, listing.title, result.codes)


def test_the_demo_data_set(loaded):
    """One load (it takes a while: every ad goes through the real pipeline), every property checked."""
    check_sellers_have_verified_emails_and_valid_phones(loaded)
    check_moderator_is_staff_in_the_moderators_group(loaded)
    check_ads_are_spread_over_categories_and_languages(loaded)
    check_every_ad_was_checked_clean_ones_mostly_active_violators_caught(loaded)


@pytest.fixture
def small(db, django_capture_on_commit_callbacks):
    load(django_capture_on_commit_callbacks, ads=SMALL, seed=1)
    return list(Listing.objects.order_by("pk"))


def test_a_second_run_adds_nothing(small, django_capture_on_commit_callbacks, capsys):
    users = User.objects.count()
    load(django_capture_on_commit_callbacks, ads=SMALL, seed=1)
    assert Listing.objects.count() == SMALL
    assert User.objects.count() == users
    assert "already exists" in capsys.readouterr().out


def test_force_adds_more_ads_without_repeating_sellers(small, django_capture_on_commit_callbacks):
    users = User.objects.count()
    load(django_capture_on_commit_callbacks, ads=5, seed=1, force=True)
    assert Listing.objects.count() == SMALL + 5
    assert User.objects.count() == users
    first = {listing.title for listing in small}
    assert len({listing.title for listing in Listing.objects.order_by("-pk")[:5]} - first) >= 3


def test_dry_run_writes_nothing(db, capsys):
    call_command("load_demo_data", ads=20, seed=3, dry_run=True)
    assert Listing.objects.count() == 0
    assert not User.objects.exists()
    out = capsys.readouterr().out
    assert "dry run: would create 15 sellers" in out
    assert out.count("\nad ") == 20
