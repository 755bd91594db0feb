"""Calm tools: box breathing, a visualisation before an interview, the unsent letter.

The unsent letter is never stored or sent: the page clears it in the browser, and if its form
ever reaches the server the text is dropped unread (not saved, not logged, not echoed back).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters

from nextyes.accounts.http import AuthedRequest
from nextyes.lib.http import GET_POST
from nextyes.lib.ownership import get_owned_or_404
from nextyes.pipeline.models import Interview

# One side of the square, in seconds: in, hold, out, hold.
BOX_SECONDS = 4


@login_required
def breathe(request: AuthedRequest) -> HttpResponse:
    return render(request, "journal/breathe.html", {"seconds": BOX_SECONDS})


@login_required
def visualise(request: AuthedRequest) -> HttpResponse:
    """The guided steps; with `?interview=<id>` (one of the person's own) it names the company."""
    interview = None
    if request.GET.get("interview"):
        interview = get_owned_or_404(Interview, request.user, request.GET["interview"])
    return render(request, "journal/visualise.html", {"interview": interview})


# Even an error report must never carry the letter's words.
@sensitive_post_parameters("letter")
@login_required
@GET_POST
def letter(request: AuthedRequest) -> HttpResponse:
    if request.method == "POST":
        # Deliberately not reading request.POST["letter"]: nothing to keep, nothing to leak.
        messages.success(request, _("Let go. Nothing was kept."))
        return redirect("journal:letter")
    return render(request, "journal/letter.html")
