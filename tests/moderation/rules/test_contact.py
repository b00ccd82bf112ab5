"""contact.*: phones, e-mails, links and handles hidden in the text."""

from __future__ import annotations

import pytest

from moderation.rules.replay import ReplayContext

from .helpers import ad, codes, findings


@pytest.mark.parametrize(
    ("profile", "text"),
    [
        ("olx_kz", "Звоните 8 701 724 66 68"),
        ("olx_kz", "восемь семьсот один семьсот двадцать четыре шестьдесят шесть шестьдесят восемь"),
        ("olx_kz", "8-seven-0-one-724-66-68"),
        ("olx_kz", "8 7О1 724 66 68"),
        ("olx_kz", "8 701 🔥 724 🔥 66 🔥 68"),
        ("olx_kz", "+7 777 I23 45 67"),
        ("olx_kz", "8 тире 701 тире 555 тире 12 тире 34"),
        ("olx_kz", "сегіз жеті жүз бір жеті жүз жиырма төрт алпыс алты алпыс сегіз"),
        ("emarket_az", "Zəng: sıfır yetmiş üç yüz iyirmi bir əlli dörd yetmiş altı"),
        ("emarket_az", "Avtomobil ehtiyat hissələri, 123-45-67 zəng edin"),
        ("khashuri_ge", "ხუთი ცხრა ცხრა თორმეტი ოცდათოთხმეტი ორმოცდათექვსმეტი"),
        ("khashuri_ge", "+995 555 123 456"),
        ("olx_kz", "eight seven zero one seven two four six six six eight"),
    ],
)
def test_phone_in_any_disguise(profile, text):
    assert "contact.phone" in codes(profile, description=f"Диван хороший. {text}")


@pytest.mark.parametrize(
    "text",
    [
        "Цена 1 500 000 - 2 000 000 тг",
        "Площадь 120 м², год постройки 2015, этаж 5/9",
        "Объём 2.5, пробег 187 000 км, 2019 год",
        "Размеры 42 44 46 48 50",
        "IMEI 356789104512345, модель SM-A525F",
        "Кадастровый номер 20-311-045-123",
        "Двигатель 1998 см³, 150 л.с.",
        "Работаем с 9 до 20, доставка 2-3 дня",
    ],
)
def test_numbers_that_are_not_phones(text):
    assert "contact.phone" not in codes(description=text)


def test_phone_evidence_is_the_original_span():
    outcome = findings(description="Продаю. Звоните 8 7О1 724 66 68, Ирина")
    assert [v.evidence for v in outcome.violations if v.code == "contact.phone"] == ["8 7О1 724 66 68"]


@pytest.mark.parametrize(
    "text",
    [
        "ivan.petrov@mail.ru",
        "ivan at gmail dot com",
        "sale_almaty(собака)mail.ru",
        "elvin [at] yandex [dot] ru",
        "orders @ inbox . ru",
    ],
)
def test_email(text):
    assert "contact.email" in codes(description=f"Пишите {text}")


@pytest.mark.parametrize("text", ["meet at the gate", "собака породы хаски", "Почта России доставка"])
def test_not_email(text):
    assert "contact.email" not in codes(description=text)


@pytest.mark.parametrize(
    "text",
    [
        "https://shop.kz/item/1",
        "www.mebel.kz",
        "kolesa.kz",
        "mebeli . kz",
        "www techstore com",
        "tap.az-da",
        "bit.ly/3xYz",
    ],
)
def test_url(text):
    assert "contact.url" in codes(description=f"Смотрите {text}")


@pytest.mark.parametrize(
    "text", ["г. Алматы, ул. Абая", "объём 2.5 л", "Wi-Fi есть", "Node 5.0 версия", "т.к. переезжаю"]
)
def test_not_url(text):
    assert "contact.url" not in codes(description=text)


def test_social_handle_rejects_and_invitation_is_reviewed():
    outcome = findings(description="Instagram: @mebel_almaty")
    assert [(v.code, v.action.label) for v in outcome.violations] == [("contact.social", "reject")]
    outcome = findings(description="Пишите в вотсап, отвечу")
    assert [(v.code, v.action.label) for v in outcome.violations] == [("contact.social", "review")]
    assert "contact.social" not in codes(description="Есть доставка, звоните")
    assert "contact.social" not in codes(description="Telegram channel is not mine")


def test_third_party_contact():
    ctx = ReplayContext()
    ctx.apply(ad(id="x", user="other", contact_phone="+77017246600"), None, ctx.now)
    assert "contact.third_party" in codes(context=ctx, contact_phone="8 701 724 66 00")
    assert "contact.third_party" not in codes(context=ctx, contact_phone="8 701 724 66 01")
