"""The live pre-check: the text rules, run on the posting form's fields as the seller types.

The same engine and profile as the submit task, restricted to the rule families that judge the
ad's own text and fields; the families that need the marketplace's data (duplicates, accounts,
prices of other ads) wait for the real check after submit.
"""

from __future__ import annotations

from typing import Any

from .context import DatabaseContext
from .rules.engine import check
from .rules.profiles import Profile
from .rules.reasons import reason
from .rules.registry import RULES
from .rules.taxonomy import ancestors
from .rules.types import AdSnapshot, typed_price

TEXT_FAMILIES = frozenset({"contact", "title", "text", "price", "ad", "prohibited", "job", "category", "region"})
# contact.third_party asks whose contact this is: that needs the database, so it waits for submit.
NEEDS_DATA = frozenset({"contact.third_party", "price.unrealistic"})
TEXT_CODES = frozenset(code for code, rule in RULES.items() if rule.family in TEXT_FAMILIES and code not in NEEDS_DATA)
MAX_TEXT = 9000


def precheck(*, data: dict[str, str], profile: Profile, user_id: str, language: str) -> dict[str, Any]:
    """Judge the form's current text; return violations with the seller-facing reason of each."""
    category = data.get("category") or ""
    price, price_raw = typed_price(data.get("price", ""))
    attributes = {k.removeprefix("attr_"): v for k, v in data.items() if k.startswith("attr_") and v}
    snapshot = AdSnapshot(
        ad_id="precheck",
        user_id=user_id,
        category=category,
        category_path=ancestors(category),
        region=data.get("region") or None,
        title=(data.get("title") or "")[:MAX_TEXT],
        description=(data.get("description") or "")[:MAX_TEXT],
        price=price,
        price_raw=price_raw,
        price_kind=data.get("price_kind") or "fixed",
        currency=profile.currency,
        contact_phone=data.get("contact_phone") or "",
        contact_email=data.get("contact_email") or "",
        attributes=attributes,
    )
    # The database's term lists, as the submit check uses: a term a moderator adds in the admin
    # shows in the form at once. Text rules only, so the context makes no query for other ads.
    outcome = check(snapshot, profile, DatabaseContext(), codes=TEXT_CODES)
    violations = []
    for violation in outcome.violations:
        title, explanation = reason(violation.code, language)
        violations.append({**violation.as_dict(), "title": title, "explanation": explanation})
    return {"decision": outcome.decision, "violations": violations}
