"""price.*: the price field."""

from __future__ import annotations

from collections.abc import Iterator

from ..registry import Finding, rule


@rule("price.conditional", action="reject")
def token_price(snapshot, profile, context) -> Iterator[Finding]:
    """A token price (1, 5, 100 tenge) for goods: olx_kz turns it into "negotiable", others reject."""
    limit = profile.params.get("conditional_price_max")
    if snapshot.price is None or limit is None or snapshot.price_kind != "fixed":
        return
    if 0 < snapshot.price <= limit and not snapshot.in_category("jobs"):
        yield Finding("price", f"{snapshot.price.normalize():f}")
