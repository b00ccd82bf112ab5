from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ListingsConfig(AppConfig):
    name = "listings"
    verbose_name = _("Listings")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from .models import Category, Region
        from .queries import reset_reference_cache

        # An edit in the admin reaches this process's next check; other processes keep their copy
        # until they restart (categories and regions change once in a site's life, at set-up).
        for model in (Category, Region):
            post_save.connect(reset_reference_cache, sender=model, dispatch_uid=f"reset-reference-{model.__name__}")
            post_delete.connect(reset_reference_cache, sender=model, dispatch_uid=f"reset-reference-{model.__name__}")
