"""Mechanisms added after the thirteenth fresh corpus: each test names the general case it pins."""

from __future__ import annotations

import pytest

from .helpers import codes


@pytest.mark.parametrize(
    ("profile", "category", "title", "description", "code"),
    [
        (
            "olx_kz",
            "vacancies",
            "Workers needed in South Korea, factory job",
            "Visa support, salary from 2500$. Our agency arranges all documents.",
            "job.missing_company",
        ),
        (
            "twobe_ge",
            "vacancies",
            "Переводчица для общения с иностранцами",
            "Брачное агентство набирает девушек-переводчиц для переписки.",
            "job.missing_company",
        ),
        (
            "olx_kz",
            "tv-audio",
            "Продам телевизор LG и холодильник",
            "Телевизор LG — 90 000, холодильник Atlant — 70 000, ещё микроволновка — 15 000. Переезд.",
            "text.multiple_items",
        ),
        (
            "emarket_az",
            "repair-services",
            "Ремонт квартир под ключ",
            "Наша компания «СтройМастер» работает с 2010 года и предлагает широкий спектр услуг.",
            "text.advertising",
        ),
        (
            "twobe_ge",
            "repair-services",
            "Ремонт стиральных машин — сервис «МастерОК»",
            "Выезд на дом.",
            "title.company",
        ),
        (
            "olx_kz",
            "vacancies",
            "Официантка в кафе «Достар»",
            "Только девушки славянской внешности до 25 лет.",
            "text.offensive",
        ),
    ],
)
def test_round_thirteen_violations_are_found(profile, category, title, description, code):
    assert code in codes(profile, category=category, title=title, description=description, price=5000)


@pytest.mark.parametrize(
    ("profile", "category", "title", "description", "price", "code"),
    [
        ("khashuri_ge", "vacancies", "მიმტანი — შპს «ბათუმი ჰოსპიტალითი»", "შპს ეძებს მიმტანს.", 900, "title.company"),
        ("khashuri_ge", "phones", "IQOS ILUMA, ახალი", "ყუთით.", 150, "title.caps"),
        (
            "olx_kz",
            "vacancies",
            "HSE Officer, Tengiz field",
            "Caspian Field Services LLP is hiring an HSE Officer for a project at the Tengiz field.",
            None,
            "job.missing_position",
        ),
        ("jer_kz", "houses", "Сдаю дом на длительный срок", "Дом 90 м², 3 комнаты, двор.", 150000, "price.conditional"),
    ],
)
def test_round_thirteen_harmless_neighbours(profile, category, title, description, price, code):
    assert code not in codes(profile, category=category, title=title, description=description, price=price)


def test_a_house_for_sale_at_a_rent_is_still_a_token_price():
    assert "price.conditional" in codes(
        "jer_kz", category="houses", title="Продаю дом", description="90 м²", price=150000
    )


def test_a_service_offered_again_over_the_same_long_description_is_a_duplicate():
    from moderation.rules.similarity import same_product

    from .helpers import ad

    text = "Açar təhvil təmir: suvaq, kafel, santexnika, elektrik və rəngsaz işləri. Smeta pulsuz, material bazar qiyməti ilə."
    again = "Açar təhvil təmir: suvaq, kafel, santexnika, elektrik, rəngsaz işləri. Smeta pulsuzdur."
    assert same_product(
        ad(title="Evlərin və ofislərin təmiri", description=again),
        ad(title="Mənzil və ofislərin təmiri", description=text),
    )
    other = (
        "Kondisioner quraşdırılması, freon doldurulması, bütün markalar, 1 il zəmanət, çağırış pulsuz, şəhər daxili."
    )
    assert not same_product(
        ad(title="Kondisioner təmiri", description=other), ad(title="Mənzil və ofislərin təmiri", description=text)
    )


def test_a_copy_spelt_kopya_is_counterfeit():
    assert "prohibited.counterfeit" in codes(
        "emarket_az", category="accessories", title="Rolex Submariner, lüks kopya AAA", price=300
    )
