"""The proposals page: review what the mail suggests, apply, edit, dismiss, undo; auto-apply.

Plain forms everywhere (it all works without JavaScript); with htmx a decision swaps the one
proposal in place. Applying a rejection shows the panel that offers its ritual ("Take five
minutes now" / "Later"), as a rejection logged anywhere else does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from nextyes.accounts.http import AuthedRequest
from nextyes.accounts.models import User
from nextyes.inbox import learning, proposals, proposing
from nextyes.inbox.models import Proposal, ProposalStatus
from nextyes.inbox.proposal_forms import ProposalEditForm, SettingsForm
from nextyes.lib.http import GET_POST, is_htmx
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.lib.views import form_status
from nextyes.pipeline.choices import Stage

if TYPE_CHECKING:
    from django.db.models import QuerySet

RECENT_DECISIONS = 20


def _proposals(user: User) -> QuerySet[Proposal]:
    return owned(Proposal, user).select_related("message", "application__company")


def settings_form(user: User) -> SettingsForm:
    threshold = proposing.auto_threshold(user)
    initial: dict[str, Any] = {"auto_apply": threshold is not None}
    if threshold is not None:
        initial["threshold"] = round(threshold * 100)
    return SettingsForm(initial=initial)


@login_required
@require_GET
def proposal_list(request: AuthedRequest) -> HttpResponse:
    mine = _proposals(request.user)
    waiting = _decorate(
        list(mine.filter(status=ProposalStatus.OPEN).order_by("-confidence", "on", "id")),
        request.user,
    )
    decided = _decorate(
        list(
            mine.exclude(status=ProposalStatus.OPEN).order_by("-decided_at", "-id")[
                :RECENT_DECISIONS
            ]
        ),
        request.user,
    )
    context = {
        "waiting": waiting,
        "decided": decided,
        "settings_form": settings_form(request.user),
        "suggested": round(proposing.SUGGESTED_THRESHOLD * 100),
        "above_suggested": sum(1 for p in waiting if p.confidence >= proposing.SUGGESTED_THRESHOLD),
    }
    return render(request, "inbox/proposals.html", context)


def _item(
    request: AuthedRequest, proposal: Proposal, note: str = "", *, prompt: bool = False
) -> HttpResponse:
    """The one proposal, as the list shows it: what htmx swaps in after a decision. With
    `prompt`, the panel offered after a no travels with it out of band, as on the board."""
    [proposal] = _decorate([_proposals(request.user).get(pk=proposal.pk)], request.user)
    context = {
        "proposal": proposal,
        "note": note,
        "swapped": True,
        "oob_prompt": prompt,
        "prompt_next": reverse("inbox:proposals"),
    }
    return render(request, "inbox/proposal_item.html", context)


def _after_apply(request: AuthedRequest, proposal: Proposal) -> HttpResponse:
    """Back to the list, the decision in place. A rejection brings the same panel as anywhere
    else ("Take five minutes now" / "Later", home.prompts), never a jump into the ritual."""
    done = _("Done: %(what)s.") % {"what": _what(proposal)}
    if is_htmx(request):
        return _item(request, proposal, done, prompt=proposals.ritual_id(proposal) is not None)
    messages.success(request, done)
    return redirect("inbox:proposals")


def stage_name(stage: str) -> str:
    return str(Stage(stage).label) if stage in Stage.values else stage


def _decorate(items: list[Proposal], user: User) -> list[Proposal]:
    """Give each proposal its stage's readable name, and say which labels the person taught."""
    waiting = [p.message for p in items if p.status == ProposalStatus.OPEN]
    # Only waiting ones: the hint helps a decision, and a decided one was looked at already.
    taught = learning.went_by_corrections(user, waiting) if waiting else set()
    for proposal in items:
        proposal.stage_name = stage_name(proposal.stage)  # type: ignore[attr-defined]
        proposal.taught = proposal.message_id in taught  # type: ignore[attr-defined]
    return items


def _what(proposal: Proposal) -> str:
    name = proposal.application.company.name if proposal.application else proposal.company_name
    return f"{name}: {stage_name(proposal.stage).lower()}"


def _refused(request: AuthedRequest, problem: Exception) -> HttpResponse:
    messages.error(request, proposals.problem_text(problem))
    return redirect("inbox:proposals")


@login_required
@require_POST
def proposal_apply(request: AuthedRequest, pk: int) -> HttpResponse:
    proposal = get_owned_or_404(Proposal, request.user, pk)
    if (
        proposal.status == ProposalStatus.OPEN
        and proposal.kind == "create"
        and not proposal.company_name
    ):
        # Nothing to create without a name: the form asks for it (htmx follows the page there).
        url = reverse("inbox:proposal_edit", args=[proposal.pk])
        if is_htmx(request):
            response = HttpResponse(status=204)
            response["HX-Redirect"] = url
            return response
        return redirect(url)
    try:
        applied = proposals.apply(proposal)
    except (proposals.ProposalError, ValidationError) as problem:
        return _refused(request, problem)
    return _after_apply(request, applied)


@login_required
@GET_POST
def proposal_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    proposal = get_owned_or_404(Proposal, request.user, pk)
    if proposal.status != ProposalStatus.OPEN:
        messages.info(request, _("This proposal was already decided."))
        return redirect("inbox:proposals")
    form = ProposalEditForm(request.POST or None, user=request.user, proposal=proposal)
    if request.method == "POST" and form.is_valid():
        try:
            applied = proposals.apply(proposal, edits=form.edits())
        except (proposals.ProposalError, ValidationError) as problem:
            form.add_error(None, proposals.problem_text(problem))
        else:
            return _after_apply(request, applied)
    context = {"form": form, "proposal": _decorate([proposal], request.user)[0]}
    return render(request, "inbox/proposal_edit.html", context, status=form_status(request))


@login_required
@require_POST
def proposal_dismiss(request: AuthedRequest, pk: int) -> HttpResponse:
    proposal = get_owned_or_404(Proposal, request.user, pk)
    try:
        proposals.dismiss(proposal)
    except proposals.ProposalError as problem:
        return _refused(request, problem)
    note = _("Dismissed: nothing was changed.")
    if is_htmx(request):
        return _item(request, proposal, note)
    messages.success(request, note)
    return redirect("inbox:proposals")


@login_required
@require_POST
def proposal_undo(request: AuthedRequest, pk: int) -> HttpResponse:
    proposal = get_owned_or_404(Proposal, request.user, pk)
    try:
        kept = proposals.undo(proposal)
    except proposals.ProposalError as problem:
        return _refused(request, problem)
    note = " ".join([_("Undone: it is as it was before."), *kept])
    if is_htmx(request):
        return _item(request, proposal, note)
    messages.success(request, note)
    return redirect("inbox:proposals")


@login_required
@require_POST
def proposals_apply_all(request: AuthedRequest) -> HttpResponse:
    if request.POST.get("above"):
        outcomes = proposals.apply_all(request.user, min_confidence=proposing.SUGGESTED_THRESHOLD)
    else:
        ids = [int(i) for i in request.POST.getlist("ids") if i.isdigit()]
        if not ids:
            messages.info(request, _("Tick the proposals to apply first."))
            return redirect("inbox:proposals")
        outcomes = proposals.apply_all(request.user, ids=ids)
    applied = [o for o in outcomes if o.applied]
    if applied:
        messages.success(
            request,
            ngettext(
                "Applied %(n)s proposal. Each one can be undone below.",
                "Applied %(n)s proposals. Each one can be undone below.",
                len(applied),
            )
            % {"n": len(applied)},
        )
    for outcome in outcomes:
        if not outcome.applied:
            messages.warning(request, outcome.problem)
    if not outcomes:
        messages.info(request, _("Nothing to apply there."))
    # A rejection among them: the list page shows the panel that offers its ritual.
    return redirect("inbox:proposals")
