from celery import shared_task

from . import services


@shared_task(name="listings.expire_listings")
def expire_listings() -> int:
    """Periodic (beat): expire ads past their lifetime, archive long-expired ones."""
    return services.expire_listings()
