"""How fast the text rules judge an ad: ads/s on one core and per-ad latency over the corpus.

    .venv/bin/python bench/rules_speed.py [--passes 5]

Every line of `tests/moderation/corpus/ads.jsonl` is turned into a snapshot (not timed) and run
through `check()` under its policy with the pure in-memory `RuleContext` (no history: duplicate and
price-comparison rules answer from nothing, as on a fresh marketplace). Prints term-list load time
and memory, ads/s, and p50/p95/p99 per ad. Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from moderation.rules import lexicon  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()

    tracemalloc.start()
    t0 = time.perf_counter()
    terms = lexicon.load_terms()
    load_s = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"term lists: {terms.index.count} phrases in {len(terms.lists)} lists, loaded in {load_s * 1000:.0f} ms, peak {peak / 1e6:.1f} MB"
    )

    from moderation.rules.context import RuleContext
    from moderation.rules.engine import check
    from moderation.rules.profiles import get_profile
    from moderation.rules.registry import RULES
    from moderation.rules.replay import snapshot_from_line

    lines = [
        json.loads(x)
        for x in (ROOT / "tests/moderation/corpus/ads.jsonl").read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    lines = [x for x in lines if x.get("action", "submit") != "delete"]
    text_codes = frozenset(c for c in RULES if not c.startswith("photo."))
    context = RuleContext()
    # warm-up: stemmer caches, regex compilation
    for line in lines:
        check(snapshot_from_line(line), get_profile(line["policy"]), context, codes=text_codes)

    timings: list[float] = []
    total = 0.0
    for _ in range(args.passes):
        snaps = [(snapshot_from_line(line), get_profile(line["policy"])) for line in lines]
        for snap, profile in snaps:
            t = time.perf_counter()
            check(snap, profile, context, codes=text_codes)
            dt_ = time.perf_counter() - t
            timings.append(dt_)
            total += dt_
    timings.sort()
    n = len(timings)
    print(f"ads judged: {n} ({len(lines)} ads x {args.passes} passes), {len(text_codes)} rule codes")
    print(f"throughput: {n / total:,.0f} ads/s on one core")
    print(
        "latency per ad: "
        f"mean {statistics.mean(timings) * 1000:.2f} ms, p50 {timings[n // 2] * 1000:.2f} ms, "
        f"p95 {timings[int(n * 0.95)] * 1000:.2f} ms, p99 {timings[int(n * 0.99)] * 1000:.2f} ms, "
        f"max {timings[-1] * 1000:.2f} ms"
    )


if __name__ == "__main__":
    main()
