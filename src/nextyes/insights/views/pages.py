"""Insights pages: the overview with its settings and "mark ghosted" (over insights.selectors
and insights.ghosting), lesson themes, and "not now" on the fatigue card."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from nextyes.accounts.http import AuthedRequest
from nextyes.insights import fatigue_card, ghosting, selectors
from nextyes.insights import themes as lesson_themes
from nextyes.insights.forms import InsightSettingsForm
from nextyes.lib.dates import today_for
from nextyes.lib.http import GET_POST, is_htmx
from nextyes.lib.ownership import get_owned_or_404
from nextyes.pipeline.models import Application


@login_required
@require_POST
def dismiss_fatigue(request: AuthedRequest) -> HttpResponse:
    """“Not now” on Today’s fatigue card: hidden for a week."""
    fatigue_card.dismiss(request.user, today_for(request.user))
    if is_htmx(request):
        return render(request, "momentum/_today_fatigue_dismissed.html")
    messages.info(request, _("Of course. That card will stay away for a week."))
    return redirect("momentum:today")


@login_required
@GET_POST
def insight_settings(request: AuthedRequest) -> HttpResponse:
    form = InsightSettingsForm(request.POST or None, instance=ghosting.settings_for(request.user))
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Saved. The page now counts silence with your numbers."))
        return redirect("insights:index")
    return render(request, "insights/settings.html", {"form": form})


@login_required
@require_GET
def insights(request: AuthedRequest) -> HttpResponse:
    filters = selectors.filters_from_query(request.GET)
    return render(request, "insights/index.html", selectors.build(request.user, filters))


@login_required
@require_POST
def mark_ghosted(request: AuthedRequest) -> HttpResponse:
    """Mark every proposed application ghosted, or only `application` (one of the person's own)."""
    chosen = request.POST.get("application") or None
    pk = get_owned_or_404(Application, request.user, chosen).pk if chosen else None
    moved = ghosting.mark_ghosted(request.user, pk)
    if moved:
        messages.success(
            request,
            ngettext(
                "Marked %(count)s application as ghosted. Their silence says nothing about you.",
                "Marked %(count)s applications as ghosted. Their silence says nothing about you.",
                moved,
            )
            % {"count": moved},
        )
    else:
        messages.info(request, _("Nothing to mark: that one is not quiet long enough yet."))
    return redirect("insights:index")


@login_required
@GET_POST
def themes(request: AuthedRequest) -> HttpResponse:
    """The person's lessons and feedback by theme; POST turns a theme into a learning goal."""
    if request.method == "POST":
        theme = request.POST.get("theme", "").strip()
        try:
            goal = lesson_themes.create_learning_goal(request.user, theme)
        except ValidationError:
            messages.error(request, _("That theme could not become a goal; try another one."))
            return redirect("insights:themes")
        messages.success(
            request, _("New weekly goal: “%(goal)s”. Once a week is plenty.") % {"goal": goal}
        )
        return redirect("momentum:goal_list")
    result = lesson_themes.themes_for(request.user)
    return render(request, "insights/themes.html", {"result": result})
