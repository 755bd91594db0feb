"""Deleting an account with everything it owns, and saying what went.

A big account (a quarter of a million imported rows) takes minutes to delete in one transaction,
and on SQLite that would lock everyone else out for as long. So the account is first closed in one
short transaction (no sign-in, no sessions), then its rows go in small batches, each its own short
transaction, and the account row last. If that is interrupted, the account stays closed and running
the deletion again finishes it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.sessions.models import Session
from django.db import models, transaction
from django.db.models.deletion import ProtectedError, RestrictedError
from django.utils import timezone
from django.utils.translation import gettext

if TYPE_CHECKING:
    from nextyes.accounts.models import User

BATCH = 500  # rows of one kind per transaction: well under a second of write lock


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


def _owned_through() -> list[tuple[type[models.Model], str]]:
    """(model, field) for every link to the user that deletes the row with the user (CASCADE)."""
    user_model = get_user_model()
    return [
        (model, field.name)
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if field.is_relation
        and field.related_model is user_model
        and field.remote_field.on_delete is models.CASCADE  # type: ignore[union-attr]
    ]


def _delete_in_batches(
    model: type[models.Model], field: str, user_pk: int, tally: Counter[str]
) -> None:
    # The base manager: rows a default manager hides (an import's staged rows) go too.
    rows = model._base_manager.filter(**{field: user_pk})
    while ids := list(rows.order_by("pk").values_list("pk", flat=True)[:BATCH]):
        with transaction.atomic():
            _, per_label = model._base_manager.filter(pk__in=ids).delete()
        tally.update(per_label)


def delete_rows(user_pk: int, links: list[tuple[type[models.Model], str]]) -> Counter[str]:
    """Delete the rows linked to the person through `links`, in short transactions.

    A kind another kind still points to with RESTRICT (companies of applications) waits for it.
    """
    tally: Counter[str] = Counter()
    pending = links
    while pending:
        waiting = []
        for model, field in pending:
            try:
                _delete_in_batches(model, field, user_pk, tally)
            except (ProtectedError, RestrictedError):
                waiting.append((model, field))
        if len(waiting) == len(pending):
            break  # no progress: what is left goes with the account row, or stays
        pending = waiting
    return tally


def delete_account(user: User) -> dict[str, int]:
    """Delete the account and every row it owns, as `user.delete()` would, in short transactions.

    Returns how many rows went, per kind, in plain words ("applications": 12), for the person.
    """
    user_model = get_user_model()
    username, user_pk = user.get_username(), user.pk
    with transaction.atomic():
        user_model.objects.filter(pk=user_pk).update(is_active=False, password=make_password(None))
        sessions = _sign_out_everywhere(user_pk)
    tally = delete_rows(user_pk, _owned_through())
    with transaction.atomic():
        _, per_label = user_model.objects.filter(pk=user_pk).delete()
    tally.update(per_label)
    records = _forget_sign_in_records(username)
    return _in_words(tally, sessions, records)


def _in_words(tally: Counter[str], sessions: int, records: int) -> dict[str, int]:
    removed: Counter[str] = Counter()
    for label, count in tally.items():
        model = apps.get_model(label)
        # The account row and Django's hidden many-to-many link rows are not kinds a person knows.
        if not count or model is get_user_model() or model._meta.auto_created:
            continue
        removed[str(model._meta.verbose_name_plural)] += count
    if sessions:
        removed[gettext("sign-in sessions")] = sessions
    if records:
        removed[gettext("sign-in records")] = records
    return dict(sorted(removed.items()))
