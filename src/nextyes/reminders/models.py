"""Reminders and each person's choices about them.

A reminder is computed from the tracker, the ritual, the goals and the journal (see `due.py`);
once its moment has come it is stored here, one row per (person, kind, subject, due moment), so
computing it again never makes a second one and it is emailed at most once.
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils.translation import gettext_lazy as _

from nextyes.lib.models import Owned


class ReminderKind(models.TextChoices):
    FOLLOW_UP = "follow-up", _("A follow-up is due")
    INTERVIEW = "interview", _("An interview tomorrow")
    THANK_YOU = "thank-you", _("A thank-you note after an interview")
    RITUAL = "ritual", _("A ritual after a no, waiting for you")
    WEEKLY_GOALS = "weekly-goals", _("Your weekly goals, on Friday")
    WEEKLY_REVIEW = "weekly-review", _("Your weekly review, on Sunday")
    DEADLINE = "deadline", _("A saved job closing soon")
    CHECK_IN = "check-in", _("A daily check-in")
    DIGEST = "digest", _("A weekly digest by email")


# The switch of each kind on ReminderSettings, by kind.
SWITCHES: dict[str, str] = {
    ReminderKind.FOLLOW_UP: "follow_up",
    ReminderKind.INTERVIEW: "interview",
    ReminderKind.THANK_YOU: "thank_you",
    ReminderKind.RITUAL: "ritual",
    ReminderKind.WEEKLY_GOALS: "weekly_goals",
    ReminderKind.WEEKLY_REVIEW: "weekly_review",
    ReminderKind.DEADLINE: "deadline",
    ReminderKind.CHECK_IN: "check_in",
    ReminderKind.DIGEST: "digest",
}


class ReminderSettings(Owned):
    """Which reminders a person wants, and when NextYes keeps quiet. No row: the defaults."""

    follow_up = models.BooleanField(_("a follow-up is due"), default=True)
    interview = models.BooleanField(_("an interview tomorrow"), default=True)
    thank_you = models.BooleanField(
        _("a thank-you note the evening after an interview"), default=True
    )
    ritual = models.BooleanField(_("a ritual after a no, waiting for a few days"), default=True)
    weekly_goals = models.BooleanField(_("my weekly goals, on Friday"), default=True)
    weekly_review = models.BooleanField(_("my weekly review, on Sunday"), default=True)
    deadline = models.BooleanField(_("a saved job closing soon"), default=True)
    # Opt-in: a daily nudge is welcome to some and a weight to others.
    check_in = models.BooleanField(_("a daily check-in, in the evening"), default=False)
    digest = models.BooleanField(_("a weekly digest by email (numbers only)"), default=False)
    quiet_from = models.TimeField(_("quiet from"), default=dt.time(21, 0))
    quiet_until = models.TimeField(_("quiet until"), default=dt.time(8, 0))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "reminder settings"
        constraints = [
            models.UniqueConstraint(fields=["owner"], name="reminder_settings_one_per_owner")
        ]

    def wants(self, kind: str) -> bool:
        return bool(getattr(self, SWITCHES[kind]))

    def is_quiet(self, moment: dt.time) -> bool:
        """Whether `moment` (the person's wall clock) falls in the quiet hours."""
        start, end = self.quiet_from, self.quiet_until
        if start == end:
            return False
        if start < end:
            return start <= moment < end
        return moment >= start or moment < end


class ReminderState(models.TextChoices):
    PENDING = "pending", _("waiting")
    SENT = "sent", _("emailed")


class Reminder(Owned):
    kind = models.CharField(max_length=20, choices=ReminderKind.choices)
    # What it is about, "interview:12" or "week:2026-12-04": with the kind and the moment, its key.
    subject = models.CharField(max_length=60)
    due_at = models.DateTimeField()
    # Past this moment it is no longer worth saying (the interview has begun, the day is over).
    relevant_until = models.DateTimeField()
    title = models.CharField(max_length=300)
    detail = models.TextField(blank=True)
    # A page of NextYes, as a path ("/applications/12/").
    link = models.CharField(max_length=300, blank=True)
    application = models.ForeignKey(
        "pipeline.Application", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    state = models.CharField(
        max_length=10, choices=ReminderState.choices, default=ReminderState.PENDING
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    dismissed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-due_at", "-id"]
        indexes = [models.Index(fields=["owner", "state", "due_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "kind", "subject", "due_at"], name="reminder_once_per_moment"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.subject} at {self.due_at:%Y-%m-%d %H:%M}"
