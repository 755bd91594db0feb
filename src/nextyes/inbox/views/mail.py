"""The inbox page: upload mail, see what was kept and the last import's report, forget it all."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.uploadedfile import UploadedFile
from django.db.models import Count
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from nextyes.accounts.http import AuthedRequest
from nextyes.inbox import services, tasks
from nextyes.inbox.forms import UploadForm, too_big_message
from nextyes.inbox.models import (
    LABEL_NAMES,
    MailImport,
    MailMessage,
    MailTask,
    SeenMessage,
    TaskKind,
)
from nextyes.lib.http import GET_POST
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.lib.views import Confirm, render_confirm

SHOWN_MESSAGES = 200
# Bytes of a multipart body that are not the files themselves (boundaries, headers, fields).
FORM_OVERHEAD = 64 * 1024


def _wants_json(request: AuthedRequest) -> bool:
    """The page's script uploads with XMLHttpRequest (for its progress bar) and asks for JSON."""
    return "application/json" in request.headers.get("Accept", "")


def _render_index(request: AuthedRequest, form: UploadForm, status: int = 200) -> HttpResponse:
    mail = owned(MailMessage, request.user)
    label = request.GET.get("label", "")
    if label not in LABEL_NAMES:
        label = ""
    shown = (mail.filter(label=label) if label else mail).defer("text")[:SHOWN_MESSAGES]
    counted = mail.order_by().values("label").annotate(n=Count("id")).values_list("label", "n")
    by_label = dict(counted)
    context = {
        "form": form,
        "mail": list(shown),
        "total": sum(by_label.values()),
        "labels": [(key, name, by_label.get(key, 0)) for key, name in LABEL_NAMES.items()],
        "label": label,
        "last_import": services.last_import(request.user),
        "task": tasks.shown_task(request.user, TaskKind.UPLOAD),
        "shown_limit": SHOWN_MESSAGES,
    }
    return render(request, "inbox/index.html", context, status=status)


@login_required
@require_GET
def index(request: AuthedRequest) -> HttpResponse:
    return _render_index(request, UploadForm())


@login_required
@GET_POST
def upload(request: AuthedRequest) -> HttpResponse:
    # A bookmark or a reload of the upload address just shows the page.
    if request.method == "GET":
        return redirect("inbox:index")
    too_big = _announced_too_big(request)
    if too_big:  # said from the announced size: nothing of it is imported
        form = UploadForm(data={}, files=MultiValueDict())
        form.is_valid()
        form.errors["mail"] = form.error_class([too_big])
        if _wants_json(request):
            return JsonResponse({"errors": [too_big]}, status=413)
        return _render_index(request, form, status=413)
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        if _wants_json(request):
            errors = [str(e) for errs in form.errors.values() for e in errs]
            return JsonResponse({"errors": errors}, status=400)
        return _render_index(request, form, status=400)
    uploads: list[UploadedFile[bytes]] = form.cleaned_data["mail"]
    job = tasks.start_upload(request.user, uploads, keep_other=form.cleaned_data["keep_other"])
    messages.info(
        request,
        _("Your mail is uploaded. NextYes is reading it now; this page shows how far it got."),
    )
    if _wants_json(request):
        return JsonResponse({"redirect": reverse("inbox:index"), "task": job.pk})
    return redirect("inbox:index")


def _announced_too_big(request: AuthedRequest) -> str:
    """The refusal for a body whose Content-Length is over the limit (a little slack for the form)."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return ""
    return too_big_message(length - FORM_OVERHEAD) if length > FORM_OVERHEAD else ""


@login_required
@require_GET
def message(request: AuthedRequest, pk: int) -> HttpResponse:
    mail = get_owned_or_404(MailMessage, request.user, pk)
    return render(request, "inbox/message.html", {"mail": mail})


@login_required
@GET_POST
def purge(request: AuthedRequest) -> HttpResponse:
    if request.method == "POST":
        done = services.purge(request.user)
        messages.success(
            request,
            ngettext(
                "Your mail is forgotten: %(n)s message removed, with every id and report.",
                "Your mail is forgotten: %(n)s messages removed, with every id and report.",
                done["messages"],
            )
            % {"n": done["messages"]},
        )
        return redirect("inbox:index")
    kept = owned(MailMessage, request.user).count()
    counts = {
        "counter": kept,
        "seen": owned(SeenMessage, request.user).count(),
        "imports": owned(MailImport, request.user).count(),
    }
    confirm = Confirm(
        title=_("Forget my mail"),
        heading=_("Forget all your mail?"),
        paragraphs=[
            ngettext(
                "NextYes will remove %(counter)s kept message, %(seen)s remembered ids and "
                "%(imports)s import reports.",
                "NextYes will remove %(counter)s kept messages, %(seen)s remembered ids and "
                "%(imports)s import reports.",
                kept,
            )
            % counts,
            _(
                "Your applications, rituals and notes stay as they are. Mail you import later "
                "will be read as new."
            ),
            _("What you taught NextYes by correcting proposals goes with the mail it came from."),
        ],
        button=_("Yes, forget my mail"),
        cancel_url=reverse("inbox:index"),
        action=reverse("inbox:purge"),
    )
    return render_confirm(request, confirm)


@login_required
@require_GET
def task_status(request: AuthedRequest, pk: int) -> HttpResponse:
    """One piece of mail work: the part of a page htmx polls, or a page of its own to refresh."""
    job = get_owned_or_404(MailTask, request.user, pk)
    if not request.headers.get("HX-Request"):
        return render(request, "inbox/task.html", {"task": job})
    response = render(request, "inbox/_task.html", {"task": job})
    if not job.open:  # finished while polled: reload the page, so its lists show the new mail
        response["HX-Refresh"] = "true"
    return response
