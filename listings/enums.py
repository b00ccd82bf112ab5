from django.db import models
from django.utils.translation import gettext_lazy as _


class ListingStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PENDING = "pending", _("Pending")
    ACTIVE = "active", _("Active")
    REJECTED = "rejected", _("Rejected")
    BLOCKED = "blocked", _("Blocked")
    EXPIRED = "expired", _("Expired")
    ARCHIVED = "archived", _("Archived")
    DELETED = "deleted", _("Deleted")


class PriceKind(models.TextChoices):
    FIXED = "fixed", _("Fixed price")
    NEGOTIABLE = "negotiable", _("Negotiable")
    FREE = "free", _("Free")
    EXCHANGE = "exchange", _("Exchange")


class RevisionKind(models.TextChoices):
    SUBMIT = "submit", _("New ad")
    EDIT = "edit", _("Edit")
    RESTORE = "restore", _("Restore")


class RevisionState(models.TextChoices):
    """Where a revision stands in moderation; the listing's own status is separate."""

    PENDING = "pending", _("Being checked")
    REVIEW = "review", _("Waiting for a moderator")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    BLOCKED = "blocked", _("Blocked")
    SUPERSEDED = "superseded", _("Replaced by a newer version")
