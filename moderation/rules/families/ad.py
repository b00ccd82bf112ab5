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


# A plea for help (the imperative or "I ask you to help", not the offer `помогу`) ...
_PLEA = re.compile(
    r"помогите|помоги\b|(?:прошу|просим|умоляю) (?:\w+ )?помочь|нужна помощь|please help|help (?:me|us)\b|"
    r"kömək edin|köməklik edin|kömək göstərin|көмектесіңіз|көмектесіңдер|көмектесіңіздер|көмек сұраймын|"
    r"დამეხმარეთ|დაგვეხმარეთ|დამეხმაროთ|დაგვეხმაროთ|გთხოვთ დახმარებ",
    re.I,
)
# ... with money or a medical cost in the same sentence is a request for financial aid.
_MONEY_NEED = re.compile(
    r"деньг|денеж|средств|операци|лечени|похорон|money|donat|surgery|treatment|funeral|\bpul|maddi|"
    r"əməliyyat|müalicə|ақша|қаржы|\bота\b|отаға|емдел|ფულ|თანხ|ოპერაცი|მკურნალობ",
    re.I,
)


def _plea_for_money(text: str) -> str | None:
    for sentence in re.split(r"[.!?\n]+", text):
        if _PLEA.search(sentence) and _MONEY_NEED.search(sentence):
            return sentence.strip()
    return None


@rule("ad.financial_aid", action="reject")
def financial_aid(snapshot, profile, context) -> Iterator[Finding]:
    """Asking for money, sponsors, fundraising, gifts."""
    a = analyze(snapshot, context)
    hit = a.first("ad.financial_aid")
    if hit:
        yield Finding(*hit)
        return
    for ft in a:
        found = _plea_for_money(ft.text)
        if found:
            yield Finding(ft.name, found[:80])
            return


# "Put in X, get Y% a month": an investment promising a fixed periodic return, in one sentence.
_INVEST = re.compile(
    r"\b(?:влож|вклад|инвест|invest|deposit|депозит|yatır|sərmayə|yüklə|пополн|закин|инвестиц|салым|сал\b|салып|ჩადე|ინვესტ)",
    re.I,
)
_RETURN = re.compile(
    r"\b(?:получ|доход|прибыл|заработ|выплат|earn|get|receive|return|profit|payout|qazan|gəlir|mənfəət|"
    r"табыс|пайда|алас|შემოსავ|მოგება|მიიღ)",
    re.I,
)
_PERIODIC = re.compile(
    r"\d\s*%|процент|ежемесячн|ежедневн|еженедельн|каждый (?:месяц|день)|в (?:месяц|день|неделю)|"
    r"per (?:month|day|week)|a (?:month|day|week)|monthly|daily|weekly|every (?:month|day)|ayda|gündə|hər ay|hər gün|hər həftə|"
    r"айына|күніне|ай сайын|თვეში|დღეში|ყოველთვიურად|x\s?\d\b|в \d+ раз",
    re.I,
)


# Asked to put money in (imperative or future), for the "X in, more out" comparison.
_STAKE = re.compile(
    r"\b(?:вложи|вложите|вкладывай|вкладывайте|инвестируй|инвестируйте|invest|put in|deposit|yatır|yatırın|"
    r"sərmayə qoy|салыңыз|салып|сал\b|ჩადე|ჩადეთ)",
    re.I,
)
# Money multiplied: "удвоим", "double your money", or a referral bonus (a pyramid's hallmark).
_MULTIPLY = re.compile(
    r"удвои|удваива|утрои|приумнож|(?:double|triple|multiply) (?:your|the) (?:money|investment|deposit|income|capital)|"
    r"ikiqat|екі есе|გააორმაგ|(?:приведи|пригласи|приглашай)(?:те)? (?:друга|друзей|знакомых)|"
    r"(?:invite|refer|bring) (?:a )?friends?|dostunu dəvət|досыңды шақыр",
    re.I,
)
# An amount: `50 000`, `1 млн`, `200 тысяч`, `$500`, `1000 лари`.
_AMOUNT = re.compile(r"(\d{1,3}(?:[ \u00a0.,]\d{3})+|\d+)\s*(млн|миллион|mln|million|тыс|тысяч|min|мың|k\b)?", re.I)
_SCALE = {"млн": 10**6, "миллион": 10**6, "mln": 10**6, "million": 10**6, "тыс": 1000, "тысяч": 1000, "min": 1000,
          "мың": 1000, "k": 1000}  # fmt: skip


def _amounts(sentence: str) -> list[float]:
    out = []
    for m in _AMOUNT.finditer(sentence):
        value = float(re.sub(r"\D", "", m.group(1)))
        scale = (m.group(2) or "").casefold()
        out.append(value * _SCALE.get(scale, 1))
    return out


def _promised_return(text: str) -> str | None:
    """Put in X, get more back: a fixed periodic return, a multiple of the stake, or a referral bonus."""
    for sentence in re.split(r"[.!?\n]+", text):
        if not _INVEST.search(sentence):
            continue
        if _MULTIPLY.search(sentence):
            return sentence.strip()
        if not _RETURN.search(sentence):
            continue
        if _PERIODIC.search(sentence):
            return sentence.strip()
        if _STAKE.search(sentence):  # `вложите 50 000, получите 150 000` (not `в ремонт вложено 2 млн`)
            amounts = [x for x in _amounts(sentence) if x >= 10]
            if len(amounts) >= 2 and max(amounts[1:]) >= 1.5 * amounts[0]:
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
