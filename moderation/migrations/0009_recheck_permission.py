"""Moderators and senior moderators may read the re-checks after publishing (see accounts 0004_roles)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ("Moderator", "Senior moderator")


def grant(apps, schema_editor):
    app_config = apps.get_app_config("moderation")
    models_module = getattr(app_config, "models_module", None)  # unset on historical app configs
    app_config.models_module = models_module or True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = models_module
    Permission = apps.get_model("auth", "Permission")
    view = Permission.objects.get(content_type__app_label="moderation", codename="view_recheck")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.add(view)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="moderation", codename="view_recheck"))


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0008_recheck"),
        ("accounts", "0004_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
