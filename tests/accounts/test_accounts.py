from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import User
from accounts.services import normalise_phone


@pytest.mark.parametrize(
    ("raw", "country", "expected"),
    [
        ("8 701 724 66 68", "KZ", "+77017246668"),
        ("+7 (701) 724-66-68", "AZ", "+77017246668"),
        ("050 123 45 67", "AZ", "+994501234567"),
        ("555 12 34 56", "GE", "+995555123456"),
        ("", "KZ", ""),
    ],
)
def test_phone_is_normalised_to_e164(raw, country, expected):
    assert normalise_phone(raw, country=country) == expected


@pytest.mark.parametrize("raw", ["12345", "not a phone", "+7 000 000 00 00"])
def test_bad_phone_is_refused(raw):
    with pytest.raises(ValidationError):
        normalise_phone(raw, country="KZ")


def test_signup_requires_email_confirmation_before_posting(client, db):
    response = client.post(
        reverse("account_signup"),
        {"email": "New@Example.com", "password1": "a-long-password-1", "password2": "a-long-password-1"},
    )
    assert response.status_code == 302
    user = User.objects.get()
    assert user.email == "new@example.com"
    assert user.language == "ru"  # e-mails to this seller are written in the language they signed up in
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1

    link = next(line for line in mail.outbox[0].body.splitlines() if "/accounts/confirm-email/" in line).strip()
    path = link[link.index("/accounts/") :]
    client.post(path)
    assert EmailAddress.objects.get(user=user).verified
    assert client.get(reverse("listings:create")).status_code == 200


def test_profile_phone_saved_in_e164(client, seller):
    client.force_login(seller)
    response = client.post(
        reverse("accounts:profile"), {"name": "Aigerim", "phone": "8 (701) 724-66-68", "language": "kk"}
    )
    assert response.status_code == 302
    seller.refresh_from_db()
    assert (seller.name, seller.phone, seller.language) == ("Aigerim", "+77017246668", "kk")


def test_profile_bad_phone_keeps_the_form(client, seller):
    client.force_login(seller)
    response = client.post(reverse("accounts:profile"), {"name": "Aigerim", "phone": "123", "language": "kk"})
    assert response.status_code == 200
    assert response.context["form"].errors["phone"]
    assert 'value="Aigerim"' in response.content.decode()


def test_admin_login_is_rate_limited(client, db):
    User.objects.create_superuser(email="admin@example.com", password="right-password-1")
    codes = [
        client.post("/admin/login/", {"username": "admin@example.com", "password": f"wrong-{i}"}).status_code
        for i in range(7)
    ]
    assert codes[:5] == [200] * 5
    assert codes[-1] == 429
    # Even the right password is refused while the limit holds.
    assert (
        client.post("/admin/login/", {"username": "admin@example.com", "password": "right-password-1"}).status_code
        == 429
    )


def test_allauth_login_is_rate_limited(client, make_user):
    make_user("limited@example.com")
    for i in range(6):
        client.post(reverse("account_login"), {"login": "limited@example.com", "password": f"wrong-{i}"})
    # After too many failures even the right password does not log in for a while.
    response = client.post(reverse("account_login"), {"login": "limited@example.com", "password": "a-long-password-1"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
