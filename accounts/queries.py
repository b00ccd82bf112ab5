"""Reads on accounts, for the other apps."""

from __future__ import annotations

from allauth.account.models import EmailAddress

from .models import User


def has_verified_email(user: User) -> bool:
    if not user.is_authenticated:
        return False
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def users_with_contact(*, phone: str = "", email: str = "") -> list[int]:
    """Ids of accounts whose profile phone (E.164) or e-mail (any case, any of their addresses) matches."""

    ids: set[int] = set()
    if phone:
        ids |= set(User.objects.filter(phone=phone).values_list("pk", flat=True))
    if email:
        ids |= set(User.objects.filter(email__iexact=email).values_list("pk", flat=True))
        ids |= set(EmailAddress.objects.filter(email__iexact=email).values_list("user_id", flat=True))
    return sorted(ids)


def contacts_of(user_id: int) -> tuple[str, list[str]]:
    """The account's profile phone and all its e-mail addresses."""
    user = User.objects.filter(pk=user_id).only("phone", "email").first()
    if user is None:
        return "", []
    emails = {
        user.email.lower(),
        *(e.lower() for e in EmailAddress.objects.filter(user_id=user_id).values_list("email", flat=True)),
    }
    return user.phone, sorted(emails)


def is_blocked(user_id: int) -> bool:
    """An account a moderator switched off cannot post."""
    return User.objects.filter(pk=user_id, is_active=False).exists()


def user_id_for_email(email: str) -> int | None:
    return User.objects.filter(email__iexact=email.strip()).values_list("pk", flat=True).first()


def strike_count(user_id: int) -> int:
    from .models import Strike

    return Strike.objects.filter(user_id=user_id).count()
