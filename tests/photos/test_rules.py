"""The photo.* rules over ImageSnapshots (no OCR here: the text is what a scan would have read)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from moderation.photos import hamming, phash_chunks
from moderation.rules import families  # noqa: F401
from moderation.rules.context import RuleContext
from moderation.rules.engine import check
from moderation.rules.profiles import get_profile
from moderation.rules.registry import RULES
from moderation.rules.types import AdSnapshot, ImageSnapshot

KZ = get_profile("olx_kz")
AZ = get_profile("emarket_az")
GE = get_profile("twobe_ge")
JER = get_profile("jer_kz")


def _run(code, snapshot, profile=KZ, context=None):
    return list(RULES[code].func(snapshot, profile, context or RuleContext()))


def _ad(*images, category="phones", path=("electronics",), user="u1", ad_id="a1", title="Samsung Galaxy A52"):
    return AdSnapshot(
        ad_id=ad_id,
        user_id=user,
        category=category,
        category_path=path,
        title=title,
        images=tuple(images) if images != (None,) else None,
    )


def img(ocr="", qr=(), **kw):
    return ImageSnapshot(path="p.jpg", width=1024, height=768, format="JPEG", ocr_text=ocr, qr=tuple(qr), **kw)


def test_no_images_key_runs_no_photo_rule():
    snap = AdSnapshot(ad_id="a", user_id="u", category="cars", category_path=("transport",), title="x", images=None)
    for code in [c for c in RULES if c.startswith("photo.")]:
        assert _run(code, snap, AZ) == []


@pytest.mark.parametrize(
    "text",
    [
        "Звоните +7 701 724 66 68",
        "WhatsApp 8 (777) 123-45-67",
        "info@shop.kz",
        "www.autosalon.kz",
        "Instagram: @baku.style",
        "050 123 45 67",
    ],
)
def test_contact_in_picture(text):
    findings = _run("photo.contact", _ad(img(), img(ocr=f"новый\n{text}")), AZ if "050" in text else KZ)
    assert findings and findings[0].field == "images[1]"
    assert findings[0].evidence in text


@pytest.mark.parametrize(
    "text", ["SAMSUNG", "Galaxy A52", "BMW X5 2019", "128 GB 2021", "120 м²", "Model X200 4K UHD", "1920x1080"]
)
def test_harmless_text_in_picture(text):
    assert _run("photo.contact", _ad(img(ocr=text))) == []


def test_noise_lines_do_not_glue_into_a_phone():
    ocr = "2019\n128\n45 67\nSAMSUNG\n12"
    assert _run("photo.contact", _ad(img(ocr=ocr))) == []


def test_qr_with_contact_is_a_contact_and_any_qr_is_photo_qr():
    snap = _ad(img(qr=("https://wa.me/77017246668",)), img(qr=("SN-20391-XY",)))
    contact = _run("photo.contact", snap)
    assert [(f.field, f.evidence) for f in contact] == [("images[0]", "https://wa.me/77017246668")]
    assert [f.field for f in _run("photo.qr", snap)] == ["images[0]", "images[1]"]
    assert RULES["photo.qr"].default_action == "reject"


@pytest.mark.parametrize(
    ("text", "profile"),
    [("СКИДКА 20%", KZ), ("Рассрочка 0%", KZ), ("Цена 150 000 тг", KZ), ("Endirim 30%", AZ), ("Kredit var", AZ),
     ("ფასდაკლება", GE), ("განვადება", GE), ("SALE -50%", KZ), ("45 000 ₸", KZ), ("350 AZN", AZ)],
)  # fmt: skip
def test_text_ad(text, profile):
    findings = _run("photo.text_ad", _ad(img(ocr=text)), profile)
    assert findings and findings[0].field == "images[0]"
    assert RULES["photo.text_ad"].default_action == "review"


@pytest.mark.parametrize("text", ["SAMSUNG", "128 GB", "2019", "iPhone 13 Pro", "Made in Korea", "A52"])
def test_not_text_ad(text):
    assert _run("photo.text_ad", _ad(img(ocr=text))) == []


def test_refused_images_format_and_size():
    snap = _ad(
        ImageSnapshot(path="a.svg", refused=("photo.format", "Not a JPEG or PNG picture.")),
        ImageSnapshot(path="b.jpg", refused=("photo.too_small", "The photo is 200×150 pixels")),
        ImageSnapshot(path="c.webp", width=800, height=600, format="WEBP"),
        ImageSnapshot(path="d.jpg", width=320, height=240, format="JPEG"),
        ImageSnapshot(path="e.jpg", width=300, height=400, format="JPEG"),
    )
    assert [f.field for f in _run("photo.format", snap, JER)] == ["images[0]", "images[2]"]
    assert [f.field for f in _run("photo.too_small", snap, JER)] == ["images[1]", "images[3]"]
    # no minimum in olx_kz: only the refused one
    assert [f.field for f in _run("photo.too_small", snap, KZ)] == ["images[1]"]
    # refused images are not OCR'd
    refused = ImageSnapshot(path="x", refused=("photo.format", "x"), ocr_text="+7 701 724 66 68", qr=("tel:1",))
    assert _run("photo.contact", _ad(refused)) == [] and _run("photo.qr", _ad(refused)) == []


def test_too_many():
    assert _run("photo.too_many", _ad(*[img()] * 40)) == []
    findings = _run("photo.too_many", _ad(*[img()] * 41))
    assert findings[0].field == "images"


@pytest.mark.parametrize(
    ("profile", "category", "path", "required"),
    [
        (AZ, "cars", ("transport",), True),
        (AZ, "apartments-sale", ("real-estate",), True),
        (AZ, "pets", ("animals",), True),
        (AZ, "clothes-shoes", ("fashion",), True),
        (AZ, "appliances", ("home-garden",), True),
        (AZ, "phones", ("electronics",), False),
        (KZ, "cars", ("transport",), False),
        (JER, "apartments-rent", ("real-estate",), True),
        (JER, "houses", ("real-estate",), True),
        (JER, "land", ("real-estate",), False),
        (AZ, "cars", (), True),  # path from the context's tree
    ],
)
def test_photo_required(profile, category, path, required):
    none = _ad(category=category, path=path)
    assert bool(_run("photo.required", none, profile)) is required
    assert _run("photo.required", _ad(img(), category=category, path=path), profile) == []
    only_refused = _ad(ImageSnapshot(path="x", refused=("photo.format", "x")), category=category, path=path)
    assert bool(_run("photo.required", only_refused, profile)) is required


def test_georgian_profiles_keep_alcohol_and_weapons_out_of_pictures():
    assert not GE.is_on("prohibited.alcohol_tobacco")
    for profile in (GE, KZ):
        findings = _run("photo.prohibited", _ad(img(ocr="водка 0.5 л")), profile)
        assert findings and findings[0].evidence.startswith("alcohol_tobacco")
    assert _run("photo.prohibited", _ad(img(ocr="SAMSUNG Galaxy")), GE) == []


@dataclass
class _Ctx(RuleContext):
    similar: list[AdSnapshot] = field(default_factory=list)
    asked: list = field(default_factory=list)

    def ads_with_similar_photo(self, snapshot, image):
        self.asked.append(image.phash)
        return self.similar


H = "f0e1d2c3b4a59687"
NEAR = f"{int(H, 16) ^ 0b1011011:016x}"  # 5 bits away
FAR = f"{int(H, 16) ^ 0xFFFF:016x}"  # 16 bits away


def test_duplicate_photo_in_another_account():
    other = _ad(img(phash=NEAR), user="u2", ad_id="b7")
    ctx = _Ctx(similar=[other])
    findings = _run("photo.duplicate", _ad(img(phash=H)), KZ, ctx)
    assert [(f.field, f.evidence) for f in findings] == [("images[0]", "b7")]
    assert ctx.asked == [H]


def test_duplicate_photo_far_hash_or_same_object_of_same_seller_is_fine():
    far = _ad(img(phash=FAR), user="u2", ad_id="b7")
    same_object = _ad(img(phash=H), user="u1", ad_id="a0")
    assert _run("photo.duplicate", _ad(img(phash=H)), KZ, _Ctx(similar=[far, same_object])) == []


def test_duplicate_photo_same_seller_different_object():
    other = _ad(
        img(phash=NEAR), user="u1", ad_id="a9", category="furniture", path=("home-garden",), title="Диван угловой"
    )
    assert _run("photo.duplicate", _ad(img(phash=H)), KZ, _Ctx(similar=[other]))[0].evidence == "a9"


def test_duplicate_photo_agency_allowance_in_jer_kz():
    ads = [_ad(img(phash=H), user=f"agent{i}", ad_id=f"b{i}", category="apartments-sale") for i in range(3)]
    mine = _ad(img(phash=H), category="apartments-sale", path=("real-estate",))
    assert _run("photo.duplicate", mine, JER, _Ctx(similar=ads[:2])) == []
    assert _run("photo.duplicate", mine, JER, _Ctx(similar=ads)) != []


def test_default_context_has_no_similar_photos():
    assert RuleContext().ads_with_similar_photo(_ad(img(phash=H)), img(phash=H)) == ()


def test_engine_decision_with_photo_in_contact():
    snap = _ad(img(ocr="WhatsApp +7 701 724 66 68"))
    outcome = check(snap, KZ, RuleContext())
    codes = {v.code: v.action.label for v in outcome.violations}
    assert codes.get("photo.contact") == "reject"


def test_hashes():
    assert hamming(H, H) == 0 and hamming(H, NEAR) == 5 and hamming(H, FAR) == 16
    chunks = phash_chunks(H)
    assert chunks == [
        0 * 256 + 0xF0,
        256 + 0xE1,
        512 + 0xD2,
        768 + 0xC3,
        1024 + 0xB4,
        1280 + 0xA5,
        1536 + 0x96,
        1792 + 0x87,
    ]
    # pigeonhole: any hash within 7 bits shares a chunk
    import random

    rng = random.Random(1)
    for _ in range(500):
        bits = rng.sample(range(64), rng.randrange(0, 8))
        other = int(H, 16)
        for b in bits:
            other ^= 1 << b
        assert set(phash_chunks(H)) & set(phash_chunks(other))
    with pytest.raises(ValueError):
        hamming("xyz", H)
