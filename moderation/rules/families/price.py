"""price.*: the price field.

Thresholds live in `terms/price_policy.json`: `price.conditional` fires on a fixed price at or below
the category's floor (in USD, converted to the ad's currency): 1, 5, 10, 11, 100 tenge/manat/lari for
goods worth far more. The floor follows the category's magnitude (a car or a flat for 1 000 tenge is
as token as a phone for 1 tenge, a 90-manat car battery is a real price), and a title naming a cheap
item (`price.cheap_items`: a case, a cable) lowers it.

Seed 002 (khashuri_ge) literally says "the price must not be a whole number" — a translation slip
of seed 003's "the price must be a whole number"; RULES.md switches `price.not_whole` on only in
twobe_ge and we follow it (khashuri's moderators do not reject 100 GEL).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from statistics import median

from ..analysis import analyze, analyze_text
from ..registry import Finding, rule
from ..taxonomy import MONTHLY_PRICE_CATEGORIES, path_of


def _policy(context) -> dict:
    return context.terms().get("price_policy", {})


def _fmt(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _nearest(table: dict, path: tuple[str, ...]):
    for slug in path:
        if slug in table:
            return table[slug]
    return table.get("default")


_FOR_RENT = re.compile(
    r"\b(?:сда[юёе]\w*|сдам|аренд\w*|посуточн\w*|жалға|kirayə\w*|kiraye\w*|icarə\w*|ქირავდება|ქირით|for\s+rent|to\s+let)",
    re.IGNORECASE,
)
_DAILY = re.compile(r"посуточн|по\s?часам|тәулік|günlük|gecəlik|დღიურად|daily|per\s+night", re.IGNORECASE)


def conditional_limit(snapshot, profile, context) -> Decimal | None:
    """The highest price that is a token price for this ad, or None where none is judged.

    Each category has a floor in USD (`conditional_floor_usd`, nearest slug wins): the least a real
    item of the category costs. A car for 90 manat is a token price, a car battery for 90 manat is
    not; a 5-manat phone is, a 5-manat phone case (`price.cheap_items` in the title) is not.
    """
    path = path_of(snapshot, context)
    policy = _policy(context)
    if any(slug in path for slug in policy.get("conditional_skip", ("jobs",))):
        return None
    currency = (snapshot.currency or profile.currency).upper()
    rate = policy.get("usd_rates", {}).get(currency)
    floors = policy.get("conditional_floor_usd")
    if rate is None or not floors:
        limit = profile.params.get("conditional_price_max")
        return Decimal(limit) if limit is not None else None
    floor = Decimal(str(_nearest(floors, path) or 0))
    if "real-estate" in path and _FOR_RENT.search(f"{snapshot.title}\n{snapshot.description}"):
        # a house or a plot let, not sold: its floor is a rent's (`Сдаю дом`, 150 000 a month)
        rent = "daily-rent" if _DAILY.search(f"{snapshot.title}\n{snapshot.description}") else "apartments-rent"
        floor = min(floor, Decimal(str(floors.get(rent, floor))))
    if "price.cheap_items" in analyze(snapshot, context).title.hits:
        floor = min(floor, Decimal(str(policy.get("cheap_item_floor_usd", 0))))
    return floor * Decimal(str(rate))


# A price per unit (`за кг`, `/kq`, `per kg`, `ცალი`, `цена за штуку`, `в час`): produce, bricks,
# tiles, eggs and hours are sold by the unit, so a small number there is the real price, not a token.
_UNIT = (
    r"кг|килограмм\w*|кило|грамм\w*|шт|штук\w*|тюк\w*|мешок|мешка|литр\w*|л|м2|м²|кв\.?\s*м|метр\w*|"
    r"час|сутки|занятие|ведро|банк\w*|kq|kg|kilo\w*|qram|ədəd\w*|m2|saat\w*|piece|pc|pcs|hour|lb|"
    r"пуч\w*|связк\w*|dəstə\w*|bağlama\w*|bunch|bundle|"
    r"კგ|კილო\w*|ცალ\w*|საათ\w*|კვ\.?\s*მ|сағат\w*|дана\w*|келі\w*"
)
_PER_UNIT = re.compile(
    rf"(?:\bза\s+(?:1\s*|одн\w+\s+|один\s+)?(?:{_UNIT})\b|/\s*(?:{_UNIT})\b|\bper\s+(?:{_UNIT})\b|"
    rf"\bв\s+(?:час|сутки)\b|\bцена\s+за\b|\b1\s*(?:{_UNIT})\b|"
    r"\b(?:килограмм\w*|kiloqram\w*|kq-?\w*|килосына|келісіне|данасы|сағатына|saatı|hər\s+\w+un\s+qiyməti|"
    r"ədədi|ცალზე|ცალის|ცალი|კილოზე|კილო|კგ|საათში)\b|\bbir\s+(?:dəstə|ədəd|kq|kilo|saat)\w*)",
    re.IGNORECASE,
)


def is_unit_price(snapshot) -> bool:
    """The ad prices one unit (a kilogram, a piece, an hour), so a small number is its real price."""
    return bool(_PER_UNIT.search(f"{snapshot.title}\n{snapshot.description}"))


@rule("price.conditional", action="reject")
def token_price(snapshot, profile, context) -> Iterator[Finding]:
    """A token price (1, 5, 100 tenge) for goods worth far more: olx_kz makes it "negotiable", others reject."""
    if snapshot.price is None or snapshot.price_kind != "fixed" or snapshot.price <= 0:
        return
    if is_unit_price(snapshot):
        return
    limit = conditional_limit(snapshot, profile, context)
    if limit is None:
        return
    if next(partial_payment(snapshot, profile, context), None) is not None:
        return  # a monthly instalment given as the price is price.partial's, not a token price
    if snapshot.price <= limit:
        yield Finding("price", _fmt(snapshot.price))
        return
    policy = _policy(context)
    if snapshot.price > limit * Decimal(str(policy.get("placeholder_factor", 1))):
        return
    placeholder = snapshot.price in {Decimal(v) for v in policy.get("placeholder_prices", ())}
    if placeholder or analyze(snapshot, context).has("price.hidden"):
        yield Finding("price", _fmt(snapshot.price))


@rule("price.unrealistic", action="review")
def far_below_market(snapshot, profile, context) -> Iterator[Finding]:
    """Far below comparable active ads (the seed's 200 AZN for an 1800–2000 AZN item)."""
    if snapshot.price is None or snapshot.price <= 0:
        return
    if next(token_price(snapshot, profile, context), None) is not None:
        return  # a token price is price.conditional's
    a = analyze(snapshot, context)
    if "price.cheap_items" in a.title.hits:
        return  # a case or a cable priced among the phones it fits
    if a.has("price.damaged"):
        return  # broken or sold for parts: the seller says why it is cheap
    policy = _policy(context)
    prices = [p for p in context.comparable_prices(snapshot) if p and p > 0]
    if len(prices) < policy.get("unrealistic_min_comparables", 3):
        return
    mid = median(prices)
    if snapshot.price < mid * Decimal(str(policy.get("unrealistic_ratio", 0.3))):
        yield Finding("price", f"{_fmt(snapshot.price)} (median {_fmt(Decimal(mid))})")


@rule("price.missing", action="reject")
def price_missing(snapshot, profile, context) -> Iterator[Finding]:
    """The category requires a price and none is given; "free" only where giving away is allowed."""
    if snapshot.price is not None and snapshot.price > 0:
        return
    path = path_of(snapshot, context)
    policy = _policy(context)
    if not any(slug in path for slug in policy.get("price_required", ())):
        return
    free = snapshot.price_kind == "free" or analyze(snapshot, context).has("price.free")
    if free and any(slug in path for slug in policy.get("free_allowed", ())):
        return
    yield Finding("price", snapshot.price_raw or "")


_NUMERIC = re.compile(r"^\s*[\d\s.,]+\s*(?:[^\W\d_]{1,5}|[$€₼₾₸₽])?\s*$")


@rule("price.words", action="reject")
def price_in_words(snapshot, profile, context) -> Iterator[Finding]:
    """Words instead of a price in the price field (`договорная`, `дёшево`, `символическая цена`)."""
    raw = (snapshot.price_raw or "").strip()
    if raw and not _NUMERIC.match(raw):
        yield Finding("price", raw)
    elif snapshot.price_kind == "negotiable" and snapshot.price is None and raw:
        yield Finding("price", raw)


@rule("price.not_whole", action="reject")
def fractional_price(snapshot, profile, context) -> Iterator[Finding]:
    """A fractional price where the profile takes whole numbers only (twobe_ge)."""
    price = snapshot.price
    if price is None and snapshot.price_raw:
        try:
            price = Decimal(snapshot.price_raw.strip().replace(" ", "").replace(",", "."))
        except InvalidOperation:
            return
    if price is not None and price != price.to_integral_value():
        yield Finding("price", _fmt(price))


_CURRENCY_ALIASES = {
    "₼": "AZN", "MANAT": "AZN", "AZM": "AZN", "₸": "KZT", "TENGE": "KZT", "ТГ": "KZT", "₾": "GEL",
    "LARI": "GEL", "$": "USD", "€": "EUR", "₽": "RUB", "РУБ": "RUB", "Y.E.": "USD", "У.Е.": "USD",
}  # fmt: skip


@rule("price.currency", action="reject")
def foreign_currency(snapshot, profile, context) -> Iterator[Finding]:
    """A price in a currency the profile does not take (emarket_az: manat only)."""
    if not snapshot.currency:
        return
    code = _CURRENCY_ALIASES.get(snapshot.currency.strip().upper(), snapshot.currency.strip().upper())
    if code != profile.currency and (snapshot.price is not None or snapshot.price_raw):
        yield Finding("price", f"{_fmt(snapshot.price) + ' ' if snapshot.price is not None else ''}{snapshot.currency}")


_NUMBER = re.compile(r"\d[\d\s]*(?:[.,]\d+)?")


@rule("price.partial", action="review")
def partial_payment(snapshot, profile, context) -> Iterator[Finding]:
    """A monthly instalment or part payment given as the price (khashuri_ge, twobe_ge)."""
    path = path_of(snapshot, context)
    if any(slug in MONTHLY_PRICE_CATEGORIES for slug in path):
        return
    a = analyze(snapshot, context)
    hit = a.first("price.partial")
    if hit:
        yield Finding(*hit)
        return
    if snapshot.price_raw and analyze_text("price", snapshot.price_raw, a.terms).hits.get("price.monthly"):
        yield Finding("price", snapshot.price_raw)
        return
    if snapshot.price is None:
        return
    limit = conditional_limit(snapshot, profile, context)
    factor = Decimal(str(_policy(context).get("partial_factor", 0)))
    if limit and snapshot.price > 0 and a.has("price.monthly") and snapshot.price <= limit * factor:
        # `iPhone 15, განვადებით` at 89 lari: far too little for the thing, so it is the instalment
        yield Finding("price", _fmt(snapshot.price))
        return
    # the price equals an amount the text gives per month or as a down payment ("12 000 в месяц",
    # "ежемесячный платёж 200"); instalment terms beside the full price are fine
    for ft in a:
        for first, last in ft.spans("price.monthly"):
            start, end = ft.tokens[first].start, ft.tokens[last].end
            lo = max(0, start - 25)
            for offset, window in ((lo, ft.text[lo:start]), (end, ft.text[end : end + 25])):
                for m in _NUMBER.finditer(window):
                    try:
                        value = Decimal(m.group().strip().replace(" ", "").replace(",", "."))
                    except InvalidOperation:
                        continue
                    if value == snapshot.price:
                        a_, b_ = (offset + m.start(), end) if offset < start else (start, offset + m.end())
                        yield Finding(ft.name, ft.norm.original(a_, b_).strip())
                        return
