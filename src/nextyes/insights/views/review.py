"""The weekly review page and the buddy's share (preview, Markdown or HTML download)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from nextyes.accounts.http import AuthedRequest
from nextyes.insights import buddy, review_text
from nextyes.insights.review import BadWeek, parse_week, share, weekly_review

if TYPE_CHECKING:
    from nextyes.accounts.models import User

DOWNLOADS = {
    "md": ("text/markdown; charset=utf-8", "md"),
    "html": ("text/html; charset=utf-8", "html"),
}


def asked_week(request: HttpRequest, person: User) -> dt.date | None:
    """The first day of `person`'s week asked by ?week= (None: this week); a malformed one is a
    404."""
    label = request.GET.get("week", "").strip()
    if not label:
        return None
    try:
        return parse_week(person, label)
    except BadWeek as exc:
        raise Http404("No such week.") from exc


@login_required
@require_GET
def review(request: AuthedRequest) -> HttpResponse:
    data = weekly_review(request.user, asked_week(request, request.user))
    return render(request, "insights/review.html", {"review": data})


@login_required
@require_GET
def review_share(request: AuthedRequest) -> HttpResponse:
    shared = share(weekly_review(request.user, asked_week(request, request.user)))
    wanted = request.GET.get("format", "")
    if wanted not in DOWNLOADS:
        effort = buddy.effort(request.user, shared.start, shared.end)
        return render(request, "insights/review_share.html", {"shared": shared, "effort": effort})
    content_type, extension = DOWNLOADS[wanted]
    body = (
        review_text.share_markdown(shared) if wanted == "md" else review_text.html_document(shared)
    )
    response = HttpResponse(body, content_type=content_type)
    filename = f"nextyes-week-{shared.label}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
