"""Seller and public pages through Django's test client."""

from __future__ import annotations

import pytest
from django.urls import reverse

from listings.enums import ListingStatus
from listings.models import Listing, ListingPhoto
from listings.services import create_listing
from moderation.queries import current_profile
from tests.factories import content


def ad_form(**overrides) -> dict:
    region = current_profile().country
    from listings.models import Region

    data = {
        "category": "phones",
        "region": Region.objects.filter(country=region).first().slug,
        "title": "Samsung Galaxy S21, 128 GB",
        "description": "Works perfectly, no scratches, sold with a case.",
        "price_kind": "fixed",
        "price": "180000",
        "contact_phone": "8 701 724 66 68",
        "contact_email": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def active_ad(seller, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        listing = create_listing(owner=seller, content=content(title="Apple iPhone 12 mini blue"), photos=[])
    listing.refresh_from_db()
    assert listing.status == ListingStatus.ACTIVE
    return listing


def test_post_ad_with_photo_is_moderated_and_listed(seller_client, jpeg_upload, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = seller_client.post(reverse("listings:create"), {**ad_form(), "photos": [jpeg_upload()]})

    assert response.status_code == 302
    listing = Listing.objects.get()
    assert listing.status == ListingStatus.ACTIVE
    assert listing.contact_phone == "+77017246668"  # normalised to E.164
    assert listing.has_photos and listing.photos.count() == 1
    page = seller_client.get(reverse("listings:my_listings")).content.decode()
    assert "Samsung Galaxy S21" in page and 'data-status="active"' in page


def test_rejected_ad_shows_reasons_in_my_ads(seller_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        seller_client.post(reverse("listings:create"), ad_form(description="Звоните 8 701 724 66 68"))

    page = seller_client.get(reverse("listings:my_listings") + "?tab=rejected").content.decode()
    assert 'data-code="contact.phone"' in page
    assert "8 701 724 66 68" in page


def test_form_with_errors_keeps_text_and_photos(seller_client, jpeg_upload):
    response = seller_client.post(
        reverse("listings:create"),
        {**ad_form(title="", description="My long description that must survive"), "photos": [jpeg_upload()]},
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "My long description that must survive" in page
    photo = ListingPhoto.objects.get()
    assert f'name="kept_photos" value="{photo.pk}"' in page
    assert Listing.objects.count() == 0

    # The seller fixes the title; the kept photo goes with the ad without uploading it again.
    response = seller_client.post(reverse("listings:create"), {**ad_form(), "kept_photos": [photo.pk]})
    assert response.status_code == 302
    assert list(Listing.objects.get().photos.all()) == [photo]


def test_bad_photo_is_refused_with_a_message_and_nothing_lost(seller_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    fake = SimpleUploadedFile(
        "holiday.jpg", b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", content_type="image/jpeg"
    )
    response = seller_client.post(reverse("listings:create"), {**ad_form(description="Keep me"), "photos": [fake]})

    assert response.status_code == 200
    page = response.content.decode()
    assert "holiday.jpg" in page and "Keep me" in page
    assert Listing.objects.count() == 0


def test_price_required_by_category(seller_client):
    response = seller_client.post(reverse("listings:create"), ad_form(price=""))
    assert response.status_code == 200
    assert response.context["form"].errors["price"]


def test_photo_required_by_category(seller_client):
    response = seller_client.post(reverse("listings:create"), ad_form(category="cars", title="Toyota Camry 2015"))
    assert response.status_code == 200
    assert response.context["photo_errors"]


def test_job_category_adds_its_fields(seller_client):
    response = seller_client.get(reverse("listings:create") + "?category=vacancies")
    assert "attr_company" in response.context["form"].fields

    response = seller_client.post(
        reverse("listings:create"), ad_form(category="vacancies", price_kind="negotiable", price="")
    )
    assert response.context["form"].errors["attr_company"]


def test_category_switch_rerenders_with_text_kept(seller_client):
    response = seller_client.post(
        reverse("listings:create"), {**ad_form(category="vacancies", description="Typed text"), "refresh_category": "1"}
    )
    assert response.status_code == 200
    assert not response.context["form"].is_bound  # nothing judged yet
    assert "Typed text" in response.content.decode()
    assert "attr_position" in response.context["form"].fields


def test_unverified_seller_cannot_post(client, make_user):
    user = make_user("new@example.com", verified=False)
    client.force_login(user)
    response = client.post(reverse("listings:create"), ad_form())
    assert Listing.objects.count() == 0
    assert response.status_code == 200
    assert "account/verified_email_required.html" in [t.name for t in response.templates]


def test_only_the_owner_can_change_an_ad(client, make_user, active_ad):
    other = make_user("other@example.com")
    client.force_login(other)

    assert client.get(reverse("listings:edit", args=[active_ad.pk])).status_code == 404
    assert client.post(reverse("listings:edit", args=[active_ad.pk]), ad_form(title="Hijacked")).status_code == 404
    assert client.post(reverse("listings:delete", args=[active_ad.pk])).status_code == 404
    assert client.post(reverse("listings:renew", args=[active_ad.pk])).status_code == 404
    active_ad.refresh_from_db()
    assert active_ad.status == ListingStatus.ACTIVE and active_ad.title == "Apple iPhone 12 mini blue"


def test_anonymous_is_sent_to_login(client, active_ad):
    response = client.get(reverse("listings:edit", args=[active_ad.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_only_active_ads_are_public(client, seller, active_ad, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        rejected = create_listing(owner=seller, content=content(description="call 87017246668"), photos=[])
    assert client.get(reverse("listings:detail", args=[active_ad.pk])).status_code == 200
    assert client.get(reverse("listings:detail", args=[rejected.pk])).status_code == 404
    client.force_login(seller)
    assert client.get(reverse("listings:detail", args=[rejected.pk])).status_code == 200  # the owner's preview


def test_contact_shown_on_click_only(client, active_ad):
    page = client.get(reverse("listings:detail", args=[active_ad.pk])).content.decode()
    assert "+77017246668" not in page
    response = client.post(reverse("listings:contact", args=[active_ad.pk]))
    assert response.json()["phone"] == "+77017246668"


def test_search_filters(client, seller, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        phone = create_listing(owner=seller, content=content(title="Xiaomi Redmi Note 10", price=60000), photos=[])
        sofa = create_listing(
            owner=seller,
            content=content(
                category="furniture",
                region="astana",
                title="Corner sofa, grey",
                description="Soft corner sofa",
                price=90000,
            ),
            photos=[],
        )
    url = reverse("listings:search")

    def found(**params) -> set[int]:
        return {listing.pk for listing in client.get(url, params).context["page"]}

    assert found(category="electronics") == {phone.pk}  # the subtree of a top category
    assert found(region="astana") == {sofa.pk}
    assert found(price_min=70000) == {sofa.pk}
    assert found(price_max=70000) == {phone.pk}
    assert found(q="corner grey") == {sofa.pk}
    assert found(q="xiaomi") == {phone.pk}
    assert found(with_photos="true") == set()
    assert client.get(reverse("listings:category", args=["furniture"])).context["page"].object_list[0].pk == sofa.pk


def test_search_page_query_count_is_constant(
    client, seller, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(12):
            create_listing(
                owner=seller, content=content(title=f"Nokia 33{i:02d} classic phone", price=1000 + i), photos=[]
            )
    with django_assert_max_num_queries(8):
        client.get(reverse("listings:search"))


def test_home_lists_categories_and_new_ads(client, active_ad):
    page = client.get(reverse("listings:home")).content.decode()
    assert "Apple iPhone 12 mini blue" in page
    assert reverse("listings:category", args=["real-estate"]) in page


def test_language_switcher(client):
    response = client.post(reverse("set_language"), {"language": "kk", "next": "/"})
    assert response.status_code == 302
    assert client.cookies["django_language"].value == "kk"


def test_detail_shows_attribute_labels_not_field_names(client, seller, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        listing = create_listing(
            owner=seller, content=content(attributes={"brand": "Apple", "memory_gb": 128, "price_raw": "x"}), photos=[]
        )
    client.cookies["django_language"] = "en"
    page = client.get(reverse("listings:detail", args=[listing.pk])).content.decode()
    assert "<dt>Memory, GB</dt><dd>128</dd>" in page
    assert "memory_gb" not in page and "price_raw" not in page
