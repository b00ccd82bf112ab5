"""How alike two ads are, for the duplicate and edit rules: word-key sets over folded text."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from .lexicon import tokenize
from .normalize import normalize, skeleton

_DIGIT_SPLIT = re.compile(r"(\d+)")
_STOP = frozenset("и в на с для по от до из за не или the and for with in of to a на та жана və ilə da de და".split())

# Unit words written in either script are one key: `45mm` = `45 мм`, `256 ГБ` = `256GB`.
_UNIT_FOLD = {"мм": "mm", "см": "cm", "гб": "gb", "тб": "tb", "мб": "mb", "кг": "kg", "мп": "mp", "гц": "hz",
              "вт": "w", "мач": "mah", "дюйм": "inch"}  # fmt: skip
UNIT_WORDS = frozenset(_UNIT_FOLD.values()) | {"m", "cm", "l", "ml", "mah", "hz", "g", "gb", "tb", "mb", "kg", "inch"}


@lru_cache(maxsize=20_000)
def keys(text: str) -> frozenset[str]:
    """Word keys of `text` (stems; digits kept; look-alikes folded; stop words dropped)."""
    out = set()
    for t in tokenize(normalize(text or "").text):
        if t.key in _STOP:
            continue
        if t.text[0].isdigit() != t.text[-1].isdigit() or (any(c.isdigit() for c in t.text) and not t.text.isdigit()):
            out.update(_UNIT_FOLD.get(p, p) for p in _DIGIT_SPLIT.split(t.text) if p)  # `32GB` = `32 GB`
        else:
            out.add(_UNIT_FOLD.get(t.text, t.key))
    return frozenset(out)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def title_similarity(x, y) -> float:
    return jaccard(keys(x.title), keys(y.title))


def text_similarity(x, y) -> float:
    return jaccard(keys(f"{x.title}\n{x.description}"), keys(f"{y.title}\n{y.description}"))


def digits_differ(x, y) -> bool:
    """The titles name different numbers (model, memory, year): different products."""
    a = {k for k in keys(x.title) if any(c.isdigit() for c in k)}
    b = {k for k in keys(y.title) if any(c.isdigit() for c in k)}
    return bool(a ^ b)


def image_hashes(snapshot) -> frozenset[str]:
    return frozenset(i.sha256 for i in (snapshot.images or ()) if i.sha256)


# One key per colour in every language, so `Sierra Blue` = `mavi` = `синий` and black ≠ white.
_COLOUR_WORDS = {
    "black": "black черн qara қара შავ midnight",
    "white": "white бел =ağ =ақ =თეთრი =თეთრ =თეთრია =თეთრად =თეთრის starlight",  # not `თეთრეული`, bed linen
    "blue": "blue син голуб mavi göy =көк ლურჯ ცისფერ",
    "red": "=red красн qırmızı қызыл წითელ",
    "green": "green зелен yaşıl жасыл მწვან",
    "grey": "grey gray graphite =серый =серая =серое =серого =серой =серым =серые =boz =сұр ნაცრისფერ",
    "silver": "silver серебрист gümüşü күміс ვერცხლისფერ",
    "gold": "gold золотист qızılı алтын ოქროსფერ",
    "pink": "pink розов çəhrayı қызғылт ვარდისფერ",
    "purple": "purple фиолет сирен bənövşəyi күлгін იისფერ",
    "yellow": "yellow желт sarı сары ყვითელ",
    "brown": "brown коричнев qəhvəyi қоңыр ყავისფერ",
    "beige": "beige беж bej",
}
_COLOUR_EXACT = {w[1:]: c for c, ws in _COLOUR_WORDS.items() for w in ws.split() if w.startswith("=")}
_COLOUR_PREFIX = tuple((w, c) for c, ws in _COLOUR_WORDS.items() for w in ws.split() if not w.startswith("="))


def _colour(word: str) -> str | None:
    if word in _COLOUR_EXACT:
        return _COLOUR_EXACT[word]
    for prefix, colour in _COLOUR_PREFIX:
        if word.startswith(prefix):
            return colour
    return None


# Brands and model words written in Cyrillic are the same key as in Latin: `Айфон 14 Про` = `iPhone 14 Pro`.
_BRAND_SPELLINGS = {
    "айфон": "iphon", "эпл": "appl", "эппл": "appl", "самсунг": "samsung", "галакси": "galaxi", "сяоми": "xiaomi",
    "ксиоми": "xiaomi", "редми": "redmi", "поко": "poco", "хонор": "honor", "хуавей": "huawei", "хуавэй": "huawei",
    "макбук": "macbook", "айпад": "ipad", "эйрподс": "airpod", "аирподс": "airpod", "плейстейшн": "playstat",
    "плейстейшен": "playstat", "соня": "soni", "сони": "soni", "про": "pro", "макс": "max", "плюс": "plus",
    "ультра": "ultra", "мини": "mini", "тойота": "toyota", "хендай": "hyundai", "хюндай": "hyundai", "киа": "kia",
    "мерседес": "merced", "бмв": "bmw", "ауди": "audi", "лексус": "lexus", "ниссан": "nissan", "шевроле": "chevrolet",
    "фольксваген": "volkswagen", "лада": "lada", "камри": "camri", "королла": "corolla", "прадо": "prado",
    "ленд": "land", "крузер": "cruiser", "дайсон": "dyson", "бош": "bosch", "филипс": "philip", "элджи": "lg",
}  # fmt: skip


_CONSOLE = re.compile(r"ps([1-5])")


def _canonical(word: str) -> str:
    return _BRAND_SPELLINGS.get(word, word)


@lru_cache(maxsize=20_000)
def product_keys(text: str) -> frozenset[str]:
    """`keys(text)` with colour words in any language as one `colour:<name>` key and brands written
    in Cyrillic as their Latin key."""
    tokens = tokenize(normalize(text or "").text)
    colours = {f"colour:{c}" for t in tokens if (c := _colour(t.text))}
    brands = {_canonical(t.text) for t in tokens if t.text in _BRAND_SPELLINGS}
    consoles = {m.group(1) for t in tokens if (m := _CONSOLE.fullmatch(t.text))}
    if consoles:
        brands |= {"playstat", *consoles}  # `PS5` = `PlayStation 5`
    base = keys(text)
    if not colours and not brands:
        return base
    drop = set(_BRAND_SPELLINGS) | ({"ps"} if consoles else set())
    return frozenset(k for k in base if _colour(k) is None and k not in drop) | colours | brands


def _colours(ad) -> frozenset[str]:
    """The colours the ad names: in its title, else in its description."""
    for text in (ad.title, ad.description):
        found = frozenset(k for k in product_keys(text) if k.startswith("colour:"))
        if found:
            return found
    return frozenset()


def _numbers(keys_: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys_ if any(c.isdigit() for c in k))


# A flat or a house is told apart by its area: the same area at the same price is the same object,
# however the rooms and floor are worded (`2-комн., 58 м², 9/12` = `Двухкомнатная 58 м², 9 этаж`).
_AREA = re.compile(
    r"(?<![\d.,])(\d{2,4}(?:[.,]\d)?)\s?(?:м²|м2|кв\.?\s?м|квадрат|m²|m2|sq\.?\s?m|კვ\.?\s?მ|kv\.?\s?m)", re.I
)


def _area(ad) -> str | None:
    m = _AREA.search(f"{ad.title}\n{ad.description}")
    return m.group(1).replace(",", ".") if m else None


def _same_object(x, y) -> bool:
    area = _area(x)
    return area is not None and area == _area(y) and _near_price(x, y)


# Words that make another model of the same line: `iPhone 13` is not `iPhone 13 Pro`.
_MODIFIERS = frozenset("pro max plus ultra mini lite slim digital se air note fe neo prime edge fold flip".split())


def _skeletons(keys_: frozenset[str]) -> frozenset[str]:
    """Consonant skeletons of the words, Cyrillic read as Latin: `hyundai` and `хендай` are `hnd`."""
    return frozenset(s for k in keys_ if k.isalpha() and len(k) >= 4 and len(s := skeleton(k)) >= 3)


def _measures(keys_: frozenset[str]) -> frozenset[str]:
    """Numbers of two or more digits that are not years: sizes, areas, volumes."""
    return frozenset(k for k in keys_ if k.isdigit() and len(k) >= 2 and not _YEAR_KEY.fullmatch(k))


_YEAR_KEY = re.compile(r"(?:19|20)\d\d")


def _near_price(x, y, within: Decimal = Decimal("0.05")) -> bool:
    """Prices within 5 % (or `within`) of each other."""
    if not x.price or not y.price:
        return False
    a, b = Decimal(str(x.price)), Decimal(str(y.price))
    return abs(a - b) <= max(a, b) * within


_OTHER_SCRIPT = re.compile(r"[а-яёәғқңөұүһіა-ჰ]", re.IGNORECASE)


def _names(title: str, keys_: frozenset[str]) -> frozenset[str]:
    """Latin words in a Cyrillic or Georgian title: the makes and models (`Nokian`, `Michelin Primacy`)."""
    if not _OTHER_SCRIPT.search(title):
        return frozenset()
    return frozenset(k for k in keys_ if k.isascii() and k.isalpha() and len(k) >= 3 and k not in UNIT_WORDS)


def _same_price(x, y) -> bool:
    return _near_price(x, y, within=Decimal(0))


def same_product(x, y) -> bool:
    """Same product offered twice: a shared photo; the same area at the same price; near-identical
    titles; alike titles with near-identical text; or re-worded titles whose words (brand, model,
    memory, colour, a number) the other ad names. Titles that each name a number the other ad
    lacks (32 GB vs 64 GB, 2015 vs 2018), or different colours, never match."""
    if image_hashes(x) & image_hashes(y) or _same_object(x, y):
        return True
    tx, ty = product_keys(x.title), product_keys(y.title)
    fx, fy = product_keys(f"{x.title}\n{x.description}"), product_keys(f"{y.title}\n{y.description}")
    if _numbers(tx) - _numbers(fy) and _numbers(ty) - _numbers(fx):
        return False  # each names a number the other lacks: 32 vs 64 GB, 2015 vs 2018
    cx, cy = _colours(x), _colours(y)
    if cx and cy and not cx & cy:
        return False
    if (tx & _MODIFIERS) - fy or (ty & _MODIFIERS) - fx:
        return False  # another model of the line: `iPhone 13` and `iPhone 13 Pro`
    if _names(x.title, tx) - fy and _names(y.title, ty) - fx:
        return False  # each names a make the other lacks: `Шины Nokian Hakkapeliitta` and `Шины Michelin Primacy`
    t = jaccard(tx, ty)
    if t >= 0.8:
        return True
    if t >= 0.5 and bool(x.description.strip()) and text_similarity(x, y) >= 0.85:
        return True
    dx, dy = product_keys(x.description), product_keys(y.description)
    if t >= 0.5 and min(len(dx), len(dy)) >= 8 and len(dx & dy) >= 0.8 * min(len(dx), len(dy)):
        return True  # a service re-offered: alike titles over the same long description
    if t >= 0.5 and _same_price(x, y) and min(len(dx), len(dy)) >= 6 and len(dx & dy) >= 0.5 * min(len(dx), len(dy)):
        return True  # re-worded at the same price: `Tissot PRX qol saatı` = `Tissot PRX kişi saatı, orijinal`
    if t >= 0.5 and _numbers(tx) and _numbers(tx) == _numbers(ty) and _same_price(x, y):
        return True  # re-worded, same model numbers, same price: `iPhone 14 Pro, 256 ГБ` = `iPhone 14 Pro 256gb`
    sizes = _measures(fx) & _measures(fy)
    if len({k for k in tx & ty if k.isalpha()}) >= 2 and (len(sizes) >= 3 or sum(len(k) >= 3 for k in sizes) >= 2):
        return True  # the same sizes again: `Шкаф-купе, ширина 180, высота 240, глубина 60` = `180×240×60 см`
    # One seller, one category, the price within 5 %: the same product however it is worded, in
    # whatever language or script (the seller is the one judged, so the bar is "alike", not "equal")
    if x.category == y.category and _near_price(x, y):
        shared = tx & ty
        if len(shared) >= 3:
            return True  # `Sony PlayStation 5 Slim, с дисководом` = `PS5 Slim дисковая версия`
        if len(_skeletons(tx) & _skeletons(ty)) >= 2:
            return True  # `Хендай Элантра` = `Hyundai Elantra`, `Macivari Samsung` = `მაცივარი Samsung`
        if len(sizes) >= 2:
            return True  # `Corner sofa bed … 140x200` = `Угловой диван-кровать … 140 на 200`
        if _numbers(shared) and any(k.isalpha() for k in shared) and (sizes or _same_price(x, y)):
            return True  # `Стиральная машина Beko, 7 кг` = `სარეცხი მანქანა Beko, 7 კგ`, 650 each
    if x.category == y.category and _near_price(x, y, Decimal("0.10")) and jaccard(fx, fy) >= 0.3:
        if any(k.isalpha() and len(k) >= 4 for k in tx & ty):
            return (
                True  # re-worded and a little cheaper: `Стенка для гостиной, 4 секции` = `Стенка-горка … четыре секции`
            )
    if len(tx) < 3 or len(ty) < 3 or not _numbers(tx & ty):
        return False
    covered = sorted((len(tx & fy) / len(tx), len(ty & fx) / len(ty)))
    return covered[0] >= 0.5 and covered[1] >= 0.8


_MEMORY = re.compile(r"(\d+)\s?(?:gb|tb|гб|тб|mb|мб)\b", re.IGNORECASE)


def comparable_titles(title: str, other: str) -> bool:
    """Two titles of the same model, for price comparisons: alike words and no conflicting model
    number; memory sizes may differ (a 512 GB phone prices a 256 GB one well enough to see a tenth)."""
    memory = {m.group(1) for m in _MEMORY.finditer(f"{title} {other}")}
    a = {k for k in product_keys(title) if k not in memory and k not in UNIT_WORDS and not k.startswith("colour:")}
    b = {k for k in product_keys(other) if k not in memory and k not in UNIT_WORDS and not k.startswith("colour:")}
    na, nb = {k for k in a if k.isdigit()}, {k for k in b if k.isdigit()}
    if na - nb and nb - na:
        return False  # iPhone 13 vs iPhone 15
    shared = len(a & b)
    if na and na == nb and len({k for k in a & b if not k.isdigit()}) >= 2:
        return True  # the same model number and make: `iPhone 15 Pro Max …` whatever else the titles say
    return jaccard(frozenset(a), frozenset(b)) >= 0.5 or (
        min(len(a), len(b)) >= 3 and shared >= 0.6 * min(len(a), len(b))
    )
