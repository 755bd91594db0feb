"""The calendar feed: the address calendar apps fetch (no sign-in: the secret in it is the key),
its part of the profile page, and the page that gives it a new secret."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from nextyes.accounts.http import AuthedRequest
from nextyes.lib.http import GET_POST
from nextyes.lib.views import Confirm, confirm_then
from nextyes.momentum.calendar import links


def _origin(request: HttpRequest) -> str:
    return request.build_absolute_uri("/").rstrip("/")


@require_safe
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    owner = links.owner_of(token)
    if owner is None:
        response = render(request, "404.html", status=404)
    else:
        # icalendar takes half a second to import: only the feed itself loads it.
        from nextyes.momentum.calendar import feed as ics

        response = HttpResponse(
            ics.build(owner, _origin(request)), content_type="text/calendar; charset=utf-8"
        )
        response["Content-Disposition"] = 'inline; filename="nextyes.ics"'
    patch_cache_control(response, no_store=True, private=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    # The address holds a secret (maybe an old one): keep it out of the server's log.
    response._has_been_logged = True  # type: ignore[attr-defined]
    return response


def profile_section(request: AuthedRequest) -> SafeString:
    """The feed's part of the profile page: its address, what it is, and a new one on request."""
    feed = links.feed_for(request.user)
    context = {"feed_url": request.build_absolute_uri(links.path_of(feed))}
    return render_to_string("momentum/_calendar_feed.html", context, request=request)


@login_required
@GET_POST
def calendar_rotate(request: AuthedRequest) -> HttpResponse:
    profile = reverse("accounts:profile")
    confirm = Confirm(
        title=_("Make a new calendar link?"),
        paragraphs=[
            _(
                "The link you have now will stop working at once, everywhere it is pasted. "
                "Calendars subscribed to it will stop updating until you give them the new one."
            ),
            _("Your interviews and dates stay as they are: only the link changes."),
        ],
        button=_("Yes, make a new link"),
        cancel=_("Keep the link I have"),
        cancel_url=profile,
    )
    return confirm_then(
        request,
        confirm,
        lambda: links.rotate(request.user),
        done=_(
            "Here is your new calendar link. Paste it into your calendar app in place of the old one."
        ),
        to=f"{profile}#calendar-feed",
    )
