"""Text normalisation, applied once per text, with a way back to the original characters.

`normalize(text)` returns a `Normalized`: the folded text the rules match on, and for every folded
character the index of the original character it came from, so a rule can report `evidence` as the
exact span the seller typed (`Normalized.original(start, end)`).

Folding, in order:
- `str.casefold()` per character (`İ` loses its combining dot, so Azerbaijani `İş` → `iş`);
- `ё` → `е`;
- inside one word that mixes Latin and Cyrillic letters, the minority script's look-alikes are
  replaced by the majority's (`вoдка` with a Latin `o` → `водка`, `WhаtsApp` with a Cyrillic `а` →
  `whatsapp`), so matching works both ways;
- inside a word of at least four letters, a digit between two letters becomes the letter it stands
  for (`п1столет` → `пистолет`, `v0dka` → `vodka`); model numbers keep their digits (`S21`, `X5`).

Digits written as words (`восемь семьсот один`, `yeddi`, `seven`, `შვიდი`) are not rewritten in
the text (that would move every span); `digit_runs()` reads them, together with digits split by
spaces, dashes, dots, emoji or filler words and look-alike letters (`О` for `0`), into digit
strings for the phone rule.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_CYR_TO_LAT = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "к": "k", "м": "m",
    "т": "t", "н": "h", "в": "b", "і": "i", "ј": "j", "ѕ": "s", "һ": "h", "ԛ": "q", "ԝ": "w",
}  # fmt: skip
_LAT_TO_CYR = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "k": "к", "m": "м",
    "t": "т", "h": "н", "b": "в", "i": "і", "u": "и", "n": "п", "r": "г",
}  # fmt: skip
_DIGIT_TO_LAT = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "8": "b"}
_DIGIT_TO_CYR = {"0": "о", "1": "и", "3": "з", "4": "ч", "6": "б", "8": "в"}

_WORD = re.compile(r"[^\W_]+")


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha() or "\u00c0" <= ch <= "\u024f"


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if "\uff01" <= ch <= "\uff5e":
        ch = chr(ord(ch) - 0xFEE0)  # fullwidth `Ｏ`, `５` → `O`, `5`
    folded = ch.casefold()
    if folded == "ё":
        return "е"
    if "\u0307" in folded and len(folded) > 1:
        folded = folded.replace("\u0307", "")
    return folded


@dataclass(frozen=True)
class Normalized:
    """Folded text plus, for each folded character, the index of its original character."""

    original_text: str
    text: str
    origin: tuple[int, ...]

    def original(self, start: int, end: int) -> str:
        """The original text behind folded span [start, end)."""
        if start >= end or not self.origin:
            return ""
        o_start = self.origin[start]
        o_end = self.origin[end - 1] + 1
        return self.original_text[o_start:o_end]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if start >= end:
            return (0, 0)
        return self.origin[start], self.origin[end - 1] + 1


def normalize(text: str) -> Normalized:
    """Fold `text` for matching; see the module docstring."""
    if not text:
        return Normalized(text or "", "", ())
    out: list[str] = []
    origin: list[int] = []
    if text.isascii():
        out = list(text.lower())
        origin = list(range(len(text)))
    else:
        for i, ch in enumerate(text):
            folded = _fold_char(ch)
            if len(folded) == 1:
                out.append(folded)
                origin.append(i)
            else:
                for c in folded:
                    out.append(c)
                    origin.append(i)
    joined = "".join(out)
    changed = False
    for match in _WORD.finditer(joined):
        word = match.group()
        if word.isascii() and (word.isalpha() or word.isdigit()):
            continue
        lat = cyr = digits = 0
        for c in word:
            if c.isdigit():
                digits += 1
            elif _is_cyrillic(c):
                cyr += 1
            elif _is_latin(c):
                lat += 1
        letters = lat + cyr
        if lat and cyr:
            table = _LAT_TO_CYR if cyr >= lat else _CYR_TO_LAT
            base = match.start()
            for k, c in enumerate(word):
                rep = table.get(c)
                if rep:
                    out[base + k] = rep
                    changed = True
        if digits and letters >= 4 and digits <= 2:
            table = _DIGIT_TO_CYR if cyr > lat else _DIGIT_TO_LAT
            base = match.start()
            for k in range(1, len(word) - 1):
                c = word[k]
                if c.isdigit() and word[k - 1].isalpha() and word[k + 1].isalpha():
                    rep = table.get(c)
                    if rep:
                        out[base + k] = rep
                        changed = True
    if changed:
        joined = "".join(out)
    return Normalized(text, joined, tuple(origin))


# --- digits written as words -------------------------------------------------------------------

# kind: U unit (0-9), T ten-multiple, E teen (10-19, closes a group), H hundred (whole value),
# M "hundred" multiplier (Turkic `yeddi yüz` = 700, English `seven hundred`).
_NUMBER_WORDS: dict[str, tuple[str, int]] = {}


def _add(kind: str, words: str, values: list[int] | None = None, start: int = 0, step: int = 1) -> None:
    for k, w in enumerate(words.split()):
        _NUMBER_WORDS[w] = (kind, values[k] if values else start + k * step)


# Russian
_add("U", "ноль один два три четыре пять шесть семь восемь девять")
_add("U", "нуль одна две", [0, 1, 2])
_add(
    "E",
    "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать",
    start=10,
)
_add("T", "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто", start=20, step=10)
_add("H", "сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот", start=100, step=100)
# Kazakh
_add("U", "нөл бір екі үш төрт бес алты жеті сегіз тоғыз")
_add("T", "он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан", start=10, step=10)
_add("M", "жүз", [100])
# ... also typed without the Kazakh letters (`сегиз, жети жуз жети, кырык бес`)
for _word in "нөл бір екі үш төрт тоғыз жиырма қырық жетпіс тоқсан жүз сегіз жеті".split():
    _NUMBER_WORDS.setdefault(_word.translate(str.maketrans("әіңғүұқөһ", "аингуукох")), _NUMBER_WORDS[_word])
# Azerbaijani (sıfır … doqquz; `on` is shared with Kazakh as 10)
_add("U", "sıfır bir iki üç dörd beş altı yeddi səkkiz doqquz")
_add("T", "iyirmi otuz qırx əlli altmış yetmiş səksən doxsan", start=20, step=10)
_add("M", "yüz", [100])
# hundreds written as one word (`ikiyüz`, `üçyüz`)
for _unit, _value in (
    ("iki", 2),
    ("üç", 3),
    ("dörd", 4),
    ("beş", 5),
    ("altı", 6),
    ("yeddi", 7),
    ("səkkiz", 8),
    ("doqquz", 9),
):
    _NUMBER_WORDS[_unit + "yüz"] = ("H", _value * 100)
# ... also typed without the Azerbaijani letters (`sifir elli bes`, `uc yuz`)
for _word, _hit in list(_NUMBER_WORDS.items()):
    _plain = _word.translate(str.maketrans("əışçğöü", "eiscgou"))
    if _plain != _word and _word.isascii() is False and _plain not in _NUMBER_WORDS and _plain.isascii():
        _NUMBER_WORDS[_plain] = _hit
# English
_add("U", "zero one two three four five six seven eight nine")
_add("U", "nil", [0])
_add("E", "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen", start=10)
_add("T", "twenty thirty forty fifty sixty seventy eighty ninety", start=20, step=10)
_add("M", "hundred", [100])
# Georgian (vigesimal compounds like ოცდახუთი are read by `_georgian_number`)
_add("U", "ნული ერთი ორი სამი ოთხი ხუთი ექვსი შვიდი რვა ცხრა")
_add("U", "ნოლი ნოლ", [0, 0])  # the colloquial zero
_add("E", "ათი თერთმეტი თორმეტი ცამეტი თოთხმეტი თხუთმეტი თექვსმეტი ჩვიდმეტი თვრამეტი ცხრამეტი", start=10)
_add("T", "ოცი ორმოცი სამოცი ოთხმოცი", [20, 40, 60, 80])
_add("H", "ასი ორასი სამასი ოთხასი ხუთასი ექვსასი შვიდასი რვაასი ცხრაასი", start=100, step=100)
_add("H", "ას ორას სამას ოთხას ხუთას ექვსას შვიდას რვაას ცხრაას", start=100, step=100)
_NUMBER_WORDS["on"] = ("T", 10)
_NUMBER_WORDS["он"] = ("T", 10)

_KA_TENS = (("ოთხმოცდა", 80), ("სამოცდა", 60), ("ორმოცდა", 40), ("ოცდა", 20))
_KA_SMALL = {
    "ერთი": 1, "ორი": 2, "სამი": 3, "ოთხი": 4, "ხუთი": 5, "ექვსი": 6, "შვიდი": 7, "რვა": 8, "ცხრა": 9,
    "ათი": 10, "თერთმეტი": 11, "თორმეტი": 12, "ცამეტი": 13, "თოთხმეტი": 14, "თხუთმეტი": 15,
    "თექვსმეტი": 16, "ჩვიდმეტი": 17, "თვრამეტი": 18, "ცხრამეტი": 19,
}  # fmt: skip


def number_word(word: str) -> tuple[str, int] | None:
    """(kind, value) if `word` (folded) is a number word in ru/kk/az/en/ka, else None."""
    hit = _NUMBER_WORDS.get(word)
    if hit:
        return hit
    if word and "\u10d0" <= word[0] <= "\u10ff":
        for prefix, tens in _KA_TENS:
            if word.startswith(prefix) and word[len(prefix) :] in _KA_SMALL:
                return ("E", tens + _KA_SMALL[word[len(prefix) :]])
    return None


# --- digit runs for the phone rule ------------------------------------------------------------

# Words that people put between digits to dodge filters ("8 тире 701"), read as separators.
_FILLERS = frozenset("тире дефис пробел точка запятая dash hyphen space dot tire defis nöqtə нүкте сызықша".split())
# Words that chain dictated digit groups ("… then …"), up to two of them between two groups.
_SEQUENCE = frozenset("sonra da nəhayət потом затем далее then next кейін содан შემდეგ".split())
# Separators allowed between the digits of one number.
_SEPARATOR_CHARS = frozenset(" \t\u00a0\u2009\u202f-–—‒.,()[]/\\_*+:;|~'\"`·•\u200d\ufe0f\u20e3")
_HOMOGLYPH_DIGITS = {"o": "0", "о": "0", "l": "1", "i": "1", "і": "1", "|": "1", "з": "3", "ο": "0", "б": "6"}

_TOKEN = re.compile(r"\d+|[^\W\d_]+|\n|[^\S\n]+|.", re.UNICODE)


def _is_symbol(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat in ("So", "Sk", "Cn", "Mn", "Cf") or "\U0001f000" <= ch <= "\U0001faff"


@dataclass(frozen=True)
class DigitRun:
    """Digits read from a stretch of folded text: `groups` are the digit strings in order."""

    start: int  # folded-text offsets of the first and past the last digit-bearing token
    end: int
    groups: tuple[str, ...]
    plus: bool  # a `+` right before the first digit
    obfuscated: bool  # number words, look-alike letters, emoji or filler words were read
    group_starts: tuple[int, ...]
    group_ends: tuple[int, ...]
    strong_breaks: frozenset[int]  # indexes i: a comma/semicolon/newline/`или` before groups[i]

    @property
    def digits(self) -> str:
        return "".join(self.groups)


class _WordGroup:
    """Assembles number words into one number: `семьсот двадцать четыре` → 724."""

    __slots__ = ("h", "t", "u", "closed", "start", "end")

    def __init__(self, start: int) -> None:
        self.h = self.t = self.u = None
        self.closed = False
        self.start = start
        self.end = start

    def take(self, kind: str, value: int) -> bool:
        if self.closed:
            return False
        empty = self.h is None and self.t is None and self.u is None
        if kind == "H":
            if empty:
                self.h = value
                return True
            return False
        if kind == "M":
            if self.u is not None and self.h is None and self.t is None:
                self.h, self.u = self.u * 100, None
                return True
            if empty:
                self.h = 100
                return True
            return False
        if kind == "T":
            if self.t is None and self.u is None:
                self.t = value
                return True
            return False
        if kind == "E":
            if self.t is None and self.u is None:
                self.t = value
                self.closed = True
                return True
            return False
        if kind == "U":
            if self.u is None:
                if value == 0 and not empty:
                    return False
                self.u = value
                if value == 0:
                    self.closed = True
                return True
        return False

    def digits(self) -> str:
        return str((self.h or 0) + (self.t or 0) + (self.u or 0))


def digit_runs(norm: str) -> list[DigitRun]:
    """Maximal stretches of `norm` that read as a sequence of digits, with at most short
    separators (punctuation, spaces, emoji, one filler word) between them."""
    runs: list[DigitRun] = []
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(norm)]
    n = len(tokens)
    groups: list[str] = []
    g_starts: list[int] = []
    g_ends: list[int] = []
    breaks: set[int] = set()
    obfuscated = False
    plus = False
    sep_len = 0
    sep_words = 0
    pending_break = False
    word_group: _WordGroup | None = None

    def flush() -> None:
        nonlocal groups, g_starts, g_ends, breaks, obfuscated, plus, word_group
        close_word_group()
        if groups:
            runs.append(
                DigitRun(
                    start=g_starts[0],
                    end=g_ends[-1],
                    groups=tuple(groups),
                    plus=plus,
                    obfuscated=obfuscated,
                    group_starts=tuple(g_starts),
                    group_ends=tuple(g_ends),
                    strong_breaks=frozenset(breaks),
                )
            )
        groups, g_starts, g_ends, breaks = [], [], [], set()
        obfuscated = plus = False
        word_group = None

    def close_word_group() -> None:
        nonlocal word_group
        if word_group is not None:
            groups.append(word_group.digits())
            g_starts.append(word_group.start)
            g_ends.append(word_group.end)
            word_group = None

    def add_group(text: str, start: int, end: int) -> None:
        nonlocal pending_break, sep_len, sep_words
        if pending_break and groups:
            breaks.add(len(groups))
        pending_break = False
        sep_len = sep_words = 0
        groups.append(text)
        g_starts.append(start)
        g_ends.append(end)

    for idx in range(n):
        pos, tok = tokens[idx]
        in_run = bool(groups) or word_group is not None
        if tok.isdigit():
            close_word_group()
            if not in_run:
                plus = pos > 0 and norm[pos - 1] == "+"
            add_group(tok, pos, pos + len(tok))
            continue
        if tok[0].isalpha() or (tok[0].isalnum() and not tok.isdigit()):
            hit = number_word(tok)
            if hit is not None:
                kind, value = hit
                if word_group is not None and word_group.take(kind, value):
                    word_group.end = pos + len(tok)
                    sep_len = sep_words = 0
                    continue
                if (
                    kind == "M"
                    and word_group is not None
                    and word_group.u is not None
                    and (word_group.t is not None or word_group.h is not None)
                ):
                    # `yetmiş üç yüz` is 70 | 300: the unit starts the next number
                    unit = word_group.u
                    word_group.u = None
                    close_word_group()
                    word_group = _WordGroup(pos)
                    word_group.h = unit * 100
                    word_group.end = pos + len(tok)
                    continue
                close_word_group()
                if pending_break and groups:
                    breaks.add(len(groups))
                pending_break = False
                sep_len = sep_words = 0
                word_group = _WordGroup(pos)
                word_group.take(kind, value)
                word_group.end = pos + len(tok)
                obfuscated = True
                continue
            if len(tok) <= 3 and all(c in _HOMOGLYPH_DIGITS for c in tok):
                prev_adjacent = idx > 0 and tokens[idx - 1][1].isdigit()
                next_adjacent = idx + 1 < n and tokens[idx + 1][1].isdigit()
                # ... or the last of digits dictated one by one (`4 4 - 9 О`)
                last_of_singles = len(tok) == 1 and sum(len(g) == 1 for g in groups) >= 4 and len(groups[-1]) == 1
                # `i7-13650HX`, `i5 8th gen`: a processor's name, not a `1` before its digits
                cpu = tok == "i" and next_adjacent and not prev_adjacent and len(tokens[idx + 1][1]) == 1
                if not cpu and (
                    prev_adjacent or next_adjacent or (in_run and (_next_is_digit(tokens, idx) or last_of_singles))
                ):
                    close_word_group()
                    add_group("".join(_HOMOGLYPH_DIGITS[c] for c in tok), pos, pos + len(tok))
                    obfuscated = True
                    continue
            if in_run and tok in _FILLERS and sep_words == 0:
                sep_words += 1
                obfuscated = True
                continue
            if in_run and tok in _SEQUENCE and sep_words < 2 and _digits_follow(tokens, idx):
                sep_words += 1  # `055 və sonra 614 sonra da 77`: digits dictated one group after another
                obfuscated = True
                continue
            if in_run and tok in ("или", "or", "və", "ან", "немесе", "yaxud"):
                pending_break = True
                sep_words += 1
                if sep_words > 1:
                    flush()
                continue
            flush()
            continue
        # separators
        if not in_run:
            continue
        if tok == "\n":
            pending_break = True
            sep_len += 1
            if sep_len > 2:
                flush()
            continue
        if tok.isspace() or all(c in _SEPARATOR_CHARS for c in tok):
            if tok in (",", ";"):
                pending_break = True
            sep_len += len(tok) if not tok.isspace() else 1
            if sep_len > 4:
                flush()
            continue
        if all(_is_symbol(c) for c in tok):
            obfuscated = True
            sep_len += 1
            if sep_len > 4:
                flush()
            continue
        flush()
    flush()
    return runs


def _digits_follow(tokens: list[tuple[int, str]], idx: int) -> bool:
    """A digit comes next, past separators and at most one more chaining word."""
    words = 0
    for _pos, tok in tokens[idx + 1 : idx + 6]:
        if tok.isdigit():
            return True
        if tok.isspace() or all(c in _SEPARATOR_CHARS for c in tok):
            continue
        words += 1
        if words > 1 or tok not in _SEQUENCE:
            return False
    return False


def _next_is_digit(tokens: list[tuple[int, str]], idx: int) -> bool:
    for _pos, tok in tokens[idx + 1 : idx + 4]:
        if tok.isdigit():
            return True
        if not (tok.isspace() or all(c in _SEPARATOR_CHARS for c in tok)):
            return False
    return False


# --- consonant skeletons --------------------------------------------------------------------------

_SKELETON_LETTERS = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфхцыэюяёіәөұүқғңһ", "abvgdeziiklmnoprstufhcyeuaeiaouukgnh", strict=True)),
        **{"ж": "j", "ш": "sh", "щ": "sh", "ч": "ch", "ъ": "", "ь": ""},
        # Georgian as Georgians type it in Latin letters (`macivari`, `orkameriani`)
        **dict(zip("აბგდევზთიკლმნოპრსტუფქღყცძწჭხჯჰ", "abgdevztiklmnoprstupkgqcdwcxjh", strict=True)),
        **{"ჟ": "zh", "შ": "sh", "ჩ": "ch"},
    }
)
_SKELETON_VOWELS = re.compile(r"[aeiouyəıöüაეიოუ]")


def skeleton(key: str) -> str:
    """`найк` and `nike`, `адидас` and `adidas`, `кросовки` and `кроссовки`: one skeleton each pair."""
    latin = key.replace("дж", "j").translate(_SKELETON_LETTERS).replace("ks", "x")
    return re.sub(r"(.)\1+", r"\1", _SKELETON_VOWELS.sub("", latin))
