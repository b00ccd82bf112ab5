"""Memory the rule engine holds in a worker: RSS before and after loading it and judging the corpus.

    .venv/bin/python bench/engine_memory.py

Measures the process's resident memory (Linux /proc) after Django starts, after the engine and
its term lists load, and after every corpus ad is judged once (caches warm). Figures only.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    import django

    django.setup()
    base = rss_mb()
    from moderation.rules.engine import check
    from moderation.rules.lexicon import load_terms
    from moderation.rules.profiles import get_profile
    from moderation.rules.replay import snapshot_from_line

    load_terms()
    loaded = rss_mb()
    corpus = ROOT / "tests/moderation/corpus/ads.jsonl"
    lines = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    for line in lines:
        if line.get("action", "submit") == "submit":
            check(snapshot_from_line(line), get_profile(line["policy"]))
    warm = rss_mb()
    print(f"Django started: {base:.0f} MB RSS")
    print(f"engine + term lists loaded: {loaded:.0f} MB (+{loaded - base:.0f} MB)")
    print(f"after judging {len(lines)} ads: {warm:.0f} MB (+{warm - base:.0f} MB over Django)")


if __name__ == "__main__":
    main()
