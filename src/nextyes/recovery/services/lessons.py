"""Lessons and feedback: what the person learned and what employers said, kept in one place."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_stubs_ext import StrOrPromise

from nextyes.accounts.models import User
from nextyes.journal.models import Win, WinKind
from nextyes.journal.services import add_win
from nextyes.lib.dates import today_for
from nextyes.lib.ownership import check_same_owner, owned
from nextyes.pipeline.models import Application, Contact
from nextyes.recovery.models import Feedback, Lesson, Ritual
from nextyes.recovery.selectors import application_stage

# Longest feedback quote kept in a win's text (wins hold 500 characters).
WIN_QUOTE = 300


def normalise_tags(raw: str) -> str:
    """ "Interviews,  résumé, interviews" → "interviews, résumé": lower case, no repeats."""
    tags: list[str] = []
    for part in (raw or "").split(","):
        tag = " ".join(part.split()).lower()
        if tag and tag not in tags:
            tags.append(tag)
    return ", ".join(tags)


# Said when a lesson or a piece of feedback is left empty, on adding or editing it.
LESSON_TEXT = gettext_lazy("Write the lesson in a few words.")
FEEDBACK_TEXT = gettext_lazy("Write down what they said, even in a few words.")


def _text(text: str, field: str, message: StrOrPromise) -> str:
    clean = (text or "").strip()
    if not clean:
        raise ValidationError({field: message})
    return clean


# --- Lessons -------------------------------------------------------------------------------


class LessonInput(TypedDict):
    """What the lesson form hands `add_lesson` and `update_lesson`."""

    text: str
    tags: str
    application: Application | None
    learned_on: dt.date | None


class FeedbackInput(TypedDict):
    """What the feedback form hands `add_feedback` and `update_feedback`."""

    text: str
    positive: bool
    received_on: dt.date | None
    application: Application | None
    contact: Contact | None


@transaction.atomic
def add_lesson(
    user: User,
    text: str,
    *,
    tags: str = "",
    application: Application | None = None,
    ritual: Ritual | None = None,
    learned_on: dt.date | None = None,
) -> Lesson:
    """Keep a lesson in the person's words, with the stage its application had reached."""
    check_same_owner(user, application, ritual)
    lesson = Lesson(
        owner=user,
        text=_text(text, "text", LESSON_TEXT),
        tags=normalise_tags(tags),
        application=application,
        ritual=ritual,
        stage=application_stage(application) if application is not None else "",
        learned_on=learned_on or today_for(user),
    )
    lesson.full_clean(exclude=["owner", "application", "ritual"])
    lesson.save()
    return lesson


@transaction.atomic
def update_lesson(
    lesson: Lesson,
    *,
    text: str,
    tags: str = "",
    application: Application | None = None,
    learned_on: dt.date | None = None,
) -> Lesson:
    check_same_owner(lesson.owner, application)
    lesson.text = _text(text, "text", LESSON_TEXT)
    lesson.tags = normalise_tags(tags)
    if application != lesson.application:
        lesson.application = application
        lesson.stage = application_stage(application) if application is not None else ""
    lesson.learned_on = learned_on or lesson.learned_on
    lesson.full_clean(exclude=["owner", "application", "ritual"])
    lesson.save()
    return lesson


@transaction.atomic
def delete_lesson(lesson: Lesson) -> None:
    lesson.delete()


def lessons_for(
    user: User, *, tag: str = "", company: int | None = None, stage: str = ""
) -> QuerySet[Lesson]:
    """The person's lessons, narrowed by a tag, a company and the stage reached."""
    lessons = owned(Lesson, user).select_related("application__company")
    tag = " ".join((tag or "").split()).lower()
    if tag:
        # Tags are stored "a, b, c": match a whole tag, not part of one.
        lessons = lessons.filter(
            Q(tags__iexact=tag)
            | Q(tags__istartswith=f"{tag},")
            | Q(tags__iendswith=f", {tag}")
            | Q(tags__icontains=f", {tag},")
        )
    if company:
        lessons = lessons.filter(application__company_id=company)
    if stage:
        lessons = lessons.filter(stage=stage)
    return lessons


def all_tags(user: User) -> list[str]:
    """Every tag the person has used, sorted."""
    tags: set[str] = set()
    for raw in owned(Lesson, user).exclude(tags="").values_list("tags", flat=True):
        tags.update(t.strip() for t in raw.split(",") if t.strip())
    return sorted(tags)


# --- Feedback ------------------------------------------------------------------------------


@transaction.atomic
def add_feedback(
    user: User,
    text: str,
    *,
    positive: bool = False,
    received_on: dt.date | None = None,
    application: Application | None = None,
    contact: Contact | None = None,
    ritual: Ritual | None = None,
) -> Feedback:
    """Record what an employer said. Encouraging feedback can then be kept as a win."""
    check_same_owner(user, application, contact, ritual)
    feedback = Feedback(
        owner=user,
        text=_text(text, "text", FEEDBACK_TEXT),
        positive=positive,
        received_on=received_on or today_for(user),
        application=application,
        contact=contact,
        ritual=ritual,
    )
    feedback.full_clean(exclude=["owner", "application", "contact", "ritual"])
    feedback.save()
    return feedback


@transaction.atomic
def update_feedback(
    feedback: Feedback,
    *,
    text: str,
    positive: bool = False,
    received_on: dt.date | None = None,
    application: Application | None = None,
    contact: Contact | None = None,
) -> Feedback:
    check_same_owner(feedback.owner, application, contact)
    feedback.text = _text(text, "text", FEEDBACK_TEXT)
    feedback.positive = positive
    feedback.received_on = received_on or feedback.received_on
    feedback.application, feedback.contact = application, contact
    feedback.full_clean(exclude=["owner", "application", "contact", "ritual"])
    feedback.save()
    return feedback


@transaction.atomic
def delete_feedback(feedback: Feedback) -> None:
    feedback.delete()


def feedback_win_key(feedback: Feedback) -> str:
    return f"feedback:{feedback.pk}"


def kept_as_wins(user: User, feedback: list[Feedback]) -> set[int]:
    """Ids of the feedback already kept as wins (one query for the whole list)."""
    keys = {feedback_win_key(f): f.pk for f in feedback}
    found = owned(Win, user).filter(source_key__in=keys).values_list("source_key", flat=True)
    return {keys[key] for key in found}


@transaction.atomic
def keep_feedback_as_win(feedback: Feedback) -> Win | None:
    """Keep encouraging feedback in the wins journal (once; None when it is already there)."""
    if not feedback.positive:
        raise ValidationError(_("Only encouraging feedback is offered as a win."))
    quote = " ".join(feedback.text.split())
    if len(quote) > WIN_QUOTE:
        quote = quote[: WIN_QUOTE - 1].rstrip() + "…"
    app = feedback.application
    text = (
        _("Encouraging feedback from %(company)s: “%(quote)s”")
        % {"company": app.company.name, "quote": quote}
        if app is not None
        else _("Encouraging feedback: “%(quote)s”") % {"quote": quote}
    )
    return add_win(
        feedback.owner,
        text,
        kind=WinKind.POSITIVE_FEEDBACK,
        on=feedback.received_on,
        source_key=feedback_win_key(feedback),
        application=app,
    )
