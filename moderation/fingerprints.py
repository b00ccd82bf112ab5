"""MinHash bands of an ad's text: near-duplicate candidates by index lookup, on any database.

`duplicate.cross_account` calls two texts the same when the Jaccard similarity of their word keys
(`similarity.keys`) is at least 0.85. A 32-permutation MinHash cut into 8 bands of 4 rows makes a
pair at 0.85 share a band with probability 0.997 (0.40 at 0.5, 0.03 at 0.3), so a lookup of an ad's
8 band values in an indexed table finds its duplicates among millions of ads without a scan; the
rule then measures the real similarity of the few candidates.
"""

from __future__ import annotations

import hashlib
import random

from .rules.similarity import keys

PERMUTATIONS = 32
BANDS = 8
ROWS = PERMUTATIONS // BANDS
MIN_KEYS = 8  # shorter texts never count as "the same text" for the rule
_PRIME = (1 << 61) - 1
_rng = random.Random(20261122)  # fixed: stored bands must stay comparable across processes and deploys
_PERMS = [(_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(PERMUTATIONS)]


def _h64(value: str) -> int:
    return int.from_bytes(hashlib.blake2b(value.encode(), digest_size=8).digest(), "big")


def text_bands(title: str, description: str) -> list[int]:
    """The 8 band values (signed 64-bit) of an ad's text; empty for a text too short to compare."""
    words = keys(f"{title}\n{description}")
    if len(words) < MIN_KEYS:
        return []
    hashed = [_h64(word) for word in words]
    signature = [min((a * h + b) % _PRIME for h in hashed) for a, b in _PERMS]
    bands = []
    for band in range(BANDS):
        rows = signature[band * ROWS : (band + 1) * ROWS]
        digest = hashlib.blake2b(f"{band}:{rows}".encode(), digest_size=8).digest()
        bands.append(int.from_bytes(digest, "big", signed=True))
    return bands
