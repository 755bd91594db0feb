"""Gratitude: add today's few things, look back day by day, edit, delete. Thin over services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from nextyes.journal import gratitude as services
from nextyes.journal.care.forms import GratitudeEditForm, GratitudeForm
from nextyes.journal.models import Gratitude
from nextyes.lib.dates import today_for
from nextyes.lib.forms import add_service_errors
from nextyes.lib.http import GET_POST
from nextyes.lib.ownership import get_owned_or_404


@login_required
@GET_POST
def gratitude(request: HttpRequest) -> HttpResponse:
    form = GratitudeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_gratitudes(request.user, form.texts())
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, _("Kept. Those moments are yours."))
            return redirect("journal:gratitude")
    page, days = services.days_page(request.user, request.GET.get("page"))
    context = {
        "form": form,
        "page": page,
        "days": days,
        "today": today_for(request.user),
        "today_count": services.today_count(request.user),
        "suggested": services.SUGGESTED_PER_DAY,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "journal/gratitude.html", context, status=status)


@login_required
@GET_POST
def gratitude_edit(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_owned_or_404(Gratitude, request.user, pk)
    initial = {"text": entry.text, "day": entry.day}
    form = GratitudeEditForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_gratitude(
                entry, text=form.cleaned_data["text"], day=form.cleaned_data["day"]
            )
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, _("Updated."))
            return redirect("journal:gratitude")
    status = 400 if request.method == "POST" else 200
    return render(
        request, "journal/gratitude_form.html", {"form": form, "entry": entry}, status=status
    )


@login_required
@GET_POST
def gratitude_delete(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_owned_or_404(Gratitude, request.user, pk)
    if request.method == "POST":
        services.delete_gratitude(entry)
        messages.success(request, _("Deleted."))
        return redirect("journal:gratitude")
    return render(request, "journal/gratitude_confirm_delete.html", {"entry": entry})
