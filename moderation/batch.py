"""`moderate_batch`: the submit pipeline's rules over a file of ads (RULES.md, "Batch interface").

Each line is an event on the marketplace, taken in order. Without saving, the earlier lines live in
memory (`BatchContext`) on top of what the database already holds, so the duplicate and price
rules see both and nothing is written. With `save`, every line goes through the real services:
users, listings and revisions are created and each revision is checked by `run_check`, exactly as
a submit from the web would be.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.utils import timezone

from listings.images import PhotoRejected, normalise_photo

from .context import DatabaseContext
from .rules.engine import check
from .rules.profiles import Profile
from .rules.replay import ReplayContext, snapshot_from_line
from .rules.types import AdSnapshot, ImageSnapshot, Outcome

REQUIRED = ("id", "user", "category", "title")
ACTIONS = ("submit", "edit", "delete", "restore")


class LineError(ValueError):
    pass


def parse_line(raw: str) -> dict[str, Any]:
    """One input line as a dict, or LineError saying what is wrong with it."""
    try:
        line = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LineError(f"not valid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(line, dict):
        raise LineError("a line must be a JSON object")
    action = line.get("action", "submit")
    if action not in ACTIONS:
        raise LineError(f"unknown action {action!r}; one of {', '.join(ACTIONS)}")
    required = ("id",) if action in ("delete", "restore") else REQUIRED
    missing = [name for name in required if line.get(name) in (None, "")]
    if missing:
        raise LineError(f"missing required field(s): {', '.join(missing)}")
    if line.get("at"):
        try:
            _parse_at(line["at"])
        except ValueError:
            raise LineError(f"'at' is not an ISO 8601 time: {line['at']!r}") from None
    return line


def _parse_at(value: str) -> dt.datetime:
    at = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)


def read_images(line: dict[str, Any], base_dir: Path, profile: Profile) -> tuple[ImageSnapshot, ...] | None:
    """The line's photos as the submit pipeline sees them: checked and re-encoded like an upload,
    then read (OCR, QR, hashes). None when the line has no `images` key (photo rules not run)."""
    if "images" not in line:
        return None
    from django.conf import settings

    from .photos.scan import UnreadablePhoto, scan_photo

    images = []
    for entry in line.get("images") or ():
        path = entry if isinstance(entry, str) else str(entry.get("path", ""))
        try:
            with (base_dir / path).open("rb") as handle:
                photo = normalise_photo(handle, min_size=None, formats=profile.photo_formats)
        except OSError as exc:
            images.append(ImageSnapshot(path=path, refused=("photo.format", f"cannot open {path}: {exc.strerror}")))
            continue
        except PhotoRejected as exc:
            images.append(ImageSnapshot(path=path, refused=(exc.code, str(exc.message))))
            continue
        try:
            scan = scan_photo(photo.content, languages=profile.ocr_languages, engine=settings.PHOTO_OCR_ENGINE)
            ocr_text, qr = scan.ocr_text, scan.qr
        except UnreadablePhoto:
            ocr_text, qr = "", ()
        images.append(
            ImageSnapshot(
                path=path,
                width=photo.width,
                height=photo.height,
                format=photo.format,
                sha256=photo.sha256,
                phash=photo.phash,
                ocr_text=ocr_text,
                qr=tuple(qr),
            )  # fmt: skip
        )
    return tuple(images)


@dataclass
class BatchContext(ReplayContext):
    """The earlier lines of the batch (in memory) on top of the database's own ads."""

    database: DatabaseContext = field(default_factory=DatabaseContext)

    def terms(self):
        return self.database.terms()

    def region_names(self):
        return self.database.region_names()

    def category_posting_limit(self, category: str) -> int | None:
        return self.database.category_posting_limit(category)

    def _db(self) -> DatabaseContext:
        self.database.now = self.now
        return self.database

    def _as_account(self, snapshot: AdSnapshot) -> AdSnapshot:
        """A line's `user` that is an account's e-mail is that account in the database."""
        from accounts.queries import user_id_for_email

        if "@" in snapshot.user_id:
            found = user_id_for_email(snapshot.user_id)
            if found is not None:
                return replace(snapshot, user_id=str(found))
        return snapshot

    def other_ads_of_user(self, snapshot: AdSnapshot, *, days: int) -> Sequence[AdSnapshot]:
        mine = self._as_account(snapshot)
        return [*super().other_ads_of_user(snapshot, days=days), *self._db().other_ads_of_user(mine, days=days)]

    def deleted_ads_of_user(self, snapshot: AdSnapshot, *, days: int) -> Sequence[AdSnapshot]:
        mine = self._as_account(snapshot)
        return [*super().deleted_ads_of_user(snapshot, days=days), *self._db().deleted_ads_of_user(mine, days=days)]

    def active_ads_count(self, user_id: str) -> int:
        return super().active_ads_count(user_id) + self._db().active_ads_count(user_id)

    def ads_in_category_count(self, user_id: str, category: str, *, days: int) -> int:
        return super().ads_in_category_count(user_id, category, days=days) + self._db().ads_in_category_count(
            user_id, category, days=days
        )

    def ads_of_other_accounts(self, snapshot: AdSnapshot) -> Sequence[AdSnapshot]:
        mine = self._as_account(snapshot)
        return [*super().ads_of_other_accounts(snapshot), *self._db().ads_of_other_accounts(mine)]

    def comparable_prices(self, snapshot: AdSnapshot) -> Sequence[Decimal]:
        return [*super().comparable_prices(snapshot), *self._db().comparable_prices(snapshot)]

    def ads_with_similar_photo(self, snapshot: AdSnapshot, image: ImageSnapshot) -> Sequence[AdSnapshot]:
        from .photos.hashes import is_same_picture

        earlier = [
            stored.snapshot
            for stored in self.ads.values()
            if stored.snapshot.ad_id != snapshot.ad_id
            and self._live(stored)
            and any(other.phash and is_same_picture(other.phash, image.phash) for other in stored.snapshot.images or ())
        ]
        return [*earlier, *self._db().ads_with_similar_photo(self._as_account(snapshot), image)]

    def is_blacklisted(self, *, phone: str = "", email: str = "") -> bool:
        return super().is_blacklisted(phone=phone, email=email) or self._db().is_blacklisted(phone=phone, email=email)

    def account_is_blocked(self, user_id: str) -> bool:
        return super().account_is_blocked(user_id) or self._db().account_is_blocked(user_id)

    def accounts_using_contact(self, *, phone: str = "", email: str = "", exclude_user: str = "") -> Sequence[str]:
        found = {*super().accounts_using_contact(phone=phone, email=email, exclude_user=exclude_user)}
        found |= set(self._db().accounts_using_contact(phone=phone, email=email, exclude_user=exclude_user))
        return sorted(found)

    def linked_accounts(self, user_id: str) -> Sequence[str]:
        return sorted({*super().linked_accounts(user_id), *self._db().linked_accounts(user_id)})


def _result(line_id: Any, outcome: Outcome, *, action: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"id": line_id}
    if action:
        out["action"] = action
    body = outcome.as_dict()
    body["changes"] = {k: (float(v) if isinstance(v, Decimal) else v) for k, v in body["changes"].items()}
    out.update(body)
    return out


def judge_lines(
    raw_lines: Iterable[str], *, profile: Profile, base_dir: Path, save: bool = False
) -> Iterator[dict[str, Any]]:
    """One output object per input line, in order (RULES.md's output format)."""
    context = BatchContext(lifetime_days=profile.ad_lifetime_days)
    known: dict[str, AdSnapshot] = {}  # every ad seen so far, published or not
    saver = _Saver(profile, base_dir) if save else None
    last: dict[str, Outcome] = {}
    for number, raw in enumerate(raw_lines, start=1):
        if not raw.strip():
            continue
        try:
            line = parse_line(raw)
        except LineError as exc:
            yield {"id": _guess_id(raw), "line": number, "error": str(exc)}
            continue
        line_id = line["id"]
        at = _parse_at(line["at"]) if line.get("at") else timezone.now()
        context.now = at
        action = line.get("action", "submit")
        try:
            if saver is not None:
                outcome = saver.apply(line, action=action, at=at)
            else:
                images = read_images(line, base_dir, profile) if action in ("submit", "edit") else None
                outcome = _judge_in_memory(context, known, line, action=action, at=at, profile=profile, images=images)
        except LineError as exc:
            yield {"id": line_id, "line": number, "error": str(exc)}
            continue
        if outcome is None:  # a delete: nothing is judged; the ad's standing decision is repeated
            standing = last.get(str(line_id))
            yield _result(line_id, standing or Outcome("approve", (), {}), action="delete")
            continue
        last[str(line_id)] = outcome
        yield _result(line_id, outcome)


def _judge_in_memory(
    context: BatchContext,
    known: dict[str, AdSnapshot],
    line: dict,
    *,
    action: str,
    at: dt.datetime,
    profile: Profile,
    images: tuple[ImageSnapshot, ...] | None = None,
) -> Outcome | None:
    key = str(line["id"])
    before = known.get(key)
    if action != "submit" and before is None:
        raise LineError(f"{action} of an ad not seen before: {line['id']!r}")
    if action == "delete":
        context.apply(replace(before, action="delete"), None, at)
        return None
    if action == "restore":
        snapshot = replace(before, action="restore", previous=None)
    elif action == "edit":
        snapshot = snapshot_from_line(line, previous=before)
    else:
        snapshot = snapshot_from_line(line)
    if images is not None:
        snapshot = replace(snapshot, images=images)
    context.note_seller(snapshot)
    outcome = check(snapshot, profile, context)
    context.apply(snapshot, outcome, at)
    known[key] = replace(snapshot, previous=None)
    return outcome


def _guess_id(raw: str) -> Any:
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        return None
    return value.get("id") if isinstance(value, dict) else None


class _Saver:
    """--save: each line through the real services, each revision checked like a web submit."""

    def __init__(self, profile: Profile, base_dir: Path) -> None:
        self.profile = profile
        self.base_dir = base_dir
        self.listings: dict[str, int] = {}

    def apply(self, line: Mapping[str, Any], *, action: str, at: dt.datetime) -> Outcome | None:
        from django.db import transaction

        from listings import services as listing_services
        from listings.models import Listing

        key = str(line["id"])
        listing = Listing.objects.filter(pk=self.listings[key]).first() if key in self.listings else None
        if action != "submit" and listing is None:
            raise LineError(f"{action} of an ad not seen before: {line['id']!r}")
        # The outer transaction holds the on-commit enqueue back until our own check has run, so
        # the queued task finds the revision checked and changes nothing.
        with transaction.atomic():
            if action == "delete":
                listing_services.delete_listing(listing=listing, actor=listing.owner)
                return None
            if action == "restore":
                if listing.status == "active" and listing.expires_at and listing.expires_at <= at:
                    listing_services.transition(listing=listing, to="expired", reason="lifetime over", now=at)
                try:
                    revision = listing_services.renew_listing(listing=listing, actor=listing.owner)
                except listing_services.TransitionError as exc:
                    raise LineError(str(exc)) from None
            else:
                owner = _batch_user(str(line["user"]), line, self.profile)
                content, photos = _content(line, owner, self.profile, self.base_dir)
                if action == "edit":
                    revision = listing_services.update_listing(
                        listing=listing, actor=owner, content=content, photos=photos
                    )
                else:
                    listing = listing_services.create_listing(owner=owner, content=content, photos=photos)
                    Listing.objects.filter(pk=listing.pk).update(created_at=at)
                    self.listings[key] = listing.pk
                    revision = Listing.objects.get(pk=listing.pk).latest_revision
            from .services import analyse_photo, run_check

            for photo_id in revision.photos.values_list("pk", flat=True):
                analyse_photo(photo_id=photo_id)  # read now: the batch waits for its photos like a submit does
            result = run_check(revision_id=revision.pk, profile=self.profile, now=at)
        if result is None:
            raise LineError("the revision was not checked (replaced meanwhile)")
        return outcome_from_stored(result.decision, result.violations, result.changes)


def _batch_user(identity: str, line: Mapping[str, Any], profile: Profile):
    """The seller behind a line's `user`: an e-mail names an account; anything else a batch account."""
    from allauth.account.models import EmailAddress
    from django.core.exceptions import ValidationError
    from django.utils.text import slugify

    from accounts.models import User
    from accounts.services import normalise_phone

    email = identity.lower() if "@" in identity else f"{slugify(identity) or 'seller'}@batch.invalid"
    user, created = User.objects.get_or_create(email=email)
    if created:
        user.set_unusable_password()
        try:
            user.phone = normalise_phone(line.get("contact_phone") or "", country=profile.country)
        except ValidationError:
            user.phone = ""
        user.save()
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def _content(line: Mapping[str, Any], owner, profile: Profile, base_dir: Path):
    from listings.models import Category, Region
    from listings.services import ListingContent, store_photo

    category = Category.objects.filter(slug=line["category"]).first()
    if category is None:
        raise LineError(f"unknown category {line['category']!r}")
    region = Region.objects.filter(slug=line["region"]).first() if line.get("region") else None
    if region is None:
        region = Region.objects.filter(country=profile.country).first()
    snapshot = snapshot_from_line(dict(line))
    attributes = dict(line.get("attributes") or {})
    if snapshot.price_raw:
        attributes["price_raw"] = snapshot.price_raw
    photos = []
    for item in line.get("images") or ():
        try:
            with (base_dir / item["path"]).open("rb") as handle:
                photos.append(store_photo(owner=owner, photo=normalise_photo(handle, formats=profile.photo_formats)))
        except (OSError, PhotoRejected):
            continue
    content = ListingContent(
        category=category,
        region=region,
        title=str(line["title"])[:200],
        description=str(line.get("description") or ""),
        price=snapshot.price if snapshot.price is None or snapshot.price >= 0 else None,
        price_kind=snapshot.price_kind
        if snapshot.price is not None or snapshot.price_kind != "fixed"
        else "negotiable",
        currency=str(line.get("currency") or profile.currency)[:3],
        contact_phone=str(line.get("contact_phone") or "")[:20],
        contact_email=str(line.get("contact_email") or "")[:254],
        attributes=attributes,
    )
    return content, photos


def outcome_from_stored(decision: str, violations: list[dict], changes: dict) -> Outcome:
    from .rules.types import Action, Violation

    return Outcome(
        decision=decision,
        violations=tuple(
            Violation(code=v["code"], field=v["field"], evidence=v["evidence"], action=Action.parse(v["action"]))
            for v in violations
        ),
        changes=dict(changes),
    )
