from __future__ import annotations

import time

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .precheck import precheck
from .queries import current_profile


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
