"""The rules' database context: duplicates and prices judged from the marketplace's own rows."""

from __future__ import annotations

import pytest

from listings.enums import ListingStatus
from listings.services import create_listing, delete_listing
from moderation.context import DatabaseContext
from moderation.models import CheckResult
from tests.factories import content

IPHONE = {
    "title": "Apple iPhone 5S Black, 32 GB",
    "description": "iPhone 5S, black, 32 GB, battery holds a day, small scratch on the back.",
    "attributes": {"brand": "Apple", "model": "iPhone 5S", "memory_gb": 32, "colour": "black"},
    "price": 45000,
}


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    def make(owner, **overrides):
        with django_capture_on_commit_callbacks(execute=True):
            listing = create_listing(owner=owner, content=content(**overrides), photos=[])
        listing.refresh_from_db()
        return listing

    return make


def codes(listing) -> list[str]:
    return CheckResult.objects.get(revision=listing.latest_revision).codes


def test_same_product_of_the_same_seller_in_another_category_is_a_duplicate(post, seller):
    first = post(seller, **IPHONE)
    second = post(
        seller, **{**IPHONE, "category": "accessories", "region": "astana", "title": "Apple iPhone 5S black 32GB"}
    )

    assert first.status == ListingStatus.ACTIVE
    assert second.status == ListingStatus.REJECTED
    result = CheckResult.objects.get(revision=second.latest_revision)
    assert {
        "code": "duplicate.same_user",
        "field": "listing",
        "evidence": str(first.pk),
        "action": "reject",
    } in result.violations


def test_a_different_model_is_not_a_duplicate(post, seller):
    post(seller, **IPHONE)
    other = post(
        seller,
        **{**IPHONE, "title": "Apple iPhone 6 Gold, 64 GB", "description": "iPhone 6 in gold, 64 GB, like new.",
           "attributes": {"brand": "Apple", "model": "iPhone 6", "memory_gb": 64, "colour": "gold"}},
    )  # fmt: skip
    assert other.status == ListingStatus.ACTIVE, codes(other)


def test_same_text_from_another_account_goes_to_review(post, seller, make_user):
    text = {
        "title": "Sofa bed Milan, grey velour",
        "description": "Folding sofa bed Milan, grey velour, 210 cm, linen drawer, pet-free home, pick up only.",
        "category": "furniture",
    }
    post(seller, **text)
    copy = post(make_user("copycat@example.com"), **text)

    assert copy.status == ListingStatus.PENDING
    assert "duplicate.cross_account" in codes(copy)
    assert copy.latest_revision.state == "review"


def test_deleted_and_posted_again_is_a_repost(post, seller, django_capture_on_commit_callbacks):
    first = post(seller, **IPHONE)
    delete_listing(listing=first, actor=seller)

    again = post(seller, **IPHONE)

    assert again.status == ListingStatus.REJECTED
    assert "duplicate.repost" in codes(again)


def test_context_never_returns_the_ad_under_check(post, seller):
    first = post(seller, **IPHONE)
    context = DatabaseContext(exclude_listing_id=first.pk)
    from moderation.snapshots import snapshot_of

    snapshot = snapshot_of(first.latest_revision)
    assert context.other_ads_of_user(snapshot, days=30) == []
    assert context.active_ads_count(str(seller.pk)) == 0
    assert DatabaseContext().active_ads_count(str(seller.pk)) == 1


def test_unrealistic_price_uses_comparable_ads_under_emarket_az(post, make_user, settings):
    settings.MARKETPLACE_POLICY = "emarket_az"
    sellers = [make_user(f"s{i}@example.com") for i in range(8)]
    colours = ["black", "violet", "grey", "yellow"]
    for i, owner in enumerate(sellers[:4]):  # the same model: its comparables, whatever the memory or colour
        post(
            owner,
            region="baku",
            title=f"Samsung Galaxy S24 Ultra {256 * (1 + i % 2)} GB {colours[i]}",
            description=f"Bought this spring, in a case since day one, unit {i}.",
            price=1800 + 25 * i,
            currency="AZN",
            contact_phone=f"+99450123450{i}",
        )
    for i, owner in enumerate(sellers[4:], start=4):  # other phones of the category are no comparables
        post(
            owner,
            region="baku",
            title=f"Xiaomi Redmi Note {i + 6}",
            description="Works well, small scratch on the back.",
            price=150 + i,
            currency="AZN",
            contact_phone=f"+99450123450{i}",
        )
    cheap = post(
        make_user("cheap@example.com"),
        region="baku",
        title="Samsung Galaxy S24 Ultra",
        description="Samsung Galaxy S24 Ultra 256 GB, sealed box, urgent sale.",
        price=200,
        currency="AZN",
        contact_phone="+994501234599",
    )
    assert "price.unrealistic" in codes(cheap)
    assert cheap.latest_revision.state == "review"
    other_model = post(
        make_user("other@example.com"),
        region="baku",
        title="Samsung Galaxy S21 Ultra",
        description="Samsung Galaxy S21 Ultra 128 GB, works well.",
        price=300,
        currency="AZN",
        contact_phone="+994501234598",
    )
    assert "price.unrealistic" not in codes(other_model)  # no S21 to compare with


def test_contact_of_another_account_is_flagged(post, seller, make_user):
    seller.phone = "+77017246668"
    seller.save()
    other = post(
        make_user("other@example.com"), contact_phone="+77017246668", title="Lenovo ThinkPad T480", category="computers"
    )
    assert "contact.third_party" in codes(other)


def test_a_categorys_limit_set_in_the_admin_holds_under_emarket_az(post, seller, settings, admin_client):
    settings.MARKETPLACE_POLICY = "emarket_az"
    from listings.models import Category

    books = Category.objects.get(slug="books")
    response = admin_client.post(
        f"/admin/listings/category/{books.pk}/change/",
        {"slug": "books", "name": books.name, "parent": books.parent_id, "position": books.position,
         "posting_limit_30d": 2},
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    titles = ["Harry Potter, 7 volumes", "War and Peace, 1978 edition", "Python Crash Course, 3rd ed."]
    ads = [post(seller, category="books", title=t, description=f"{t}, good condition.", price=20) for t in titles]

    assert [ad.status for ad in ads[:2]] == [ListingStatus.ACTIVE, ListingStatus.ACTIVE]
    assert ads[2].status == ListingStatus.REJECTED
    assert "account.limit" in codes(ads[2])
    # Elsewhere the profile's default (10 in 30 days) holds.
    other = post(seller, category="phones", title="Nokia 3310", description="Works, battery holds a week.", price=20)
    assert other.status == ListingStatus.ACTIVE, codes(other)
