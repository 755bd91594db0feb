"""The feed's secret address: made on first use, shown again on demand, replaced on request."""

from __future__ import annotations

import hmac
import secrets

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse

from nextyes.accounts.buddy import hash_token
from nextyes.accounts.models import User
from nextyes.lib.ownership import owned
from nextyes.momentum.models import CalendarFeed

TOKEN_BYTES = 32  # 43 URL-safe characters
# Ours are 43 characters: anything much longer is not hashed at all.
TOKEN_MAX_LENGTH = 64


def feed_for(user: User) -> CalendarFeed:
    """The person's feed, made the first time it is asked for."""
    feed = owned(CalendarFeed, user).first()
    if feed is not None:
        return feed
    token = secrets.token_urlsafe(TOKEN_BYTES)
    try:
        with transaction.atomic():
            return CalendarFeed.objects.create(
                owner=user, token=token, token_hash=hash_token(token)
            )
    except IntegrityError:  # made at the same moment by another request
        return owned(CalendarFeed, user).get()


@transaction.atomic
def rotate(user: User) -> CalendarFeed:
    """A new secret for the person's feed: the old address stops working at once."""
    feed = feed_for(user)
    feed = CalendarFeed.objects.select_for_update().get(pk=feed.pk)
    feed.token = secrets.token_urlsafe(TOKEN_BYTES)
    feed.token_hash = hash_token(feed.token)
    feed.save(update_fields=["token", "token_hash"])
    return feed


def owner_of(token: str) -> User | None:
    """Whose feed this secret opens, or None for a wrong, old or empty one."""
    if not token or len(token) > TOKEN_MAX_LENGTH:
        return None
    feed = (
        CalendarFeed.objects.select_related("owner")
        .filter(token_hash=hash_token(token), owner__is_active=True)
        .first()
    )
    # Found by its hash; the secret itself is still compared in constant time.
    if feed is None or not hmac.compare_digest(feed.token, token):
        return None
    return feed.owner


def path_of(feed: CalendarFeed) -> str:
    return reverse("momentum:calendar_feed", args=[feed.token])


def url_of(feed: CalendarFeed) -> str:
    """The full address to paste into a calendar app, on NEXTYES_BASE_URL."""
    return f"{settings.BASE_URL}{path_of(feed)}"
