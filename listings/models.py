from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFill, ResizeToFit

from .enums import ListingStatus, PriceKind, RevisionKind, RevisionState


class Category(models.Model):
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name (English)"), max_length=100)
    parent = models.ForeignKey(
        "self", verbose_name=_("parent"), null=True, blank=True, related_name="children", on_delete=models.PROTECT
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    price_required = models.BooleanField(_("price required"), default=True)
    photo_required = models.BooleanField(_("photo required"), default=False)
    is_job = models.BooleanField(_("job category"), default=False)
    posting_limit_30d = models.PositiveIntegerField(_("ads per seller in 30 days"), null=True, blank=True)

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        # Canonical names are in the translation catalogues (listings/canonical.py marks them).
        return gettext(self.name)


class Region(models.Model):
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    country = models.CharField(_("country"), max_length=2)
    name = models.CharField(_("name (English)"), max_length=100)
    # {"ru": "Алматы", "kk": "Алматы", ...} and every other spelling, for display and region.mismatch.
    names = models.JSONField(_("names by language"), default=dict, blank=True)
    aliases = models.JSONField(_("other spellings"), default=list, blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["country", "position", "slug"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.names.get((get_language() or "en")[:2]) or self.name


class Listing(models.Model):
    """An ad. Its content fields are the public (live) version once it has been published;
    what the seller submits is kept in `Revision` rows and copied here when approved."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("seller"), related_name="listings", on_delete=models.CASCADE
    )
    status = models.CharField(
        _("status"), max_length=16, choices=ListingStatus.choices, default=ListingStatus.DRAFT, editable=False
    )
    category = models.ForeignKey(
        Category, verbose_name=_("category"), related_name="listings", on_delete=models.PROTECT
    )
    region = models.ForeignKey(Region, verbose_name=_("region"), related_name="listings", on_delete=models.PROTECT)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    price = models.DecimalField(_("price"), max_digits=14, decimal_places=2, null=True, blank=True)
    price_kind = models.CharField(_("price kind"), max_length=16, choices=PriceKind.choices, default=PriceKind.FIXED)
    currency = models.CharField(_("currency"), max_length=3)
    contact_phone = models.CharField(_("contact phone"), max_length=20, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    attributes = models.JSONField(_("attributes"), default=dict, blank=True)
    has_photos = models.BooleanField(default=False, editable=False)
    live_revision = models.ForeignKey(
        "Revision", null=True, blank=True, related_name="+", on_delete=models.SET_NULL, editable=False
    )
    latest_revision = models.ForeignKey(
        "Revision", null=True, blank=True, related_name="+", on_delete=models.SET_NULL, editable=False
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True, editable=False)
    status_changed_at = models.DateTimeField(auto_now_add=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("listing")
        verbose_name_plural = _("listings")
        indexes = [
            models.Index(fields=["status", "-published_at"], name="listing_status_published"),
            # The default ordering: the admin's unfiltered list of a million ads reads it off this.
            models.Index(fields=["-published_at", "-id"], name="listing_published_id"),
            models.Index(fields=["status", "category", "-published_at"], name="listing_status_category"),
            models.Index(fields=["status", "region", "-published_at"], name="listing_status_region"),
            models.Index(fields=["owner", "status"], name="listing_owner_status"),
            models.Index(fields=["status", "expires_at"], name="listing_status_expires"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(price__isnull=True) | Q(price__gte=0), name="listing_price_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_public(self) -> bool:
        return self.status == ListingStatus.ACTIVE


def photo_upload_to(instance: ListingPhoto, filename: str) -> str:
    # Internal names only: the seller's file name never reaches the disk or a URL.
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "jpg"
    return f"photos/{uuid.uuid4().hex[:2]}/{uuid.uuid4().hex}.{extension}"


class ListingPhoto(models.Model):
    """A photo as uploaded (already validated and re-encoded). It belongs to its owner until a
    revision uses it; revisions list photos through RevisionPhoto, so an edit never changes the
    photos of the live version before it is approved."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, related_name="photos", on_delete=models.CASCADE)
    listing = models.ForeignKey(Listing, null=True, blank=True, related_name="photos", on_delete=models.CASCADE)
    image = models.ImageField(_("photo"), upload_to=photo_upload_to)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    sha256 = models.CharField(max_length=64, db_index=True)
    phash = models.CharField(max_length=16, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)

    thumbnail = ImageSpecField(
        source="image", processors=[ResizeToFill(320, 240)], format="JPEG", options={"quality": 80}
    )
    large = ImageSpecField(source="image", processors=[ResizeToFit(1024, 1024)], format="JPEG", options={"quality": 85})

    class Meta:
        ordering = ["id"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self) -> str:
        return self.image.name


class Revision(models.Model):
    """The exact content a seller submitted, immutable once written: what moderation checks."""

    listing = models.ForeignKey(Listing, related_name="revisions", on_delete=models.CASCADE)
    number = models.PositiveIntegerField()
    kind = models.CharField(max_length=16, choices=RevisionKind.choices)
    state = models.CharField(
        max_length=16, choices=RevisionState.choices, default=RevisionState.PENDING, editable=False
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, related_name="+", on_delete=models.SET_NULL)
    category = models.ForeignKey(Category, related_name="+", on_delete=models.PROTECT)
    region = models.ForeignKey(Region, related_name="+", on_delete=models.PROTECT)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    price = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    price_kind = models.CharField(max_length=16, choices=PriceKind.choices, default=PriceKind.FIXED)
    currency = models.CharField(max_length=3)
    contact_phone = models.CharField(max_length=20, blank=True)
    contact_email = models.EmailField(blank=True)
    attributes = models.JSONField(default=dict, blank=True)
    photos = models.ManyToManyField(ListingPhoto, through="RevisionPhoto", related_name="revisions")
    check_attempts = models.PositiveIntegerField(default=0, editable=False)
    last_enqueued_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        constraints = [models.UniqueConstraint(fields=["listing", "number"], name="revision_number_unique")]
        indexes = [models.Index(fields=["state", "created_at"], name="revision_state_created")]

    def __str__(self) -> str:
        return f"{self.listing_id}#{self.number}"


class RevisionPhoto(models.Model):
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE)
    photo = models.ForeignKey(ListingPhoto, on_delete=models.CASCADE)
    position = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["position"]
        constraints = [models.UniqueConstraint(fields=["revision", "position"], name="revision_photo_position_unique")]

    def __str__(self) -> str:
        return f"{self.revision_id}:{self.position}"


class StatusChange(models.Model):
    """Append-only history: every status change of a listing, who made it and why."""

    listing = models.ForeignKey(Listing, related_name="status_changes", on_delete=models.CASCADE)
    revision = models.ForeignKey(Revision, null=True, blank=True, related_name="+", on_delete=models.SET_NULL)
    from_status = models.CharField(max_length=16, choices=ListingStatus.choices)
    to_status = models.CharField(max_length=16, choices=ListingStatus.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    reason = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self) -> str:
        return f"{self.listing_id}: {self.from_status} → {self.to_status}"
