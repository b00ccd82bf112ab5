"""Throughput of the `photos` queue with 1 and 2 real Celery workers (OCR + QR + hashes per photo).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/marketplace_bench \
    CELERY_BROKER_URL=redis://127.0.0.1:6379/12 .venv/bin/python bench/photo_queue.py [--photos 40]

Stores N distinct 1024×768 photos (half with a contact painted on them), then for each worker
count: forgets their analyses, starts that many `celery worker -Q photos --concurrency 1`
processes, enqueues one scan per photo and times until every analysis is stored. Figures only.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=40)
    args = parser.parse_args()
    if "postgres" not in os.environ.get("DATABASE_URL", "") or not os.environ.get("CELERY_BROKER_URL"):
        sys.exit("set DATABASE_URL (Postgres) and CELERY_BROKER_URL (Redis): workers are separate processes")
    import django

    django.setup()
    from django.core.files.base import ContentFile
    from django.core.management import call_command

    from accounts.models import User
    from listings.images import normalise_photo
    from listings.services import store_photo
    from marketplace.celery import app
    from moderation.models import PhotoAnalysis
    from moderation.tasks import scan_photo
    from tests.photos.synth import clean_photo, contact_photo

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    owner, _ = User.objects.get_or_create(email="photo-bench@bench.invalid")
    photos = []
    for i in range(args.photos):
        sample = contact_photo(10_000 + i) if i % 2 else clean_photo(20_000 + i)
        photos.append(store_photo(owner=owner, photo=normalise_photo(ContentFile(sample.data))))
    shas = [p.sha256 for p in photos]
    celery = str(Path(sys.executable).with_name("celery"))
    for workers in (1, 2):
        PhotoAnalysis.objects.filter(sha256__in=shas).delete()
        app.control.purge()
        procs = [
            subprocess.Popen(
                [
                    celery,
                    "-A",
                    "marketplace",
                    "worker",
                    "-Q",
                    "photos",
                    "--concurrency",
                    "1",
                    "--pool",
                    "prefork",
                    "-n",
                    f"bench{n}@%h",
                    "--without-gossip",
                    "--without-mingle",
                    "-l",
                    "WARNING",
                ],
                cwd=ROOT,
                env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            )  # fmt: skip
            for n in range(workers)
        ]
        time.sleep(6)  # let them connect
        started = time.perf_counter()
        for photo in photos:
            scan_photo.delay(photo_id=photo.pk)
        while PhotoAnalysis.objects.filter(sha256__in=shas).count() < len(shas):
            time.sleep(0.2)
        elapsed = time.perf_counter() - started
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)
        print(f"{workers} worker(s): {len(shas)} photos in {elapsed:.1f} s = {len(shas) / elapsed:.2f} photos/s")


if __name__ == "__main__":
    main()
