"""Rules registered by code. A rule is a callable (snapshot, profile, context) -> findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import RuleContext
    from .profiles import Profile
    from .types import AdSnapshot


@dataclass(frozen=True)
class Finding:
    """What a rule reports before the profile decides the action: field and evidence."""

    field: str
    evidence: str
    # A milder (or harsher) action for this finding than the rule's default, e.g. `contact.social`
    # "write me on WhatsApp" without a handle is `review`. A profile's own action for the code wins.
    action: str | None = None


RuleFunc = Callable[["AdSnapshot", "Profile", "RuleContext"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    code: str
    default_action: str
    func: RuleFunc

    @property
    def family(self) -> str:
        return self.code.split(".", 1)[0]


RULES: dict[str, Rule] = {}


def rule(code: str, *, action: str) -> Callable[[RuleFunc], RuleFunc]:
    """Register `func` as the check for `code`, with RULES.md's default action."""

    def register(func: RuleFunc) -> RuleFunc:
        if code in RULES:
            raise ValueError(f"rule {code} registered twice")
        RULES[code] = Rule(code=code, default_action=action, func=func)
        return func

    return register
