"""The five policy profiles of RULES.md, as data.

A profile says which rule codes are on, with which action and parameters. A code is on in every
profile unless `ONLY_IN` names the profiles that switch it on, or the profile lists it in
`disabled`. Categories may override the action of a code (`category_actions`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

# Codes that are on only in the profiles named (RULES.md, "Which codes each profile switches on").
ONLY_IN: dict[str, frozenset[str]] = {
    code: frozenset(profiles)
    for codes, profiles in [
        (("title.attention", "title.company", "price.partial"), ("khashuri_ge", "twobe_ge")),
        (("price.words", "price.not_whole"), ("twobe_ge",)),
        (
            (
                "price.currency",
                "price.missing",
                "price.unrealistic",
                "ad.wanted",
                "ad.barter_only",
                "duplicate.general_and_parts",
                "edit.product_swap",
                "account.limit",
            ),
            ("emarket_az",),
        ),
        (("text.translit",), ("emarket_az", "jer_kz")),
        (("text.emoji", "edit.region"), ("jer_kz",)),
        (("text.language",), ("twobe_ge", "jer_kz")),
        (("ad.auction",), ("olx_kz", "emarket_az", "jer_kz")),
        (("ad.financial_aid",), ("olx_kz", "khashuri_ge", "twobe_ge")),
    ]
    for code in codes
}

# Goods that Georgian law allows (some under licence): off in the Georgian profiles.
_GEORGIAN_LEGAL = frozenset(
    {
        "prohibited.alcohol_tobacco",
        "prohibited.gambling",
        "prohibited.occult",
        "prohibited.currency",
        "prohibited.precious_metals",
        "prohibited.underwear",
        "prohibited.accounts",
        "prohibited.keys",
    }
)


@dataclass(frozen=True)
class Profile:
    name: str
    site: str
    country: str  # ISO 3166 alpha-2, also the default region for phone numbers
    currency: str
    languages: tuple[str, ...]  # UI and OCR languages the site serves, most common first
    ocr_languages: str
    post_moderation: bool = False
    # Published ads are checked again this many hours after they went live (emarket_az); None: never.
    recheck_after_hours: int | None = None
    title_max_length: int = 100
    photos_max: int = 40
    photo_min_size: tuple[int, int] | None = None
    photo_formats: tuple[str, ...] = ("JPEG", "PNG")
    ad_lifetime_days: int = 30
    expired_kept_days: int = 365
    delete_after_keep: bool = False
    restore_window_days: int | None = 30  # None: restore any time
    strikes_before_blacklist: int = 2
    region_locked: bool = False
    # Languages allowed in ad text; None = any. Job categories may add some (`job_languages`).
    allowed_text_languages: tuple[str, ...] | None = None
    job_text_languages: tuple[str, ...] | None = None
    cross_account_max: int = 1  # accounts that may advertise one object (jer_kz: an agency's 3)
    actions: dict[str, str] = field(default_factory=dict)  # code -> action, overriding the default
    disabled: frozenset[str] = frozenset()
    category_actions: dict[str, dict[str, str]] = field(default_factory=dict)  # slug -> code -> action
    params: dict[str, Any] = field(default_factory=dict)

    def is_on(self, code: str) -> bool:
        if code in self.disabled:
            return False
        allowed = ONLY_IN.get(code)
        return allowed is None or self.name in allowed

    def action_for(self, code: str, default: str, category_path: tuple[str, ...] = ()) -> str:
        """The action of `code` here: the nearest category override, else the profile's, else RULES.md's."""
        for slug in category_path:
            override = self.category_actions.get(slug, {}).get(code)
            if override:
                return override
        return self.actions.get(code, default)


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in [
        Profile(
            name="olx_kz",
            site="General classifieds, Kazakhstan",
            country="KZ",
            currency="KZT",
            languages=("ru", "kk", "en"),
            ocr_languages="rus+kaz+eng",
            actions={"price.conditional": "fix"},
            params={"conditional_price_max": Decimal("100")},
        ),
        Profile(
            name="emarket_az",
            site="General classifieds, Azerbaijan",
            country="AZ",
            currency="AZN",
            languages=("az", "ru", "en"),
            ocr_languages="aze+eng",
            restore_window_days=30,
            recheck_after_hours=24,
            actions={"price.conditional": "reject", "ad.wanted": "reject", "ad.barter_only": "reject"},
            # The seed's limits are "set by the administration": 50 active ads and 10 ads per category
            # in 30 days are our defaults; a category's own limit is set in the admin.
            params={"conditional_price_max": Decimal("11"), "active_ads_limit": 50, "category_limit_30d": 10},
        ),
        Profile(
            name="khashuri_ge",
            site="General classifieds, Georgia (Khashuri)",
            country="GE",
            currency="GEL",
            languages=("ka", "ru", "en"),
            ocr_languages="kat+rus+eng",
            post_moderation=True,
            actions={"price.conditional": "reject"},
            disabled=_GEORGIAN_LEGAL,
            params={"conditional_price_max": Decimal("11")},
        ),
        Profile(
            name="twobe_ge",
            site="General classifieds, Georgia (2be.ge)",
            country="GE",
            currency="GEL",
            languages=("ru", "ka", "en"),
            ocr_languages="kat+rus+eng",
            post_moderation=True,
            allowed_text_languages=("ru",),
            job_text_languages=("ru", "en"),
            actions={"price.conditional": "reject"},
            disabled=_GEORGIAN_LEGAL,
            params={"conditional_price_max": Decimal("11")},
        ),
        Profile(
            name="jer_kz",
            site="Real estate, Kazakhstan",
            country="KZ",
            currency="KZT",
            languages=("ru", "kk", "en"),
            ocr_languages="rus+kaz+eng",
            photo_min_size=(400, 300),
            restore_window_days=None,
            delete_after_keep=True,
            strikes_before_blacklist=3,
            region_locked=True,
            allowed_text_languages=("ru", "kk"),
            cross_account_max=3,
            actions={"price.conditional": "reject"},
            params={"conditional_price_max": Decimal("100")},
        ),
    ]
}

DEFAULT_PROFILE = "olx_kz"


def get_profile(name: str) -> Profile:
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(f"unknown policy profile {name!r}; one of {', '.join(sorted(PROFILES))}") from None
