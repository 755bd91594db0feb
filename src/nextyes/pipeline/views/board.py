"""The board: one column per stage, cards moved by a small form (or by dragging, with JS)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from nextyes.accounts.http import AuthedRequest
from nextyes.lib.ownership import get_owned_or_404
from nextyes.pipeline import selectors, services
from nextyes.pipeline.forms import MoveForm
from nextyes.pipeline.models import Application
from nextyes.pipeline.templatetags.pipeline import stage_label

COLUMNS_TEMPLATE = "pipeline/_board_columns.html"
# `?closed=open` opens the drawer of ended processes (after a card was moved into it).
DRAWER = "closed"


def wants_partial(request: AuthedRequest) -> bool:
    """An htmx swap gets the partial; a history restore (back button) needs the whole page."""
    headers = request.headers
    return (
        headers.get("HX-Request") == "true" and headers.get("HX-History-Restore-Request") != "true"
    )


def _board_context(request: AuthedRequest, **extra: object) -> dict[str, object]:
    board = selectors.board(request.user)
    return {
        "board": board,
        "is_empty": board.is_empty,
        "board_url": reverse("pipeline:board"),
        **extra,
    }


@login_required
def board(request: AuthedRequest) -> HttpResponse:
    template = COLUMNS_TEMPLATE if wants_partial(request) else "pipeline/board.html"
    opened = request.GET.get(DRAWER) == "open"
    return render(request, template, _board_context(request, closed_open=opened))


@login_required
def move(request: AuthedRequest, pk: int) -> HttpResponse:
    # Ownership first, so someone else's card is a 404 whatever the method.
    application = get_owned_or_404(Application, request.user, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = MoveForm(request.POST)
    closed = False
    if form.is_valid():
        event = services.move_application(application, form.cleaned_data["stage"])
        text = _("Moved %(role)s at %(company)s to %(stage)s.") % {
            "role": application.role,
            "company": application.company.name,
            "stage": stage_label(event.stage, event.round),
        }
        level = messages.SUCCESS
        closed = event.stage in selectors.FOLDED_STAGES
    else:
        text = _("Please pick one of the stages to move it to.")
        level = messages.ERROR
    if wants_partial(request):
        # Swapped in place: the announcement is read out by screen readers, no reload needed.
        status = 200 if form.is_valid() else 400
        # The panel offered after a no travels with the swap (out of band), and a card moved to
        # an ended stage keeps the drawer it went into open.
        context = _board_context(
            request, announcement=text, moved_id=application.pk, oob_prompt=True, closed_open=closed
        )
        return render(request, COLUMNS_TEMPLATE, context, status=status)
    messages.add_message(request, level, text)
    # The card's new place: in the "Closed" drawer, opened for it, when its process ended.
    drawer = f"?{DRAWER}=open" if closed else ""
    return redirect(reverse("pipeline:board") + drawer + f"#card-{application.pk}")
