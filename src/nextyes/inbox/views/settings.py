"""The inbox settings page: auto-apply, the person's own addresses, and what they taught NextYes.

Each part is its own small form posting to its own URL, so saving one never touches another.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from nextyes.accounts.http import AuthedRequest
from nextyes.inbox import learning, own_mail, proposing
from nextyes.inbox.proposal_forms import SettingsForm
from nextyes.inbox.settings_forms import AddressesForm
from nextyes.inbox.views.proposals import settings_form
from nextyes.lib.http import GET_POST

RECENT_CORRECTIONS = 10


def _page(request: AuthedRequest, status: int = 200, **forms: object) -> HttpResponse:
    user = request.user
    taught = learning.corrections(user)
    context = {
        "form": forms.get("form") or settings_form(user),
        "addresses_form": forms.get("addresses_form")
        or AddressesForm(initial={"addresses": "\n".join(own_mail.my_addresses(user))}),
        "taught_count": taught.count(),
        "taught": list(taught[:RECENT_CORRECTIONS]),
    }
    return render(request, "inbox/proposal_settings.html", context, status=status)


@login_required
@GET_POST
def inbox_settings(request: AuthedRequest) -> HttpResponse:
    if request.method != "POST":
        return _page(request)
    form = SettingsForm(request.POST)
    if not form.is_valid():
        return _page(request, status=400, form=form)
    threshold = form.value()
    proposing.set_auto_threshold(request.user, threshold)
    if threshold is None:
        messages.success(request, _("Proposals wait for you: nothing applies by itself."))
    else:
        messages.success(
            request,
            _("Proposals at %(p)s%% or more now apply by themselves; you can undo any.")
            % {"p": round(threshold * 100)},
        )
    return redirect("inbox:proposals")


@login_required
@require_POST
def addresses(request: AuthedRequest) -> HttpResponse:
    form = AddressesForm(request.POST)
    if not form.is_valid():
        return _page(request, status=400, addresses_form=form)
    withdrawn = own_mail.set_my_addresses(request.user, form.cleaned_data["addresses"])
    note = _("Your addresses are saved.")
    if withdrawn:
        note += " " + ngettext(
            "%(n)s waiting proposal was mail you sent, so it is gone from the list.",
            "%(n)s waiting proposals were mail you sent, so they are gone from the list.",
            withdrawn,
        ) % {"n": withdrawn}
    messages.success(request, note)
    return redirect("inbox:settings")


@login_required
@require_POST
def forget_corrections(request: AuthedRequest) -> HttpResponse:
    count = learning.forget(request.user)
    if count:
        messages.success(
            request,
            ngettext(
                "NextYes forgot the %(n)s correction you made. New mail is read as it was at first.",
                "NextYes forgot the %(n)s corrections you made. New mail is read as it was at "
                "first.",
                count,
            )
            % {"n": count},
        )
    else:
        messages.info(request, _("There was nothing to forget."))
    return redirect("inbox:settings")
