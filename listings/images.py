"""Validate and normalise an uploaded ad photo, without trusting anything the client said.

Pure module: no ORM, no settings; the only Django import is gettext_lazy for user-facing messages.

What goes in is untrusted bytes. What comes out (``NormalisedPhoto``) is a picture that this
module decoded completely and encoded again itself, so nothing of the upload survives except
pixels: no EXIF (GPS, camera serial), no comments, no text chunks, no trailing or leading bytes
of another file type.

Decisions, so that nobody has to rediscover them:

* The format is decided by content only: Pillow is asked to try the allowed formats and nothing
  else, so SVG, HTML, text, GIF and WebP are refused unless the caller allows them.
* Pixel counts are checked from the header before any decoding, so a 30000×30000 PNG of a few
  hundred bytes is refused in microseconds. Pillow's own decompression-bomb warning is an error.
* Multi-frame pictures: an animation (APNG, animated GIF/WebP when allowed) is refused with
  ``photo.format``: a still of its first frame would not be what the user meant to show, and
  refusing is cheap to explain. A JPEG that carries extra pictures (MPO: the depth map or preview
  phones and 3D cameras append) is a photo; only its primary picture is kept.
* Polyglots: a PNG or JPEG with another file appended (``PNG + <html>``) is accepted, because
  only the decoded pixels are kept and the appended bytes never reach the output. A file that
  does not start with a picture's signature (``<html> + PNG``) is not a picture and is refused.
* ``min_size`` is compared whatever the orientation: with a 400×300 minimum a 300×400 portrait
  photo passes, a 200×150 one does not.
* EXIF orientation is applied with ImageOps.exif_transpose's table, read right after decoding
  (colour conversions may drop the EXIF) and applied after the downscale (cheaper).
* Colour: an embedded ICC profile is applied (the pixels are converted to sRGB) and then dropped,
  so wide-gamut phone photos keep their colours; an unreadable profile is ignored.
* Output: JPEG stays JPEG (quality 88), PNG stays PNG. Any other format a caller allows becomes
  PNG when it has transparency and JPEG otherwise. Anything larger than ``MAX_LONG_SIDE`` on its
  long side is scaled down.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import struct
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO, Any

import imagehash
from django.utils.translation import gettext_lazy as _
from PIL import ExifTags, Image, ImageCms

MAX_LONG_SIDE = 2560
JPEG_QUALITY = 88
DEFAULT_FORMATS = ("JPEG", "PNG")
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_PIXELS = 40_000_000

_READ_CHUNK = 64 * 1024
_EXTENSIONS = {"JPEG": "jpg", "PNG": "png"}
# EXIF orientation -> transposition, the table ImageOps.exif_transpose uses.
_ORIENTATIONS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
# What Pillow raises on hostile or damaged input besides UnidentifiedImageError (an OSError).
# Listed rather than `except Exception` so that a bug of ours still surfaces as a bug.
_UNREADABLE = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error)


class PhotoRejected(Exception):
    """An upload that cannot become an ad photo.

    ``code`` is stable (``photo.format``, ``photo.too_small``, ``photo.too_large``,
    ``photo.too_many``) for forms, APIs and tests. ``message`` is the user-facing text,
    translated into the language active when it is read. ``template`` and ``params`` allow
    ``ValidationError(exc.template, code=exc.code, params=exc.params)``.
    """

    def __init__(self, code: str, template: Any, params: dict[str, Any] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.template = template
        self.params = params or {}

    @property
    def message(self) -> str:
        return str(self.template) % self.params if self.params else str(self.template)

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


@dataclass(frozen=True)
class NormalisedPhoto:
    content: bytes  # the re-encoded picture, free of metadata
    format: str  # "JPEG" or "PNG"
    extension: str  # "jpg" or "png"
    width: int
    height: int
    sha256: str  # of ``content``: the stored file
    source_sha256: str  # of the upload: spots the same file uploaded again
    phash: str  # imagehash.phash, 16 hex digits: spots the same picture re-encoded or resized
    dhash: str  # imagehash.dhash, 16 hex digits: cheaper, for a first pass

    def __repr__(self) -> str:  # keep megabytes of content out of logs and tracebacks
        return (
            f"NormalisedPhoto(format={self.format!r}, width={self.width}, height={self.height}, "
            f"bytes={len(self.content)}, sha256={self.sha256[:12]}…, phash={self.phash!r})"
        )


def normalise_photo(
    fileobj: IO[bytes],
    *,
    min_size: tuple[int, int] | None = None,
    formats: Iterable[str] = DEFAULT_FORMATS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> NormalisedPhoto:
    """Check an uploaded photo and return it decoded, oriented, stripped and re-encoded.

    ``fileobj`` is any binary file object (a Django ``UploadedFile`` works); its name and
    declared content type are ignored. Raises ``PhotoRejected``. No side effects: nothing is
    written anywhere, and the caller stores ``content`` under a name built from ``extension``.
    """
    allowed = tuple(f.upper() for f in formats)
    data = _read_at_most(fileobj, max_bytes)
    img = _open_checked(data, allowed, max_pixels=max_pixels, min_size=min_size)
    source_format = "JPEG" if img.format == "MPO" else img.format
    img = _decode(img)
    orientation = _orientation(img)  # read before conversions, which may drop the EXIF
    img = _to_output_mode(img, source_format)
    img.thumbnail((MAX_LONG_SIDE, MAX_LONG_SIDE), Image.Resampling.LANCZOS)
    if orientation is not None:
        img = img.transpose(orientation)
    img = _without_metadata(img)

    out_format = _output_format(source_format, img)
    if out_format == "JPEG" and img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    buffer = io.BytesIO()
    if out_format == "JPEG":
        img.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, exif=b"")
    else:
        img.save(buffer, "PNG")
    content = buffer.getvalue()
    return NormalisedPhoto(
        content=content,
        format=out_format,
        extension=_EXTENSIONS[out_format],
        width=img.width,
        height=img.height,
        sha256=hashlib.sha256(content).hexdigest(),
        source_sha256=hashlib.sha256(data).hexdigest(),
        phash=str(imagehash.phash(img)),
        dhash=str(imagehash.dhash(img)),
    )


def check_count(existing: int, adding: int, maximum: int) -> None:
    """Refuse adding ``adding`` photos to an ad that has ``existing`` when the cap is ``maximum``."""
    if existing + adding > maximum:
        raise PhotoRejected(
            "photo.too_many",
            _("An ad can have at most %(maximum)d photos. It has %(existing)d and %(adding)d more were added."),
            {"maximum": maximum, "existing": existing, "adding": adding},
        )


def hash_distance(a: str, b: str) -> int:
    """Bits that differ between two hex hashes of equal length (``phash``/``dhash``)."""
    if len(a) != len(b):
        raise ValueError("hashes of different sizes cannot be compared")
    return (int(a, 16) ^ int(b, 16)).bit_count()


def _read_at_most(fileobj: IO[bytes], max_bytes: int) -> bytes:
    # Read in chunks and stop one byte past the limit: a 5 GB upload costs 10 MB, not 5 GB.
    if hasattr(fileobj, "seek"):
        fileobj.seek(0)
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = fileobj.read(min(_READ_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        raise PhotoRejected(
            "photo.too_large",
            _("The file is larger than %(limit)s MB."),
            {"limit": f"{max_bytes / (1024 * 1024):g}"},
        )
    return b"".join(chunks)


def _open_checked(
    data: bytes,
    allowed: tuple[str, ...],
    *,
    max_pixels: int,
    min_size: tuple[int, int] | None,
) -> Image.Image:
    """Open from the header only, refuse what is wrong before decoding, verify, reopen."""
    # catch_warnings swaps process-wide filters and is not thread-safe before Python 3.14, so
    # the explicit pixel check below, not the warning, is what guarantees the limit.
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(io.BytesIO(data), formats=list(allowed))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels(max_pixels) from None
        except _UNREADABLE:
            raise _not_a_picture(allowed) from None
        width, height = img.size
        if width * height > max_pixels:
            raise _too_many_pixels(max_pixels)
        try:
            # Not for MPO: its extra pictures are not an animation. On GIF/WebP is_animated
            # seeks to the second frame, hence after the pixel check and inside the guard.
            animated = img.format != "MPO" and getattr(img, "is_animated", False)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels(max_pixels) from None
        except _UNREADABLE:
            raise _damaged() from None
    if animated:
        raise PhotoRejected(
            "photo.format",
            _("Animated pictures are not accepted. Upload a still photo."),
        )
    if min_size is not None:
        small, large = sorted(min_size)
        if min(width, height) < small or max(width, height) < large:
            raise PhotoRejected(
                "photo.too_small",
                _("The photo is %(width)d×%(height)d pixels; the minimum is %(min_width)d×%(min_height)d."),
                {
                    "width": width,
                    "height": height,
                    "min_width": min_size[0],
                    "min_height": min_size[1],
                },
            )

    try:
        # verify() checks structure (PNG chunk CRCs) but leaves the image unusable: reopen.
        img.verify()
        img = Image.open(io.BytesIO(data), formats=list(allowed))
    except _UNREADABLE:
        raise _damaged() from None
    return img


def _decode(img: Image.Image) -> Image.Image:
    """Decode every pixel now, so truncated or corrupt data is refused rather than padded."""
    if img.format in ("JPEG", "MPO"):
        # Let libjpeg decode at 1/2, 1/4 or 1/8 scale when the result will be scaled down anyway.
        scale = MAX_LONG_SIDE / max(img.size)
        if scale < 1:
            img.draft(None, (max(1, int(img.width * scale)), max(1, int(img.height * scale))))
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img.load()
        except _UNREADABLE:
            raise _damaged() from None
    return img


def _to_output_mode(img: Image.Image, source_format: str) -> Image.Image:
    """Apply any ICC profile, then reduce to L/RGB for JPEG and L/RGB/RGBA for PNG."""
    icc = img.info.get("icc_profile")
    if icc and img.mode in ("RGB", "RGBA", "CMYK"):
        target = "RGBA" if img.mode == "RGBA" else "RGB"
        # A broken profile costs colour accuracy, not the photo.
        with contextlib.suppress(ImageCms.PyCMSError, *_UNREADABLE):
            img = ImageCms.profileToProfile(img, io.BytesIO(icc), ImageCms.createProfile("sRGB"), outputMode=target)
    if img.mode.startswith("I;16") or img.mode == "I":
        # Pillow clips 16-bit values to 255 when converting to L: scale instead.
        img = img.convert("I").point(lambda v: v * (1 / 257)).convert("L")
    has_alpha = img.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in img.info
    if has_alpha and source_format != "JPEG":
        return img if img.mode == "RGBA" else img.convert("RGBA")
    if img.mode in ("L", "RGB"):
        return img
    if img.mode == "1":
        return img.convert("L")
    return img.convert("RGB")  # CMYK, YCbCr, P, LAB, HSV, or alpha a JPEG cannot carry


def _orientation(img: Image.Image) -> Image.Transpose | None:
    """The transposition EXIF asks for, as ImageOps.exif_transpose reads it."""
    try:
        value = img.getexif().get(ExifTags.Base.Orientation)
    except _UNREADABLE:
        return None  # unreadable EXIF: keep the photo as stored rather than refuse it
    return _ORIENTATIONS.get(value)


def _without_metadata(img: Image.Image) -> Image.Image:
    # A fresh image carries no info: encoders fall back to im.info for some fields (JPEG
    # comments, PNG transparency), so stripping parameters at save time is not enough.
    clean = Image.new(img.mode, img.size)
    clean.paste(img)
    return clean


def _output_format(source_format: str, img: Image.Image) -> str:
    if source_format in _EXTENSIONS:
        return source_format
    return "PNG" if img.mode == "RGBA" else "JPEG"


def _not_a_picture(allowed: tuple[str, ...]) -> PhotoRejected:
    names = ["JPEG" if f == "MPO" else f for f in allowed]
    if len(names) == 1:
        return PhotoRejected(
            "photo.format",
            _("This file is not a %(format)s picture."),
            {"format": names[0]},
        )
    return PhotoRejected(
        "photo.format",
        _("This file is not a %(formats)s or %(last)s picture."),
        {"formats": ", ".join(names[:-1]), "last": names[-1]},
    )


def _damaged() -> PhotoRejected:
    return PhotoRejected("photo.format", _("This picture is damaged or incomplete. Try saving it again."))


def _too_many_pixels(max_pixels: int) -> PhotoRejected:
    return PhotoRejected(
        "photo.too_large",
        _("The photo has more than %(megapixels)s megapixels."),
        {"megapixels": f"{max_pixels / 1_000_000:g}"},
    )
