"""duplicate.*, edit.*, account.*, category.mismatch, region.mismatch"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from moderation.rules.context import RuleContext
from moderation.rules.replay import ReplayContext
from moderation.rules.types import ImageSnapshot

from .helpers import ad, codes

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def _ctx(*ads_at):
    ctx = ReplayContext()
    for snap, at in ads_at:
        ctx.apply(snap, None, at)
    ctx.now = T0 + dt.timedelta(days=3)
    return ctx


def test_same_user_duplicate_and_its_limits():
    ctx = _ctx((ad(id="a", title="Apple iPhone 5S Black, 32 GB", category="phones"), T0))
    assert "duplicate.same_user" in codes(
        context=ctx, id="b", title="Apple iPhone 5S Black 32GB", category="phones", region="ganja"
    )
    assert "duplicate.same_user" not in codes(
        context=ctx, id="b", title="Apple iPhone 5S Gold, 16 GB", category="phones"
    )
    assert "duplicate.same_user" not in codes(
        context=ctx, id="b", user="u2", title="Apple iPhone 5S Black, 32 GB", category="phones"
    )
    ctx.now = T0 + dt.timedelta(days=40)
    assert "duplicate.same_user" not in codes(
        context=ctx, id="b", title="Apple iPhone 5S Black, 32 GB", category="phones"
    )


def test_cross_account_respects_agency_allowance():
    text = "Продаётся 2-комнатная квартира 65 м² в ЖК Хайвил, 9 этаж, евроремонт, мебель, паркинг, закрытый двор."
    ctx = _ctx(
        *[
            (
                ad(
                    id=f"x{k}",
                    user=f"agent{k}",
                    category="apartments-sale",
                    title="2-комнатная, Хайвил",
                    description=text,
                ),
                T0,
            )
            for k in range(3)
        ]
    )
    assert "duplicate.cross_account" in codes(
        "olx_kz", ctx, category="apartments-sale", title="2-комнатная, Хайвил", description=text
    )
    assert "duplicate.cross_account" in codes(
        "jer_kz", ctx, category="apartments-sale", title="2-комнатная, Хайвил", description=text
    )
    ctx2 = _ctx(
        *[
            (
                ad(
                    id=f"x{k}",
                    user=f"agent{k}",
                    category="apartments-sale",
                    title="2-комнатная, Хайвил",
                    description=text,
                ),
                T0,
            )
            for k in range(2)
        ]
    )
    assert "duplicate.cross_account" not in codes(
        "jer_kz", ctx2, category="apartments-sale", title="2-комнатная, Хайвил", description=text
    )


def test_repost_and_restore():
    ctx = _ctx((ad(id="w", title="Tissot qol saatı", description="Tissot PRX, orijinal.", price=500), T0))
    ctx.ads["w"].status, ctx.ads["w"].deleted_at = "deleted", T0 + dt.timedelta(days=1)
    assert "duplicate.repost" in codes(
        "emarket_az", ctx, id="w2", title="Tissot qol saatı", description="Tissot PRX, orijinal.", price=500
    )
    assert "duplicate.repost" not in codes(
        "emarket_az", ctx, id="w2", title="Tissot qol saatı", description="Tissot PRX.", price=350
    )
    active = _ctx((ad(id="p2", title="Playstation 3 Slim 500GB"), T0))
    assert "duplicate.restore" in codes(context=active, id="p1", title="Playstation 3 Slim, 500GB", action="restore")
    assert "duplicate.restore" not in codes(context=active, id="p1", title="Xbox 360", action="restore")


def test_general_and_parts():
    ctx = _ctx((ad(id="g", category="repair-services", title="Evlərin və ofislərin təmiri"), T0))
    assert "duplicate.general_and_parts" in codes(
        "emarket_az", ctx, category="repair-services", title="Santexnik xidməti", price=20
    )
    assert "duplicate.general_and_parts" not in codes(
        "emarket_az", ctx, category="repair-services", title="Kompüter təmiri ustası", price=20
    )


def test_edits():
    prev = ad(
        title="Samsung Galaxy S20",
        category="phones",
        description="Telefon yaxşı vəziyyətdədir.",
        images=[{"path": "a", "sha256": "1"}],
    )
    swap = replace(
        ad(title="Künc divan", description="Divan açılır.", action="edit", images=[{"path": "b", "sha256": "2"}]),
        previous=prev,
    )
    from moderation.rules.engine import check
    from moderation.rules.profiles import get_profile

    assert "edit.product_swap" in {v.code for v in check(swap, get_profile("emarket_az")).violations}
    same = replace(prev, action="edit", price=None, description="Telefon yaxşı vəziyyətdədir, endirim.", previous=prev)
    assert "edit.product_swap" not in {v.code for v in check(same, get_profile("emarket_az")).violations}
    moved = replace(
        ad(category="apartments-sale", title="1-комнатная", region="almaty", action="edit"),
        previous=ad(category="apartments-sale", title="1-комнатная", region="astana"),
    )
    assert "edit.region" in {v.code for v in check(moved, get_profile("jer_kz")).violations}
    assert "edit.region" not in {v.code for v in check(moved, get_profile("olx_kz")).violations}


class _Accounts(RuleContext):
    def is_blacklisted(self, *, phone="", email=""):
        return phone.endswith("6668") or email == "bad@mail.kz"

    def account_is_blocked(self, user_id):
        return user_id == "blocked"

    def linked_accounts(self, user_id):
        return ["twin"] if user_id == "u1" else []

    def active_ads_count(self, user_id):
        return 50


def test_accounts():
    ctx = _Accounts()
    assert "account.blacklisted" in codes(context=ctx, contact_phone="+77017246668")
    assert "account.blacklisted" in codes(context=ctx, contact_email="bad@mail.kz", user="u9")
    assert "account.blocked" in codes(context=ctx, user="blocked")
    assert "account.linked" in codes(context=ctx)
    assert "account.limit" in codes("emarket_az", ctx, price=100)
    assert "account.limit" not in codes("olx_kz", ctx)
    assert not {c for c in codes(user="u9") if c.startswith("account.")}


def test_placement():
    assert "category.mismatch" in codes(category="furniture", title="iPhone 13 Pro 256 GB")
    assert "category.mismatch" not in codes(category="phones", title="iPhone 13 Pro 256 GB")
    assert "category.mismatch" not in codes(category="repair-services", title="Ремонт телефонов и ноутбуков")
    assert "category.mismatch" in codes(
        "jer_kz", category="apartments-sale", title="Квартира", description="Оказываю риелторские услуги."
    )
    assert "region.mismatch" in codes(
        "khashuri_ge", category="apartments-sale", title="1-ოთახიანი ბინა ხაშურში", region="tbilisi"
    )
    assert "region.mismatch" not in codes(
        "khashuri_ge", category="apartments-sale", title="1-ოთახიანი ბინა ხაშურში", region="khashuri"
    )
    assert "region.mismatch" in codes(
        category="apartments-rent", title="Квартира", description="Квартира в Астане.", region="almaty"
    )
    assert "region.mismatch" not in codes(
        category="furniture", title="Диван", description="Привезён из Астаны.", region="almaty"
    )
    assert "region.mismatch" not in codes(
        category="apartments-sale", title="Квартира", description="Семена и рассада во дворе, семья.", region="almaty"
    )
    assert "region.mismatch" not in codes(title="Диван", description="Пишите @astana_mebel", region="almaty")


def test_image_hashes_count_for_cross_account():
    pic = (ImageSnapshot(path="p.jpg", sha256="abc"),)
    ctx = _ctx((replace(ad(id="o", user="other", title="Стол"), images=pic), T0))
    assert "duplicate.cross_account" in codes(
        context=ctx, title="Другой стол", images=[{"path": "q.jpg", "sha256": "abc"}]
    )
