"""Held-out corpora through the engine, pure Python (no database).

`heldout.jsonl` was written before the rules were tuned against it, by someone who had not read the
term lists; `heldout_after.jsonl` (round 1) and `heldout_r2.jsonl` (round 2, 350 ads) were each
written as fresh estimates and then used to fix the general mechanisms behind their misses, so all
three are tuning sets now and asserted like `ads.jsonl`: recall >= 95 % per rule family and at
most 2 % of clean ads stopped (any decision but approve/fix). `heldout_r3.jsonl` was written after
the round-2 fixes without reading them and `heldout_r4.jsonl` (315 ads, 2/3 clean, every category,
look-alike words) before the round-4 fixes; both were then used to fix general mechanisms and are
asserted too. `heldout_r5.jsonl` (157 ads) and `heldout_r6.jsonl` (286 ads, 56 % clean hard negatives,
violators weighted to ad.*, prohibited.* and text.*) were written as fresh estimates and measured
before the round-6 fixes (r6: ad 28/33, prohibited 61/66, text 24/28, 5/159 clean stopped), then
used to fix general mechanisms, so they are asserted too. `heldout_r7.jsonl` (273 judged ads, 51 % clean
hard negatives, violators in every text-judgeable family and all five profiles) was written without
reading the rules and measured before the round-7 fixes (contact 14/15, job 15/19, prohibited 37/40,
region 4/5, title 13/14, 4/138 clean stopped once three corpus-made cross-account copies were reworded),
then used to fix general mechanisms, so it is asserted too.
Run with `-s` to see per-family recall, per-code counts, misses and false hits.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from moderation.rules.profiles import get_profile
from moderation.rules.replay import replay

CORPUS_DIR = Path(__file__).resolve().parents[1] / "corpus"
CORPORA = (
    "heldout.jsonl",
    "heldout_after.jsonl",
    "heldout_r2.jsonl",
    "heldout_r3.jsonl",
    "heldout_r4.jsonl",
    "heldout_r5.jsonl",
    "heldout_r6.jsonl",
    "heldout_r7.jsonl",
)
REPORT_ONLY = ()


def load(name: str) -> list[dict]:
    path = CORPUS_DIR / name
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run(lines: list[dict]):
    by_policy: dict[str, list[dict]] = defaultdict(list)
    for line in lines:
        by_policy[line["policy"]].append(line)
    results = []
    for policy, policy_lines in by_policy.items():
        for line, _snapshot, outcome in replay(policy_lines, get_profile(policy)):
            if outcome is not None:
                results.append((line, outcome))
    return results


def score(results) -> dict:
    tp, fn, fp = Counter(), Counter(), Counter()
    misses, false_hits, stopped_ids = [], [], []
    clean = 0
    for line, outcome in results:
        expected = set(line["expected"]["codes"])
        found = {v.code for v in outcome.violations}
        for code in expected & found:
            tp[code] += 1
        for code in expected - found:
            fn[code] += 1
            misses.append((line["id"], code, line["title"]))
        for code in found - expected:
            fp[code] += 1
            false_hits.append((line["id"], code, [v.evidence for v in outcome.violations if v.code == code]))
        if not expected:
            clean += 1
            if outcome.decision not in ("approve", "fix"):
                stopped_ids.append((line["id"], outcome.decision, sorted(found), line["title"]))
    families: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for code, count in tp.items():
        families[code.split(".")[0]][0] += count
    for code, count in fn.items():
        families[code.split(".")[0]][1] += count
    return {
        "tp": tp,
        "fn": fn,
        "fp": fp,
        "families": dict(families),
        "misses": misses,
        "false_hits": false_hits,
        "clean": clean,
        "stopped": stopped_ids,
    }


def report(name: str, s: dict) -> str:
    rows = [f"== {name}: {s['clean']} clean, {sum(s['tp'].values()) + sum(s['fn'].values())} expected codes"]
    for family, (t, n) in sorted(s["families"].items()):
        rows.append(f"family {family:12s} recall {t / (t + n):.3f} ({t}/{t + n})")
    stopped = len(s["stopped"])
    rows.append(f"clean ads stopped: {stopped}/{s['clean']} = {stopped / max(s['clean'], 1):.3%}")
    rows += [f"miss: {m}" for m in s["misses"]]
    rows += [f"stopped clean: {m}" for m in s["stopped"]]
    rows += [f"false hit: {m}" for m in s["false_hits"]]
    return "\n".join(rows)


# A corpus in REPORT_ONLY is printed, not asserted (a fresh estimate: fixing its misses
# against the same lines would make it one more tuning set); `manage.py moderation_quality` reports one too.
@pytest.fixture(scope="module", params=[name for name in CORPORA if name not in REPORT_ONLY])
def scored(request):
    lines = load(request.param)
    if not lines:
        pytest.skip(f"{request.param} not present")
    s = score(run(lines))
    print("\n" + report(request.param, s))
    return s


def test_heldout_shape():
    lines = load("heldout.jsonl")
    judged = [line for line in lines if line.get("action") != "delete"]
    assert len(judged) >= 300
    assert {line["policy"] for line in lines} == {"olx_kz", "emarket_az", "khashuri_ge", "twobe_ge", "jer_kz"}
    assert {line["lang"] for line in lines} >= {"ru", "kk", "az", "ka", "en"}
    clean = [line for line in judged if not line["expected"]["codes"]]
    assert len(clean) / len(judged) >= 0.50


def test_heldout_r2_shape():
    lines = load("heldout_r2.jsonl")
    judged = [line for line in lines if line.get("action") != "delete"]
    assert len(judged) >= 250
    assert {line["policy"] for line in lines} == {"olx_kz", "emarket_az", "khashuri_ge", "twobe_ge", "jer_kz"}
    assert {line["lang"] for line in lines} >= {"ru", "kk", "az", "ka", "en"}
    clean = [line for line in judged if not line["expected"]["codes"]]
    assert len(clean) / len(judged) >= 0.55


def test_heldout_r4_shape():
    lines = load("heldout_r4.jsonl")
    judged = [line for line in lines if line.get("action") != "delete"]
    assert len(judged) >= 300
    assert {line["policy"] for line in lines} == {"olx_kz", "emarket_az", "khashuri_ge", "twobe_ge", "jer_kz"}
    assert {line["lang"] for line in lines} >= {"ru", "kk", "az", "ka", "en"}
    clean = [line for line in judged if not line["expected"]["codes"]]
    assert len(clean) / len(judged) >= 0.65


def test_heldout_r6_shape():
    lines = load("heldout_r6.jsonl")
    judged = [line for line in lines if line.get("action") != "delete"]
    assert len(judged) >= 200
    assert {line["policy"] for line in lines} == {"olx_kz", "emarket_az", "khashuri_ge", "twobe_ge", "jer_kz"}
    assert {line["lang"] for line in lines} >= {"ru", "kk", "az", "ka", "en"}
    clean = [line for line in judged if not line["expected"]["codes"]]
    assert len(clean) / len(judged) >= 0.55
    families = {code.split(".")[0] for line in judged for code in line["expected"]["codes"]}
    assert families >= {"ad", "prohibited", "text"}


def test_heldout_r7_shape():
    lines = load("heldout_r7.jsonl")
    judged = [line for line in lines if line.get("action") != "delete"]
    assert len(judged) >= 220
    assert {line["policy"] for line in lines} == {"olx_kz", "emarket_az", "khashuri_ge", "twobe_ge", "jer_kz"}
    assert {line["lang"] for line in lines} >= {"ru", "kk", "az", "ka", "en"}
    clean = [line for line in judged if not line["expected"]["codes"]]
    assert len(clean) / len(judged) >= 0.50
    families = {code.split(".")[0] for line in judged for code in line["expected"]["codes"]}
    assert families >= {
        "contact",
        "title",
        "text",
        "price",
        "ad",
        "prohibited",
        "job",
        "duplicate",
        "edit",
        "category",
        "region",
    }


def test_report_only_corpus_is_scored():
    """The report-only corpus runs through the engine (its numbers are printed, not asserted)."""
    for name in REPORT_ONLY:
        lines = load(name)
        if lines:
            print("\n" + report(name, score(run(lines))))


def test_expected_codes_are_on_in_their_profile():
    """A code switched off in a profile must never be expected there."""
    for name in CORPORA:
        for line in load(name):
            profile = get_profile(line["policy"])
            for code in line["expected"]["codes"]:
                assert profile.is_on(code), (name, line["id"], code)


def test_heldout_recall_per_family(scored):
    low = {f: round(t / (t + n), 3) for f, (t, n) in scored["families"].items() if t / (t + n) < 0.95}
    assert not low, f"recall below 95 %: {low}; misses: {scored['misses']}"


def test_heldout_clean_ads_rarely_stopped(scored):
    assert len(scored["stopped"]) / max(scored["clean"], 1) <= 0.02, scored["stopped"]
