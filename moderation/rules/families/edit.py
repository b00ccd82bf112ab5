"""edit.*: what an edit may not change (emarket_az: the product; jer_kz: the region)."""

from __future__ import annotations

from collections.abc import Iterator

from ..registry import Finding, rule
from ..similarity import UNIT_WORDS, image_hashes, jaccard, product_keys


def _title_words(ad) -> frozenset[str]:
    return _alpha(product_keys(ad.title))


def _word_overlap(x, y) -> float:
    """Shared words over all words; a shared number or unit is no tie (`260 000 km` → `120 000 km`)."""
    kx, ky = product_keys(f"{x.title}\n{x.description}"), product_keys(f"{y.title}\n{y.description}")
    return len(_alpha(kx & ky)) / len(kx | ky) if kx | ky else 1.0


def _alpha(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if k.isalpha() and k not in UNIT_WORDS and len(k) > 1)


@rule("edit.product_swap", action="block")
def product_swap(snapshot, profile, context) -> Iterator[Finding]:
    """An edit that turns the ad into a different product: text and photos replaced.

    Without photo data on both revisions the text alone decides, and then it must be replaced
    entirely (no title word in common, numbers and units aside, and under 15 % of the words)."""
    prev = snapshot.previous
    if snapshot.action != "edit" or prev is None:
        return
    text_sim = _word_overlap(snapshot, prev)
    if text_sim >= 0.2:
        return
    old_images, new_images = image_hashes(prev), image_hashes(snapshot)
    if old_images and new_images:
        swapped = not (old_images & new_images)
    else:
        # no word of the old title left (numbers and units aside: `128 GB` → `256 GB` is no tie)
        # at most one word of the old title left, and that a generic one (`Uşaq arabası` → `Uşaq velosipedi`)
        old_words, new_words = _title_words(prev), _title_words(snapshot)
        swapped = len(old_words & new_words) <= 1 and jaccard(old_words, new_words) < 0.2 and text_sim < 0.15
    if swapped:
        yield Finding("listing", f"{prev.title} → {snapshot.title}")


@rule("edit.region", action="reject")
def region_changed(snapshot, profile, context) -> Iterator[Finding]:
    """The region changed after posting (jer_kz)."""
    prev = snapshot.previous
    if snapshot.action == "edit" and prev is not None and prev.region and snapshot.region != prev.region:
        yield Finding("region", f"{prev.region} → {snapshot.region}")
