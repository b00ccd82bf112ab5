"""title.* and text.*"""

from __future__ import annotations

import pytest

from .helpers import codes


@pytest.mark.parametrize(
    ("title", "hit"),
    [
        ("SAMSUNG Galaxy J2 Prime", True),
        ("ПРОДАМ ДИВАН", True),
        ("SATICI IŞI AXTARIRAM", True),
        ("BMW X5 2008", False),
        ("iPhone 12 GB", False),
        ("LED TV Samsung", False),
        ("Nintendo Switch OLED", False),
        ("ВАЗ 2107", False),
        ("RTX3060 видеокарта", False),
    ],
)
def test_title_caps(title, hit):
    assert ("title.caps" in codes(title=title)) is hit


@pytest.mark.parametrize(
    ("title", "hit"),
    [
        ("<<@**Büllur güldan!!!!!!!!**@>>", True),
        ("Диван 🔥", True),
        ("iPhone ??", True),
        ("★ Шкаф ★", True),
        ("Диван угловой!", False),
        ("Лицензия №12", False),
        ("Шкаф 2x1.5 м, 20°", False),
    ],
)
def test_title_symbols(title, hit):
    assert ("title.symbols" in codes(title=title)) is hit


def test_title_length_uses_profile_limit():
    assert "title.length" in codes(title="Диван " * 20)
    assert "title.length" not in codes(title="Диван угловой с механизмом еврокнижка, ткань велюр")


@pytest.mark.parametrize(
    ("title", "hit"),
    [
        ("iPhone 12 за 180 000 тг", True),
        ("Opel $4500", True),
        ("Диван 50000 тенге", True),
        ("Samsung A54, ფასი 600 ლარი", True),
        ("iPhone 12 128 GB", False),
        ("Шины 205/55 R16", False),
        ("Квартира 54 м², 5/9", False),
    ],
)
def test_title_price(title, hit):
    assert ("title.price" in codes(title=title)) is hit


def test_attention_and_company_only_in_georgian_profiles():
    assert "title.attention" in codes("twobe_ge", title="Срочно продам диван")
    assert "title.attention" in codes("khashuri_ge", title="Продам! Диван")
    assert "title.attention" not in codes("olx_kz", title="Срочно продам диван")
    assert "title.attention" not in codes("twobe_ge", title="Продам диван")
    assert "title.company" in codes("khashuri_ge", title="ООО Мобайл — телефоны")
    assert "title.company" in codes("twobe_ge", title="Магазин «Мебель Люкс»: диван")
    assert "title.company" not in codes("twobe_ge", title="Продавец в магазин электроники", category="vacancies")


def test_stuffing():
    assert "text.stuffing" in codes(
        description="Диван угловой, угловой диван, диван раскладной, раскладной диван, диван Алматы, купить диван, диван недорого"
    )
    assert "text.stuffing" in codes(description="Кроссовки. #кроссовки #nike #обувь")
    assert "text.stuffing" not in codes(
        description="Диван угловой в хорошем состоянии, механизм еврокнижка, ящик для белья, самовывоз из центра."
    )


def test_caps_and_emoji():
    assert "text.caps" in codes(description="ШКАФ В ОТЛИЧНОМ СОСТОЯНИИ, ТРИ ДВЕРИ, САМОВЫВОЗ.")
    assert "text.caps" not in codes(description="Шкаф IKEA PAX, LED подсветка, в отличном состоянии.")
    assert "text.emoji" in codes("jer_kz", category="apartments-rent", title="Сдам квартиру", description="🏠🛏️🛁🍳📺")
    assert "text.emoji" not in codes(
        "olx_kz", category="apartments-rent", title="Сдам квартиру", description="🏠🛏️🛁🍳📺"
    )
    assert "text.emoji" not in codes(
        "jer_kz", category="apartments-rent", title="Сдам квартиру", description="Квартира чистая, 45 м², мебель есть."
    )


@pytest.mark.parametrize(
    ("profile", "category", "title", "description", "hit"),
    [
        ("twobe_ge", "furniture", "იყიდება დივანი", "დივანი კარგ მდგომარეობაშია.", True),
        ("twobe_ge", "phones", "iPhone 12 for sale", "Phone in very good condition with the box.", True),
        (
            "twobe_ge",
            "vacancies",
            "Barista at Coffee Boom",
            "Coffee Boom is hiring a barista, training is provided.",
            False,
        ),
        ("twobe_ge", "cars", "Toyota Camry 2016", "Машина в хорошем состоянии.", False),
        ("jer_kz", "apartments-sale", "2 bólmeli páter satylady", "Páter 5 qabatta, jóndeý jasalǵan.", False),
        ("jer_kz", "apartments-sale", "Пәтер сатылады", "Пәтер жақсы күйде, жөндеу жасалған.", False),
        (
            "jer_kz",
            "apartments-sale",
            "Apartment for sale",
            "Spacious apartment with a new renovation, close to the park.",
            True,
        ),
        ("olx_kz", "furniture", "იყიდება დივანი", "დივანი კარგ მდგომარეობაშია.", False),
    ],
)
def test_language(profile, category, title, description, hit):
    assert ("text.language" in codes(profile, category=category, title=title, description=description)) is hit


def test_translit_only_where_switched_on_and_not_kazakh_latin():
    assert "text.translit" in codes("emarket_az", title="Prodam divan srochno", description="V horoshem sostoyanii")
    assert "text.translit" in codes(
        "jer_kz", category="apartments-sale", title="Prodam kvartiru", description="Kvartira v horoshem sostoyanii"
    )
    assert "text.translit" not in codes("olx_kz", title="Prodam divan srochno", description="V horoshem sostoyanii")
    assert "text.translit" not in codes(
        "emarket_az", title="Divan satılır", description="Divan yaxşı vəziyyətdədir, təmiz."
    )
    assert "text.translit" not in codes(
        "jer_kz", category="apartments-sale", title="Páter satylady", description="Jaqsy páter, jóndeý jasalǵan"
    )


def test_multiple_items():
    assert "text.multiple_items" in codes(category="phones", title="Телефон и телевизор")
    assert "text.multiple_items" in codes(
        category="building", title="Стройматериалы", description="Цемент — 2500 тг\nКирпич — 90 тг\nПесок — 700 тг"
    )
    assert "text.multiple_items" not in codes(category="furniture", title="Диван и кресло")
    assert "text.multiple_items" not in codes(category="apartments-rent", title="Квартира с холодильником и диваном")
    assert "text.multiple_items" not in codes(category="phones", title="Меняю ноутбук на телефон")


def test_advertising_offensive_nonsense():
    assert "text.advertising" in codes(description="Наш магазин работает ежедневно с 9 до 20.")
    assert "text.advertising" not in codes(description="Диван в хорошем состоянии, работает механизм.")
    assert "text.offensive" in codes(description="Сдаю только славянам")
    assert "text.offensive" in codes(description="пошли нахуй")
    assert "text.offensive" not in codes(category="pets", description="Сука немецкой овчарки, привита")
    assert "text.offensive" not in codes(description="Маникюр и педикюр, застрахуйте авто у нас")
    assert "text.nonsense" in codes(description="ывапролджэ фывапролд")
    assert "text.nonsense" in codes(description="Lorem ipsum dolor sit amet")
    assert "text.nonsense" not in codes(description="Клавиатура QWERTY, подсветка, Schwarzkopf")
