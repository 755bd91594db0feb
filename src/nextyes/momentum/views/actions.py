"""Breaks and next actions: thin views over momentum.services and momentum.selectors."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from nextyes.accounts.http import AuthedRequest
from nextyes.lib.dates import today_for
from nextyes.lib.http import GET_POST, safe_next
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.lib.views import Confirm, confirm_then, service_saved
from nextyes.momentum import selectors, services
from nextyes.momentum.forms import BreakForm, NextActionForm
from nextyes.momentum.models import Break, NextAction
from nextyes.pipeline.models import Application, Contact

# --- Breaks --------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET"])
def break_list(request: AuthedRequest) -> HttpResponse:
    user = request.user
    today = today_for(user)
    current = selectors.current_break(user, today)
    context = {
        "breaks": list(owned(Break, user)),
        "current": current,
        "today": today,
        "form": BreakForm(initial={"starts_on": today}),
    }
    return render(request, "momentum/break_list.html", context)


@login_required
@GET_POST
def break_new(request: AuthedRequest) -> HttpResponse:
    user = request.user
    form = BreakForm(request.POST or None, initial={"starts_on": today_for(user)})
    if service_saved(form, lambda: services.start_break(user, **form.cleaned_data)):
        messages.success(request, _("Break saved. Rest well: NextYes will keep quiet until then."))
        return redirect("momentum:break_list")
    return render(request, "momentum/break_form.html", {"form": form})


@login_required
@require_http_methods(["POST"])
def break_end(request: AuthedRequest, pk: int) -> HttpResponse:
    pause = get_owned_or_404(Break, request.user, pk)
    services.end_break(pause)
    messages.success(request, _("Welcome back. One small step is plenty for today."))
    return redirect(safe_next(request, reverse("momentum:break_list")))


@login_required
@GET_POST
def break_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    pause = get_owned_or_404(Break, request.user, pk)
    confirm = Confirm(
        title=_("Remove this break?"),
        paragraphs=[_("It will no longer show in your list of breaks.")],
        cancel_url=reverse("momentum:break_list"),
        button=_("Yes, remove it"),
        cancel=_("No, keep it"),
    )
    return confirm_then(
        request,
        confirm,
        lambda: services.delete_break(pause),
        done=_("Break removed."),
        to="momentum:break_list",
    )


# --- Next actions --------------------------------------------------------------------------


@login_required
@GET_POST
def action_new(request: AuthedRequest) -> HttpResponse:
    user = request.user
    done_url = safe_next(request, reverse("momentum:today"))
    initial: dict[str, Any] = {}
    if request.GET.get("application"):
        initial["application"] = get_owned_or_404(Application, user, request.GET["application"])
    if request.GET.get("contact"):
        initial["contact"] = get_owned_or_404(Contact, user, request.GET["contact"])
    form = NextActionForm(request.POST or None, user=user, initial=initial)

    def add() -> None:
        data = form.cleaned_data
        services.add_next_action(
            user,
            data["text"],
            kind=form.kind(),
            due_on=data["due_on"],
            application=data["application"],
            contact=data["contact"],
        )

    if service_saved(form, add):
        messages.success(request, _("Next step saved. It waits for you on Today."))
        return redirect(done_url)
    return render(request, "momentum/action_form.html", {"form": form, "next": done_url})


@login_required
@require_http_methods(["POST"])
def action_done(request: AuthedRequest, pk: int) -> HttpResponse:
    action = get_owned_or_404(NextAction, request.user, pk)
    services.complete_action(action)
    messages.success(request, _("Done: %(step)s. Nicely moved forward.") % {"step": action.text})
    return redirect(safe_next(request, reverse("momentum:today")))


@login_required
@GET_POST
def action_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    action = get_owned_or_404(NextAction, request.user, pk)
    done_url = safe_next(request, reverse("momentum:today"))
    confirm = Confirm(
        title=_("Remove this step?"),
        paragraphs=[_("“%(step)s” will be gone from your next steps.") % {"step": action.text}],
        cancel_url=done_url,
        hidden={"next": done_url},
        button=_("Yes, remove it"),
        cancel=_("No, keep it"),
    )
    return confirm_then(
        request,
        confirm,
        lambda: services.delete_action(action),
        done=_("Step removed."),
        to=done_url,
    )
