from allauth.account.adapter import DefaultAccountAdapter
from django.utils.translation import get_language


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """Remember the language the seller signed up in: their e-mails are written in it."""
        user = super().save_user(request, user, form, commit=False)
        user.language = (get_language() or "")[:8]
        if commit:
            user.save()
        return user
