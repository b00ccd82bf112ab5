"""Mechanisms added after the sixteenth fresh corpus: each test names the general case it pins."""

from __future__ import annotations

import pytest

from moderation.rules.profiles import get_profile
from moderation.rules.replay import replay, snapshot_from_line

from .helpers import codes, same


@pytest.mark.parametrize(
    ("profile", "category", "title", "description", "code"),
    [
        # a keyword tail: the same word again, in the other script, misspelt
        (
            "olx_kz",
            "clothes-shoes",
            "Кроссовки Nike Air Max 90, 42 размер",
            "Новые, бирки на месте. nike найк найки кроссовки кросовки кроссы adidas адидас puma пума оригинал кеды",
            "text.stuffing",
        ),
        (
            "jer_kz",
            "daily-rent",
            "Квартира на сутки, левый берег",
            "Однокомнатная. посуточно астана квартира посуточно квартиры на сутки жильё посуточно недорого хостел",
            "text.stuffing",
        ),
        # realtor services filed as a flat for sale
        (
            "jer_kz",
            "apartments-sale",
            "Продам вашу квартиру быстро и дорого",
            "Риелтор с опытом. Оценка, показы, сопровождение сделки.",
            "category.mismatch",
        ),
        # tyres filed under cars
        ("khashuri_ge", "cars", "Nokian ზამთრის რეზინი 205/55/16", "4 ცალი, ერთი ზამთარი.", "category.mismatch"),
        # Kazakh number words typed without the Kazakh letters
        (
            "olx_kz",
            "furniture",
            "Диван-кровать сатылады",
            "Номерим: сегиз, жети жуз жети, уш жуз он еки, кырык бес, токсан.",
            "contact.phone",
        ),
        # a number announced as one, in a range phonenumbers does not know allocated
        ("twobe_ge", "apartments-rent", "Сдается квартира", "Евроремонт. ЗВОНИТЬ 5ЗЗ 7О 18 46", "contact.phone"),
        # from home, a few hours a day, no experience: bait even under a company's name
        (
            "emarket_az",
            "vacancies",
            "Onlayn operator – evdən iş",
            "Global Online Group şirkətinə evdən əməkdaşlar lazımdır. Gündə 2-3 saat, təcrübə tələb olunmur.",
            "job.dubious",
        ),
        # who may apply or rent, by nationality
        (
            "emarket_az",
            "vacancies",
            "Yük maşını sürücüsü",
            "Baku Cargo MMC-yə sürücü tələb olunur. Milliyyəti talış və ləzgi olanlar müraciət etməsin.",
            "text.offensive",
        ),
        (
            "khashuri_ge",
            "apartments-rent",
            "ქირავდება 1-ოთახიანი ბინა",
            "მხოლოდ ქართველ ოჯახზე, სხვა ეროვნების ხალხი ნუ დარეკავს.",
            "text.offensive",
        ),
        # a service under a quoted name
        (
            "twobe_ge",
            "repair-services",
            "Шиномонтаж «Автопрофи» — балансировка",
            "Шиномонтаж легковых, ремонт проколов.",
            "title.company",
        ),
        (
            "khashuri_ge",
            "repair-services",
            "მაცივრების შეკეთება — სერვის ცენტრი „ფროსტ მასტერი“",
            "ვაკეთებთ მაცივრების შეკეთებას.",
            "title.company",
        ),
        # slang and trade names
        ("olx_kz", "sports", "Макарыч под резину", "Ствол чистый, два магазина.", "prohibited.weapons"),
        (
            "olx_kz",
            "sports",
            "Курс на массу",
            "Тест-Э 250 и стана в таблетках. Подскажу схему и ПКТ.",
            "prohibited.medicines",
        ),
        (
            "olx_kz",
            "sports",
            "Аппарат «Ихтиандр» 12 В",
            "Сачок-электрод в комплекте, рыба всплывает сама.",
            "prohibited.poaching",
        ),
        ("khashuri_ge", "collectibles", "საახალწლო სალიუტი, 100 ზალპი", "დამრჩა 20 ყუთი.", "prohibited.pyrotechnics"),
        (
            "emarket_az",
            "equipment",
            "Evdən qazanc",
            "Sadəcə 20 AZN yatır, dostlarını dəvət et və hər dəvətə görə bonus qazan.",
            "ad.financial_scheme",
        ),
        (
            "khashuri_ge",
            "vacancies",
            "Female translators for an international marriage agency",
            "Agency 'Eternal Love' is looking for girls to chat with foreign men. Work in our office.",
            "job.prohibited",
        ),
    ],
)
def test_round_sixteen_violations_are_found(profile, category, title, description, code):
    assert code in codes(profile, category=category, title=title, description=description, price=100)


@pytest.mark.parametrize(
    ("profile", "category", "title", "description", "code"),
    [
        ("olx_kz", "computers", "Видеокарта MSI RTX 3060 12GB", "Игровая, в майнинге не была.", "prohibited.currency"),
        ("olx_kz", "computers", "Видеокарта RX 580", "Без майнинга, коробка есть.", "prohibited.currency"),
        (
            "jer_kz",
            "apartments-rent",
            "1-комнатная квартира на длительный срок",
            "✅ Свежий ремонт\n✅ Вся мебель и техника\n✅ Рядом школа и садик\nСдаём на год.",
            "text.emoji",
        ),
        (
            "emarket_az",
            "games-consoles",
            "Sony PlayStation VR2",
            "PS5 üçün, iki kontroller. Az istifadə olunub.",
            "contact.url",
        ),
        (
            "emarket_az",
            "vacancies",
            "Sürücü",
            "Baku Cargo MMC-yə sürücü tələb olunur. Rus dilini bilməyənlər müraciət etməsin.",
            "text.offensive",
        ),
        (
            "khashuri_ge",
            "apartments-rent",
            "ქირავდება 2-ოთახიანი ბინა",
            "ქირავდება ბინა ბორჯომის ქუჩაზე, 55 კვ.მ.",
            "region.mismatch",
        ),
        (
            "khashuri_ge",
            "vacancies",
            "სეზონური მუშა მარწყვის კრეფაზე, გერმანია",
            "შპს „ლეიბორ ბრიჯი“ იწვევს სეზონურ მუშებს. სააგენტოს ლიცენზია № 04/117-ლ.",
            "job.missing_position",
        ),
        ("olx_kz", "auto-parts", "Радиатор Land Cruiser 200", "Оригинал Denso, номер 16400-38230.", "contact.phone"),
        # a long price list is not a keyword tail
        (
            "twobe_ge",
            "furniture",
            "Распродажа вещей при переезде",
            "телевизор Samsung 43 — 400 лари, микроволновка LG — 120 лари, пылесос Philips — 150 лари, утюг — 40 лари",
            "text.stuffing",
        ),
        # an ordinary vacancy from home, named employer, no bait
        (
            "emarket_az",
            "vacancies",
            "Call-mərkəz operatoru (evdən)",
            "Azercell call-mərkəzinə operator tələb olunur. İş qrafiki 09:00-18:00, təcrübə tələb olunmur.",
            "job.dubious",
        ),
    ],
)
def test_round_sixteen_harmless_neighbours(profile, category, title, description, code):
    assert code not in codes(profile, category=category, title=title, description=description, price=100)


def test_a_broken_phone_priced_low_is_not_unrealistic():
    lines = [
        {"id": f"p{i}", "user": f"u{i}", "category": "phones", "title": "iPhone 15 Pro 256GB", "price": price}
        for i, price in enumerate((2050, 2100, 2200))
    ]
    lines += [
        {"id": "broken", "user": "u8", "category": "phones", "title": "iPhone 15 Pro 256GB, ekranı sınıq",
         "description": "Ekran sınıqdır, ehtiyat hissə kimi satılır.", "price": 600},
        {"id": "scam", "user": "u9", "category": "phones", "title": "iPhone 15 Pro 256GB, yeni", "price": 350},
    ]  # fmt: skip
    found = {line["id"]: {v.code for v in out.violations} for line, _, out in replay(lines, get_profile("emarket_az"))}
    assert "price.unrealistic" not in found["broken"]
    assert "price.unrealistic" in found["scam"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # same model numbers and price, re-worded and in another language
        (
            ("Apple iPhone 14 Pro, 256 ГБ, Deep Purple", "Идеал, аккумулятор 91%.", 420000),
            ("iPhone 14 Pro 256gb фиолетовый, как новый", "Батарея 91%, коробка и кабель.", 420000),
        ),
        # same price, alike titles, half the description shared
        (
            ("Tissot PRX qol saatı", "Tissot PRX Powermatic 80, polad korpus, 40 mm. Qutusu və sənədləri var.", 650),
            ("Tissot PRX kişi saatı, orijinal", "İsveçrə istehsalı Tissot PRX Powermatic 80, 40 mm, polad.", 650),
        ),
        # model and price agree (within 5 %)
        (
            ("Sony PlayStation 5 Slim, с дисководом", "Два геймпада DualSense, диски FIFA 24 и Spider-Man 2.", 260000),
            ("PS5 Slim дисковая версия + 2 джойстика", "В комплекте два DualSense и две игры на дисках.", 255000),
        ),
        # the same sizes again
        (
            ("Шкаф-купе с зеркалом, 2 двери", "Ширина 180 см, высота 240 см, глубина 60 см.", 450),
            ("Шкаф-купе 180 см, зеркальный", "Снова продаю шкаф-купе: 180×240×60 см, штанга и шесть полок.", 400),
        ),
    ],
)
def test_reworded_products_are_the_same(first, second):
    assert same(first, second, "phones")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("iPhone 13 128GB", "Батарея 90%.", 300000), ("iPhone 13 Pro 128GB", "Батарея 88%.", 310000)),
        (("Шкаф-купе 180 см", "180×240×60 см.", 400), ("Комод 3 ящика", "Ширина 80, высота 90, глубина 45 см.", 400)),
    ],
)
def test_other_models_of_one_line_are_not_the_same(first, second):
    assert not same(first, second, "phones")


def test_an_edit_that_keeps_only_numbers_and_units_swaps_the_product():
    before = {
        "id": "car",
        "user": "u1",
        "category": "cars",
        "title": "Opel Astra 2008, mexanika",
        "description": "Mühərrik 1.6 benzin. Yürüş 260 000 km.",
        "price": 8200,
    }
    after = {**before, "title": "Kia Rio 2015, avtomat", "description": "Kia Rio 1.4, avtomat. Yürüş 120 000 km.",
             "action": "edit"}  # fmt: skip
    outcomes = [out for _, _, out in replay([before, after], get_profile("emarket_az"))]
    assert "edit.product_swap" in {v.code for v in outcomes[1].violations}


def test_eleven_ads_in_one_category_in_30_days_pass_the_limit_under_emarket_az():
    lines = [
        {"id": f"a{i}", "user": "dealer", "category": "phones", "title": f"Phone model X{i}0", "price": 100 + i,
         "at": f"2026-09-{i + 1:02d}T10:00:00Z"}
        for i in range(11)
    ]  # fmt: skip
    found = [{v.code for v in out.violations} for _, _, out in replay(lines, get_profile("emarket_az"))]
    assert not any("account.limit" in f for f in found[:10])
    assert "account.limit" in found[10]
    olx = [{v.code for v in out.violations} for _, _, out in replay(lines, get_profile("olx_kz"))]
    assert not any("account.limit" in f for f in olx)


@pytest.mark.parametrize(("typed", "price"), [("850 лари", 850), ("45 000 тг", 45000), ("12,5", 12.5)])
def test_a_typed_price_with_its_currency_is_a_number(typed, price):
    snapshot = snapshot_from_line({"id": "a", "user": "u", "category": "furniture", "title": "Стенка", "price": typed})
    assert float(snapshot.price) == price
    assert "price.words" not in codes("twobe_ge", category="furniture", title="Стенка", price=typed)
