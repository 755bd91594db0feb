"""The unsubscribe link in every reminder email: it works without signing in.

The signed token names the person and one kind; a GET only asks (mail scanners follow links), the
POST switches that kind off. A token this NextYes did not sign, or for a person who is gone,
answers 404.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from nextyes.accounts.models import User
from nextyes.lib.views import Confirm, render_confirm
from nextyes.reminders import mail, services
from nextyes.reminders.models import ReminderKind


@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    found = mail.read_token(token)
    person = User.objects.filter(pk=found[0], is_active=True).first() if found else None
    if found is None or person is None:
        raise Http404("No such link.")
    label = ReminderKind(found[1]).label
    if request.method == "POST":
        services.switch_off(person, found[1])
        return render(request, "reminders/unsubscribed.html", {"label": label})
    confirm = Confirm(
        title=_("Stop these reminders?"),
        quote=str(label),
        paragraphs=[
            _(
                "NextYes will stop sending this kind of reminder, by email and in the app. "
                "Everything else stays as it is, and you can switch it on again in your "
                "reminder settings whenever you like."
            )
        ],
        button=_("Yes, stop them"),
        cancel=_("Keep them"),
        cancel_url=reverse("momentum:today"),
    )
    return render_confirm(request, confirm)
