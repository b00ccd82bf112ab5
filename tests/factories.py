"""factory_boy factories for the models, for tests that need rows without going through the web."""

from __future__ import annotations

import factory

from accounts.models import User
from listings.models import Category, Region
from listings.services import ListingContent
from moderation.queries import current_profile


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    password = factory.PostGenerationMethodCall("set_password", "a-long-password-1")


def content(category: str = "phones", region: str | None = None, **overrides) -> ListingContent:
    profile = current_profile()
    region_obj = Region.objects.get(slug=region) if region else Region.objects.filter(country=profile.country).first()
    values = {
        "category": Category.objects.get(slug=category),
        "region": region_obj,
        "title": "Apple iPhone 13, 128 GB",
        "description": "Phone in good condition, battery 89%, with box and charger.",
        "price": 250000,
        "price_kind": "fixed",
        "currency": profile.currency,
        "contact_phone": "+77017246668",
        "contact_email": "",
        "attributes": {},
    }
    values.update(overrides)
    return ListingContent(**values)
