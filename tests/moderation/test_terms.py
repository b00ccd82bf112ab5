"""Term lists: shipped as files, loaded into the database, edited in the admin, exported and imported."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.urls import reverse

from listings.enums import ListingStatus
from listings.services import create_listing
from moderation import terms_store
from moderation.models import CheckResult, TermList
from moderation.rules.lexicon import TERMS_DIR, load_terms
from moderation.terms_store import current_terms, export_terms, import_terms, save_term_list
from tests.factories import content


@pytest.fixture
def imported(db):
    written, kept, errors = import_terms()
    assert errors == [] and written > 100
    return written


def post(owner, capture, **overrides):
    with capture(execute=True):
        listing = create_listing(owner=owner, content=content(**overrides), photos=[])
    listing.refresh_from_db()
    return listing


def test_import_then_export_round_trips(imported, tmp_path):
    assert export_terms(directory=tmp_path) == imported
    for path in TERMS_DIR.iterdir():
        assert (tmp_path / path.name).read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_a_term_added_in_the_admin_applies_to_the_next_check(
    imported, client, make_user, seller, django_capture_on_commit_callbacks
):
    senior = make_user("senior@example.com", is_staff=True)
    senior.user_permissions.add(*Permission.objects.filter(codename__in=["change_termlist", "view_termlist"]))
    weapons = TermList.objects.get(name="prohibited.weapons.en.txt")
    before = post(
        seller,
        django_capture_on_commit_callbacks,
        title="Zorblax blaster, never used",
        description="Selling my zorblax.",
    )
    assert before.status == ListingStatus.ACTIVE

    client.force_login(senior)
    with django_capture_on_commit_callbacks(execute=True):  # the version bump runs after commit
        response = client.post(
            f"/admin/moderation/termlist/{weapons.pk}/change/",
            {"name": weapons.name, "content": weapons.content + "\nzorblax\n"},
        )
    assert response.status_code == 302
    weapons.refresh_from_db()
    assert weapons.updated_by == senior

    after = post(
        seller, django_capture_on_commit_callbacks, title="Zorblax blaster, like new", description="Another zorblax."
    )
    assert after.status == ListingStatus.BLOCKED
    assert "prohibited.weapons" in CheckResult.objects.get(revision=after.latest_revision).codes


def test_a_term_added_in_the_admin_shows_in_the_live_precheck(
    imported, seller_client, django_capture_on_commit_callbacks
):
    form = {"category": "phones", "title": "Zorblax blaster, like new", "description": "Selling my zorblax."}
    assert seller_client.post(reverse("moderation:live_check"), form).json()["violations"] == []

    weapons = TermList.objects.get(name="prohibited.weapons.en.txt")
    with django_capture_on_commit_callbacks(execute=True):  # the version bump runs after commit
        save_term_list(name=weapons.name, content=weapons.content + "\nzorblax\n")

    found = seller_client.post(reverse("moderation:live_check"), form).json()["violations"]
    assert "prohibited.weapons" in {v["code"] for v in found}


def test_a_broken_list_is_refused_in_the_admin(imported, admin_client):
    prices = TermList.objects.get(name="price_policy.json")
    response = admin_client.post(
        f"/admin/moderation/termlist/{prices.pk}/change/", {"name": prices.name, "content": "{not json"}
    )
    assert response.status_code == 200
    assert "Not valid JSON" in response.content.decode() or response.context["adminform"].form.errors
    prices.refresh_from_db()
    assert prices.content.startswith("{") and prices.content != "{not json"


def test_a_moderator_without_the_permission_cannot_edit(imported, client, make_user):
    moderator = make_user("mod@example.com", is_staff=True)
    client.force_login(moderator)
    weapons = TermList.objects.get(name="prohibited.weapons.en.txt")
    assert client.get(f"/admin/moderation/termlist/{weapons.pk}/change/").status_code == 403


def test_import_keeps_lists_a_moderator_edited(imported, make_user, tmp_path):
    senior = make_user("senior@example.com")
    save_term_list(name="prohibited.weapons.en.txt", content="gun\nzorblax\n", user=senior)
    (tmp_path / "prohibited.weapons.en.txt").write_text("gun\n", encoding="utf-8")
    (tmp_path / "title.attention.en.txt").write_text("urgent\nmega deal\n", encoding="utf-8")

    written, kept, errors = import_terms(directory=tmp_path)

    assert (written, kept, errors) == (1, 1, [])
    assert "zorblax" in TermList.objects.get(name="prohibited.weapons.en.txt").content
    assert "mega deal" in TermList.objects.get(name="title.attention.en.txt").content
    import_terms(directory=tmp_path, overwrite=True)
    assert TermList.objects.get(name="prohibited.weapons.en.txt").content == "gun\n"


def test_import_command_reports_a_bad_file_and_goes_on(db, tmp_path, capsys):
    (tmp_path / "broken.json").write_text("{oops", encoding="utf-8")
    (tmp_path / "title.attention.en.txt").write_text("urgent\n", encoding="utf-8")

    with pytest.raises(CommandError):
        call_command("import_terms", str(tmp_path))

    assert "broken.json" in capsys.readouterr().err
    assert TermList.objects.filter(name="title.attention.en.txt").exists()


def test_rules_use_the_same_terms_object_until_a_list_changes(imported):
    first = current_terms()
    assert current_terms() is first
    save_term_list(name="title.attention.en.txt", content="urgent\n")
    from moderation.terms_store import bump_version

    bump_version()  # on_commit does this after a real commit
    assert current_terms() is not first


def test_a_starting_process_builds_the_lists_before_its_first_check(transactional_db):
    call_command("import_terms")
    terms_store.bump_version()  # whatever an earlier test built is out of date now

    terms_store.warm_up_in_background().join(timeout=60)

    version, terms = terms_store._cached
    assert version == terms_store._version()
    assert current_terms() is terms  # the first check finds them built
    assert terms is not load_terms()  # built from the database's lists, not the shipped files
