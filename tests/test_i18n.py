"""Every user-visible string is in real ru/kk/az/ka catalogues, and the pages speak them."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.urls import reverse

LOCALE = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("language", ["ru", "kk", "az", "ka"])
def test_catalogue_is_complete(language):
    if shutil.which("msgfmt") is None:
        pytest.skip("gettext's msgfmt is not installed")
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr


def test_catalogues_cover_the_source(tmp_path, monkeypatch, settings):
    """makemessages over a copy of the code finds no string the catalogues lack."""
    if shutil.which("xgettext") is None:
        pytest.skip("gettext's xgettext is not installed")
    from django.core.management import call_command

    root = LOCALE.parent
    for name in ("accounts", "listings", "moderation", "billing", "marketplace", "templates", "locale"):
        shutil.copytree(root / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo", "terms"))
    monkeypatch.chdir(tmp_path)
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    call_command("makemessages", locale=["ru"], verbosity=0)

    def ids(path: Path) -> set[str]:
        return set(re.findall(r'^msgid "(.+)"$', path.read_text(encoding="utf-8"), re.M))

    missing = ids(tmp_path / "locale/ru/LC_MESSAGES/django.po") - ids(LOCALE / "ru/LC_MESSAGES/django.po")
    assert not missing, f"strings without a translation (run makemessages and translate): {sorted(missing)}"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("kk", "Хабарландыру беру"), ("ru", "Подать объявление"), ("en", "Post an ad")],
)
def test_pages_speak_the_chosen_language(client, db, language, expected):
    client.cookies["django_language"] = language
    page = client.get(reverse("listings:home")).content.decode()
    assert expected in page
