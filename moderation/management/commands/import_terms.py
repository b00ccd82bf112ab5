"""Load term lists from files into the database (by default the ones shipped with the code)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from moderation.rules.lexicon import TERMS_DIR
from moderation.terms_store import import_terms


class Command(BaseCommand):
    help = "Import term lists (*.txt, *.json) into the database. Lists edited in the admin are kept unless --overwrite."

    def add_arguments(self, parser):
        parser.add_argument("directory", nargs="?", default=str(TERMS_DIR))
        parser.add_argument("--overwrite", action="store_true", help="replace lists that already exist")
        parser.add_argument("--dry-run", action="store_true", help="check the files, write nothing")

    def handle(self, *args, directory, overwrite, dry_run, **options):
        path = Path(directory)
        if not path.is_dir():
            raise CommandError(f"{path} is not a directory")
        written, kept, errors = import_terms(directory=path, overwrite=overwrite, dry_run=dry_run)
        for error in errors:
            self.stderr.write(f"skipped {error}")
        verb = "would write" if dry_run else "written"
        self.stdout.write(f"term lists: {written} {verb}, {kept} kept, {len(errors)} with errors")
        if errors:
            raise CommandError(f"{len(errors)} file(s) could not be imported")
