"""Reads on listings, for views and for the other apps."""

from __future__ import annotations

from functools import lru_cache

from django.db.models import Count, F, Prefetch, Q, QuerySet

from accounts.queries import users_with_contact

from .enums import ListingStatus
from .models import Category, Listing, ListingPhoto, Region, Revision, RevisionPhoto


def public_listings() -> QuerySet[Listing]:
    """Only active ads are public."""
    return Listing.objects.filter(status=ListingStatus.ACTIVE).select_related("category", "region")


def with_cover_photo(queryset: QuerySet[Listing]) -> QuerySet[Listing]:
    """Prefetch the live photos of each listing in one query (for list pages)."""
    return queryset.prefetch_related(
        Prefetch(
            "live_revision__revisionphoto_set",
            queryset=RevisionPhoto.objects.select_related("photo").order_by("position"),
            to_attr="ordered_photos",
        )
    ).select_related("live_revision")


def owner_listings(owner_id: int, status: str | None = None) -> QuerySet[Listing]:
    qs = Listing.objects.filter(owner_id=owner_id).exclude(status=ListingStatus.DELETED)
    if status:
        qs = qs.filter(status=status)
    return qs.select_related("category", "region", "latest_revision__check_result", "latest_revision").order_by(
        "-updated_at"
    )


def revision_photos(revision: Revision | None) -> list[ListingPhoto]:
    if revision is None:
        return []
    return [
        rp.photo for rp in RevisionPhoto.objects.filter(revision=revision).select_related("photo").order_by("position")
    ]


def revision_for_check(revision_id: int) -> Revision | None:
    return (
        Revision.objects.select_related("listing", "category", "region", "created_by", "listing__owner")
        .prefetch_related(Prefetch("revisionphoto_set", queryset=RevisionPhoto.objects.select_related("photo")))
        .filter(pk=revision_id)
        .first()
    )


@lru_cache(maxsize=1)
def _category_tree() -> tuple[dict[int, tuple[str, int | None]], dict[str, int]]:
    rows = list(Category.objects.values_list("pk", "slug", "parent_id"))
    return {pk: (slug, parent) for pk, slug, parent in rows}, {slug: pk for pk, slug, _ in rows}


@lru_cache(maxsize=1)
def region_spellings() -> dict[str, tuple[str, tuple[str, ...]]]:
    """`{slug: (country, spellings)}`: each region's English name, names by language and aliases."""
    return {
        region.slug: (region.country, (region.name, *region.names.values(), *region.aliases))
        for region in Region.objects.all()
    }


@lru_cache(maxsize=1)
def category_posting_limits() -> dict[str, int]:
    """`{slug: ads per seller in 30 days}` for the categories the administration gave a limit."""
    return dict(Category.objects.filter(posting_limit_30d__isnull=False).values_list("slug", "posting_limit_30d"))


def reset_reference_cache(**kwargs) -> None:
    """Forget the category tree, limits and the region spellings (kept per process; a signal receiver too)."""
    _category_tree.cache_clear()
    category_posting_limits.cache_clear()
    region_spellings.cache_clear()


def category_ancestors(category_id: int) -> tuple[str, ...]:
    """Slugs of the category's ancestors, nearest first."""
    by_id, _ = _category_tree()
    path: list[str] = []
    parent = by_id.get(category_id, ("", None))[1]
    while parent is not None:
        slug, parent = by_id[parent]
        path.append(slug)
    return tuple(path)


def category_ancestors_of(slug: str) -> tuple[str, ...] | None:
    """Slugs of the ancestors of the category `slug`, nearest first; None if there is no such category."""
    pk = _category_tree()[1].get(slug)
    return None if pk is None else category_ancestors(pk)


def category_subtree_ids(category: Category) -> list[int]:
    by_id, _ = _category_tree()
    children: dict[int | None, list[int]] = {}
    for pk, (_slug, parent) in by_id.items():
        children.setdefault(parent, []).append(pk)
    result, stack = [], [category.pk]
    while stack:
        pk = stack.pop()
        result.append(pk)
        stack.extend(children.get(pk, []))
    return result


def root_categories() -> QuerySet[Category]:
    return Category.objects.filter(parent__isnull=True).prefetch_related("children")


def owner_status_counts(owner_id: int) -> dict[str, int]:
    rows = Listing.objects.filter(owner_id=owner_id).values("status").annotate(n=Count("id")).order_by()
    return {row["status"]: row["n"] for row in rows}


# --- For the moderation rules' context (moderation.context) -----------------------------------------

LIVE = (ListingStatus.ACTIVE, ListingStatus.PENDING)
CONTEXT_LIMIT = 200


def _for_snapshots(queryset: QuerySet[Listing]) -> QuerySet[Listing]:
    return queryset.select_related("category", "region").prefetch_related(
        Prefetch(
            "latest_revision__revisionphoto_set",
            queryset=RevisionPhoto.objects.select_related("photo").order_by("position"),
            to_attr="ordered_photos",
        )
    )


def live_listings_of_owner(owner_id: int, *, since, exclude_id: int | None) -> list[Listing]:
    """Active or pending ads of one seller created since `since`, newest first."""
    qs = Listing.objects.filter(owner_id=owner_id, status__in=LIVE, created_at__gte=since).exclude(pk=exclude_id)
    return list(_for_snapshots(qs.order_by("-created_at"))[:CONTEXT_LIMIT])


def deleted_listings_of_owner(owner_id: int, *, since, exclude_id: int | None) -> list[Listing]:
    """Ads the seller deleted since `since`, before they expired (the duplicate.repost memory)."""
    qs = (
        Listing.objects.filter(owner_id=owner_id, status=ListingStatus.DELETED, status_changed_at__gte=since)
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=F("status_changed_at")))
        .exclude(pk=exclude_id)
    )
    return list(_for_snapshots(qs.order_by("-status_changed_at"))[:CONTEXT_LIMIT])


def live_listing_count(owner_id: int, *, exclude_id: int | None) -> int:
    return Listing.objects.filter(owner_id=owner_id, status__in=LIVE).exclude(pk=exclude_id).count()


def listings_in_category_count(owner_id: int, category_slug: str, *, since, exclude_id: int | None) -> int:
    return (
        Listing.objects.filter(owner_id=owner_id, category__slug=category_slug, created_at__gte=since)
        .exclude(pk=exclude_id)
        .count()
    )


def live_listings_of_others(
    owner_id: int | None, *, ids: list[int], photo_hashes: list[str], exclude_id: int | None
) -> list[Listing]:
    """Candidates for duplicate.cross_account: other sellers' live ads among `ids` (found by the
    text index) or sharing a photo. A loose pre-filter: the rule decides what is a duplicate."""
    base = Listing.objects.filter(status__in=LIVE).exclude(owner_id=owner_id).exclude(pk=exclude_id)
    found = set(base.filter(pk__in=ids[:CONTEXT_LIMIT]).values_list("pk", flat=True)) if ids else set()
    if photo_hashes:
        found |= set(
            base.filter(photos__sha256__in=photo_hashes).values_list("pk", flat=True).distinct()[:CONTEXT_LIMIT]
        )
    if not found:
        return []
    return list(_for_snapshots(Listing.objects.filter(pk__in=found)).order_by("-pk"))


def live_listings_with_photos(photo_ids: list[int], *, exclude_id: int | None) -> list[Listing]:
    """Live ads holding any of these photos, with their photos (photo.duplicate's candidates)."""
    if not photo_ids:
        return []
    ids = set(
        Listing.objects.filter(status__in=LIVE, photos__pk__in=photo_ids)
        .exclude(pk=exclude_id)
        .values_list("pk", flat=True)[:CONTEXT_LIMIT]
    )
    return list(_for_snapshots(Listing.objects.filter(pk__in=ids)).order_by("-pk"))


def comparable_prices(*, category_slug: str, currency: str, exclude_id: int | None, limit: int = 500) -> list:
    """(title, price) of the newest active fixed-price ads of a category; the rules pick the comparable ones."""
    return list(
        Listing.objects.filter(
            status=ListingStatus.ACTIVE,
            category__slug=category_slug,
            currency=currency,
            price_kind="fixed",
            price__isnull=False,
        )
        .exclude(pk=exclude_id)
        .order_by("-published_at")
        .values_list("title", "price")[:limit]
    )


def owners_using_contact(*, phone: str, email: str, exclude_owner_id: int | None) -> list[int]:
    """Sellers (other than `exclude_owner_id`) whose profile or live ads use this phone or e-mail."""
    owners = set(users_with_contact(phone=phone, email=email))
    condition = Q()
    if phone:
        condition |= Q(contact_phone=phone)
    if email:
        condition |= Q(contact_email__iexact=email)
    if condition:
        owners |= set(Listing.objects.filter(condition).values_list("owner_id", flat=True).distinct()[:CONTEXT_LIMIT])
    owners.discard(exclude_owner_id)
    return sorted(owners)


def contacts_used_by_owner(owner_id: int) -> tuple[list[str], list[str]]:
    """The phones and e-mails (lowercased) the seller put in any of their ads, in any revision."""
    phones: set[str] = set()
    emails: set[str] = set()
    for model in (Listing, Revision):
        owner_field = "owner_id" if model is Listing else "listing__owner_id"
        rows = model.objects.filter(**{owner_field: owner_id}).values_list("contact_phone", "contact_email").distinct()
        for phone, email in rows:
            if phone:
                phones.add(phone)
            if email:
                emails.add(email.lower())
    return sorted(phones), sorted(emails)
