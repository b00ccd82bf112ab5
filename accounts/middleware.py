"""A long-lived random cookie that tells one browser from another (`account.linked`)."""

from __future__ import annotations

import re
import secrets

from django.conf import settings

from . import services

DEVICE_COOKIE = "device"
DEVICE_COOKIE_AGE = 2 * 365 * 24 * 60 * 60  # seconds: long enough to outlive new accounts
_VALID = re.compile(r"^[0-9a-f]{32}$")


class DeviceMiddleware:
    """Gives every browser a random id and records it for the account on each logged-in POST.

    A POST covers logging in (the user is set by the time the response is built) and posting or
    editing ads, so no view has to remember to call it. Must come after AuthenticationMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        fingerprint = request.COOKIES.get(DEVICE_COOKIE, "")
        fresh = not _VALID.match(fingerprint)
        if fresh:
            fingerprint = secrets.token_hex(16)
        request.device_fingerprint = fingerprint
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if request.method == "POST" and user is not None and user.is_authenticated:
            services.record_device(user_id=user.pk, fingerprint=fingerprint)
        if fresh:
            response.set_cookie(
                DEVICE_COOKIE,
                fingerprint,
                max_age=DEVICE_COOKIE_AGE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
