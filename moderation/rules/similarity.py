"""How alike two ads are, for the duplicate and edit rules: word-key sets over folded text."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import tokenize
from .normalize import normalize

_DIGIT_SPLIT = re.compile(r"(\d+)")
_STOP = frozenset("и в на с для по от до из за не или the and for with in of to a на та жана və ilə da de და".split())

# Unit words written in either script are one key: `45mm` = `45 мм`, `256 ГБ` = `256GB`.
_UNIT_FOLD = {"мм": "mm", "см": "cm", "гб": "gb", "тб": "tb", "мб": "mb", "кг": "kg", "мп": "mp", "гц": "hz",
              "вт": "w", "мач": "mah", "дюйм": "inch"}  # fmt: skip


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


def same_product(x, y) -> bool:
    """Same product offered twice: near-identical titles, or alike titles with near-identical text,
    or a shared photo. Different numbers in the titles (32 GB vs 64 GB, 2015 vs 2018) never match."""
    if image_hashes(x) & image_hashes(y):
        return True
    if digits_differ(x, y):
        return False
    t = title_similarity(x, y)
    if t >= 0.8:
        return True
    return t >= 0.5 and bool(x.description.strip()) and text_similarity(x, y) >= 0.85
