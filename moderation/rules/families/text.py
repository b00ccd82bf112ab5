"""text.*: the title and the description as prose.

Profile notes (RULES.md vs seeds):
- `text.language`: twobe_ge takes Russian in Cyrillic only, English too in the jobs categories;
  jer_kz takes Russian and/or Kazakh, in Cyrillic or official Kazakh Latin. Russian written in
  Latin is judged by `text.translit` where that code is on (jer_kz), and is a language violation
  where it is not (twobe_ge: "written in Cyrillic").
- `text.multiple_items`: jer_kz's seed exempts the "will rent" rubric; we exempt any wanted ad
  (`куплю`, `сниму`), the services, jobs and business categories (they list what they do) and kits.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from ..analysis import analyze, analyze_text
from ..langid import guess_language
from ..lexicon import stem
from ..normalize import number_word, skeleton
from ..registry import Finding, rule
from ..taxonomy import CATEGORY_PARENT, in_category, path_of

_VOWELS = frozenset("aeiouyаеёиоуыэюяәөұүіıəöüá")
_HASHTAG = re.compile(r"(?<!\w)#[^\s#]{2,}")
_TAG_MARKER = re.compile(
    r"(?:теги|тэги|ключевые слова|tags|keywords|açar sözlər|тегтер|თეგები|ტეგები|ჰეშთეგები)\s*:", re.IGNORECASE
)
_PRICE_LINE = re.compile(
    r"\d[\d\s.,]*\s*(?:тг|тенге|₸|kzt|azn|manat|₼|лари|lari|gel|₾|\$|usd|руб|₽|ლ|ლარი)", re.IGNORECASE
)


def _snippet(text: str, limit: int = 60) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut.rsplit(" ", 1)[0] if " " in cut else cut


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x1F000 <= cp <= 0x1FAFF
        or 0x2600 <= cp <= 0x27BF
        or 0x2B00 <= cp <= 0x2BFF
        or (unicodedata.category(ch) == "So" and ch not in "№°©®™℃℉")
    )


# Keyword tails: `nike найк найки кроссовки кросовки кроссы adidas адидас …`, `посуточно астана квартира
# посуточно квартиры на сутки …`. A run of words with no sentence break that keeps echoing itself:
# the same stem again, or the same word in the other script or misspelt (one consonant skeleton).
_RUN_BREAK = re.compile(r"[.!?;:\n]")
_RUN_WORD = re.compile(r"\d+|[^\W\d_]+")


_NOT_KEYWORDS = frozenset("для или the and for with жана және və ilə".split())


def _echoing_run(ft) -> tuple[tuple[int, int], int]:
    """The span of the run of 8+ words (between sentence breaks) with the most echoes, and their count.
    Number words and the unit after a number (`500 лари, 120 лари`) are not keywords."""
    best: tuple[tuple[int, int], int] = ((0, 0), 0)
    start = 0
    for chunk in _RUN_BREAK.split(ft.text):
        words, skeletons, after_digit = 0, [], False
        for m in _RUN_WORD.finditer(chunk):
            word = m.group()
            if word.isdigit():
                after_digit = True
                continue
            words += 1
            if not after_digit and len(word) >= 4 and word not in _NOT_KEYWORDS and number_word(word) is None:
                shape = skeleton(stem(word))
                if len(shape) >= 2:
                    skeletons.append(shape)
            after_digit = False
        echoes = len(skeletons) - len(set(skeletons))
        if words >= 8 and echoes > best[1]:
            best = ((start, start + len(chunk)), echoes)
        start += len(chunk) + 1
    return best


@rule("text.stuffing", action="reject")
def keyword_stuffing(snapshot, profile, context) -> Iterator[Finding]:
    """Repeated keywords or tag lists for search (the seed's "portret … Bakı portret" example)."""
    a = analyze(snapshot, context)
    for ft in a:
        tags = _HASHTAG.findall(ft.norm.original_text)
        if len(tags) >= 3:
            yield Finding(ft.name, " ".join(tags[:6]))
            return
        m = _TAG_MARKER.search(ft.norm.original_text)
        if m:
            yield Finding(ft.name, _snippet(ft.norm.original_text[m.start() :]))
            return
    run, echoes = _echoing_run(a.description)
    if echoes >= 3:
        yield Finding("description", _snippet(a.description.norm.original(run[0], run[1])))
        return
    words = [(ft, t) for ft in a for t in ft.tokens if len(t.text) >= 4 and not any(c.isdigit() for c in t.text)]
    if len(words) < 10:
        return
    counts = Counter(t.key for _, t in words)
    key, n = counts.most_common(1)[0]
    ratio = n / len(words)
    if (n >= 4 and ratio >= 0.15) or (n >= 6 and ratio >= 0.08):
        repeated = [c for c, k in counts.items() if k >= 3]
        if len(repeated) >= 2 or n >= 5:
            ft, tok = next((f, t) for f, t in words if t.key == key)
            yield Finding(ft.name, ft.norm.original(tok.start, tok.end))


@rule("text.caps", action="reject")
def description_in_capitals(snapshot, profile, context) -> Iterator[Finding]:
    """Most of the description in capitals."""
    text = snapshot.description
    cased = [c for c in text if c.isalpha() and (c.isupper() or c.islower())]
    if len(cased) < 20:
        return
    upper = sum(1 for c in cased if c.isupper())
    if upper / len(cased) >= 0.6:
        yield Finding("description", _snippet(text))


# An emoji that starts a line of words is a bullet (`✅ Свежий ремонт`): it marks the text, it does
# not stand in for it.
_BULLET = re.compile(
    r"^[ \t]*[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+[ \t]*(?=[^\W\d_]{2,}[^\n]*?[^\W\d_]{2,})",
    re.MULTILINE,
)


@rule("text.emoji", action="reject")
def emoji_instead_of_text(snapshot, profile, context) -> Iterator[Finding]:
    """Emoji or symbols used instead of a description (jer_kz)."""
    for field, text in (("title", snapshot.title), ("description", _BULLET.sub("", snapshot.description))):
        emoji = [ch for ch in text if _is_emoji(ch)]
        if not emoji:
            continue
        words = len(re.findall(r"[^\W\d_]{2,}", text))
        if len(emoji) >= 3 or words < 3 or field == "title":
            yield Finding(field, "".join(dict.fromkeys(emoji)))


@rule("text.language", action="reject")
def language_not_allowed(snapshot, profile, context) -> Iterator[Finding]:
    """A language the profile does not take (twobe_ge: Russian; jer_kz: Russian/Kazakh)."""
    allowed = profile.allowed_text_languages
    if allowed is None:
        return
    if profile.job_text_languages and in_category(snapshot, "jobs", context):
        allowed = profile.job_text_languages
    allowed_set = set(allowed)
    a = analyze(snapshot, context)
    for ft, lang in _languages(snapshot, a):
        if lang is None:
            continue
        if lang == "kk_latin":
            lang = "kk"
        if lang == "translit":
            if profile.is_on("text.translit"):
                continue
            lang = "translit"
        if lang not in allowed_set:
            yield Finding(ft.name, _snippet(ft.norm.original_text))


def _languages(snapshot, a) -> list:
    """(field, language) for title and description, each judged alone; when neither says enough
    (`prodam xbox series s` and a short description), for the two together. Computed once per ad:
    text.language and text.translit both ask."""
    if "languages" not in a.memo:
        pairs = [(ft, guess_language(ft)) for ft in a]
        if all(lang is None for _ft, lang in pairs):
            whole = analyze_text("description", f"{snapshot.title}\n{snapshot.description}", a.terms)
            pairs = [(whole, guess_language(whole))]
        a.memo["languages"] = pairs
    return a.memo["languages"]


@rule("text.translit", action="reject")
def russian_in_latin(snapshot, profile, context) -> Iterator[Finding]:
    """Russian written in Latin letters (`prodam divan srochno`); official Kazakh Latin is fine."""
    for ft, lang in _languages(snapshot, analyze(snapshot, context)):
        if lang == "translit":
            spans = ft.spans("words.translit")
            yield Finding(ft.name, " ".join(ft.evidence(a, b) for a, b in spans[:4]))


# Words that join two items of a list; a list is also split at `,` `;` a line break and ` / `.
_AND = frozenset({"и", "а", "также", "еще", "ещё", "and", "also", "və", "həmçinin", "და", "ასევე", "және", "та", "ham"})
# A segment that is a gift or the contents of a kit is not another item for sale.
# A price list written on one line: a word, then a price with thousands separated, then a comma.
_ITEM_PRICE = re.compile(
    r"([^\W\d_]{3,})\s+\d{1,3}(?:[ \u00a0.]\d{3})+\s*(?:тг|тенге|₸|azn|₼|лари|₾)?\s*(?:[,;]|$)", re.I
)
# One entry of a price list: words naming a thing, then a price (a currency word, or thousands
# grouped: `Ноутбук HP 150 000`, `iPhone 11 — 120 000`, `soyuducu 400 manat`) closing the entry.
_CURRENCY = r"тг|тенге|теңге|₸|kzt|azn|manat|man|₼|лари|lari|gel|₾|ლარი|ლ|\$|usd|руб|₽|манат|доллар\w*|dollar\w*"
_PRICED_ENTRY = re.compile(
    r"^\s*(?P<item>.*?[^\W\d_]{2,}.*?)\s*(?:"
    r"[—–:=]\s*\d{1,7}(?:[.,]\d+)?\s*(?:млн|тыс|mln|min)?\.?\s*(?:"
    + _CURRENCY
    + r")?|"  # `микроволновка — 80`, `дача — 3 млн`
    r"[—–:=-]?\s*(?:(?P<grouped>\d{1,3}(?:[ \u00a0.]\d{3})+)\s*(?:" + _CURRENCY + r")?|"
    r"\d+(?:[.,]\d+)?\s*(?:" + _CURRENCY + r")))\s*\.?\s*$",
    re.I,
)


# What an entry prices may be an attribute of the one item (`пробег 150 000, налог 12 000`).
_ATTRIBUTE = re.compile(
    r"(?:пробег|налог|цен|стоим|торг|площад|этаж|год|растамож|залог|депозит|аванс|предоплат|оплат|комисс|тариф|"
    r"взнос|платеж|платёж|доставк|price|mileage|tax|deposit|fee|cost|delivery|qiymət|yürüş|vergi|depozit|"
    r"çatdırılma|баға|жүріс|салық|ფას|გარბენ|გადასახ|დეპოზიტ|მიწოდ)",
    re.I,
)


def _priced_items(text: str) -> int:
    """Distinct items of a price list: entries between `,` `;` and line breaks that end in a price."""
    items = set()
    for entry in re.split(r"[,;\n]|\.\s", text):
        m = _PRICED_ENTRY.match(entry) if any(c.isdigit() for c in entry) else None  # no price without a digit
        if m:
            words = re.findall(r"[^\W\d_]{2,}", m.group("item").casefold())
            if words and not _ATTRIBUTE.match(words[0]):
                items.add(words[0])
    return len(items)


_KIT = re.compile(
    r"подар|комплект|в наборе|набор|гарнитур|вместе|одним|детск\w* комнат|birlikdə|бірге|ერთად|together|hədiyy|dəst|сыйлы|"
    r"жинақ|საჩუქ|კომპლექტ|ნაკრებ|gift|included|free|\bset\b|\bkit\b|with (?:boots|bindings|case|charger|box)",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"[,;\n]|\s/\s|\.\s")


def _segments(ft) -> list[int]:
    """The list segment of each token: a new one after `,` `;` a line break, ` / ` or `и`/`and`."""
    seg, out, prev_end = 0, [], 0
    for tok in ft.tokens:
        if _SEPARATOR.search(ft.text[prev_end : tok.start]) or tok.text in _AND:
            seg += 1
        out.append(seg)
        prev_end = tok.end
    return out


def _leaves(ft, terms_lists) -> dict[str, str]:
    """Category slugs of the items `ft` lists → evidence.

    An item is the first product word of a list segment: `Кір жуғыш машина Bosch` and
    `Стол компьютерный` are one item each however many category words they hold (a washing
    *machine*, a *computer* desk, a TV by Xiaomi); `Телефон, телевизор` and `iPhone и PS5` are two.
    Gifts and kit contents (`резина в подарок`, `в комплекте`) are not items.
    """
    if not ft.tokens:
        return {}
    segment = _segments(ft)
    kit = {
        segment[i]
        for i, tok in enumerate(ft.tokens)
        if _KIT.search(ft.text[tok.start : tok.end + 12]) and _KIT.match(ft.text, tok.start)
    }
    first: dict[int, tuple[int, str, int]] = {}
    for name in terms_lists:
        if name.startswith("category.") and name != "category.realtor":
            for a, b in ft.spans(name):
                seg = segment[a]
                if seg in kit:
                    continue
                if seg not in first or a < first[seg][0]:
                    first[seg] = (a, name[len("category.") :], b)
    found: dict[str, str] = {}
    for a, slug, b in sorted(first.values()):
        found.setdefault(slug, ft.evidence(a, b))
    return found


_NO_MULTI = ("services", "jobs", "business")


def _top(slug: str) -> str:
    return CATEGORY_PARENT.get(slug, slug)


def _unrelated(leaves: dict[str, str], path) -> dict[str, str]:
    # kids' goods, furniture and clothes for children go together; so does real estate with what is in it
    if "kids" in path:
        leaves = {k: v for k, v in leaves.items() if k == "kids" or _top(k) not in ("home-garden", "fashion", "hobby")}
    if "real-estate" in path:
        leaves = {k: v for k, v in leaves.items() if k == "real-estate"}
    else:
        leaves.pop("real-estate", None)  # `переезжаем в другую квартиру`: where, not what is sold
    if "music" in path:
        leaves = {k: v for k, v in leaves.items() if k != "tv-audio"}  # `Гитара, акустика`: speakers go with it
    if "tv-audio" in path:
        leaves = {k: v for k, v in leaves.items() if k != "music"}
    if "transport" in path:
        # one vehicle named by its make and its kind (`Mercedes Sprinter, სატვირთო`), with its
        # equipment: air conditioning, audio, tyres (`კონდიციონერი`, `магнитола`)
        leaves = {k: v for k, v in leaves.items() if _top(k) != "transport" and k not in ("appliances", "tv-audio")}
    return leaves


# Premises listed with an area and a price each: several objects in one ad.
_AREA_PRICE = re.compile(
    r"(\d{1,4}(?:[.,]\d)?)\s?(?:м²|м2|кв\.?\s?м|m²|m2|sq\.?\s?m|კვ\.?\s?მ)\s*[—–:=-]\s*"
    r"(?:\d{1,3}(?:[ \u00a0.]\d{3})+|\d+(?:[.,]\d+)?\s?(?:млн|mln|milyon|million|мың|тыс))",
    re.IGNORECASE,
)


@rule("text.multiple_items", action="review")
def several_items(snapshot, profile, context) -> Iterator[Finding]:
    """Several unrelated products in one ad (a phone and a TV; a price list). Kits are fine."""
    path = path_of(snapshot, context)
    if any(slug in path for slug in _NO_MULTI):
        return
    a = analyze(snapshot, context)
    if a.has("ad.wanted") or a.has("ad.barter"):
        return  # "меняю ноутбук на телефон" names two things by nature
    several = a.first("text.several_objects")
    if several:
        yield Finding(*several)  # `Продаю две квартиры`: one object, one ad
        return
    priced_areas = {m.group(1) for m in _AREA_PRICE.finditer(snapshot.description)}
    if len(priced_areas) >= 2:
        yield Finding("description", _snippet(snapshot.description))  # `20 м² — 150 000, 35 м² — 250 000`
        return
    lines = [line for line in snapshot.description.splitlines() if _PRICE_LINE.search(line)]
    pairs = {m.group(1).casefold() for m in _ITEM_PRICE.finditer(snapshot.description)}
    if len(pairs) >= 3 or _priced_items(snapshot.description) >= 3:
        # `Холодильник 50 000, микроволновка 15 000, велосипед 30 000` on one line
        yield Finding("description", _snippet(snapshot.description))
        return
    if len(lines) >= 3:
        yield Finding("description", _snippet(lines[0]))
        return
    leaves = _unrelated(_leaves(a.title, a.terms.lists), path)
    if len(leaves) >= 2:
        yield Finding("title", ", ".join(leaves.values()))
        return
    # a description that lists three or more different products (`телевизор, холодильник, шубу`)
    leaves = _unrelated(_leaves(a.description, a.terms.lists), path)
    if len(leaves) >= 3 and sum(1 for slug in leaves if slug not in path) >= 2:
        yield Finding("description", ", ".join(leaves.values()))


_SCHEDULE = re.compile(
    r"работа|график|режим|час|ежедневно|без выходных|\b(?:с|до)\b|işləyirik|iş (?:saat|qrafik)|open|hours|"
    r"жұмыс|ვმუშაობთ|სამუშაო",
    re.IGNORECASE,
)


# "Our shop" on its own, and a title that names one product by its model or size.
_OUR_SHOP = re.compile(
    r"(?:mağazamız\w*|magazamiz\w*|bizim mağaza\w*|(?:в )?наш\w* магазин\w*|our (?:store|shop))", re.IGNORECASE
)
_MODEL = re.compile(r"\d")


@rule("text.advertising", action="reject")
def general_advertising(snapshot, profile, context) -> Iterator[Finding]:
    """General advertising of a shop, business or site ("Our store is open from 9 to 20")."""
    path = path_of(snapshot, context)
    a = analyze(snapshot, context)
    for field, evidence in a.found("text.advertising"):
        # a service is offered by saying when it is available ("работаем без выходных"), a vacancy
        # by its hours (`სამუშაო საათები`): the opening hours are advertising only for a shop
        if ("services" in path or "jobs" in path) and _SCHEDULE.search(evidence):
            continue
        if _OUR_SHOP.fullmatch(evidence) and _MODEL.search(snapshot.title):
            continue  # `Apple iPhone 14, 128GB` … `Mağazamızda yeni`: a shop selling one product, not itself
        yield Finding(field, evidence)
        return
    if "real-estate" in path:
        agency = a.first("category.realtor")
        if agency:
            yield Finding(*agency)  # an agency's services instead of a flat or a house


# Obscene words with letters masked by `*`, `@`, `#` or `.` (`х*й`, `бл@ть`, `s*kdir`, `f**k`).
_MASKED = re.compile(r"(?<![\w*@#])[^\W\d_]+(?:[*@#.]+[^\W\d_]*)+(?<![.])")
_OBSCENE_WORDS = frozenset(
    "хуй хуя хуе хую хуи хуев хуёв хули нахуй похуй пизда пизды пизде пиздец пиздато ебать ебал ебала ебут ебёт "
    "ебаный ёбаный еблан бля блять блядь бляди сука суки сучка мудак мудила гандон пидор пидорас долбоеб "
    "долбоёб fuck fucking fucker fucked shit bitch asshole cunt dick sikdir siktir sikim sikərəm qəhbə "
    "götveren dalbayob сігейін қотақ ამის დედა შევეცი ყლე ბოზი хер херня нахер уебки уёбки уебок уёбок ублюдки "
    "ублюдок пидоры".split()
)


def _masked_obscenity(text: str) -> Iterator[str]:
    for m in _MASKED.finditer(text):
        word = m.group()
        visible = sum(c.isalpha() for c in word)
        if visible < 2 or not any(c in "*@#" for c in word):
            continue
        pieces = [re.escape(part) for part in re.split(r"[*@#.]+", word.casefold())]
        pattern = re.compile(r"\w{1,4}".join(pieces))
        if any(pattern.fullmatch(w) for w in _OBSCENE_WORDS if abs(len(w) - len(word)) <= 3):
            yield word


@rule("text.offensive", action="block")
def offensive(snapshot, profile, context) -> Iterator[Finding]:
    """Obscenity (also masked: `х*й`), hate, discrimination (`только славянам`), calls to violence."""
    for field, evidence in analyze(snapshot, context).found("text.offensive"):
        yield Finding(field, evidence)
        return
    for field, text in (("title", snapshot.title), ("description", snapshot.description)):
        for word in _masked_obscenity(text or ""):
            yield Finding(field, word)
            return


_NOT_GIBBERISH = frozenset({"https", "html", "schwarzkopf", "tsh", "mkpp", "lcd", "pptx", "mtsvrtneli"})


# Keyboard rows (`qwerty`, `asdf`, `фыва`, `йцукен`) and a chunk typed again (`asdasd`, `ывпаывап`).
_KEY_ROWS = (
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "йцукенгшщзхъ",
    "фывапролджэ",
    "ячсмитьбю",
    "ქწერტყუიოპ",
    "ასდფგჰჯკლ",
    "ზხცვბნმ",
)


# Every four keys in a row, either way: a word with none of them was not typed along a row.
_ROW_QUADS = frozenset(line[i : i + 4] for row in _KEY_ROWS for line in (row, row[::-1]) for i in range(len(row) - 3))


def _keyboard_mash(word: str) -> bool:
    for k in range(2, 5):
        if len(word) >= 2 * k and word == word[:k] * (len(word) // k) + word[: len(word) % k]:
            return True
    if not any(word[i : i + 4] in _ROW_QUADS for i in range(len(word) - 3)):
        return False
    best = 0
    for row in _KEY_ROWS:
        for line in (row, row[::-1]):  # typed along a row either way (`lkjhgf`)
            for i in range(len(word)):
                j = i + 1
                while j <= len(word) and word[i:j] in line:
                    j += 1
                best = max(best, j - 1 - i)
    return best >= 4 and best >= 0.7 * len(word)


def _gibberish(word: str) -> bool:
    if len(word) == 4 and word.isalpha() and len(set(word)) == 1:
        return True  # `ჯჯჯჯ`, `ffff`
    if len(word) < 5 or not word.isalpha() or word in _NOT_GIBBERISH:
        return False
    if _keyboard_mash(word):
        return True
    if "\u10a0" <= word[0] <= "\u10ff":
        return False
    vowels = sum(1 for c in word if c in _VOWELS)
    if vowels == 0:
        return True
    run = best = 0
    for c in word:
        run = 0 if c in _VOWELS else run + 1
        best = max(best, run)
    if best >= 6:
        return True
    return len(set(word)) <= 2 and len(word) >= 6


@rule("text.nonsense", action="review")
def nonsense(snapshot, profile, context) -> Iterator[Finding]:
    """Text with no meaning: keyboard mashing, lorem ipsum."""
    a = analyze(snapshot, context)
    hit = a.first("text.nonsense")
    if hit:
        yield Finding(*hit)
        return
    for ft in a:
        words = [t for t in ft.tokens if t.text.isalpha() and len(t.text) >= 3]
        if not words:
            continue
        bad = [t for t in words if _gibberish(t.text)]
        if len(bad) >= 2 and len(bad) >= 0.4 * len(words) or (len(words) <= 2 and bad):
            yield Finding(ft.name, " ".join(ft.norm.original(t.start, t.end) for t in bad[:4]))
            return
