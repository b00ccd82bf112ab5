"""title.*: how a title is written.

Seeds 002/003 list `"ვყიდი!"` / `"გაყიდვა!"` ("I sell!", "Sale!") among attention words. Selling is
what a title says, so the word alone is fine; with an exclamation mark it is shouting, and that is
what the moderators remove: `title.attention` fires on `продам!`, `sale!`, `ვყიდი!`, `satılır!`.
Seeds 002/003 also forbid a price in the description; RULES.md keeps `title.price` to the title,
and so do we (a description may say "цена за комплект", "торг уместен").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal

from ..analysis import analyze
from ..registry import Finding, rule
from ..taxonomy import in_category

_CAPS_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*|\w+", re.UNICODE)
# Non-letter decoration: the seed's `* ^ @ < > ~ = # $`, stars, hearts, arrows, runs of `!`/`?`.
_DECORATION = re.compile(r"[*^@<>~=#$★☆♥❤✓✔►▶◆◇■□●○•✨⚡️🔥]|!{2,}|\?{2,}|[!?]{3,}|[_|]{2,}")
# At most this many capitals in a row are an abbreviation (BMW, LED, GB, ГАЗ, АКПП, SSRİ).
_ABBREVIATION_MAX = 4
# Letters joined to digits by a hyphen, slash or dot are a model code (`PSR-E373`, `GA-2100`, `KDL-40`).
_MODEL_JOIN = re.compile(r"[-/.]?\d")

_SELL_SHOUT = re.compile(
    r"\b(?:продам|продаю|продается|продаётся|куплю|срочно|sale|selling|satılır|satiram|satıram|ვყიდი|ვიყიდი|"
    r"გაყიდვა|იყიდება|сатамын|сатылады)\s*!",
    re.IGNORECASE,
)


# Symbols that carry meaning in a title: numero sign, degrees, trade marks.
_NOT_DECORATION = frozenset("№°©®™℃℉")


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x1F000 <= cp <= 0x1FAFF
        or 0x2600 <= cp <= 0x27BF
        or 0x2B00 <= cp <= 0x2BFF
        or 0x2300 <= cp <= 0x23FF
        or unicodedata.category(ch) == "So"
    ) and ch not in _NOT_DECORATION


@rule("title.length", action="reject")
def title_too_long(snapshot, profile, context) -> Iterator[Finding]:
    """Longer than the profile's limit; the evidence is the part past the limit."""
    if len(snapshot.title) > profile.title_max_length:
        yield Finding("title", snapshot.title[profile.title_max_length :])


def _spelled_so_in_text(word: str, description: str) -> bool:
    if word not in description:
        return False
    letters = [c for c in description if c.isalpha()]
    return sum(c.isupper() for c in letters) < 0.3 * max(1, len(letters))


@rule("title.caps", action="reject")
def title_in_capitals(snapshot, profile, context) -> Iterator[Finding]:
    """Words in capitals that are not abbreviations (`SAMSUNG Galaxy` yes; `BMW X5`, `LED TV` no)."""
    title = snapshot.title
    if not any(c.isupper() for c in title):
        return
    allowed = analyze(snapshot, context).terms.abbreviations
    shouted = []
    for m in _CAPS_WORD.finditer(title):
        word = m.group()
        letters = [c for c in word if c.isalpha()]
        if len(letters) <= _ABBREVIATION_MAX or any(c.isdigit() for c in word):
            continue
        if _MODEL_JOIN.match(title, m.end()) or (m.start() and _MODEL_JOIN.match(title[m.start() - 2 : m.start()])):
            continue  # part of a model code
        if not all(c.isupper() for c in letters):
            continue
        if word.casefold() in allowed or word.casefold().replace("-", "") in allowed:
            continue
        if _spelled_so_in_text(word, snapshot.description):
            continue  # `PASHA Bank` written the same way in a description in normal case: a name's spelling
        shouted.append(word)
    if shouted:
        yield Finding("title", " ".join(shouted))


@rule("title.symbols", action="reject")
def title_decoration(snapshot, profile, context) -> Iterator[Finding]:
    """Decoration (`* ^ @ < > ~ = # $ ★`), emoji, or a run of `!!` / `??`."""
    title = snapshot.title
    found = [m.group() for m in _DECORATION.finditer(title)]
    found.extend(ch for ch in title if _is_emoji(ch) and ch not in found)
    if found:
        yield Finding("title", " ".join(dict.fromkeys(found)))


_PRICE_IN_TITLE = re.compile(
    r"(?:(?:цена|баға|бағасы|qiymət|qiymet|ფასი|price)\s*[:\-–]?\s*\d[\d\s.,]*\d?(?:\s*(?:тыс|k|к|млн))?)"
    r"|(?:\d[\d\s.,]*\d|\d)\s*(?:тыс\.?|млн\.?|k\b|к\b)?\s*(?:тг|тенге|теңге|₸|kzt|azn|manat|₼|лари|lari|gel|₾|"
    r"\$|usd|у\.е|евро|eur|€|руб|₽|rub|dollar|доллар|ლარი|mln|млн|манат|manat|tenge)"
    r"|(?:\$|€|₼|₾|₸|₽)\s*\d",
    re.IGNORECASE,
)


# Coins and banknotes name their face value in the title; that is the item, not its price.
_DENOMINATION = re.compile(
    r"(?:\bмонет|\bкупюр|\bбанкнот|\bбоны\b|\bcoins?\b|\bbanknot|\bsikk|\bəskinas|\bqəpik|\bтиын|მონეტ|ბანკნოტ)",
    re.IGNORECASE,
)


# A number after "за"/"for"/"по" is what the item costs (`Kia Rio за 6 200 000`), and so is any
# number in the title that equals the price field (`Диван 85 000`), unless it reads as a year.
_FOR_AMOUNT = re.compile(
    r"(?:\bза|\bfor|\bпо|\bjust|\bonly|\bвсего|\bcəmi|\bтолько)\s+(\d{1,3}(?:[\s.,]\d{3})+|\d{4,})\b", re.I
)
_NUMBER = re.compile(
    r"(?<![\w.,/-])\d{1,3}(?:[ \u00a0.,]\d{3})+(?![\w.,/-]|\s?[x×х*]\s?\d)|(?<![\w.,/-])\d+(?![\w.,/-])"
)


_THOUSANDS = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d)?)\s?(тыс|тысяч|k|к|млн|mln)\b\.?", re.IGNORECASE)


def _amount_in_title(snapshot) -> str | None:
    title = snapshot.title
    m = _FOR_AMOUNT.search(title)
    if m:
        return m.group().strip()
    price = snapshot.price
    if price is None or price < 100:
        return None
    for m in _THOUSANDS.finditer(title):
        value = Decimal(m.group(1).replace(",", ".")) * (1000 if m.group(2)[0] in "тkк" else 1_000_000)
        if value == price:
            return m.group()  # `Шуба норковая, 180 тыс` for 180 000
    for m in _NUMBER.finditer(title):
        value = re.sub(r"\D", "", m.group())
        if not value or int(value) != price:
            continue
        if len(value) == 4 and 1900 <= int(value) <= 2035:
            continue  # a model year that happens to be the price
        return m.group()
    return None


# In a vacancy the amount after "salary"/"income" is the pay, not a price (`Водитель, з/п от 300 000`).
_SALARY = re.compile(
    r"(?:зарплат\w*|з/п|зп|оклад\w*|доход\w*|заработ\w*|salary|income|pay|maaş\w*|gəlir\w*|жалақы\w*|"
    r"табыс\w*|ხელფას\w*|შემოსავ\w*)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


@rule("title.price", action="reject")
def price_in_title(snapshot, profile, context) -> Iterator[Finding]:
    """A price written in the title (`45 000 тг`, `$500`, `цена 300`, `за 6 200 000`)."""
    m = _PRICE_IN_TITLE.search(snapshot.title)
    if m and _DENOMINATION.search(snapshot.title):
        m = None  # a face value: `монеты 50 тенге`, `banknote 100 manat`
    evidence = m.group().strip() if m else _amount_in_title(snapshot)
    if not evidence:
        return
    at = m.start() if m else max(snapshot.title.find(evidence), 0)
    if in_category(snapshot, "jobs", context) and _SALARY.search(snapshot.title[:at]):
        return  # `Водитель, з/п от 300 000`: in a vacancy the amount after "salary" is the pay
    yield Finding("title", evidence)


@rule("title.attention", action="reject")
def attention_words(snapshot, profile, context) -> Iterator[Finding]:
    """Words that grab attention instead of naming the item (`срочно`, `urgent`, `ucuz`, `sale!`)."""
    a = analyze(snapshot, context)
    for evidence in a.title.found("title.attention"):
        yield Finding("title", evidence)
    m = _SELL_SHOUT.search(a.title.text)
    if m:
        yield Finding("title", a.title.norm.original(*m.span()))


# A shop or company word followed by a name: `магазин «Техно»`, `Salon Elegant`, `მაღაზია „ნიკორა“`.
_NAMED_BUSINESS = re.compile(
    r"(?:магазин|салон|бутик|компания|фирма|сервис|service|servis|shop|store|salon|boutique|company|mağaza|şirkət|дүкен|компаниясы|"
    r"მაღაზია|კომპანია|სალონი)\w*(?:\s+(?-i:[a-zа-яё]+)){0,2}\s+(?:[«\"“„'][^»\"”“']{2,40}[»\"”“']|(?-i:[A-ZА-ЯЁ][\w&-]+))",
    re.IGNORECASE,
)


# A title that opens with a quoted name and a dash is signed by a shop: `„გაჯეტ ზონა“ — AirPods Pro 2`.
_SIGNED_TITLE = re.compile(
    r"^\s*(?:[«\"“„][^»\"”“]{2,40}[»\"”“]\s*[—–\-:|]"
    # ... or a capitalised name with a trade word: `Elit Electronics: …`, `Mobile Center — …`
    r"|(?:[A-ZА-Я][\w&'-]*\s+){0,2}(?-i:[A-Z][a-z]*|[А-Я][а-я]*)?(?:Electronics|Shop|Store|Market|Group|Cent(?:er|re)|"
    r"Service|Mobile|Trade|Mall|Plaza|Studio|Motors|Gallery|Boutique|Company|Маркет|Центр|Сервис|Групп)\b\s*[—–\-:|])",
    re.IGNORECASE,
)


# Georgian has no capitals: a shop word followed by a name (`მაღაზია ელიტ ელექტრონიქსი`), not `მაღაზიაში`.
_KA_SHOP = re.compile(
    r"(?:მაღაზია|სალონი|კომპანია|შპს|სერვის ცენტრი|სერვის-ცენტრი|სახელოსნო|სტუდია|ავტოსერვისი)\s+[„\"«]?[ა-ჰ]{3,}"
)
# A service offered under a quoted, capitalised name: `Шиномонтаж «Автопрофи» — балансировка`.
_QUOTED_NAME = re.compile(r"[«\"“„](?-i:[A-ZА-ЯЁ])[^»\"”“]{1,40}[»\"”“]")


@rule("title.company", action="review")
def company_in_title(snapshot, profile, context) -> Iterator[Finding]:
    """A company or shop name in the title (`ТОО …`, `магазин «Техно»`, `შპს …`); a vacancy names its employer."""
    if in_category(snapshot, "jobs", context):
        return
    for evidence in analyze(snapshot, context).title.found("title.company"):
        yield Finding("title", evidence)
        return
    m = (
        _NAMED_BUSINESS.search(snapshot.title)
        or _SIGNED_TITLE.search(snapshot.title)
        or _KA_SHOP.search(snapshot.title)
    )
    if not m and in_category(snapshot, "services", context):
        m = _QUOTED_NAME.search(snapshot.title)
    if m:
        yield Finding("title", m.group().strip(" —–-:|"))
