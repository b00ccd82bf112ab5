"""Batch lines (RULES.md's `moderate_batch` input) as snapshots, and a context kept in memory.

`snapshot_from_line()` turns one JSON object of the batch format into an `AdSnapshot`;
`ReplayContext` remembers the ads of earlier lines so the duplicate, price and account rules see
them, exactly as the DB-backed context would see earlier rows. `replay()` runs a whole batch. Used by
the corpus tests and the benchmark; pure Python, no database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from .context import RuleContext
from .engine import check
from .profiles import Profile
from .similarity import comparable_titles, image_hashes, keys
from .taxonomy import ancestors
from .types import AdSnapshot, ImageSnapshot, Outcome, typed_price


def _parse_time(value: str | None, default: dt.datetime) -> dt.datetime:
    if not value:
        return default
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def snapshot_from_line(line: dict[str, Any], *, previous: AdSnapshot | None = None) -> AdSnapshot:
    """An `AdSnapshot` from one batch line (`price` a number, null, or what the seller typed)."""
    price_value = line.get("price")
    price: Decimal | None = None
    price_raw: str | None = None
    price_kind = line.get("price_kind", "fixed")
    if isinstance(price_value, bool):
        price_value = None
    if isinstance(price_value, (int, float)):
        price = Decimal(str(price_value))
    elif isinstance(price_value, str) and price_value.strip():
        price, price_raw = typed_price(price_value)  # `850`, `12,5`, `850 лари`, `договорная`
        if price is None:
            price_kind = line.get("price_kind", "negotiable")
    images = None
    if "images" in line:
        images = tuple(
            ImageSnapshot(path=i)
            if isinstance(i, str)
            else ImageSnapshot(path=i.get("path", ""), sha256=i.get("sha256"))
            for i in line["images"] or ()
        )
    category = line["category"]
    return AdSnapshot(
        ad_id=str(line["id"]),
        user_id=str(line["user"]),
        category=category,
        category_path=tuple(line.get("category_path") or ancestors(category)),
        region=line.get("region"),
        title=line.get("title") or "",
        description=line.get("description") or "",
        price=price,
        price_raw=price_raw,
        price_kind=price_kind,
        currency=line.get("currency"),
        contact_phone=line.get("contact_phone") or "",
        contact_email=line.get("contact_email") or "",
        attributes=dict(line.get("attributes") or {}),
        images=images,
        action=line.get("action", "submit"),
        previous=previous,
    )


@dataclass
class _Stored:
    snapshot: AdSnapshot
    posted_at: dt.datetime
    status: str  # active, deleted, expired
    deleted_at: dt.datetime | None = None


@dataclass
class ReplayContext(RuleContext):
    """Answers RuleContext's questions from the ads of earlier batch lines, kept in memory."""

    ads: dict[str, _Stored] = field(default_factory=dict)
    lifetime_days: int = 30
    blacklist: set[str] = field(default_factory=set)
    blocked_users: set[str] = field(default_factory=set)
    sellers: dict[str, set[str]] = field(default_factory=dict)  # user -> phones (last 9 digits), e-mails

    def _live(self, stored: _Stored) -> bool:
        return stored.status == "active" and (self.now - stored.posted_at).days < self.lifetime_days

    def other_ads_of_user(self, snapshot: AdSnapshot, *, days: int) -> Sequence[AdSnapshot]:
        return [
            s.snapshot
            for s in self.ads.values()
            if s.snapshot.user_id == snapshot.user_id
            and s.snapshot.ad_id != snapshot.ad_id
            and self._live(s)
            and (self.now - s.posted_at).days < days
        ]

    def deleted_ads_of_user(self, snapshot: AdSnapshot, *, days: int) -> Sequence[AdSnapshot]:
        return [
            s.snapshot
            for s in self.ads.values()
            if s.snapshot.user_id == snapshot.user_id
            and s.snapshot.ad_id != snapshot.ad_id
            and s.status == "deleted"
            and s.deleted_at is not None
            and (self.now - s.deleted_at).days < days
        ]

    def active_ads_count(self, user_id: str) -> int:
        return sum(1 for s in self.ads.values() if s.snapshot.user_id == user_id and self._live(s))

    def ads_in_category_count(self, user_id: str, category: str, *, days: int) -> int:
        return sum(
            1
            for s in self.ads.values()
            if s.snapshot.user_id == user_id
            and s.snapshot.category == category
            and (self.now - s.posted_at).days < days
        )

    def ads_of_other_accounts(self, snapshot: AdSnapshot) -> Sequence[AdSnapshot]:
        mine = keys(f"{snapshot.title}\n{snapshot.description}")
        images = image_hashes(snapshot)
        out = []
        for s in self.ads.values():
            other = s.snapshot
            if other.user_id == snapshot.user_id or not self._live(s):
                continue
            if images & image_hashes(other) or len(mine & keys(f"{other.title}\n{other.description}")) >= 4:
                out.append(other)
        return out

    def comparable_prices(self, snapshot: AdSnapshot) -> Sequence[Decimal]:
        return [
            s.snapshot.price
            for s in self.ads.values()
            if s.snapshot.ad_id != snapshot.ad_id
            and self._live(s)
            and s.snapshot.category == snapshot.category
            and s.snapshot.currency == snapshot.currency
            and s.snapshot.price is not None
            and comparable_titles(snapshot.title, s.snapshot.title)
        ]

    def is_blacklisted(self, *, phone: str = "", email: str = "") -> bool:
        return bool((phone and _digits(phone) in self.blacklist) or (email and email.casefold() in self.blacklist))

    def account_is_blocked(self, user_id: str) -> bool:
        return user_id in self.blocked_users

    def accounts_using_contact(self, *, phone: str = "", email: str = "", exclude_user: str = "") -> Sequence[str]:
        users = set()
        for s in self.ads.values():
            o = s.snapshot
            if o.user_id == exclude_user:
                continue
            if phone and o.contact_phone and _digits(o.contact_phone)[-9:] == _digits(phone)[-9:]:
                users.add(o.user_id)
            if email and o.contact_email and o.contact_email.casefold() == email.casefold():
                users.add(o.user_id)
        return sorted(users)

    def note_seller(self, snapshot: AdSnapshot) -> None:
        """A line's contact fields are its seller's (RULES.md): remember them as the account's."""
        found = self.sellers.setdefault(snapshot.user_id, set())
        if snapshot.contact_phone and len(_digits(snapshot.contact_phone)) >= 9:
            found.add(_digits(snapshot.contact_phone)[-9:])
        if snapshot.contact_email:
            found.add(snapshot.contact_email.casefold())

    def linked_accounts(self, user_id: str) -> Sequence[str]:
        """Other sellers of the batch that gave one of this seller's phones or e-mails."""
        mine = self.sellers.get(user_id, set())
        return sorted(user for user, contacts in self.sellers.items() if user != user_id and contacts & mine)

    # --- applying the events of the batch ---

    def apply(self, snapshot: AdSnapshot, outcome: Outcome | None, at: dt.datetime) -> None:
        """Record the line's event after it was judged (published unless rejected/blocked)."""
        stored = self.ads.get(snapshot.ad_id)
        if snapshot.action == "delete":
            if stored:
                stored.status, stored.deleted_at = "deleted", at
            return
        published = outcome is None or outcome.decision in ("approve", "fix", "review")
        if snapshot.action == "edit" and stored:
            stored.snapshot = snapshot
            if not published:
                stored.status = "rejected"
            return
        if snapshot.action == "restore" and stored:
            if published:
                stored.status, stored.posted_at = "active", at
            return
        if published:
            self.ads[snapshot.ad_id] = _Stored(snapshot, at, "active")


def _digits(phone: str) -> str:
    return "".join(c for c in phone if c.isdigit())


def replay(
    lines: Iterable[dict[str, Any]], profile: Profile, context: ReplayContext | None = None
) -> Iterator[tuple[dict[str, Any], AdSnapshot, Outcome | None]]:
    """Judge each line in order, each in the context of the earlier ones (as `moderate_batch` does)."""
    ctx = context or ReplayContext(lifetime_days=profile.ad_lifetime_days)
    clock = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    for line in lines:
        at = _parse_time(line.get("at"), clock)
        clock = max(clock, at)
        ctx.now = at
        stored = ctx.ads.get(str(line["id"]))
        action = line.get("action", "submit")
        if action in ("delete",):
            snap = stored.snapshot if stored else snapshot_from_line(line)
            snap = replace(snap, action="delete")
            ctx.apply(snap, None, at)
            yield line, snap, None
            continue
        if action == "restore" and stored:
            snap = replace(stored.snapshot, action="restore", previous=None)
        else:
            snap = snapshot_from_line(line, previous=stored.snapshot if (stored and action == "edit") else None)
        ctx.note_seller(snap)
        outcome = check(snap, profile, ctx)
        ctx.apply(snap, outcome, at)
        yield line, snap, outcome
