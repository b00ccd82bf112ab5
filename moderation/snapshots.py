"""Turn a stored revision into the plain snapshot the rules judge."""

from __future__ import annotations

from listings.models import Revision
from listings.queries import category_ancestors

from .rules.types import AdSnapshot, ImageSnapshot


def snapshot_of(revision: Revision, *, previous: Revision | None = None) -> AdSnapshot:
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
        images=tuple(
            ImageSnapshot(path=p.image.name, width=p.width, height=p.height, sha256=p.sha256, phash=p.phash)
            for p in photos
        ),
        action=revision.kind,
        previous=snapshot_of(previous) if previous is not None else None,
    )
