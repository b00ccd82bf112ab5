"""The labelled corpora through the engine, pure Python (no database).

Each policy's lines are replayed in order with an in-memory context (earlier lines are the context
of later ones, as in `moderate_batch`). Every corpus is asserted: recall >= 95 % per rule family,
at most 2 % of clean ads stopped (any decision but approve/fix), and the decision wherever a line
names one. `ads.jsonl` was written with the rules; each `heldout*.jsonl` was written as a fresh
estimate, measured before that round's fixes (figures in docs/benchmarks.md), then used to fix the
general mechanisms behind its misses, so all of them are tuning sets now.
Run with `-s` to see per-family recall, misses and false hits.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from moderation.rules.lexicon import load_terms
from moderation.rules.profiles import get_profile
from moderation.rules.replay import ReplayContext, replay

CORPUS_DIR = Path(__file__).resolve().parents[1] / "corpus"
PROFILES = {"olx_kz", "emarket_az", "khashuri_ge", "twobe_ge", "jer_kz"}
LANGUAGES = {"ru", "kk", "az", "ka", "en"}
ALL_FAMILIES = frozenset(
    {"contact", "title", "text", "price", "ad", "prohibited", "job", "duplicate", "edit", "category", "region"}
)


@dataclass(frozen=True)
class Corpus:
    name: str
    min_judged: int
    min_clean: float  # share of judged ads with no expected code
    families: frozenset[str] = frozenset()  # families the corpus must exercise


CORPORA = (
    Corpus("ads.jsonl", 400, 0.40),
    Corpus("heldout.jsonl", 300, 0.50),
    Corpus("heldout_after.jsonl", 100, 0.50),
    Corpus("heldout_r2.jsonl", 250, 0.55),
    Corpus("heldout_r3.jsonl", 120, 0.50),
    Corpus("heldout_r4.jsonl", 300, 0.65),
    Corpus("heldout_r5.jsonl", 150, 0.60),
    Corpus("heldout_r6.jsonl", 200, 0.55, frozenset({"ad", "prohibited", "text"})),
    Corpus("heldout_r7.jsonl", 220, 0.50, ALL_FAMILIES),
    Corpus("heldout_r8.jsonl", 650, 0.55, ALL_FAMILIES),
    Corpus("heldout_r9.jsonl", 600, 0.55, ALL_FAMILIES),
    Corpus("heldout_r10.jsonl", 450, 0.55, ALL_FAMILIES),
    Corpus("heldout_r11.jsonl", 520, 0.55, ALL_FAMILIES),
    Corpus("heldout_r12.jsonl", 520, 0.55, ALL_FAMILIES),
    Corpus("heldout_r13.jsonl", 520, 0.55, ALL_FAMILIES),
    Corpus("heldout_r14.jsonl", 500, 0.55, ALL_FAMILIES),
    Corpus("heldout_r15.jsonl", 440, 0.55, ALL_FAMILIES),
    Corpus("heldout_r16.jsonl", 560, 0.55, ALL_FAMILIES),
    Corpus("heldout_r17.jsonl", 560, 0.55, ALL_FAMILIES),
    Corpus("heldout_r18.jsonl", 560, 0.55, ALL_FAMILIES),
    Corpus("heldout_r19.jsonl", 560, 0.55, ALL_FAMILIES),
)


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (CORPUS_DIR / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def judged(lines: list[dict]) -> list[dict]:
    return [line for line in lines if line.get("action") != "delete"]


# `price.unrealistic` compares with comparable ads of the same file; where a writer expected it and
# the file holds too few of them, no engine could decide it: the expectation is set aside, not scored.
MARKET_CODES = frozenset({"price.unrealistic"})


def run(lines: list[dict]):
    by_policy: dict[str, list[dict]] = defaultdict(list)
    for line in lines:
        by_policy[line["policy"]].append(line)
    for policy, policy_lines in by_policy.items():
        profile = get_profile(policy)
        context = ReplayContext(lifetime_days=profile.ad_lifetime_days)
        needed = load_terms().data.get("price_policy", {}).get("unrealistic_min_comparables", 3)
        for line, snapshot, outcome in replay(policy_lines, profile, context):
            if outcome is None:
                continue
            if MARKET_CODES & set(line["expected"]["codes"]) and len(context.comparable_prices(snapshot)) < needed:
                line = {**line, "unjudgeable": sorted(MARKET_CODES & set(line["expected"]["codes"]))}
            yield line, outcome


def score(results) -> dict:
    tp, fn = Counter(), Counter()
    misses, false_hits, stopped, wrong_decisions = [], [], [], []
    clean = 0
    for line, outcome in results:
        expected = set(line["expected"]["codes"]) - set(line.get("unjudgeable", ()))
        found = {v.code for v in outcome.violations}
        tp.update(expected & found)
        fn.update(expected - found)
        misses += [(line["id"], code, line["title"]) for code in expected - found]
        false_hits += [(line["id"], code) for code in found - expected]
        if not expected and not line.get("unjudgeable"):
            clean += 1
            if outcome.decision not in ("approve", "fix"):
                stopped.append((line["id"], outcome.decision, sorted(found), line["title"]))
        want = line["expected"].get("decision")
        if want and want != outcome.decision:
            wrong_decisions.append((line["id"], want, outcome.decision))
    families: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for code, count in tp.items():
        families[code.split(".")[0]][0] += count
    for code, count in fn.items():
        families[code.split(".")[0]][1] += count
    return {
        "families": dict(families),
        "misses": misses,
        "false_hits": false_hits,
        "clean": clean,
        "stopped": stopped,
        "wrong_decisions": wrong_decisions,
    }


def report(name: str, s: dict) -> str:
    rows = [f"== {name}: {s['clean']} clean"]
    rows += [f"family {f:12s} recall {t / (t + n):.3f} ({t}/{t + n})" for f, (t, n) in sorted(s["families"].items())]
    rows.append(f"clean ads stopped: {len(s['stopped'])}/{s['clean']}")
    rows += [f"miss: {m}" for m in s["misses"]] + [f"stopped clean: {m}" for m in s["stopped"]]
    rows += [f"false hit: {m}" for m in s["false_hits"]]
    return "\n".join(rows)


@pytest.fixture(scope="module", params=CORPORA, ids=lambda corpus: corpus.name)
def scored(request):
    s = score(run(load(request.param.name)))
    print("\n" + report(request.param.name, s))
    return s


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda corpus: corpus.name)
def test_corpus_has_the_promised_shape(corpus):
    lines = load(corpus.name)
    ads = judged(lines)
    assert len(ads) >= corpus.min_judged
    assert {line["policy"] for line in lines} == PROFILES
    assert {line["lang"] for line in lines} >= LANGUAGES
    assert sum(not line["expected"]["codes"] for line in ads) / len(ads) >= corpus.min_clean
    assert {code.split(".")[0] for line in ads for code in line["expected"]["codes"]} >= corpus.families


def test_expected_codes_are_on_in_their_profile():
    """A code switched off in a profile must never be expected there."""
    for corpus in CORPORA:
        for line in load(corpus.name):
            profile = get_profile(line["policy"])
            for code in line["expected"]["codes"]:
                assert profile.is_on(code), (corpus.name, line["id"], code)


def test_recall_per_family(scored):
    low = {f: round(t / (t + n), 3) for f, (t, n) in scored["families"].items() if t / (t + n) < 0.95}
    assert not low, f"recall below 95 %: {low}; misses: {scored['misses']}"


def test_clean_ads_are_rarely_stopped(scored):
    assert len(scored["stopped"]) / max(scored["clean"], 1) <= 0.02, scored["stopped"]


def test_decisions_where_the_corpus_names_one(scored):
    assert not scored["wrong_decisions"]
