"""Turn a stored revision into the plain snapshot the rules judge."""

from __future__ import annotations

from listings.models import Revision
from listings.queries import category_ancestors

from .rules.types import AdSnapshot, ImageSnapshot


def snapshot_of(revision: Revision, *, previous: Revision | None = None, analyses: dict | None = None) -> AdSnapshot:
    """`analyses` maps a photo's sha256 to its PhotoAnalysis (OCR text, QR codes) where there is one."""
    analyses = analyses or {}
    photos = [rp.photo for rp in sorted(revision.revisionphoto_set.all(), key=lambda rp: rp.position)]
    return AdSnapshot(
        ad_id=str(revision.listing_id),
        user_id=str(revision.listing.owner_id),
        category=revision.category.slug,
        category_path=category_ancestors(revision.category_id),
        region=revision.region.slug,
        title=revision.title,
        description=revision.description,
        price=revision.price,
        price_raw=(revision.attributes or {}).get("price_raw"),
        price_kind=revision.price_kind,
        currency=revision.currency,
        contact_phone=revision.contact_phone,
        contact_email=revision.contact_email,
        attributes=dict(revision.attributes or {}),
        images=tuple(_image(p, analyses.get(p.sha256)) for p in photos),
        action=revision.kind,
        previous=snapshot_of(previous, analyses=analyses) if previous is not None else None,
    )


def _image(photo, analysis) -> ImageSnapshot:
    extension = photo.image.name.rsplit(".", 1)[-1].lower()
    return ImageSnapshot(
        path=photo.image.name,
        width=photo.width,
        height=photo.height,
        format={"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG"}.get(extension, extension.upper()),
        sha256=photo.sha256,
        phash=photo.phash,
        ocr_text=analysis.ocr_text if analysis is not None else None,
        qr=tuple(analysis.qr) if analysis is not None else (),
    )
