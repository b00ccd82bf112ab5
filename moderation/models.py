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
        indexes = [models.Index(fields=["created_at"], name="checkresult_created")]
        verbose_name = _("automatic check")
        verbose_name_plural = _("automatic checks")

    def __str__(self) -> str:
        return f"{self.revision} {self.decision}"

    @property
    def codes(self) -> list[str]:
        return [v["code"] for v in self.violations]


class Recheck(models.Model):
    """The automatic re-check of a published revision (profiles with `recheck_after_hours`): at most
    one per revision. `violations` holds only what the first check had not already raised."""

    revision = models.OneToOneField("listings.Revision", related_name="recheck", on_delete=models.CASCADE)
    policy = models.CharField(max_length=32)
    decision = models.CharField(max_length=16, choices=Decision.choices)
    violations = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("re-check after publishing")
        verbose_name_plural = _("re-checks after publishing")

    def __str__(self) -> str:
        return f"{self.revision} {self.decision}"


class ModeratorDecision(models.Model):
    """Append-only: a moderator's decision on a revision, with the reasons given."""

    revision = models.ForeignKey("listings.Revision", related_name="moderator_decisions", on_delete=models.CASCADE)
    moderator = models.ForeignKey(settings.AUTH_USER_MODEL, related_name="+", on_delete=models.PROTECT)
    decision = models.CharField(max_length=16, choices=Decision.choices)
    codes = models.JSONField(default=list, blank=True)
    # The rules' flags this decision agreed with / set aside (the signal for tuning the rules).
    confirmed = models.JSONField(default=list, blank=True)
    overturned = models.JSONField(default=list, blank=True)
    note = models.TextField(blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["created_at"], name="moddecision_created")]
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


class ReviewSource(models.TextChoices):
    RULE_FLAG = "rule_flag", _("Flagged by the rules")
    POST_MODERATION = "post_moderation", _("Published, to be checked")
    RESUBMISSION = "resubmission", _("Resubmitted after a rejection")
    COMPLAINT = "complaint", _("Buyer's complaint")
    RECHECK = "recheck", _("Re-check")
    CHECK_FAILED = "check_failed", _("Automatic check failed")


class ReviewStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLAIMED = "claimed", _("Claimed")
    DECIDED = "decided", _("Decided")
    CANCELLED = "cancelled", _("Cancelled")


class ComplaintReason(models.TextChoices):
    PROHIBITED = "prohibited", _("Prohibited goods or services")
    FRAUD = "fraud", _("Fraud or a scam")
    WRONG_CATEGORY = "wrong_category", _("Wrong category")
    DUPLICATE = "duplicate", _("Duplicate ad")
    CONTACTS = "contacts", _("Contacts or links in the text or photos")
    SOLD = "sold", _("Already sold or not available")
    OFFENSIVE = "offensive", _("Offensive content")
    OTHER = "other", _("Something else")


class ReviewItem(models.Model):
    """One thing a moderator has to look at: a revision, why it is here, and who works on it.

    `status` and the claim fields change only in moderation.services (claim_next, decide_review_item);
    the queue is ordered by `due_at`: the creation time plus the target time, minus one minute per
    point of `base_priority`, so a risky item jumps ahead and every item grows more urgent as it waits.
    """

    revision = models.ForeignKey("listings.Revision", related_name="review_items", on_delete=models.CASCADE)
    source = models.CharField(_("source"), max_length=20, choices=ReviewSource.choices)
    status = models.CharField(
        _("status"), max_length=12, choices=ReviewStatus.choices, default=ReviewStatus.OPEN, editable=False
    )
    base_priority = models.IntegerField(_("priority"), default=0, editable=False)
    due_at = models.DateTimeField(_("due"), editable=False)
    reason = models.CharField(_("complaint reason"), max_length=20, choices=ComplaintReason.choices, blank=True)
    note = models.TextField(_("note"), blank=True)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("claimed by"),
        null=True,
        blank=True,
        related_name="+",
        on_delete=models.SET_NULL,
        editable=False,
    )
    claimed_until = models.DateTimeField(_("claimed until"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["due_at", "id"]
        verbose_name = _("review item")
        verbose_name_plural = _("review queue")
        indexes = [
            models.Index(fields=["status", "due_at"], name="reviewitem_status_due"),
            models.Index(fields=["revision", "status"], name="reviewitem_revision_status"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.source} {self.revision_id}"


class ReviewEvent(models.Model):
    """Append-only history of a review item: created, claimed, released, decided, cancelled, reported."""

    item = models.ForeignKey(ReviewItem, related_name="events", on_delete=models.CASCADE)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    action = models.CharField(max_length=20)
    decision = models.CharField(max_length=16, choices=Decision.choices, blank=True)
    # Which of the rules' flags the moderator agreed with, and which they set aside.
    confirmed = models.JSONField(default=list, blank=True)
    overturned = models.JSONField(default=list, blank=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("review event")
        verbose_name_plural = _("review events")
        indexes = [models.Index(fields=["action", "created_at"], name="reviewevent_action_created")]

    def __str__(self) -> str:
        return f"{self.item_id} {self.action}"


class Notice(models.Model):
    """What the seller is told on the site about a moderation decision (the e-mail's twin)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, related_name="notices", on_delete=models.CASCADE)
    listing = models.ForeignKey("listings.Listing", related_name="notices", on_delete=models.CASCADE)
    revision = models.ForeignKey(
        "listings.Revision", null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    decision = models.CharField(max_length=16, choices=Decision.choices)
    # [{"code", "evidence"}]: rendered with reason() in the reader's language.
    reasons = models.JSONField(default=list, blank=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        indexes = [models.Index(fields=["user", "-id"], name="notice_user_newest")]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.listing_id} {self.decision}"
