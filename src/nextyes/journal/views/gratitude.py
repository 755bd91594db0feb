"""Gratitude: add today's few things, look back day by day, edit, delete. Thin over services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from nextyes.accounts.http import AuthedRequest
from nextyes.journal.care.forms import GratitudeEditForm, GratitudeForm
from nextyes.journal.models import Gratitude
from nextyes.journal.selectors.gratitude import SUGGESTED_PER_DAY, days_page, today_count
from nextyes.journal.services.gratitude import add_gratitudes, delete_gratitude, update_gratitude
from nextyes.lib.dates import today_for
from nextyes.lib.http import GET_POST
from nextyes.lib.ownership import get_owned_or_404
from nextyes.lib.views import Confirm, confirm_then, form_status, service_saved


@login_required
@GET_POST
def gratitude(request: AuthedRequest) -> HttpResponse:
    form = GratitudeForm(request.POST if request.method == "POST" else None)
    if service_saved(form, lambda: add_gratitudes(request.user, form.texts())):
        messages.success(request, _("Kept. Those moments are yours."))
        return redirect("journal:gratitude")
    page, days = days_page(request.user, request.GET.get("page"))
    context = {
        "form": form,
        "page": page,
        "days": days,
        "today": today_for(request.user),
        "today_count": today_count(request.user),
        "suggested": SUGGESTED_PER_DAY,
    }
    return render(request, "journal/gratitude.html", context, status=form_status(request))


@login_required
@GET_POST
def gratitude_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    entry = get_owned_or_404(Gratitude, request.user, pk)
    initial = {"text": entry.text, "day": entry.day}
    form = GratitudeEditForm(request.POST if request.method == "POST" else None, initial=initial)

    def update() -> None:
        data = form.cleaned_data
        update_gratitude(entry, text=data["text"], day=data["day"])

    if service_saved(form, update):
        messages.success(request, _("Updated."))
        return redirect("journal:gratitude")
    context = {"form": form, "entry": entry}
    return render(request, "journal/gratitude_form.html", context, status=form_status(request))


@login_required
@GET_POST
def gratitude_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    entry = get_owned_or_404(Gratitude, request.user, pk)
    confirm = Confirm(
        title=_("Delete"),
        heading=_("Delete this one?"),
        quote=entry.text,
        cancel_url=reverse("journal:gratitude"),
    )
    return confirm_then(
        request,
        confirm,
        lambda: delete_gratitude(entry),
        done=_("Deleted."),
        to="journal:gratitude",
    )
