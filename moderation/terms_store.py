"""The term lists in the database: what the rules match once the shipped files are imported.

Moderators edit them in the admin; every worker picks the change up at its next check, because
each save bumps a version kept in the shared cache. The rules get the same `Terms` object back for
as long as the version holds (the per-ad analysis is cached by identity).
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from pathlib import Path
from threading import Lock, Thread

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connections, transaction
from django.utils.translation import gettext as _

from accounts.models import User

from .models import TermList
from .rules.lexicon import TERMS_DIR, Terms, load_terms, parse_lines, terms_from_files

logger = logging.getLogger(__name__)
VERSION_KEY = "moderation:terms-version"
_lock = Lock()
_cached: tuple[str, Terms] | None = None


def _version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.set(VERSION_KEY, version, timeout=None)
    return version


def bump_version() -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def current_terms() -> Terms:
    """The lists the rules use now: the database's, or the shipped files while it has none."""
    global _cached
    version = _version()
    with _lock:
        if _cached is not None and _cached[0] == version:
            return _cached[1]
        files = dict(TermList.objects.values_list("name", "content"))
        terms = terms_from_files(files) if files else load_terms()
        _cached = (version, terms)
        return terms


def warm_up() -> None:
    """Build the lists now, so that a process's first check or pre-check does not wait for them.

    Building takes seconds (docs/benchmarks.md); a web or worker process calls this as it starts.
    A database without the table yet (before `migrate`) is not an error here: the first check
    builds the lists then.
    """
    started = time.perf_counter()
    try:
        terms = current_terms()
    except DatabaseError as exc:
        logger.warning("term lists not warmed up: %s", exc)
    else:
        logger.info("term lists ready: %d lists in %.1f s", len(terms.lists), time.perf_counter() - started)
    finally:
        connections.close_all()


def warm_up_in_background() -> Thread:
    """`warm_up` in a thread, so a web server answers at once; a pre-check meanwhile waits for it."""
    thread = Thread(target=warm_up, name="warm-up-term-lists", daemon=True)
    thread.start()
    return thread


def validate_term_list(*, name: str, content: str) -> None:
    """Raise ValidationError if `content` is not valid for a list called `name`."""
    if not (name.endswith(".txt") or name.endswith(".json")) or "/" in name or name.startswith("."):
        raise ValidationError(_("The name must be a file name ending in .txt or .json."), code="name")
    if name.endswith(".json"):
        try:
            json.loads(content or "{}")
        except json.JSONDecodeError as exc:
            raise ValidationError(_("Not valid JSON: %(error)s"), params={"error": exc}, code="json") from exc
        return
    for number, line in enumerate(content.splitlines(), start=1):
        try:
            parse_lines(name, [line])
        except Exception as exc:  # noqa: BLE001  (any parse failure is the moderator's typo)
            raise ValidationError(
                _("Line %(n)d cannot be read: %(error)s"), params={"n": number, "error": exc}, code="syntax"
            ) from exc


@transaction.atomic
def save_term_list(*, name: str, content: str, user: User | None = None) -> TermList:
    """Create or replace one list. Side effects: the row, and a new version so every worker reloads."""
    validate_term_list(name=name, content=content)
    term_list, _created = TermList.objects.update_or_create(
        name=name, defaults={"content": content, "updated_by": user}
    )
    transaction.on_commit(bump_version)
    return term_list


def import_terms(
    *, directory: Path = TERMS_DIR, overwrite: bool = False, dry_run: bool = False
) -> tuple[int, int, list[str]]:
    """Load the lists of `directory` into the database.

    Lists a moderator edited in the admin are kept unless `overwrite`; lists that only ever came
    from files follow the files (a deploy with new shipped lists updates them). A file that does
    not validate is reported and skipped. Returns (written, kept, errors).
    """
    written = kept = 0
    errors: list[str] = []
    existing = {row["name"]: row for row in TermList.objects.values("name", "content", "updated_by")}
    for path in sorted(directory.iterdir()):
        if path.suffix not in (".txt", ".json"):
            continue
        try:
            content = path.read_text(encoding="utf-8")
            validate_term_list(name=path.name, content=content)
        except (ValidationError, UnicodeDecodeError) as exc:
            errors.append(f"{path.name}: {'; '.join(getattr(exc, 'messages', [str(exc)]))}")
            continue
        row = existing.get(path.name)
        if row is not None and (row["content"] == content or (row["updated_by"] is not None and not overwrite)):
            kept += 1
            continue
        if not dry_run:
            save_term_list(name=path.name, content=content)
        written += 1
    return written, kept, errors


def export_terms(*, directory: Path) -> int:
    """Write every list of the database to `directory`, one file each (the shipped layout)."""
    directory.mkdir(parents=True, exist_ok=True)
    count = 0
    for name, content in TermList.objects.values_list("name", "content"):
        (directory / name).write_text(content, encoding="utf-8")
        count += 1
    return count
