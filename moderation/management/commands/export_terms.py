"""Write the database's term lists to files, to review them or to ship them with the code."""

from pathlib import Path

from django.core.management.base import BaseCommand

from moderation.terms_store import export_terms


class Command(BaseCommand):
    help = "Export every term list of the database into DIRECTORY (one file per list)."

    def add_arguments(self, parser):
        parser.add_argument("directory")

    def handle(self, *args, directory, **options):
        count = export_terms(directory=Path(directory))
        self.stdout.write(f"term lists: {count} exported to {directory}")
