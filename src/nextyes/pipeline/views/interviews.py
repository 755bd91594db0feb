"""An application's interviews: add, edit, delete."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from nextyes.accounts.http import AuthedRequest
from nextyes.lib.ownership import get_owned_or_404
from nextyes.lib.views import Confirm, confirm_then
from nextyes.pipeline import selectors
from nextyes.pipeline.forms import InterviewForm
from nextyes.pipeline.models import Application, Interview


def _when(interview: Interview) -> str:
    return date_format(localtime(interview.scheduled_at), "DATETIME_FORMAT")


@transaction.atomic
def _save(form: InterviewForm, application: Application) -> Interview:
    interview = form.save(commit=False)
    interview.owner = application.owner
    interview.application = application
    interview.save()
    form.save_m2m()
    return interview


@login_required
@require_http_methods(["GET", "POST"])
def interview_new(request: AuthedRequest, pk: int) -> HttpResponse:
    application = get_owned_or_404(Application, request.user, pk)
    form = InterviewForm(
        request.POST or None,
        user=request.user,
        initial={"round": selectors.next_interview_round(request.user, application)},
    )
    if request.method == "POST" and form.is_valid():
        interview = _save(form, application)
        messages.success(
            request, _("Added the interview on %(when)s.") % {"when": _when(interview)}
        )
        return redirect("pipeline:application", pk=application.pk)
    context = {"form": form, "application": application, "interview": None}
    return render(request, "pipeline/interview_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def interview_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    interview = get_owned_or_404(Interview, request.user, pk)
    application = interview.application
    form = InterviewForm(request.POST or None, instance=interview, user=request.user)
    if request.method == "POST" and form.is_valid():
        _save(form, application)
        messages.success(request, _("Saved the interview."))
        return redirect("pipeline:application", pk=application.pk)
    context = {"form": form, "application": application, "interview": interview}
    return render(request, "pipeline/interview_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def interview_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    interview = get_owned_or_404(Interview, request.user, pk)
    application = interview.application
    when = _when(interview)
    back = reverse("pipeline:application", args=[application.pk])
    confirm = Confirm(
        title=_("Delete this interview?"),
        paragraphs=[_("This deletes the interview on %(when)s, with its notes.") % {"when": when}],
        button=_("Yes, delete"),
        cancel=_("No, keep it"),
        cancel_url=back,
    )
    return confirm_then(
        request,
        confirm,
        interview.delete,
        done=_("Deleted the interview on %(when)s.") % {"when": when},
        to=back,
    )
