"""Care: the always-reachable help page and answering a support panel. Thin over journal.care."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nextyes.accounts.http import AuthedRequest
from nextyes.journal import care
from nextyes.journal.care import helplines
from nextyes.journal.care.forms import CountryForm
from nextyes.journal.models import SupportFlag
from nextyes.lib.http import GET_POST, is_htmx, safe_next
from nextyes.lib.ownership import get_owned_or_404


def _chosen_country(request: HttpRequest) -> str:
    """`?country=` first (visitors, or trying another), then the person's saved country."""
    asked = (request.GET.get("country") or "").strip().upper()
    if asked and helplines.known(asked):
        return asked
    if "country" in request.GET:  # "Somewhere else" picked on purpose
        return ""
    saved = getattr(request.user, "country", "") if request.user.is_authenticated else ""
    return saved if helplines.known(saved) else ""


# No login: someone in trouble must reach this page signed out, on a fresh install too.
@GET_POST
def help_page(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        return _save_country(request)
    code = _chosen_country(request)
    context = {
        "form": CountryForm(initial={"country": code}),
        "country": helplines.for_country(code),
        "generic": helplines.generic(),
        "saved_country": getattr(request.user, "country", ""),
    }
    return render(request, "journal/help.html", context)


def _save_country(request: HttpRequest) -> HttpResponse:
    form = CountryForm(request.POST)
    code = form.cleaned_data["country"] if form.is_valid() else ""
    if request.user.is_authenticated and form.is_valid():
        request.user.country = code
        request.user.save(update_fields=["country"])
        messages.success(request, _("Saved: this page will open on your country from now on."))
    url = reverse("journal:help")
    return redirect(f"{url}?country={code}" if code else url)


@login_required
@require_POST
def support_answer(request: AuthedRequest, pk: int) -> HttpResponse:
    """ "I'm fine, thanks": closes this one panel. A later entry can open a new one."""
    flag = get_owned_or_404(SupportFlag, request.user, pk)
    care.answer(flag)
    if is_htmx(request):
        return render(request, "journal/_support_answered.html")
    messages.success(request, _("Thank you for letting us know. Help stays one click away."))
    return redirect(safe_next(request, reverse("momentum:today")))
