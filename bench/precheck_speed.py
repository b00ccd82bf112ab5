"""Server time of the live pre-check: the posting form's text rules, p50/p95 per call.

    .venv/bin/python bench/precheck_speed.py [--passes 3]

Calls `moderation.precheck.precheck()` (what the view runs) with each corpus ad's fields, as the
form would send them. Figures only.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    import django

    django.setup()
    from moderation.precheck import precheck
    from moderation.rules.profiles import get_profile

    corpus = ROOT / "tests/moderation/corpus/ads.jsonl"
    lines = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    forms = [
        (
            get_profile(line["policy"]),
            {
                k: str(line.get(k) or "")
                for k in ("category", "region", "title", "description", "price", "contact_phone", "contact_email")
            },
        )
        for line in lines
        if "title" in line
    ]
    precheck(data=forms[0][1], profile=forms[0][0], user_id="1", language="ru")  # load the term lists
    times = []
    for _ in range(args.passes):
        for profile, data in forms:
            t = time.perf_counter()
            precheck(data=data, profile=profile, user_id="1", language="ru")
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(
        f"{len(times)} pre-checks: p50 {statistics.median(times):.2f} ms, p95 {times[int(0.95 * len(times))]:.2f} ms, max {times[-1]:.2f} ms"
    )


if __name__ == "__main__":
    main()
