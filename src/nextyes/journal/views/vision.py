"""The north star and the vision board: edit the why, add, edit, reorder and delete aspirations."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nextyes.accounts.http import AuthedRequest
from nextyes.accounts.models import User
from nextyes.journal.care.forms import AspirationForm, NorthStarForm
from nextyes.journal.models import Aspiration
from nextyes.journal.selectors.vision import aspirations
from nextyes.journal.services.vision import (
    MAX_ASPIRATIONS,
    add_aspiration,
    delete_aspiration,
    move_aspiration,
    set_north_star,
    update_aspiration,
)
from nextyes.lib.http import GET_POST
from nextyes.lib.ownership import get_owned_or_404
from nextyes.lib.views import Confirm, confirm_then, form_status, service_saved


@login_required
@GET_POST
def vision(request: AuthedRequest) -> HttpResponse:
    user: User = request.user
    data = request.POST if request.method == "POST" else None
    action = request.POST.get("action") if data else None
    star = NorthStarForm(
        data if action == "north-star" else None, initial={"north_star": user.north_star}
    )
    form = AspirationForm(data if action == "aspiration" else None)
    if action == "north-star" and star.is_valid():
        set_north_star(user, star.cleaned_data["north_star"])
        messages.success(request, _("Your why is saved."))
        return redirect("journal:vision")
    if service_saved(form, lambda: add_aspiration(user, form.cleaned_data["text"])):
        messages.success(request, _("Added to your board."))
        return redirect("journal:vision")
    context = {
        "star": star,
        "form": form,
        "aspirations": list(aspirations(user)),
        "limit": MAX_ASPIRATIONS,
    }
    return render(request, "journal/vision.html", context, status=400 if data else 200)


@login_required
@GET_POST
def aspiration_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    entry = get_owned_or_404(Aspiration, request.user, pk)
    data = request.POST if request.method == "POST" else None
    form = AspirationForm(data, initial={"text": entry.text})
    if service_saved(form, lambda: update_aspiration(entry, form.cleaned_data["text"])):
        messages.success(request, _("Updated."))
        return redirect("journal:vision")
    context = {"form": form, "entry": entry}
    return render(request, "journal/aspiration_form.html", context, status=form_status(request))


@login_required
@GET_POST
def aspiration_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    entry = get_owned_or_404(Aspiration, request.user, pk)
    confirm = Confirm(
        title=_("Delete"),
        heading=_("Take this off your board?"),
        quote=entry.text,
        cancel_url=reverse("journal:vision"),
    )
    return confirm_then(
        request,
        confirm,
        lambda: delete_aspiration(entry),
        done=_("Taken off your board."),
        to="journal:vision",
    )


@login_required
@require_POST
def aspiration_move(request: AuthedRequest, pk: int) -> HttpResponse:
    entry = get_owned_or_404(Aspiration, request.user, pk)
    try:
        move_aspiration(entry, request.POST.get("direction", ""))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    # Back to the same line, so a keyboard user keeps their place while reordering.
    return redirect(f"{reverse('journal:vision')}#aspiration-{entry.pk}")
