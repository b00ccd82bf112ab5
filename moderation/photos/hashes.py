"""Perceptual-hash helpers: distance, and an index that finds near-duplicates without a scan.

A pHash (imagehash.phash, 8×8 DCT) is 64 bits, written as 16 hex digits. Two copies of one picture
(resized, recompressed, brightened) stay within 0–7 bits of each other; unrelated photos were ≥ 9
bits apart in our measurements (NOTES.md). `PHASH_MAX_DISTANCE` = 7 is the "same picture" bound.

Finding candidates in the database (pigeonhole): split the 64-bit hash into 8 one-byte chunks.
If two hashes differ in at most 7 bits, those bits fall into at most 7 of the 8 chunks, so at
least one chunk is *identical* in both. Store `phash_chunks(h)` (8 small integers, each tagged with
its position: `position * 256 + byte`, so byte 0x1f in chunk 0 and in chunk 3 are different keys)
in an indexed integer column (one row per chunk, or a Postgres int[] with a GIN index), look up
the rows sharing any chunk with the new hash, then keep those with `hamming(a, b) <= 7`. The
lookup never misses a hash within 7 bits; it returns some farther ones, which the exact check
drops. (With distance ≤ 7 and 8 chunks the bound is tight: 8 differing bits can touch all 8.)
"""

from __future__ import annotations

#: Two pHashes this close (in bits, of 64) are the same picture.
PHASH_MAX_DISTANCE = 7
#: Number of chunks `phash_chunks` returns; any hash within PHASH_MAX_DISTANCE shares one.
CHUNKS = 8


def _as_int(value: str | int) -> int:
    if isinstance(value, int):
        return value
    text = value.strip().lower()
    if not text or len(text) > 16:
        raise ValueError(f"not a 64-bit hex hash: {value!r}")
    return int(text, 16)


def hamming(a: str | int, b: str | int) -> int:
    """Number of differing bits between two 64-bit hashes (hex strings as imagehash writes them, or ints)."""
    return (_as_int(a) ^ _as_int(b)).bit_count()


def phash_chunks(phash: str | int) -> list[int]:
    """The 8 position-tagged bytes of a 64-bit hash: `[position * 256 + byte, ...]`, values 0..2047.

    Chunk 0 is the most significant byte (the first two hex digits). Two hashes within
    `PHASH_MAX_DISTANCE` bits always share at least one value of this list (pigeonhole), so an
    exact-match index on these values finds every near-duplicate candidate."""
    value = _as_int(phash)
    return [pos * 256 + ((value >> (8 * (CHUNKS - 1 - pos))) & 0xFF) for pos in range(CHUNKS)]


def is_same_picture(a: str | int, b: str | int, *, max_distance: int = PHASH_MAX_DISTANCE) -> bool:
    """True if two pHashes are within `max_distance` bits (the same picture, resized or recompressed)."""
    return hamming(a, b) <= max_distance
