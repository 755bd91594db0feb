"""NextYes settings: everything comes from the environment (see docs/configuration.md)."""

from __future__ import annotations

import secrets
from pathlib import Path

import dj_database_url
import django_stubs_ext
from csp.constants import NONE, SELF
from platformdirs import user_data_dir

from nextyes.lib.email_url import email_config
from nextyes.lib.env import env_bool, env_int, env_list, env_str
from nextyes.lib.files import make_private

# Django's generic classes (ModelForm[Lesson], QuerySet[Application]) typed as mypy reads them.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent

DEBUG = env_bool("NEXTYES_DEBUG", False)
DATA_DIR = Path(env_str("NEXTYES_DATA_DIR") or user_data_dir("nextyes", appauthor=False))
# Private from the start: a 0700 folder, 0600 files, a umask of 0o077 for what comes later.
make_private(DATA_DIR)


def _secret_key() -> str:
    """Use NEXTYES_SECRET_KEY when given, else a random key kept beside the data (never a default)."""
    configured = env_str("NEXTYES_SECRET_KEY")
    if configured:
        return configured
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.touch(mode=0o600)
        key_file.write_text(secrets.token_urlsafe(50), encoding="utf-8")
    return key_file.read_text(encoding="utf-8").strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("NEXTYES_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("NEXTYES_CSRF_TRUSTED_ORIGINS", [])


def _signup_mode() -> str:
    """open, invite (the default) or closed; the old true/false still mean open/closed."""
    raw = env_str("NEXTYES_SIGNUP", "invite").strip().lower() or "invite"
    legacy = {"true": "open", "1": "open", "yes": "open", "on": "open"}
    legacy |= {"false": "closed", "0": "closed", "no": "closed", "off": "closed"}
    mode = legacy.get(raw, raw)
    if mode not in {"open", "invite", "closed"}:
        raise ValueError(f"NEXTYES_SIGNUP must be open, invite or closed, not {raw!r}")
    return mode


SIGNUP_MODE = _signup_mode()
# Where invitation links point: the address people type to reach this NextYes.
BASE_URL = env_str("NEXTYES_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
INVITATION_DAYS = env_int("NEXTYES_INVITATION_DAYS", 7)

# --- Email (docs/configuration.md, "Email"): reminders by mail when NEXTYES_EMAIL_URL is set;
# without it nothing is sent and reminders stay in the app.
_EMAIL = email_config(env_str("NEXTYES_EMAIL_URL"))
EMAIL_ENABLED = _EMAIL.enabled
EMAIL_BACKEND = _EMAIL.backend
EMAIL_HOST = _EMAIL.host
EMAIL_PORT = _EMAIL.port
EMAIL_HOST_USER = _EMAIL.user
EMAIL_HOST_PASSWORD = _EMAIL.password
EMAIL_USE_TLS = _EMAIL.use_tls
EMAIL_USE_SSL = _EMAIL.use_ssl
EMAIL_TIMEOUT = _EMAIL.timeout
DEFAULT_FROM_EMAIL = env_str("NEXTYES_EMAIL_FROM", "NextYes <nextyes@localhost>")

# No django.contrib.admin: nothing personal is managed there, and an unused door is one less.
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    "csp",
    # Inline SVG icons through a template tag: nothing copied into the repository.
    "heroicons",
    # The REST API; listed so its docs page uses ninja's bundled Swagger UI, never a CDN.
    "ninja",
    "nextyes.accounts",
    "nextyes.pipeline",
    "nextyes.journal",
    "nextyes.momentum",
    "nextyes.recovery",
    "nextyes.insights",
    "nextyes.inbox",
    "nextyes.reminders",
    "nextyes.api",
    # Background tasks through Django's tasks interface, queued in the database: no broker.
    "django_tasks",
    "django_tasks_db",
    "nextyes.worker",
]

# `nextyes worker` runs what is queued here (docs/configuration.md, "The worker").
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A worker beats every few seconds; one silent for NEXTYES_WORKER_GONE_SECONDS is taken for
# gone, and the task it held goes back in line.
NEXTYES_WORKER_BEAT_SECONDS = env_int("NEXTYES_WORKER_BEAT_SECONDS", 10)
NEXTYES_WORKER_GONE_SECONDS = env_int("NEXTYES_WORKER_GONE_SECONDS", 60)

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "nextyes.accounts.middleware.NoStoreMiddleware",
    "nextyes.accounts.middleware.LastSeenMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "nextyes.accounts.middleware.UserTimezoneMiddleware",
    "nextyes.accounts.middleware.FirstRunMiddleware",
    # A database still busy after its short wait: a kind page that keeps the form (accounts/busy.py).
    "nextyes.accounts.busy.BusyMiddleware",
    # Axes goes last so it sees the outcome of authentication.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "nextyes.urls"
WSGI_APPLICATION = "nextyes.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "momentum:today"
LOGOUT_REDIRECT_URL = "accounts:login"

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
                "nextyes.accounts.context_processors.nextyes",
                "nextyes.home.navigation.navigation",
                "nextyes.home.prompts.rejection_prompt",
            ],
        },
    }
]

# --- Database: one SQLite file under the data dir, or PostgreSQL from DATABASE_URL.
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=env_int("NEXTYES_CONN_MAX_AGE", 600), conn_health_checks=True
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "nextyes.sqlite3"),
            "OPTIONS": {
                # WAL lets readers and the writer work side by side; the timeout waits out short locks.
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                ),
                # Imports write in batches of well under a second, so a writer never waits long;
                # past this a request says "busy" kindly instead of hanging (accounts/busy.py).
                "timeout": env_int("NEXTYES_DB_BUSY_SECONDS", 2),
                "transaction_mode": "IMMEDIATE",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Passwords and sign-in.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Throttling (docs/deployment.md explains the choice): failures count per client address across
# all names (15-minute pause) and per account across addresses (a short pause that a browser which
# signed in to that account before does not get, so a stranger cannot keep its owner out).
AXES_FAILURE_LIMIT = env_int("NEXTYES_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("NEXTYES_LOGIN_PAUSE_MINUTES", 15) / 60  # hours
LOGIN_ACCOUNT_PAUSE_MINUTES = env_int("NEXTYES_LOGIN_ACCOUNT_PAUSE_MINUTES", 3)
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_HANDLER = "nextyes.accounts.throttle.NextYesAxesHandler"
AXES_CLIENT_IP_CALLABLE = "nextyes.accounts.client_ip.client_ip"
# How many proxies of our own stand in front (0: trust no X-Forwarded-For at all).
PROXY_DEPTH = env_int("NEXTYES_PROXY_DEPTH", 0)
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
# No record of successful sign-ins (names, addresses, browsers): the owner's list needs a day only.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False

# --- Cookies and headers. Secure cookies need HTTPS: NEXTYES_HTTPS=true behind a TLS proxy.
HTTPS = env_bool("NEXTYES_HTTPS", False)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("NEXTYES_HSTS_SECONDS", 60 * 60 * 24 * 30)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF, "mailto:"],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

# --- Language and time: stored in UTC, shown in each person's timezone.
LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
# One date format (src/nextyes/formats/): "3 Dec 2026", whichever page or message shows it.
FORMAT_MODULE_PATH = ["nextyes.formats"]
USE_TZ = True

# --- Static files, served by whitenoise from the production server.
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("NEXTYES_STATIC_ROOT") or DATA_DIR / "static")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = DEBUG

DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# An upload saved to disk is as private as the database.
FILE_UPLOAD_PERMISSIONS = 0o600
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("NEXTYES_LOG_LEVEL", "WARNING")},
}

# --- Mail (docs/configuration.md, "Mail accounts"): where a saved IMAP password may go, and how
# big an upload may be. Plain IMAP and servers on private addresses are the owner's choice.
IMAP_ALLOW_PLAIN = env_bool("NEXTYES_IMAP_ALLOW_PLAIN", False)
IMAP_ALLOW_PRIVATE = env_bool("NEXTYES_IMAP_ALLOW_PRIVATE", False)
MAIL_UPLOAD_MAX_MB = env_int("NEXTYES_MAIL_UPLOAD_MAX_MB", 200)

# --- The REST API (docs/api.md): requests per token (or per signed-in browser), as "N/period"
# with a period of s, min, h or day. Counted per server process (Django's local memory cache).
API_RATE = env_str("NEXTYES_API_RATE", "300/min")

# --- Spreadsheet imports (docs/configuration.md, "Imports"): what one CSV file may hold. The
# defaults keep a worker under 300 MB of memory (benchmarks/README.md, "Import memory").
IMPORT_MAX_MB = env_int("NEXTYES_IMPORT_MAX_MB", 10)
IMPORT_MAX_ROWS = env_int("NEXTYES_IMPORT_MAX_ROWS", 250_000)
IMPORT_MAX_COLUMNS = env_int("NEXTYES_IMPORT_MAX_COLUMNS", 100)
# Files with more new rows than this are imported in the background with a progress page.
IMPORT_BACKGROUND_ROWS = env_int("NEXTYES_IMPORT_BACKGROUND_ROWS", 1_000)
