from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.stagekit import clear_login
from django.shortcuts import render
from django.utils.translation import get_language


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """Remember the language the seller signed up in: their e-mails are written in it."""
        user = super().save_user(request, user, form, commit=False)
        user.language = (get_language() or "")[:8]
        if commit:
            user.save()
        return user

    def pre_login(self, request, user, **kwargs):
        """A blocked account cannot log in to the site (and so cannot post).

        The block is kept apart from `is_active`: the account, its ads and history stay as they
        are for moderators, and lifting the block (admin action) restores the log-in at once.
        Sessions opened before the block cannot post either: the posting views check the block.
        """
        response = super().pre_login(request, user, **kwargs)
        if response is not None:
            return response
        if user.blocked_at is not None:
            clear_login(request)
            return render(request, "accounts/blocked.html", status=403)
        return None
