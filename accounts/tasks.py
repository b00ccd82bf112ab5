"""Thin tasks: fetch, call one service. Enqueued only after commit, by accounts.services."""

from __future__ import annotations

from celery import shared_task

from . import notifications


@shared_task(name="accounts.notify_strike")
def notify_strike(*, user_id: int, strikes: int, threshold: int) -> bool:
    """E-mail the seller a strike's warning, or that the account is blocked. Gone account: nothing."""
    return notifications.send_strike_notice(user_id=user_id, strikes=strikes, threshold=threshold)
