"""Small builders for the rule tests: an ad from keyword fields, the codes the engine finds."""

from __future__ import annotations

from moderation.rules.context import RuleContext
from moderation.rules.engine import check
from moderation.rules.profiles import get_profile
from moderation.rules.replay import snapshot_from_line
from moderation.rules.similarity import same_product


def ad(**fields):
    line = {
        "id": fields.pop("id", "a1"),
        "user": fields.pop("user", "u1"),
        "category": fields.pop("category", "furniture"),
        "title": fields.pop("title", "Диван угловой"),
        **fields,
    }
    return snapshot_from_line(line)


def codes(profile: str = "olx_kz", context: RuleContext | None = None, **fields) -> set[str]:
    return {v.code for v in check(ad(**fields), get_profile(profile), context).violations}


def findings(profile: str = "olx_kz", context: RuleContext | None = None, **fields):
    return check(ad(**fields), get_profile(profile), context)


def vacancy(title: str, description: str, profile: str = "olx_kz") -> set[str]:
    """The codes of a vacancy (category `vacancies`) with this title and description."""
    return codes(profile, category="vacancies", title=title, description=description)


def same(first: tuple, second: tuple, category: str = "furniture") -> bool:
    """Whether two ads of one seller, each `(title, description, price)`, are the same product."""
    x, y = (ad(title=t, description=d, price=p, category=category) for t, d, p in (first, second))
    return same_product(x, y)
