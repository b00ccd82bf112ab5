"""Postgres only: trigram search on titles, for duplicate candidates and word search.

pg_trgm is a trusted extension, so the database owner can create it without superuser.
Other databases skip this migration's work (SQLite has no trigram index).
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS listing_title_trgm ON listings_listing USING gin (title gin_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS listing_title_trgm")


class Migration(migrations.Migration):
    dependencies = [("listings", "0001_initial")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_index, drop_index),
    ]
