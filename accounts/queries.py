"""Reads on accounts, for the other apps."""

from __future__ import annotations

from collections.abc import Iterator

from allauth.account.models import EmailAddress
from django.db.models import Q

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
    """A blocked account (by strikes or a senior moderator) or one switched off cannot post."""
    return User.objects.filter(Q(blocked_at__isnull=False) | Q(is_active=False), pk=user_id).exists()


def _phone_key(phone: str) -> str:
    """E.164 digits of a phone written in any format (`+7 701 724-66-68` → `+77017246668`)."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    return f"+{digits}" if digits else ""


def is_blacklisted(*, phone: str = "", email: str = "") -> bool:
    """Whether the phone (any formatting, compared as E.164) or the e-mail (any case) is blacklisted."""
    from .models import BlacklistEntry, BlacklistKind

    condition = Q()
    if phone and (key := _phone_key(phone)):
        condition |= Q(kind=BlacklistKind.PHONE, value=key)
    if email and email.strip():
        condition |= Q(kind=BlacklistKind.EMAIL, value=email.strip().lower())
    return bool(condition) and BlacklistEntry.objects.filter(condition).exists()


def blacklist_rows() -> Iterator[tuple[str, str, str]]:
    """Every blacklist entry as (kind, value, reason), oldest first, read in batches."""
    from .models import BlacklistEntry

    yield from BlacklistEntry.objects.order_by("pk").values_list("kind", "value", "reason").iterator(chunk_size=2000)


def users_sharing_device(user_id: int, *, limit: int = 50) -> list[int]:
    """Other accounts seen on a browser this account used (accounts.middleware's cookie)."""
    from .models import Device

    fingerprints = Device.objects.filter(user_id=user_id).values("fingerprint")
    others = (
        Device.objects.filter(fingerprint__in=fingerprints)
        .exclude(user_id=user_id)
        .values_list("user_id", flat=True)
        .distinct()
        .order_by("user_id")[:limit]
    )
    return list(others)


def user_id_for_email(email: str) -> int | None:
    return User.objects.filter(email__iexact=email.strip()).values_list("pk", flat=True).first()


def strike_count(user_id: int) -> int:
    from .models import Strike

    return Strike.objects.filter(user_id=user_id).count()
