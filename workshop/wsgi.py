from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workshop.settings")
application = get_wsgi_application()

from django.conf import settings  # noqa: E402  (after the app is set up)
from django.core.exceptions import ImproperlyConfigured  # noqa: E402

if not settings.DEBUG and settings.SECRET_KEY == settings.DEVELOPMENT_SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. With DEBUG off Bordnotat will not start on the public development key, "
        "which would let anyone forge sessions and survey cookies. Set SECRET_KEY to a long random value, "
        "e.g. the output of: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )
