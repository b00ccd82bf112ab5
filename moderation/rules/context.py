"""What a rule may ask of the marketplace beyond the ad itself.

Rules never touch the ORM: they ask a context. `RuleContext` answers from nothing (a brand-new
marketplace); the database-backed context in `moderation.context` answers from Postgres or SQLite,
and `moderate_batch` uses the same one. `moderation.rules.replay.ReplayContext` answers from ads
kept in memory (tests, benchmarks, a batch replayed without a database).

Contract shared by every method that returns ads:
- "active or pending" means published and not expired, or waiting for moderation; deleted,
  expired, rejected and blocked ads are not included unless the method says so;
- the ad under check (same `ad_id`) is never included, in any of its revisions;
- the returned `AdSnapshot`s carry at least `ad_id`, `user_id`, `category`, `category_path`,
  `region`, `title`, `description`, `price`, `currency` and, when photos are stored, `images`
  with `sha256`/`phash`; `attributes["posted_at"]` (ISO 8601) when known;
- order is newest first; a DB implementation may cap the result (at least 200 ads).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .lexicon import Terms, load_terms
from .types import AdSnapshot, ImageSnapshot


@dataclass
class RuleContext:
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    # --- reference data -------------------------------------------------------------------

    def terms(self) -> Terms:
        """The term lists the text rules match (prohibited goods, attention words, …).

        Default: the files shipped in `moderation/rules/terms/`, loaded once per process by
        `lexicon.load_terms()`. A DB-backed context may return its own `Terms` built with
        `Terms.from_lines(...)`; it must return the *same object* for repeated calls while the lists
        are unchanged (the per-ad analysis is cached by identity)."""
        return load_terms()

    def region_names(self) -> Mapping[str, tuple[str, Sequence[str]]]:
        """Every region: `{slug: (country ISO code, [names and spellings])}`.

        Spellings include every local language, English, and inflected forms or stems; a spelling
        ending in `*` matches any word starting with it (`Караганд*`). Default: `terms/regions.json`."""
        data = self.terms().get("regions", {})
        return {slug: (entry["country"], tuple(entry["names"])) for slug, entry in data.items()}

    def category_ancestors(self, slug: str) -> tuple[str, ...]:
        """Slugs of the ancestors of category `slug`, nearest first (`phones` → `("electronics",)`).

        Used only when a snapshot arrives with an empty `category_path`. Default: the canonical
        tree of RULES.md (`taxonomy.CATEGORY_PARENT`)."""
        from .taxonomy import ancestors

        return ancestors(slug)

    # --- the same seller ------------------------------------------------------------------

    def other_ads_of_user(self, snapshot: AdSnapshot, *, days: int) -> Sequence[AdSnapshot]:
        """Active or pending ads of `snapshot.user_id` posted (or restored) within the last `days`
        days before `self.now`, in any region and category, excluding this ad."""
        return ()

    def deleted_ads_of_user(self, snapshot: AdSnapshot, *, days: int) -> Sequence[AdSnapshot]:
        """Ads of `snapshot.user_id` that the seller deleted *before they expired*, where the
        deletion happened within the last `days` days before `self.now` (for `duplicate.repost`)."""
        return ()

    def active_ads_count(self, user_id: str) -> int:
        """How many active or pending ads `user_id` has now, not counting the ad under check."""
        return 0

    def ads_in_category_count(self, user_id: str, category: str, *, days: int) -> int:
        """How many ads `user_id` posted in category `category` (that exact slug) within the last
        `days` days, whatever their status now, not counting the ad under check (`account.limit`)."""
        return 0

    def category_posting_limit(self, category: str) -> int | None:
        """The limit the administration set on category `category` (that exact slug): how many ads
        one seller may post there in 30 days. None: no limit of its own (the profile's default holds).
        Default: none set."""
        return None

    # --- other sellers --------------------------------------------------------------------

    def ads_of_other_accounts(self, snapshot: AdSnapshot) -> Sequence[AdSnapshot]:
        """Active or pending ads of *other* users that may repeat this ad: the same normalised
        text or an image with the same `sha256`. A DB implementation may pre-filter loosely
        (same category, trigram-similar title, shared image hash); the rule decides similarity.
        (`ads_with_same_text_other_accounts` in the design notes.)"""
        return ()

    def ads_with_similar_photo(self, snapshot: AdSnapshot, image: ImageSnapshot) -> Sequence[AdSnapshot]:
        """Active or pending ads, of *any* user (the same seller included), other than this ad,
        that have at least one photo whose pHash is within 7 bits of `image.phash` (`photo.duplicate`).

        `image` is one of `snapshot.images` with a `phash` (16 hex digits, imagehash.phash); the
        rule does not call this for images without one. Each returned ad's `images` must carry
        `phash` for its photos (the rule re-checks the distance and ignores ads where no photo is
        within 7 bits, so a loose pre-filter is fine: e.g. the rows sharing any of
        `moderation.photos.phash_chunks(image.phash)`, which by pigeonhole include every hash within
        7 bits). Besides the fields of the shared contract, `user_id`, `category` and `title` are
        needed (the rule tells "another account" from "the same seller, a different object").
        Newest first; a DB implementation may cap the result (at least 50 ads). Default: none."""
        return ()

    def comparable_prices(self, snapshot: AdSnapshot) -> Sequence[Decimal]:
        """Prices of comparable active ads: same category and currency, other ads only, fixed
        prices only; where the DB can tell, the same product (e.g. trigram-similar title)."""
        return ()

    # --- accounts and contacts ------------------------------------------------------------

    def is_blacklisted(self, *, phone: str = "", email: str = "") -> bool:
        """True if the phone (any formatting; compare E.164 digits) or the e-mail (case-insensitive)
        is on the contact blacklist. Empty arguments are ignored."""
        return False

    def account_contacts(self, user_id: str) -> tuple[str, Sequence[str]]:
        """The account's own contacts: its profile phone (E.164, or "") and its e-mail addresses
        (`account.blacklisted` checks them besides the ad's contact fields). Default: none."""
        return "", ()

    def account_is_blocked(self, user_id: str) -> bool:
        """True if the account `user_id` is blocked (by a moderator or by strikes)."""
        return False

    def accounts_using_contact(self, *, phone: str = "", email: str = "", exclude_user: str = "") -> Sequence[str]:
        """Ids of other accounts (not `exclude_user`) whose profile or ads use this phone (E.164
        digits) or e-mail (case-insensitive), for `contact.third_party`. Empty arguments are ignored."""
        return ()

    def linked_accounts(self, user_id: str) -> Sequence[str]:
        """Ids of other accounts that share a phone, an e-mail or a device fingerprint with
        `user_id` (one person, one account: `account.linked`)."""
        return ()
