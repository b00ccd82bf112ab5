"""The rules' view of the marketplace's own data, answered from the database.

Implements the contract documented on `moderation.rules.context.RuleContext`; every ORM query
lives in `listings.queries` / `accounts.queries`, this module only turns rows into snapshots.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from django.db import connection

from accounts import queries as account_queries
from listings import queries as listing_queries
from listings.models import Listing

from .fingerprints import text_bands
from .models import PhotoHashChunk, TextBand
from .photos.hashes import phash_chunks
from .rules.context import RuleContext
from .rules.lexicon import Terms
from .rules.similarity import comparable_titles
from .rules.types import AdSnapshot, ImageSnapshot
from .terms_store import current_terms

TEXT_CANDIDATES = 50
BAND_HOLDERS = 200
PHOTO_HOLDERS = 100


def _int(value: str) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def listing_snapshot(listing: Listing) -> AdSnapshot:
    """A stored ad as the rules see other ads: its live (or latest) content and photo hashes."""
    revision = listing.latest_revision
    photos = [rp.photo for rp in getattr(revision, "ordered_photos", [])] if revision is not None else []
    posted = listing.published_at or listing.created_at
    return AdSnapshot(
        ad_id=str(listing.pk),
        user_id=str(listing.owner_id),
        category=listing.category.slug,
        category_path=listing_queries.category_ancestors(listing.category_id),
        region=listing.region.slug,
        title=listing.title,
        description=listing.description,
        price=listing.price,
        price_kind=listing.price_kind,
        currency=listing.currency,
        contact_phone=listing.contact_phone,
        contact_email=listing.contact_email,
        attributes={**(listing.attributes or {}), "posted_at": posted.isoformat(), "status": listing.status},
        images=tuple(
            ImageSnapshot(path=p.image.name, width=p.width, height=p.height, sha256=p.sha256, phash=p.phash)
            for p in photos
        ),
    )


@dataclass
class DatabaseContext(RuleContext):
    """`exclude_listing_id` is the ad under check: never part of any answer."""

    exclude_listing_id: int | None = None
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    _terms: Terms | None = field(default=None, init=False, repr=False)

    def terms(self):
        # Asked for by every rule: the version in the shared cache is read once per check.
        if self._terms is None:
            self._terms = current_terms()
        return self._terms

    def _since(self, days: int) -> dt.datetime:
        return self.now - dt.timedelta(days=days)

    @cached_property
    def _regions(self) -> Mapping[str, tuple[str, Sequence[str]]]:
        answer = dict(super().region_names())  # the shipped spellings, inflected forms included
        for slug, (country, spellings) in listing_queries.region_spellings().items():
            country, names = answer.get(slug, (country, ()))
            answer[slug] = (country, tuple(dict.fromkeys([*names, *spellings])))
        return answer

    def region_names(self) -> Mapping[str, tuple[str, Sequence[str]]]:
        return self._regions

    def category_ancestors(self, slug: str) -> tuple[str, ...]:
        path = listing_queries.category_ancestors_of(slug)
        return super().category_ancestors(slug) if path is None else path

    def other_ads_of_user(self, snapshot: AdSnapshot, *, days: int) -> Sequence[AdSnapshot]:
        owner = _int(snapshot.user_id)
        rows = listing_queries.live_listings_of_owner(
            owner, since=self._since(days), exclude_id=self.exclude_listing_id
        )
        return [listing_snapshot(row) for row in rows]

    def deleted_ads_of_user(self, snapshot: AdSnapshot, *, days: int) -> Sequence[AdSnapshot]:
        owner = _int(snapshot.user_id)
        rows = listing_queries.deleted_listings_of_owner(
            owner, since=self._since(days), exclude_id=self.exclude_listing_id
        )
        return [listing_snapshot(row) for row in rows]

    def active_ads_count(self, user_id: str) -> int:
        return listing_queries.live_listing_count(_int(user_id), exclude_id=self.exclude_listing_id)

    def ads_in_category_count(self, user_id: str, category: str, *, days: int) -> int:
        return listing_queries.listings_in_category_count(
            _int(user_id), category, since=self._since(days), exclude_id=self.exclude_listing_id
        )

    def category_posting_limit(self, category: str) -> int | None:
        return listing_queries.category_posting_limits().get(category)

    def text_candidates(self, snapshot: AdSnapshot) -> list[int]:
        """Ids of the ads whose text shares the most MinHash bands with this one (newest first per band)."""
        bands = text_bands(snapshot.title, snapshot.description)
        # A band shared by thousands of ads is boilerplate; its newest holders are enough.
        per_band = [
            TextBand.objects.filter(band=band)
            .order_by("-listing_id")
            .values_list("listing_id", flat=True)[:BAND_HOLDERS]
            for band in bands
        ]
        shared: Counter[int] = Counter()
        if per_band and connection.features.supports_slicing_ordering_in_compound:
            shared.update(per_band[0].union(*per_band[1:], all=True))  # one round trip on Postgres
        else:
            for holders in per_band:
                shared.update(holders)
        shared.pop(self.exclude_listing_id, None)
        # The ads sharing the most bands are the most alike: the rule measures only those.
        return [listing_id for listing_id, _n in shared.most_common(TEXT_CANDIDATES)]

    def ads_of_other_accounts(self, snapshot: AdSnapshot) -> Sequence[AdSnapshot]:
        hashes = [image.sha256 for image in snapshot.images or () if image.sha256]
        rows = listing_queries.live_listings_of_others(
            _int(snapshot.user_id),
            ids=self.text_candidates(snapshot),
            photo_hashes=hashes,
            exclude_id=self.exclude_listing_id,
        )
        return [listing_snapshot(row) for row in rows]

    def ads_with_similar_photo(self, snapshot: AdSnapshot, image: ImageSnapshot) -> Sequence[AdSnapshot]:
        if not image.phash:
            return ()
        photo_ids: set[int] = set()
        for chunk in phash_chunks(image.phash):
            holders = (
                PhotoHashChunk.objects.filter(chunk=chunk).order_by("-photo_id").values_list("photo_id", flat=True)
            )
            photo_ids.update(holders[:PHOTO_HOLDERS])
        rows = listing_queries.live_listings_with_photos(list(photo_ids), exclude_id=self.exclude_listing_id)
        return [listing_snapshot(row) for row in rows]

    def comparable_prices(self, snapshot: AdSnapshot) -> Sequence[Decimal]:
        if not snapshot.currency:
            return ()
        rows = listing_queries.comparable_prices(
            category_slug=snapshot.category, currency=snapshot.currency, exclude_id=self.exclude_listing_id
        )
        return [price for title, price in rows if comparable_titles(snapshot.title, title)]

    def is_blacklisted(self, *, phone: str = "", email: str = "") -> bool:
        return account_queries.is_blacklisted(phone=phone, email=email)

    def account_contacts(self, user_id: str) -> tuple[str, Sequence[str]]:
        owner = _int(user_id)
        return account_queries.contacts_of(owner) if owner is not None else ("", ())

    def account_is_blocked(self, user_id: str) -> bool:
        owner = _int(user_id)
        return owner is not None and account_queries.is_blocked(owner)

    def accounts_using_contact(self, *, phone: str = "", email: str = "", exclude_user: str = "") -> Sequence[str]:
        owners = listing_queries.owners_using_contact(phone=phone, email=email, exclude_owner_id=_int(exclude_user))
        return [str(owner) for owner in owners]

    def linked_accounts(self, user_id: str) -> Sequence[str]:
        owner = _int(user_id)
        if owner is None:
            return ()
        phone, emails = account_queries.contacts_of(owner)
        linked: set[int] = set()
        for email in emails:
            linked |= set(account_queries.users_with_contact(email=email))
        if phone:
            linked |= set(account_queries.users_with_contact(phone=phone))
        linked |= set(account_queries.users_sharing_device(owner))
        linked.discard(owner)
        return [str(pk) for pk in sorted(linked)]
