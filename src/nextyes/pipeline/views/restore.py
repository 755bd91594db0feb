"""Restore a NextYes export into an empty account, from the import and export page."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from nextyes.accounts.http import AuthedRequest
from nextyes.accounts.models import User
from nextyes.pipeline.transfer.restore import RestoreProblem, is_empty, restore

# An export of years of searching is a few megabytes; this leaves room without inviting abuse.
MAX_EXPORT_BYTES = 50 * 1024 * 1024


def can_restore(user: User) -> bool:
    """Only an account that holds nothing yet is offered a restore."""
    return is_empty(user)


@login_required
@require_POST
def restore_export(request: AuthedRequest) -> HttpResponse:
    upload = request.FILES.get("export")
    if upload is None:
        messages.error(request, _("Choose the export file first (a .json file from NextYes)."))
        return redirect("pipeline:import")
    if upload.size is not None and upload.size > MAX_EXPORT_BYTES:
        messages.error(request, _("That file is larger than any NextYes export we expect."))
        return redirect("pipeline:import")
    try:
        data = json.loads(upload.read())
    except ValueError:
        messages.error(
            request,
            _(
                "That file is not a NextYes export: choose the .json file from “Download one JSON file”."
            ),
        )
        return redirect("pipeline:import")
    try:
        done = restore(request.user, data)
    except RestoreProblem as problem:
        messages.error(request, str(problem))
        return redirect("pipeline:import")
    messages.success(
        request,
        ngettext(
            "Welcome back: %(count)d record is here again.",
            "Welcome back: %(count)d records are here again, with every link between them.",
            done.total,
        )
        % {"count": done.total},
    )
    if done.rows.get("inbox.MailAccount"):
        messages.info(
            request, _("Mailbox passwords never leave in an export: enter them again to sync mail.")
        )
    return redirect("pipeline:import")
