"""Lessons and feedback pages, and the "rejection is normal" help page. Thin over the services."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from nextyes.accounts.http import AuthedRequest
from nextyes.lib.http import GET_POST, safe_next
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.lib.views import Confirm, confirm_then, service_saved
from nextyes.pipeline.models import Application
from nextyes.recovery.forms import FeedbackForm, LessonFilterForm, LessonForm
from nextyes.recovery.models import Feedback, Lesson
from nextyes.recovery.selectors import numbers_until
from nextyes.recovery.services import lessons as services


def _confirm(title: str, question: str, cancel: str) -> Confirm:
    """What the shared "are you sure?" page shows."""
    return Confirm(
        title=title,
        paragraphs=[question],
        button=_("Yes, delete"),
        cancel=_("No, keep it"),
        cancel_url=cancel,
    )


# --- Lessons -------------------------------------------------------------------------------


@login_required
def lesson_list(request: AuthedRequest) -> HttpResponse:
    tags = services.all_tags(request.user)
    filters = LessonFilterForm(request.user, tags, request.GET or None)
    chosen: dict[str, Any] = filters.cleaned_data if filters.is_valid() else {}
    company = chosen.get("company")
    lessons = services.lessons_for(
        request.user,
        tag=chosen.get("tag") or "",
        company=company.pk if company else None,
        stage=chosen.get("stage") or "",
    )
    return render(
        request,
        "recovery/lesson_list.html",
        {
            "filters": filters,
            "lessons": lessons,
            "filtered": any(chosen.values()),
            "has_any": owned(Lesson, request.user).exists(),
        },
    )


def _lesson_fields(form: LessonForm) -> services.LessonInput:
    data = form.cleaned_data
    return {
        "text": data["text"],
        "tags": data.get("tags") or "",
        "application": data.get("application"),
        "learned_on": data.get("learned_on"),
    }


@login_required
@GET_POST
def lesson_new(request: AuthedRequest) -> HttpResponse:
    initial: dict[str, Any] = {}
    wanted = request.GET.get("application")
    if wanted and wanted.isdigit():
        initial["application"] = owned(Application, request.user).filter(pk=wanted).first()
    form = LessonForm(request.user, request.POST or None, initial=initial)

    def add() -> None:
        fields = _lesson_fields(form)
        services.add_lesson(request.user, **fields)

    if service_saved(form, add):
        messages.success(request, _("Lesson kept. That is growth you can see."))
        return redirect("recovery:lesson_list")
    return render(request, "recovery/lesson_form.html", {"form": form, "lesson": None})


@login_required
@GET_POST
def lesson_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    lesson = get_owned_or_404(Lesson, request.user, pk)
    form = LessonForm(request.user, request.POST or None, instance=lesson)

    def update() -> None:
        # The ModelForm validated into the instance; reload so the service applies the change.
        fields = _lesson_fields(form)
        lesson.refresh_from_db()
        services.update_lesson(lesson, **fields)

    if service_saved(form, update):
        messages.success(request, _("Lesson updated."))
        return redirect("recovery:lesson_list")
    return render(request, "recovery/lesson_form.html", {"form": form, "lesson": lesson})


@login_required
@GET_POST
def lesson_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    lesson = get_owned_or_404(Lesson, request.user, pk)
    confirm = _confirm(
        _("Remove this lesson?"),
        _("This removes “%(text)s” from your lessons.") % {"text": lesson.text[:80]},
        reverse("recovery:lesson_list"),
    )
    return confirm_then(
        request,
        confirm,
        lambda: services.delete_lesson(lesson),
        done=_("Lesson removed."),
        to="recovery:lesson_list",
    )


# --- Feedback ------------------------------------------------------------------------------


@login_required
def feedback_list(request: AuthedRequest) -> HttpResponse:
    items = list(owned(Feedback, request.user).select_related("application__company", "contact"))
    kept = services.kept_as_wins(request.user, items)
    rows = [(f, f.positive and f.pk not in kept) for f in items]
    return render(request, "recovery/feedback_list.html", {"rows": rows})


def _feedback_fields(form: FeedbackForm) -> services.FeedbackInput:
    data = form.cleaned_data
    return {
        "text": data["text"],
        "positive": bool(data.get("positive")),
        "received_on": data.get("received_on"),
        "application": data.get("application"),
        "contact": data.get("contact"),
    }


@login_required
@GET_POST
def feedback_new(request: AuthedRequest) -> HttpResponse:
    form = FeedbackForm(request.user, request.POST or None)

    def add() -> Feedback:
        fields = _feedback_fields(form)
        return services.add_feedback(request.user, **fields)

    if added := service_saved(form, add):
        messages.success(request, _("Feedback saved. Thank you for asking; it takes nerve."))
        if added.value.positive:
            messages.info(request, _("That sounds encouraging: you can keep it as a win."))
        return redirect("recovery:feedback_list")
    return render(request, "recovery/feedback_form.html", {"form": form, "feedback": None})


@login_required
@GET_POST
def feedback_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    feedback = get_owned_or_404(Feedback, request.user, pk)
    form = FeedbackForm(request.user, request.POST or None, instance=feedback)

    def update() -> None:
        fields = _feedback_fields(form)  # read before the reload, as for lessons
        feedback.refresh_from_db()
        services.update_feedback(feedback, **fields)

    if service_saved(form, update):
        messages.success(request, _("Feedback updated."))
        return redirect("recovery:feedback_list")
    return render(request, "recovery/feedback_form.html", {"form": form, "feedback": feedback})


@login_required
@GET_POST
def feedback_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    feedback = get_owned_or_404(Feedback, request.user, pk)
    confirm = _confirm(
        _("Remove this feedback?"),
        _("This removes “%(text)s” from your feedback.") % {"text": feedback.text[:80]},
        reverse("recovery:feedback_list"),
    )
    return confirm_then(
        request,
        confirm,
        lambda: services.delete_feedback(feedback),
        done=_("Feedback removed."),
        to="recovery:feedback_list",
    )


@login_required
def feedback_as_win(request: AuthedRequest, pk: int) -> HttpResponse:
    feedback = get_owned_or_404(Feedback, request.user, pk)  # ownership first: 404 for others
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        win = services.keep_feedback_as_win(feedback)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        if win is None:
            messages.info(request, _("This feedback is already in your wins."))
        else:
            messages.success(request, _("Kept as a win. Read it again on a slow day."))
    return redirect(safe_next(request, reverse("recovery:feedback_list")))


# --- Help ----------------------------------------------------------------------------------


@login_required
def help_typical(request: AuthedRequest) -> HttpResponse:
    return render(request, "recovery/help_typical.html", {"numbers": numbers_until(request.user)})
