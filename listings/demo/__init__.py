"""A demo data set for a newcomer's local site: sellers, a moderator and ads in five languages.

Every ad is created through `services.create_listing`, so it goes through the real moderation
pipeline (checked in-process without a broker, by a worker with one). About one ad in ten breaks
a rule on purpose (a phone or an e-mail in the text, a title in capitals, a token price) so the
moderation queue and the rejected list are not empty.

The plan (who posts what) is built first from `random.Random(seed)` and only then written, so a
seed always gives the same data and `--dry-run` shows exactly what a real run would create.
Sellers and the moderator are found by e-mail, so a second run never duplicates them.
"""

from __future__ import annotations

import io
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import phonenumbers
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from PIL import Image, ImageDraw, ImageFilter

from accounts.models import User
from accounts.services import update_profile
from moderation.queries import current_profile
from moderation.rules.profiles import Profile

from ..attributes import attributes_for
from ..enums import PriceKind
from ..images import normalise_photo
from ..models import Category, Listing, Region
from ..queries import category_ancestors
from ..services import ListingContent, create_listing, store_photo
from .phrases import (
    CLOSING,
    COLOURS,
    COMPANIES,
    CONDITION,
    ESTATE_TITLES,
    ESTATE_USD,
    GEARBOX,
    ITEMS,
    LOCATION,
    MEET,
    POSITIONS,
    REASON,
    SCHEDULE,
    SELLER_NAMES,
    SERVICES,
    STATES,
    TEMPLATES,
    VEHICLES,
    VIOLATION_TEXT,
)

DEMO_DOMAIN = "demo.local"
SELLER_PASSWORD = "demo-password-1"  # noqa: S105  (a demo account on a developer's machine)
MODERATOR_EMAIL = f"moderator@{DEMO_DOMAIN}"
MODERATOR_PASSWORD = "demo-moderator-1"  # noqa: S105
MODERATORS_GROUP = "Moderators"
MODERATOR_PERMISSIONS = [("moderation", "checkresult"), ("listings", "listing"), ("listings", "revision")]
SELLER_COUNT = 15
DEFAULT_ADS = 300
DEFAULT_SEED = 1
PROGRESS_EVERY = 50
VIOLATION_SHARE = 0.1
VIOLATIONS = ("phone", "email", "caps", "token_price")

# Ad languages by country: the profile's own languages first, the others as a minority.
LANGUAGE_WEIGHTS = {
    "KZ": {"ru": 45, "kk": 25, "en": 15, "az": 8, "ka": 7},
    "AZ": {"az": 45, "ru": 25, "en": 15, "ka": 8, "kk": 7},
    "GE": {"ka": 45, "ru": 25, "en": 15, "az": 8, "kk": 7},
}
# Rough units of a currency per US dollar: enough to keep every price in a believable range.
PER_USD = {"KZT": 480, "AZN": Decimal("1.7"), "GEL": Decimal("2.7"), "RUB": 90, "USD": 1, "EUR": Decimal("0.9")}


def _kind(slug: str) -> str:
    if slug in VEHICLES:
        return "vehicle"
    if slug in ESTATE_TITLES:
        return "land" if slug == "land" else "home"
    if slug in ("vacancies", "network-marketing"):
        return "vacancy"
    if slug == "resumes":
        return "resume"
    if slug in SERVICES:
        return "service"
    if slug in ("pets", "farm-animals"):
        return "animal"
    if slug == "phones":
        return "phone"
    return "goods"


# ---- the plan -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SellerPlan:
    email: str
    name: str
    phone: str  # E.164, valid for the profile's country
    language: str


@dataclass(frozen=True)
class AdPlan:
    seller: int  # index into the sellers
    category: Category
    region: Region
    language: str
    title: str
    description: str
    price: Decimal | None
    price_kind: str
    attributes: dict[str, Any]
    with_email: bool
    photo_seeds: tuple[int, ...]
    violation: str = ""  # one of VIOLATIONS, or "" for an ad meant to pass


@dataclass
class DemoReport:
    sellers: list[SellerPlan]
    ads: list[AdPlan]
    sellers_created: int = 0
    moderator_created: bool = False
    listing_ids: list[int] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)
    existing_ads: int = 0
    skipped: bool = False  # demo data was there already and --force was not given
    seconds: float = 0.0


def demo_phone(country: str, index: int) -> str:
    """A valid mobile number of `country` in E.164, the same for the same seller on every run."""
    rng = random.Random(f"phone:{country}:{index}")
    prefixes = {
        "KZ": ("+7", ["701", "702", "705", "707", "747", "771", "775", "776", "777", "778"], 7),
        "AZ": ("+994", ["50", "51", "55", "70", "77", "99"], 7),
        "GE": ("+995", ["555", "557", "558", "568", "571", "574", "577", "591", "593", "595", "599"], 6),
    }
    code, operators, digits = prefixes.get(country, prefixes["KZ"])
    for _ in range(1000):
        raw = code + rng.choice(operators) + str(rng.randint(2, 9)) + "".join(rng.choices("0123456789", k=digits - 1))
        number = phonenumbers.parse(raw)
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            return raw
    raise RuntimeError(f"no valid demo phone for {country}")  # fmt: skip


def plan_sellers(profile: Profile) -> list[SellerPlan]:
    """The demo sellers: fixed e-mails (seller01@demo.local…) so that every run finds the same ones."""
    names = SELLER_NAMES.get(profile.country, SELLER_NAMES["KZ"])
    return [
        SellerPlan(
            email=f"seller{i + 1:02d}@{DEMO_DOMAIN}",
            name=names[i % len(names)],
            phone=demo_phone(profile.country, i),
            language=profile.languages[i % len(profile.languages)],
        )
        for i in range(SELLER_COUNT)
    ]


def _languages(rng: random.Random, count: int, profile: Profile) -> list[str]:
    """`count` ad languages in the profile's mix, every language at least once when there is room."""
    weights = dict(LANGUAGE_WEIGHTS.get(profile.country, LANGUAGE_WEIGHTS["KZ"]))
    if profile.allowed_text_languages:  # a site that takes only some languages gets only those
        weights = {lang: w for lang, w in weights.items() if lang in profile.allowed_text_languages}
    total = sum(weights.values())
    quota = {lang: max(1 if count >= len(weights) else 0, count * w // total) for lang, w in weights.items()}
    langs = sorted(weights, key=weights.__getitem__, reverse=True)
    i = 0
    while sum(quota.values()) < count:
        quota[langs[i % len(langs)]] += 1
        i += 1
    while sum(quota.values()) > count:
        quota[max(quota, key=quota.__getitem__)] -= 1
    result = [lang for lang in langs for _ in range(quota[lang])]
    rng.shuffle(result)
    return result


def _price(rng: random.Random, low: float, high: float, profile: Profile) -> Decimal:
    """A round price between `low` and `high` US dollars in the profile's currency, above a token price."""
    value = Decimal(str(rng.uniform(low, high))) * Decimal(PER_USD.get(profile.currency, 1))
    step = next(
        (s for limit, s in ((10**6, 10_000), (10**5, 1_000), (10**4, 500), (10**3, 50), (100, 5)) if value >= limit), 1
    )
    value = (value / step).quantize(Decimal(1)) * step
    floor = Decimal(profile.params.get("conditional_price_max", 0)) * 2 or Decimal(1)
    return max(value, floor)  # fmt: skip


def _fill(rng: random.Random, slug: str, lang: str, region: Region, profile: Profile) -> tuple[str, list[str], dict, Decimal | None, str]:  # fmt: skip
    """Title, detail sentences, attributes, price and price kind of one ad of category `slug`."""
    kind = _kind(slug)
    titles, details = TEMPLATES[kind][lang]
    colour = rng.choice(COLOURS)
    values: dict[str, Any] = {
        "city": region.names.get(lang) or region.name, "colour": colour[lang], "state": rng.choice(STATES[lang]),
        "bought": rng.randint(2015, 2024), "months": rng.randint(2, 36), "exp": rng.randint(2, 12),
        "currency": profile.currency,
    }  # fmt: skip
    attributes: dict[str, Any] = {}
    price_kind = PriceKind.FIXED
    if kind == "vehicle":
        models, usd, engines = VEHICLES[slug]
        brand, model = rng.choice(models)
        year, mileage = rng.randint(2008, 2024), rng.randint(5, 320) * 1000
        values.update(brand=brand, model=model, year=year, mileage=f"{mileage:,}".replace(",", " "),
                      engine=f"{rng.uniform(*engines):.1f}", gearbox=rng.choice(GEARBOX[lang]))  # fmt: skip
        attributes = {"brand": brand, "model": model, "year": year, "mileage_km": mileage}
        price = _price(rng, *usd, profile)
    elif kind in ("home", "land"):
        rooms = rng.randint(1, 5)
        values.update(rooms=rooms, area=rng.randint(18, 40) + rooms * rng.randint(14, 30), floor=rng.randint(1, 9),
                      floors=rng.randint(9, 16), plot=rng.randint(4, 30), renovated=rng.randint(2012, 2024))  # fmt: skip
        titles = [ESTATE_TITLES[slug][lang]]
        if slug not in ("land", "commercial"):
            attributes["rooms"] = rooms
        if slug != "land":
            attributes["area_m2"] = values["area"]
        price = _price(rng, *ESTATE_USD[slug], profile)
    elif kind in ("vacancy", "resume"):
        position = rng.choice(POSITIONS[slug])[lang]
        company = rng.choice(COMPANIES)
        price = _price(rng, 300, 2_500, profile)
        values.update(position=position, company=company, schedule=rng.choice(SCHEDULE[lang]),
                      salary=f"{price:,.0f}".replace(",", " "))  # fmt: skip
        attributes = {"position": position} if kind == "resume" else {"company": company, "position": position}
        if slug == "vacancies":
            attributes["salary"] = f"{values['salary']} {profile.currency}"
        if kind == "resume" and rng.random() < 0.4:
            price, price_kind = None, PriceKind.NEGOTIABLE
    elif kind == "service":
        values["item"] = rng.choice(SERVICES[slug])[lang]
        price = _price(rng, 10, 150, profile)
        if rng.random() < 0.3:
            price, price_kind = None, PriceKind.NEGOTIABLE
    else:
        words, brands, usd = rng.choice(ITEMS[slug])
        brand, model = rng.choice(brands)
        values.update(item=words[lang], brand=f"{brand} {model}".strip())
        if kind == "phone":
            memory = rng.choice([64, 128, 256, 512])
            values.update(brand=brand, model=model, memory=memory, battery=rng.randint(78, 100))
            attributes = {"brand": brand, "model": model, "memory_gb": memory, "colour": colour[lang]}
        elif slug == "computers":
            attributes = {"brand": brand, "model": model}
        price = _price(rng, *usd, profile)
    title = rng.choice(titles).format(**values).strip(" ,:")
    sentences = [s.format(**values) for s in rng.sample(details, k=min(len(details), rng.randint(2, 3)))]
    if kind in ("goods", "phone"):
        sentences.append(rng.choice(CONDITION[lang]))
        if rng.random() < 0.4:
            sentences.append(rng.choice(REASON[lang]))
    if kind in ("goods", "phone", "animal", "vehicle"):
        sentences.append(rng.choice(MEET[lang]).format(**values))
    else:
        sentences.append(LOCATION[lang].format(**values))
    if kind not in ("vacancy", "resume") and rng.random() < 0.6:
        sentences.append(rng.choice(CLOSING[lang]))
    if lang != "ka":  # str.upper() would turn Georgian into Mtavruli capitals
        title = title[0].upper() + title[1:]
    return title, sentences, attributes, price, price_kind


def plan_ads(
    *,
    rng: random.Random,
    count: int,
    profile: Profile,
    sellers: Sequence[SellerPlan],
    categories: Sequence[Category],
    regions: Sequence[Region],
) -> list[AdPlan]:
    """`count` ads spread over the leaf `categories` and the `regions`, about 10% breaking a rule."""
    languages = _languages(rng, count, profile)
    leaves: list[Category] = []
    while len(leaves) < count:  # every category once before any twice
        batch = list(categories)
        rng.shuffle(batch)
        leaves.extend(batch)
    region_weights = [3 if i < 3 else 1 for i in range(len(regions))]  # the big cities first in canonical order
    violators = set(rng.sample(range(count), k=max(1, round(count * VIOLATION_SHARE)))) if count else set()
    ads: list[AdPlan] = []
    for i in range(count):
        category, lang = leaves[i], languages[i]
        path = (category.slug, *category_ancestors(category.pk))
        if profile.allowed_text_languages and lang not in profile.allowed_text_languages:
            extra = profile.job_text_languages if category.is_job and profile.job_text_languages else ()
            lang = lang if lang in extra else profile.allowed_text_languages[0]
        region = rng.choices(regions, weights=region_weights)[0]
        title, sentences, attributes, price, price_kind = _fill(rng, category.slug, lang, region, profile)
        assert all(a.name in attributes for a in attributes_for(path) if a.required), (category.slug, attributes)
        if category.photo_required:
            photos = rng.randint(1, 4)
        elif category.is_job or category.slug in SERVICES:
            photos = 1 if rng.random() < 0.2 else 0
        else:
            photos = rng.randint(1, 3) if rng.random() < 0.6 else 0
        violation = ""
        if i in violators:
            violation = VIOLATIONS[len([v for v in violators if v < i]) % len(VIOLATIONS)]
            if violation == "caps" and (lang == "ka" or not any(len(w) > 4 for w in title.split())):
                violation = "phone"  # Georgian has no capitals to shout in
            if violation == "token_price" and (category.is_job or category.slug in SERVICES):
                violation = "email"  # the token-price rule leaves jobs and services alone
        ads.append(
            AdPlan(
                seller=rng.randrange(len(sellers)),
                category=category,
                region=region,
                language=lang,
                title=title,
                description=" ".join(sentences),
                price=price,
                price_kind=price_kind,
                attributes=attributes,
                with_email=rng.random() < 0.3,
                photo_seeds=tuple(rng.randrange(2**31) for _ in range(photos)),
                violation=violation,
            )
        )
    return ads


def broken(ad: AdPlan, seller: SellerPlan) -> tuple[str, str, Decimal | None, str]:
    """Title, description, price and price kind of `ad` with its deliberate violation applied."""
    title, description, price, kind = ad.title, ad.description, ad.price, ad.price_kind
    if ad.violation == "phone":
        number = phonenumbers.parse(seller.phone)
        spelled = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        description += " " + VIOLATION_TEXT["phone"][ad.language].format(phone=spelled)
    elif ad.violation == "email":
        local = seller.email.split("@")[0]
        description += " " + VIOLATION_TEXT["email"][ad.language].format(email=f"{local}.deals@gmail.com")
    elif ad.violation == "caps":
        title = title.upper()
    elif ad.violation == "token_price":
        price, kind = Decimal(1), PriceKind.FIXED
    return title, description, price, kind


def draw_photo(seed: int) -> bytes:
    """A JPEG of coloured shapes on a coloured ground: varied enough that no two look alike."""
    rng = random.Random(seed)
    size = rng.choice([(800, 600), (960, 720), (600, 800), (1024, 768), (720, 720)])

    def colour() -> tuple[int, int, int]:
        return rng.randrange(256), rng.randrange(256), rng.randrange(256)

    image = Image.new("RGB", size, colour())
    draw = ImageDraw.Draw(image)
    w, h = size
    for _ in range(rng.randint(3, 8)):
        x0, y0 = rng.randrange(w), rng.randrange(h)
        x1, y1 = x0 + rng.randint(w // 8, w // 2), y0 + rng.randint(h // 8, h // 2)
        shape = rng.choice(["ellipse", "rectangle", "polygon", "line"])
        if shape == "ellipse":
            draw.ellipse([x0, y0, x1, y1], fill=colour())
        elif shape == "rectangle":
            draw.rectangle([x0, y0, x1, y1], fill=colour())
        elif shape == "polygon":
            draw.polygon([(rng.randrange(w), rng.randrange(h)) for _ in range(rng.randint(3, 6))], fill=colour())
        else:
            draw.line([x0, y0, x1, y1], fill=colour(), width=rng.randint(6, 40))
    if rng.random() < 0.5:
        image = image.filter(ImageFilter.GaussianBlur(rng.choice([1, 2, 4])))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


# ---- writing it -----------------------------------------------------------------------------


def existing_demo_ads() -> int:
    return Listing.objects.filter(owner__email__endswith=f"@{DEMO_DOMAIN}").count()


def _ensure_user(email: str, password: str, **extra: Any) -> tuple[User, bool]:
    user = User.objects.filter(email=email).first()
    created = user is None
    if user is None:
        user = User.objects.create_user(email=email, password=password, **extra)
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return user, created


@transaction.atomic
def ensure_moderator() -> tuple[User, bool]:
    """The demo moderator: staff, in the Moderators group with view/change on checks, ads and revisions."""
    group, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    for app_label, model in MODERATOR_PERMISSIONS:
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label=app_label,
                content_type__model=model,
                codename__in=[f"view_{model}", f"change_{model}"],
            )
        )
    user, created = _ensure_user(MODERATOR_EMAIL, MODERATOR_PASSWORD, is_staff=True, name="Demo moderator")
    if not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff", "updated_at"])
    user.groups.add(group)
    return user, created


@transaction.atomic
def ensure_sellers(sellers: Sequence[SellerPlan], *, country: str) -> tuple[list[User], int]:
    users, created = [], 0
    for seller in sellers:
        user, new = _ensure_user(seller.email, SELLER_PASSWORD)
        if new:
            update_profile(user=user, name=seller.name, phone=seller.phone, language=seller.language, country=country)
            created += 1
        users.append(user)
    return users, created


def load_demo_data(
    *,
    ads: int = DEFAULT_ADS,
    seed: int = DEFAULT_SEED,
    force: bool = False,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> DemoReport:
    """Create the demo sellers, the moderator and `ads` ads, unless demo ads exist and not `force`.

    Side effects (none with `dry_run`): users with verified e-mails and phones, the Moderators
    group, photos under MEDIA_ROOT, and each ad through `create_listing` (a revision, a status
    change, a moderation check after commit). `progress(done, total)` is called every
    PROGRESS_EVERY ads. Returns the plan and what was written.
    """
    started = time.perf_counter()
    profile = current_profile()
    existing = existing_demo_ads()
    # A forced second run must not repeat the first one's ads (the duplicate rules would catch them).
    rng = random.Random(seed if not existing else f"{seed}:{existing}")
    sellers = plan_sellers(profile)
    categories = list(Category.objects.filter(children__isnull=True).order_by("parent__position", "position"))
    regions = list(Region.objects.filter(country=profile.country).order_by("position"))
    if not regions:
        raise ValueError(f"no regions for {profile.country}: run `manage.py load_reference_data` first")
    skipped = bool(existing) and not force
    plan = [] if skipped else plan_ads(rng=rng, count=ads, profile=profile, sellers=sellers,
                                       categories=categories, regions=regions)  # fmt: skip
    report = DemoReport(sellers=sellers, ads=plan, existing_ads=existing, skipped=skipped)
    if dry_run or skipped:
        report.seconds = time.perf_counter() - started
        return report

    users, report.sellers_created = ensure_sellers(sellers, country=profile.country)
    _, report.moderator_created = ensure_moderator()
    for n, ad in enumerate(plan, 1):
        owner, seller = users[ad.seller], sellers[ad.seller]
        title, description, price, price_kind = broken(ad, seller)
        photos = [
            store_photo(
                owner=owner,
                photo=normalise_photo(
                    io.BytesIO(draw_photo(s)), min_size=profile.photo_min_size, formats=profile.photo_formats
                ),
            )
            for s in ad.photo_seeds
        ]
        content = ListingContent(
            category=ad.category,
            region=ad.region,
            title=title,
            description=description,
            price=price,
            price_kind=price_kind,
            currency=profile.currency,
            contact_phone=owner.phone,
            contact_email=owner.email if ad.with_email else "",
            attributes=ad.attributes,
        )
        listing = create_listing(owner=owner, content=content, photos=photos, submit=True)
        report.listing_ids.append(listing.pk)
        if progress and (n % PROGRESS_EVERY == 0 or n == len(plan)):
            progress(n, len(plan))
    report.statuses = Counter(Listing.objects.filter(pk__in=report.listing_ids).values_list("status", flat=True))
    report.seconds = time.perf_counter() - started
    return report
