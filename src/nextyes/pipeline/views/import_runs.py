"""The progress page of a big import that goes on in the background, and its stop button."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from nextyes.accounts.http import AuthedRequest
from nextyes.lib.ownership import owned
from nextyes.pipeline.models import ImportRun, RunState
from nextyes.pipeline.transfer import runs
from nextyes.pipeline.views.transfer import imported_message

REFRESH_SECONDS = 2


def _run(request: AuthedRequest, token: str) -> ImportRun:
    return get_object_or_404(owned(ImportRun, request.user), token=token)


@login_required
@require_GET
def import_run(request: AuthedRequest, token: str) -> HttpResponse:
    runs.recover(request.user)  # a run whose process is gone is finished or cleaned up here
    run = _run(request, token)
    context = {
        "run": run,
        "active": run.state in runs.ACTIVE,
        "done_message": imported_message(run) if run.state == RunState.DONE else "",
        "refresh": REFRESH_SECONDS,
    }
    return render(request, "pipeline/import_run.html", context)


@login_required
@require_POST
def import_stop(request: AuthedRequest, token: str) -> HttpResponse:
    run = _run(request, token)
    if runs.stop(run):
        messages.info(request, _("Stopping. Nothing from this file will be added."))
    else:
        messages.info(request, _("This import had already finished, so it could not be stopped."))
    return redirect("pipeline:import_run", token=run.token)
