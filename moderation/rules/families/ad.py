"""ad.*: the kind of ad (wanted, barter only, auction, asking for money, financial schemes).

`ad.wanted` is judged on the title and the first sentence of the description: "will buy" said
later ("куплю ваш старый телефон в зачёт") is a trade-in offer, not a wanted ad. The jobs
categories are exempt (a résumé "ищу работу" is not a purchase).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..analysis import analyze
from ..registry import Finding, rule
from ..taxonomy import in_category


@rule("ad.wanted", action="reject")
def wanted(snapshot, profile, context) -> Iterator[Finding]:
    """A "will buy" ad (emarket_az)."""
    if in_category(snapshot, "jobs", context):
        return
    a = analyze(snapshot, context)
    for evidence in a.title.found("ad.wanted"):
        yield Finding("title", evidence)
        return
    d = a.description
    first_sentence_end = next((i for i, c in enumerate(d.text) if c in ".!?\n"), len(d.text))
    for first, last in d.spans("ad.wanted"):
        if d.tokens[first].start <= first_sentence_end:
            yield Finding("description", d.evidence(first, last))
            return


# Exchange offers that leave a sale open when the ad has a price.
_WEAK_BARTER = re.compile(
    r"(?:меняю|поменяю|обменяю|обмен) на|dəyişirəm|dəyişərəm|barter edirəm|dəyişmək olar|"
    r"(?:exchange|swap|trade) for|გავცვლი|ауыстырамын"
)


@rule("ad.barter_only", action="reject")
def barter_only(snapshot, profile, context) -> Iterator[Finding]:
    """Exchange only, no sale (emarket_az). A price beside an exchange offer is a sale."""
    a = analyze(snapshot, context)
    hits = list(a.found("ad.barter_only"))
    if hits:
        # `меняю на` with a real price is barter *or* sale; a hit that rules the sale out
        # (`только`, `продажа не интересует`, `satılmır`) is barter only whatever the price
        strong = [h for h in hits if not _WEAK_BARTER.fullmatch(h[1].casefold().strip())]
        if strong:
            yield Finding(*strong[0])
        elif not (snapshot.price and snapshot.price > 0):
            yield Finding(*hits[0])
        return
    barter = a.first("ad.barter")
    if barter and (snapshot.price is None or snapshot.price <= 0) and snapshot.price_kind != "negotiable":
        yield Finding(*barter)


@rule("ad.auction", action="reject")
def auction(snapshot, profile, context) -> Iterator[Finding]:
    """An auction, lottery or raffle (a car bought at a Japanese auction is not one)."""
    hit = analyze(snapshot, context).first("ad.auction")
    if hit:
        yield Finding(*hit)


@rule("ad.financial_aid", action="reject")
def financial_aid(snapshot, profile, context) -> Iterator[Finding]:
    """Asking for money, sponsors, fundraising, gifts."""
    hit = analyze(snapshot, context).first("ad.financial_aid")
    if hit:
        yield Finding(*hit)


# "Put in X, get Y% a month": an investment promising a fixed periodic return, in one sentence.
_INVEST = re.compile(
    r"\b(?:влож|вклад|инвест|invest|deposit|yatır|sərmayə|инвестиц|салым|сал\b|салып|ჩადე|ინვესტ)", re.I
)
_RETURN = re.compile(
    r"\b(?:получ|доход|прибыл|заработ|выплат|earn|get|receive|return|profit|payout|qazan|gəlir|mənfəət|"
    r"табыс|пайда|алас|შემოსავ|მოგება|მიიღ)",
    re.I,
)
_PERIODIC = re.compile(
    r"\d\s*%|процент|ежемесячн|ежедневн|еженедельн|каждый (?:месяц|день)|в (?:месяц|день|неделю)|"
    r"per (?:month|day|week)|a (?:month|day|week)|monthly|daily|weekly|every (?:month|day)|ayda|gündə|hər ay|"
    r"айына|күніне|ай сайын|თვეში|დღეში|ყოველთვიურად|x\s?\d\b|в \d+ раз",
    re.I,
)


def _promised_return(text: str) -> str | None:
    for sentence in re.split(r"[.!?\n]+", text):
        if _INVEST.search(sentence) and _RETURN.search(sentence) and _PERIODIC.search(sentence):
            return sentence.strip()
    return None


@rule("ad.financial_scheme", action="block")
def financial_scheme(snapshot, profile, context) -> Iterator[Finding]:
    """Pyramids, "earn without investment", Forex/trading signals, dubious loans, fixed returns."""
    hit = analyze(snapshot, context).first("ad.financial_scheme")
    if hit:
        yield Finding(*hit)
        return
    for field in ("title", "description"):
        found = _promised_return(getattr(snapshot, field) or "")
        if found:
            yield Finding(field, found[:80])
            return
