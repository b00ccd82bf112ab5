"""Write the blacklist to a CSV file (kind,value,reason), the format import_blacklist reads."""

import csv

from django.core.management.base import BaseCommand

from accounts.queries import blacklist_rows


class Command(BaseCommand):
    help = "Export the blacklist to FILE as CSV with the columns kind, value, reason."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Count the entries; write no file.")

    def handle(self, *args, file, dry_run, **options):
        count = 0
        if dry_run:
            count = sum(1 for _row in blacklist_rows())
        else:
            with open(file, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["kind", "value", "reason"])
                for row in blacklist_rows():
                    writer.writerow(row)
                    count += 1
        self.stdout.write(f"{'dry run: ' if dry_run else ''}blacklist: {count} entries exported to {file}")
