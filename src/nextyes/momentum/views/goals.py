"""Weekly process goals: thin views over momentum.services and momentum.selectors."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from nextyes.accounts.http import AuthedRequest
from nextyes.accounts.models import User
from nextyes.lib.dates import today_for, week_bounds
from nextyes.lib.http import GET_POST
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.lib.views import Confirm, confirm_then, service_saved
from nextyes.momentum import goals as rules
from nextyes.momentum import selectors, services
from nextyes.momentum.forms import GoalEntryForm, GoalForm
from nextyes.momentum.models import COMPUTED_GOAL_KINDS, Goal, GoalEntry, GoalKind


def suggestion_text(suggestion: rules.Suggestion) -> str:
    if not suggestion.has_history:
        return _(
            "Nothing logged for this in the last four weeks yet; %(target)s is a gentle start."
        ) % {"target": suggestion.target}
    return _(
        "Over the last four weeks you averaged %(average)s a week; %(target)s would be a steady target."
    ) % {"average": rules.shown(suggestion.average), "target": suggestion.target}


@login_required
@require_http_methods(["GET"])
def goal_list(request: AuthedRequest) -> HttpResponse:
    user = request.user
    today = today_for(user)
    progress = selectors.goals_progress(user, today)
    start, end = week_bounds(user, today)
    entries = (
        owned(GoalEntry, user)
        .filter(on__range=(start, end), goal__active=True)
        .order_by("-on", "-id")
    )
    by_goal: dict[int, list[GoalEntry]] = {}
    for entry in entries:
        by_goal.setdefault(entry.goal_id, []).append(entry)
    rows = [
        {
            "p": p,
            "entries": by_goal.get(p.goal.pk, []),
            "manual": p.goal.kind not in COMPUTED_GOAL_KINDS,
        }
        for p in progress
    ]
    context = {
        "rows": rows,
        "paused": list(owned(Goal, user).filter(active=False)),
        "week_start": start,
        "week_end": end,
        "balance": services.points_balance(user),
    }
    return render(request, "momentum/goal_list.html", context)


@login_required
@GET_POST
def goal_new(request: AuthedRequest) -> HttpResponse:
    user = request.user
    kind = request.POST.get("kind") or request.GET.get("kind") or ""
    if kind not in GoalKind.values:
        kinds = [
            {
                "value": value,
                "label": label,
                "suggestion": suggestion_text(selectors.suggestion_for(user, value))
                if value != GoalKind.CUSTOM
                else "",
            }
            for value, label in GoalKind.choices
        ]
        return render(request, "momentum/goal_kinds.html", {"kinds": kinds})
    suggestion = selectors.suggestion_for(user, kind)
    form = GoalForm(request.POST or None, kind=kind, initial={"weekly_target": suggestion.target})
    if created := service_saved(
        form, lambda: services.create_goal(user, kind=kind, **form.cleaned_data)
    ):
        messages.success(request, _("Goal set: %(goal)s.") % {"goal": created.value})
        return redirect("momentum:goal_list")
    return _render_form(request, form, kind, suggestion, goal=None)


def _render_form(
    request: AuthedRequest,
    form: GoalForm,
    kind: str,
    suggestion: rules.Suggestion | None,
    goal: Goal | None,
) -> HttpResponse:
    context: dict[str, Any] = {
        "form": form,
        "goal": goal,
        "kind": kind,
        "kind_label": GoalKind(kind).label,
        "counted": kind in COMPUTED_GOAL_KINDS,
        "suggestion": suggestion_text(suggestion) if suggestion is not None else "",
    }
    return render(request, "momentum/goal_form.html", context)


@login_required
@GET_POST
def goal_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    goal = get_owned_or_404(Goal, request.user, pk)
    suggestion = selectors.suggestion_for(request.user, goal.kind, goal)
    initial = {"label": goal.label, "weekly_target": goal.weekly_target, "active": goal.active}
    form = GoalForm(request.POST or None, kind=goal.kind, editing=True, initial=initial)
    if service_saved(form, lambda: services.update_goal(goal, **form.cleaned_data)):
        messages.success(request, _("Goal saved."))
        return redirect("momentum:goal_list")
    # A custom goal with nothing logged yet has no history worth quoting.
    quoted = suggestion if goal.kind != GoalKind.CUSTOM or suggestion.has_history else None
    return _render_form(request, form, goal.kind, quoted, goal)


@login_required
@GET_POST
def goal_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    goal = get_owned_or_404(Goal, request.user, pk)
    confirm = Confirm(
        title=_("Remove this goal?"),
        paragraphs=[
            _("“%(goal)s” and what you logged for it will go. Wins and points it earned stay.")
            % {"goal": goal}
        ],
        cancel_url=reverse("momentum:goal_list"),
        button=_("Yes, remove it"),
        cancel=_("No, keep it"),
    )
    return confirm_then(
        request,
        confirm,
        lambda: services.delete_goal(goal),
        done=_("Goal removed. The wins and points it earned stay yours."),
        to="momentum:goal_list",
    )


@login_required
@GET_POST
def goal_log(request: AuthedRequest, pk: int) -> HttpResponse:
    user = request.user
    goal = get_owned_or_404(Goal, user, pk)
    if goal.kind in COMPUTED_GOAL_KINDS:
        messages.info(
            request,
            _("“%(goal)s” counts itself from your applications and touchpoints.") % {"goal": goal},
        )
        return redirect("momentum:goal_list")
    form = GoalEntryForm(request.POST or None, initial={"on": today_for(user), "amount": 1})
    if logged := service_saved(form, lambda: services.log_goal_entry(goal, **form.cleaned_data)):
        messages.success(request, _logged_message(user, goal, logged.value))
        return redirect("momentum:goal_list")
    return render(request, "momentum/goal_log.html", {"form": form, "goal": goal})


def _logged_message(user: User, goal: Goal, entry: GoalEntry) -> str:
    (progress,) = selectors.goals_progress(user, entry.on, goals=[goal])
    values = {"done": rules.shown(progress.done), "target": rules.shown(progress.target)}
    if progress.met:
        return _("Logged. %(done)s of %(target)s: this week's goal is met, well done.") % values
    return _("Logged: %(done)s of %(target)s for that week.") % values


@login_required
@GET_POST
def entry_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    entry = get_owned_or_404(GoalEntry, request.user, pk)
    confirm = Confirm(
        title=_("Remove this entry?"),
        paragraphs=[
            _("%(amount)s for “%(goal)s” on %(day)s.")
            % {
                "amount": rules.shown(entry.amount),
                "goal": entry.goal,
                "day": date_format(entry.on),
            }
        ],
        cancel_url=reverse("momentum:goal_list"),
        button=_("Yes, remove it"),
        cancel=_("No, keep it"),
    )
    return confirm_then(
        request,
        confirm,
        lambda: services.delete_goal_entry(entry),
        done=_("Entry removed."),
        to="momentum:goal_list",
    )
