"""The person's own record: wins, the rewards jar, check-ins, thought records, gratitude, vision."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nextyes.lib.models import Owned


class WinKind(models.TextChoices):
    APPLICATION = "application", _("Application sent")
    INTERVIEW = "interview", _("Interview")
    OFFER = "offer", _("Job offer")
    POSITIVE_FEEDBACK = "positive-feedback", _("Positive feedback")
    LEARNING = "learning", _("Learning")
    NETWORKING = "networking", _("Networking")
    PERSONAL = "personal", _("Personal")
    OTHER = "other", _("Other")


class Win(Owned):
    text = models.CharField(_("what went well"), max_length=500)
    kind = models.CharField(
        _("kind"), max_length=20, choices=WinKind.choices, default=WinKind.OTHER
    )
    occurred_on = models.DateField(_("date"))
    # Added by NextYes itself (interview reached, offer, ritual finished, weekly goal met).
    automatic = models.BooleanField(default=False)
    # What an automatic win came from, e.g. "offer:12": the same thing never earns two wins.
    source_key = models.CharField(max_length=100, blank=True, default="")
    application = models.ForeignKey(
        "pipeline.Application", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-occurred_on", "-id"]
        indexes = [models.Index(fields=["owner", "occurred_on"])]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "source_key"],
                condition=~Q(source_key=""),
                name="win_unique_source_per_owner",
            )
        ]

    def __str__(self) -> str:
        return self.text


class JarNote(Owned):
    """A note to self about something done well or learned, drawn again on hard days."""

    text = models.CharField(_("note"), max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)
    last_drawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.text


# ── Mind and body (issue 5): private to their owner, never shared or shown to staff ──


class Mood(models.IntegerChoices):
    VERY_LOW = 1, _("Very low")
    LOW = 2, _("Low")
    OKAY = 3, _("Okay")
    GOOD = 4, _("Good")
    VERY_GOOD = 5, _("Very good")


class Energy(models.IntegerChoices):
    DRAINED = 1, _("Drained")
    LOW = 2, _("Low")
    STEADY = 3, _("Steady")
    GOOD = 4, _("Good")
    FULL = 5, _("Full of energy")


class CheckIn(Owned):
    """One a day (checking in again the same day updates it); every field but mood optional."""

    day = models.DateField(_("day"))
    mood = models.PositiveSmallIntegerField(_("mood"), choices=Mood.choices)
    # Up to three emotion slugs (the same list the ritual's Feel step uses).
    emotions = models.JSONField(_("emotions"), default=list, blank=True)
    energy = models.PositiveSmallIntegerField(
        _("energy"), choices=Energy.choices, null=True, blank=True
    )
    sleep_hours = models.DecimalField(
        _("hours slept"), max_digits=3, decimal_places=1, null=True, blank=True
    )
    movement_minutes = models.PositiveSmallIntegerField(
        _("minutes of movement"), null=True, blank=True
    )
    ate_well = models.BooleanField(_("ate reasonably"), null=True, blank=True)
    connected = models.BooleanField(_("talked with someone who matters"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "day"], name="checkin_one_per_day"),
            models.CheckConstraint(
                condition=Q(mood__gte=1, mood__lte=5), name="checkin_mood_1_to_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.day}: {self.get_mood_display()}"


class ThoughtStep(models.TextChoices):
    SITUATION = "situation", _("Situation")
    THOUGHT = "thought", _("Thought")
    EMOTIONS = "emotions", _("Emotions")
    TRAPS = "traps", _("Thinking traps")
    EVIDENCE = "evidence", _("Evidence")
    BALANCED = "balanced", _("Balanced thought")
    RERATE = "rerate", _("Re-rate")
    DONE = "done", _("Done")


class ThoughtRecord(Owned):
    """A thought looked at closely: what happened, what it said, what the evidence says."""

    situation = models.TextField(_("situation"), blank=True)
    application = models.ForeignKey(
        "pipeline.Application",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("application"),
    )
    thought = models.TextField(_("automatic thought"), blank=True)
    # [{"emotion": slug, "intensity": 0-100}], rated when the thought came.
    emotions = models.JSONField(_("emotions"), default=list, blank=True)
    # Slugs of the thinking traps the person confirmed (suggestions live in TrapSuggestion).
    traps = models.JSONField(_("thinking traps"), default=list, blank=True)
    evidence_for = models.TextField(_("evidence for the thought"), blank=True)
    evidence_against = models.TextField(_("evidence against the thought"), blank=True)
    balanced_thought = models.TextField(_("balanced thought"), blank=True)
    # The strongest emotion's intensity (0–100) before and after; the change is shown over time.
    intensity_before = models.PositiveSmallIntegerField(null=True, blank=True)
    intensity_after = models.PositiveSmallIntegerField(null=True, blank=True)
    step = models.CharField(
        max_length=20, choices=ThoughtStep.choices, default=ThoughtStep.SITUATION
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.thought[:60] or str(_("Thought record"))


class TrapSuggestion(Owned):
    """What the detector suggested for a thought and what the person made of it.

    Kept so the detector can be evaluated on real use: `confirmed` is None until answered.
    """

    record = models.ForeignKey(ThoughtRecord, on_delete=models.CASCADE, related_name="suggestions")
    slug = models.CharField(max_length=40)
    score = models.FloatField(null=True, blank=True)  # None: the person added it themselves
    confirmed = models.BooleanField(null=True, blank=True)
    detector_version = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-score", "slug"]
        constraints = [
            models.UniqueConstraint(fields=["record", "slug"], name="trap_suggestion_once")
        ]


class Gratitude(Owned):
    text = models.CharField(_("something you are grateful for"), max_length=500)
    day = models.DateField(_("day"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-day", "id"]
        indexes = [models.Index(fields=["owner", "day"])]

    def __str__(self) -> str:
        return self.text


class Aspiration(Owned):
    """One line of the vision board: what the person wants their working life to hold."""

    text = models.CharField(_("aspiration"), max_length=300)
    position = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.text


class SupportKind(models.TextChoices):
    # Words in an entry that may be about self-harm or not wanting to live.
    RISK = "risk", _("Words that may mean you are in danger")
    # Most recent check-ins low, or a strong rejection-fatigue signal.
    LOW_MOOD = "low-mood", _("A hard stretch")


class SupportFlag(Owned):
    """A moment NextYes offered support. Saying "I'm fine" answers this one flag, not the next."""

    kind = models.CharField(max_length=20, choices=SupportKind.choices)
    # Where it came from: "checkin", "thought", "ritual" (with its id) or "trend".
    source = models.CharField(max_length=20)
    source_id = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
