"""How well photo moderation reads contacts in pictures, and how fast (issue: photo moderation).

Builds a synthetic set (tests/photos/synth.py): contact photos — KZ/AZ/GE phones in several
formats, e-mails, URLs, @handles, "WhatsApp +7…" — painted in 20–52 px, light and dark colours,
plain/outlined/on a banner, rotated up to ±7°, on busy 1024×768 backgrounds; and clean photos (no
text, or brand/model captions such as SAMSUNG, A52, 128 GB). Runs `scan_photo` and the
`photo.contact` rule and prints, per engine:

    recall       contact photos the rule stops (target ≥ 90 %)
    clean stop   clean photos wrongly stopped by photo.contact or photo.qr (target ≤ 3 %)
    p50 / p95    scan_photo wall time of one 1024×768 photo (target p50 < 0.5 s on one core)

Usage: .venv/bin/python bench/ocr_quality.py [--engines tesseract,rapidocr,hybrid]
       [--contacts 105] [--clean 60] [--cores 1] [--misses]
By default the process is pinned to one core (`--cores 1`) and OMP_THREAD_LIMIT=1.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engines", default="tesseract,rapidocr,hybrid")
    parser.add_argument("--contacts", type=int, default=105)
    parser.add_argument("--clean", type=int, default=60)
    parser.add_argument("--cores", type=int, default=1)
    parser.add_argument("--profile", default="olx_kz")
    parser.add_argument("--misses", action="store_true", help="print what was missed / wrongly stopped")
    args = parser.parse_args()
    if args.cores and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, set(sorted(os.sched_getaffinity(0))[: args.cores]))

    from moderation.photos import ENGINES, scan_photo
    from moderation.rules import families  # noqa: F401  (registers the rules)
    from moderation.rules.context import RuleContext
    from moderation.rules.families.photo import photo_contact, photo_qr, photo_text_ad
    from moderation.rules.profiles import get_profile
    from moderation.rules.types import AdSnapshot, ImageSnapshot
    from tests.photos import synth

    profile = get_profile(args.profile)
    context = RuleContext()
    kinds = sorted(synth.CONTACT_KINDS)
    contacts = [synth.contact_photo(1000 + i, kinds[i % len(kinds)]) for i in range(args.contacts)]
    cleans = [synth.clean_photo(5000 + i) for i in range(args.clean)]
    print(f"{len(contacts)} contact photos ({', '.join(kinds)}), {len(cleans)} clean photos, 1024×768 JPEG")
    print(f"profile {profile.name} (OCR languages {profile.ocr_languages}), cores {len(os.sched_getaffinity(0))}")

    engines = []
    for name in args.engines.split(","):
        name = name.strip()
        if name not in ENGINES:
            print(f"unknown engine {name}")
            continue
        try:
            scan_photo(contacts[0].data, languages=profile.ocr_languages, engine=name)  # load models
        except Exception as exc:
            print(f"{name}: unavailable ({type(exc).__name__}: {exc})")
            continue
        engines.append(name)

    rows = []
    for name in engines:
        times: list[float] = []
        found_by_kind: dict[str, list[bool]] = {k: [] for k in kinds}
        misses, wrong, text_ad_clean = [], [], 0
        started = time.perf_counter()
        for sample in contacts + cleans:
            scan = scan_photo(sample.data, languages=profile.ocr_languages, engine=name)
            times.append(scan.duration_ms / 1000)
            image = ImageSnapshot(path=sample.name, ocr_text=scan.ocr_text, qr=scan.qr, phash=scan.phash)
            snap = AdSnapshot(ad_id=sample.name, user_id="u", category="phones", title="x", images=(image,))
            stopped = list(photo_contact(snap, profile, context)) + list(photo_qr(snap, profile, context))
            if sample.kind == "clean":
                text_ad_clean += bool(list(photo_text_ad(snap, profile, context)))
                if stopped:
                    wrong.append((sample, scan, stopped))
            else:
                found_by_kind[sample.kind].append(bool(stopped))
                if not stopped:
                    misses.append((sample, scan))
        total = time.perf_counter() - started
        recall = sum(sum(v) for v in found_by_kind.values()) / len(contacts)
        times.sort()
        p50 = statistics.median(times)
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        rows.append((name, recall, len(wrong) / len(cleans), p50, p95, found_by_kind, text_ad_clean, total))
        if args.misses:
            for sample, scan in misses:
                print(f"  [{name}] MISS {sample.kind:9} {sample.caption!r:40} read: {scan.ocr_text[:120]!r}")
            for sample, scan, stopped in wrong:
                print(
                    f"  [{name}] WRONG {sample.caption!r:20} {[f.evidence for f in stopped]} read: {scan.ocr_text[:80]!r}"
                )

    print()
    header = f"{'engine':10} {'recall':>7} {'clean stop':>10} {'p50 s':>6} {'p95 s':>6}  per kind (found/total)"
    print(header)
    print("-" * len(header))
    for name, recall, fp, p50, p95, by_kind, _text_ad_clean, _total in rows:
        kinds_txt = " ".join(f"{k}={sum(v)}/{len(v)}" for k, v in by_kind.items())
        print(f"{name:10} {recall:7.1%} {fp:10.1%} {p50:6.2f} {p95:6.2f}  {kinds_txt}")
    print()
    for name, recall, fp, p50, _p95, _by_kind, text_ad_clean, total in rows:
        ok = "OK" if recall >= 0.9 and fp <= 0.03 and p50 < 0.5 else "MISSES TARGET"
        print(
            f"{name}: {ok} (recall ≥ 90 %, clean stop ≤ 3 %, p50 < 0.5 s); "
            f"photo.text_ad on clean photos: {text_ad_clean}/{len(cleans)}; run {total:.0f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
