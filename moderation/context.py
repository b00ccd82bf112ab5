"""The rules' view of the marketplace's own data, answered from the database."""

from __future__ import annotations

from dataclasses import dataclass

from .rules.context import RuleContext


@dataclass
class DatabaseContext(RuleContext):
    """Answers RuleContext's questions from Postgres or SQLite. `exclude_listing_id` is the ad under check."""

    exclude_listing_id: int | None = None
