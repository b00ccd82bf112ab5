"""The one entry point: run every rule the profile switches on over a snapshot.

The submit task, the live pre-check, `moderate_batch` and re-checks all call `check()`.
"""

from __future__ import annotations

from typing import Any

from . import families  # noqa: F401  (registers the rules)
from .context import RuleContext
from .profiles import Profile
from .registry import RULES
from .taxonomy import path_of
from .types import APPROVE, Action, AdSnapshot, Outcome, Violation


def check(
    snapshot: AdSnapshot,
    profile: Profile,
    context: RuleContext | None = None,
    *,
    codes: frozenset[str] | None = None,
) -> Outcome:
    """Judge `snapshot` under `profile`. `codes` limits the run (the live pre-check runs text rules only)."""
    context = context or RuleContext()
    violations: list[Violation] = []
    path = path_of(snapshot, context)
    for code, rule in RULES.items():
        if codes is not None and code not in codes:
            continue
        if not profile.is_on(code):
            continue
        action = Action.parse(profile.action_for(code, rule.default_action, path))
        overridden = code in profile.actions or any(code in profile.category_actions.get(s, {}) for s in path)
        for finding in rule.func(snapshot, profile, context):
            act = action
            if finding.action and not overridden:
                act = Action.parse(finding.action)
            violations.append(Violation(code=code, field=finding.field, evidence=finding.evidence, action=act))
    return Outcome(decision=decide(violations), violations=tuple(violations), changes=fixes(snapshot, violations))


def decide(violations: list[Violation] | tuple[Violation, ...]) -> str:
    if not violations:
        return APPROVE
    return max(v.action for v in violations).label


def fixes(snapshot: AdSnapshot, violations: list[Violation]) -> dict[str, Any]:
    """What the `fix` actions change on the ad (RULES.md: a conditional price becomes negotiable)."""
    changes: dict[str, Any] = {}
    for v in violations:
        if v.action is Action.FIX and v.code == "price.conditional":
            changes.update({"price": None, "price_kind": "negotiable"})
    return changes
