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
_AT_NAME = re.compile(r"\b(?:at|in)\s+([A-Z][\w&'-]+)(?:\s+[A-Z][\w&'-]+)?")


def _is_job(snapshot, context) -> bool:
    return in_category(snapshot, "jobs", context)


# A title that says which side of the deal the ad is on (category.mismatch files it where it belongs).
JOB_SEARCH = re.compile(
    r"\b(?:ищу (?:работу|подработку)|резюме|жұмыс іздеймін|жумыс издеймин|jumys izdeimin|iş axtarıram|is axtariram|"
    r"looking for (?:a )?(?:job|work)|სამსახურს ვეძებ|ვეძებ სამსახურს)",
    re.IGNORECASE,
)
HIRING = re.compile(
    r"\b(?:требу[ею]тся|срочно требу\w+|ищем|вакансия|приглашаем на работу|tələb olunur|teleb olunur|işə qəbul|"
    r"we are hiring|hiring|საჭიროა|ვიწვევთ|қажет|керек)",
    re.IGNORECASE,
)


def _is_vacancy(snapshot, context) -> bool:
    if JOB_SEARCH.search(snapshot.title):
        return False  # a job search filed under vacancies is a résumé (category.mismatch)
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
    r"работ|график|зарплат|оплат|опыт|требова|услови|обязанност|офис|food|clothes|shoes|furniture|grocery|office|"
    # Azerbaijani, Kazakh, Georgian: what a shop sells or what kind of place it is
    r"geyim|ərzaq|tikinti|mebel|məişət|texnika|ayaqqab|kosmetik|oyuncaq|kitab|market|dərman|aptek|avto|ehtiyat|"
    r"çörək|meyvə|tərəvəz|uşaq|qadın|kişi|idman|təmir|gül|şirniyyat|mağaza|restoran|kafe|salon|"
    r"азық|киім|аяқ|жиһаз|құрылыс|техника|кітап|ойыншық|гүл|нан|жеміс|көкөніс|балалар|әйел|спорт|дүкен|кеңсе|ofis|"
    r"ტანსაცმ|ფეხსაცმ|ავეჯ|სამშენებლო|ტექნიკ|სათამაშო|წიგნ|ყვავილ|პურ|ხორც|ხილ|საბავშვო|სპორტ|მაღაზი)",
    re.IGNORECASE,
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
        if i == first - 1 and ft.text[ft.tokens[i].end : ft.tokens[first].start] == "-":
            continue  # `Онлайн-студия`: the first half of a compound word
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
    # stems: any word starting with one
    r"^(?:(?:требу|нуж|ищ|пригла|набир|срочн|работ|вакан|наш|ваш|компан|фирм|магазин|кафе|"
    r"ресторан|салон|аптек|склад|агентств|agency|agentlik|სააგენტო|офис|производств|предприят|организац|цех|график|"
    r"оплат|зарплат|обязан|услов|vacanc|urgent|hiring|wanted|looking|company|shop|store|restaurant|"
    r"cafe|salary|schedule|experience|english|russian|georgian|azerbaijani|kazakh|"
    r"bizim|vakans|tələb|təcili|mağaza|restoran|kafe|şirkət|ofis|maaş|qrafik|"
    r"біз|жұмыс|қажет|керек|дүкен|мекеме|компания|жалақы|кесте|"
    r"ვაკანსია|სამუშაო|საჭიროა|ვეძებთ|კომპანია|მაღაზია|რესტორანი|კაფე|ხელფასი|გრაფიკი|"
    r"excel|photoshop|autocad|whatsapp|telegram|instagram|"
    r"онлайн|online|интернет|internet|крупн|нов|молод|перспективн|международн|успешн|стабильн|известн|ведущ|дружн|"
    r"брачн|кадров|рекрутинг|туристическ|строительн|транспортн|логистическ|торгов|частн|семейн)"
    # short words: only as themselves (`A` is no name, `Azersun` is; `в` is no name, `Вкусно` is)
    r"|(?:мы|в|во|на|для|we|our|you|the|a|an|it|biz|iş|işə|now|job|jobs|part|full|word|need|smm|crm)$)",
    re.IGNORECASE,
)
# A verb of hiring: the words before it in the sentence are the employer (`Vino Underground is hiring`,
# `Azersun Holding operator axtarır`, `შპს ნიკორა ეძებს`, `«Береке» дүкеніне сатушы керек`).
# Passive "is needed" (`требуется`, `tələb olunur`, `нужен`) has the position, not the employer, as
# its subject (`Опыт не нужен`); Kazakh and Georgian "needs" take the employer in the dative.
_HIRING = re.compile(
    r"\b(?:is\s+hiring|hiring|hires|is\s+looking\s+for|looking\s+for|seeks|is\s+recruiting|recruits|invites|"
    r"ищет|приглашает|набирает|примет|axtarır|işə\s+götürür|dəvət\s+edir|qəbul\s+edir|"
    r"шақырады|іздейді|қабылдайды|ეძებს|იწვევს|აცხადებს|"
    r"(?P<needs>қажет|керек|სჭირდება|t[əe]l[əe]b\s+olunur|laz[ıi]md[ıi]r))\b",
    re.IGNORECASE,
)
_DATIVE = re.compile(r"(?:ға|ге|қа|ке|на|не|ына|іне|ს|na|nə|ne|ya|yə|ye)$")
_LOCATIVE = re.compile(r"(?:da|də|de|ta|tə|te|да|де|та|те|ში)$")
_WORD_RE = re.compile(r"[^\W\d_][\w&'’.-]*")
_NUMBERED = re.compile(r"№\s*\d+")


# Words after which a Latin name is the employer (`в Magnum`), not a truck or a tool (`самосвал Howo`).
# `развозка на Isuzu`, `Toyota-да жұмыс`: a vehicle driven, not the employer
_VEHICLE_MAKES = frozenset(
    "isuzu hyundai toyota kia gazelle газель kamaz man volvo mercedes daf scania ford chevrolet lada nissan "
    "honda mitsubishi iveco renault volkswagen sprinter porter camry".split()
)
_BEFORE_EMPLOYER = frozenset(
    "в во у к на компания компании компанию сеть сети магазин магазине магазина ресторан ресторане кафе салон "
    "салоне тоо ип ао ооо бренд бренда офис офисе центр центре клиника клинике отель отеле банк банке "
    "şirkət şirkəti şirkətinə mağaza mağazası restoran kafe salon mmc bank dükeni дүкені компаниясы "
    "at for with join".split()
)


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
            pair = nxt[:1].isupper() and not nxt.isupper() and _is_name_word(nxt) and nxt.casefold() not in places
            if pair and not (i == 0 and nxt.casefold() in places):
                return True  # two capitalised words: `Oxford Language Centre`, `Kapital Bank`
            if (
                i > 0
                and w.isascii()
                and not latin_text
                and words[i - 1].casefold() in _BEFORE_EMPLOYER
                and w.casefold() not in _VEHICLE_MAKES
            ):
                return True  # a Latin name inside Cyrillic/Azerbaijani text: `в Magnum`, `сеть Balausa`
        m = _HIRING.search(sentence)
        if m:
            subject = _WORD_RE.findall(sentence[: m.start()])
            ok = subject and len(subject) <= 4 and _is_name_word(subject[0])
            if ok and m.group("needs"):
                # `«Береке» дүкеніне сатушы керек`, `Bravo şəbəkəsinə kassir tələb olunur`; not `Geyim
                # mağazasına` (what the shop sells) nor `Nərimanovda yerləşən kafeyə` (where it is)
                ok = (
                    any(_DATIVE.search(w.casefold()) for w in subject)
                    and not _GENERIC_NAME.match(subject[0])
                    and not _LOCATIVE.search(subject[0].casefold())
                )
            if ok and subject[0].casefold() not in places and subject[0].casefold() not in positions:
                first = subject[0]
                if first[:1].isupper() or "\u10d0" <= first[:1] <= "\u10ff":  # Georgian has no capitals
                    return True  # `Azersun Holding operator axtarır`, `ხაშურის ავტოპარკს სჭირდება`
    return False


def _place_words(context) -> frozenset[str]:
    return frozenset(
        n.rstrip("*").casefold() for _country, spellings in context.region_names().values() for n in spellings
    )


_PLACE_BEFORE = re.compile(
    r"(?:ТРЦ|ТЦ|ТД|БЦ|ЖК|ТРК|mall|bazar\w*|базар\w*|рын\w*|метро|metro|м\.|ул\.?|улиц\w*|проспект\w*|пр\.|мкр|"
    r"станци\w*|ticarət mərkəzi|SC|TC|გამზ\w*|ქუჩ\w*|სავაჭრო ცენტრ\w*)\s*$",
    re.IGNORECASE,
)


def _employer_named(snapshot, a, context) -> bool:
    if snapshot.attributes.get("company"):
        return True
    for ft in a:
        for first, last in ft.spans("job.company"):
            if _names_employer(ft, first, last):
                return True
    text = f"{snapshot.title}\n{snapshot.description}"
    places = _place_words(context)
    if any(not _PLACE_BEFORE.search(text[max(0, m.start() - 16) : m.start()]) for m in _QUOTED_NAME.finditer(text)):
        return True  # `ТОО «Береке»`; not `в ТРЦ «Хан Шатыр»`, a mall is where
    abroad = {
        ft.evidence(i, i).casefold()
        for ft in a
        for first, last in ft.spans("job.abroad")
        for i in range(first, last + 1)
    }
    if any(not {w.casefold() for w in m.group(0).split()[1:]} & (places | abroad) for m in _AT_NAME.finditer(text)):
        return True  # `Barista at Coffee Boom`; `in Poland` is where
    positions = frozenset(
        ft.evidence(i, i).casefold()
        for ft in a
        for first, last in ft.spans("job.position")
        for i in range(first, last + 1)
    )
    places |= abroad  # `Южную Корею`: two capitalised words that name a country
    description, title = _without_places(snapshot.description), _without_places(snapshot.title)
    return _named_in_text(description, places, positions) or _named_in_text(title, places, positions)


def _without_places(text: str) -> str:
    """`в ТРЦ «Хан Шатыр»` → `в ТРЦ`: a mall's or a street's name is not an employer's."""
    return "".join(
        " " * len(m.group()) if _PLACE_BEFORE.search(text[max(0, m.start() - 16) : m.start()]) else m.group()
        for m in re.finditer(r"[«\"“„][^»\"”“\n]{2,40}[»\"”“]|[^«\"“„]+|.", text)
    )


@rule("job.missing_company", action="reject")
def missing_company(snapshot, profile, context) -> Iterator[Finding]:
    """A vacancy that names no employer or agency."""
    if _is_vacancy(snapshot, context) and not _employer_named(snapshot, analyze(snapshot, context), context):
        yield Finding("description", snapshot.title)


# A word for a person by trade, named by its suffix when the position list lacks it (`receptionist`,
# `сомелье` no; `упаковщик`, `воспитатель`, `dərzi` no; `tikişçi`, `тігінші`, `მკერავი` no).
_AGENT_NOUN = re.compile(
    r"^(?!(?:работник|сотрудник|участник|понедельник|вторник|праздник|набор|выбор|договор|разговор|прибор|"
    r"забор|коридор|сбор|employer|customer|partner|computer|"
    r"number|order|offer|center|centre|other|water|power|after|never|summer|winter|paper|member|"
    r"interest|internet)(?:[аиыs]|ей|ов)?$)"
    r"(?:[a-z]{3,}(?:ist|ant|ian|tor|ner|ker|ter|der|ver|per)s?|[а-я]{3,}(?:щик|чик|щиц|чиц|тел|ниц|ник|ист|"
    r"лог|олог|ер|ор)(?:[аиы]|ей|ов)?|[а-я]{3,}(?:тель|ница|щица|чица)|[a-zəöüığşç]{3,}(?:çı|çi|çu|çü|ci|cı|cu|dar)(?:lar|lər|ler)?|"
    r"[а-яәғқңөұүһі]{3,}(?:шы|ші)(?:лар|лер)?(?:сы|сі|ы|і)?(?:н|на|не|ға|ге)?|[ა-ჰ]{3,}(?:ელი|ისტი|ორი|ლები|სტები|რები))$"
)

# "Needed: X" / "hiring X" / "на должность X" names the vacancy X, unless X is just people.
_INTRODUCER = frozenset(
    "требуется требуются нужен нужна нужны ищем приглашаем набираем примем должность должности "
    "hiring seeking wanted position".split()
)
# ... and "X is needed" in the languages that put the verb last: the trade word before it counts.
_NEEDED_AFTER = frozenset("tələb lazımdır керек қажет საჭიროა სჭირდება needed required wanted".split())
_NOT_A_POSITION = re.compile(
    r"^(?:сотрудник|работник|персонал|люд|человек|кадр|девуш|парн|мужчин|женщин|молод|студент|пенсионер|"
    r"желающ|помощ|партн|на|в|во|к|для|без|с|срочн|только|опыт|всех|активн|ответствен|people|staff|employees|"
    r"persons|team|partners|now|urgently|you|for|a|an|the|on|in)"
)


def _position_in_name(ft, first: int) -> bool:
    """`ТОО «Нур-Логистик»`: a trade word inside an employer's name names no vacancy."""
    start = ft.tokens[first].start
    if (
        first > 0
        and ft.text[ft.tokens[first - 1].end : start] == "-"
        and ft.evidence(first - 1, first - 1)[:1].isupper()
    ):
        return True
    return any(q.start() < start < q.end() for q in _QUOTED_NAME.finditer(ft.text))


def _names_position(a) -> bool:
    for ft in a:
        if any(not _position_in_name(ft, first) for first, _last in ft.spans("job.position")):
            return True
        for i, tok in enumerate(ft.tokens[:-1]):
            if tok.text in _INTRODUCER:
                nxt = ft.tokens[i + 1]
                if nxt.text in ("a", "an", "the") and i + 2 < len(ft.tokens):
                    nxt = ft.tokens[i + 2]  # `hiring an HSE Officer`
                between = ft.text[tok.end : nxt.start]
                if (
                    nxt.text.isalpha()
                    and len(nxt.text) >= 4
                    and not _NOT_A_POSITION.match(nxt.text)
                    and not re.search(r"[,.!?;:]", between)
                ):
                    return True  # `Требуется сторож`, `hiring baristas`
            if ft.tokens[i + 1].text in _NEEDED_AFTER and _AGENT_NOUN.search(tok.text):
                return True  # `inşaatçı tələb olunur`, `тігінші керек`
    return any(
        _AGENT_NOUN.search(t.text) and not _position_in_name(a.title, i)
        for i, t in enumerate(a.title.tokens)
        if t.text.isalpha()
    )


@rule("job.missing_position", action="reject")
def missing_position(snapshot, profile, context) -> Iterator[Finding]:
    """A vacancy that names no position."""
    if not _is_vacancy(snapshot, context) or snapshot.attributes.get("position"):
        return
    if not _names_position(analyze(snapshot, context)):
        yield Finding("title", snapshot.title)


# From home, a few hours a day, no experience needed: the bait of "e-mail processing" schemes, even
# under a company's name (`Global Online Group … evdən, gündə 2-3 saat, təcrübə tələb olunmur`).
_FEW_HOURS = re.compile(
    r"(?:gündə|gunde|в день|a day|per day|күніне|დღეში)\s*[1-4](?:\s*[-–]\s*[2-5])?\s*(?:saat|час\w*|hours?|сағат\w*|საათ\w*)"
    r"|\b[1-4](?:\s*[-–]\s*[2-5])?\s*(?:saat|час\w*|hours?|сағат\w*|საათ\w*)\s*(?:gündə|gunde|в день|a day|per day|күніне|დღეში)"
    r"|в свободное время|boş vaxtında|bos vaxtinda|in your free time|бос уақытта|თავისუფალ დროს",
    re.IGNORECASE,
)
_NO_EXPERIENCE = re.compile(
    r"t[əe]cr[üu]b[əe] (?:t[əe]l[əe]b olunmur|laz[ıi]m deyil)|t[əe]cr[üu]b[əe]siz|опыт не (?:нужен|требуется|обязателен)"
    r"|без опыта|no experience|тәжірибе (?:қажет емес|керек емес)|тәжірибесіз|გამოცდილება არ არის საჭირო|გამოცდილების გარეშე",
    re.IGNORECASE,
)


def _easy_money(a) -> bool:
    return any(_FEW_HOURS.search(ft.text) for ft in a) and any(_NO_EXPERIENCE.search(ft.text) for ft in a)


@rule("job.dubious", action="block")
def dubious(snapshot, profile, context) -> Iterator[Finding]:
    """Work from home without address or employer, "earn without investment", pens at home."""
    if not _is_job(snapshot, context):
        return
    a = analyze(snapshot, context)
    hit = a.first("job.dubious")
    if not hit and _is_vacancy(snapshot, context):
        home = a.first("job.home")
        if home and (not _employer_named(snapshot, a, context) or _easy_money(a)):
            hit = home
    if hit:
        yield Finding(*hit)


@rule("job.prohibited", action="block")
def prohibited_job(snapshot, profile, context) -> Iterator[Finding]:
    """Nightclubs abroad, webcam models, escort, marriage-agency translators, sub-agents."""
    if not _is_job(snapshot, context):
        return
    a = analyze(snapshot, context)
    hit = a.first("job.prohibited")
    if not hit and _abroad(a):
        hit = a.first("job.nightclub")  # nightclubs abroad (`Dubaydakı gecə klubuna rəqqasələr`)
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


# `европейская кухня`, `ევროპულ სამზარეულოში`, `Korean cosmetics`: an adjective of a country is a
# style, not the place of the job.
_ADJECTIVE = re.compile(r"(?:ск\w{1,3}|ск|ული\w{0,3}|ური\w{0,3}|ian|ean|can|ese|ish)$")


def _abroad(a) -> tuple[str, str] | None:
    """Where the text places the job abroad (a country's adjective is a style, not a place)."""
    return next(
        (
            (ft.name, ft.evidence(first, last))
            for ft in a
            for first, last in ft.spans("job.abroad")
            if not _ADJECTIVE.search(ft.tokens[last].text)
        ),
        None,
    )


@rule("job.abroad_license", action="review")
def abroad_without_license(snapshot, profile, context) -> Iterator[Finding]:
    """Work abroad without the organisation's name and licence number (a vacancy's; a résumé offering
    to work abroad recruits nobody)."""
    if not _is_vacancy(snapshot, context):
        return
    a = analyze(snapshot, context)
    abroad = _abroad(a)
    if not abroad:
        return
    has_license = a.has("job.license") and any(ch.isdigit() for ch in snapshot.description)
    if not (has_license and a.has("job.company")):
        yield Finding(*abroad)
