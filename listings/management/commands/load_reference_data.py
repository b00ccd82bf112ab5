"""Load the canonical categories and regions of RULES.md (idempotent: safe on every deploy)."""

from django.core.management.base import BaseCommand

from listings.services import load_reference_data


class Command(BaseCommand):
    help = "Create or update the canonical categories and regions. Safe to run repeatedly."

    def handle(self, *args, **options):
        categories, regions = load_reference_data()
        self.stdout.write(self.style.SUCCESS(f"reference data: {categories} categories, {regions} regions"))
