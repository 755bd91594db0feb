"""Deleting an account with everything it owns, and saying what went."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext


def _sign_out_everywhere(user_pk: int) -> int:
    """Remove the person's sessions (other browsers included): they would hold their user id."""
    mine = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get("_auth_user_id") == str(user_pk)
    ]
    return Session.objects.filter(pk__in=mine).delete()[0]


def _forget_sign_in_records(username: str) -> int:
    """Sign-in attempts and logs keep the name and addresses: personal data, so they go too."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    return sum(
        model.objects.filter(username=username).delete()[0]
        for model in (AccessAttempt, AccessFailureLog, AccessLog)
    )


def delete_account(user: Any) -> dict[str, int]:
    """Delete the account and every row it owns (the models cascade from the user).

    Returns how many rows went, per kind, in plain words ("applications": 12), for the person.
    """
    with transaction.atomic():
        username, user_pk = user.get_username(), user.pk
        _, per_label = user.delete()
        sessions = _sign_out_everywhere(user_pk)
        records = _forget_sign_in_records(username)
    removed: dict[str, int] = {}
    for label, count in per_label.items():
        model = apps.get_model(label)
        # The account row and Django's hidden many-to-many link rows are not kinds a person knows.
        if not count or model is get_user_model() or model._meta.auto_created:
            continue
        name = str(model._meta.verbose_name_plural)
        removed[name] = removed.get(name, 0) + count
    if sessions:
        removed[gettext("sign-in sessions")] = sessions
    if records:
        removed[gettext("sign-in records")] = records
    return dict(sorted(removed.items()))
