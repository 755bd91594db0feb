"""The wins journal: add, list by month, filter, edit, delete (with Undo). Thin over services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from nextyes.accounts.http import AuthedRequest
from nextyes.journal import selectors, services
from nextyes.journal.forms import WinFilterForm, WinForm
from nextyes.journal.models import Win, WinKind
from nextyes.lib.dates import today_for
from nextyes.lib.forms import FormData
from nextyes.lib.http import GET_POST, safe_next
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.lib.views import Confirm, confirm_then, form_status, service_saved

WINS_PER_PAGE = 100
# The last deleted win, kept in the session so "Undo" can put it back.
UNDO_KEY = "journal_undo_win"


def _new_form(request: AuthedRequest, data: FormData | None = None) -> WinForm:
    initial = {"occurred_on": today_for(request.user), "kind": WinKind.OTHER}
    return WinForm(data, initial=initial)


def _save_new(request: AuthedRequest, form: WinForm) -> Win | None:
    """The form's win, saved; None (with the errors on the form) when it cannot be."""

    def add() -> Win | None:
        data = form.cleaned_data
        return services.add_win(request.user, data["text"], data["kind"], on=data["occurred_on"])

    saved = service_saved(form, add)
    if saved is None:
        return None
    messages.success(request, _("Win saved. Nice."))
    return saved.value


@login_required
@GET_POST
def win_list(request: AuthedRequest) -> HttpResponse:
    user = request.user
    if request.method == "POST" and request.POST.get("action") == "undo":
        return _undo(request)
    form = _new_form(request, request.POST if request.method == "POST" else None)
    if request.method == "POST" and _save_new(request, form) is not None:
        return redirect("journal:win_list")
    filters = WinFilterForm(request.GET or None)
    kind = filters.cleaned_data["kind"] if filters.is_valid() else ""
    wins = owned(Win, user).order_by("-occurred_on", "-id")
    if kind:
        wins = wins.filter(kind=kind)
    page = Paginator(wins, WINS_PER_PAGE).get_page(request.GET.get("page"))
    has_any = bool(page.object_list) or owned(Win, user).exists()
    context = {
        "form": form,
        "filters": filters,
        "kind": kind,
        "kind_label": WinKind(kind).label if kind else "",
        "page": page,
        "months": selectors.group_by_month(page.object_list),
        "has_any": has_any,
        "suggestion": None if has_any else selectors.first_win_suggestion(user),
        "undo": _undo_offer(request),
        "today": today_for(user),
    }
    return render(request, "journal/win_list.html", context, status=form_status(request))


def _undo_offer(request: AuthedRequest) -> str:
    """The text of a just-deleted win, offered for Undo once, right after the delete."""
    held = request.session.get(UNDO_KEY)
    if not held or held.get("offered"):
        return ""
    request.session[UNDO_KEY] = {**held, "offered": True}
    return str(held["snapshot"]["text"])


def _undo(request: AuthedRequest) -> HttpResponse:
    held = request.session.pop(UNDO_KEY, None)
    win = services.restore_win(request.user, held["snapshot"]) if held else None
    if win is None:
        messages.info(request, _("There was nothing left to undo."))
    else:
        messages.success(request, _("Win put back."))
    return redirect("journal:win_list")


@login_required
@GET_POST
def win_new(request: AuthedRequest) -> HttpResponse:
    form = _new_form(request, request.POST if request.method == "POST" else None)
    if request.method == "POST" and _save_new(request, form) is not None:
        return redirect(safe_next(request, reverse("journal:win_list")))
    context = {"form": form, "win": None, "next": safe_next(request, "")}
    return render(request, "journal/win_form.html", context, status=form_status(request))


@login_required
@GET_POST
def win_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    win = get_owned_or_404(Win, request.user, pk)
    initial = {"text": win.text, "kind": win.kind, "occurred_on": win.occurred_on}
    form = WinForm(request.POST if request.method == "POST" else None, initial=initial)

    def update() -> None:
        data = form.cleaned_data
        on = data["occurred_on"] or win.occurred_on
        services.update_win(win, text=data["text"], kind=data["kind"], on=on)

    if service_saved(form, update):
        messages.success(request, _("Win updated."))
        return redirect(safe_next(request, reverse("journal:win_list")))
    context = {"form": form, "win": win, "next": safe_next(request, "")}
    return render(request, "journal/win_form.html", context, status=form_status(request))


@login_required
@GET_POST
def win_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    win = get_owned_or_404(Win, request.user, pk)

    def delete_keeping_undo() -> None:
        snapshot = services.delete_win(win)
        request.session[UNDO_KEY] = {"snapshot": snapshot, "offered": False}

    about = [date_format(win.occurred_on), win.get_kind_display()]
    if win.automatic:
        about.append(_("added by NextYes"))
    confirm = Confirm(
        title=_("Delete a win"),
        heading=_("Delete this win?"),
        quote=win.text,
        quote_note=" · ".join(about),
        paragraphs=[_("You can undo this straight after, from the wins page.")],
        cancel_url=reverse("journal:win_list"),
    )
    return confirm_then(
        request,
        confirm,
        delete_keeping_undo,
        done=_("Win deleted."),
        to="journal:win_list",
    )
