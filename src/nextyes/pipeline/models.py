"""The job-search tracker: companies, applications and their stage events, interviews, contacts."""

from __future__ import annotations

import secrets
from typing import TypeVar

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from nextyes.lib.models import Owned
from nextyes.pipeline.choices import (
    Channel,
    EventSource,
    InterviewKind,
    Relationship,
    Stage,
    TouchpointKind,
    WorkMode,
)

RATING = [MinValueValidator(1), MaxValueValidator(5)]


def new_draft_token() -> str:
    return secrets.token_urlsafe(24)


class RunState(models.TextChoices):
    STAGING = "staging", _("writing")  # rows going in, hidden from everyone
    SETTLING = "settling", _("finishing")  # rows visible; points, wins and rituals following
    DONE = "done", _("done")
    FAILED = "failed", _("stopped")  # hidden rows being removed, or removed


HIDDEN_STATES = (RunState.STAGING, RunState.FAILED)


class ImportRun(Owned):
    """One CSV import carried out in short transactions (see pipeline/transfer/runs.py).

    Rows it writes carry its id and stay hidden (ImportedRows) until the run leaves STAGING: the
    switch is one small UPDATE of this row, so the import appears whole or not at all.
    """

    token = models.CharField(max_length=64, unique=True, default=new_draft_token)
    filename = models.CharField(max_length=255, blank=True)
    state = models.CharField(max_length=10, choices=RunState.choices, default=RunState.STAGING)
    total = models.PositiveIntegerField(default=0)  # new applications the plan found
    written = models.PositiveIntegerField(default=0)  # rows staged so far
    settled = models.PositiveIntegerField(default=0)  # applications whose effects have run
    already_there = models.PositiveIntegerField(default=0)
    settled_upto = models.BigIntegerField(default=0)  # the last application id settled
    fit_note = models.TextField(blank=True)
    problem = models.TextField(blank=True)  # why it stopped, for the person
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)  # the heartbeat: a stale run was cut off

    class Meta:
        indexes = [models.Index(fields=["state"])]

    def __str__(self) -> str:
        return f"{self.filename or 'import'} ({self.state})"

    @property
    def percent(self) -> int:
        """Progress over both phases: writing counts for 80%, finishing for the rest."""
        if self.state == RunState.DONE or not self.total:
            return 100 if self.state == RunState.DONE else 0
        share = 0.8 * self.written / self.total + 0.2 * self.settled / self.total
        return min(99, int(share * 100))


M = TypeVar("M", bound=models.Model)


class ImportedRows(models.Manager[M]):
    """The default manager of rows an import writes: it leaves out a run's rows until its switch."""

    def get_queryset(self) -> models.QuerySet[M]:
        hidden = ImportRun.objects.filter(state__in=HIDDEN_STATES).values("pk")
        return super().get_queryset().exclude(import_run__in=hidden)


def _run_link() -> models.ForeignKey[ImportRun | None, ImportRun | None]:
    return models.ForeignKey(
        ImportRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )


class Company(Owned):
    name = models.CharField(_("name"), max_length=200)
    website = models.URLField(_("website"), blank=True)
    mail_domains = models.CharField(
        _("mail domains"),
        max_length=500,
        blank=True,
        help_text=_("Domains their mail comes from, separated by commas, e.g. acme.com"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Set when an import created it: a failed import removes the companies it left empty.
    import_run = _run_link()

    class Meta:
        ordering = [Lower("name")]
        verbose_name_plural = "companies"
        constraints = [
            models.UniqueConstraint("owner", Lower("name"), name="company_unique_name_per_owner")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def domains(self) -> list[str]:
        return [d.strip().lower() for d in self.mail_domains.split(",") if d.strip()]


class Application(Owned):
    # RESTRICT, not PROTECT: a company with applications cannot be deleted alone, but deleting
    # the person deletes both together.
    company = models.ForeignKey(Company, on_delete=models.RESTRICT, related_name="applications")
    role = models.CharField(_("role"), max_length=200)
    link = models.URLField(_("link"), max_length=1000, blank=True)
    channel = models.CharField(
        _("channel"), max_length=20, choices=Channel.choices, default=Channel.JOB_BOARD
    )
    applied_on = models.DateField(_("date applied"), null=True, blank=True)
    fit = models.PositiveSmallIntegerField(_("fit (1–5)"), null=True, blank=True, validators=RATING)
    resume_version = models.CharField(_("résumé version"), max_length=100, blank=True)
    salary = models.CharField(_("salary range"), max_length=100, blank=True)
    location = models.CharField(_("location"), max_length=200, blank=True)
    work_mode = models.CharField(
        _("on-site / remote"), max_length=10, choices=WorkMode.choices, blank=True, default=""
    )
    # When the posting stops taking applications: a saved lead's deadline (reminders, calendar).
    closes_on = models.DateField(_("applications close"), null=True, blank=True)
    job_description = models.TextField(_("job description"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    # Derived from the latest StageEvent and refreshed by services.refresh_status; kept on the
    # row so the board and list never have to read every event.
    status = models.CharField(max_length=20, choices=Stage.choices, default=Stage.SAVED)
    status_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    import_run = _run_link()

    objects = ImportedRows()
    every_row: models.Manager[Application] = (
        models.Manager()
    )  # hidden rows too: for an import cleaning up after itself

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["owner", "status"]),
            models.Index(fields=["owner", "applied_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.role} at {self.company.name}"


class StageEvent(Owned):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices)
    round = models.PositiveSmallIntegerField(_("round"), null=True, blank=True)
    occurred_on = models.DateField(_("date"))
    source = models.CharField(
        _("source"), max_length=10, choices=EventSource.choices, default=EventSource.MANUAL
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    import_run = _run_link()

    objects = ImportedRows()
    every_row = models.Manager()

    class Meta:
        ordering = ["occurred_on", "id"]
        indexes = [models.Index(fields=["application", "occurred_on"])]

    def __str__(self) -> str:
        return f"{self.get_stage_display()} on {self.occurred_on}"


class Contact(Owned):
    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(_("role"), max_length=200, blank=True)
    company = models.ForeignKey(
        Company, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts"
    )
    email = models.EmailField(_("email"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn URL"), blank=True)
    relationship = models.CharField(
        _("relationship"), max_length=20, choices=Relationship.choices, default=Relationship.OTHER
    )
    notes = models.TextField(_("notes"), blank=True)
    applications = models.ManyToManyField(Application, blank=True, related_name="contacts")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = [Lower("name")]
        indexes = [models.Index(fields=["owner", "name"])]

    def __str__(self) -> str:
        return self.name


class Touchpoint(Owned):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="touchpoints")
    application = models.ForeignKey(
        Application, null=True, blank=True, on_delete=models.SET_NULL, related_name="touchpoints"
    )
    occurred_on = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=10, choices=TouchpointKind.choices)
    note = models.TextField(_("note"), blank=True)
    follow_up_on = models.DateField(_("next follow-up"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-occurred_on", "-id"]
        indexes = [models.Index(fields=["owner", "follow_up_on"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} with {self.contact.name} on {self.occurred_on}"


class Interview(Owned):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="interviews"
    )
    scheduled_at = models.DateTimeField(_("date and time"))
    round = models.PositiveSmallIntegerField(_("round"), default=1)
    kind = models.CharField(_("kind"), max_length=10, choices=InterviewKind.choices)
    # Where it happens: an address or a video link (shown in the calendar feed).
    location = models.CharField(_("place or link"), max_length=500, blank=True)
    contacts = models.ManyToManyField(Contact, blank=True, related_name="interviews")
    prep_notes = models.TextField(_("prep notes"), blank=True)
    questions_asked = models.TextField(_("questions they asked"), blank=True)
    rating = models.PositiveSmallIntegerField(
        _("how it went (1–5)"), null=True, blank=True, validators=RATING
    )
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["scheduled_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} interview, round {self.round}"


class ImportDraft(Owned):
    """An uploaded CSV between upload and commit: its text and the person's mapping answers.

    The token (not a guessable number) is the key in the URL; drafts are deleted on commit and
    swept after a day.
    """

    token = models.CharField(max_length=64, primary_key=True, default=new_draft_token)
    filename = models.CharField(max_length=255, blank=True)
    content = models.TextField()
    mapping = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["created_at"])]

    def __str__(self) -> str:
        return self.filename or self.token
