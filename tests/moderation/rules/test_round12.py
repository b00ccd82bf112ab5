"""Mechanisms added after the twelfth fresh corpus: each test names the general case it pins."""

from __future__ import annotations

import pytest

from .helpers import codes, vacancy


def test_a_place_in_the_locative_before_the_dative_is_no_employer():
    text = "Nərimanovda yerləşən kafeyə ofisiant lazımdır. İş saatı 11:00-23:00."
    assert "job.missing_company" in vacancy("Ofisiant tələb olunur", text, "emarket_az")


def test_a_vacancy_typed_without_azerbaijani_letters_names_its_employer_and_position():
    text = "Araz supermarketler sebekesi anbara qablasdirici axtarir. Is qrafiki 6/1, maas 550 AZN."
    found = vacancy("Araz supermarketler sebekesine qablasdirici teleb olunur", text, "emarket_az")
    assert not found & {"job.missing_company", "job.missing_position"}


def test_network_marketing_said_without_its_name():
    text = "Ты сам строишь свою команду, доход зависит от твоей структуры! Бонусы за приглашённых партнёров."
    assert "job.mlm" in vacancy("Администратор в офис", f"Компания «Гармония Life» приглашает. {text}")


def test_a_webcam_chat_model_is_a_prohibited_job_and_the_salary_in_its_title_no_price():
    found = codes(
        "olx_kz",
        category="vacancies",
        title="Модель веб-чата, девушки 18+, доход от 1 000 000",
        description="Студия «Lucky Girls» приглашает девушек онлайн-моделью.",
        price=1000000,
    )
    assert "job.prohibited" in found and "title.price" not in found


@pytest.mark.parametrize(
    ("profile", "category", "title", "description", "code"),
    [
        ("olx_kz", "kids", "Костюм ведьмочки на Хэллоуин, 5-6 лет", "Платье, шляпа и метла.", "prohibited.occult"),
        (
            "olx_kz",
            "sports",
            "Бластер Nerf Elite 2.0 + 30 патронов",
            "Детский, поролоновые патроны.",
            "prohibited.weapons",
        ),
        ("emarket_az", "pets", "Pişik balası, Britaniya cinsi", "2 aylıq, peyvəndi vurulub.", "category.mismatch"),
        ("emarket_az", "books", "Azərbaycanın Qırmızı Kitabı, 2-ci nəşr", "Ensiklopedik kitab.", "prohibited.wildlife"),
        ("emarket_az", "cars", "Lada 2107, 2010 il", "Maşın saz vəziyyətdədir.", "contact.phone"),
        (
            "khashuri_ge",
            "vacancies",
            "ბუღალტერი",
            "შპს „ხაშურის კომპანია“ ეძებს. სამუშაო საათები 10-18.",
            "text.advertising",
        ),
    ],
)
def test_round_twelve_harmless_neighbours(profile, category, title, description, code):
    assert code not in codes(profile, category=category, title=title, description=description, price=5000)


@pytest.mark.parametrize(
    ("profile", "category", "title", "description", "code"),
    [
        (
            "jer_kz",
            "rooms",
            "Прописка в Астане",
            "Сделаю постоянную или временную прописку за 1 день.",
            "prohibited.documents",
        ),
        ("khashuri_ge", "appliances", "სარეცხი მანქანა Bosch — მაღაზია ელიტ ელექტრონიქსი", "ახალი", "title.company"),
        (
            "khashuri_ge",
            "vacancies",
            "დამატებითი შემოსავალი სახლიდან",
            "გამოიმუშავე სახლიდან გაუსვლელად!",
            "job.dubious",
        ),
        ("twobe_ge", "apartments-rent", "Сдаю квартиру", "Цыганам и курдам не сдаю, не звоните.", "text.offensive"),
        (
            "emarket_az",
            "apartments-rent",
            "Mənzil kirayə",
            "Qaraçılara və başqa millətlərə vermirik.",
            "text.offensive",
        ),
        ("emarket_az", "tv-audio", "Саундбар Samsung", "Звоните 0 5 0 - З 2 1 - 4 4 - 9 О", "contact.phone"),
        (
            "jer_kz",
            "apartments-sale",
            "Агентство «Жилстрой Сервис»",
            "Продажа, аренда, обмен, юридическое сопровождение.",
            "category.mismatch",
        ),
    ],
)
def test_round_twelve_violations_are_found(profile, category, title, description, code):
    assert code in codes(profile, category=category, title=title, description=description, price=5000)
