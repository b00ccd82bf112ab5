"""How well the rules do on a labelled corpus: per-code precision and recall, clean ads stopped.

A corpus is batch lines (RULES.md's input format) with `policy` and `expected` ({"codes": [...],
"decision": ...}); each policy's lines go through `moderate_batch`'s own pipeline in order.
"""

from __future__ import annotations

import io
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .batch import judge_lines
from .rules.profiles import get_profile

STOPPING = frozenset({"review", "reject", "block"})


@dataclass
class Score:
    tp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    clean: int = 0
    clean_stopped: int = 0
    judged: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)
    false_hits: list[tuple[str, str, str]] = field(default_factory=list)

    def family_recall(self) -> dict[str, float]:
        found, missed = Counter(), Counter()
        for code, n in self.tp.items():
            found[code.split(".")[0]] += n
        for code, n in self.fn.items():
            missed[code.split(".")[0]] += n
        return {f: found[f] / (found[f] + missed[f]) for f in sorted(set(found) | set(missed))}

    @property
    def clean_stopped_rate(self) -> float:
        return self.clean_stopped / self.clean if self.clean else 0.0


def read_corpus(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_corpus(path: Path) -> Score:
    """Run every policy's lines through moderate_batch's pipeline (nothing saved) and score them."""
    lines = read_corpus(path)
    by_policy: dict[str, list[dict]] = defaultdict(list)
    for line in lines:
        by_policy[line["policy"]].append(line)
    score = Score()
    for policy, policy_lines in by_policy.items():
        raw = io.StringIO("\n".join(json.dumps(line, ensure_ascii=False) for line in policy_lines))
        outputs = list(judge_lines(raw, profile=get_profile(policy), base_dir=path.parent))
        for line, out in zip(policy_lines, outputs, strict=True):
            if line.get("action") == "delete" or "expected" not in line:
                continue
            _count(score, line, out)
    return score


def _count(score: Score, line: dict, out: dict) -> None:
    score.judged += 1
    expected = set(line["expected"]["codes"])
    found = {v["code"] for v in out.get("violations", [])}
    for code in expected & found:
        score.tp[code] += 1
    for code in expected - found:
        score.fn[code] += 1
        score.misses.append((str(line["id"]), code))
    for code in found - expected:
        score.fp[code] += 1
        evidence = "; ".join(v["evidence"] for v in out["violations"] if v["code"] == code)
        score.false_hits.append((str(line["id"]), code, evidence))
    if not expected:
        score.clean += 1
        if out.get("decision") in STOPPING:
            score.clean_stopped += 1


def markdown(scores: dict[str, Score]) -> str:
    """The report `moderation_quality` writes to docs/moderation-quality.md."""
    out = ["# Moderation quality", "", "Written by `python manage.py moderation_quality`; do not edit by hand.", ""]
    for name, score in scores.items():
        out += [f"## {name}", ""]
        out.append(
            f"{score.judged} ads judged, {score.clean} clean; clean ads stopped (review, reject or block): "
            f"{score.clean_stopped} ({score.clean_stopped_rate:.2%})."
        )
        out += ["", "| family | recall |", "| --- | --- |"]
        out += [f"| {family} | {recall:.1%} |" for family, recall in score.family_recall().items()]
        out += [
            "",
            "| code | found | missed | wrongly flagged | precision | recall |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for code in sorted(set(score.tp) | set(score.fn) | set(score.fp)):
            t, n, p = score.tp[code], score.fn[code], score.fp[code]
            precision = t / (t + p) if t + p else 1.0
            recall = t / (t + n) if t + n else 1.0
            out.append(f"| `{code}` | {t} | {n} | {p} | {precision:.2f} | {recall:.2f} |")
        out.append("")
    return "\n".join(out)
