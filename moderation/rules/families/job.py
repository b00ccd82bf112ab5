"""job.*: ads in the jobs categories (olx_kz's job rules, applied to every profile's jobs).

`job.missing_company` and `job.missing_position` judge vacancies only (a résumé names no employer);
the employer may also come as `attributes["company"]` / the position as `attributes["position"]`.
`job.mlm` fires outside the network-marketing category only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..analysis import analyze
from ..registry import Finding, rule
from ..taxonomy import in_category

# An employer named in quotes (`«Техно»`, `„ნიკორა“`) or after "at" (`Barista at Coffee Boom`).
_QUOTED_NAME = re.compile(r"[«\"“„][^»\"”“\n]{2,40}[»\"”“]")
_AT_NAME = re.compile(r"\b(?:at|in)\s+[A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+)?")


def _is_job(snapshot, context) -> bool:
    return in_category(snapshot, "jobs", context)


def _is_vacancy(snapshot, context) -> bool:
    return in_category(snapshot, "vacancies", context) or (
        in_category(snapshot, "jobs", context)
        and not in_category(snapshot, "resumes", context)
        and not in_category(snapshot, "network-marketing", context)
    )


# A legal form names an employer by itself; a kind of place (`в магазин`, `в кафе`, `компания`)
# only with a name beside it (`в магазин Technodom`, `сеть кофеен Coffee Boom`).
_LEGAL_FORM = frozenset({"тоо", "ооо", "ип", "ао", "жшс", "mmc", "llc", "ltd", "შპს", "зао", "asc", "qsc"})


# Capitalised common nouns sellers put after a kind of place: what the shop sells, not its name.
_GENERIC_NAME = re.compile(
    r"(?:продукт|продовольств|одежд|обув|мебел|техник|цвет|хозтовар|стройматериал|запчаст|автозапчаст|товар|"
    r"канцтовар|косметик|игрушк|книг|электроник|овощ|фрукт|мяс|хлеб|сантехник|посуд|ткан|бытов|детск|женск|"
    r"мужск|спорт|ремонт|строй|авто|шин|быстр|фаст|магазин|кафе|салон|аптек|рынок|базар|центр|город|район|"
    r"работ|график|зарплат|оплат|опыт|требова|услови|обязанност|food|clothes|shoes|furniture|grocery)"
)


_PLACE_PREP = frozenset({"в", "во", "in", "near", "около", "возле"})


def _names_employer(ft, first: int, last: int) -> bool:
    if any(ft.tokens[i].text in _LEGAL_FORM for i in range(first, last + 1)):
        return True
    evidence = ft.evidence(first, last)
    if any(c.isupper() for c in evidence[1:]) or _QUOTED_NAME.search(evidence):
        return True  # the hit is itself a name (a list entry like `Kaspi`, `Magnum`)
    n = len(ft.tokens)
    near = [i for i in (first - 1, last + 1) if 0 < i < n]
    if last + 2 < n and not re.search(r"[.!?;:\n]", ft.text[ft.tokens[last + 1].end : ft.tokens[last + 2].start]):
        near.append(last + 2)  # `в магазин одежды Zara`
    for i in near:
        if re.search(r"[.!?\n]\s*$", ft.text[: ft.tokens[i].start]):
            continue  # a capital that only starts a sentence
        word = ft.evidence(i, i)
        if i > last and re.search(r"[,;:()]", ft.text[ft.tokens[last].end : ft.tokens[i].start]):
            continue
        if i < first and re.search(r"[,;:()]", ft.text[ft.tokens[i].end : ft.tokens[first].start]):
            continue  # `Работа в Польше, склад`: a capital before a comma belongs to another phrase  # `в магазин, график 2/2`: what follows a comma is not the shop's name
        if i == last + 2 and ft.tokens[last + 1].text in _PLACE_PREP:
            continue  # `на складе в Польше`: a capital after "в"/"in" is where, not who
        if _GENERIC_NAME.match(ft.tokens[i].text):
            continue  # `в магазин Продукты`: a capitalised common noun is not a name
        if word[:1].isupper() or word[:1].isdigit():
            return True
    end = ft.tokens[last].end
    return bool(re.match(r"\W{0,3}[«\"“„']", ft.text[end : end + 4]))


# Words that start a sentence or stand capitalised without naming anyone: hiring verbs, pronouns,
# "vacancy", the kind of place (`Магазину`, `Mağazaya`) — matched by stem prefix.
_NOT_A_NAME = re.compile(
    r"^(?:требу|нуж|ищ|ищу|пригла|набир|срочн|работ|вакан|мы|наш|ваш|в|на|для|компан|фирм|магазин|кафе|"
    r"ресторан|салон|аптек|склад|агентств|agency|agentlik|სააგენტო|офис|производств|предприят|организац|цех|график|оплат|зарплат|обязан|услов|"
    r"we|our|you|the|a|an|job|jobs|vacancy|urgent|now|hiring|wanted|looking|need|company|shop|store|restaurant|"
    r"cafe|salary|schedule|full|part|experience|english|russian|georgian|azerbaijani|kazakh|"
    r"biz|bizim|iş|işə|vakans|tələb|təcili|mağaza|restoran|kafe|şirkət|ofis|maaş|qrafik|"
    r"біз|жұмыс|қажет|керек|дүкен|мекеме|компания|жалақы|кесте|"
    r"ვაკანსია|სამუშაო|საჭიროა|ვეძებთ|კომპანია|მაღაზია|რესტორანი|კაფე|ხელფასი|გრაფიკი|"
    r"excel|word|office|photoshop|autocad|whatsapp|telegram|instagram|it|smm|crm)",
    re.IGNORECASE,
)
# A verb of hiring: the words before it in the sentence are the employer (`Vino Underground is hiring`,
# `Azersun Holding operator axtarır`, `შპს ნიკორა ეძებს`, `«Береке» дүкеніне сатушы керек`).
_HIRING = re.compile(
    r"\b(?:is\s+hiring|hiring|hires|is\s+looking\s+for|looking\s+for|seeks|is\s+recruiting|recruits|invites|"
    r"ищет|приглашает|набирает|примет|требуются|требуется|нужен|нужна|нужны|"
    r"axtarır|tələb\s+olunur|işə\s+götürür|dəvət\s+edir|qəbul\s+edir|lazımdır|"
    r"қажет|керек|шақырады|іздейді|қабылдайды|"
    r"ეძებს|იწვევს|სჭირდება|აცხადებს)\b",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[^\W\d_][\w&'’.-]*")
_NUMBERED = re.compile(r"№\s*\d+")


def _is_name_word(word: str) -> bool:
    return len(word) >= 2 and not _NOT_A_NAME.match(word.casefold())


def _named_in_text(text: str, places: frozenset[str], positions: frozenset[str] = frozenset()) -> bool:
    """An employer named by capitalised words (any language) or as the subject of a hiring verb."""
    if _NUMBERED.search(text):
        return True  # `№45 мектеп-гимназия`, `школа №12`
    for sentence in re.split(r"[.!?\n;:]+", text):
        words = _WORD_RE.findall(sentence)
        if not words:
            continue
        latin_text = sum(w.isascii() for w in words) * 2 > len(words)
        for i, w in enumerate(words):
            if not w[:1].isupper() or not _is_name_word(w) or w.isupper() or w.casefold() in places:
                continue
            nxt = words[i + 1] if i + 1 < len(words) else ""
            pair = nxt[:1].isupper() and _is_name_word(nxt) and nxt.casefold() not in places
            if pair and not (i == 0 and nxt.casefold() in places):
                return True  # two capitalised words: `Oxford Language Centre`, `Kapital Bank`
            if i > 0 and w.isascii() and not latin_text:
                return True  # a Latin name inside Cyrillic/Azerbaijani text: `Magnum`, `Balausa`
        m = _HIRING.search(sentence)
        if m:
            subject = _WORD_RE.findall(sentence[: m.start()])
            ok = subject and len(subject) <= 4 and _is_name_word(subject[0])
            if ok and subject[0].casefold() not in places and subject[0].casefold() not in positions:
                first = subject[0]
                if first[:1].isupper() or "\u10d0" <= first[:1] <= "\u10ff":  # Georgian has no capitals
                    return True  # `Azersun Holding operator axtarır`, `ხაშურის ავტოპარკს სჭირდება`
    return False


def _place_words(context) -> frozenset[str]:
    return frozenset(
        n.rstrip("*").casefold() for _country, spellings in context.region_names().values() for n in spellings
    )


@rule("job.missing_company", action="reject")
def missing_company(snapshot, profile, context) -> Iterator[Finding]:
    """A vacancy that names no employer or agency."""
    if not _is_vacancy(snapshot, context) or snapshot.attributes.get("company"):
        return
    a = analyze(snapshot, context)
    for ft in a:
        for first, last in ft.spans("job.company"):
            if _names_employer(ft, first, last):
                return
    text = f"{snapshot.title}\n{snapshot.description}"
    if _QUOTED_NAME.search(text) or _AT_NAME.search(text):
        return
    places = _place_words(context)
    positions = frozenset(
        ft.evidence(i, i).casefold()
        for ft in a
        for first, last in ft.spans("job.position")
        for i in range(first, last + 1)
    )
    if _named_in_text(snapshot.description, places, positions) or _named_in_text(snapshot.title, places, positions):
        return
    yield Finding("description", snapshot.title)


# A word for a person by trade, named by its suffix when the position list lacks it (`receptionist`,
# `сомелье` no; `упаковщик`, `воспитатель`, `dərzi` no; `tikişçi`, `тігінші`, `მკერავი` no).
_AGENT_NOUN = re.compile(
    r"^(?!(?:работник|сотрудник|участник|понедельник|вторник|праздник|employer|customer|partner|computer|"
    r"number|order|offer|center|centre|other|water|power|after|never|summer|winter|paper|member|"
    r"interest|internet)$)"
    r"(?:[a-z]{3,}(?:ist|ant|ian|tor|ner|ker|ter|der|ver|per)|[а-я]{3,}(?:щик|чик|щица|чица|тель|ница|ник|ист|"
    r"лог|олог|ер|ор)|[a-zəöüığşç]{3,}(?:çı|çi|çu|çü|dar)|[а-яәғқңөұүһі]{3,}(?:шы|ші)|[ა-ჰ]{3,}(?:ელი|ისტი|ორი))$"
)


@rule("job.missing_position", action="reject")
def missing_position(snapshot, profile, context) -> Iterator[Finding]:
    """A vacancy that names no position."""
    if not _is_vacancy(snapshot, context) or snapshot.attributes.get("position"):
        return
    a = analyze(snapshot, context)
    if a.has("job.position") or any(_AGENT_NOUN.search(t.text) for t in a.title.tokens if t.text.isalpha()):
        return
    yield Finding("title", snapshot.title)


@rule("job.dubious", action="block")
def dubious(snapshot, profile, context) -> Iterator[Finding]:
    """Work from home without address or employer, "earn without investment", pens at home."""
    if not _is_job(snapshot, context):
        return
    hit = analyze(snapshot, context).first("job.dubious")
    if hit:
        yield Finding(*hit)


@rule("job.prohibited", action="block")
def prohibited_job(snapshot, profile, context) -> Iterator[Finding]:
    """Nightclubs abroad, webcam models, escort, marriage-agency translators, sub-agents."""
    if not _is_job(snapshot, context):
        return
    hit = analyze(snapshot, context).first("job.prohibited")
    if hit:
        yield Finding(*hit)


@rule("job.mlm", action="reject")
def network_marketing(snapshot, profile, context) -> Iterator[Finding]:
    """Network marketing outside the network-marketing category."""
    if in_category(snapshot, "network-marketing", context):
        return
    if not _is_job(snapshot, context) and not in_category(snapshot, "services", context):
        return
    hit = analyze(snapshot, context).first("job.mlm")
    if hit:
        yield Finding(*hit)


@rule("job.abroad_license", action="review")
def abroad_without_license(snapshot, profile, context) -> Iterator[Finding]:
    """Work abroad without the organisation's name and licence number."""
    if not _is_job(snapshot, context):
        return
    a = analyze(snapshot, context)
    abroad = a.first("job.abroad")
    if not abroad:
        return
    has_license = a.has("job.license") and any(ch.isdigit() for ch in snapshot.description)
    if not (has_license and a.has("job.company")):
        yield Finding(*abroad)
