"""Photos in the submit pipeline: read once per picture, the decision waits for them, the rules use them."""

from __future__ import annotations

import json

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from listings.enums import ListingStatus, RevisionState
from listings.images import normalise_photo
from listings.models import Listing, ListingPhoto
from listings.services import create_listing, store_photo
from moderation.models import CheckResult, PhotoAnalysis
from moderation.services import photos_waiting, run_check
from tests.factories import content
from tests.photos.synth import clean_photo, contact_photo, qr_photo


def upload(sample) -> SimpleUploadedFile:
    return SimpleUploadedFile(f"{sample.name}.jpg", sample.data, content_type="image/jpeg")


def form(**overrides) -> dict:
    data = {
        "category": "phones", "region": "almaty", "title": "Samsung Galaxy S21, 128 GB",
        "description": "Works perfectly, no scratches.", "price_kind": "fixed", "price": "180000",
        "contact_phone": "+77017246668",
    }  # fmt: skip
    data.update(overrides)
    return data


def test_phone_painted_on_the_photo_rejects_the_ad(seller_client, django_capture_on_commit_callbacks):
    sample = contact_photo(3, "kz_phone")
    with django_capture_on_commit_callbacks(execute=True):
        seller_client.post(reverse("listings:create"), {**form(), "photos": [upload(sample)]})

    listing = Listing.objects.get()
    assert listing.status == ListingStatus.REJECTED
    violation = next(
        v for v in CheckResult.objects.get(revision=listing.latest_revision).violations if v["code"] == "photo.contact"
    )
    assert violation["field"] == "images[0]"
    assert PhotoAnalysis.objects.get().ocr_text  # what was read is kept for the moderator


def test_qr_code_on_a_photo_is_refused(seller_client, django_capture_on_commit_callbacks):
    sample = qr_photo(5, "https://shop.example.kz/deal")
    with django_capture_on_commit_callbacks(execute=True):
        seller_client.post(reverse("listings:create"), {**form(), "photos": [upload(sample)]})

    result = CheckResult.objects.get()
    assert "photo.qr" in result.codes


def test_the_decision_waits_for_the_photos_and_the_seller_sees_it(
    seller, seller_client, django_capture_on_commit_callbacks
):
    photo = store_photo(owner=seller, photo=normalise_photo(ContentFile(clean_photo(8).data)))
    listing = create_listing(owner=seller, content=content(), photos=[photo])  # the enqueue is not run yet

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert run_check(revision_id=listing.latest_revision_id) is None  # photos not read: no decision
    assert callbacks  # … but their scans were asked for
    assert photos_waiting(revision_ids=[listing.latest_revision_id]) == {listing.latest_revision_id}
    assert "checking-photos" in seller_client.get(reverse("listings:my_listings")).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        for callback in callbacks:
            callback()  # the scan runs, then wakes the check
    listing.refresh_from_db()
    assert listing.status == ListingStatus.ACTIVE
    assert photos_waiting(revision_ids=[listing.latest_revision_id]) == set()


def test_a_picture_is_read_once_whoever_uploads_it(seller, make_user, django_capture_on_commit_callbacks):
    data = clean_photo(9).data
    other = make_user("other@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        create_listing(
            owner=seller,
            content=content(),
            photos=[store_photo(owner=seller, photo=normalise_photo(ContentFile(data)))],
        )
        create_listing(
            owner=other,
            content=content(title="Lenovo ThinkPad T480", category="computers", contact_phone="+77017246669"),
            photos=[store_photo(owner=other, photo=normalise_photo(ContentFile(data)))],
        )
    assert ListingPhoto.objects.count() == 2
    assert PhotoAnalysis.objects.count() == 1


def test_the_same_photo_in_another_sellers_ad_goes_to_a_moderator(
    seller, make_user, django_capture_on_commit_callbacks
):
    data = clean_photo(11).data
    with django_capture_on_commit_callbacks(execute=True):
        create_listing(
            owner=seller,
            content=content(),
            photos=[store_photo(owner=seller, photo=normalise_photo(ContentFile(data)))],
        )
    copycat = make_user("copycat@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        copy = create_listing(
            owner=copycat,
            content=content(
                title="Samsung Galaxy S21 Ultra", description="Selling, barely used.", contact_phone="+77017246669"
            ),
            photos=[store_photo(owner=copycat, photo=normalise_photo(ContentFile(data)))],
        )
    copy.refresh_from_db()
    assert "photo.duplicate" in CheckResult.objects.get(revision=copy.latest_revision).codes
    assert copy.latest_revision.state == RevisionState.REVIEW


def test_an_unreadable_stored_picture_goes_to_a_moderator(seller, django_capture_on_commit_callbacks):
    photo = store_photo(owner=seller, photo=normalise_photo(ContentFile(clean_photo(13).data)))
    with open(photo.image.path, "wb") as handle:  # the file went bad on disk after the upload
        handle.write(b"this is not a picture any more")
    with django_capture_on_commit_callbacks(execute=True):
        listing = create_listing(owner=seller, content=content(), photos=[photo])
    listing.refresh_from_db()
    assert listing.latest_revision.state == RevisionState.REVIEW
    assert PhotoAnalysis.objects.get(sha256=photo.sha256).failed
    assert "could not be read" in CheckResult.objects.get(revision=listing.latest_revision).note


def test_moderate_batch_reads_the_photos_of_a_line(db, tmp_path):
    from io import StringIO

    from django.core.management import call_command

    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "a.jpg").write_bytes(contact_photo(21, "email").data)
    (tmp_path / "img" / "b.jpg").write_bytes(clean_photo(22).data)
    (tmp_path / "img" / "c.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    lines = [
        {"id": "p1", "user": "u1", "category": "phones", "title": "Samsung Galaxy A52", "images": ["img/a.jpg"]},
        {"id": "p2", "user": "u2", "category": "phones", "title": "Xiaomi Redmi Note 10", "images": ["img/b.jpg"]},
        {"id": "p3", "user": "u3", "category": "phones", "title": "Apple iPhone 11", "images": ["img/c.svg"]},
        {"id": "p4", "user": "u4", "category": "phones", "title": "Apple iPhone 12"},
    ]
    path = tmp_path / "ads.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    out = StringIO()
    call_command("moderate_batch", str(path), policy="olx_kz", stdout=out, stderr=StringIO())
    results = {r["id"]: r for r in map(json.loads, out.getvalue().splitlines())}

    assert {v["code"] for v in results["p1"]["violations"]} >= {"photo.contact"}
    assert results["p2"]["decision"] == "approve"
    assert [v["code"] for v in results["p3"]["violations"]] == ["photo.format"]
    assert results["p4"]["decision"] == "approve"


def test_moderator_sees_the_ocr_text_and_the_evidence_on_the_photo(
    seller_client, admin_client, django_capture_on_commit_callbacks
):
    sample = contact_photo(3, "kz_phone")
    with django_capture_on_commit_callbacks(execute=True):
        seller_client.post(reverse("listings:create"), {**form(), "photos": [upload(sample)]})
    result = CheckResult.objects.get()

    page = admin_client.get(f"/admin/moderation/checkresult/{result.pk}/change/").content.decode()

    assert 'class="ocr-box flagged"' in page  # the contact is outlined where it is on the photo
    assert "<mark>+7 707 982 59 79</mark>" in page  # and marked in the text read from it
