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
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        ordering = ["-id"]
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.email

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
