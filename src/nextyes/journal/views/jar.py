"""The rewards jar: notes to self, and drawing one when a boost is needed. Thin over services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from nextyes.accounts.http import AuthedRequest
from nextyes.journal import services
from nextyes.journal.forms import JarNoteForm
from nextyes.journal.models import JarNote
from nextyes.lib.http import GET_POST, is_htmx, safe_next
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.lib.views import Confirm, confirm_then, form_status, service_saved


def _render_jar(
    request: AuthedRequest,
    form: JarNoteForm,
    *,
    drawn: JarNote | None = None,
    tried_draw: bool = False,
    status: int = 200,
) -> HttpResponse:
    notes = list(owned(JarNote, request.user).order_by("-created_at", "-id"))
    context = {"form": form, "notes": notes, "drawn": drawn, "tried_draw": tried_draw}
    return render(request, "journal/jar.html", context, status=status)


@login_required
@GET_POST
def jar(request: AuthedRequest) -> HttpResponse:
    form = JarNoteForm(request.POST if request.method == "POST" else None)
    if service_saved(form, lambda: services.add_jar_note(request.user, form.cleaned_data["text"])):
        messages.success(request, _("Into the jar it goes."))
        return redirect("journal:jar")
    return _render_jar(request, form, status=form_status(request))


@login_required
@GET_POST
def jar_draw(request: AuthedRequest) -> HttpResponse:
    # Drawing changes what is drawn next, so it is a POST; a GET (bookmark, reload) just goes back.
    if request.method == "GET":
        return redirect("journal:jar")
    note = services.draw_jar_note(request.user, exclude_id=_note_id(request.POST.get("exclude")))
    # One partial, two uses: htmx swaps in the same block the full page shows.
    if is_htmx(request):
        return render(request, "journal/_jar_drawn.html", {"drawn": note, "tried_draw": True})
    # Without JavaScript, a draw from another page (Today) goes back there, which shows it.
    back = safe_next(request, "")
    if back:
        return redirect(back)
    return _render_jar(request, JarNoteForm(), drawn=note, tried_draw=True)


def _note_id(raw: str | None) -> int | None:
    """The id of the note already on screen, if the form sent a sensible one."""
    try:
        return int(raw or "")
    except ValueError:
        return None


@login_required
@GET_POST
def jar_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    note = get_owned_or_404(JarNote, request.user, pk)
    form = JarNoteForm(
        request.POST if request.method == "POST" else None, initial={"text": note.text}
    )
    if service_saved(form, lambda: services.update_jar_note(note, form.cleaned_data["text"])):
        messages.success(request, _("Note updated."))
        return redirect("journal:jar")
    context = {"form": form, "note": note}
    return render(request, "journal/jar_note_form.html", context, status=form_status(request))


@login_required
@GET_POST
def jar_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    note = get_owned_or_404(JarNote, request.user, pk)
    confirm = Confirm(
        title=_("Delete a jar note"),
        heading=_("Take this note out of the jar?"),
        quote=note.text,
        paragraphs=[_("It will be gone for good.")],
        cancel_url=reverse("journal:jar"),
    )
    return confirm_then(
        request,
        confirm,
        lambda: services.delete_jar_note(note),
        done=_("Note taken out of the jar."),
        to="journal:jar",
    )
