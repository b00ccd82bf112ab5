"""prohibited.* and job.*"""

from __future__ import annotations

import pytest

from .helpers import codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Продам пистолеты Макарова", "prohibited.weapons"),
        ("Пистолета два, травмат", "prohibited.weapons"),
        ("Продаю п1столет", "prohibited.weapons"),
        ("tapança satılır", "prohibited.weapons"),
        ("Gun for sale", "prohibited.weapons"),
        ("იყიდება პისტოლეტი", "prohibited.weapons"),
        ("Антирадар Sho-Me", "prohibited.surveillance"),
        ("Мефедрон, быстрая доставка", "prohibited.drugs"),
        ("Виагра 100 мг", "prohibited.medicines"),
        ("Самогонный аппарат", "prohibited.alcohol_tobacco"),
        ("Напишу курсовую работу", "prohibited.documents"),
        ("Скрутка пробега", "prohibited.documents"),
        ("Асик майнер", "prohibited.currency"),
        ("Продам аккаунт Steam", "prohibited.accounts"),
        ("Сумка Louis Vuitton, люкс копия", "prohibited.counterfeit"),
        ("Приворот, гадание на таро", "prohibited.occult"),
        ("Электроудочка мощная", "prohibited.poaching"),
        ("Ношеные трусики", "prohibited.underwear"),
        ("Ключ-вездеход для домофонов", "prohibited.keys"),
    ],
)
def test_prohibited_hits(text, code):
    assert code in codes(title=text)


@pytest.mark.parametrize(
    "text",
    [
        "Водяной пистолет детский",
        "Пистолет для монтажной пены",
        "Hot glue gun 40W",
        "Nerf water guns",
        "Пистолет-распылитель для краски",
        "Патрон для лампы E27",
        "Перфоратор, патрон SDS-plus",
        "Köpük tapançası",
        "წყლის პისტოლეტი",
        "Массажный пистолет Xiaomi",
        "Диски реплика R17",
        "Монеты СССР для нумизматов",
        "Бокалы для вина",
        "Сетка рабица 1.5 м",
        "Универсальный гаечный ключ",
    ],
)
def test_harmless_neighbours(text):
    assert not {c for c in codes(title=text) if c.startswith("prohibited.")}


def test_georgian_legal_goods():
    assert "prohibited.alcohol_tobacco" not in codes("khashuri_ge", title="ღვინო და ჭაჭა")
    assert "prohibited.alcohol_tobacco" in codes("olx_kz", title="Домашнее вино и самогон")
    assert "prohibited.weapons" in codes("twobe_ge", title="Травматический пистолет")


def test_jobs():
    assert "job.missing_company" in codes(
        category="vacancies", title="Требуется продавец", description="Зарплата 200 000."
    )
    assert "job.missing_company" not in codes(
        category="vacancies", title="Продавец в ТОО «Альфа»", description="Зарплата 200 000."
    )
    assert "job.missing_company" not in codes(category="resumes", title="Ищу работу продавца")
    assert "job.missing_position" in codes(
        category="vacancies", title="Работа в ТОО «Альфа»", description="Хорошие условия."
    )
    assert "job.dubious" in codes(
        category="vacancies", title="Работа на дому", description="Без вложений, обработка email."
    )
    assert "job.prohibited" in codes(category="vacancies", title="Вебкам модель", description="Студия «Люкс».")
    assert "job.mlm" in codes(
        category="vacancies", title="Менеджер", description="Компания Oriflame, сетевой маркетинг."
    )
    assert "job.mlm" not in codes(
        category="network-marketing", title="Консультант Oriflame", description="Сетевой маркетинг."
    )
    assert "job.abroad_license" in codes(
        category="vacancies", title="Сварщики в Польшу", description="Компания «ЕвроТруд», работа в Польше."
    )
    assert "job.abroad_license" not in codes(
        category="vacancies",
        title="Сварщики в Польшу",
        description="Компания «ЕвроТруд», лицензия № 0012345, работа в Польше.",
    )
    assert "job.dubious" not in codes(
        category="furniture", title="Работа на дому", description="Столик для работы на дому"
    )
