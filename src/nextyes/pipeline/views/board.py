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


def wants_partial(request: AuthedRequest) -> bool:
    """An htmx swap gets the partial; a history restore (back button) needs the whole page."""
    headers = request.headers
    return (
        headers.get("HX-Request") == "true" and headers.get("HX-History-Restore-Request") != "true"
    )


def _board_context(request: AuthedRequest, **extra: object) -> dict[str, object]:
    columns = selectors.board_columns(request.user)
    return {"columns": columns, "is_empty": not any(c.total for c in columns), **extra}


@login_required
def board(request: AuthedRequest) -> HttpResponse:
    template = COLUMNS_TEMPLATE if wants_partial(request) else "pipeline/board.html"
    return render(request, template, _board_context(request))


@login_required
def move(request: AuthedRequest, pk: int) -> HttpResponse:
    # Ownership first, so someone else's card is a 404 whatever the method.
    application = get_owned_or_404(Application, request.user, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = MoveForm(request.POST)
    if form.is_valid():
        event = services.move_application(application, form.cleaned_data["stage"])
        text = _("Moved %(role)s at %(company)s to %(stage)s.") % {
            "role": application.role,
            "company": application.company.name,
            "stage": stage_label(event.stage, event.round),
        }
        level = messages.SUCCESS
    else:
        text = _("Please pick one of the stages to move it to.")
        level = messages.ERROR
    if wants_partial(request):
        # Swapped in place: the announcement is read out by screen readers, no reload needed.
        status = 200 if form.is_valid() else 400
        context = _board_context(request, announcement=text, moved_id=application.pk)
        return render(request, COLUMNS_TEMPLATE, context, status=status)
    messages.add_message(request, level, text)
    return redirect(reverse("pipeline:board") + f"#card-{application.pk}")
