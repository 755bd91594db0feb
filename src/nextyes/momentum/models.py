"""Keeping momentum: weekly process goals, effort points and rewards, breaks and next actions."""

from __future__ import annotations

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from nextyes.lib.models import Owned


class GoalKind(models.TextChoices):
    APPLICATIONS = "applications", _("Applications sent")
    OUTREACH = "outreach", _("People reached out to")
    LEARNING_HOURS = "learning-hours", _("Learning hours")
    PREP_SESSIONS = "prep-sessions", _("Interview prep sessions")
    CUSTOM = "custom", _("Custom")


# Kinds whose progress comes from what is already logged in the tracker; the others are ticked.
COMPUTED_GOAL_KINDS = frozenset({GoalKind.APPLICATIONS, GoalKind.OUTREACH})


class Goal(Owned):
    """A weekly target about effort, never about outcomes."""

    kind = models.CharField(_("kind"), max_length=20, choices=GoalKind.choices)
    label = models.CharField(_("name"), max_length=100, blank=True)
    weekly_target = models.DecimalField(
        _("weekly target"), max_digits=5, decimal_places=1, validators=[MinValueValidator(0.5)]
    )
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.label or str(self.get_kind_display())


class GoalEntry(Owned):
    """Progress logged by hand, for goals the tracker cannot count (learning, prep, custom)."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="entries")
    on = models.DateField(_("date"))
    amount = models.DecimalField(_("amount"), max_digits=5, decimal_places=1, default=1)
    note = models.CharField(_("note"), max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-on", "-id"]
        indexes = [models.Index(fields=["owner", "on"])]


class PointReason(models.TextChoices):
    APPLICATION = "application", _("Application sent")
    OUTREACH = "outreach", _("Reached out")
    INTERVIEW = "interview", _("Interview")
    RITUAL = "ritual", _("Bounced back")
    GOAL = "goal", _("Weekly goal met")
    CHECK_IN = "check-in", _("Check-in")
    REDEMPTION = "redemption", _("Reward")
    OTHER = "other", _("Other")


class Reward(Owned):
    """A treat the person chose for themselves, bought with effort points."""

    name = models.CharField(_("reward"), max_length=100)
    cost = models.PositiveIntegerField(_("points"), validators=[MinValueValidator(1)])
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["cost", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.cost})"


class EffortPoint(Owned):
    """The points ledger: earned for actions (positive), spent on rewards (negative)."""

    points = models.IntegerField()
    reason = models.CharField(max_length=20, choices=PointReason.choices)
    note = models.CharField(max_length=200, blank=True)
    occurred_on = models.DateField()
    # What earned the points, e.g. "application:12": each action earns once.
    key = models.CharField(max_length=100, blank=True, default="")
    reward = models.ForeignKey(
        Reward, null=True, blank=True, on_delete=models.SET_NULL, related_name="redemptions"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-occurred_on", "-id"]
        indexes = [models.Index(fields=["owner", "occurred_on"])]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "key"],
                condition=~models.Q(key=""),
                name="effort_point_unique_key_per_owner",
            )
        ]


class Break(Owned):
    """A planned pause: while it lasts NextYes sends no nudges."""

    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("resume on"))
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    ritual = models.ForeignKey(
        "recovery.Ritual", null=True, blank=True, on_delete=models.SET_NULL, related_name="breaks"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "-id"]


class ActionKind(models.TextChoices):
    APPLY = "apply", _("Apply to a saved lead")
    REACH_OUT = "reach-out", _("Reach out to someone")
    CUSTOM = "custom", _("A small step")


class NextAction(Owned):
    """A next step the person chose (often at the end of a ritual)."""

    kind = models.CharField(_("kind"), max_length=20, choices=ActionKind.choices)
    text = models.CharField(_("step"), max_length=300)
    due_on = models.DateField(_("when"), null=True, blank=True)
    application = models.ForeignKey(
        "pipeline.Application", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    contact = models.ForeignKey(
        "pipeline.Contact", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    ritual = models.ForeignKey(
        "recovery.Ritual",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="next_actions",
    )
    done_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["done_on", "due_on", "id"]
        indexes = [models.Index(fields=["owner", "done_on"])]

    def __str__(self) -> str:
        return self.text


class CalendarFeed(Owned):
    """The secret address of a person's calendar feed (momentum.calendar).

    The token is kept so the address can be shown again; visits are looked up by its SHA-256 and
    then compared in constant time, so response times say nothing about a guess. A new token
    (rotating) makes the old address answer 404 at once.
    """

    token = models.CharField(max_length=64, editable=False)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner"], name="one_calendar_feed_each")]

    def __str__(self) -> str:
        return f"Calendar feed of user {self.owner_id}"
