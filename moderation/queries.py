"""Reads on moderation, for the other apps."""

from __future__ import annotations

from django.conf import settings

from .models import CheckResult
from .rules.profiles import Profile, get_profile


def current_profile() -> Profile:
    """The policy profile this deployment runs (MARKETPLACE_POLICY)."""
    return get_profile(settings.MARKETPLACE_POLICY)


def results_for_revisions(revision_ids: list[int]) -> dict[int, CheckResult]:
    return {r.revision_id: r for r in CheckResult.objects.filter(revision_id__in=revision_ids)}
