"""Applications: the list, one application's page, its form, and its stage events."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from nextyes.accounts.http import AuthedRequest
from nextyes.lib.dates import today_for
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.lib.views import Checkbox, Confirm, confirm_then, render_confirm, service_saved
from nextyes.pipeline import followups, selectors, services
from nextyes.pipeline.forms import (
    ApplicationFilterForm,
    ApplicationForm,
    EventForm,
)
from nextyes.pipeline.models import Application, StageEvent
from nextyes.pipeline.templatetags.pipeline import stage_label
from nextyes.pipeline.views.board import wants_partial

RESULTS_TEMPLATE = "pipeline/_application_results.html"
# The table's columns; the ones with a sort key have a header link that sorts by them.
COLUMNS = (
    ("company", gettext_lazy("Company")),
    ("role", gettext_lazy("Role")),
    ("status", gettext_lazy("Status")),
    ("", gettext_lazy("Channel")),
    ("applied_on", gettext_lazy("Applied")),
    ("fit", gettext_lazy("Fit")),
    ("", gettext_lazy("Location")),
)


def _name(application: Application) -> str:
    return _("%(role)s at %(company)s") % {
        "role": application.role,
        "company": application.company.name,
    }


# --- The list.


def _headers(sort: str) -> list[dict[str, str]]:
    """Each column header: the sort its link asks for (if sortable) and its aria-sort state."""
    key, descending = selectors.parse_sort(sort)
    headers = []
    for name, label in COLUMNS:
        active = bool(name) and name == key
        if not name:
            next_sort = ""
        elif active:  # a second click reverses the order
            next_sort = name if descending else f"-{name}"
        else:  # dates and fit read best newest/best first; names alphabetically
            next_sort = f"-{name}" if name in {"applied_on", "fit"} else name
        state = ("descending" if descending else "ascending") if active else ""
        headers.append({"label": str(label), "next": next_sort, "aria_sort": state})
    return headers


@login_required
def application_list(request: AuthedRequest) -> HttpResponse:
    form = ApplicationFilterForm(request.GET)
    filters = form.filters()
    rows = selectors.application_list(request.user, **filters)
    page = Paginator(rows, selectors.PAGE_SIZE).get_page(request.GET.get("page"))
    has_any = bool(page.object_list) or owned(Application, request.user).exists()
    context = {
        "form": form,
        "page": page,
        "has_any": has_any,
        "is_filtered": form.is_filtered,
        "headers": _headers(filters["sort"]),
        "sort": filters["sort"],
        "partial": wants_partial(request),
    }
    template = RESULTS_TEMPLATE if context["partial"] else "pipeline/application_list.html"
    return render(request, template, context)


# --- One application.


def _detail_context(
    request: AuthedRequest, application: Application, **extra: object
) -> dict[str, object]:
    user = request.user
    return {
        "application": application,
        "events": selectors.timeline(user, application),
        "interviews": selectors.interviews_for(user, application),
        "contacts": selectors.contacts_for(user, application),
        "event_form": EventForm(initial={"occurred_on": today_for(user)}),
        **extra,
    }


def _get_application(request: AuthedRequest, pk: int) -> Application:
    return get_owned_or_404(Application, request.user, pk)


def _detail_url(application: Application) -> str:
    return reverse("pipeline:application", args=[application.pk])


@login_required
def application_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    application = _get_application(request, pk)
    return render(
        request, "pipeline/application_detail.html", _detail_context(request, application)
    )


@login_required
@require_http_methods(["GET", "POST"])
def application_new(request: AuthedRequest) -> HttpResponse:
    form = ApplicationForm(request.POST or None)
    created = service_saved(
        form, lambda: services.create_application(request.user, **form.service_fields())
    )
    if created:
        application = created.value
        messages.success(request, _("Added %(name)s.") % {"name": _name(application)})
        return redirect("pipeline:application", pk=application.pk)
    return render(request, "pipeline/application_form.html", {"form": form, "application": None})


@login_required
@require_http_methods(["GET", "POST"])
def application_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    application = _get_application(request, pk)
    form = ApplicationForm(request.POST or None, instance=application)
    if service_saved(
        form, lambda: services.update_application(application, **form.service_fields())
    ):
        messages.success(
            request, _("Saved your changes to %(name)s.") % {"name": _name(application)}
        )
        return redirect("pipeline:application", pk=application.pk)
    # The form may have changed the object in memory; the page header shows what is stored.
    application.refresh_from_db()
    context = {"form": form, "application": application}
    return render(request, "pipeline/application_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def application_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    application = _get_application(request, pk)
    name = _name(application)
    confirm = Confirm(
        title=_("Delete this application?"),
        paragraphs=[
            _("This deletes %(name)s with its timeline and interviews. It cannot be undone.")
            % {"name": name}
        ],
        button=_("Yes, delete"),
        cancel=_("No, keep it"),
        cancel_url=_detail_url(application),
    )
    return confirm_then(
        request,
        confirm,
        lambda: services.delete_application(application),
        done=_("Deleted %(name)s.") % {"name": name},
        to="pipeline:board",
    )


# --- Stage events.


@login_required
@require_http_methods(["GET", "POST"])
def event_new(request: AuthedRequest, pk: int) -> HttpResponse:
    application = _get_application(request, pk)
    if request.method == "GET":
        return redirect(_detail_url(application) + "#add-event")
    form = EventForm(request.POST)

    def move() -> StageEvent:
        data = form.service_fields()
        return services.move_application(
            application,
            data["stage"],
            on=data["occurred_on"],
            round=data["round"],
            note=data["note"],
        )

    if moved := service_saved(form, move):
        event = moved.value
        messages.success(
            request,
            _("Added “%(stage)s” on %(date)s.")
            % {
                "stage": stage_label(event.stage, event.round),
                "date": date_format(event.occurred_on),
            },
        )
        return redirect("pipeline:application", pk=application.pk)
    context = _detail_context(request, application, event_form=form)
    return render(request, "pipeline/application_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def event_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    event = get_owned_or_404(StageEvent, request.user, pk)
    application = event.application
    form = EventForm(request.POST or None, instance=event)
    if service_saved(form, lambda: services.update_event(event, **form.service_fields())):
        messages.success(request, _("Saved the change to the timeline."))
        return redirect("pipeline:application", pk=application.pk)
    context = {"form": form, "event": event, "application": application}
    return render(request, "pipeline/event_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def event_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    event = get_owned_or_404(StageEvent, request.user, pk)
    application = event.application
    label = stage_label(event.stage, event.round)
    # A rejection that opened a ritual still under way: offer to remove that ritual too.
    # (recovery registers it: see pipeline.followups)
    has_ritual = followups.open_for(event)
    if request.method == "POST":
        remove_ritual = has_ritual and request.POST.get("remove_ritual") == "yes"
        followups.delete_event(event, with_follow_ups=remove_ritual)
        messages.success(
            request,
            _("Removed “%(stage)s” on %(date)s from the timeline.")
            % {"stage": label, "date": date_format(event.occurred_on)},
        )
        if remove_ritual:
            messages.success(request, _("Its open ritual is gone too."))
        return redirect("pipeline:application", pk=application.pk)
    offer = Checkbox("remove_ritual", _("Also remove the open ritual for this rejection"))
    confirm = Confirm(
        title=_("Remove this step from the timeline?"),
        paragraphs=[
            _("This removes “%(stage)s” on %(date)s from %(name)s.")
            % {"stage": label, "date": date_format(event.occurred_on), "name": _name(application)}
        ],
        button=_("Yes, delete"),
        cancel=_("No, keep it"),
        cancel_url=_detail_url(application),
        checkbox=offer if has_ritual else None,
    )
    return render_confirm(request, confirm)
