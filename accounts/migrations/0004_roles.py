"""The staff roles of issue 5 as groups: what each may see and change in the admin.

Idempotent (a second run sets the same permissions) and reversible (the groups are removed; the
permissions themselves belong to their models). Staff still need `is_staff` to enter the admin.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATOR = [
    "moderation.view_checkresult",
    "moderation.change_checkresult",
    "moderation.view_moderatordecision",
    "moderation.change_moderatordecision",
    "moderation.view_reviewitem",
    "moderation.change_reviewitem",
    "listings.view_listing",
]
SENIOR_MODERATOR = [
    *MODERATOR,
    "accounts.view_blacklistentry",
    "accounts.add_blacklistentry",
    "accounts.change_blacklistentry",
    "accounts.delete_blacklistentry",
    "accounts.view_user",
    "accounts.block_user",
    "accounts.view_strike",
    "moderation.view_termlist",
    "moderation.add_termlist",
    "moderation.change_termlist",
]
OPERATOR = [
    "listings.view_listing",
    "listings.change_listing",
    "listings.view_category",
    "listings.add_category",
    "listings.change_category",
    "listings.delete_category",
    "listings.view_region",
    "listings.add_region",
    "listings.change_region",
    "listings.delete_region",
    "accounts.view_user",
]
ROLES = {"Moderator": MODERATOR, "Senior moderator": SENIOR_MODERATOR, "Operator": OPERATOR}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations ran: create them now for these apps.
    for label in ("accounts", "listings", "moderation"):
        app_config = apps.get_app_config(label)
        models_module = getattr(app_config, "models_module", None)  # unset on historical app configs
        app_config.models_module = models_module or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in ROLES.items():
        wanted = [tuple(code.split(".", 1)) for code in codes]
        permissions = [Permission.objects.get(content_type__app_label=app, codename=codename) for app, codename in wanted]
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)  # `add`: later migrations grant more (moderation 0009)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_blacklist_devices"),
        ("listings", "0002_title_trigram_index"),
        ("moderation", "0007_review_queue"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
