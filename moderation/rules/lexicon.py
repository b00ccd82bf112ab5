"""Term lists and word-form matching.

Term lists ship as files in `terms/` (one list per language: `<list>.<lang>.txt`, e.g.
`prohibited.weapons.ru.txt`) plus a few JSON files. `load_terms()` reads them once into a `Terms`
object; a database layer may build its own `Terms` (same constructor: `Terms.from_lines(...)`) and
hand it to the rules through `RuleContext.terms()`.

Line syntax of a `.txt` list (after `#` comments are stripped):
- `word word …`: a phrase of consecutive words. A plain word matches its word forms: Russian
  (Cyrillic) words through the Snowball Russian stemmer (`пистолеты`, `пистолета` → `пистолет`),
  Latin words through the Snowball English stemmer (`guns` → `gun`); Georgian words as written.
- `stem*`: any word starting with `stem` (the curated stems for Kazakh, Azerbaijani, Georgian:
  `тапанш*`, `silah*`, `იარაღ*`).
- `*part*`: any word containing `part` (obscene roots hidden inside longer words).
- `=word`: exactly this word, no stemming.
- `(a|b)`: either word (expanded into one phrase per alternative).
- `..`: up to two words of anything (`пистолет .. пен*` = "пистолет для монтажной пены").
- a line starting with `-` is an exception: a hit of the list that overlaps an exception's match
  is dropped (`-водян* пистолет`, `-glue gun`).

All text is matched after `normalize()`, so look-alike letters and case do not matter.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import snowballstemmer

from .normalize import normalize

TERMS_DIR = Path(__file__).with_name("terms")

_RU = snowballstemmer.stemmer("russian")
_EN = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The matching key of a folded word: Snowball for Cyrillic and Latin, the word otherwise."""
    if not word or word.isdigit():
        return word
    first = word[0]
    if "\u0400" <= first <= "\u04ff":
        if len(word) <= 3:
            return word
        return _RU.stemWord(word)
    if first.isascii():
        if len(word) <= 3:
            return word
        return _EN.stemWord(word)
    return word


@dataclass(frozen=True)
class Token:
    """One word of a folded text: `text` folded, `key` its stem, offsets into the folded text."""

    text: str
    key: str
    start: int
    end: int


def tokenize(norm: str) -> list[Token]:
    return [Token(m.group(), stem(m.group()), m.start(), m.end()) for m in _WORD.finditer(norm)]


# A word pattern: (kind, value) with kind "k" stem key, "p" prefix, "s" substring, "x" exact, "g" gap.
WordPat = tuple[str, str]


@dataclass(frozen=True)
class Phrase:
    list_name: str
    words: tuple[WordPat, ...]
    exception: bool
    source: str


def _compile_word(word: str) -> WordPat:
    if word == "..":
        return ("g", "2")
    if word.startswith("=") and len(word) > 1:
        return ("x", normalize(word[1:]).text)
    if word.startswith("*") and word.endswith("*") and len(word) > 2:
        return ("s", normalize(word[1:-1]).text)
    if word.endswith("*") and len(word) > 1:
        return ("p", normalize(word[:-1]).text)
    folded = normalize(word).text
    return ("k", stem(folded))


def _word_matches(pat: WordPat, tok: Token) -> bool:
    kind, value = pat
    if kind == "k":
        return tok.key == value
    if kind == "p":
        return tok.text.startswith(value)
    if kind == "s":
        return value in tok.text
    if kind == "x":
        return tok.text == value
    return False


@dataclass(frozen=True)
class Hit:
    list_name: str
    first: int  # token index of the first word
    last: int  # token index of the last word (inclusive)
    exception: bool


class TermIndex:
    """All phrases of all lists, indexed by their first word for one pass over a text."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self.by_key: dict[str, list[Phrase]] = defaultdict(list)
        self.by_prefix: dict[str, list[Phrase]] = defaultdict(list)
        self.by_exact: dict[str, list[Phrase]] = defaultdict(list)
        self.substrings: list[Phrase] = []
        self.count = 0
        for phrase in phrases:
            self.count += 1
            kind, value = phrase.words[0]
            if kind == "k":
                self.by_key[value].append(phrase)
            elif kind == "x":
                self.by_exact[value].append(phrase)
            elif kind == "p":
                self.by_prefix[value[:2]].append(phrase)
            elif kind == "s":
                self.substrings.append(phrase)

    def match(self, tokens: list[Token]) -> list[Hit]:
        hits: list[Hit] = []
        n = len(tokens)
        for i, tok in enumerate(tokens):
            candidates: list[Phrase] = []
            c = self.by_key.get(tok.key)
            if c:
                candidates.extend(c)
            c = self.by_exact.get(tok.text)
            if c:
                candidates.extend(c)
            c = self.by_prefix.get(tok.text[:2])
            if c:
                candidates.extend(p for p in c if tok.text.startswith(p.words[0][1]))
            if self.substrings:
                candidates.extend(p for p in self.substrings if p.words[0][1] in tok.text)
            for phrase in candidates:
                last = _match_rest(phrase.words, 1, tokens, i + 1, n)
                if last is not None:
                    hits.append(Hit(phrase.list_name, i, max(i, last), phrase.exception))
        return hits


def _match_rest(words: tuple[WordPat, ...], w: int, tokens: list[Token], t: int, n: int) -> int | None:
    """Token index of the last matched word, or None; `t - 1` is the last consumed token."""
    if w == len(words):
        return t - 1
    pat = words[w]
    if pat[0] == "g":
        for skip in range(0, int(pat[1]) + 1):
            found = _match_rest(words, w + 1, tokens, t + skip, n)
            if found is not None:
                return found
        return None
    if t >= n or not _word_matches(pat, tokens[t]):
        return None
    return _match_rest(words, w + 1, tokens, t + 1, n)


_PART = re.compile(r"\([^)]*\)|\S+")


def _expand(line: str) -> Iterator[list[str]]:
    """`(a|b c)` alternatives (each may be several words) → one word list per combination."""
    variants: list[list[str]] = [[]]
    for part in _PART.findall(line):
        if part.startswith("(") and part.endswith(")") and len(part) > 2:
            options = [o.split() for o in part[1:-1].split("|")]
        else:
            options = [[part]]
        variants = [v + o for v in variants for o in options]
    yield from variants


# Azerbaijani (and Kazakh Latin) sellers often type without their letters: `satis yoxdur`,
# `deyisirem`, `yalniz barter`. Every term with such letters also matches its plain spelling.
_PLAIN_LETTERS = str.maketrans("əışçğöüƏŞÇĞÖÜ", "eiscgouESCGOU")


_SPECIAL = frozenset("əışçğöüƏŞÇĞÖÜ")


def _spellings(word: str, *, in_phrase: bool = False) -> list[str]:
    """`word` with each of its special letters kept or typed plain (`işçi`, `isçi`, `işci`, `isci`);
    a word with more than three of them gets only the two extremes, a stem under four letters none
    unless other words of a phrase hold it in place (`ov quş*` → `ov qus*`)."""
    spots = [i for i, c in enumerate(word) if c in _SPECIAL]
    if not spots or (word.endswith("*") and len(word.strip("=*")) < 4 and not in_phrase):
        return [word]  # a short stem typed plain reaches other words (`şin*` → `sin*` → `sinif`)
    if len(spots) > 3:
        return [word, word.translate(_PLAIN_LETTERS)]
    out = []
    for mask in itertools.product((False, True), repeat=len(spots)):
        chars = list(word)
        for plain, i in zip(mask, spots, strict=True):
            if plain:
                chars[i] = chars[i].translate(_PLAIN_LETTERS)
        out.append("".join(chars))
    return out


def _with_plain_letters(variants: Iterator[list[str]]) -> Iterator[list[str]]:
    for words in variants:
        in_phrase = sum(w != ".." for w in words) >= 2
        combos = list(itertools.islice(itertools.product(*(_spellings(w, in_phrase=in_phrase) for w in words)), 32))
        yield from (list(c) for c in combos)


def parse_lines(list_name: str, lines: Iterable[str]) -> list[Phrase]:
    phrases = []
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        exception = line.startswith("-")
        if exception:
            line = line[1:].strip()
        for variant in _with_plain_letters(_expand(line)):
            words: list[WordPat] = []
            for w in variant:
                if w == "..":
                    words.append(("g", "2"))
                    continue
                # a written word may fold into several tokens (`веб-модель`): split like the text
                marker_pre = "=" if w.startswith("=") else ("*" if w.startswith("*") and len(w) > 1 else "")
                marker_post = "*" if w.endswith("*") and len(w) > 1 else ""
                core = w[len(marker_pre) : len(w) - len(marker_post)]
                parts = _WORD.findall(normalize(core).text)
                for k, part in enumerate(parts):
                    pre = marker_pre if k == 0 else ""
                    post = marker_post if k == len(parts) - 1 else ""
                    words.append(_compile_word(pre + part + post))
            if words and words[0][0] != "g":
                phrases.append(Phrase(list_name, tuple(words), exception, line))
    return phrases


@dataclass
class Terms:
    """Every term list the rules use, ready to match; plus the JSON-shaped settings."""

    index: TermIndex
    lists: frozenset[str]
    abbreviations: frozenset[str] = frozenset()
    data: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_lines(
        cls,
        lists: dict[str, Iterable[str]],
        *,
        abbreviations: Iterable[str] = (),
        data: dict[str, Any] | None = None,
    ) -> Terms:
        """Build from `{list name: lines}` (the `.txt` syntax), abbreviations and JSON data."""
        phrases: list[Phrase] = []
        for name, lines in lists.items():
            phrases.extend(parse_lines(name, lines))
        return cls(
            index=TermIndex(phrases),
            lists=frozenset(lists),
            abbreviations=frozenset(normalize(a.strip()).text for a in abbreviations if a.strip()),
            data=data or {},
        )

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


@lru_cache(maxsize=1)
def load_terms(directory: str | None = None) -> Terms:
    """The term lists shipped in `terms/`, read once per process (cached)."""
    root = Path(directory) if directory else TERMS_DIR
    files = {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted(root.iterdir())
        if path.suffix in (".txt", ".json")
    }
    return terms_from_files(files)


def terms_from_files(files: dict[str, str]) -> Terms:
    """Build `Terms` from `{file name: text}` in the layout of `terms/` (the database keeps the same)."""
    lists: dict[str, list[str]] = defaultdict(list)
    abbreviations: list[str] = []
    data: dict[str, Any] = {}
    for filename in sorted(files):
        text = files[filename]
        if filename.endswith(".json"):
            data[filename[: -len(".json")]] = json.loads(text)
            continue
        stem_name = filename[: -len(".txt")]
        lines = text.splitlines()
        if stem_name.startswith("abbreviations"):
            abbreviations.extend(line.split("#", 1)[0] for line in lines)
            continue
        name = (
            stem_name.rsplit(".", 1)[0]
            if stem_name.count(".") >= 1 and _is_lang(stem_name.rsplit(".", 1)[1])
            else stem_name
        )
        lists[name].extend(lines)
    return Terms.from_lines(lists, abbreviations=abbreviations, data=data)


def _is_lang(tag: str) -> bool:
    return tag in {"ru", "kk", "az", "ka", "en", "any"}
