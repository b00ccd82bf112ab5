"""Writes on accounts."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import BlacklistEntry, BlacklistKind, BlacklistSource, Device, Strike, User

logger = logging.getLogger(__name__)


def normalise_phone(raw: str, *, country: str) -> str:
    """Return `raw` as E.164, trying the site's country first; raise ValidationError if it is no phone.

    Used wherever a phone enters the system (profile, ad contact field), so every stored phone
    compares equal to every other spelling of the same number.
    """
    raw = (raw or "").strip()
    if not raw:
        return ""
    try:
        number = phonenumbers.parse(raw, country)
    except phonenumbers.NumberParseException:
        raise ValidationError(_("Enter a phone number, for example +7 701 234 56 78."), code="invalid") from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _("This phone number does not exist. Check the digits and the country code."), code="invalid"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def update_profile(*, user: User, name: str, phone: str, language: str, country: str) -> User:
    """Set the seller's name, phone (normalised to E.164) and preferred language.

    Side effects: saves the user. Raises ValidationError for a phone that is not a real number.
    """
    user.name = name.strip()
    user.phone = normalise_phone(phone, country=country)
    user.language = language
    user.save(update_fields=["name", "phone", "language", "updated_at"])
    return user


def _policy_country() -> str:
    from moderation.queries import current_profile

    return current_profile().country


def _strikes_before_blacklist() -> int:
    from moderation.queries import current_profile

    return current_profile().strikes_before_blacklist


def normalise_contact(*, kind: str, value: str, country: str | None = None) -> str:
    """A blacklist value in its stored form: a phone as E.164, an e-mail lowercased.

    Raises ValidationError for an unknown kind, an empty value, no phone or no e-mail address.
    """
    value = (value or "").strip()
    if not value:
        raise ValidationError(_("Enter a phone number or an e-mail address."), code="required")
    if kind == BlacklistKind.PHONE:
        return normalise_phone(value, country=country or _policy_country())
    if kind == BlacklistKind.EMAIL:
        validate_email(value)
        return value.lower()
    raise ValidationError(_("The kind must be phone or email."), code="invalid")


def add_to_blacklist(
    *,
    kind: str,
    value: str,
    reason: str = "",
    source: str = BlacklistSource.MANUAL,
    created_by: User | None = None,
    country: str | None = None,
) -> tuple[BlacklistEntry, bool]:
    """Put a contact on the blacklist; ads using it are then blocked by `account.blacklisted`.

    Side effects: one BlacklistEntry, unless the contact is already listed (then it is returned
    unchanged and False). Raises ValidationError for a value that is no phone / e-mail.
    """
    value = normalise_contact(kind=kind, value=value, country=country)
    try:
        with transaction.atomic():
            return BlacklistEntry.objects.get_or_create(
                kind=kind,
                value=value,
                defaults={"reason": reason[:300], "source": source, "created_by": created_by},
            )
    except IntegrityError:  # listed by a concurrent writer between the read and the insert
        return BlacklistEntry.objects.get(kind=kind, value=value), False


def blacklist_account_contacts(*, user: User, reason: str, created_by: User | None = None) -> list[BlacklistEntry]:
    """Blacklist every contact of the account: profile phone, all its e-mail addresses, and the
    phones and e-mails used in its ads. Returns the entries added now.

    Side effects: BlacklistEntry rows (source strike). A contact that is not a valid phone or
    e-mail any more (old data) is skipped and logged.
    """
    from listings.queries import contacts_used_by_owner

    from .queries import contacts_of

    phone, emails = contacts_of(user.pk)
    ad_phones, ad_emails = contacts_used_by_owner(user.pk)
    wanted = [(BlacklistKind.PHONE, p) for p in dict.fromkeys([phone, *ad_phones]) if p]
    wanted += [(BlacklistKind.EMAIL, e) for e in dict.fromkeys([*emails, *ad_emails]) if e]
    added = []
    for kind, value in wanted:
        try:
            entry, created = add_to_blacklist(
                kind=kind, value=value, reason=reason, source=BlacklistSource.STRIKE, created_by=created_by
            )
        except ValidationError:
            logger.warning("not blacklisting %s %r of user %s: not valid", kind, value, user.pk)
            continue
        if created:
            added.append(entry)
    return added


def block_account(*, user: User, reason: str, now: dt.datetime | None = None) -> bool:
    """Block the account: it can no longer log in to the site nor post; its next ads are blocked
    by `account.blocked`. Returns False if it was blocked already (the first block is kept).

    Side effects: sets `blocked_at` / `blocked_reason` with a conditional update.
    """
    now = now or timezone.now()
    changed = User.objects.filter(pk=user.pk, blocked_at__isnull=True).update(
        blocked_at=now, blocked_reason=reason[:300], updated_at=now
    )
    if changed:
        user.blocked_at, user.blocked_reason = now, reason[:300]
    return bool(changed)


def unblock_account(*, user: User) -> bool:
    """Lift a block (the blacklisted contacts stay listed: remove them in the admin).

    Side effects: clears `blocked_at` / `blocked_reason`. Returns False if it was not blocked.
    """
    changed = User.objects.filter(pk=user.pk, blocked_at__isnull=False).update(
        blocked_at=None, blocked_reason="", updated_at=timezone.now()
    )
    user.blocked_at, user.blocked_reason = None, ""
    return bool(changed)


def record_device(*, user_id: int, fingerprint: str, now: dt.datetime | None = None) -> None:
    """Remember that the account used this browser (for `account.linked`).

    Side effects: one Device row per (account, fingerprint), its `last_seen` refreshed.
    """
    now = now or timezone.now()
    if Device.objects.filter(user_id=user_id, fingerprint=fingerprint).update(last_seen=now):
        return
    # A parallel request of the same browser may record it first: then there is nothing to do.
    with contextlib.suppress(IntegrityError), transaction.atomic():
        Device.objects.create(user_id=user_id, fingerprint=fingerprint, last_seen=now)


def add_strike(
    *,
    user: User,
    listing_id: int | None,
    codes: list[str],
    source: str,
    created_by: User | None = None,
    strikes_before_blacklist: int | None = None,
) -> bool:
    """Count a blocked ad against its seller, once per ad, and escalate. Returns whether a strike was added.

    `strikes_before_blacklist` defaults to the policy profile's (RULES.md: 2, jer_kz 3).
    Side effects: one Strike row; below the threshold a warning e-mail to the seller (after
    commit); on reaching it, every contact of the account on the blacklist, the account blocked
    and an e-mail telling the seller so.
    """
    _strike, created = Strike.objects.get_or_create(
        user=user, listing_id=listing_id, defaults={"codes": codes, "source": source, "created_by": created_by}
    )
    if not created:
        return False
    threshold = strikes_before_blacklist or _strikes_before_blacklist()
    strikes = Strike.objects.filter(user=user).count()
    if strikes >= threshold:
        reason = f"{strikes} strikes ({', '.join(codes) or source})"
        blacklist_account_contacts(user=user, reason=reason, created_by=created_by)
        if block_account(user=user, reason=reason):
            transaction.on_commit(
                partial(_enqueue_strike_notice, user_id=user.pk, strikes=strikes, threshold=threshold)
            )
    else:
        transaction.on_commit(partial(_enqueue_strike_notice, user_id=user.pk, strikes=strikes, threshold=threshold))
    return True


def _enqueue_strike_notice(**kwargs: int) -> None:
    from . import tasks

    try:
        tasks.notify_strike.delay(**kwargs)
    except Exception:  # noqa: BLE001  (the strike stands; a lost e-mail must not undo it)
        logger.exception("could not enqueue the strike notice %s", kwargs)


@dataclass
class ImportSummary:
    added: int = 0
    existing: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)


def import_blacklist(
    *, rows: Iterable[tuple[int, list[str]]], created_by: User | None = None, dry_run: bool = False
) -> ImportSummary:
    """Add (line number, [kind, value, reason]) rows to the blacklist; a bad row is reported, not fatal.

    Side effects: BlacklistEntry rows (source import), none with `dry_run`.
    """
    summary = ImportSummary()
    country = _policy_country()
    for line_no, row in rows:
        cells = [cell.strip() for cell in row]
        if len(cells) < 2 or len(cells) > 3:
            summary.errors.append((line_no, _("expected kind,value,reason")))
            continue
        kind, value, reason = (*cells, "")[:3]
        kind = kind.lower()
        try:
            if dry_run:
                normalised = normalise_contact(kind=kind, value=value, country=country)
                created = not BlacklistEntry.objects.filter(kind=kind, value=normalised).exists()
            else:
                _entry, created = add_to_blacklist(
                    kind=kind,
                    value=value,
                    reason=reason,
                    source=BlacklistSource.IMPORT,
                    created_by=created_by,
                    country=country,
                )
        except ValidationError as exc:
            summary.errors.append((line_no, "; ".join(exc.messages)))
            continue
        if created:
            summary.added += 1
        else:
            summary.existing += 1
    return summary
