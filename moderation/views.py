from __future__ import annotations

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from listings.enums import ListingStatus
from listings.models import Listing

from . import services
from .forms import ReportForm
from .models import Notice
from .precheck import precheck
from .queries import current_profile
from .rules.reasons import reason


@login_required
@require_POST
def live_check(request: HttpRequest) -> JsonResponse:
    """The posting form asks, debounced, what the text rules think of what is typed so far."""
    started = time.perf_counter()
    answer = precheck(
        data=request.POST.dict(),
        profile=current_profile(),
        user_id=str(request.user.pk),
        language=request.LANGUAGE_CODE,
    )
    answer["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return JsonResponse(answer)


def _report_allowed(request: HttpRequest) -> bool:
    """At most REPORTS_PER_HOUR complaints per visitor (IP, and account when logged in) per hour."""
    keys = [f"report:ip:{request.META.get('REMOTE_ADDR', '')}"]
    if request.user.is_authenticated:
        keys.append(f"report:user:{request.user.pk}")
    allowed = True
    for key in keys:
        cache.add(key, 0, timeout=3600)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=3600)
            count = 1
        allowed = allowed and count <= settings.REPORTS_PER_HOUR
    return allowed


@require_POST
def report_listing(request: HttpRequest, pk: int) -> HttpResponse:
    """Any visitor may report a public ad; the complaint goes to the moderators' queue."""
    listing = get_object_or_404(Listing, pk=pk, status=ListingStatus.ACTIVE)
    form = ReportForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose what is wrong with the ad."))
        return redirect("listings:detail", pk)
    if not _report_allowed(request):
        messages.error(request, _("You have sent too many reports. Please try again later."))
        return redirect("listings:detail", pk)
    services.report_listing(
        listing=listing,
        reason=form.cleaned_data["reason"],
        text=form.cleaned_data["text"],
        reporter=request.user if request.user.is_authenticated else None,
    )
    messages.success(request, _("Thank you. A moderator will look at the ad."))
    return redirect("listings:detail", pk)


@login_required
def notices(request: HttpRequest) -> HttpResponse:
    """The seller's notices: every moderation decision that kept an ad (or a change) off the site."""
    page = Paginator(Notice.objects.filter(user=request.user).select_related("listing").order_by("-id"), 20).get_page(
        request.GET.get("page")
    )
    language = request.LANGUAGE_CODE
    rows = [
        {
            "notice": notice,
            "reasons": [
                {**r, "title": reason(r["code"], language)[0], "explanation": reason(r["code"], language)[1]}
                for r in notice.reasons
            ],
        }
        for notice in page
    ]
    unread = [n.pk for n in page if n.read_at is None]
    if unread:
        services.mark_notices_read(user=request.user, ids=unread)
    return render(request, "moderation/notices.html", {"rows": rows, "page": page})
