"""title.*: how a title is written."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..registry import Finding, rule

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SYMBOLS = re.compile(r"[*^@<>~=#$★☆♥❤✓✔►▶]|[!?]{2,}|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
# A word of capitals this short is an abbreviation (BMW, LED, GB) rather than shouting.
_ABBREVIATION_MAX = 4


@rule("title.length", action="reject")
def title_too_long(snapshot, profile, context) -> Iterator[Finding]:
    if len(snapshot.title) > profile.title_max_length:
        yield Finding("title", snapshot.title[profile.title_max_length :])


@rule("title.caps", action="reject")
def title_in_capitals(snapshot, profile, context) -> Iterator[Finding]:
    for match in _WORD.finditer(snapshot.title):
        word = match.group()
        if len(word) > _ABBREVIATION_MAX and word.isupper():
            yield Finding("title", word)


@rule("title.symbols", action="reject")
def title_decoration(snapshot, profile, context) -> Iterator[Finding]:
    for match in _SYMBOLS.finditer(snapshot.title):
        yield Finding("title", match.group())
