from __future__ import annotations

from functools import wraps

from allauth.account.decorators import verified_email_required
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import queries as account_queries
from moderation.queries import current_profile

from . import queries, services
from .attributes import attributes_for
from .enums import ListingStatus
from .filters import ListingFilter
from .forms import ListingForm, photo_required_error
from .images import PhotoRejected, check_count, normalise_photo
from .models import Category, Listing, ListingPhoto

PAGE_SIZE = 24
MY_TABS = [
    ListingStatus.ACTIVE,
    ListingStatus.PENDING,
    ListingStatus.REJECTED,
    ListingStatus.DRAFT,
    ListingStatus.EXPIRED,
    ListingStatus.BLOCKED,
    ListingStatus.ARCHIVED,
]


def home(request: HttpRequest) -> HttpResponse:
    latest = queries.with_cover_photo(queries.public_listings().order_by("-published_at"))[:12]
    return render(request, "listings/home.html", {"categories": queries.root_categories(), "latest": latest})


def search(request: HttpRequest, category_slug: str | None = None) -> HttpResponse:
    data = request.GET.copy()
    category = None
    if category_slug:
        category = get_object_or_404(Category, slug=category_slug)
        data["category"] = category.slug
    listing_filter = ListingFilter(data, queryset=queries.public_listings().order_by("-published_at", "-id"))
    page = Paginator(queries.with_cover_photo(listing_filter.qs), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "listings/search.html", {"filter": listing_filter, "page": page, "category": category})


def _visible_listing(request: HttpRequest, pk: int) -> Listing:
    """Public ads for everyone; the owner also sees their own ad in any state (as a preview)."""
    listing = get_object_or_404(Listing.objects.select_related("category", "region", "owner"), pk=pk)
    if listing.is_public or (
        request.user.is_authenticated
        and listing.owner_id == request.user.pk
        and listing.status != ListingStatus.DELETED
    ):
        return listing
    raise Http404


def detail(request: HttpRequest, pk: int) -> HttpResponse:
    listing = _visible_listing(request, pk)
    photos = queries.revision_photos(listing.live_revision or listing.latest_revision)
    slugs = (listing.category.slug, *queries.category_ancestors(listing.category_id))
    labels = {attribute.name: attribute.label for attribute in attributes_for(slugs)}
    details = [(labels[name], value) for name, value in (listing.attributes or {}).items() if name in labels]
    from moderation.forms import ReportForm

    return render(
        request,
        "listings/detail.html",
        {"listing": listing, "photos": photos, "details": details, "report_form": ReportForm()},
    )


@require_POST
def reveal_contact(request: HttpRequest, pk: int) -> JsonResponse:
    """The seller's contacts are not in the page; a click asks for them (keeps scrapers' work up)."""
    listing = _visible_listing(request, pk)
    return JsonResponse(
        {"phone": listing.contact_phone, "email": listing.contact_email, "name": listing.owner.display_name}
    )


def _owned(request: HttpRequest, pk: int) -> Listing:
    listing = get_object_or_404(Listing, pk=pk)
    if listing.owner_id != request.user.pk:
        raise Http404  # another seller's ad: do not even confirm it exists
    return listing


def _take_photos(
    request: HttpRequest, form: ListingForm, kept: list[ListingPhoto]
) -> tuple[list[ListingPhoto], list[str]]:
    """Validate and store the new uploads at once, so a form re-rendered with errors keeps them."""
    profile = form.profile
    photos = list(kept)
    errors: list[str] = []
    for upload in request.FILES.getlist("photos"):
        try:
            check_count(len(photos), 1, profile.photos_max)
            normalised = normalise_photo(upload, min_size=profile.photo_min_size, formats=profile.photo_formats)
        except PhotoRejected as exc:
            errors.append(f"{upload.name}: {exc.message}")
            continue
        photos.append(services.store_photo(owner=request.user, photo=normalised))
    return photos, errors


def _kept_photos(request: HttpRequest) -> list[ListingPhoto]:
    ids = [int(i) for i in request.POST.getlist("kept_photos") if i.isdigit()]
    by_id = {p.pk: p for p in ListingPhoto.objects.filter(owner=request.user, pk__in=ids)}
    return [by_id[i] for i in ids if i in by_id]


def _edit(request: HttpRequest, listing: Listing | None) -> HttpResponse:
    if request.method == "POST" and "refresh_category" in request.POST:
        # The seller picked another category: show its fields, keep what was typed, judge nothing yet.
        form = ListingForm(initial=request.POST.dict(), listing=listing)
        photos, photo_errors = _take_photos(request, form, _kept_photos(request))
    elif request.method == "POST":
        form = ListingForm(request.POST, listing=listing)
        photos, photo_errors = _take_photos(request, form, _kept_photos(request))
        submit = "save_draft" not in request.POST
        if form.is_valid() and submit and (missing := photo_required_error(form.cleaned_data["category"], photos)):
            photo_errors.append(missing)
        if form.is_valid() and not photo_errors:
            content = form.content()
            if listing is None:
                listing = services.create_listing(owner=request.user, content=content, photos=photos, submit=submit)
            else:
                services.update_listing(
                    listing=listing, actor=request.user, content=content, photos=photos, submit=submit
                )
            if submit:
                messages.success(request, _("Your ad is sent for checking. It usually takes a few seconds."))
            else:
                messages.success(request, _("Your draft is saved."))
            return redirect("listings:my_listings")
    else:
        if listing is not None:
            revision = listing.latest_revision
            content = services.ListingContent.of(
                revision if revision is not None and listing.status == ListingStatus.ACTIVE else listing
            )
            form = ListingForm(initial=ListingForm.initial_for(listing, content), listing=listing)
            photos = queries.revision_photos(revision)
        else:
            form = ListingForm(initial={
                "category": request.GET.get("category", ""),
                "contact_phone": request.user.phone,
                "contact_email": request.user.email,
            }, listing=None)  # fmt: skip
            photos = []
        photo_errors = []
    return render(request, "listings/form.html", {
        "form": form, "listing": listing, "photos": photos, "photo_errors": photo_errors,
        "photos_max": current_profile().photos_max,
    })  # fmt: skip


def refuse_blocked(view):
    """A blocked account (strikes, a moderator) cannot post, even from a session opened before the block."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if account_queries.is_blocked(request.user.pk):
            messages.error(request, _("Your account is blocked: it cannot post or change ads."))
            return redirect("listings:my_listings")
        return view(request, *args, **kwargs)

    return wrapped


@verified_email_required
@refuse_blocked
def create(request: HttpRequest) -> HttpResponse:
    return _edit(request, None)


@verified_email_required
@refuse_blocked
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    listing = _owned(request, pk)
    if listing.status not in services.EDITABLE:
        messages.error(request, _("This ad cannot be changed any more."))
        return redirect("listings:my_listings")
    return _edit(request, listing)


@login_required
@require_POST
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    listing = _owned(request, pk)
    services.delete_listing(listing=listing, actor=request.user)
    messages.success(request, _("The ad is deleted."))
    return redirect("listings:my_listings")


@verified_email_required
@refuse_blocked
@require_POST
def renew(request: HttpRequest, pk: int) -> HttpResponse:
    listing = _owned(request, pk)
    try:
        services.renew_listing(listing=listing, actor=request.user)
    except services.TransitionError:
        messages.error(request, _("Only an expired ad can be renewed."))
    else:
        messages.success(request, _("The ad is sent for checking again."))
    return redirect("listings:my_listings")


@login_required
def my_listings(request: HttpRequest) -> HttpResponse:
    tab = request.GET.get("tab") or ""
    if tab not in MY_TABS:
        tab = ""
    page = Paginator(queries.owner_listings(request.user.pk, tab or None), PAGE_SIZE).get_page(request.GET.get("page"))
    from moderation.rules.reasons import reason
    from moderation.services import photos_waiting

    language = request.LANGUAGE_CODE
    waiting = photos_waiting(
        revision_ids=[listing.latest_revision_id for listing in page if listing.latest_revision_id]
    )
    from moderation.queries import latest_notices, unread_notice_count

    notices = latest_notices(request.user.pk, [listing.pk for listing in page])
    rows = []
    for listing in page:
        revision = listing.latest_revision
        result = getattr(revision, "check_result", None) if revision else None
        notice = notices.get(listing.pk)
        reasons = []
        if (
            result is not None
            and revision.state in ("rejected", "blocked", "review")
            or (result and result.decision == "fix")
        ):
            for violation in result.violations:
                title, explanation = reason(violation["code"], language)
                reasons.append({**violation, "title": title, "explanation": explanation})
        moderator_note = ""
        if notice is not None and notice.revision_id == listing.latest_revision_id:
            # A moderator's decision (or a post-moderation take-down) explains the ad instead.
            moderator_note = notice.note
            if notice.reasons:
                reasons = []
                for item in notice.reasons:
                    title, explanation = reason(item["code"], language)
                    reasons.append({**item, "title": title, "explanation": explanation})
        rows.append(
            {
                "moderator_note": moderator_note,
                "listing": listing,
                "revision": revision,
                "result": result,
                "reasons": reasons,
                "checking_photos": revision is not None and revision.pk in waiting,
            }
        )
    counts = queries.owner_status_counts(request.user.pk)
    return render(request, "listings/my_listings.html", {
        "rows": rows, "page": page, "tab": tab, "unread_notices": unread_notice_count(request.user.pk), "tabs": [(s, ListingStatus(s).label, counts.get(s, 0)) for s in MY_TABS],
    })  # fmt: skip
