from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from moderation.queries import current_profile

from .services import normalise_phone


class ProfileForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100, required=False)
    phone = forms.CharField(
        label=_("Phone"), max_length=40, required=False, help_text=_("With the country code, e.g. +7 701 234 56 78.")
    )
    language = forms.ChoiceField(label=_("Language of e-mails"), choices=settings.LANGUAGES)

    def clean_phone(self) -> str:
        return normalise_phone(self.cleaned_data["phone"], country=current_profile().country)
