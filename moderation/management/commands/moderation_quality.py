"""Score the rules on the labelled corpora and write docs/moderation-quality.md."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from moderation.quality import markdown, score_corpus

CORPUS_DIR = Path("tests/moderation/corpus")


def default_corpora() -> list[Path]:
    """ads.jsonl, then every held-out round in order (heldout, heldout_after, heldout_r2 … r14 …)."""

    def order(path: Path) -> tuple[int, str]:
        digits = "".join(c for c in path.stem if c.isdigit())
        return (int(digits) if digits else (0 if path.stem == "ads" else 1), path.stem)

    return sorted((settings.BASE_DIR / CORPUS_DIR).glob("*.jsonl"), key=order)


class Command(BaseCommand):
    help = "Per-code precision and recall on labelled corpora (nothing is saved); writes a Markdown report."

    def add_arguments(self, parser):
        parser.add_argument(
            "corpus", nargs="*", help="JSON-lines corpora with policy and expected (default: the shipped ones)"
        )
        parser.add_argument("--output", default="docs/moderation-quality.md")

    def handle(self, *args, corpus, output, **options):
        paths = [Path(p) for p in corpus] or default_corpora()
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
