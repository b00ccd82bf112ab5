"""account.*: who is posting (blacklisted contacts, linked or blocked accounts, limits)."""

from __future__ import annotations

from collections.abc import Iterator

from ..registry import Finding, rule


@rule("account.blacklisted", action="block")
def blacklisted_contact(snapshot, profile, context) -> Iterator[Finding]:
    """A contact of the ad (its phone, its e-mail, the seller's own phone and e-mails) is on the blacklist."""
    if snapshot.contact_phone and context.is_blacklisted(phone=snapshot.contact_phone):
        yield Finding("contact_phone", snapshot.contact_phone)
    if snapshot.contact_email and context.is_blacklisted(email=snapshot.contact_email):
        yield Finding("contact_email", snapshot.contact_email)
    phone, emails = context.account_contacts(snapshot.user_id)
    if phone and phone != snapshot.contact_phone and context.is_blacklisted(phone=phone):
        yield Finding("account", phone)
    for email in emails:
        if email.lower() != snapshot.contact_email.lower() and context.is_blacklisted(email=email):
            yield Finding("account", email)


@rule("account.linked", action="review")
def linked_accounts(snapshot, profile, context) -> Iterator[Finding]:
    """The account shares a phone, e-mail or device with another account."""
    others = list(context.linked_accounts(snapshot.user_id))
    if others:
        yield Finding("account", ", ".join(sorted(others)[:5]))


@rule("account.limit", action="reject")
def over_limit(snapshot, profile, context) -> Iterator[Finding]:
    """Over the active-ads limit or the category's 30-day limit (emarket_az)."""
    if snapshot.action not in ("submit", "restore", ""):
        return
    limit = profile.params.get("active_ads_limit")
    if limit is not None:
        active = context.active_ads_count(snapshot.user_id)
        if active + 1 > limit:
            yield Finding("account", f"{active + 1} > {limit}")
            return
    category_limit = context.category_posting_limit(snapshot.category) or profile.params.get("category_limit_30d")
    if category_limit is not None:
        posted = context.ads_in_category_count(snapshot.user_id, snapshot.category, days=30)
        if posted + 1 > category_limit:
            yield Finding("account", f"{snapshot.category}: {posted + 1} > {category_limit}")


@rule("account.blocked", action="block")
def blocked_account(snapshot, profile, context) -> Iterator[Finding]:
    """The account is blocked."""
    if context.account_is_blocked(snapshot.user_id):
        yield Finding("account", snapshot.user_id)
