"""The ritual: its list, one screen per step (plain forms, htmx when present), set aside, finish."""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_htmx.http import HttpResponseClientRedirect

from nextyes.accounts.http import AuthedRequest
from nextyes.journal.services import draw_jar_note
from nextyes.lib.http import safe_next
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.lib.views import Confirm, confirm_then, service_saved
from nextyes.pipeline.models import Application
from nextyes.pipeline.views.board import wants_partial
from nextyes.recovery import content, drafts, letters, selectors, services
from nextyes.recovery.closing import closing_for
from nextyes.recovery.models import STEP_ORDER, Feedback, Ritual, RitualStatus, RitualStep
from nextyes.recovery.services.lessons import kept_as_wins
from nextyes.recovery.step_forms import STEP_FORMS, StepForm

PANEL_TEMPLATE = "recovery/_ritual_panel.html"


def _ritual(request: AuthedRequest, pk: int) -> Ritual:
    return get_owned_or_404(Ritual, request.user, pk)


@login_required
def ritual_list(request: AuthedRequest) -> HttpResponse:
    return render(
        request,
        "recovery/ritual_list.html",
        {
            "open": selectors.open_rituals(request.user),
            "aside": selectors.set_aside_rituals(request.user),
            "finished": selectors.finished_rituals(request.user),
        },
    )


@login_required
def ritual_resume(request: AuthedRequest, pk: int) -> HttpResponse:
    """An unfinished ritual picks up at the first step not yet done; a finished one shows its
    summary with a note drawn from the jar."""
    ritual = _ritual(request, pk)
    if ritual.status != RitualStatus.FINISHED:
        return redirect("recovery:ritual_step", pk=ritual.pk, step=services.resume_step(ritual))
    apps = list(ritual.applications.select_related("company"))
    return render(
        request,
        "recovery/ritual_done.html",
        {
            "ritual": ritual,
            "applications": apps,
            "companies": content.companies_text(apps),
            "closing": closing_for(ritual),
            "jar_note": draw_jar_note(request.user),
        },
    )


def _step_context(
    request: AuthedRequest, ritual: Ritual, step: str, form: StepForm
) -> dict[str, object]:
    apps = list(ritual.applications.select_related("company").order_by("id"))
    context: dict[str, Any] = {
        "ritual": ritual,
        "step": step,
        "step_label": RitualStep(step).label,
        "steps": [
            {"slug": s, "label": RitualStep(s).label, "done": s in ritual.visited_steps}
            for s in STEP_ORDER
        ],
        "number": services.step_number(step),
        "total": len(STEP_ORDER),
        "is_last": step == STEP_ORDER[-1],
        "previous": services.previous_step(step),
        "form": form,
        "applications": apps,
        "companies": content.companies_text(apps),
        "step_template": f"recovery/steps/{step}.html",
        "content": content,
    }
    extras = STEP_EXTRAS.get(step)
    if extras is not None:
        context.update(extras(request, ritual, apps))
    return context


def _perspective_extras(
    request: AuthedRequest, ritual: Ritual, apps: list[Application]
) -> dict[str, object]:
    numbers = selectors.perspective_numbers(ritual)
    return {"numbers": numbers, "numbers_say_something": selectors.numbers_say_something(numbers)}


def _learn_extras(
    request: AuthedRequest, ritual: Ritual, apps: list[Application]
) -> dict[str, object]:
    return {"lessons": ritual.lessons.all()}


def _reach_out_extras(
    request: AuthedRequest, ritual: Ritual, apps: list[Application]
) -> dict[str, object]:
    tone = request.GET.get("tone", "warm")
    tone = tone if tone in letters.TONE_LABELS else "warm"
    application = drafts.chosen_application(apps, request.GET.get("application"))
    contact = ritual.contact
    reach = selectors.ritual_reach(ritual)
    return {
        "tone": tone,
        "tones": letters.TONES,
        "chosen": application,
        "contact": contact,
        "drafts": drafts.drafts_for(application, contact, tone, ritual.owner.shown_name, reach),
        **_feedback_extras(request, ritual, apps),
    }


def _feedback_extras(
    request: AuthedRequest, ritual: Ritual, apps: list[Application]
) -> dict[str, object]:
    """The ritual's feedback, each with whether to offer keeping it as a win."""
    feedback = list(owned(Feedback, request.user).filter(ritual=ritual))
    kept = kept_as_wins(request.user, feedback)
    return {"feedback": [(f, f.positive and f.pk not in kept) for f in feedback]}


STEP_EXTRAS = {
    "perspective": _perspective_extras,
    "learn": _learn_extras,
    "reach-out": _reach_out_extras,
    "next-step": _feedback_extras,
}


def _render_step(
    request: AuthedRequest, ritual: Ritual, step: str, form: StepForm, *, push: bool = False
) -> HttpResponse:
    context = _step_context(request, ritual, step, form)
    if wants_partial(request):
        response = render(request, PANEL_TEMPLATE, context)
        if push:
            response["HX-Push-Url"] = reverse(
                "recovery:ritual_step", kwargs={"pk": ritual.pk, "step": step}
            )
        return response
    return render(request, "recovery/ritual_step.html", context)


def _go_to(request: AuthedRequest, ritual: Ritual, step: str) -> HttpResponse:
    """Show another step: swapped in place with htmx, a redirect without it."""
    if wants_partial(request):
        return _render_step(request, ritual, step, STEP_FORMS[step](ritual), push=True)
    return redirect("recovery:ritual_step", pk=ritual.pk, step=step)


def _leave(request: AuthedRequest, url: str) -> HttpResponse:
    return HttpResponseClientRedirect(url) if wants_partial(request) else redirect(url)


def _finish(request: AuthedRequest, ritual: Ritual) -> HttpResponse:
    # No message: the page it lands on says what was done, in its own words.
    services.finish(ritual)
    return _leave(request, reverse("recovery:ritual", kwargs={"pk": ritual.pk}))


def _keep_draft(ritual: Ritual, step: str, form: StepForm) -> None:
    """Going back or putting it aside keeps what was typed, when it makes sense as it is."""
    if form.is_valid():
        # An incomplete choice (e.g. a kind of next step without its details) is not kept.
        with suppress(ValidationError):
            services.save_step(ritual, step, form.to_data(), visit=False)


@login_required
@require_http_methods(["GET", "POST"])
def ritual_step(request: AuthedRequest, pk: int, step: str) -> HttpResponse:
    ritual = _ritual(request, pk)
    if step not in STEP_ORDER:
        raise Http404("No such step.")
    if ritual.status == RitualStatus.FINISHED:
        return redirect("recovery:ritual", pk=ritual.pk)
    form_class = STEP_FORMS[step]
    if request.method != "POST":
        return _render_step(request, ritual, step, form_class(ritual))
    action = request.POST.get("action", "save")
    form = form_class(ritual, request.POST)
    following = services.next_step(step)
    if action == "skip":
        services.skip_step(ritual, step)
        return _finish(request, ritual) if following is None else _go_to(request, ritual, following)
    if action == "back":
        _keep_draft(ritual, step, form)
        return _go_to(request, ritual, services.previous_step(step) or step)
    if action == "aside":
        _keep_draft(ritual, step, form)
        services.set_aside(ritual)
        messages.success(request, _("Put aside. It waits for you here whenever you want it."))
        return _leave(request, reverse("recovery:ritual_list"))
    if service_saved(form, lambda: services.save_step(ritual, step, form.to_data())):
        if action == "more":
            return _go_to(request, ritual, step)
        if following is None:
            return _finish(request, ritual)
        return _go_to(request, ritual, following)
    return _render_step(request, ritual, step, form)


def _post_only(request: AuthedRequest) -> HttpResponse | None:
    return None if request.method == "POST" else HttpResponseNotAllowed(["POST"])


@login_required
def ritual_set_aside(request: AuthedRequest, pk: int) -> HttpResponse:
    ritual = _ritual(request, pk)  # ownership first: someone else's ritual is a 404
    if (refused := _post_only(request)) is not None:
        return refused
    try:
        services.set_aside(ritual)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Put aside. It waits for you here whenever you want it."))
    return _leave(request, request.POST.get("next") or reverse("recovery:ritual_list"))


@login_required
def ritual_reopen(request: AuthedRequest, pk: int) -> HttpResponse:
    ritual = _ritual(request, pk)
    if (refused := _post_only(request)) is not None:
        return refused
    try:
        services.reopen(ritual)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("recovery:ritual_list")
    return redirect("recovery:ritual", pk=ritual.pk)


@login_required
@require_http_methods(["GET", "POST"])
def ritual_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    ritual = _ritual(request, pk)
    apps = list(ritual.applications.select_related("company"))
    confirm = Confirm(
        title=_("Remove this ritual?"),
        paragraphs=[
            _(
                "This removes the ritual after the no from %(companies)s, with what you wrote in "
                "its steps. Lessons and feedback you recorded stay."
            )
            % {"companies": content.companies_text(apps)}
        ],
        button=_("Yes, delete"),
        cancel=_("No, keep it"),
        cancel_url=reverse("recovery:ritual_list"),
    )
    return confirm_then(
        request,
        confirm,
        lambda: services.delete_ritual(ritual),
        done=_("Removed that ritual. Its lessons and feedback stay."),
        to="recovery:ritual_list",
    )


@login_required
def ritual_later(request: AuthedRequest, pk: int) -> HttpResponse:
    """ "Later" on the panel shown after a no: the panel goes, the ritual waits on Today."""
    ritual = _ritual(request, pk)  # ownership first: someone else's ritual is a 404
    if (refused := _post_only(request)) is not None:
        return refused
    services.answer_prompt(ritual)
    if wants_partial(request):
        return HttpResponse("")  # htmx swaps the panel away in place
    return redirect(safe_next(request, reverse("momentum:today")))
