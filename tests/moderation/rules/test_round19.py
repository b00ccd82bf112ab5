"""Mechanisms added after the nineteenth fresh corpus: each test names the general case it pins."""

from __future__ import annotations

import pytest

from .helpers import codes, same


@pytest.mark.parametrize(
    ("profile", "category", "title", "description", "code", "found"),
    [
        # a shop selling one named product says "in our shop": no advertising of the shop
        (
            "emarket_az",
            "phones",
            "Apple iPhone 14, 128GB, Purple",
            "Mağazamızda yeni iPhone 14, 128 GB. 1 il rəsmi zəmanət, qutusu bağlıdır.",
            "text.advertising",
            False,
        ),
        ("emarket_az", "phones", "Telefonlar", "Mağazamızda hər növ telefon var.", "text.advertising", True),
        # "no sale on credit" is about paying, not a swap
        ("emarket_az", "phones", "iPhone 14, 128GB", "Nisyə satış yoxdur.", "ad.barter_only", False),
        ("emarket_az", "phones", "iPhone 14, 128GB", "Satış yoxdur, yalnız barter.", "ad.barter_only", True),
        # a vehicle driven is no employer
        (
            "olx_kz",
            "vacancies",
            "Требуется водитель категории С",
            "Развозка продуктов по городу на Isuzu, график 6/1.",
            "job.missing_company",
            True,
        ),
        ("olx_kz", "vacancies", "Требуется продавец", "Работа в Magnum, график 2/2.", "job.missing_company", False),
        # work from home in Kazakh, with a word between
        (
            "olx_kz",
            "vacancies",
            "Үйден онлайн жұмыс, оператор",
            "Тәжірибе қажет емес. Күніне 2-3 сағат.",
            "job.dubious",
            True,
        ),
        # goods that stand at the parents' in another town
        (
            "olx_kz",
            "furniture",
            "Шкаф-купе 2 м, зеркальный",
            "Шкаф стоит у родителей в Караганде, вывоз оттуда.",
            "region.mismatch",
            True,
        ),
    ],
)
def test_round_nineteen(profile, category, title, description, code, found):
    region = {"olx_kz": "almaty", "emarket_az": "baku"}[profile]
    got = codes(profile, category=category, title=title, description=description, price=100, region=region)
    assert (code in got) is found


@pytest.mark.parametrize(
    ("profile", "category", "title", "description", "code", "found"),
    [
        # a processor's name is no `1` before a phone's digits
        ("twobe_ge", "computers", "Ноутбук ASUS ROG Strix G16", "RTX 4060, i7-13650HX, 16 ГБ.", "contact.phone", False),
        # a Georgian trade ending in -ოსი names a position
        (
            "khashuri_ge",
            "vacancies",
            "ავტომექანიკოსი",
            "შპს „ალფა ავტო“ ეძებს გამოცდილ ავტომექანიკოსს.",
            "job.missing_position",
            False,
        ),
        # residence registration sold under rooms
        (
            "jer_kz",
            "rooms",
            "Временная регистрация и прописка за 1 день",
            "Сделаем прописку на любой срок.",
            "category.mismatch",
            True,
        ),
    ],
)
def test_round_nineteen_late(profile, category, title, description, code, found):
    region = {"twobe_ge": "tbilisi", "khashuri_ge": "khashuri", "jer_kz": "almaty"}[profile]
    got = codes(profile, category=category, title=title, description=description, price=100, region=region)
    assert (code in got) is found


def test_tyres_of_two_makes_are_two_products():
    assert not same(
        ("Шины зимние Nokian Hakkapeliitta R16, 4 шт", "Размер 205/55 R16, шипованные.", 120000),
        ("Шины летние Michelin Primacy R16, 4 шт", "Размер 205/55 R16, 2023 года выпуска.", 90000),
        "auto-parts",
    )


def test_a_reworded_wall_unit_a_little_cheaper_is_the_same():
    assert same(
        ("Стенка для гостиной, 4 секции", "Цвет светлый дуб, длина 3,2 м, состояние хорошее.", 70000),
        ("Стенка-горка для зала, светлый дуб", "Четыре секции, общая длина 3,2 м, без сколов.", 65000),
    )
