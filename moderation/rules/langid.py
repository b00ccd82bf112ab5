"""Which language a field is written in, as far as the language rules need to know.

A tiny, deterministic guesser (no models: lingua costs ~300 MB): the script decides Georgian and
Cyrillic; Kazakh-specific letters (ә ғ қ ң ө ұ ү һ і) split Kazakh from Russian; Latin text is
Azerbaijani when it has `ə` or Azerbaijani words, official Kazakh Latin when it has its letters
(á ǵ ń ó ú ý ä ū ñ) or words, Russian transliteration when common Russian words written in Latin
outnumber English ones, English when it has English function words. Latin text that is only brand
and model names (`Samsung Galaxy S21 Ultra`) has no language: `None`.
"""

from __future__ import annotations

import re

from .analysis import FieldText

_KK_CYR = frozenset("әғқңөұүһі")
_KK_LAT = frozenset("áǵńóúýäūñ")
# Letters of the Turkic Latin alphabets that Russian transliteration never uses (`maşın`, `işlək`).
_TURKIC_LAT = frozenset("şçğıöü")


# Russian written in Latin letters has shapes English and the Turkic Latin alphabets lack: the
# consonant digraphs of Russian letters (zh, kh, shch, ts + vowel ending) and Russian inflections
# (-aya, -yaya, -iy, -yj, -ogo, -ykh, -nyj, -ovat', -enie, -tsya). A Latin word with one of them
# counts as Russian, so "Kurtka zimnyaya muzhskaya" is told from "Nike Air Max".
_TRANSLIT_SHAPE = re.compile(
    r"zh|kh|shch|[^s]sch|tsy|yy|[aeiouy]ya|yu$|ij$|yj$|iy$|aya$|oye$|oj$|ogo$|ykh$|ikh$|nyj|nyi$|naya$|nuyu$|"
    r"ovat|evat|enie|anie|tsya$|sya$|chk|ochn|enn[oy]"
)
_NOT_TRANSLIT = frozenset(
    "khan khaki khmer kherson sheikh zhang beijing zhejiang wifi hybrid jersey sydney disney hockey jockey "
    "kayak yoga ayahuasca mayan papaya maya goya toyota hyundai kawasaki bosch".split()
)


def _translit_words(ft: FieldText) -> int:
    """Distinct Russian words in Latin letters: listed ones plus translit-shaped ones."""
    seen = {ft.tokens[a].key for a, _ in ft.spans("words.translit")}
    for tok in ft.tokens:
        w = tok.text
        if len(w) >= 4 and w.isascii() and w.isalpha() and w not in _NOT_TRANSLIT and _TRANSLIT_SHAPE.search(w):
            seen.add(tok.key)
    return len(seen)


def _distinct(ft: FieldText, list_name: str) -> int:
    return len({ft.tokens[a].key for a, _ in ft.spans(list_name)})


def guess_language(ft: FieldText) -> str | None:
    """'ru', 'kk', 'ka', 'az', 'en', 'kk_latin', 'translit' or None (too little to tell)."""
    text = ft.text
    geo = cyr = lat = kk = az = kkl = turkic = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if "\u10a0" <= ch <= "\u10ff" or "\u1c90" <= ch <= "\u1cbf":
            geo += 1
        elif "\u0400" <= ch <= "\u04ff":
            cyr += 1
            if ch in _KK_CYR:
                kk += 1
        elif ch.isascii() or "\u00c0" <= ch <= "\u024f":
            lat += 1
            if ch == "ə":
                az += 1
            elif ch in _KK_LAT:
                kkl += 1
            elif ch in _TURKIC_LAT:
                turkic += 1
    total = geo + cyr + lat
    if total < 4:
        return None
    if geo >= 0.3 * total:
        return "ka"
    if cyr >= 0.5 * total:
        return "kk" if kk >= 2 and kk >= 0.015 * cyr else "ru"
    if lat < 0.5 * total:
        return None
    en = _distinct(ft, "words.english")
    az_words = _distinct(ft, "words.azerbaijani")
    kk_words = _distinct(ft, "words.kazakh_latin")
    tr = _distinct(ft, "words.translit")
    if lat >= 0.8 * total and not az and not kkl:
        tr = _translit_words(ft)
    if az or (az_words >= 2 and az_words > en and az_words >= tr):
        return "az"
    if kkl >= 2 or (kk_words >= 2 and kk_words > en and kk_words >= tr):
        return "kk_latin"
    # `q` is a Turkic letter, never a Russian sound typed in Latin (`qifil`, `qapida`, `qalmir`)
    q_words = len({t.key for t in ft.tokens if "q" in t.text})
    if tr >= 2 and tr > en and not turkic and tr > q_words:
        return "translit"
    if en >= 2:
        return "en"
    return None
