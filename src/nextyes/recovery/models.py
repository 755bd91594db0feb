"""After a "no": the recovery ritual, the lessons learned and the feedback received."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from nextyes.lib.models import Owned


class RitualStep(models.TextChoices):
    FEEL = "feel", _("Feel it")
    PAUSE = "pause", _("Pause")
    PERSPECTIVE = "perspective", _("Perspective")
    LEARN = "learn", _("Learn")
    REACH_OUT = "reach-out", _("Reach out")
    NEXT_STEP = "next-step", _("Next step")


STEP_ORDER: tuple[str, ...] = tuple(RitualStep.values)


class RitualStatus(models.TextChoices):
    OPEN = "open", _("Open")
    SET_ASIDE = "set-aside", _("Put aside")
    FINISHED = "finished", _("Finished")


class Ritual(Owned):
    """The short, resumable sequence that follows a rejection (one or several, from one import)."""

    applications = models.ManyToManyField(
        "pipeline.Application", related_name="rituals", blank=True
    )
    # The rejection events that opened it; deleting one offers to remove the ritual.
    events = models.ManyToManyField("pipeline.StageEvent", related_name="rituals", blank=True)
    status = models.CharField(
        max_length=10, choices=RitualStatus.choices, default=RitualStatus.OPEN
    )
    step = models.CharField(max_length=12, choices=RitualStep.choices, default=RitualStep.FEEL)
    opened_on = models.DateField()
    finished_at = models.DateTimeField(null=True, blank=True)
    # 1. Feel it
    emotions = models.JSONField(default=list, blank=True)
    intensity = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(0), MaxValueValidator(10)]
    )
    feeling_note = models.TextField(blank=True)
    # 3. Perspective: slugs from recovery.content
    outside_factors = models.JSONField(default=list, blank=True)
    inside_factors = models.JSONField(default=list, blank=True)
    perspective_note = models.TextField(blank=True)
    # 4. Learn: {question slug: short answer}
    postmortem = models.JSONField(default=dict, blank=True)
    # 5. Reach out
    contact = models.ForeignKey(
        "pipeline.Contact", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    feedback_requested_on = models.DateField(null=True, blank=True)
    thank_you_sent_on = models.DateField(null=True, blank=True)
    reapply_after = models.DateField(null=True, blank=True)
    # Which steps the person has been through (saved or skipped), so it resumes where they left.
    visited_steps = models.JSONField(default=list, blank=True)
    # "Later" on the panel offered right after the no: answered once, it is not offered again.
    prompt_answered = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-opened_on", "-id"]
        indexes = [models.Index(fields=["owner", "status"])]

    def __str__(self) -> str:
        return f"Ritual {self.pk} ({self.status})"


class Lesson(Owned):
    """Something learned, in the person's own words."""

    text = models.TextField(_("lesson"))
    tags = models.CharField(
        _("tags"),
        max_length=200,
        blank=True,
        help_text=_("Separated by commas, e.g. interviews, résumé"),
    )
    application = models.ForeignKey(
        "pipeline.Application",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="lessons",
    )
    ritual = models.ForeignKey(
        Ritual, null=True, blank=True, on_delete=models.SET_NULL, related_name="lessons"
    )
    # The stage the application had reached, kept so lessons can be filtered by stage later.
    stage = models.CharField(max_length=20, blank=True)
    learned_on = models.DateField(_("date"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-learned_on", "-id"]

    def __str__(self) -> str:
        return self.text[:60]

    @property
    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.split(",") if t.strip()]


class Feedback(Owned):
    """What an employer said about why (requested in a ritual, or recorded any time)."""

    application = models.ForeignKey(
        "pipeline.Application",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feedback",
    )
    contact = models.ForeignKey(
        "pipeline.Contact", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    ritual = models.ForeignKey(
        Ritual, null=True, blank=True, on_delete=models.SET_NULL, related_name="feedback"
    )
    received_on = models.DateField(_("received on"))
    text = models.TextField(_("what they said"))
    positive = models.BooleanField(_("this was encouraging"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_on", "-id"]
        verbose_name_plural = "feedback"

    def __str__(self) -> str:
        return self.text[:60]
