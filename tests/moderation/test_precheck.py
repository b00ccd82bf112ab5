"""The live pre-check endpoint: the same text rules, reasons in the seller's language."""

from __future__ import annotations

from django.urls import reverse


def test_precheck_names_each_violation_with_its_reason(seller_client):
    response = seller_client.post(
        reverse("moderation:live_check"),
        {
            "category": "phones",
            "title": "SAMSUNG Galaxy J2 Prime",
            "description": "звоните 8 701 724 66 68",
            "price": "45000",
        },
        HTTP_ACCEPT_LANGUAGE="ru",
    )
    answer = response.json()
    found = {(v["code"], v["field"], v["evidence"]) for v in answer["violations"]}
    assert ("contact.phone", "description", "8 701 724 66 68") in found
    assert ("title.caps", "title", "SAMSUNG") in found
    phone = next(v for v in answer["violations"] if v["code"] == "contact.phone")
    assert phone["title"] == "Телефон в тексте"
    assert answer["decision"] == "reject"


def test_precheck_of_clean_text_is_empty(seller_client):
    response = seller_client.post(
        reverse("moderation:live_check"),
        {
            "category": "phones",
            "title": "Samsung Galaxy J2 Prime, 16 GB",
            "description": "Phone in good condition, 2019, with charger.",
            "price": "45000",
        },
    )
    assert response.json()["violations"] == []


def test_precheck_speaks_the_sellers_language(seller_client):
    seller_client.cookies["django_language"] = "kk"
    answer = seller_client.post(
        reverse("moderation:live_check"),
        {"category": "phones", "title": "iPhone", "description": "пишите shop@mail.kz"},
    ).json()
    email = next(v for v in answer["violations"] if v["code"] == "contact.email")
    from moderation.rules.reasons import reason

    assert email["title"] == reason("contact.email", "kk")[0]


def test_precheck_needs_a_login(client, db):
    response = client.post(reverse("moderation:live_check"), {"title": "x"})
    assert response.status_code == 302


def test_precheck_reads_a_typed_price_as_the_batch_does(seller_client, settings):
    settings.MARKETPLACE_POLICY = "twobe_ge"
    form = {"category": "furniture", "title": "Стенка для гостиной", "description": "Стенка из 4 секций."}

    def codes(price: str) -> set[str]:
        answer = seller_client.post(reverse("moderation:live_check"), {**form, "price": price}).json()
        return {v["code"] for v in answer["violations"]}

    assert "price.words" not in codes("850 лари")  # a number and its currency
    assert "price.words" in codes("договорная")
    assert "price.not_whole" in codes("12,5 лари")
