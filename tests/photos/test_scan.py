"""scan_photo on real pictures made here: busy photos with contacts, QR codes, clean photos."""

from __future__ import annotations

import random
import shutil

import pytest
from PIL import Image

from moderation.photos import ENGINES, PhotoScan, UnreadablePhoto, hamming, scan_photo
from moderation.photos.scan import open_picture
from moderation.rules.context import RuleContext
from moderation.rules.families.photo import advertising_in_text, contacts_in_text
from moderation.rules.profiles import get_profile

from . import synth

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")

try:
    import rapidocr_onnxruntime  # noqa: F401

    HAVE_RAPID = True
except ImportError:
    HAVE_RAPID = False

KZ = get_profile("olx_kz")
AZ = get_profile("emarket_az")
GE = get_profile("twobe_ge")
CTX = RuleContext()


def _photo(caption: str, *, seed: int, size: int = 40, colour=(255, 255, 255), angle: float = 0.0, **kw) -> bytes:
    rng = random.Random(seed)
    img = synth.background(rng)
    synth.paint_text(
        img, caption, xy=(rng.randrange(40, 300), rng.randrange(60, 600)), size=size, colour=colour, angle=angle, **kw
    )
    return synth.to_bytes(img)


def _contacts(scan: PhotoScan, profile=KZ) -> list[str]:
    return [evidence for evidence, _action in contacts_in_text(scan.ocr_text, profile, CTX)]


CONTACT_CASES = [
    # caption, size, colour, angle, profile
    ("+7 701 724 66 68", 44, (255, 255, 255), 0.0, KZ),  # light text straight on a busy photo
    ("WhatsApp 8 (777) 123-45-67", 30, (255, 230, 0), 4.0, KZ),
    ("+994 50 123 45 67", 26, (0, 0, 0), -5.0, AZ),
    ("599 12 34 56", 36, (20, 20, 90), 3.0, GE),
    ("shop.almaty@mail.ru", 28, (255, 255, 255), -3.0, KZ),
    ("www.autosalon.kz", 52, (150, 0, 0), 0.0, KZ),
    ("Instagram: @baku.style", 24, (250, 250, 210), 6.0, AZ),
]


@pytest.mark.parametrize(("caption", "size", "colour", "angle", "profile"), CONTACT_CASES)
def test_contact_painted_on_a_busy_photo_is_read(caption, size, colour, angle, profile):
    data = _photo(caption, seed=len(caption) * size, size=size, colour=colour, angle=angle)
    scan = scan_photo(data, languages=profile.ocr_languages)
    assert _contacts(scan, profile), (caption, scan.ocr_text)
    assert scan.boxes and all(b.w >= 0 and b.h >= 0 for b in scan.boxes)


def test_scan_result_shape():
    data = _photo("+7 701 724 66 68", seed=3)
    scan = scan_photo(data, languages="rus+kaz+eng")
    assert isinstance(scan, PhotoScan)
    assert len(scan.phash) == 16 and len(scan.dhash) == 16
    int(scan.phash, 16)
    assert scan.engine in ENGINES
    assert scan.duration_ms > 0
    assert (scan.width, scan.height) == (1024, 768)
    # the box of the phone lies inside the picture
    box = next(b for b in scan.boxes if "701" in b.text)
    assert 0 <= box.x < 1024 and 0 <= box.y < 768 and box.w > 50


@pytest.mark.parametrize(
    "caption",
    ["SAMSUNG", "Galaxy A52", "BMW X5 2019", "128 GB", "iPhone 13 Pro", "Canon EOS 250D"],
)
def test_brand_and_model_captions_are_not_contacts(caption):
    data = _photo(caption, seed=len(caption), size=48)
    scan = scan_photo(data, languages=KZ.ocr_languages)
    assert _contacts(scan) == [], scan.ocr_text


def test_photo_without_text_reads_nothing_harmful():
    scan = scan_photo(synth.to_bytes(synth.background(random.Random(11))), languages=KZ.ocr_languages)
    assert _contacts(scan) == []
    assert advertising_in_text(scan.ocr_text) == []
    assert scan.qr == ()


@pytest.mark.parametrize(
    ("caption", "profile"),
    [
        ("СКИДКА 20%", KZ),
        ("Рассрочка 0%", KZ),
        ("Endirim 30%", AZ),
        ("ფასდაკლება", GE),
        ("განვადება", GE),
        ("Цена 150 000 тг", KZ),
    ],
)
def test_advertising_text_in_several_scripts(caption, profile):
    if any("\u10a0" <= c <= "\u10ff" for c in caption):
        if not synth.has_georgian_font():
            pytest.skip("no Georgian font (fonts-noto-core)")
        kw = {"font_name": "NotoSansGeorgian-Bold.ttf"}
    else:
        kw = {}
    data = _photo(caption, seed=len(caption), size=48, colour=(255, 255, 255), banner=(200, 0, 0, 230), **kw)
    scan = scan_photo(data, languages=profile.ocr_languages)
    assert advertising_in_text(scan.ocr_text), scan.ocr_text


def test_qr_code_pasted_on_a_photo_is_decoded():
    sample = synth.qr_photo(5, "https://wa.me/77017246668")
    scan = scan_photo(sample.data, languages=KZ.ocr_languages, ocr=False)
    assert scan.qr == ("https://wa.me/77017246668",)
    assert scan.ocr_text == ""


def test_small_inverted_qr_is_decoded():
    rng = random.Random(9)
    img = synth.background(rng)
    code = synth.qr_image("tel:+994501234567", scale=3, dark="white", light="black")
    img.paste(code, (600, 400))
    scan = scan_photo(synth.to_bytes(img), languages=AZ.ocr_languages, ocr=False)
    assert scan.qr == ("tel:+994501234567",)


def test_png_with_transparency_and_exif_rotation():
    img = Image.new("RGBA", (600, 400), (0, 0, 0, 0))
    synth.paint_text(img, "info@shop.kz", xy=(50, 150), size=48, colour=(0, 0, 0))
    scan = scan_photo(synth.to_bytes(img, "PNG"), languages=KZ.ocr_languages)
    assert any("@" in c for c in _contacts(scan)), scan.ocr_text
    assert (scan.width, scan.height) == (600, 400)


def test_resized_recompressed_copy_has_a_close_phash():
    rng = random.Random(21)
    img = synth.background(rng)
    a = scan_photo(synth.to_bytes(img), languages="eng", ocr=False)
    b = scan_photo(synth.to_bytes(img.resize((640, 480)), quality=60), languages="eng", ocr=False)
    other = scan_photo(synth.to_bytes(synth.background(random.Random(22))), languages="eng", ocr=False)
    assert hamming(a.phash, b.phash) <= 7
    assert hamming(a.phash, other.phash) > 7


@pytest.mark.parametrize(
    "data", [b"", b"not a picture", b"<svg xmlns='http://www.w3.org/2000/svg'/>", b"\x89PNG\r\n\x1a\n"]
)
def test_unreadable_bytes_raise(data):
    with pytest.raises(UnreadablePhoto):
        scan_photo(data, languages="eng")
    with pytest.raises(UnreadablePhoto):
        open_picture(data)


def test_unknown_engine_is_an_error():
    with pytest.raises(ValueError, match="unknown OCR engine"):
        scan_photo(synth.to_bytes(Image.new("RGB", (10, 10))), languages="eng", engine="nope")


def test_tesseract_engine_reads_a_clear_caption():
    data = _photo("+7 701 724 66 68", seed=1, size=48, banner=(0, 0, 0, 200))
    scan = scan_photo(data, languages=KZ.ocr_languages, engine="tesseract")
    assert scan.engine == "tesseract"
    assert _contacts(scan), scan.ocr_text


@pytest.mark.skipif(not HAVE_RAPID, reason="rapidocr-onnxruntime is not installed")
def test_rapidocr_engine_reads_small_light_text():
    data = _photo("WhatsApp +7 705 555 12 34", seed=2, size=22, colour=(240, 240, 240))
    scan = scan_photo(data, languages=KZ.ocr_languages, engine="rapidocr")
    assert _contacts(scan), scan.ocr_text
