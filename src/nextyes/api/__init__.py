"""The REST API (django-ninja) under /api/ and the personal access tokens that open it."""
