"""Score the rules on the labelled corpora and write docs/moderation-quality.md."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from moderation.quality import markdown, score_corpus

DEFAULT_CORPORA = [
    "tests/moderation/corpus/ads.jsonl",
    "tests/moderation/corpus/heldout.jsonl",
    "tests/moderation/corpus/heldout_after.jsonl",
    "tests/moderation/corpus/heldout_r2.jsonl",
    "tests/moderation/corpus/heldout_r3.jsonl",
    "tests/moderation/corpus/heldout_r4.jsonl",
    "tests/moderation/corpus/heldout_r5.jsonl",
    "tests/moderation/corpus/heldout_r6.jsonl",
    "tests/moderation/corpus/heldout_r7.jsonl",
]


class Command(BaseCommand):
    help = "Per-code precision and recall on labelled corpora (nothing is saved); writes a Markdown report."

    def add_arguments(self, parser):
        parser.add_argument(
            "corpus", nargs="*", help="JSON-lines corpora with policy and expected (default: the shipped ones)"
        )
        parser.add_argument("--output", default="docs/moderation-quality.md")

    def handle(self, *args, corpus, output, **options):
        paths = [Path(p) for p in corpus] or [settings.BASE_DIR / p for p in DEFAULT_CORPORA]
        paths = [p for p in paths if p.exists()]
        if not paths:
            raise CommandError("no corpus found")
        scores = {path.name: score_corpus(path) for path in paths}
        target = Path(output)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown(scores), encoding="utf-8")
        for name, score in scores.items():
            worst = min(score.family_recall().values(), default=1.0)
            self.stdout.write(
                f"{name}: {score.judged} judged, lowest family recall {worst:.1%}, clean stopped {score.clean_stopped_rate:.2%}"
            )
        self.stdout.write(f"written {target}")
