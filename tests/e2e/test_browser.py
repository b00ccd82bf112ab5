"""A seller's whole path in a real browser: sign up, confirm the e-mail, post an ad with a photo,
see it go live in "My ads", find it in the search.

Drives Debian's Chromium through Playwright against pytest-django's live server. With
CELERY_BROKER_URL set the check runs in a real Celery worker (through Redis); without it, tasks
run in-process (eager). Screenshots go to test-artifacts/ at the repository root.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest
from django.core import mail
from django.db import connections
from PIL import Image, ImageDraw

from listings.models import Listing, Region
from moderation.queries import current_profile
from tests.workers import REPO_ROOT, Worker, celery_worker_fixture, skip_or_fail  # noqa: F401  (fixture)

# Playwright's sync API runs an event loop in this thread; the ORM calls below are still plain
# synchronous calls, which Django would otherwise refuse (SynchronousOnlyOperation).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

WITH_BROKER = bool(os.environ.get("CELERY_BROKER_URL"))
pytestmark = [pytest.mark.browser, *([pytest.mark.real_worker] if WITH_BROKER else [])]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = REPO_ROOT / "test-artifacts"
EMAIL = "browser-seller@example.com"
PASSWORD = "Correct-Horse-Battery-9"
TITLE = "Смартфон Pixelwave 7 Pro, 256 ГБ"
SEARCH_WORD = "Pixelwave"
MODERATION_TIMEOUT = 60.0


@pytest.fixture
def browser_page():
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        skip_or_fail(f"needs Chromium at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
            context.set_default_timeout(15_000)
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            yield page
            assert not errors, f"JavaScript errors on the pages: {errors}"
        finally:
            browser.close()
            # Inside sync_playwright() the ORM runs in another context (greenlet), so it opened its
            # own database connection; left open, Postgres refuses to drop the test database.
            connections.close_all()


@pytest.fixture
def moderation_worker(request, live_server):
    """A real worker when a broker is configured; otherwise tasks are eager and nothing is needed."""
    if not WITH_BROKER:
        return None
    worker: Worker = request.getfixturevalue("celery_worker")
    return worker.start()


def photo(path: Path) -> Path:
    image = Image.new("RGB", (1024, 768), (46, 94, 160))
    draw = ImageDraw.Draw(image)
    draw.rectangle([320, 140, 700, 640], fill=(25, 25, 30), outline=(200, 200, 210), width=12)
    draw.ellipse([480, 560, 540, 620], fill=(90, 90, 100))
    image.save(path, "JPEG", quality=88)
    return path


def test_seller_signs_up_posts_an_ad_and_finds_it(live_server, moderation_worker, browser_page, tmp_path):
    page = browser_page
    url = live_server.url
    ARTIFACTS.mkdir(exist_ok=True)

    # Sign up.
    page.goto(f"{url}/accounts/signup/")
    page.fill("input[name=email]", EMAIL)
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    with page.expect_navigation():
        page.press("input[name=password2]", "Enter")
    assert "/accounts/signup/" not in page.url, page.inner_text("main")

    # Confirm the e-mail through the link in the message (allauth asks for a POST on that page).
    assert len(mail.outbox) == 1, [m.subject for m in mail.outbox]
    assert mail.outbox[0].to == [EMAIL]
    match = re.search(r"https?://[^/\s]+(/\S*/confirm-email/[^\s/]+/)", mail.outbox[0].body)
    assert match, mail.outbox[0].body
    page.goto(url + match.group(1))
    with page.expect_navigation():
        page.click("main form[method=post] button[type=submit]")

    # Post an ad. Choosing the category re-renders the form (JS submits the hidden refresh button).
    page.goto(f"{url}/post/")
    assert page.url.endswith("/post/"), f"not allowed to post: {page.url}"
    with page.expect_navigation():
        page.select_option("select[name=category]", "phones")
    assert page.input_value("select[name=category]") == "phones"
    assert page.locator("input[name=attr_brand]").count() == 1  # the phone fields are there now
    region = Region.objects.filter(country=current_profile().country).first()
    page.select_option("select[name=region]", region.slug)
    page.fill("input[name=title]", TITLE)
    page.fill(
        "textarea[name=description]",
        "Телефон в отличном состоянии, аккумулятор 91 %, полный комплект: коробка, кабель, чехол.",
    )
    page.select_option("select[name=price_kind]", "fixed")
    page.fill("input[name=price]", "189000")
    page.fill("input[name=attr_brand]", "Pixelwave")
    page.fill("input[name=attr_memory_gb]", "256")
    page.fill("input[name=contact_phone]", "+77017246668")
    page.set_input_files("input[name=photos]", str(photo(tmp_path / "phone.jpg")))
    with page.expect_navigation():
        page.click("#listing-form button[name=publish]")
    assert page.url.endswith("/my/"), page.inner_text("main")

    listing = Listing.objects.get(title=TITLE)
    assert listing.photos.count() == 1

    # "My ads": reload until the check has run.
    status = page.locator(f"article[data-listing='{listing.pk}'] p.status")
    deadline = time.monotonic() + MODERATION_TIMEOUT
    while status.get_attribute("data-status") != "active":
        current = status.get_attribute("data-status")
        assert current == "pending", f"the ad went {current}: {page.inner_text('main')}"
        if moderation_worker is not None and not moderation_worker.alive:
            pytest.fail(f"the celery worker died:\n{moderation_worker.log()}")
        assert time.monotonic() < deadline, "the ad was not checked in time"
        time.sleep(0.5)
        page.reload()
    page.screenshot(path=str(ARTIFACTS / "e2e-my-ads.png"), full_page=True)

    # Search finds it, with its photo.
    page.goto(f"{url}/search/?q={SEARCH_WORD}")
    assert TITLE in page.inner_text("main")
    page.wait_for_load_state("networkidle")
    loaded = page.eval_on_selector_all("main img", "imgs => imgs.map(i => i.complete && i.naturalWidth > 0)")
    assert loaded and all(loaded), f"the ad's photo did not load in the search results: {loaded}"
    page.screenshot(path=str(ARTIFACTS / "e2e-search.png"), full_page=True)

    # The public page of the ad shows it too.
    page.click(f"main a[href='/ad/{listing.pk}/']")
    assert TITLE in page.inner_text("main")
    page.wait_for_load_state("networkidle")
    loaded = page.eval_on_selector_all("main img", "imgs => imgs.map(i => i.complete && i.naturalWidth > 0)")
    assert loaded and all(loaded), f"the ad's photo did not load on its page: {loaded}"
    page.screenshot(path=str(ARTIFACTS / "e2e-detail.png"), full_page=True)

    if moderation_worker is not None:
        assert moderation_worker.tasks_received() >= 1  # the worker, not the live server, ran the check
