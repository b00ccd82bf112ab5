"""Writes on accounts."""

from __future__ import annotations

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .models import User


def normalise_phone(raw: str, *, country: str) -> str:
    """Return `raw` as E.164, trying the site's country first; raise ValidationError if it is no phone.

    Used wherever a phone enters the system (profile, ad contact field), so every stored phone
    compares equal to every other spelling of the same number.
    """
    raw = (raw or "").strip()
    if not raw:
        return ""
    try:
        number = phonenumbers.parse(raw, country)
    except phonenumbers.NumberParseException:
        raise ValidationError(_("Enter a phone number, for example +7 701 234 56 78."), code="invalid") from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _("This phone number does not exist. Check the digits and the country code."), code="invalid"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def update_profile(*, user: User, name: str, phone: str, language: str, country: str) -> User:
    """Set the seller's name, phone (normalised to E.164) and preferred language.

    Side effects: saves the user. Raises ValidationError for a phone that is not a real number.
    """
    user.name = name.strip()
    user.phone = normalise_phone(phone, country=country)
    user.language = language
    user.save(update_fields=["name", "phone", "language", "updated_at"])
    return user


def add_strike(
    *, user: User, listing_id: int | None, codes: list[str], source: str, created_by: User | None = None
) -> bool:
    """Count a blocked ad against its seller, once per ad. Returns whether a strike was added.

    Side effects: one Strike row. (What strikes lead to — warnings, blacklists — is decided by the
    profile's thresholds where strikes are read.)
    """
    from .models import Strike

    _strike, created = Strike.objects.get_or_create(
        user=user, listing_id=listing_id, defaults={"codes": codes, "source": source, "created_by": created_by}
    )
    return created
