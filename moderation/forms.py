from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ComplaintReason


class ReportForm(forms.Form):
    """A buyer's "Report this ad": a reason from the list and, optionally, a few words."""

    reason = forms.ChoiceField(label=_("What is wrong?"), choices=ComplaintReason.choices, widget=forms.RadioSelect)
    text = forms.CharField(
        label=_("Details (optional)"), required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )
