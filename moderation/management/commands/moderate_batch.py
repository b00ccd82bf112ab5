"""Run the submit pipeline's rules over a file of ads and print one JSON decision per line.

Operators try a rule change on real ads before switching it on; tests measure the rules with it.
Without --save nothing is written (existing ads are still read for duplicates and prices).
Exit status 0 when every line was read, 1 otherwise.
"""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from moderation.batch import judge_lines
from moderation.rules.profiles import PROFILES, get_profile


class Command(BaseCommand):
    help = "moderate_batch FILE.jsonl --policy PROFILE [--save]: one JSON decision per input line on stdout."

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON lines; '-' reads standard input")
        parser.add_argument("--policy", required=True, choices=sorted(PROFILES))
        parser.add_argument("--save", action="store_true", help="post the ads for real (users, listings, checks)")

    def handle(self, *args, file, policy, save, **options):
        profile = get_profile(policy)
        if file == "-":
            handle, base_dir = sys.stdin, Path.cwd()
        else:
            path = Path(file)
            if not path.is_file():
                raise CommandError(f"{path}: no such file")
            handle, base_dir = path.open(encoding="utf-8"), path.parent
        failed = judged = 0
        with handle:
            for out in judge_lines(handle, profile=profile, base_dir=base_dir, save=save):
                if "error" in out:
                    failed += 1
                    self.stderr.write(f"line {out.get('line')}: {out['error']}")
                else:
                    judged += 1
                self.stdout.write(json.dumps(out, ensure_ascii=False))
        self.stderr.write(
            f"moderate_batch: {judged} judged, {failed} refused, policy {policy}{', saved' if save else ''}"
        )
        if failed:
            sys.exit(1)
