"""Admin pages on a large marketplace: time and query count of the moderators' pages.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/marketplace_bench .venv/bin/python bench/admin_pages.py

Uses the database filled by `bench/duplicate_lookup.py` (1,000,000 ads) and requests each page 5
times as a superuser through Django's test client; prints the median time and the number of SQL
queries. (The queue's own size does not change its query count: tests/moderation/test_queue.py.)
Figures only.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")


def main() -> None:
    if "postgres" not in os.environ.get("DATABASE_URL", ""):
        sys.exit("set DATABASE_URL to the Postgres database bench/duplicate_lookup.py filled")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accounts.models import User
    from listings.models import Listing
    from moderation.models import ReviewItem

    settings.ALLOWED_HOSTS = ["*"]
    admin = User.objects.filter(email="bench-admin@bench.invalid").first() or User.objects.create_superuser(
        email="bench-admin@bench.invalid", password="bench-password-1"
    )
    print(f"{Listing.objects.count()} listings, {ReviewItem.objects.count()} review items")
    client = Client()
    client.force_login(admin)
    pages = [
        "/admin/moderation/reviewitem/",
        "/admin/moderation/reviewitem/dashboard/",
        "/admin/moderation/checkresult/",
        "/admin/listings/listing/",
        "/admin/listings/listing/?status__exact=active",
        "/admin/accounts/user/",
    ]
    for url in pages:
        times, queries = [], 0
        for _ in range(5):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
            queries = len(captured.captured_queries)
            assert response.status_code == 200, (url, response.status_code)
        print(f"{url:48s} median {statistics.median(times):7.1f} ms   {queries:3d} queries")


if __name__ == "__main__":
    main()
