from django.http import HttpRequest

from moderation.queries import current_profile


def marketplace(request: HttpRequest) -> dict:
    profile = current_profile()
    return {"policy": profile, "currency": profile.currency}
