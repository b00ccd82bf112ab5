from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Decision(models.TextChoices):
    APPROVE = "approve", _("Approve")
    FIX = "fix", _("Fixed automatically")
    REVIEW = "review", _("Needs a moderator")
    REJECT = "reject", _("Reject")
    BLOCK = "block", _("Block")


class CheckResult(models.Model):
    """The automatic check of one revision: at most one per revision, which keeps the task idempotent."""

    revision = models.OneToOneField("listings.Revision", related_name="check_result", on_delete=models.CASCADE)
    policy = models.CharField(max_length=32)
    decision = models.CharField(max_length=16, choices=Decision.choices)
    # RULES.md's format: [{"code", "field", "evidence", "action"}, ...]
    violations = models.JSONField(default=list, blank=True)
    changes = models.JSONField(default=dict, blank=True)
    note = models.CharField(max_length=300, blank=True)
    duration_ms = models.PositiveIntegerField(default=0)
    # Set once, by a conditional update: the seller is told about this result exactly once.
    notified_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("automatic check")
        verbose_name_plural = _("automatic checks")

    def __str__(self) -> str:
        return f"{self.revision} {self.decision}"

    @property
    def codes(self) -> list[str]:
        return [v["code"] for v in self.violations]


class ModeratorDecision(models.Model):
    """Append-only: a moderator's decision on a revision, with the reasons given."""

    revision = models.ForeignKey("listings.Revision", related_name="moderator_decisions", on_delete=models.CASCADE)
    moderator = models.ForeignKey(settings.AUTH_USER_MODEL, related_name="+", on_delete=models.PROTECT)
    decision = models.CharField(max_length=16, choices=Decision.choices)
    codes = models.JSONField(default=list, blank=True)
    note = models.TextField(blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("moderator decision")
        verbose_name_plural = _("moderator decisions")

    def __str__(self) -> str:
        return f"{self.revision_id} {self.decision} by {self.moderator_id}"


class TermList(models.Model):
    """One term list (a file of `moderation/rules/terms/`), editable in the admin without a deploy.

    `name` is the file name (`prohibited.weapons.ru.txt`, `price_policy.json`); `content` its text
    in the syntax described in `moderation.rules.lexicon`.
    """

    name = models.CharField(_("name"), max_length=120, unique=True)
    content = models.TextField(_("content"), blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("term list")
        verbose_name_plural = _("term lists")

    def __str__(self) -> str:
        return self.name


class TextBand(models.Model):
    """One MinHash band of a listing's live text (see moderation.fingerprints); 8 rows per listing."""

    listing = models.ForeignKey("listings.Listing", related_name="+", on_delete=models.CASCADE)
    band = models.BigIntegerField()

    class Meta:
        # (band, listing) first: a lookup reads the newest ads of one band straight off the index.
        constraints = [models.UniqueConstraint(fields=["band", "listing"], name="textband_band_listing_unique")]

    def __str__(self) -> str:
        return f"{self.listing_id}:{self.band}"


class PhotoAnalysis(models.Model):
    """What a photo shows (OCR text, QR codes, hashes), once per picture content: a re-check or a
    re-upload of the same picture does not OCR again."""

    sha256 = models.CharField(max_length=64, unique=True)
    ocr_text = models.TextField(blank=True)
    qr = models.JSONField(default=list, blank=True)
    # [[text, x, y, w, h], ...] in the stored picture's pixels, to mark text on its thumbnail.
    boxes = models.JSONField(default=list, blank=True)
    phash = models.CharField(max_length=16, blank=True)
    engine = models.CharField(max_length=20, blank=True)
    errors = models.JSONField(default=list, blank=True)
    failed = models.BooleanField(default=False, help_text=_("the picture could not be read: a moderator looks at it"))
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    duration_ms = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("photo analysis")
        verbose_name_plural = _("photo analyses")

    def __str__(self) -> str:
        return self.sha256[:12]


class PhotoHashChunk(models.Model):
    """One byte of a photo's pHash with its position: any picture within 7 bits shares a chunk."""

    photo = models.ForeignKey("listings.ListingPhoto", related_name="+", on_delete=models.CASCADE)
    chunk = models.IntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["chunk", "photo"], name="photohashchunk_chunk_photo_unique")]

    def __str__(self) -> str:
        return f"{self.photo_id}:{self.chunk}"
