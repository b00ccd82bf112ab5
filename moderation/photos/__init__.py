"""Photo moderation: read what a picture says (OCR, QR) and fingerprint it (perceptual hashes).

Pure package: no ORM, no Django settings. `scan_photo()` turns image bytes into a `PhotoScan`;
the caller stores it and builds `ImageSnapshot(ocr_text=..., qr=..., phash=...)` for the rules in
`moderation/rules/families/photo.py`. `hashes` has the Hamming helpers and the chunk index.
"""

from .hashes import PHASH_MAX_DISTANCE, hamming, phash_chunks
from .scan import DEFAULT_ENGINE, ENGINES, PhotoScan, TextBox, UnreadablePhoto, scan_photo

__all__ = [
    "DEFAULT_ENGINE",
    "ENGINES",
    "PHASH_MAX_DISTANCE",
    "PhotoScan",
    "TextBox",
    "UnreadablePhoto",
    "hamming",
    "phash_chunks",
    "scan_photo",
]
