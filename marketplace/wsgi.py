"""
WSGI config for marketplace project.

It exposes the WSGI callable as a module-level variable named ``application``.

For more information on this file, see
https://docs.djangoproject.com/en/5.2/howto/deployment/wsgi/
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")

application = get_wsgi_application()

# After setup (it needs the apps loaded): the term lists build in the background, so the server
# answers at once and the first live pre-check does not wait seconds for them.
from moderation.terms_store import warm_up_in_background  # noqa: E402

warm_up_in_background()
