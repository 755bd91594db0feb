"""The reminders page, dismissing one, and the settings: thin views over selectors and services."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from nextyes.accounts.http import AuthedRequest
from nextyes.lib.http import GET_POST
from nextyes.lib.ownership import get_owned_or_404
from nextyes.lib.views import form_status, service_saved
from nextyes.reminders import selectors, services
from nextyes.reminders.forms import ReminderSettingsForm
from nextyes.reminders.models import Reminder


@login_required
@require_http_methods(["GET"])
def reminder_list(request: AuthedRequest) -> HttpResponse:
    user, now = request.user, timezone.now()
    # The due ones are stored as they are shown, so each can be dismissed (and is emailed once).
    services.store_due(user, now)
    listed = selectors.reminder_list(user, now)
    context = {
        "due": [item for item in listed if item.due],
        "coming": [item for item in listed if not item.due],
        "on_break": selectors.on_break(user, now),
        "email_enabled": settings.EMAIL_ENABLED,
    }
    return render(request, "reminders/list.html", context)


@login_required
@require_http_methods(["POST"])
def reminder_dismiss(request: AuthedRequest, pk: int) -> HttpResponse:
    reminder = get_owned_or_404(Reminder, request.user, pk)
    services.dismiss(reminder)
    messages.success(request, _("Done: it is off your list."))
    return redirect("reminders:list")


@login_required
@GET_POST
def reminder_settings(request: AuthedRequest) -> HttpResponse:
    user = request.user
    form = ReminderSettingsForm(request.POST or None, instance=selectors.settings_for(user))
    if service_saved(form, lambda: services.save_settings(user, form.settings_input())):
        messages.success(request, _("Saved. NextYes will speak up only for what you chose."))
        return redirect("reminders:list")
    context = {"form": form, "email_enabled": settings.EMAIL_ENABLED}
    return render(request, "reminders/settings.html", context, status=form_status(request))
