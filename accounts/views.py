from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from moderation.queries import current_profile

from . import services
from .forms import ProfileForm


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    user = request.user
    if request.method == "POST":
        form = ProfileForm(request.POST)
        if form.is_valid():
            services.update_profile(
                user=user,
                name=form.cleaned_data["name"],
                phone=form.cleaned_data["phone"],
                language=form.cleaned_data["language"],
                country=current_profile().country,
            )
            messages.success(request, _("Your profile is saved."))
            return redirect("accounts:profile")
    else:
        form = ProfileForm(
            initial={"name": user.name, "phone": user.phone, "language": user.language or request.LANGUAGE_CODE}
        )
    return render(request, "accounts/profile.html", {"form": form})
