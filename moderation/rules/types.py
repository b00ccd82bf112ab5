"""Plain data the rules work on: no ORM, no Django, so a rule can be read, tested and timed alone."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any


class Action(enum.IntEnum):
    """What a policy does about a violation, ordered from mild to severe (RULES.md)."""

    FIX = 1
    REVIEW = 2
    REJECT = 3
    BLOCK = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Action:
        return cls[value.upper()]


#: The decision for an ad is the most severe action among its violations; none means approve.
APPROVE = "approve"


@dataclass(frozen=True)
class ImageSnapshot:
    """One photo as moderation sees it: enough to judge it without opening the ORM."""

    path: str
    width: int | None = None
    height: int | None = None
    format: str | None = None
    sha256: str | None = None
    phash: str | None = None
    ocr_text: str | None = None
    # What the QR decoder read in the picture (one entry per code found).
    qr: tuple[str, ...] = ()
    # Why the upload was refused before it could be judged as a picture (`photo.format`, ...):
    # (code, message); None for a readable photo.
    refused: tuple[str, str] | None = None


@dataclass(frozen=True)
class AdSnapshot:
    """The exact content of one revision of an ad, as submitted.

    `price` is a number (Decimal) or None; `price_raw` is what the seller typed in the price
    field when it was not a number ("договорная"), for `price.words`.
    `images` is None when photos are not to be judged at all (a text-only batch line) and a
    tuple (possibly empty) otherwise.
    """

    ad_id: str
    user_id: str
    category: str
    title: str
    description: str = ""
    category_path: tuple[str, ...] = ()
    region: str | None = None
    price: Decimal | None = None
    price_raw: str | None = None
    price_kind: str = "fixed"
    currency: str | None = None
    contact_phone: str = ""
    contact_email: str = ""
    attributes: dict[str, Any] = field(default_factory=dict)
    images: tuple[ImageSnapshot, ...] | None = None
    action: str = "submit"
    previous: AdSnapshot | None = None

    def in_category(self, slug: str) -> bool:
        """True if the ad's category is `slug` or lies below it."""
        return slug == self.category or slug in self.category_path


@dataclass(frozen=True)
class Violation:
    code: str
    field: str
    evidence: str
    action: Action

    def as_dict(self) -> dict[str, str]:
        return {
            "code": self.code,
            "field": self.field,
            "evidence": self.evidence,
            "action": self.action.label,
        }


@dataclass(frozen=True)
class Outcome:
    """The engine's answer for one snapshot."""

    decision: str
    violations: tuple[Violation, ...]
    changes: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {
            "decision": self.decision,
            "violations": [v.as_dict() for v in self.violations],
            "changes": dict(self.changes),
        }


_TYPED_AMOUNT = re.compile(r"^\s*(\d[\d\s]*(?:[.,]\d+)?)\s*([^\W\d_]{1,5}|[$€₼₾₸₽])?\s*$")


def typed_price(raw: str | None) -> tuple[Decimal | None, str | None]:
    """What a seller typed into the price field, as `(amount, price_raw)` for an `AdSnapshot`:
    `45000` → (45000, None); `850 лари`, `12,5` → (the amount, the text kept for the price rules);
    `договорная` → (None, the text)."""
    raw = (raw or "").strip()
    if not raw:
        return None, None
    m = _TYPED_AMOUNT.match(raw)
    try:
        amount = Decimal(m.group(1).replace(" ", "").replace(",", ".")) if m else None
    except InvalidOperation:
        amount = None
    if amount is None:
        return None, raw
    return amount, None if amount == amount.to_integral_value() and not m.group(2) else raw
