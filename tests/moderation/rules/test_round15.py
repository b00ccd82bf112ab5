"""Mechanisms added after the fifteenth fresh corpus: each test names the general case it pins."""

from __future__ import annotations

import pytest

from moderation.rules.similarity import same_product

from .helpers import ad, codes


@pytest.mark.parametrize(
    ("profile", "category", "title", "description", "code"),
    [
        ("emarket_az", "furniture", "Divan-kreslo dəsti", "Zəng edin: 050 ikiyüz otuz dörd, 56 78.", "contact.phone"),
        (
            "emarket_az",
            "repair-services",
            "Texnika Servis mərkəzi",
            "Bizdə hər cür xidmət və ən münasib qiymətlər! Bizi seçdiyiniz üçün təşəkkür edirik.",
            "text.advertising",
        ),
        (
            "emarket_az",
            "vacancies",
            "Evdən çıxmadan qazanc",
            "Elektron pul kisənizə cəmi 20 AZN yükləyin və hər gün 100 AZN qazanın!",
            "ad.financial_scheme",
        ),
        (
            "twobe_ge",
            "sports",
            "Used mountain bike Giant Talon 3",
            "Size M, hydraulic brakes, recently serviced.",
            "text.language",
        ),
    ],
)
def test_round_fifteen_violations_are_found(profile, category, title, description, code):
    assert code in codes(profile, category=category, title=title, description=description, price=100)


@pytest.mark.parametrize(
    ("profile", "category", "title", "description", "code"),
    [
        (
            "emarket_az",
            "games-consoles",
            "PlayStation 5 Slim",
            "Oyunlar hesabsız, yalnız konsol satılır.",
            "prohibited.accounts",
        ),
        (
            "emarket_az",
            "auto-parts",
            "Akkumulyator Varta 74 Ah",
            "Varta Blue Dynamic E11, 574 012 068 modeli.",
            "contact.phone",
        ),
        (
            "olx_kz",
            "cars",
            "Toyota Camry 70, 2019, 2.5 L",
            "Service history at the official dealer. KZ registration.",
            "contact.phone",
        ),
        (
            "olx_kz",
            "cars",
            "Toyota Camry 70",
            "Service history at the official dealer. KZ registration.",
            "contact.url",
        ),
        (
            "khashuri_ge",
            "resumes",
            "Водитель категорий C и E",
            "Готов к работе за рубежом, стаж 12 лет.",
            "job.abroad_license",
        ),
    ],
)
def test_round_fifteen_harmless_neighbours(profile, category, title, description, code):
    assert code not in codes(profile, category=category, title=title, description=description, price=5000)


def test_ps5_is_playstation_5():
    first = ad(
        title="PlayStation 5 + 2 ჯოისტიკი", description="დისკის ვერსია, 825GB, ორი DualSense ჯოისტიკი და FIFA 24."
    )
    again = ad(
        title="PS5 დისკით, ორი ჯოისტიკი", description="PlayStation 5 დისკის ვერსია, ორი ჯოისტიკი, FIFA 24 საჩუქრად."
    )
    assert same_product(again, first)
    assert not same_product(ad(title="PS4 Pro, ორი ჯოისტიკი", description="PS4 Pro 1TB"), first)
