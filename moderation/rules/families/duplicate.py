"""duplicate.*: the same offer more than once (same seller, other accounts, reposts, restores)."""

from __future__ import annotations

from collections.abc import Iterator

from ..analysis import analyze, analyze_text
from ..registry import Finding, rule
from ..similarity import image_hashes, jaccard, keys, same_product

WINDOW_DAYS = 30


@rule("duplicate.same_user", action="reject")
def same_user(snapshot, profile, context) -> Iterator[Finding]:
    """The same product as an active or pending ad of the same seller within 30 days, any region or category."""
    if snapshot.action == "restore":
        return  # judged by duplicate.restore
    for other in context.other_ads_of_user(snapshot, days=WINDOW_DAYS):
        if same_product(snapshot, other):
            yield Finding("listing", other.ad_id)
            return


@rule("duplicate.cross_account", action="review")
def cross_account(snapshot, profile, context) -> Iterator[Finding]:
    """The same text or the same photos as ads of other accounts (jer_kz: past three accounts)."""
    mine = keys(f"{snapshot.title}\n{snapshot.description}")
    my_images = image_hashes(snapshot)
    users: dict[str, str] = {}
    for other in context.ads_of_other_accounts(snapshot):
        if other.user_id == snapshot.user_id or other.user_id in users:
            continue
        same_photo = bool(my_images & image_hashes(other))
        same_text = len(mine) >= 8 and jaccard(mine, keys(f"{other.title}\n{other.description}")) >= 0.85
        if same_photo or same_text:
            users[other.user_id] = other.ad_id
    if users and len(users) >= profile.cross_account_max:
        yield Finding("listing", ", ".join(users.values()))


@rule("duplicate.repost", action="reject")
def repost(snapshot, profile, context) -> Iterator[Finding]:
    """An ad deleted before expiry and posted again: same brand and model, same photos or price."""
    if snapshot.action not in ("submit", ""):
        return
    for old in context.deleted_ads_of_user(snapshot, days=profile.ad_lifetime_days):
        if not same_product(snapshot, old):
            continue
        same_price = snapshot.price is not None and old.price is not None and snapshot.price == old.price
        if same_price or image_hashes(snapshot) & image_hashes(old):
            yield Finding("listing", old.ad_id)
            return


@rule("duplicate.restore", action="reject")
def restore_with_active_duplicate(snapshot, profile, context) -> Iterator[Finding]:
    """Restoring an expired ad while an active duplicate of it exists."""
    if snapshot.action != "restore":
        return
    for other in context.other_ads_of_user(snapshot, days=profile.ad_lifetime_days):
        if same_product(snapshot, other):
            yield Finding("listing", other.ad_id)
            return


def _kind(title: str, terms) -> str | None:
    ft = analyze_text("title", title, terms)
    if "duplicate.general" in ft.hits:
        return "general"
    if "duplicate.part" in ft.hits:
        return "part"
    return None


@rule("duplicate.general_and_parts", action="review")
def general_and_parts(snapshot, profile, context) -> Iterator[Finding]:
    """A general ad ("house repair") and separate ads for its parts (plumber, painter) at once (emarket_az)."""
    a = analyze(snapshot, context)
    mine = (
        "general" if a.title.hits.get("duplicate.general") else "part" if a.title.hits.get("duplicate.part") else None
    )
    if mine is None:
        return
    for other in context.other_ads_of_user(snapshot, days=WINDOW_DAYS):
        kind = _kind(other.title, a.terms)
        if kind and kind != mine:
            yield Finding("listing", other.ad_id)
            return
