"""Daily check-ins: the quick form, the year at a glance, edit, delete, and the care card's "not now".

Thin over `journal.services.checkins` and `journal.selectors.checkins`. Every page works as plain forms; htmx only swaps Today's cards.
"""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nextyes.accounts.http import AuthedRequest
from nextyes.accounts.models import User
from nextyes.journal.checkin_forms import CheckInForm, initial_for
from nextyes.journal.models import CheckIn, Mood
from nextyes.journal.mood_chart import mood_chart
from nextyes.journal.selectors.checkins import (
    months_to_show,
    rejection_days,
    summary_words,
    year_calendar,
)
from nextyes.journal.services.checkins import delete_checkin, dismiss_care, save_checkin
from nextyes.lib.dates import today_for
from nextyes.lib.http import GET_POST, is_htmx, safe_next
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.lib.views import Confirm, confirm_then, form_status, service_saved


def _day_from(request: AuthedRequest, today: dt.date) -> dt.date:
    """The `day` asked for (query or form), else today; a future or unreadable day is today."""
    raw = (request.POST.get("day") or request.GET.get("day") or "").strip()
    try:
        day = dt.date.fromisoformat(raw) if raw else today
    except ValueError:
        return today
    return min(day, today)


def card_context(user: User, mood: int | None) -> dict[str, object]:
    """What the Today check-in card needs: the moods to tap and, once done, today's one."""
    return {
        "checkin_mood": mood,
        "checkin_word": str(Mood(mood).label) if mood else "",
        "moods": Mood.choices,
    }


def _quick(request: AuthedRequest, day: dt.date) -> HttpResponse:
    """One tap from Today: the mood alone, keeping anything else already noted for the day."""
    try:
        checkin = save_checkin(request.user, mood=int(request.POST["mood"]), day=day)
    except (KeyError, ValueError, ValidationError):
        if is_htmx(request):
            context = card_context(request.user, None)
            context["card_error"] = _("Pick one of the five moods.")
            return render(request, "journal/_checkin_card.html", context, status=400)
        messages.error(request, _("Pick one of the five moods."))
        return redirect(safe_next(request, reverse("journal:checkin")))
    if is_htmx(request):
        return render(
            request, "journal/_checkin_card.html", card_context(request.user, checkin.mood)
        )
    messages.success(
        request, _("Checked in: %(mood)s. Thank you.") % {"mood": checkin.get_mood_display()}
    )
    return redirect(safe_next(request, reverse("momentum:today")))


def _save(request: AuthedRequest, form: CheckInForm, day: dt.date) -> CheckIn | None:
    saved = service_saved(
        form, lambda: save_checkin(request.user, **(form.service_values() | {"day": day}))
    )
    return saved.value if saved else None


@login_required
@GET_POST
def checkin(request: AuthedRequest) -> HttpResponse:
    """Today's check-in (or `?day=`'s): a new one, or the day's one to change."""
    today = today_for(request.user)
    day = _day_from(request, today)
    if request.method == "POST" and request.POST.get("quick"):
        return _quick(request, day)
    existing = owned(CheckIn, request.user).filter(day=day).first()
    initial = initial_for(existing) if existing else {"day": day}
    form = CheckInForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST":
        saved = _save(request, form, day)
        if saved is not None:
            messages.success(request, _("Checked in. Thank you for taking a moment for yourself."))
            # Back where they came from (Today by default), not to a mostly blank year.
            return redirect(safe_next(request, reverse("momentum:today")))
    context = {
        "form": form,
        "checkin": existing,
        "day": day,
        "today": today,
        "is_today": day == today,
        "next": safe_next(request, reverse("momentum:today")),
    }
    return render(request, "journal/checkin_form.html", context, status=form_status(request))


@login_required
@GET_POST
def checkin_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    found = get_owned_or_404(CheckIn, request.user, pk)
    form = CheckInForm(
        request.POST if request.method == "POST" else None, initial=initial_for(found)
    )
    if request.method == "POST" and _save(request, form, found.day) is not None:
        messages.success(request, _("Check-in updated."))
        return redirect(safe_next(request, reverse("journal:checkin_list")))
    context = {
        "form": form,
        "checkin": found,
        "day": found.day,
        "is_today": found.day == today_for(request.user),
        "next": safe_next(request, ""),
    }
    return render(request, "journal/checkin_form.html", context, status=form_status(request))


@login_required
@GET_POST
def checkin_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    found = get_owned_or_404(CheckIn, request.user, pk)
    confirm = Confirm(
        title=_("Delete a check-in"),
        heading=_("Delete this check-in?"),
        quote=f"{date_format(found.day, 'l j F Y')} · {found.get_mood_display()}",
        quote_note=Truncator(found.note).chars(140),
        paragraphs=[_("It will be gone from your calendar and charts. This cannot be undone.")],
        cancel_url=reverse("journal:checkin_edit", args=[found.pk]),
    )
    return confirm_then(
        request,
        confirm,
        lambda: delete_checkin(found),
        done=_("Check-in deleted."),
        to=f"{reverse('journal:checkin_list')}?year={found.day.year}",
    )


@login_required
def checkin_list(request: AuthedRequest) -> HttpResponse:
    """The year at a glance, a table of the same days, and the mood trend with rejections."""
    today = today_for(request.user)
    try:
        year = int(request.GET.get("year") or today.year)
    except ValueError:
        year = today.year
    year = max(min(year, today.year), 1900)
    calendar = year_calendar(request.user, year, today)
    points = [(c.day, c.mood) for c in calendar.checkins]
    chart = None
    if points:
        # From the year's first check-in: months before it would only squeeze the line.
        start = points[0][0]
        end = min(dt.date(year, 12, 31), today)
        chart = mood_chart(points, rejection_days(request.user, start, end), start=start, end=end)
    context = {
        "calendar": calendar,
        "months": months_to_show(calendar, today),
        "chart": chart,
        "summary": summary_words(calendar.counts),
        "moods": Mood.choices,
        "today": today,
        "checked_in_today": any(c.day == today for c in calendar.checkins),
    }
    return render(request, "journal/checkin_list.html", context)


@login_required
@require_POST
def care_dismiss(request: AuthedRequest) -> HttpResponse:
    """“Not now” on Today's care card: it stays away for a week."""
    dismiss_care(request.user)
    if is_htmx(request):
        return render(request, "journal/_care_dismissed.html")
    messages.info(request, _("Of course. We will leave that for a week. Look after yourself."))
    return redirect("momentum:today")
