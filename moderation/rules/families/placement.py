"""category.mismatch and region.mismatch: the ad is filed in the wrong place.

`category.mismatch` reads product words in the title only (a description names many things) and
judges goods categories only: services, jobs and business ads talk about goods they repair, carry
or use. `region.mismatch` reads city names (every spelling and case, `RuleContext.region_names`)
in the title everywhere, and in the description of real-estate ads, where the location is the
object (seeds 002/003: "1-room flat in Khashuri" filed under Tbilisi). Only cities of the ad's own
country count: "привезена из Баку" in an Almaty ad is a provenance, not a location.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..analysis import analyze
from ..lexicon import TermIndex, parse_lines
from ..registry import Finding, rule
from ..taxonomy import CATEGORY_PARENT, path_of

_GOODS = frozenset({"transport", "real-estate", "electronics", "home-garden", "fashion", "kids", "animals", "hobby"})


@rule("category.mismatch", action="review")
def category_mismatch(snapshot, profile, context) -> Iterator[Finding]:
    """The text belongs to another category (a phone in furniture; realtor services in a flat ad)."""
    path = path_of(snapshot, context)
    a = analyze(snapshot, context)
    if "real-estate" in path:
        hit = a.first("category.realtor")
        if hit:
            yield Finding(*hit)
            return
    if path[-1] not in _GOODS:
        return
    named: dict[str, str] = {}
    for name in a.terms.lists:
        if name.startswith("category.") and name != "category.realtor":
            spans = a.title.spans(name)
            if spans:
                named[name[len("category.") :]] = a.title.evidence(*spans[0])
    if not named:
        return
    own_top = path[-1]
    for slug in named:
        if slug in path or CATEGORY_PARENT.get(slug, slug) == own_top:
            return
        if own_top == "kids" and CATEGORY_PARENT.get(slug, slug) in ("fashion", "home-garden", "hobby"):
            return
    yield Finding("title", next(iter(named.values())))


@lru_cache(maxsize=8)
def _region_index(key: tuple) -> TermIndex:
    phrases = []
    for slug, _country, names in key:
        # city names are matched as written (every inflected form is listed): stems would make
        # `Семея` match `семена`
        phrases.extend(parse_lines(f"region.{slug}", [n if n.endswith("*") else "=" + n for n in names]))
    return TermIndex(phrases)


@rule("region.mismatch", action="review")
def region_mismatch(snapshot, profile, context) -> Iterator[Finding]:
    """The text names a city of the same country other than the ad's region."""
    if not snapshot.region:
        return
    regions = context.region_names()
    own = regions.get(snapshot.region)
    if own is None:
        return
    key = tuple(sorted((slug, country, tuple(names)) for slug, (country, names) in regions.items()))
    index = _region_index(key)
    a = analyze(snapshot, context)
    fields = [a.title]
    if "real-estate" in path_of(snapshot, context):
        fields.append(a.description)
    mentioned: dict[str, tuple[str, str]] = {}
    for ft in fields:
        for hit in index.match(ft.tokens):
            before = ft.text[ft.tokens[hit.first].start - 1 : ft.tokens[hit.first].start]
            after = ft.text[ft.tokens[hit.last].end : ft.tokens[hit.last].end + 1]
            if before in ("@", "_", "/", ".") or after in ("_", "@"):
                continue  # part of a handle or an address, not a place
            slug = hit.list_name[len("region.") :]
            mentioned.setdefault(slug, (ft.name, ft.evidence(hit.first, hit.last)))
    if not mentioned or snapshot.region in mentioned:
        return
    for slug, (field, evidence) in mentioned.items():
        if regions[slug][0] == own[0]:
            yield Finding(field, evidence)
            return
