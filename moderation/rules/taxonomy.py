"""The canonical category tree of RULES.md, for rules that must know a category's family.

Snapshots normally carry `category_path`; this is the fallback (`RuleContext.category_ancestors`).
"""

from __future__ import annotations

TREE: dict[str, tuple[str, ...]] = {
    "transport": ("cars", "motorcycles", "trucks", "auto-parts"),
    "real-estate": ("apartments-sale", "apartments-rent", "daily-rent", "rooms", "houses", "land", "commercial"),
    "jobs": ("vacancies", "resumes", "network-marketing"),
    "services": ("repair-services", "beauty", "transport-services", "education"),
    "electronics": ("phones", "computers", "tv-audio", "photo-video", "games-consoles"),
    "home-garden": ("furniture", "appliances", "garden", "building"),
    "fashion": ("clothes-shoes", "accessories"),
    "kids": (),
    "animals": ("pets", "farm-animals"),
    "hobby": ("sports", "music", "books", "collectibles"),
    "business": ("equipment",),
}

CATEGORY_PARENT: dict[str, str] = {child: top for top, children in TREE.items() for child in children}

# Categories where a monthly amount is the normal price (rent, salaries).
MONTHLY_PRICE_CATEGORIES = frozenset({"apartments-rent", "daily-rent", "rooms", "commercial", "jobs"})


def ancestors(slug: str) -> tuple[str, ...]:
    out = []
    while slug in CATEGORY_PARENT:
        slug = CATEGORY_PARENT[slug]
        out.append(slug)
    return tuple(out)


def path_of(snapshot, context=None) -> tuple[str, ...]:
    """The category and its ancestors, nearest first."""
    if snapshot.category_path:
        return (snapshot.category, *snapshot.category_path)
    extra = context.category_ancestors(snapshot.category) if context is not None else ancestors(snapshot.category)
    return (snapshot.category, *extra)


def top_level(snapshot, context=None) -> str:
    return path_of(snapshot, context)[-1]


def in_category(snapshot, slug: str, context=None) -> bool:
    return slug in path_of(snapshot, context)
