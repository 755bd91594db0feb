"""Thought records: the list with the change in intensity, one screen per step (plain forms),
the read view, and the htmx pieces: live trap suggestions, answers to them, facts as evidence."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from nextyes.accounts.http import AuthedRequest
from nextyes.journal import care, evidence, reframes, thought_chart
from nextyes.journal.models import ThoughtRecord, ThoughtStep
from nextyes.journal.selectors.thoughts import (
    STEPS,
    average_drop,
    intensity_drop,
    is_finished,
    next_step,
    previous_step,
    resume_step,
    step_number,
    suggestions,
)
from nextyes.journal.services.thoughts import (
    add_evidence,
    answer_trap,
    delete_record,
    save_draft,
    save_step,
    skip_step,
    start_record,
    update_record,
)
from nextyes.journal.thought_forms import STEP_FORMS, EditForm, NewRecordForm, StepForm
from nextyes.journal.traps import SLUGS, TRAPS
from nextyes.lib.dates import today_for
from nextyes.lib.feelings import EMOTION_LABELS
from nextyes.lib.forms import add_service_errors
from nextyes.lib.http import GET_POST, safe_next
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.lib.views import Confirm, confirm_then, form_status, service_saved
from nextyes.pipeline.models import Application
from nextyes.pipeline.views.board import wants_partial

TRAPS_TEMPLATE = "journal/_thought_traps.html"
EVIDENCE_TEMPLATE = "journal/_thought_evidence.html"
STEP_LABELS = {step: ThoughtStep(step).label for step in STEPS}


def _record(request: AuthedRequest, pk: int) -> ThoughtRecord:
    return get_owned_or_404(ThoughtRecord, request.user, pk)


def _step_url(record: ThoughtRecord, step: str) -> str:
    return reverse("journal:thought_step", kwargs={"pk": record.pk, "step": step})


# --- List, new, read, edit, delete -------------------------------------------------------------


@login_required
def thought_list(request: AuthedRequest) -> HttpResponse:
    records = list(owned(ThoughtRecord, request.user).select_related("application__company"))
    rows = [_row(r) for r in records]
    return render(
        request,
        "journal/thought_list.html",
        {
            "rows": rows,
            "chart": thought_chart.build(records),
            "average_drop": average_drop(records),
            "rated": len(thought_chart.rated(records)),
        },
    )


def _row(record: ThoughtRecord) -> dict[str, object]:
    drop = intensity_drop(record)
    return {
        "record": record,
        "drop": drop,
        "rise": -drop if drop is not None and drop < 0 else None,
        "resume_url": None if is_finished(record) else _step_url(record, resume_step(record)),
    }


@login_required
@GET_POST
def thought_new(request: AuthedRequest) -> HttpResponse:
    user = request.user
    wanted = _int(request.GET.get("application"))
    chosen = owned(Application, user).filter(pk=wanted).first() if wanted else None
    initial: dict[str, Any] = {}
    if chosen is not None:
        initial["application"] = chosen.pk
        initial["situation"] = _("News about my application to %(company)s (%(role)s).") % {
            "company": chosen.company.name,
            "role": chosen.role,
        }
    form = NewRecordForm(user, request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST":
        skip = request.POST.get("action") == "skip"
        if skip or form.is_valid():
            data = {} if skip else form.cleaned_data
            try:
                record = start_record(
                    user, situation=data.get("situation", ""), application=data.get("application")
                )
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                return redirect(_step_url(record, ThoughtStep.THOUGHT))
    context = {
        "form": form,
        "application": chosen,
        "steps": _steps(None, ThoughtStep.SITUATION),
        "number": 1,
        "total": len(STEPS),
    }
    return render(request, "journal/thought_new.html", context, status=form_status(request))


def _int(raw: str | None) -> int | None:
    try:
        return int(raw or "")
    except ValueError:
        return None


def _emotion_rows(record: ThoughtRecord) -> list[dict[str, object]]:
    return [
        {
            "label": EMOTION_LABELS.get(e["emotion"], e["emotion"]),
            "before": e.get("intensity"),
            "after": e.get("after"),
        }
        for e in record.emotions
    ]


@login_required
def thought_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    record = _record(request, pk)
    context = {
        "record": record,
        "emotions": _emotion_rows(record),
        "traps": [TRAPS[slug] for slug in record.traps if slug in TRAPS],
        "drop": intensity_drop(record),
        "finished": is_finished(record),
        "resume_url": _step_url(record, resume_step(record)),
    }
    return render(request, "journal/thought_detail.html", context)


@login_required
@GET_POST
def thought_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    record = _record(request, pk)
    form = EditForm(record, request.POST if request.method == "POST" else None)
    if service_saved(form, lambda: update_record(record, form.to_data())):
        messages.success(request, _("Saved your changes."))
        return redirect("journal:thought", pk=record.pk)
    context = {"form": form, "record": record}
    return render(request, "journal/thought_edit.html", context, status=form_status(request))


@login_required
@GET_POST
def thought_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    record = _record(request, pk)
    confirm = Confirm(
        title=_("Delete this thought record?"),
        quote=linebreaksbr(record.thought),
        paragraphs=[
            _(
                "Everything you wrote in it goes, with the traps you confirmed. "
                "This cannot be undone."
            )
        ],
        button=_("Yes, delete"),
        cancel=_("No, keep it"),
        cancel_url=reverse("journal:thought", args=[record.pk]),
    )
    return confirm_then(
        request,
        confirm,
        lambda: delete_record(record),
        done=_("That thought record is gone."),
        to="journal:thought_list",
    )


# --- One screen per step -------------------------------------------------------------------------


def _steps(record: ThoughtRecord | None, current: str) -> list[dict[str, object]]:
    reached = STEPS.index(resume_step(record)) if record else 0
    finished = record is not None and is_finished(record)
    return [
        {
            "slug": step,
            "label": STEP_LABELS[step],
            "done": finished or n < reached,
            "current": step == current,
        }
        for n, step in enumerate(STEPS)
    ]


def _trap_context(request: AuthedRequest, record: ThoughtRecord, back: str) -> dict[str, object]:
    """What the suggestions partial needs, wherever it is shown."""
    rows = suggestions(record)
    listed = {row.slug for row in rows}
    return {
        "record": record,
        "suggestions": [(row, TRAPS[row.slug]) for row in rows],
        "others": [TRAPS[slug] for slug in SLUGS if slug not in listed],
        "back": back,
    }


def _facts(request: AuthedRequest, record: ThoughtRecord) -> list[evidence.Fact]:
    text = " ".join(filter(None, [record.thought, record.situation]))
    return evidence.facts_for(request.user, text, today_for(request.user), timezone.now())


def _step_context(
    request: AuthedRequest, record: ThoughtRecord, step: str, form: StepForm
) -> dict[str, object]:
    context: dict[str, Any] = {
        "record": record,
        "step": step,
        "step_label": STEP_LABELS[step],
        "steps": _steps(record, step),
        "number": step_number(step),
        "total": len(STEPS),
        "is_last": next_step(step) is None,
        "previous": previous_step(step),
        "form": form,
        "step_template": f"journal/thought_step_{step}.html",
    }
    if step in (ThoughtStep.THOUGHT, ThoughtStep.TRAPS):
        context.update(_trap_context(request, record, _step_url(record, step)))
        context["live"] = step == ThoughtStep.THOUGHT
    if step == ThoughtStep.EVIDENCE:
        context["facts"] = _facts(request, record)
    if step in (ThoughtStep.EVIDENCE, ThoughtStep.BALANCED):
        context["traps"] = [TRAPS[slug] for slug in record.traps if slug in TRAPS]
    if step == ThoughtStep.BALANCED:
        context["examples"] = _example_reframes(record)
    return context


def _example_reframes(record: ThoughtRecord) -> list[reframes.Reframe]:
    """Examples of reframing a similar thought, found from its words and its traps: the ones
    the person confirmed, else those still suggested (never the ones they dropped). None when
    the words call for support: then help matters, and job-search examples would sound deaf."""
    if care.needs_support(record.thought):
        return []
    traps = list(record.traps) or [row.slug for row in suggestions(record) if row.confirmed is None]
    return reframes.suggest(record.thought, traps)


def _render_step(
    request: AuthedRequest, record: ThoughtRecord, step: str, form: StepForm, status: int = 200
) -> HttpResponse:
    context = _step_context(request, record, step, form)
    return render(request, "journal/thought_step.html", context, status=status)


def _after(request: AuthedRequest, record: ThoughtRecord, step: str) -> HttpResponse:
    """Where a saved or skipped step leads: the next one, or the finished record."""
    following = next_step(step)
    if following is None:
        messages.success(request, _("Done. You gave that thought a fair hearing."))
        return redirect("journal:thought", pk=record.pk)
    return redirect(_step_url(record, following))


@login_required
@GET_POST
def thought_step(request: AuthedRequest, pk: int, step: str) -> HttpResponse:
    record = _record(request, pk)
    if step not in STEPS:
        raise Http404("No such step.")
    form_class = STEP_FORMS[step]
    if request.method != "POST":
        return _render_step(request, record, step, form_class(record))
    action = request.POST.get("action", "save")
    if action == "skip":
        skip_step(record, step)
        return _after(request, record, step)
    form = form_class(record, request.POST)
    going_back = action == "back" and previous_step(step) is not None
    # Going back keeps what was typed here without counting the step as done.
    if service_saved(form, lambda: save_step(record, step, form.to_data(), advance=not going_back)):
        if going_back:
            return redirect(_step_url(record, previous_step(step) or step))
        return _after(request, record, step)
    return _render_step(request, record, step, form, status=400)


# --- htmx pieces (each also works as a plain form post) ------------------------------------------


def _post_only(request: AuthedRequest) -> HttpResponse | None:
    return None if request.method == "POST" else HttpResponseNotAllowed(["POST"])


@login_required
@GET_POST
def thought_suggest(request: AuthedRequest, pk: int) -> HttpResponse:
    """Suggestions for the thought as typed so far (POST keeps the draft), or as stored (GET)."""
    record = _record(request, pk)
    if request.method == "POST":
        save_draft(record, request.POST.get("thought", ""))
    back = safe_next(request, _step_url(record, ThoughtStep.THOUGHT))
    if not wants_partial(request):
        return redirect(_step_url(record, ThoughtStep.TRAPS))
    context = _trap_context(request, record, back)
    context.update(live=request.method == "POST", swapped=True)
    return render(request, TRAPS_TEMPLATE, context)


@login_required
def thought_trap(request: AuthedRequest, pk: int) -> HttpResponse:
    """The person's answer to one trap: it fits (confirmed) or not (dropped)."""
    record = _record(request, pk)  # ownership first: someone else's record is a 404
    if (refused := _post_only(request)) is not None:
        return refused
    back = safe_next(request, _step_url(record, ThoughtStep.TRAPS))
    slug = request.POST.get("slug", "")
    confirmed = request.POST.get("confirmed") == "yes"
    try:
        answer_trap(record, slug, confirmed)
    except ValidationError:
        messages.error(request, _("Pick one of the thinking traps from the list."))
    if not wants_partial(request):
        return redirect(back)
    context = _trap_context(request, record, back)
    context["live"] = request.POST.get("live") == "yes"
    return render(request, TRAPS_TEMPLATE, context)


@login_required
@GET_POST
def thought_evidence(request: AuthedRequest, pk: int) -> HttpResponse:
    """The facts offered as evidence against (GET), or one of them added to it (POST: the plain
    form's "Add to my evidence", which also keeps whatever was typed on the page)."""
    record = _record(request, pk)
    url = _step_url(record, ThoughtStep.EVIDENCE)
    if request.method == "POST":
        typed = {
            name: request.POST[name]
            for name in ("evidence_for", "evidence_against")
            if name in request.POST
        }
        add_evidence(record, request.POST.get("fact", ""), typed=typed)
        if not wants_partial(request):
            return redirect(url + "#id_evidence_against")
    elif not wants_partial(request):
        return redirect(url)
    context = {"record": record, "facts": _facts(request, record), "added": record.evidence_against}
    return render(request, EVIDENCE_TEMPLATE, context)
