"""Contacts, their touchpoints and companies: thin views over pipeline.services."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from nextyes.accounts.http import AuthedRequest
from nextyes.lib.dates import today_for
from nextyes.lib.http import GET_POST, is_htmx, safe_next
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.lib.views import Confirm, confirm_then, service_saved
from nextyes.pipeline import selectors, services
from nextyes.pipeline.contact_forms import (
    CompanyForm,
    ContactFilterForm,
    ContactForm,
    TouchpointForm,
)
from nextyes.pipeline.models import Application, Company, Contact, Touchpoint


@login_required
@require_http_methods(["GET"])
def contact_list(request: AuthedRequest) -> HttpResponse:
    filters = ContactFilterForm(request.GET or None)
    contacts = selectors.contacts_with_dates(request.user)
    searching = False
    if filters.is_valid():
        q = " ".join(filters.cleaned_data["q"].split())
        if q:
            contacts = contacts.filter(
                Q(name__icontains=q) | Q(company__name__icontains=q) | Q(email__icontains=q)
            )
        if filters.cleaned_data["relationship"]:
            contacts = contacts.filter(relationship=filters.cleaned_data["relationship"])
        searching = bool(q or filters.cleaned_data["relationship"])
    context = {
        "filters": filters,
        "contacts": list(contacts),
        "searching": searching,
        "has_any": searching or owned(Contact, request.user).exists(),
        "today": today_for(request.user),
    }
    # One partial, two uses: htmx live search swaps in the same results the full page shows.
    if is_htmx(request):
        return render(request, "pipeline/contact_results.html", context)
    return render(request, "pipeline/contact_list.html", context)


@login_required
@GET_POST
def contact_new(request: AuthedRequest) -> HttpResponse:
    user = request.user
    initial: dict[str, Any] = {}
    from_application: Application | None = None
    if request.GET.get("application"):
        from_application = get_owned_or_404(Application, user, request.GET["application"])
        initial["applications"] = [from_application.pk]
        initial["company"] = from_application.company.name
    if request.GET.get("company"):
        initial["company"] = get_owned_or_404(Company, user, request.GET["company"]).name
    form = ContactForm(request.POST or None, user=user, initial=initial)
    if created := service_saved(
        form, lambda: services.create_contact(user, **form.service_values())
    ):
        messages.success(request, _("Contact saved."))
        if from_application is not None:
            return redirect("pipeline:application", pk=from_application.pk)
        return redirect("pipeline:contact", pk=created.value.pk)
    cancel = (
        reverse("pipeline:application", args=[from_application.pk])
        if from_application
        else reverse("pipeline:contacts")
    )
    return render(
        request, "pipeline/contact_form.html", {"form": form, "contact": None, "cancel": cancel}
    )


@login_required
@require_http_methods(["GET"])
def contact_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = _contact_with_dates(request, pk)
    form = TouchpointForm(contact=contact, initial=_tp_initial(request))
    return _render_detail(request, contact, form)


def _contact_with_dates(request: AuthedRequest, pk: int) -> Contact:
    # contacts_with_dates() starts from owned(), so someone else's contact is a 404 here too.
    return get_object_or_404(selectors.contacts_with_dates(request.user), pk=pk)


def _tp_initial(request: AuthedRequest) -> dict[str, object]:
    return {"occurred_on": today_for(request.user)}


def _render_detail(
    request: AuthedRequest, contact: Contact, touchpoint_form: TouchpointForm, status: int = 200
) -> HttpResponse:
    today = today_for(request.user)
    context = {
        "contact": contact,
        "applications": contact.applications.select_related("company").order_by("-created_at"),
        "touchpoints": contact.touchpoints.select_related("application__company"),
        "touchpoint_form": touchpoint_form,
        "today": today,
        "overdue": selectors.is_overdue(request.user, contact.next_follow_up_on),  # type: ignore[attr-defined]
    }
    return render(request, "pipeline/contact_detail.html", context, status=status)


@login_required
@GET_POST
def contact_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = get_owned_or_404(Contact, request.user, pk)
    form = ContactForm(request.POST or None, user=request.user, instance=contact)
    if service_saved(form, lambda: services.update_contact(contact, **form.service_values())):
        messages.success(request, _("Contact saved."))
        return redirect("pipeline:contact", pk=contact.pk)
    cancel = reverse("pipeline:contact", args=[contact.pk])
    return render(
        request, "pipeline/contact_form.html", {"form": form, "contact": contact, "cancel": cancel}
    )


@login_required
@GET_POST
def contact_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = get_owned_or_404(Contact, request.user, pk)
    confirm = Confirm(
        title=_("Delete contact"),
        heading=_("Delete %(name)s?") % {"name": contact.name},
        paragraphs=[
            _(
                "Their details and every touchpoint with them will be deleted. Your applications "
                "stay as they are. This can't be undone."
            )
        ],
        button=_("Yes, delete this contact"),
        cancel=_("Keep them"),
        cancel_url=reverse("pipeline:contact", args=[contact.pk]),
    )
    return confirm_then(
        request,
        confirm,
        lambda: services.delete_contact(contact),
        done=_("%(name)s was removed from your contacts.") % {"name": contact.name},
        to="pipeline:contacts",
    )


@login_required
@GET_POST
def touchpoint_new(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = _contact_with_dates(request, pk)
    form = TouchpointForm(request.POST or None, contact=contact, initial=_tp_initial(request))
    if request.method == "POST":
        if service_saved(form, lambda: services.add_touchpoint(contact, **form.service_values())):
            messages.success(request, _("Touchpoint saved."))
            return redirect("pipeline:contact", pk=contact.pk)
        # Errors show where the form was: on the contact page, beside the timeline.
        return _render_detail(request, contact, form, status=400)
    return render(
        request,
        "pipeline/touchpoint_form.html",
        {"form": form, "contact": contact, "touchpoint": None},
    )


@login_required
@GET_POST
def touchpoint_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    touchpoint = get_owned_or_404(Touchpoint, request.user, pk)
    contact = touchpoint.contact
    form = TouchpointForm(request.POST or None, contact=contact, instance=touchpoint)
    if service_saved(form, lambda: services.update_touchpoint(touchpoint, **form.service_values())):
        messages.success(request, _("Touchpoint saved."))
        return redirect("pipeline:contact", pk=contact.pk)
    return render(
        request,
        "pipeline/touchpoint_form.html",
        {"form": form, "contact": contact, "touchpoint": touchpoint},
    )


@login_required
@GET_POST
def touchpoint_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    touchpoint = get_owned_or_404(Touchpoint, request.user, pk)
    what = {
        "kind": touchpoint.get_kind_display(),
        "name": touchpoint.contact.name,
        "day": date_format(touchpoint.occurred_on),
    }
    confirm = Confirm(
        title=_("Delete touchpoint"),
        heading=_("Delete this touchpoint?"),
        paragraphs=[_("%(kind)s with %(name)s on %(day)s. This can't be undone.") % what],
        cancel_url=reverse("pipeline:contact", args=[touchpoint.contact_id]),
    )
    return confirm_then(
        request,
        confirm,
        lambda: services.delete_touchpoint(touchpoint),
        done=_("Touchpoint deleted."),
        to=reverse("pipeline:contact", args=[touchpoint.contact_id]),
    )


@login_required
@GET_POST
def company_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    company = get_owned_or_404(Company, request.user, pk)
    default_next = reverse("pipeline:contacts") + "?" + urlencode({"q": company.name})
    next_url = safe_next(request, default_next)
    form = CompanyForm(request.POST or None, instance=company)
    if service_saved(form, lambda: services.update_company(company, **form.service_values())):
        messages.success(request, _("Company saved."))
        return redirect(next_url)
    if request.method == "POST":
        company.refresh_from_db(
            fields=["name"]
        )  # the heading shows the saved name, not the typed one
    context = {
        "form": form,
        "company": company,
        "next": next_url,
        "contacts": company.contacts.order_by("name"),
        "applications": company.applications.order_by("-created_at"),
    }
    return render(request, "pipeline/company_form.html", context)
