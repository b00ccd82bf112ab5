"""Mechanisms added after the fourteenth fresh corpus: each test names the general case it pins."""

from __future__ import annotations

import pytest

from .helpers import codes


@pytest.mark.parametrize(
    ("profile", "category", "title", "description", "price", "code"),
    [
        ("emarket_az", "cars", "Senedsiz Mercedes C200, 2008", "Senedi yoxdur.", 3500, "prohibited.counterfeit"),
        (
            "khashuri_ge",
            "furniture",
            "ავეჯის სალონი ხაშურში",
            "ჩვენი სალონი გიხსნით კარს ყოველდღე! ფართო არჩევანი. მოგვინახულეთ!",
            None,
            "text.advertising",
        ),
        (
            "khashuri_ge",
            "apartments-rent",
            "Сдаю квартиру",
            "Только грузинской семье, азербайджанцам и индусам не беспокоить.",
            600,
            "text.offensive",
        ),
        ("khashuri_ge", "phones", "iPhone 15 128GB, ახალი, განვადებით", "განვადება 24 თვეზე.", 89, "price.partial"),
        ("twobe_ge", "auto-parts", "Диски R17", "ЗВОНИТЕ 577 45 89 12 В ЛЮБОЕ ВРЕМЯ.", 600, "contact.phone"),
        (
            "olx_kz",
            "kids",
            "Помогите многодетной семье",
            "Просим помощи кто чем может, любая сумма на Kaspi Gold.",
            None,
            "ad.financial_aid",
        ),
        (
            "jer_kz",
            "houses",
            "Продаю квартиру, гараж и дачу",
            "Квартира 2 комнаты — 18 млн, гараж кирпичный — 2 млн, дача 6 соток — 3 млн.",
            18000000,
            "text.multiple_items",
        ),
    ],
)
def test_round_fourteen_violations_are_found(profile, category, title, description, price, code):
    assert code in codes(profile, category=category, title=title, description=description, price=price)


def test_an_instalment_needs_a_price_and_a_kitten_for_free_is_none():
    found = codes(
        "twobe_ge", category="pets", title="Отдам котёнка", description="Девочка 3 мес, к лотку приучена", price=0
    )
    assert "price.partial" not in found


def test_a_twelve_volt_battery_is_no_phone():
    assert "contact.phone" not in codes(
        "olx_kz", category="auto-parts", title="Аккумулятор 60 Ач", description="12 В, 2023 г."
    )


def test_titles_of_one_model_number_and_make_are_comparable_whatever_else_they_say():
    from moderation.rules.similarity import comparable_titles

    sealed = "iPhone 15 Pro Max 256GB, brand new sealed"
    assert comparable_titles(sealed, "Apple iPhone 15 Pro Max 256 GB, Natural Titanium")
    assert not comparable_titles(sealed, "iPhone 15 128GB")  # the base model, not the Pro Max
