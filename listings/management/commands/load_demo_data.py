"""Fill a local site with demo sellers, a moderator and ads that went through real moderation.

    manage.py load_demo_data                 # 300 ads, seed 1
    manage.py load_demo_data --ads 50 --seed 7
    manage.py load_demo_data --dry-run       # print the plan, write nothing
    manage.py load_demo_data --force         # add more ads although demo ads exist

The logic lives in `listings.demo`; this command only adapts arguments and prints.
"""

from django.core.management.base import BaseCommand, CommandError

from listings import demo


class Command(BaseCommand):
    help = (
        "Create demo sellers (password demo-password-1), a moderator (moderator@demo.local, demo-moderator-1) "
        "and N ads in five languages, each checked by the moderation pipeline. Idempotent: does nothing when "
        "demo ads exist, unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("--ads", type=int, default=demo.DEFAULT_ADS, help="how many ads (default %(default)s)")
        parser.add_argument("--seed", type=int, default=demo.DEFAULT_SEED, help="random seed (default %(default)s)")
        parser.add_argument("--force", action="store_true", help="add the ads even if demo ads already exist")
        parser.add_argument("--dry-run", action="store_true", help="print what would be created, write nothing")

    def handle(self, *args, ads, seed, force, dry_run, **options):
        if ads < 0:
            raise CommandError("--ads must be 0 or more")
        report = demo.load_demo_data(ads=ads, seed=seed, force=force, dry_run=dry_run, progress=self._progress)
        if report.skipped:
            self.stdout.write(
                f"demo data already exists ({report.existing_ads} demo ads): nothing added. "
                "Use --force to add more ads."
            )
            return
        if dry_run:
            self._print_plan(report)
            return
        statuses = ", ".join(f"{status} {n}" for status, n in report.statuses.most_common()) or "none"
        self.stdout.write(
            self.style.SUCCESS(
                f"demo data: {len(report.sellers)} sellers ({report.sellers_created} new), moderator "
                f"{demo.MODERATOR_EMAIL} ({'new' if report.moderator_created else 'existing'}), "
                f"{len(report.listing_ids)} ads in {report.seconds:.1f} s: {statuses}"
            )
        )

    def _progress(self, done: int, total: int) -> None:
        self.stdout.write(f"  {done}/{total} ads")

    def _print_plan(self, report: demo.DemoReport) -> None:
        for seller in report.sellers:
            self.stdout.write(f"seller    {seller.email}  {seller.name}  {seller.phone}")
        self.stdout.write(f"moderator {demo.MODERATOR_EMAIL} (staff, group {demo.MODERATORS_GROUP})")
        for ad in report.ads:
            seller = report.sellers[ad.seller]
            title, _, price, kind = demo.broken(ad, seller)
            flag = f"  [breaks: {ad.violation}]" if ad.violation else ""
            shown = price if price is not None else kind
            self.stdout.write(
                f"ad {ad.language} {ad.category.slug:<18} {ad.region.slug:<12} {shown!s:>12}  "
                f"{len(ad.photo_seeds)} photo(s)  {title}{flag}"
            )
        violators = sum(1 for ad in report.ads if ad.violation)
        self.stdout.write(
            f"dry run: would create {len(report.sellers)} sellers (if missing), 1 moderator, "
            f"{len(report.ads)} ads ({violators} breaking a rule on purpose); nothing written"
        )
