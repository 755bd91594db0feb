"""Import (upload → map → preview → commit) and export (JSON, zipped CSV) pages."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from nextyes.accounts.http import AuthedRequest
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.pipeline.models import Application, Contact, ImportDraft, ImportRun, RunState
from nextyes.pipeline.transfer import drafts, exporter, runs
from nextyes.pipeline.transfer.columns import column_routes
from nextyes.pipeline.transfer.forms import MAX_STATUS_QUESTIONS, MappingForm, UploadForm
from nextyes.pipeline.transfer.importer import (
    ImportBlocked,
    ImportPlan,
    ambiguous_date_example,
    plan_import,
    unknown_status_words,
)
from nextyes.pipeline.transfer.reading import FileProblem
from nextyes.pipeline.transfer.runs import ImportBusy
from nextyes.pipeline.transfer.values import status_key
from nextyes.pipeline.views.restore import can_restore

SHOWN_ERRORS = 200


def imported_message(run: ImportRun) -> str:
    text = ngettext(
        "Imported %(count)d application", "Imported %(count)d applications", run.written
    ) % {"count": run.written}
    already = ngettext(
        "(%(count)d was already there).",
        "(%(count)d were already there).",
        run.already_there,
    ) % {"count": run.already_there}
    return f"{text} {already}"


@login_required
@require_http_methods(["GET", "POST"])
def transfer_home(request: AuthedRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            draft = drafts.create_draft(request.user, upload.name or "", upload.read())
        except FileProblem as problem:
            form.add_error("file", str(problem))
        else:
            return redirect("pipeline:import_map", token=draft.token)
    context = {
        "form": form,
        "applications": owned(Application, request.user).count(),
        "contacts": owned(Contact, request.user).count(),
        "can_restore": can_restore(request.user),
        "running": runs.active_run(request.user),
    }
    return render(request, "pipeline/transfer.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def import_map(request: AuthedRequest, token: str) -> HttpResponse:
    draft = get_owned_or_404(ImportDraft, request.user, token)
    table, options = drafts.draft_table(draft), drafts.draft_options(draft)
    form = MappingForm(
        request.POST if request.method == "POST" else None,
        table=table,
        options=options,
        unknown_words=unknown_status_words(table, options),
        date_example=ambiguous_date_example(table, options),
    )
    if request.method == "POST" and form.is_valid():
        options = form.options()
        drafts.save_options(draft, options)
        words = unknown_status_words(table, options)
        unanswered = [w for w in words if status_key(w) not in options.status_map]
        undated = ambiguous_date_example(table, options) is not None and not options.date_order
        # Past the page's limit the column is likely not a status: the preview lists the rows.
        if not (unanswered and len(words) <= MAX_STATUS_QUESTIONS) and not undated:
            return redirect("pipeline:import_preview", token=draft.token)
        # A newly chosen status or date column brought questions of its own: ask them here.
        messages.info(request, _("Thanks. The columns you chose need a few more answers."))
        return redirect("pipeline:import_map", token=draft.token)
    return render(
        request,
        "pipeline/transfer_map.html",
        {"draft": draft, "form": form, "rows": len(table.rows)},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def import_preview(request: AuthedRequest, token: str) -> HttpResponse:
    draft = get_owned_or_404(ImportDraft, request.user, token)
    if request.method == "POST":
        try:
            run = drafts.commit_draft(draft)
        except ImportBlocked as blocked:
            return _preview(request, draft, blocked.plan, status=400)
        except ImportBusy as busy:
            messages.info(request, _("An import is already under way. Here is how far it got."))
            return redirect("pipeline:import_run", token=busy.run.token)
        if run.state != RunState.DONE:
            return redirect("pipeline:import_run", token=run.token)
        messages.success(request, imported_message(run))
        return redirect("pipeline:list")
    plan = plan_import(request.user, drafts.draft_table(draft), drafts.draft_options(draft))
    return _preview(request, draft, plan)


def _preview(
    request: AuthedRequest, draft: ImportDraft, plan: ImportPlan, status: int = 200
) -> HttpResponse:
    options = drafts.draft_options(draft)
    context = {
        "draft": draft,
        "plan": plan,
        "routes": column_routes(drafts.draft_table(draft), options.columns),
        "new_count": plan.new_count,
        "first_rows": plan.first_rows,
        "errors": plan.errors[:SHOWN_ERRORS],
        "more_errors": plan.error_count - min(len(plan.errors), SHOWN_ERRORS),
    }
    return render(request, "pipeline/transfer_preview.html", context, status=status)


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Someone's whole job search: never kept by a shared cache.
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def export_json(request: AuthedRequest) -> HttpResponse:
    data = exporter.export_data(request.user)
    content = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    filename = exporter.export_filename(request.user, "json")
    return _download(content, "application/json; charset=utf-8", filename)


@login_required
@require_GET
def export_csv(request: AuthedRequest) -> HttpResponse:
    filename = exporter.export_filename(request.user, "zip")
    return _download(exporter.export_zip(request.user), "application/zip", filename)
