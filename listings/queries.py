"""Reads on listings, for views and for the other apps."""

from __future__ import annotations

from functools import lru_cache

from django.db.models import Prefetch, QuerySet

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


def reset_category_cache() -> None:
    _category_tree.cache_clear()


def category_ancestors(category_id: int) -> tuple[str, ...]:
    """Slugs of the category's ancestors, nearest first."""
    by_id, _ = _category_tree()
    path: list[str] = []
    parent = by_id.get(category_id, ("", None))[1]
    while parent is not None:
        slug, parent = by_id[parent]
        path.append(slug)
    return tuple(path)


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


def regions_for_country(country: str) -> QuerySet[Region]:
    return Region.objects.filter(country=country)


def owner_status_counts(owner_id: int) -> dict[str, int]:
    from django.db.models import Count

    rows = Listing.objects.filter(owner_id=owner_id).values("status").annotate(n=Count("id")).order_by()
    return {row["status"]: row["n"] for row in rows}
