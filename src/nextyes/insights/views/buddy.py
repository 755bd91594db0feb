"""The page an accountability buddy sees: through a secret link (no sign-in) or their account.

Who may look is accounts.buddy's rule; what they see is insights.buddy's. Every answer here,
found or not, is kept out of caches, search engines and referrers, and a link that is unknown or
stopped gets the same kind page, so nobody learns which links ever existed.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from nextyes.accounts import buddy as doors
from nextyes.accounts.http import AuthedRequest
from nextyes.accounts.models import BuddyShare
from nextyes.insights.buddy import buddy_week
from nextyes.insights.views.review import asked_week


def _private(response: HttpResponse) -> HttpResponse:
    patch_cache_control(response, no_store=True, private=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    # The link's secret is in the address: no page it leads to may learn it.
    response["Referrer-Policy"] = "no-referrer"
    return response


def _closed(request: HttpRequest) -> HttpResponse:
    response = render(request, "insights/buddy_closed.html", status=404)
    # The address holds a secret (maybe one just stopped): keep it out of the server's log.
    response._has_been_logged = True  # type: ignore[attr-defined]
    return _private(response)


def _show(request: HttpRequest, share: BuddyShare, here: str) -> HttpResponse:
    try:
        day = asked_week(request, share.owner)
    except Http404:
        day = None  # a week that is no week: this week, kindly
    week = buddy_week(share.owner, day)
    doors.note_viewed(share)
    context = {"week": week, "here": here, "name": week.review.name}
    return _private(render(request, "insights/buddy.html", context))


@require_GET
def buddy_link(request: HttpRequest, token: str) -> HttpResponse:
    share = doors.share_for_token(token)
    if share is None:
        return _closed(request)
    return _show(request, share, reverse("insights:buddy_link", args=[token]))


@login_required
@require_GET
def buddy_account(request: AuthedRequest, pk: int) -> HttpResponse:
    share = doors.share_for_buddy(request.user, pk)
    if share is None:
        return _closed(request)
    return _show(request, share, reverse("insights:buddy_account", args=[pk]))
