"""The staff roles (groups of accounts/migrations/0004_roles.py), each one's reach tried through the admin."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission

from accounts.models import BlacklistEntry
from listings.models import Category

ROLES = ("Moderator", "Senior moderator", "Operator")


@pytest.fixture
def staff(make_user):
    def make(role: str):
        user = make_user(f"{role.replace(' ', '-').lower()}@example.com", is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        return user

    return make


def form_data(response) -> dict:
    """The admin change form's current values, as a browser would send them back."""
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if value is None or value is False:
            continue
        data[name] = field.widget.format_value(value) if not isinstance(value, (bool, list)) else value
    return data


def test_the_migration_creates_the_three_roles(db):
    perms = {
        name: set(Group.objects.get(name=name).permissions.values_list("content_type__app_label", "codename"))
        for name in ROLES
    }

    assert ("moderation", "change_reviewitem") in perms["Moderator"]
    assert ("accounts", "add_blacklistentry") in perms["Senior moderator"]
    assert ("accounts", "block_user") in perms["Senior moderator"]
    assert ("moderation", "change_termlist") in perms["Senior moderator"]
    assert perms["Moderator"] < perms["Senior moderator"]
    assert ("listings", "change_category") in perms["Operator"]
    # A moderator works the queue only: no blacklist, accounts, term lists, categories or billing.
    assert not {app for app, _code in perms["Moderator"]} & {"accounts", "billing"}
    assert not any(app == "billing" for role in perms.values() for app, _code in role)


def test_the_roles_migration_is_idempotent_and_reversible(db):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("accounts.migrations.0004_roles")
    before = {g.name: set(g.permissions.values_list("pk", flat=True)) for g in Group.objects.filter(name__in=ROLES)}

    migration.create_roles(apps, None)
    after = {g.name: set(g.permissions.values_list("pk", flat=True)) for g in Group.objects.filter(name__in=ROLES)}
    assert after == before
    migration.remove_roles(apps, None)
    assert not Group.objects.filter(name__in=ROLES).exists()
    assert Permission.objects.filter(codename="block_user").exists()


def test_a_moderator_reaches_the_queue_and_nothing_else(client, staff):
    client.force_login(staff("Moderator"))

    assert client.get("/admin/moderation/checkresult/").status_code == 200
    assert client.get("/admin/moderation/reviewitem/").status_code == 200
    assert client.get("/admin/moderation/recheck/").status_code == 200
    assert client.get("/admin/listings/listing/").status_code == 200
    for url in (
        "/admin/accounts/blacklistentry/",
        "/admin/accounts/blacklistentry/add/",
        "/admin/accounts/user/",
        "/admin/moderation/termlist/",
        "/admin/listings/category/",
    ):
        assert client.get(url).status_code == 403, url
    # Billing has no admin pages; its reach is the group's permissions (none).
    assert client.get("/admin/billing/").status_code == 404


def test_a_senior_moderator_adds_a_blacklist_entry(client, staff):
    senior = staff("Senior moderator")
    client.force_login(senior)

    response = client.post(
        "/admin/accounts/blacklistentry/add/", {"kind": "phone", "value": "8 701 724 66 68", "reason": "fraud"}
    )

    assert response.status_code == 302
    entry = BlacklistEntry.objects.get()
    assert (entry.kind, entry.value, entry.source, entry.created_by) == ("phone", "+77017246668", "manual", senior)
    again = client.post("/admin/accounts/blacklistentry/add/", {"kind": "phone", "value": "+77017246668"})
    assert again.status_code == 200 and BlacklistEntry.objects.count() == 1
    bad = client.post("/admin/accounts/blacklistentry/add/", {"kind": "email", "value": "not an address"})
    assert bad.status_code == 200 and BlacklistEntry.objects.count() == 1
    assert client.post(f"/admin/accounts/blacklistentry/{entry.pk}/delete/", {"post": "yes"}).status_code == 302
    assert not BlacklistEntry.objects.exists()


def test_a_senior_moderator_blocks_an_account_but_cannot_edit_it(client, staff, make_user):
    seller = make_user("seller@example.com")
    client.force_login(staff("Senior moderator"))

    response = client.post("/admin/accounts/user/", {"action": "block_accounts", "_selected_action": [seller.pk]})

    assert response.status_code == 302
    seller.refresh_from_db()
    assert seller.blocked_at is not None and seller.blocked_reason.startswith("blocked by")
    assert client.post(f"/admin/accounts/user/{seller.pk}/change/", {"email": "x@example.com"}).status_code == 403
    client.post("/admin/accounts/user/", {"action": "unblock_accounts", "_selected_action": [seller.pk]})
    seller.refresh_from_db()
    assert seller.blocked_at is None


def test_a_moderator_cannot_block_accounts(client, staff, make_user):
    seller = make_user("seller@example.com")
    client.force_login(staff("Moderator"))

    client.post("/admin/accounts/user/", {"action": "block_accounts", "_selected_action": [seller.pk]})

    seller.refresh_from_db()
    assert seller.blocked_at is None


def test_an_operator_edits_categories_but_not_the_blacklist(client, staff):
    client.force_login(staff("Operator"))
    category = Category.objects.get(slug="phones")
    url = f"/admin/listings/category/{category.pk}/change/"

    data = form_data(client.get(url))
    data["name"] = "Mobile phones"
    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    category.refresh_from_db()
    assert category.name == "Mobile phones"
    assert client.get("/admin/accounts/user/").status_code == 200
    assert client.get("/admin/accounts/blacklistentry/").status_code == 403
    assert client.get("/admin/moderation/checkresult/").status_code == 403
