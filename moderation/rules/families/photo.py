"""photo.*: the pictures of an ad (RULES.md "photo").

Rules read `snapshot.images` (ImageSnapshot: format, size, `refused`, `ocr_text`, `qr`, `phash`),
filled by `moderation.photos.scan_photo` in the worker. When `snapshot.images is None` the photos
are not judged at all (a text-only batch line) and every rule here stays silent; `()` is an ad
with no photos. A refused image (`refused` set: not a picture, too small) is judged only by
`photo.format` / `photo.too_small`, never OCR'd.

Text read in a picture is judged by the *same* detectors as the ad text (`families/contact.py`):
the OCR text is run as the description of a stand-in snapshot, so a phone in a photo is a phone
by exactly the rules of `contact.phone` (prices, years, model numbers and sizes are not phones).
Findings name the field `images[N]` (N = position in `snapshot.images`, from 0) and carry the
text span the detector matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..analysis import analyze_text
from ..registry import Finding, rule
from ..similarity import digits_differ, title_similarity
from ..types import AdSnapshot, ImageSnapshot
from . import contact

#: Two pHashes within this many bits (of 64) are the same picture (moderation.photos.hashes).
PHASH_MAX_DISTANCE = 7

#: Categories whose ads need at least one photo, per profile (RULES.md: emarket_az seed 1;
#: jer_kz seed 4 "flats and houses need a photo of the living area" — we can only tell that
#: there is a photo). A profile may override with `params["photo_required"]` (category slugs).
PHOTO_REQUIRED: dict[str, tuple[str, ...]] = {
    "emarket_az": ("transport", "real-estate", "animals", "clothes-shoes", "appliances"),
    "jer_kz": ("apartments-sale", "apartments-rent", "daily-rent", "rooms", "houses"),
}

#: Prohibited groups kept out of pictures even where the text rule is off (the Georgian
#: profiles: "their photo rule still keeps alcohol, tobacco and weapons out of pictures").
ALWAYS_OUT_OF_PICTURES = ("alcohol_tobacco", "weapons")


def _field(index: int) -> str:
    return f"images[{index}]"


def _readable(snapshot: AdSnapshot) -> Iterator[tuple[int, ImageSnapshot]]:
    for index, image in enumerate(snapshot.images or ()):
        if image.refused is None:
            yield index, image


# --- format, size, count -------------------------------------------------------------------


@rule("photo.format", action="reject")
def photo_format(snapshot, profile, context) -> Iterator[Finding]:
    """Not a picture at all, or a format the profile does not accept (jer_kz: JPEG/PNG only)."""
    allowed = {f.upper() for f in profile.photo_formats}
    if "JPEG" in allowed:
        allowed.add("MPO")  # a JPEG with an appended depth map or preview is a JPEG photo
    for index, image in enumerate(snapshot.images or ()):
        if image.refused is not None:
            if image.refused[0] == "photo.format":
                yield Finding(_field(index), image.refused[1] or image.path)
        elif image.format and image.format.upper() not in allowed:
            yield Finding(_field(index), image.format)


@rule("photo.too_small", action="reject")
def photo_too_small(snapshot, profile, context) -> Iterator[Finding]:
    """Smaller than the profile's minimum (either orientation: 300×400 passes a 400×300 minimum)."""
    minimum = profile.photo_min_size
    for index, image in enumerate(snapshot.images or ()):
        if image.refused is not None:
            if image.refused[0] == "photo.too_small":
                yield Finding(_field(index), image.refused[1] or image.path)
            continue
        if minimum is None or not image.width or not image.height:
            continue
        small, large = sorted(minimum)
        if min(image.width, image.height) < small or max(image.width, image.height) < large:
            yield Finding(_field(index), f"{image.width}×{image.height}")


@rule("photo.too_many", action="reject")
def photo_too_many(snapshot, profile, context) -> Iterator[Finding]:
    """More photos than the profile allows."""
    if snapshot.images is not None and len(snapshot.images) > profile.photos_max:
        yield Finding("images", f"{len(snapshot.images)} > {profile.photos_max}")


@rule("photo.required", action="reject")
def photo_required(snapshot, profile, context) -> Iterator[Finding]:
    """The category needs a real photo and the ad has none (refused uploads do not count)."""
    if snapshot.images is None:
        return
    required = profile.params.get("photo_required", PHOTO_REQUIRED.get(profile.name, ()))
    path = snapshot.category_path or context.category_ancestors(snapshot.category)
    if not any(slug == snapshot.category or slug in path for slug in required):
        return
    if not any(True for _ in _readable(snapshot)):
        yield Finding("images", snapshot.category)


# --- what the picture says ------------------------------------------------------------------

_CONTACT_RULES = (contact.phone_in_text, contact.email_in_text, contact.url_in_text, contact.social_in_text)


def contacts_in_text(text: str, profile, context, *, base: AdSnapshot | None = None) -> list[tuple[str, str | None]]:
    """(evidence, action) of every phone, e-mail, URL or social handle in `text`, found by the
    `contact.*` detectors (`action` is None or the detector's milder action, e.g. "review" for an
    invitation without a handle). Pure: no context method is called besides `terms()`."""
    if not text or not text.strip():
        return []
    stand_in = AdSnapshot(
        ad_id=f"{base.ad_id if base else ''}#ocr",
        user_id=base.user_id if base else "",
        category=base.category if base else "",
        title="",
        description=text,
    )
    found: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    # Line by line: OCR noise on neighbouring lines ("435" / "52" / "34" read off a textured
    # photo) must not glue into a phone. The scanner already joins the words of one line.
    texts = [line for line in text.splitlines() if line.strip()]
    for part in texts:
        stand_in = replace(stand_in, description=part)
        for detector in _CONTACT_RULES:
            for finding in detector(stand_in, profile, context):
                key = finding.evidence.casefold()
                if key not in seen and not any(key in s for s in seen):
                    seen.add(key)
                    found.append((finding.evidence, finding.action))
    return found


_QR_CONTACT = re.compile(
    r"^\s*(?:tel:|sms:|smsto:|mailto:|matmsg:|mecard:|begin:vcard|https?://|www\.|wa\.me/|t\.me/|viber:|tg:|skype:)",
    re.IGNORECASE,
)


@rule("photo.contact", action="reject")
def photo_contact(snapshot, profile, context) -> Iterator[Finding]:
    """A phone, e-mail, web address or social handle readable in a picture (OCR) or in its QR code."""
    for index, image in _readable(snapshot):
        reported: set[str] = set()
        for evidence, action in contacts_in_text(image.ocr_text or "", profile, context, base=snapshot):
            reported.add(evidence.casefold())
            yield Finding(_field(index), evidence, action=action)
        for payload in image.qr:
            if payload.casefold() in reported:
                continue
            if _QR_CONTACT.match(payload) or contacts_in_text(payload, profile, context, base=snapshot):
                reported.add(payload.casefold())
                yield Finding(_field(index), payload[:200])


@rule("photo.qr", action="reject")
def photo_qr(snapshot, profile, context) -> Iterator[Finding]:
    """Any QR code in a picture (jer_kz seed 4), whatever it encodes."""
    for index, image in _readable(snapshot):
        for payload in image.qr:
            yield Finding(_field(index), payload[:200] or "QR")


_CURRENCY = r"(?:₸|тг|тенге|теңге|tg|kzt|₼|azn|manat|man|₾|gel|лари|lari|ლარი?|\$|usd|€|eur|руб|₽|rub)"
_AD_WORDS = [
    # price
    rf"\d[\d\s.,]*\d\s?{_CURRENCY}(?![a-zа-яё])",
    rf"(?<![a-zа-яё]){_CURRENCY}\s?\d[\d\s.,]*\d",
    r"(?:цена|ціна|бағасы|баға|qiym[əe]t|ფასი|price)\s*[:\-–]?\s*\d",
    # discount, promotion, sale
    r"скидк\w*|акци[яиюй]\w*|распродаж\w*|жеңілдік\w*|жеңілдік|акция",
    r"endirim\w*|aksiya\w*|kampaniya\w*|satış\w*",
    r"ფასდაკლებ\w*|აქცი[აი]\w*|გაყიდვა",
    r"\bsale\b|\bdiscount\w*|\bpromo\w*|\bbest\s+price|\b\d{1,2}\s?%\s*off\b|-\s?\d{1,2}\s?%",
    # credit and instalments
    r"рассрочк\w*|кредит\w*|несие\w*|бөліп\s+төле\w*|\bсатып\s+ал",
    r"kredit\w*|taksit\w*|hiss[əe]-hiss[əe]|faizsiz",
    r"განვადებ\w*|კრედიტ\w*",
    r"\binstal+ments?\b|\bcredit\b|\bleasing\b|лизинг\w*|\b0\s?%",
]
_AD_TEXT = re.compile("|".join(f"(?:{p})" for p in _AD_WORDS), re.IGNORECASE)


def advertising_in_text(text: str) -> list[str]:
    """Spans of advertising text: a price with a currency, a discount, a sale, credit, instalments."""
    spans = []
    for m in _AD_TEXT.finditer(text or ""):
        evidence = m.group(0).strip()
        if evidence and evidence.casefold() not in (s.casefold() for s in spans):
            spans.append(evidence)
    return spans


@rule("photo.text_ad", action="review")
def photo_text_ad(snapshot, profile, context) -> Iterator[Finding]:
    """Advertising text in a picture: price, credit, instalments, discount, promotion (seed 4)."""
    for index, image in _readable(snapshot):
        spans = advertising_in_text(image.ocr_text or "")
        if spans:
            yield Finding(_field(index), ", ".join(spans[:3]))


@rule("photo.prohibited", action="review")
def photo_prohibited(snapshot, profile, context) -> Iterator[Finding]:
    """Prohibited goods named in a picture (OCR): every prohibited group the profile enforces, and
    alcohol, tobacco and weapons everywhere (the Georgian profiles allow them in text, not in
    pictures). `review`: a word on a label is weaker evidence than the seller's own text."""
    groups = {
        name
        for name in (
            "weapons", "military", "drugs", "medicines", "sexual", "alcohol_tobacco", "poisons",
            "pyrotechnics", "documents", "counterfeit", "gambling", "extremism",
        )
        if name in ALWAYS_OUT_OF_PICTURES or profile.is_on(f"prohibited.{name}")
    }  # fmt: skip
    terms = context.terms()
    for index, image in _readable(snapshot):
        if not image.ocr_text or not image.ocr_text.strip():
            continue
        ft = analyze_text(_field(index), image.ocr_text, terms)
        for group in sorted(groups):
            evidence = next(ft.found(f"prohibited.{group}"), None)
            if evidence:
                yield Finding(_field(index), f"{group}: {evidence}")


# --- the same picture elsewhere ---------------------------------------------------------------


def _hamming(a: str, b: str) -> int:
    try:
        return (int(a, 16) ^ int(b, 16)).bit_count()
    except ValueError:
        return 64


def _different_object(x: AdSnapshot, y: AdSnapshot) -> bool:
    """Another object of the same seller: another category, other numbers in the title (model,
    year, area), or titles that share almost nothing."""
    return x.category != y.category or digits_differ(x, y) or title_similarity(x, y) < 0.3


@rule("photo.duplicate", action="review")
def photo_duplicate(snapshot, profile, context) -> Iterator[Finding]:
    """The same picture (pHash within 7 bits) in another account's ad (jer_kz: past
    `cross_account_max` accounts), or in another ad of this seller for a different object."""
    for index, image in _readable(snapshot):
        if not image.phash:
            continue
        others: dict[str, str] = {}
        own: list[str] = []
        for other in context.ads_with_similar_photo(snapshot, image):
            if other.ad_id == snapshot.ad_id:
                continue
            if not any(o.phash and _hamming(o.phash, image.phash) <= PHASH_MAX_DISTANCE for o in (other.images or ())):
                continue
            if other.user_id != snapshot.user_id:
                others.setdefault(other.user_id, other.ad_id)
            elif _different_object(snapshot, other):
                own.append(other.ad_id)
        if others and len(others) >= profile.cross_account_max:
            yield Finding(_field(index), ", ".join(others.values()))
        elif own:
            yield Finding(_field(index), ", ".join(own))
