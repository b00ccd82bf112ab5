"""Thin tasks: fetch, call one service. Enqueued only after commit, by moderation.services."""

from __future__ import annotations

import logging

from celery import shared_task
from celery.signals import worker_init
from django.db import InterfaceError, OperationalError

from . import services
from .terms_store import warm_up

logger = logging.getLogger(__name__)

TRANSIENT = (OperationalError, InterfaceError)
MAX_RETRIES = 3


@worker_init.connect
def warm_up_term_lists(**kwargs) -> None:
    """Build the term lists in the worker's main process, before its pool forks: every child starts
    with them, and no task waits seconds for the first build (or trips the pool's start-up timeout).
    """
    warm_up()


@shared_task(bind=True, name="moderation.check_revision", acks_late=True, max_retries=MAX_RETRIES)
def check_revision(self, *, revision_id: int) -> str | None:
    """Run the automatic check of one revision. Re-delivery or a stale revision changes nothing.

    Transient database errors are retried with capped backoff; when retries run out, or on any
    other error, the revision goes to the human queue instead of staying pending.
    """
    try:
        result = services.run_check(revision_id=revision_id)
    except TRANSIENT as exc:
        if self.request.retries < self.max_retries:
            raise self.retry(exc=exc, countdown=min(60, 5 * 2**self.request.retries)) from exc
        logger.exception("check of revision %s failed after retries", revision_id)
        services.send_to_human_review(revision_id=revision_id, note=f"automatic check failed: {exc.__class__.__name__}")
        return "review"
    except Exception as exc:
        logger.exception("check of revision %s failed", revision_id)
        services.send_to_human_review(revision_id=revision_id, note=f"automatic check failed: {exc.__class__.__name__}")
        return "review"
    return result.decision if result else None


@shared_task(name="moderation.sweep_stale_revisions")
def sweep_stale_revisions() -> tuple[int, int]:
    """Periodic (beat): re-enqueue checks that never came back."""
    return services.sweep_stale_revisions()


@shared_task(name="moderation.recheck_published")
def recheck_published() -> int:
    """Periodic (beat): check published ads again where the profile asks for it (emarket_az)."""
    return services.recheck_published()


@shared_task(
    name="moderation.notify_check_result", acks_late=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=5
)
def notify_check_result(*, result_id: int) -> bool:
    """E-mail the seller about an automatic rejection, block or fix; sent at most once."""
    from .notifications import notify_check_result as notify

    return notify(result_id=result_id)


@shared_task(
    name="moderation.notify_moderator_decision",
    acks_late=True,
    autoretry_for=(OSError,),
    retry_backoff=30,
    max_retries=5,
)
def notify_moderator_decision(*, decision_id: int) -> bool:
    """E-mail the seller about a moderator's rejection or block; sent at most once."""
    from .notifications import notify_moderator_decision as notify

    return notify(decision_id=decision_id)


@shared_task(bind=True, name="moderation.scan_photo", acks_late=True, max_retries=MAX_RETRIES)
def scan_photo(self, *, photo_id: int) -> bool:
    """OCR, QR and hashes of one photo, on the `photos` queue so text checks never wait behind it.

    A picture already analysed is not read again; the checks that waited for it are woken.
    """
    try:
        return services.analyse_photo(photo_id=photo_id) is not None
    except TRANSIENT as exc:
        raise self.retry(exc=exc, countdown=min(60, 5 * 2**self.request.retries)) from exc
