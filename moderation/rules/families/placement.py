"""category.mismatch and region.mismatch: the ad is filed in the wrong place.

`category.mismatch` reads product words in the title only (a description names many things) and
judges goods categories only: services, jobs and business ads talk about goods they repair, carry
or use. `region.mismatch` reads city names (every spelling and case, `RuleContext.region_names`)
in the title everywhere, and in the description of real-estate ads, where the location is the
object (seeds 002/003: "1-room flat in Khashuri" filed under Tbilisi). Only cities of the ad's own
country count: "привезена из Баку" in an Almaty ad is a provenance, not a location.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..analysis import analyze
from ..lexicon import TermIndex, parse_lines
from ..normalize import normalize
from ..registry import Finding, rule
from ..taxonomy import CATEGORY_PARENT, path_of
from .job import HIRING, JOB_SEARCH

_SIBLINGS_APART = frozenset(
    {
        ("cars", "auto-parts"),
        ("motorcycles", "auto-parts"),
        ("trucks", "auto-parts"),
        ("phones", "computers"),
        ("computers", "phones"),
    }
)
_GOODS = frozenset({"transport", "real-estate", "electronics", "home-garden", "fashion", "kids", "animals", "hobby"})


# A product word right after one of these (or before a postposition) names what the item is *for*,
# not the item: `Тумба под телевизор`, `Кресло в автомобиль`, `Чехол для iPhone`, `iPhone üçün çexol`.
_FOR_BEFORE = frozenset({"для", "под", "в", "во", "на", "к", "от", "for", "to", "of"})
_FOR_AFTER = frozenset({"üçün", "ucun", "үшін", "арналған", "ушин"})
# Models, toys and souvenirs of cars, houses and the like belong to kids or hobby, not transport.
_REPLICA = re.compile(
    r"\b(?:модел|игрушеч|игрушк|макет|масштаб|сувенир|детск|models?\b|toys?\b|replica|diecast|oyuncaq|maket|"
    r"ойыншық|სათამაშო|მოდელ)|\b1\s*[:/]\s*(?:18|24|32|43|64|72)\b",
    re.IGNORECASE,
)
# Neighbouring categories whose goods are named in each other's titles.
_NEIGHBOURS = {
    "kids": ("home-garden", "fashion", "hobby"),
    "home-garden": ("kids",),
    "fashion": ("kids",),
    "hobby": ("kids",),
    "music": ("tv-audio",),  # synthesizers, speakers, amplifiers
    "tv-audio": ("music",),
}


# In Georgian, Azerbaijani and Kazakh the head of a compound comes last: a product word in the
# genitive (`სახლის ჭაჭა`, homemade chacha) or followed by a possessed noun (`avtomobil oturacağı`,
# car seat; `көлік орындығы`) only says what the item is for.
_KA_GENITIVE = re.compile(r"ის$")
_TURKIC_LETTERS = frozenset("əöüığşçәғқңөұүһі")
_POSSESSED = re.compile(r"(?:[ıiuü]|s[ıiuü]|ğ[ıiuü]|[ыі]|с[ыі]|ғ[ыі])$")


_YOUNG = frozenset("bala balası balasi balaları balalari баласы балалары күшігі kuçuku küçüyü".split())
# `Komputer masasi` typed without the Azerbaijani letters: a possessed head after a plain word
_LATIN_POSSESSED = re.compile(r"^[a-z]{3,}s[iıuü]$")


def _is_modifier(ft, first: int, last: int) -> bool:
    prev = ft.tokens[first - 1].text if first > 0 else ""
    nxt = ft.tokens[last + 1].text if last + 1 < len(ft.tokens) else ""
    if prev in _FOR_BEFORE or nxt in _FOR_AFTER:
        return True
    if not nxt or re.search(r"[,;.]", ft.text[ft.tokens[last].end : ft.tokens[last + 1].start]):
        return False
    word = ft.tokens[last].text
    if "\u10a0" <= word[:1] <= "\u10ff":
        return bool(_KA_GENITIVE.search(word))
    if nxt in _YOUNG:
        return False  # `pişik balası`, `мысық баласы`: a kitten is a cat, not something for cats
    if any(c in _TURKIC_LETTERS for c in ft.text) or (_LATIN_POSSESSED.search(nxt) and word.isascii()):
        return len(nxt) > 3 and nxt.isalpha() and bool(_POSSESSED.search(nxt)) and not _POSSESSED.search(word)
    return False


def _abbreviation(ft, first: int, last: int) -> bool:
    """A short word written in capitals (`1.6 AT`, `AT`/`MT` gearboxes) is an abbreviation, not
    the common word it spells (`at`, a horse in Azerbaijani and Kazakh)."""
    if first != last:
        return False
    written = ft.norm.original(ft.tokens[first].start, ft.tokens[first].end)
    return len(written) <= 3 and written.isupper()


_VINTAGE = re.compile(
    r"vintage|antique|retro|soviet|ussr|ссср|советск|винтаж|антиквар|ретро|köhnə|sovet|kolleksiya|коллекц|"
    r"საბჭოთა|ანტიკვარ|კოლექცი|ескі|кеңес|коллекция|collector",
    re.IGNORECASE,
)


# A flat for rent filed under sales, or for sale under rent (the deal is in the title's verb).
_RENT_WORDS = (
    r"\b(?:сда[юёе]\w*|сдам|сниму|аренд\w*|посуточн\w*|почасов\w*|на длительн\w* срок|жалға|kirayə\w*|günlük|ქირავდება|"
    r"ქირით|for\s+rent|to\s+let|daily\s+rent)"
)
_SALE_WORDS = r"\b(?:прода[юёем]\w*|продам|сатылады|сатамын|satılır|satıram|იყიდება|for\s+sale)"
_DEAL_MISMATCH = {
    "apartments-sale": re.compile(_RENT_WORDS, re.IGNORECASE),
    "apartments-rent": re.compile(
        _SALE_WORDS + r"|\b(?:посуточн\w*|почасов\w*|по часам|на сутки|тәулік\w*|günlük|daily)", re.IGNORECASE
    ),
    "daily-rent": re.compile(_SALE_WORDS, re.IGNORECASE),
}


@rule("category.mismatch", action="review")
def category_mismatch(snapshot, profile, context) -> Iterator[Finding]:
    """The text belongs to another category (a phone in furniture; realtor services in a flat ad)."""
    path = path_of(snapshot, context)
    a = analyze(snapshot, context)
    if "real-estate" in path:
        hit = a.first("category.realtor")
        if hit:
            yield Finding(*hit)
            return
        deal = _DEAL_MISMATCH.get(path[0])
        m = deal.search(a.title.text) if deal else None
        if m:
            yield Finding("title", a.title.norm.original(*m.span()))  # `Сдаю посуточно` filed under sales
            return
        first_word = re.match(r"\s*\S+", a.description.text)
        m = deal.match(first_word.group().strip()) if deal and first_word else None
        if m:
            yield Finding("description", a.description.norm.original(*first_word.span()).strip())
            return  # `Сдаётся 1-комнатная …` opens an ad filed under sales
    if "ad.barter" in a.title.hits or "ad.barter_only" in a.title.hits:
        return  # `PS4 Slim велосипедке айырбастаймын`: the thing wanted in exchange is named too
    side = {"vacancies": JOB_SEARCH, "resumes": HIRING}.get(path[0])
    m = side.search(snapshot.title) if side else None
    if m:
        yield Finding("title", m.group())  # `Ищу работу сварщиком` filed under vacancies
        return
    if path[-1] not in _GOODS:
        return
    if "collectibles" in path and any(_VINTAGE.search(ft.text) for ft in a):
        return  # `Vintage Soviet camera Zenit-E`, `Köhnə fotoaparat`: an old thing kept for its age
    replica = bool(_REPLICA.search(a.title.text))
    named: dict[str, str] = {}
    for name in a.terms.lists:
        if name.startswith("category.") and name != "category.realtor":
            slug = name[len("category.") :]
            top = CATEGORY_PARENT.get(slug, slug)
            for first, last in a.title.spans(name):
                if _is_modifier(a.title, first, last) or _abbreviation(a.title, first, last):
                    continue
                if replica and top in ("transport", "real-estate"):
                    continue
                named.setdefault(slug, a.title.evidence(first, last))
                break
    if "price.cheap_items" in a.title.hits:
        # `iPhone 14 Pro ქეისი`, `Toyota Camry коврики`: an accessory named with what it fits
        named = {
            slug: ev
            for slug, ev in named.items()
            if CATEGORY_PARENT.get(slug, slug) not in ("electronics", "transport")
        }
    if not named:
        return
    own_top = path[-1]
    for slug in named:
        top = CATEGORY_PARENT.get(slug, slug)
        if slug in path or (top == own_top and (path[0], slug) not in _SIBLINGS_APART):
            return  # a sibling category is close enough, but not tyres in `cars` or a laptop in `phones`
        if any(x in _NEIGHBOURS.get(own, ()) for own in path for x in (slug, top)):
            return
    yield Finding("title", next(iter(named.values())))


@lru_cache(maxsize=8)
def _region_index(key: tuple) -> TermIndex:
    phrases = []
    for slug, _country, names in key:
        # city names are matched as written (every inflected form is listed): stems would make
        # `Семея` match `семена`; a Cyrillic name also takes the Kazakh case endings (`Астанадан`)
        forms = [n if n.endswith("*") else "=" + n for n in names]
        forms += ["=" + n + end for n in names if _CYRILLIC_NAME.fullmatch(n) for end in _KAZAKH_ENDINGS]
        phrases.extend(parse_lines(f"region.{slug}", forms))
    return TermIndex(phrases)


_CYRILLIC_NAME = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{3,}")
_KAZAKH_ENDINGS = (
    "да де та те дан ден тан тен нан нен ға ге қа ке ның нің дың дің тың тің ны ні ды ді лық лік дық дік тық тік"
).split()

# `Quba alması`, `Gəncə xalçası`, `Алматы апорты`: a town's name before a possessed common noun is
# where a product comes from (apples, carpets), not where the ad is; `Gəncə şəhəri` is the town.
_POSSESSED = re.compile(r"(?:ı|i|u|ü|ы|і)$")
_PLACE_NOUN = re.compile(
    r"^(?:şəhər|rayon|kənd|qəsəbə|bölgə|ərazi|mərkəz|metro|qala|қала|аудан|облыс|ауыл|кент|шаһар|ықшам)"
)


def _origin_of_product(ft, first: int, last: int, names: frozenset[str]) -> bool:
    if ft.tokens[last].text not in names or last + 1 >= len(ft.tokens):
        return False
    nxt = ft.tokens[last + 1]
    if ft.text[ft.tokens[last].end : nxt.start].strip():
        return False  # punctuation between
    word = ft.evidence(last + 1, last + 1)
    return word[:1].islower() and bool(_POSSESSED.search(nxt.text)) and not _PLACE_NOUN.match(nxt.text)


# Goods named after a town: mineral water, wine, beer (`Боржоми`, `Набеглави`, `Шымкентское пиво`).
_BRAND_CONTEXT = frozenset(
    {"вода", "воды", "воду", "минеральная", "минералка", "water", "წყალი", "მინერალური", "su", "suyu", "су"}
)


def _beside(ft, first: int, last: int, words: frozenset[str]) -> bool:
    """The word right before or right after the hit is one of `words` (`Gəncə prospekti`, `ул. Астана`)."""
    return (last + 1 < len(ft.tokens) and ft.tokens[last + 1].text in words) or (
        first > 0 and ft.tokens[first - 1].text in words
    )


def _near(ft, first: int, last: int, words: frozenset[str]) -> bool:
    lo, hi = max(0, first - 2), min(len(ft.tokens), last + 3)
    return any(ft.tokens[i].text in words for i in range(lo, hi) if not first <= i <= last)


# The seller says where they are: `нахожусь в Шымкенте`, `ბათუმში ვარ`, `Gəncədə yerləşirik`.
_HERE_BEFORE = frozenset(
    {"нахожусь", "находимся", "находится", "живу", "живем", "живём", "самовывоз", "located", "based", "pickup",
     "забирать", "забрать", "заберете", "заберёте", "самовывозом", "collect", "collection"}
)  # fmt: skip
# ... and the pick-up said after the town: `თბილისიდან უნდა გაიტანოთ`, `Gəncədən götürmək olar`.
_HERE_AFTER = frozenset(
    {"ვარ", "ვიმყოფები", "ვცხოვრობ", "ვართ", "yaşayıram", "yerləşir", "yerləşirik", "yerləşirəm", "тұрамын", "тұрамыз",
     "გაიტანოთ", "წაიღოთ", "გასატანი", "წასაღები", "götürmək", "götürə", "aparmaq", "алып", "самовывоз",
     "оттуда", "стоит", "стоят", "лежит"}
)  # fmt: skip


# A street or avenue named after a town is an address in the ad's own city (`Gəncə prospekti`).
_STREET = frozenset(
    {"prospekti", "küçəsi", "küç", "küçəsində", "проспект", "проспекте", "пр", "улица", "улице", "ул", "street",
     "st", "avenue", "ქუჩა", "ქუჩაზე", "ქუჩაში", "ქუჩის", "ქუჩასთან", "გამზირი", "გამზირზე", "გამზირის",
     "даңғылы", "көшесі", "көшесінде", "шоссе", "трасса", "трассу", "трассе", "трассы", "тасжолы"}
)  # fmt: skip
# The seller will bring the goods from that town: `машина в Актобе, пригоню`.
_DELIVER = frozenset(
    {"пригоню", "привезу", "привезти", "доставлю", "отправлю", "пригнать", "ჩამოვიყვან", "ჩამოვიტან",
     "gətirərəm", "göndərərəm", "әкелемін", "жеткіземін", "bring", "deliver", "ship"}
)  # fmt: skip

_PLACE_PREP = frozenset({"в", "во", "из", "in", "from", "at"})
_PERSON = frozenset(
    {"я", "мы", "сам", "сама", "сейчас", "товар", "i", "im", "we", "m", "am", "are", "currently", "now"}
)


# "is in <town>" said by the town's own word form: `Gəncədədir`, `Bakıdadır`, `ბათუმშია`.
_IS_IN_SUFFIX = re.compile(r"(?:da|də|de)(?:dır|dir|dur|dür)$|შია$")


def _self_located(ft, first: int, last: int) -> bool:
    if _IS_IN_SUFFIX.search(ft.tokens[last].text):
        return True
    if _LOCATIVE_HERE.search(ft.tokens[last].text) and any(
        ft.tokens[i].text in _STANDS for i in range(last + 1, min(len(ft.tokens), last + 6))
    ):
        return True
    if first >= 2 and ft.tokens[first - 1].text in _PLACE_PREP and ft.tokens[first - 2].text in _PERSON:
        return True  # `Я в Тбилиси`, `мы из Кутаиси`, `I'm in Batumi`
    before = {ft.tokens[i].text for i in range(max(0, first - 3), first)}
    after = {ft.tokens[i].text for i in range(last + 1, min(len(ft.tokens), last + 3))}
    later = {ft.tokens[i].text for i in range(last + 1, min(len(ft.tokens), last + 6))}
    return bool(before & _HERE_BEFORE or after & _HERE_AFTER or later & _DELIVER)


_LOCATED = re.compile(r"^(?:находится|находятся|расположен\w*|located|yerləşir)$")
# A town in the locative then "stands / is / come and take it": where the goods are
# (`Гарнитур Астанада тұр`, `Sumqayitda … gelib goture bilersiniz`).
_LOCATIVE_HERE = re.compile(r"(?:да|де|та|те|da|də|de|ta|tə|te)$")
_STANDS = frozenset("тұр тұрады тур турады durur yerləşir yerlesir gəlib gelib götürə gotura götürmək".split())
_QUOTED = re.compile(r"[«\"“„][^»\"”“\n]{2,60}[»\"”“]")
# Words before a town that say the ad is not there: moving away, or a district named after it.
_NOT_HERE = re.compile(
    r"^(?:переезд\w*|переезжа\w*|уезжа\w*|moving|relocat\w*|köçür\w*|köçdüyüm\w*|көшу\w*|გადავდივარ|"
    r"район|р-н|мкр|микрорайон\w*|жк|district|rayon\w*|аудан\w*)$"
)


def _in_a_name(ft, first: int, last: int) -> bool:
    start = ft.tokens[first].start
    if any(q.start() < start < q.end() for q in _QUOTED.finditer(ft.text)):
        return True
    if last + 1 < len(ft.tokens):
        nxt = ft.evidence(last + 1, last + 1)
        gap = ft.text[ft.tokens[last].end : ft.tokens[last + 1].start]
        return gap == " " and nxt[:1].isupper() and nxt.isascii() and ft.evidence(first, first).isascii()
    return False


def _near_before(ft, first: int, pattern: re.Pattern) -> bool:
    return any(pattern.match(ft.tokens[i].text) for i in range(max(0, first - 2), first))


@lru_cache(maxsize=256)
def _base_names(names: tuple[str, ...]) -> frozenset[str]:
    """The nominative forms: each name as written, and each `Name*` stem."""
    return frozenset(normalize(n.rstrip("*")).text for n in names)


@rule("region.mismatch", action="review")
def region_mismatch(snapshot, profile, context) -> Iterator[Finding]:
    """The text names a city of the same country other than the ad's region."""
    if not snapshot.region:
        return
    regions = context.region_names()
    own = regions.get(snapshot.region)
    if own is None:
        return
    key = tuple(sorted((slug, country, tuple(names)) for slug, (country, names) in regions.items()))
    index = _region_index(key)
    a = analyze(snapshot, context)
    whole_description = "real-estate" in path_of(snapshot, context)
    mentioned: dict[str, tuple[str, str]] = {}
    located: dict[str, tuple[str, str]] = {}  # towns the text says the object is in
    for ft in (a.title, a.description):
        if ft is a.description and not ft.tokens:
            continue
        for hit in index.match(ft.tokens):
            if ft is a.description and not whole_description and not _self_located(ft, hit.first, hit.last):
                continue  # goods: a town in the description is where they come from, unless the seller is there
            before = ft.text[ft.tokens[hit.first].start - 1 : ft.tokens[hit.first].start]
            after = ft.text[ft.tokens[hit.last].end : ft.tokens[hit.last].end + 1]
            if before in ("@", "_", "/", ".") or after in ("_", "@"):
                continue  # part of a handle or an address, not a place
            if re.match(r"-[A-Z0-9]", ft.norm.original_text[ft.tokens[hit.last].end : ft.tokens[hit.last].end + 2]) or (
                _beside(ft, hit.first, hit.last, _STREET)
            ):
                continue  # a brand (`Oral-B`) or a street named after the town (`Gəncə prospekti`)
            if _near(ft, hit.first, hit.last, _BRAND_CONTEXT):
                continue  # a product named after a town (`вода Боржоми`), not a place
            slug = hit.list_name[len("region.") :]
            if _IS_IN_SUFFIX.search(ft.tokens[hit.last].text) or _near_before(ft, hit.first, _LOCATED):
                located.setdefault(slug, (ft.name, ft.evidence(hit.first, hit.last)))
            if _origin_of_product(ft, hit.first, hit.last, _base_names(tuple(regions[slug][1]))):
                continue
            if _in_a_name(ft, hit.first, hit.last):
                continue  # `ООО «Baku Steel Company»`, `Astana Motors`: a company named after a town
            if _near_before(ft, hit.first, _NOT_HERE):
                continue  # `переезд в Астану`, `район Алматы` (a district of Astana), `moving to Baku`
            mentioned.setdefault(slug, (ft.name, ft.evidence(hit.first, hit.last)))
            if ft is a.title and whole_description:
                located.setdefault(slug, (ft.name, ft.evidence(hit.first, hit.last)))  # `Дом посуточно в Боржоми`
    for slug, (field, evidence) in located.items():
        if slug != snapshot.region and regions[slug][0] == own[0]:
            yield Finding(field, evidence)  # `Ev Gəncədədir … Bakıda yaşayıram`: the house is where it is
            return
    if not mentioned or snapshot.region in mentioned:
        return
    for slug, (field, evidence) in mentioned.items():
        if regions[slug][0] == own[0]:
            yield Finding(field, evidence)
            return
