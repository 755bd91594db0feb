"""Settings for the test suite: the real settings, pointed at a throwaway data dir, with fast hashing."""

import os
import tempfile

# The real settings read the environment at import, so set it first.
os.environ.setdefault("NEXTYES_DATA_DIR", tempfile.mkdtemp(prefix="nextyes-test-"))
os.environ.setdefault("NEXTYES_SECRET_KEY", "tests-only-not-secret")

from nextyes.settings import *  # noqa: F403
from nextyes.settings import STORAGES

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
AXES_ENABLED = False
