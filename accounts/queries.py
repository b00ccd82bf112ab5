"""Reads on accounts, for the other apps."""

from __future__ import annotations

from allauth.account.models import EmailAddress

from .models import User


def has_verified_email(user: User) -> bool:
    if not user.is_authenticated:
        return False
    return EmailAddress.objects.filter(user=user, verified=True).exists()
