"""Duplicate lookup on a large marketplace: p50/p95 of the database context's queries with N ads.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/marketplace_bench .venv/bin/python bench/duplicate_lookup.py [--ads 1000000]

Fills a separate Postgres database (migrated here) with N active ads of 50,000 sellers through
COPY, with the MinHash text bands the site keeps for every ad, then times, for 300 random ads:
`ads_of_other_accounts` (band lookup + photo hashes: duplicate.cross_account's candidates),
`other_ads_of_user` (duplicate.same_user) and the whole `duplicate.*` family through the engine.
Prints figures; asserts nothing. Re-running reuses the rows already there.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")

BRANDS = [
    "Apple iPhone",
    "Samsung Galaxy",
    "Xiaomi Redmi",
    "Huawei P",
    "Nokia",
    "Sony Xperia",
    "Google Pixel",
    "OnePlus",
    "Oppo Reno",
    "Realme",
]
THINGS = ["sofa", "table", "bicycle", "laptop", "jacket", "fridge", "camera", "guitar", "stroller", "drill"]
PHRASES = [
    "Good condition, works perfectly.",
    "Bought last year, rarely used.",
    "Pick up in the centre.",
    "Delivery possible.",
    "Original box and charger included.",
    "Small scratch on the side.",
    "Selling because I moved.",
    "Price is final.",
    "Can show it in the evening.",
    "Receipt and warranty card kept.",
    "No repairs, no problems.",
    "Cash only.",
    "Barely used, like new.",
    "Comes with a case.",
    "Battery holds two days.",
    "Bargain possible on the spot.",
]
COLOURS = ["black", "white", "blue", "red", "green", "gold", "grey", "silver"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def title(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(BRANDS)} {rng.randint(3, 15)} {rng.choice(COLOURS)}, {rng.choice([32, 64, 128, 256])} GB"
    return f"{rng.choice(COLOURS).title()} {rng.choice(THINGS)} model {rng.randint(100, 99999)}"


def fill(target: int) -> None:
    from django.db import connection
    from django.utils import timezone

    from accounts.models import User
    from listings.models import Category, Listing, Region
    from listings.services import load_reference_data

    load_reference_data()
    have = Listing.objects.count()
    if have >= target:
        print(f"{have} ads already there")
        return
    rng = random.Random(7)
    sellers = 50_000
    if User.objects.count() < sellers:
        buf = io.StringIO()
        now = timezone.now().isoformat()
        for i in range(User.objects.count(), sellers):
            buf.write(f"bench{i}@bench.invalid\t!\t{now}\t{now}\t{now}\tt\tf\tf\t\t\t\n")
        buf.seek(0)
        with (
            connection.cursor() as cursor,
            cursor.copy(
                "COPY accounts_user (email, password, date_joined, created_at, updated_at, is_active, is_staff, is_superuser, name, phone, language) FROM STDIN"
            ) as copy,
        ):
            copy.write(buf.read())
    user_ids = list(User.objects.values_list("pk", flat=True)[:sellers])
    categories = list(Category.objects.filter(children__isnull=True).values_list("pk", flat=True))
    regions = list(Region.objects.values_list("pk", flat=True))
    now = timezone.now()
    started = time.perf_counter()
    batch = 100_000
    for start in range(have, target, batch):
        buf = io.StringIO()
        for _ in range(min(batch, target - start)):
            t = title(rng)
            extra = " ".join(rng.sample(PHRASES, 3))
            when = (now - __import__("datetime").timedelta(minutes=rng.randint(0, 60 * 24 * 29))).isoformat()
            buf.write(
                f"{rng.choice(user_ids)}\tactive\t{rng.choice(categories)}\t{rng.choice(regions)}\t{t}\t{t}. {extra}\t"
                f"{rng.randint(1000, 900000)}\tfixed\tKZT\t\t\t{{}}\tf\t{when}\t{when}\t{when}\t{when}\t{when}\n"
            )
        buf.seek(0)
        with (
            connection.cursor() as cursor,
            cursor.copy(
                "COPY listings_listing (owner_id, status, category_id, region_id, title, description, price, price_kind, currency, "
                "contact_phone, contact_email, attributes, has_photos, published_at, expires_at, status_changed_at, created_at, updated_at) FROM STDIN"
            ) as copy,
        ):
            copy.write(buf.read())
        print(f"  {start + batch} ads …", flush=True)
    print(f"filled {target - have} ads in {time.perf_counter() - started:.0f} s")


def fill_bands() -> None:
    from django.db import connection

    from moderation.fingerprints import text_bands
    from moderation.models import TextBand

    if TextBand.objects.exists():
        return
    started = time.perf_counter()
    with connection.cursor() as read:
        read.execute("SELECT id, title, description FROM listings_listing ORDER BY id")
        while rows := read.fetchmany(50_000):
            buf = io.StringIO()
            for pk, title_text, description in rows:
                for band in text_bands(title_text, description):
                    buf.write(f"{pk}\t{band}\n")
            buf.seek(0)
            with (
                connection.cursor() as cursor,
                cursor.copy("COPY moderation_textband (listing_id, band) FROM STDIN") as copy,
            ):
                copy.write(buf.read())
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE listings_listing")
        cursor.execute("ANALYZE moderation_textband")
    print(f"text bands computed in {time.perf_counter() - started:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ads", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=300)
    args = parser.parse_args()
    if "postgres" not in os.environ.get("DATABASE_URL", ""):
        sys.exit("set DATABASE_URL to a Postgres database for this benchmark (it fills it with ads)")

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    fill(args.ads)
    fill_bands()

    from listings.models import Listing
    from moderation.context import DatabaseContext, listing_snapshot
    from moderation.queries import current_profile
    from moderation.rules.engine import check
    from moderation.rules.registry import RULES

    rng = random.Random(11)
    low = Listing.objects.order_by("pk").values_list("pk", flat=True).first()
    top = Listing.objects.order_by("-pk").values_list("pk", flat=True).first()
    ids = [rng.randint(low, top) for _ in range(args.samples)]
    listings = {
        listing.pk: listing for listing in Listing.objects.filter(pk__in=ids).select_related("category", "region")
    }
    duplicate_codes = frozenset(code for code in RULES if code.startswith("duplicate."))
    timings: dict[str, list[float]] = {
        "text candidates (SQL)": [],
        "ads_of_other_accounts": [],
        "other_ads_of_user": [],
        "duplicate.* rules": [],
    }
    profile = current_profile()
    for pk in ids:
        listing = listings.get(pk)
        if listing is None:
            continue
        snapshot = listing_snapshot(listing)
        context = DatabaseContext(exclude_listing_id=listing.pk)
        t = time.perf_counter()
        context.text_candidates(snapshot)
        timings["text candidates (SQL)"].append(time.perf_counter() - t)
        t = time.perf_counter()
        context.ads_of_other_accounts(snapshot)
        timings["ads_of_other_accounts"].append(time.perf_counter() - t)
        t = time.perf_counter()
        context.other_ads_of_user(snapshot, days=30)
        timings["other_ads_of_user"].append(time.perf_counter() - t)
        t = time.perf_counter()
        check(snapshot, profile, context, codes=duplicate_codes)
        timings["duplicate.* rules"].append(time.perf_counter() - t)
    print(f"{Listing.objects.count()} ads in Postgres; {len(timings['other_ads_of_user'])} lookups")
    for name, values in timings.items():
        ms = [v * 1000 for v in values]
        print(
            f"{name:24s} p50 {statistics.median(ms):6.1f} ms   p95 {percentile(ms, 0.95):6.1f} ms   max {max(ms):6.1f} ms"
        )


if __name__ == "__main__":
    main()
