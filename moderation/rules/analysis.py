"""The text of one snapshot, normalised and matched against the term lists once.

Every text rule asks `analyze(snapshot, context)` instead of re-reading the raw strings: the title
and the description are normalised once, tokenised once and run through the term index once, and
the result is kept for the few rules that run over the same snapshot right after each other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import Terms, Token, load_terms, tokenize
from .normalize import Normalized, normalize

if TYPE_CHECKING:
    from .context import RuleContext
    from .types import AdSnapshot

TEXT_FIELDS = ("title", "description")


@dataclass
class FieldText:
    name: str
    norm: Normalized
    tokens: list[Token]
    hits: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # list -> token ranges
    # list -> word keys of each harmless-neighbour exception that matched (`пистолет для герметика`)
    excepted: dict[str, list[frozenset[str]]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.norm.text

    def evidence(self, first: int, last: int) -> str:
        """The original text of tokens first..last (inclusive)."""
        return self.norm.original(self.tokens[first].start, self.tokens[last].end)

    def spans(self, list_name: str) -> list[tuple[int, int]]:
        return self.hits.get(list_name, [])

    def found(self, list_name: str) -> Iterator[str]:
        for first, last in self.hits.get(list_name, ()):
            yield self.evidence(first, last)


@dataclass
class Analysis:
    terms: Terms
    fields: dict[str, FieldText]
    memo: dict[str, object] = field(default_factory=dict)  # what several rules derive once (languages)

    def __iter__(self) -> Iterator[FieldText]:
        return iter(self.fields.values())

    @property
    def title(self) -> FieldText:
        return self.fields["title"]

    @property
    def description(self) -> FieldText:
        return self.fields["description"]

    def found(self, list_name: str) -> Iterator[tuple[str, str]]:
        """(field, evidence) for every hit of `list_name` in title and description."""
        for f in self.fields.values():
            for ev in f.found(list_name):
                yield f.name, ev

    def first(self, list_name: str) -> tuple[str, str] | None:
        return next(self.found(list_name), None)

    def has(self, list_name: str) -> bool:
        return any(list_name in f.hits for f in self.fields.values())

    def excepted_elsewhere(self, list_name: str, ft: FieldText, first: int, last: int) -> bool:
        """The words of this hit are the harmless sense already named in the ad: the title says
        `Пистолет для герметика`, so the description's bare `пистолет` is that tool too."""
        words = [t.key for t in ft.tokens[first : last + 1]]
        return any(
            all(any(_same_word(w, k) for k in keys) for w in words)
            for f in self.fields.values()
            for keys in f.excepted.get(list_name, ())
        )


def _same_word(a: str, b: str) -> bool:
    """One word in two forms (`tapança`, `tapançası`): equal keys, or one a 4-letter-plus start of the other."""
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


def analyze_text(name: str, text: str, terms: Terms) -> FieldText:
    norm = normalize(text or "")
    tokens = tokenize(norm.text)
    ft = FieldText(name, norm, tokens)
    if not tokens:
        return ft
    raw = terms.index.match(tokens)
    if not raw:
        return ft
    exceptions: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for hit in raw:
        if hit.exception:
            exceptions[hit.list_name].append((hit.first, hit.last))
    ft.excepted = {
        name: [frozenset(t.key for t in tokens[a : b + 1]) for a, b in spans] for name, spans in exceptions.items()
    }
    hits: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for hit in raw:
        if hit.exception:
            continue
        if any(a <= hit.last and hit.first <= b for a, b in exceptions.get(hit.list_name, ())):
            continue
        hits[hit.list_name].append((hit.first, hit.last))
    # overlapping hits of one list are one finding: keep the longest
    merged: dict[str, list[tuple[int, int]]] = {}
    for name, spans in hits.items():
        kept: list[tuple[int, int]] = []
        for a, b in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
            if not any(a <= kb and ka <= b for ka, kb in kept):
                kept.append((a, b))
        merged[name] = sorted(kept)
    ft.hits = merged
    return ft


_CACHE: list[tuple[object, object, Analysis]] = []


def analyze(snapshot: AdSnapshot, context: RuleContext | None = None) -> Analysis:
    """The normalised, matched title and description of `snapshot` (cached for the last few)."""
    terms = context.terms() if context is not None else load_terms()
    for snap, t, result in _CACHE:
        if snap is snapshot and t is terms:
            return result
    result = Analysis(
        terms=terms,
        fields={
            "title": analyze_text("title", snapshot.title, terms),
            "description": analyze_text("description", snapshot.description, terms),
        },
    )
    _CACHE.insert(0, (snapshot, terms, result))
    del _CACHE[4:]
    return result
