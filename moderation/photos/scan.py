"""Read a photo: the text in it (OCR), the QR codes in it, and its perceptual hashes.

`scan_photo(data, languages=profile.ocr_languages, engine="tesseract")` is the one entry point.
It is pure (bytes in, a frozen `PhotoScan` out), has no Django dependency, and is meant to run in
a worker (Celery) after `listings.images.normalise_photo` has re-encoded the upload.

OCR engines (one interface, chosen by name; `ENGINES` lists them; `DEFAULT_ENGINE` = "hybrid"):

* ``tesseract`` (default): Tesseract 5 through pytesseract, languages from the profile
  (`rus+kaz+eng`, `aze+eng`, `kat+rus+eng`). Photos are hard for it (light text on busy
  backgrounds returns nothing in one plain pass), so it runs several passes on prepared images:
  1. grey + autocontrast, `--psm 11` (sparse text: captions scattered over a photo);
  2. "light strokes": pixels clearly brighter than their neighbourhood (local mean over a window
     proportional to the image) become black on white — light text on a busy or dark photo;
  3. "dark strokes": the same for pixels clearly darker than their neighbourhood.
  Every pass is one Tesseract process with `OMP_THREAD_LIMIT=1` (2–5× faster on small machines)
  and a timeout; a pass that times out is skipped, not fatal. Words of all passes are put back
  into lines by their boxes (so `+7 701 724 66 68` split by `--psm 11` is one line again).
* ``rapidocr``: RapidOCR (PP-OCR det+rec in ONNX, models inside the `rapidocr-onnxruntime`
  wheel, works offline), one thread. Much better on digits, links and handles on photos; its
  recogniser is Chinese+Latin, so Cyrillic and Georgian words come out garbled (digits do not).
  No timeout of its own: the worker's task time limit applies.
* ``hybrid`` (default): RapidOCR finds and reads the lines; Tesseract then re-reads just those
  lines (cropped, ~40 px high, dark on light, stacked into one strip: one Tesseract run) in the
  profile's languages, so Cyrillic/Georgian words (`скидка`, `ფასდაკლება`) are read too. Both
  readings go into `ocr_text`. Without rapidocr-onnxruntime it falls back to ``tesseract``.

QR codes: zxing-cpp (QR, Micro QR, rMQR), also inverted and rotated codes.

Hashes: imagehash pHash and dHash, 16 hex digits each (see `hashes.py` for the index).
"""

from __future__ import annotations

import io
import os
import re
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import imagehash
import numpy as np
from PIL import Image, ImageFilter, ImageOps

# Must be in the environment of every Tesseract process; pytesseract passes os.environ on.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

#: Formats scan_photo opens (content-sniffed by Pillow; nothing else is tried).
FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF")  # JPEG also opens MPO
#: Refuse larger pictures without decoding them (normalise_photo caps uploads at 2560 px anyway).
MAX_PIXELS = 40_000_000
#: Seconds one Tesseract pass may take before it is killed and skipped.
TESSERACT_TIMEOUT = 10
#: Long side the OCR works at; smaller photos are scaled up to it, larger ones down.
OCR_LONG_SIDE = 1280
#: Words Tesseract is less sure of than this (0–100) are dropped (noise on textured photos).
MIN_CONFIDENCE = 45


class UnreadablePhoto(ValueError):
    """The bytes are not a picture scan_photo can open (wrong format, damaged, too many pixels)."""


@dataclass(frozen=True)
class TextBox:
    """A line of text found in the picture, in the coordinates of the original image."""

    text: str
    x: int
    y: int
    w: int
    h: int


@dataclass(frozen=True)
class PhotoScan:
    """What moderation needs to know about one picture.

    `ocr_text`: lines of text read in the picture, one per line (passes merged, duplicates
    removed). `qr`: the decoded payload of every QR code. `phash`/`dhash`: imagehash hex (16
    digits). `boxes`: the lines with their boxes, for highlighting on a thumbnail. `width` and
    `height` are the decoded picture's. `engine` names the OCR engine; `duration_ms` is the whole
    scan's wall time. `errors` lists passes that failed or timed out (the scan still counts)."""

    ocr_text: str
    qr: tuple[str, ...]
    phash: str
    dhash: str
    engine: str
    duration_ms: int
    boxes: tuple[TextBox, ...] = ()
    width: int = 0
    height: int = 0
    errors: tuple[str, ...] = ()


# --- decoding ---------------------------------------------------------------------------------


def open_picture(data: bytes) -> Image.Image:
    """Decode `data` as an RGB picture (EXIF rotation applied), or raise UnreadablePhoto."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(io.BytesIO(data), formats=list(FORMATS))
            if img.width * img.height > MAX_PIXELS:
                raise UnreadablePhoto("too many pixels")
            img.load()
        except UnreadablePhoto:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise UnreadablePhoto("too many pixels") from exc
        except (OSError, SyntaxError, ValueError, EOFError, IndexError) as exc:
            raise UnreadablePhoto(str(exc) or "not a picture") from exc
    img = ImageOps.exif_transpose(img)
    if img.mode in ("RGBA", "LA", "P"):
        rgba = img.convert("RGBA")
        img = Image.new("RGB", rgba.size, (255, 255, 255))
        img.paste(rgba, mask=rgba.getchannel("A"))
    elif img.mode != "RGB":
        img = img.convert("RGB")
    return img


# --- lines from word boxes --------------------------------------------------------------------


@dataclass
class _Word:
    text: str
    x: int
    y: int
    w: int
    h: int


def _lines(words: list[_Word]) -> list[TextBox]:
    """Group words into lines: vertically overlapping and horizontally close words join up."""
    lines: list[list[_Word]] = []
    for word in sorted(words, key=lambda w: (w.x, w.y)):
        cy = word.y + word.h / 2
        best = None
        for line in lines:
            last = line[-1]
            ly = last.y + last.h / 2
            height = max(last.h, word.h)
            gap = word.x - (last.x + last.w)
            if abs(cy - ly) <= 0.5 * height and -0.5 * height <= gap <= 2.5 * height:
                if best is None or gap < best[0]:
                    best = (gap, line)
        if best is None:
            lines.append([word])
        else:
            best[1].append(word)
    boxes = []
    for line in lines:
        x0 = min(w.x for w in line)
        y0 = min(w.y for w in line)
        x1 = max(w.x + w.w for w in line)
        y1 = max(w.y + w.h for w in line)
        boxes.append(TextBox(" ".join(w.text for w in line), x0, y0, x1 - x0, y1 - y0))
    boxes.sort(key=lambda b: (b.y // 8, b.x))
    return boxes


# --- Tesseract --------------------------------------------------------------------------------


def _local_contrast(grey: np.ndarray, radius: int, delta: int) -> tuple[Image.Image, Image.Image]:
    """Two black-on-white stroke masks: pixels brighter (light text) and darker (dark text) than
    the mean of their neighbourhood by more than `delta`."""
    img = Image.fromarray(grey)
    mean = np.asarray(img.filter(ImageFilter.BoxBlur(radius)), dtype=np.int16)
    g = grey.astype(np.int16)
    light = np.where(g - mean > delta, 0, 255).astype(np.uint8)
    dark = np.where(mean - g > delta, 0, 255).astype(np.uint8)
    return Image.fromarray(light), Image.fromarray(dark)


def _tesseract_words(img: Image.Image, lang: str, psm: int, scale: float, timeout: float) -> list[_Word]:
    import pytesseract

    data = pytesseract.image_to_data(
        img,
        lang=lang,
        config=f"--psm {psm} --oem 1",
        timeout=timeout,
        output_type=pytesseract.Output.DICT,
    )
    words = []
    for text, conf, x, y, w, h in zip(
        data["text"], data["conf"], data["left"], data["top"], data["width"], data["height"], strict=False
    ):
        text = text.strip()
        if not text or float(conf) < MIN_CONFIDENCE:
            continue
        if not any(c.isalnum() for c in text) and text not in ("@", "+"):
            continue
        words.append(
            _Word(text, round(x / scale), round(y / scale), max(1, round(w / scale)), max(1, round(h / scale)))
        )
    return words


def _ocr_tesseract(img: Image.Image, languages: str, timeout: float) -> tuple[list[TextBox], list[str]]:
    scale = OCR_LONG_SIDE / max(img.size)
    size = (max(1, round(img.width * scale)), max(1, round(img.height * scale)))
    grey = ImageOps.autocontrast(img.convert("L").resize(size, Image.Resampling.BILINEAR), cutoff=1)
    arr = np.asarray(grey)
    radius = max(8, round(max(size) / 60))
    light, dark = _local_contrast(arr, radius, delta=28)
    passes: list[tuple[str, Image.Image, int]] = [("grey", grey, 11), ("light", light, 11), ("dark", dark, 11)]
    boxes: list[TextBox] = []
    errors: list[str] = []
    for name, prepared, psm in passes:
        try:
            words = _tesseract_words(prepared, languages, psm, scale, timeout)
        except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
            errors.append(f"tesseract {name}: {exc}")
            continue
        except Exception as exc:  # noqa: BLE001 - one failed step is reported in PhotoScan.errors; the scan goes on
            errors.append(f"tesseract {name}: {type(exc).__name__}: {exc}")
            continue
        boxes.extend(_lines(words))
    return boxes, errors


# --- RapidOCR ---------------------------------------------------------------------------------

_RAPID = None
_RAPID_LOCK = threading.Lock()
#: Long side RapidOCR's text detector works at (its cost grows with the area; 736 keeps 18 px
#: captions of a 1024 px photo readable).
RAPID_DET_SIDE = 736


def _rapid_engine():
    global _RAPID
    with _RAPID_LOCK:
        if _RAPID is None:
            from rapidocr_onnxruntime import RapidOCR

            one = {
                f"{part}_{kind}_op_num_threads": 1
                for part in ("Global", "Det", "Cls", "Rec")
                for kind in ("intra", "inter")
            }
            _RAPID = RapidOCR(Det_limit_type="max", Det_limit_side_len=RAPID_DET_SIDE, Global_use_cls=False, **one)
        return _RAPID


def _rapid_lines(img: Image.Image) -> list[tuple[TextBox, float]]:
    """Every line RapidOCR detects, with its recognition score (low for scripts it cannot read)."""
    engine = _rapid_engine()
    scale = min(1.0, 1600 / max(img.size))
    work = img if scale == 1.0 else img.resize((round(img.width * scale), round(img.height * scale)))
    result, _elapsed = engine(np.asarray(work))
    lines = []
    for points, text, score in result or ():
        xs = [p[0] / scale for p in points]
        ys = [p[1] / scale for p in points]
        x0, y0 = max(0, int(min(xs))), max(0, int(min(ys)))
        lines.append((TextBox(str(text).strip(), x0, y0, int(max(xs)) - x0, int(max(ys)) - y0), float(score)))
    lines.sort(key=lambda item: (item[0].y // 8, item[0].x))
    return lines


#: RapidOCR lines read with a lower score are not trusted as text (Georgian, noise).
RAPID_MIN_SCORE = 0.5


def _ocr_rapid(img: Image.Image, languages: str, timeout: float) -> tuple[list[TextBox], list[str]]:
    return [box for box, score in _rapid_lines(img) if box.text and score >= RAPID_MIN_SCORE], []


#: At most this many RapidOCR boxes are re-read by Tesseract in the hybrid engine (largest first).
HYBRID_MAX_BOXES = 12


_GEORGIAN = re.compile(r"[\u10a0-\u10ff]{3,}")


def _georgian_lines(img: Image.Image, languages: str, timeout: float, errors: list[str]) -> list[TextBox]:
    """RapidOCR's detector does not see Georgian script at all: one sparse Tesseract pass over the
    whole photo, keeping only lines with a Georgian word (digits and Latin come from RapidOCR, and
    Tesseract's noise on busy photos is mostly short Latin/digit junk)."""
    scale = OCR_LONG_SIDE / max(img.size)
    size = (max(1, round(img.width * scale)), max(1, round(img.height * scale)))
    grey = ImageOps.autocontrast(img.convert("L").resize(size, Image.Resampling.BILINEAR), cutoff=1)
    try:
        words = _tesseract_words(grey, languages, 11, scale, timeout)
    except Exception as exc:  # noqa: BLE001 - one failed step is reported in PhotoScan.errors; the scan goes on
        errors.append(f"tesseract georgian: {type(exc).__name__}: {exc}")
        return []
    return [line for line in _lines(words) if _GEORGIAN.search(line.text)]


def _ocr_hybrid(img: Image.Image, languages: str, timeout: float) -> tuple[list[TextBox], list[str]]:
    """RapidOCR finds and reads the text (digits, links, handles); Tesseract re-reads the same
    boxes in the profile's languages (Cyrillic, Georgian words RapidOCR garbles). The crops are
    stacked into one strip, so Tesseract runs once, on clean tight lines, not on the busy photo."""
    try:
        lines = _rapid_lines(img)
    except ImportError:  # rapidocr-onnxruntime not installed: Tesseract alone, and say so
        boxes, errors = _ocr_tesseract(img, languages, timeout)
        return boxes, ["hybrid: rapidocr-onnxruntime is not installed; used tesseract", *errors]
    errors: list[str] = []
    boxes = [box for box, score in lines if box.text and score >= RAPID_MIN_SCORE]
    if "kat" in languages.split("+"):
        boxes.extend(_georgian_lines(img, languages, timeout, errors))
    # every detected line is re-read, also those RapidOCR could not read (Georgian, Cyrillic)
    detected = [box for box, _score in lines if box.w > 4 and box.h > 4]
    if not detected:
        return boxes, errors
    chosen = sorted(detected, key=lambda b: b.w * b.h, reverse=True)[:HYBRID_MAX_BOXES]
    chosen.sort(key=lambda b: (b.y, b.x))
    crops = []
    for b in chosen:
        pad = max(2, b.h // 5)
        crop = img.crop((max(0, b.x - pad), max(0, b.y - pad), b.x + b.w + pad, b.y + b.h + pad)).convert("L")
        # every line ~40 px high (Tesseract's sweet spot), dark text on light
        k = 40 / max(1, crop.height)
        crop = crop.resize((max(1, round(crop.width * k)), 40), Image.Resampling.BILINEAR)
        crop = ImageOps.autocontrast(crop, cutoff=2)
        if np.asarray(crop).mean() < 128:
            crop = ImageOps.invert(crop)
        crops.append(crop)
    gap = 24
    strip = Image.new("L", (max(c.width for c in crops) + 2 * gap, len(crops) * (40 + gap) + gap), 255)
    for i, c in enumerate(crops):
        strip.paste(c, (gap, gap + i * (40 + gap)))
    import pytesseract

    try:
        data = pytesseract.image_to_data(
            strip, lang=languages, config="--psm 6 --oem 1", timeout=timeout, output_type=pytesseract.Output.DICT
        )
    except Exception as exc:  # noqa: BLE001 - one failed step is reported in PhotoScan.errors; the scan goes on
        errors.append(f"tesseract hybrid: {type(exc).__name__}: {exc}")
        return boxes, errors
    words: list[list[str]] = [[] for _ in chosen]
    for text, conf, top, height in zip(data["text"], data["conf"], data["top"], data["height"], strict=False):
        text = text.strip()
        if not text or float(conf) < MIN_CONFIDENCE / 2:
            continue
        row = int((top + height / 2 - gap / 2) // (40 + gap))
        if 0 <= row < len(chosen):
            words[row].append(text)
    extra = [TextBox(" ".join(w), b.x, b.y, b.w, b.h) for w, b in zip(words, chosen, strict=True) if w]
    return boxes + extra, errors


#: The engine `scan_photo` uses unless told otherwise (bench/ocr_quality.py: the only one meeting
#: the recall and speed targets on busy photos).
DEFAULT_ENGINE = "hybrid"

OcrFunc = Callable[[Image.Image, str, float], tuple[list[TextBox], list[str]]]

#: OCR engines by setting name.
ENGINES: dict[str, OcrFunc] = {"tesseract": _ocr_tesseract, "rapidocr": _ocr_rapid, "hybrid": _ocr_hybrid}


# --- QR ---------------------------------------------------------------------------------------


def read_qr(img: Image.Image) -> tuple[str, ...]:
    """Payloads of the QR codes in `img` (QR, Micro QR, rMQR), in reading order, duplicates removed."""
    import zxingcpp

    formats = (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode, zxingcpp.BarcodeFormat.RMQRCode)
    found: list[str] = []
    for code in zxingcpp.read_barcodes(img.convert("L"), formats=formats):
        if code.text and code.text not in found:
            found.append(code.text)
    return tuple(found)


# --- entry point ------------------------------------------------------------------------------


def _dedupe(boxes: Sequence[TextBox]) -> list[TextBox]:
    seen: set[str] = set()
    kept = []
    for box in boxes:
        key = " ".join(box.text.split()).casefold()
        if key and key not in seen:
            seen.add(key)
            kept.append(box)
    return kept


def scan_photo(
    data: bytes,
    *,
    languages: str,
    engine: str = DEFAULT_ENGINE,
    timeout: float = TESSERACT_TIMEOUT,
    ocr: bool = True,
) -> PhotoScan:
    """OCR, QR and perceptual hashes of one picture.

    `languages` is the profile's `ocr_languages` (Tesseract codes joined by `+`); `engine` a key of
    `ENGINES`; `timeout` the seconds one OCR pass may take; `ocr=False` skips OCR (hashes and QR
    only). Raises `UnreadablePhoto` for bytes that are not a picture, `ValueError` for an unknown
    engine. An OCR pass that fails is listed in `PhotoScan.errors` and the scan still returns."""
    if engine not in ENGINES:
        raise ValueError(f"unknown OCR engine {engine!r}; choose one of {sorted(ENGINES)}")
    started = time.perf_counter()
    img = open_picture(data)
    phash = str(imagehash.phash(img))
    dhash = str(imagehash.dhash(img))
    errors: list[str] = []
    try:
        qr = read_qr(img)
    except Exception as exc:  # noqa: BLE001 - one failed step is reported in PhotoScan.errors; the scan goes on
        qr = ()
        errors.append(f"qr: {type(exc).__name__}: {exc}")
    boxes: list[TextBox] = []
    if ocr:
        try:
            found, errs = ENGINES[engine](img, languages, timeout)
        except Exception as exc:  # noqa: BLE001 - one failed step is reported in PhotoScan.errors; the scan goes on
            found, errs = [], [f"{engine}: {type(exc).__name__}: {exc}"]
        boxes = _dedupe(found)
        errors.extend(errs)
    return PhotoScan(
        ocr_text="\n".join(b.text for b in boxes),
        qr=qr,
        phash=phash,
        dhash=dhash,
        engine=engine,
        duration_ms=round((time.perf_counter() - started) * 1000),
        boxes=tuple(boxes),
        width=img.width,
        height=img.height,
        errors=tuple(errors),
    )
