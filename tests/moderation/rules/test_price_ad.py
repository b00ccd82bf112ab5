"""price.* and ad.*"""

from __future__ import annotations

from decimal import Decimal

from moderation.rules.context import RuleContext

from .helpers import codes, findings


def test_conditional_price_is_fixed_in_olx_and_rejected_elsewhere():
    outcome = findings("olx_kz", category="phones", title="iPhone 14", price=1)
    assert outcome.decision == "fix" and outcome.changes == {"price": None, "price_kind": "negotiable"}
    assert findings("emarket_az", category="phones", title="iPhone 14", price=1, currency="AZN").decision == "reject"
    assert "price.conditional" not in codes("olx_kz", category="phones", title="iPhone 14", price=250000)
    assert "price.conditional" in codes("olx_kz", category="cars", title="Toyota Camry", price=5000)
    assert "price.conditional" not in codes("olx_kz", category="vacancies", title="Продавец", price=1)


def test_words_not_whole_currency_missing():
    assert "price.words" in codes("twobe_ge", price="договорная")
    assert "price.words" not in codes("twobe_ge", price="1500")
    assert "price.words" not in codes("olx_kz", price="договорная")
    assert "price.not_whole" in codes("twobe_ge", price=150.5)
    assert "price.not_whole" not in codes("twobe_ge", price=150)
    assert "price.not_whole" not in codes("khashuri_ge", price=150.5)
    assert "price.currency" in codes("emarket_az", price=900, currency="USD")
    assert "price.currency" not in codes("emarket_az", price=900, currency="AZN")
    assert "price.missing" in codes("emarket_az", category="phones", title="Samsung A34")
    assert "price.missing" not in codes("emarket_az", category="kids", title="Uşaq paltarları", price_kind="free")
    assert "price.missing" not in codes("emarket_az", category="vacancies", title="Satıcı tələb olunur, «Bravo»")


def test_partial_only_when_the_price_is_the_instalment():
    assert "price.partial" in codes(
        "twobe_ge",
        category="appliances",
        title="Стиральная машина",
        description="Платите 90 в месяц, 10 месяцев.",
        price=90,
    )
    assert "price.partial" not in codes(
        "twobe_ge", category="appliances", title="Стиральная машина", description="Рассрочка, 90 в месяц.", price=900
    )
    assert "price.partial" not in codes(
        "twobe_ge", category="apartments-rent", title="Сдам квартиру", description="900 в месяц", price=900
    )


class _Prices(RuleContext):
    def comparable_prices(self, snapshot):
        return [Decimal(p) for p in (1800, 1900, 2000, 1950)]


def test_unrealistic_needs_comparables():
    assert "price.unrealistic" in codes("emarket_az", _Prices(), category="phones", title="iPhone 15 Pro", price=200)
    assert "price.unrealistic" not in codes(
        "emarket_az", _Prices(), category="phones", title="iPhone 15 Pro", price=1700
    )
    assert "price.unrealistic" not in codes("emarket_az", category="phones", title="iPhone 15 Pro", price=200)


def test_ad_kinds():
    assert "ad.wanted" in codes("emarket_az", title="Alıram iPhone 12", price=500)
    assert "ad.wanted" not in codes("emarket_az", title="iPhone 12", description="Куплен в 2022 году.", price=500)
    assert "ad.wanted" not in codes("olx_kz", title="Куплю iPhone 12")
    assert "ad.barter_only" in codes("emarket_az", title="Меняю ноутбук", description="Только обмен.")
    assert "ad.barter_only" not in codes(
        "emarket_az", title="Samsung S22", description="Barter də mümkündür.", price=700
    )
    assert "ad.auction" in codes("olx_kz", title="Розыгрыш iPhone 15")
    assert "ad.auction" not in codes(
        "olx_kz", category="cars", title="Land Cruiser", description="С японского аукциона, аукционный лист есть."
    )
    assert "ad.auction" not in codes("khashuri_ge", title="Розыгрыш iPhone 15")
    assert "ad.financial_aid" in codes("olx_kz", title="Ищу спонсора")
    assert "ad.financial_aid" not in codes("emarket_az", title="Ищу спонсора", price=10)
    assert "ad.financial_scheme" in codes(title="Заработок без вложений", description="Пассивный доход каждый день")
    assert "ad.financial_scheme" not in codes(category="cars", title="Toyota", description="Возможен кредит в банке.")
