from __future__ import annotations

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    """Users are identified by e-mail; there is no username."""

    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra):
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra):
        extra.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mail address"), unique=True)
    name = models.CharField(_("name"), max_length=100, blank=True)
    # E.164 (+77017246668), set only through accounts.services.set_phone.
    phone = models.CharField(_("phone"), max_length=20, blank=True, db_index=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    # Blocked by strikes or by a senior moderator: cannot log in to the site nor post (see
    # accounts.adapter). Kept apart from `is_active` so a block has a date and a reason and the
    # account's ads and history stay as they were.
    blocked_at = models.DateTimeField(_("blocked at"), null=True, blank=True)
    blocked_reason = models.CharField(_("reason for the block"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        ordering = ["-id"]
        verbose_name = _("user")
        verbose_name_plural = _("users")
        permissions = [("block_user", _("Can block and unblock accounts"))]

    def __str__(self) -> str:
        return self.email

    @property
    def is_blocked(self) -> bool:
        return self.blocked_at is not None or not self.is_active

    @property
    def display_name(self) -> str:
        return self.name or self.email.split("@", 1)[0]


class Strike(models.Model):
    """Append-only: a confirmed serious violation (a `block`) counted against the account."""

    user = models.ForeignKey(User, related_name="strikes", on_delete=models.CASCADE)
    listing = models.ForeignKey("listings.Listing", null=True, blank=True, related_name="+", on_delete=models.SET_NULL)
    codes = models.JSONField(default=list, blank=True)
    source = models.CharField(max_length=16, choices=[("automatic", _("automatic")), ("moderator", _("moderator"))])
    created_by = models.ForeignKey(User, null=True, blank=True, related_name="+", on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("strike")
        verbose_name_plural = _("strikes")
        constraints = [
            # One strike per ad: a re-delivered task or a second block of the same ad adds nothing.
            models.UniqueConstraint(fields=["user", "listing"], name="strike_once_per_listing"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id}: {', '.join(self.codes)}"


class BlacklistKind(models.TextChoices):
    PHONE = "phone", _("phone")
    EMAIL = "email", _("e-mail")


class BlacklistSource(models.TextChoices):
    STRIKE = "strike", _("strikes")
    MANUAL = "manual", _("added by a moderator")
    IMPORT = "import", _("imported")


class BlacklistEntry(models.Model):
    """A contact that may not post (`account.blacklisted`).

    `value` is normalised by accounts.services (a phone in E.164, an e-mail lowercased), so a
    lookup is one equality on the unique index.
    """

    kind = models.CharField(_("kind"), max_length=8, choices=BlacklistKind.choices)
    value = models.CharField(_("value"), max_length=254)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    source = models.CharField(
        _("source"), max_length=8, choices=BlacklistSource.choices, default=BlacklistSource.MANUAL
    )
    created_by = models.ForeignKey(User, null=True, blank=True, related_name="+", on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("blacklist entry")
        verbose_name_plural = _("blacklist")
        constraints = [models.UniqueConstraint(fields=["kind", "value"], name="blacklist_entry_unique")]

    def __str__(self) -> str:
        return f"{self.kind}: {self.value}"


class Device(models.Model):
    """A browser an account used to log in or post, known by the long-lived cookie of
    accounts.middleware; two accounts on one device are `account.linked`."""

    user = models.ForeignKey(User, related_name="devices", on_delete=models.CASCADE)
    fingerprint = models.CharField(max_length=64, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_seen = models.DateTimeField()

    class Meta:
        ordering = ["-last_seen"]
        verbose_name = _("device")
        verbose_name_plural = _("devices")
        constraints = [models.UniqueConstraint(fields=["user", "fingerprint"], name="device_once_per_user")]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.fingerprint[:8]}"
