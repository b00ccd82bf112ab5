"""Mechanisms added after the seventeenth fresh corpus: each test names the general case it pins."""

from __future__ import annotations

import pytest

from .helpers import codes, same


@pytest.mark.parametrize(
    ("profile", "category", "title", "description", "code"),
    [
        # a short Azerbaijani stem typed plain inside a phrase
        ("emarket_az", "pets", "Ov qusu lacin, ova oyredilib", "Lacin satilir, 2 yasi var.", "prohibited.wildlife"),
        # Russian typed in Latin letters asks to buy
        ("emarket_az", "appliances", "Kuplyu stiralnuyu mashinu", "Mozhno nerabochuyu.", "ad.wanted"),
        # discrimination by nationality, however many nations are listed before the verb
        (
            "emarket_az",
            "vacancies",
            "Anbardar tələb olunur",
            "Xəzər Tikinti MMC-yə anbardar tələb olunur. Ləzgi, talış və rus millətindən olanlar narahat etməsin.",
            "text.offensive",
        ),
        # recruiting friends for a cut of their sales
        (
            "olx_kz",
            "vacancies",
            "Менеджер по работе с клиентами",
            "Международной компании требуются менеджеры. Приглашайте друзей в команду и получайте процент с их продаж.",
            "job.mlm",
        ),
        # a generic place in the dative names no employer
        (
            "olx_kz",
            "vacancies",
            "Қызметкерлер қажет",
            "Кеңсеге қызметкерлер қажет, жалақы 250 000 теңгеден. Сұхбатқа келіңіз.",
            "job.missing_company",
        ),
        # "recruitment" is no trade
        (
            "twobe_ge",
            "vacancies",
            "Набор сотрудников, оплата ежедневно",
            "Строительная компания «ГрузСтрой» набирает людей на объект. Оплата каждый день.",
            "job.missing_position",
        ),
        # the ad filed on the wrong side of the deal
        ("olx_kz", "vacancies", "Ищу работу сварщиком", "Сварщик 5 разряда, опыт 10 лет.", "category.mismatch"),
        ("olx_kz", "resumes", "Требуется продавец-консультант", "ТОО «Alser», график 5/2.", "category.mismatch"),
        (
            "jer_kz",
            "apartments-sale",
            "1-комнатная квартира на длительный срок",
            "Сдаётся 1-комнатная квартира, 33 м². Оплата 110 000 в месяц.",
            "category.mismatch",
        ),
        (
            "khashuri_ge",
            "apartments-sale",
            "დაგეხმარებით ბინის გაყიდვაში",
            "ვარ სერტიფიცირებული რიელტორი. თუ ყიდით ბინას, დაგეხმარებით მყიდველის მოძებნაში.",
            "category.mismatch",
        ),
        # several flats, each with an area and a price in millions
        (
            "jer_kz",
            "apartments-sale",
            "Квартиры в Есильском районе от агентства",
            "1-комн. 40 м² — 24 млн; 2-комн. 62 м² — 36 млн; 3-комн. 85 м² — 49 млн.",
            "text.multiple_items",
        ),
        # the town in a flat's title is where the flat is, wherever the owners live
        (
            "khashuri_ge",
            "daily-rent",
            "Дом посуточно в Боржоми",
            "Сдается дом посуточно. Хозяева живут в Тбилиси, ключи передаст соседка.",
            "region.mismatch",
        ),
        # the monthly instalment typed as the price
        (
            "khashuri_ge",
            "tv-audio",
            "ტელევიზორი Samsung 55 დიუმი, 4K",
            "შესაძლებელია განვადებით — ფასის ველში მითითებულია ყოველთვიური შენატანი.",
            "price.partial",
        ),
    ],
)
def test_round_seventeen_violations_are_found(profile, category, title, description, code):
    found = codes(profile, category=category, title=title, description=description, price=100, region=_region(profile))
    assert code in found


def _region(profile: str) -> str:
    return {"khashuri_ge": "tbilisi", "twobe_ge": "tbilisi", "emarket_az": "baku"}.get(profile, "astana")


@pytest.mark.parametrize(
    ("profile", "category", "title", "description", "code"),
    [
        # plain Azerbaijani with a `q` is not Russian in Latin letters
        (
            "emarket_az",
            "building",
            "Universal acar desti",
            "Butun qifil novlerini acan universal acar desti. Qapida qalanda ustaya ehtiyac qalmir.",
            "text.translit",
        ),
        # a trade's goods in a job ad are sold by nobody
        (
            "khashuri_ge",
            "vacancies",
            "ფარმაცევტი ზესტაფონის აფთიაქში",
            "აფთიაქების ქსელი PSP ეძებს ფარმაცევტს. მოთხოვნები: მედიკამენტების ცოდნა.",
            "prohibited.medicines",
        ),
        # an agency names its licence as the ministry's registration number
        (
            "twobe_ge",
            "vacancies",
            "Сборщик клубники в Германии",
            "Агентство «ЕвроТрудГрузия» (регистрационный номер в Министерстве труда 0042-ЕМ) набирает сборщиков.",
            "job.abroad_license",
        ),
        # a dash cam is a car part and a camera
        ("emarket_az", "auto-parts", "Dash cam 70mai A500S with rear camera", "2K, GPS.", "category.mismatch"),
        ("olx_kz", "photo-video", "Видеорегистратор 70mai A500S", "Запись 2.7K, GPS-модуль.", "category.mismatch"),
        # moving house and a wardrobe's clothes rail are no second and third item
        (
            "olx_kz",
            "furniture",
            "Срочно продам шкаф-купе",
            "Переезжаем в другую квартиру, продаём шкаф-купе 2,4 м, зеркало на двери, внутри штанга и полки.",
            "text.multiple_items",
        ),
        # a microdistrict named after the capital, in the title of a flat elsewhere
        ("jer_kz", "apartments-sale", "1-комн. квартира, 35 м², мкр Астана", "Ремонт, мебель.", "region.mismatch"),
        # an MLM phrase needs a team: a salon's "bring a friend" discount is not one
        ("olx_kz", "beauty", "Маникюр, педикюр", "Приведите подругу и получите скидку 10%.", "job.mlm"),
    ],
)
def test_round_seventeen_harmless_neighbours(profile, category, title, description, code):
    region = "shymkent" if title.endswith("мкр Астана") else _region(profile)
    assert code not in codes(profile, category=category, title=title, description=description, price=100, region=region)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # brand and model in the other script, the same year, the price within 5 %
        (
            ("Hyundai Elantra 2015, газ-бензин", "Elantra 2015 года, двигатель 1.8, автомат.", 9800),
            ("Продаю Хендай Элантра 2015 года", "Хендай Элантра, 1.8 автомат, 142 тыс. км.", 9600),
        ),
        # three title words and the same price, no number needed
        (
            ("Samsung RB37 тоңазытқышы, екі камералы", "Samsung RB37J5000SA тоңазытқышы, биіктігі 2 метр.", 120000),
            ("Екі камералы Самсунг тоңазытқышын сатамын", "Самсунг тоңазытқышы, моделі RB37, биіктігі 2 м.", 120000),
        ),
        # two sizes of three digits; `თეთრეული` (bed linen) is no white colour
        (
            ("კუთხის დივანი, გასაშლელი", "ზომა 260x170 სმ, ქვეშ აქვს ყუთი თეთრეულისთვის.", 650),
            ("გასაშლელი კუთხის დივანი, ნაცრისფერი", "კუთხის დივანი, 260x170, აქვს სათავსო ყუთი.", 600),
        ),
    ],
)
def test_round_seventeen_same_products(first, second):
    assert same(first, second, "furniture")
