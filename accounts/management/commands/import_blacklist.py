"""Add the contacts of a CSV file (kind,value,reason) to the blacklist.

A bad line is reported and skipped; the command exits 1 if there was any. A header line
`kind,value,reason` is allowed. Contacts listed already are counted, not changed.
"""

import csv

from django.core.management.base import BaseCommand, CommandError

from accounts.services import import_blacklist


def _is_data(line_no: int, row: list[str]) -> bool:
    """Blank lines and the header are no entries."""
    if not any(cell.strip() for cell in row):
        return False
    return not (line_no == 1 and [cell.strip().lower() for cell in row[:2]] == ["kind", "value"])


class Command(BaseCommand):
    help = "Import blacklisted contacts from a CSV file with the columns kind (phone|email), value, reason."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Check the file and count; write nothing.")

    def handle(self, *args, file, dry_run, **options):
        with open(file, newline="", encoding="utf-8-sig") as handle:
            rows = [(n, row) for n, row in enumerate(csv.reader(handle), start=1) if _is_data(n, row)]
        summary = import_blacklist(rows=rows, dry_run=dry_run)
        for line_no, message in summary.errors:
            self.stderr.write(f"{file}:{line_no}: {message}")
        prefix = "dry run: " if dry_run else ""
        self.stdout.write(
            f"{prefix}blacklist: {summary.added} added, {summary.existing} listed already, "
            f"{len(summary.errors)} bad lines skipped"
        )
        if summary.errors:
            raise CommandError(f"{len(summary.errors)} bad lines in {file}")
