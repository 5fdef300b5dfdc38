"""Bordnotat's settings: one file, every knob from the environment."""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DEBUG", False)
# The key signs sessions, the survey's cookies and the join throttle's hashes. The public fallback is
# for `make demo`, tests and management commands only: workshop/wsgi.py refuses to serve with it
# while DEBUG is off.
DEVELOPMENT_SECRET_KEY = "bordnotat-insecure-development-key-change-me"
SECRET_KEY = os.environ.get("SECRET_KEY", "").strip() or DEVELOPMENT_SECRET_KEY
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

INSTALLED_APPS = [
    "django.forms",  # its widget templates, for FORM_RENDERER below
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "csp",
    "workshop",
    "groups",
    "evaluation",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "workshop.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "workshop.middleware.LanguageMiddleware",
    "workshop.middleware.FormEncodingMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Inside the CSP middleware: its page's scripts carry the request's nonce.
    "workshop.middleware.MethodNotAllowedPageMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

# `make bench` serves the product with its floor beside it (tests/bench/urls.py); nothing else sets this.
ROOT_URLCONF = os.environ.get("ROOT_URLCONF", "workshop.urls")
WSGI_APPLICATION = "workshop.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "workshop.context_processors.csp_nonce",
            ],
        },
    },
]

# Widgets render through TEMPLATES, so that templates/django/forms/ can change them: a field
# carries no maxlength (see templates/django/forms/widgets/attrs.html).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=0,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's own psycopg 3 pool; CONN_MAX_AGE must stay 0 with it.
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": int(os.environ.get("DB_POOL_MIN", "2")),
        "max_size": int(os.environ.get("DB_POOL_MAX", "10")),
    }
    # The server binds the parameters and prepares a statement the second time it is run: a host's save
    # (one INSERT of the note and its history, groups/rows.py) is then planned once per connection, not
    # on every save (make bench: the save went from 0.54 to 0.70 of the floor's throughput). A pooler in
    # transaction mode (PgBouncer) cannot keep prepared statements: DB_PREPARED_STATEMENTS=false there.
    if env_bool("DB_PREPARED_STATEMENTS", True):
        DATABASES["default"]["OPTIONS"].update(server_side_binding=True, prepare_threshold=1)
    # After a database restart the pooled connections are dead: Django has the pool check each before use.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Many hosts write at once. WAL lets pages be read while a note is written; IMMEDIATE takes
    # the write lock when a transaction begins, so two transactions that read and then write
    # cannot lock each other out; the timeout waits for the lock instead of "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": int(os.environ.get("SQLITE_TIMEOUT_SECONDS", "20")),
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", _("Norwegian Bokmål")), ("nn", _("Norwegian Nynorsk")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# English dates and times as a Norwegian workshop writes them (workshop/formats/en/).
FORMAT_MODULE_PATH = ["workshop.formats"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Oslo")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Manifest storage needs collectstatic; the test server and runserver serve files as they are.
        "BACKEND": os.environ.get(
            "STATICFILES_STORAGE",
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage",
        ),
    },
}

LOGIN_URL = "admin:login"

# HTTPS. Behind a TLS proxy, SECURE_PROXY_SSL_HEADER names the header it sets ("X-Forwarded-Proto"),
# so that absolute addresses (the QR codes) are https://. Only set it when the proxy always sets
# that header: otherwise a client could claim https.
SECURE_COOKIES = env_bool("SECURE_COOKIES", False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = SECURE_COOKIES
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = LANGUAGE_COOKIE_SAMESITE = "Lax"
# The CSRF token rides on <body hx-headers>: no script needs to read the cookie.
CSRF_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
_proxy_header = os.environ.get("SECURE_PROXY_SSL_HEADER", "").strip()
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_" + _proxy_header.upper().replace("-", "_"), "https") if _proxy_header else None
)
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "worker-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
    },
}

# How often the facilitator's live overview asks for news, in seconds.
LIVE_POLL_SECONDS = int(os.environ.get("LIVE_POLL_SECONDS", "5"))
# How often a table's page asks for the other devices' notes, in seconds.
TABLE_POLL_SECONDS = int(os.environ.get("TABLE_POLL_SECONDS", "3"))
# A change the table page has sent without an answer for this long is sent again (applied once).
QUEUE_TIMEOUT_SECONDS = int(os.environ.get("QUEUE_TIMEOUT_SECONDS", "15"))
# Django's cache lives in each process's memory: what it holds (the rendered report, the live
# overview's table cards, the suggestions) is keyed on what it shows, so processes never disagree,
# they only render once each. Room for a hall of 200 tables' cards twice over, and the reports.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "5000"))},
    }
}
# The rendered report is kept this long at most; any change to what it shows makes a new key.
REPORT_CACHE_SECONDS = int(os.environ.get("REPORT_CACHE_SECONDS", str(24 * 60 * 60)))
# How long a host can undo deleting a note (facilitators can restore it at any time).
NOTE_UNDO_MINUTES = int(os.environ.get("NOTE_UNDO_MINUTES", "10"))
# A table with no new note for this long in the current round is flagged on the live overview.
QUIET_TABLE_MINUTES = int(os.environ.get("QUIET_TABLE_MINUTES", "8"))
# Failed join-code attempts allowed within JOIN_WINDOW_MINUTES: per device (a signed cookie), and
# per address, high enough for a hall of tablets behind one NAT address (40 tables mistyping)
# and far below guessing: 200 per 10 minutes is 28,800 a day against 887 million codes.
JOIN_ATTEMPTS = int(os.environ.get("JOIN_ATTEMPTS", "10"))
JOIN_ADDRESS_ATTEMPTS = int(os.environ.get("JOIN_ADDRESS_ATTEMPTS", "200"))
JOIN_WINDOW_MINUTES = int(os.environ.get("JOIN_WINDOW_MINUTES", "10"))
# Failed staff logins allowed within LOGIN_WINDOW_MINUTES, per account and per address.
LOGIN_ATTEMPTS = int(os.environ.get("LOGIN_ATTEMPTS", "5"))
LOGIN_ADDRESS_ATTEMPTS = int(os.environ.get("LOGIN_ADDRESS_ATTEMPTS", "20"))
LOGIN_WINDOW_MINUTES = int(os.environ.get("LOGIN_WINDOW_MINUTES", "15"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
