"""Tell a seller about strikes against the account, in the seller's language."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .models import User


def send_strike_notice(*, user_id: int, strikes: int, threshold: int) -> bool:
    """A warning while strikes are below the profile's threshold; a block notice on reaching it.

    Returns False if the account is gone.
    """
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return False
    context = {
        "user": user,
        "strikes": strikes,
        "remaining": max(threshold - strikes, 0),
        "blocked": strikes >= threshold,
        "rules_url": settings.SITE_URL.rstrip("/") + reverse("listings:my_listings"),
    }
    with translation.override(user.language or settings.LANGUAGE_CODE):
        subject = render_to_string("accounts/email/strike_subject.txt", context).strip()
        body = render_to_string("accounts/email/strike_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    return True
