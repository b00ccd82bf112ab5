"""Mechanisms added after the eleventh fresh corpus: each test names the general case it pins."""

from __future__ import annotations

from moderation.rules.similarity import same_product

from .helpers import ad, codes


def test_english_or_translit_too_short_per_field_is_judged_on_the_whole_ad():
    english = codes(
        "twobe_ge", category="cars", title="Selling Hyundai Tucson 2018", description="2.0 petrol, 98 000 km."
    )
    assert "text.language" in english
    translit = codes(
        "twobe_ge", category="games-consoles", title="prodam xbox series s", description="sostoyanie ideal"
    )
    assert "text.language" in translit
    azerbaijani = "Qizili rengli iPhone 11 Pro, batareya 86%, face id isleyir. Yalniz telefon ve kabel."
    assert "text.translit" not in codes("emarket_az", category="phones", title="iPhone 11 Pro", description=azerbaijani)


def test_a_latin_truck_brand_in_cyrillic_text_is_no_employer():
    text = "Нужен водитель на самосвал Howo, опыт от 3 лет. Зарплата 400 000 тг."
    assert "job.missing_company" in codes("olx_kz", category="vacancies", title="Требуется водитель", description=text)
    named = "В Magnum требуется кассир, график 2/2."
    assert "job.missing_company" not in codes("olx_kz", category="vacancies", title="Кассир", description=named)


def test_needed_before_a_full_stop_introduces_nothing():
    text = "Нужны 5 человек для работы через телефон. Опыт не нужен. Подробности в личку."
    assert "job.missing_position" in codes("olx_kz", category="vacancies", title="Работа на дому", description=text)


def test_apple_colour_names_are_colours():
    first = ad(title="Apple iPhone 13 128GB Midnight", description="Оригинал, Face ID работает, АКБ 86%.")
    again = ad(title="iPhone 13 128 гб черный, идеал", description="Оригинал, Face ID работает, батарея 86%.")
    white = ad(title="iPhone 13 128 гб Starlight", description="Оригинал, батарея 86%.")
    assert same_product(again, first)
    assert not same_product(white, first)


def test_an_exception_in_the_title_covers_another_form_of_the_word_below():
    found = codes(
        "emarket_az",
        category="building",
        title="Makita köpük tapançası",
        description="Montaj köpüyü üçün peşəkar tapança.",
    )
    assert "prohibited.weapons" not in found


def test_an_old_camera_among_collectibles_and_a_set_with_boots_are_in_place():
    assert "category.mismatch" not in codes(
        "emarket_az", category="collectibles", title="Vintage Soviet camera Zenit-E"
    )
    skis = codes(
        "khashuri_ge", category="sports", title="Ski set Atomic, 170 cm, with boots", description="Skis, poles."
    )
    assert "text.multiple_items" not in skis


def test_a_screen_that_was_changed_is_no_barter():
    text = "Экран менялся на копию, всё работает, продаю свой телефон"
    assert "ad.barter_only" not in codes(
        "emarket_az", category="phones", title="iPhone 11 64 GB", description=text, price=420
    )


def test_round_eleven_violations_are_found():
    cases = [
        ("olx_kz", "accessories", "Куплю золото 585", "Меняю валюту по выгодному курсу.", "prohibited.currency"),
        ("olx_kz", "computers", "База предпринимателей 2026", "Телефоны, e-mail. Для рассылок.", "prohibited.data"),
        ("emarket_az", "equipment", "Bakı üzrə mobil nömrələr bazası", "SMS reklam üçün.", "prohibited.data"),
        ("emarket_az", "games-consoles", "PUBG Mobile hesab, Conqueror", "Nadir skinlər.", "prohibited.accounts"),
        ("emarket_az", "vacancies", "Evdə qələm yığmaq", "Evdən çıxmadan qələm yığın.", "job.dubious"),
        ("emarket_az", "vacancies", "Nikah agentliyinə tərcüməçi qızlar", "Yazışma üçün.", "job.prohibited"),
        (
            "emarket_az",
            "games-consoles",
            "PS4 Pro",
            "Satılmır, yalnız iPhone 12 və ya 13 ilə dəyişmə.",
            "ad.barter_only",
        ),
        ("jer_kz", "apartments-rent", "Sdam kvartiru", "Pishite v whatsapp, otvechu.", "contact.social"),
        ("khashuri_ge", "phones", "Zoommer - Samsung Galaxy A54", "ახალი", "title.company"),
        ("khashuri_ge", "phones", "Samsung Galaxy A34 — ტექნოპარკი", "ახალი", "title.company"),
    ]
    for profile, category, title, description, code in cases:
        assert code in codes(profile, category=category, title=title, description=description, price=500), title


def test_round_eleven_harmless_neighbours():
    rustaveli = codes(
        "khashuri_ge",
        category="apartments-rent",
        region="tbilisi",
        title="ბინა რუსთაველზე",
        description="გამზირიდან 3 წუთში",
    )
    assert "region.mismatch" not in rustaveli
    ambulance = codes("khashuri_ge", category="trucks", title="Mercedes Sprinter, ყოფილი სასწრაფო დახმარების მანქანა")
    assert "title.attention" not in ambulance
    hostel = codes("jer_kz", category="rooms", title="Место в хостеле", description="Оплата за месяц, без залога.")
    assert "ad.financial_scheme" not in hostel
