"""Mail the person brought in: job-search messages kept, ids of the rest, and each import run.

Kept small on purpose: IMAP accounts and proposals (later work) point at these models rather
than adding columns to them. A run from IMAP is a `MailImport` like a file is, with its own
`kind` and `source`.
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nextyes.lib.models import Owned


class MailStatus(models.TextChoices):
    NEW = "new", _("New")
    PROPOSED = "proposed", _("Proposed")
    APPLIED = "applied", _("Applied")
    DISMISSED = "dismissed", _("Dismissed")


# How each classifier label reads on a page.
LABEL_NAMES = {
    "rejection": _("Rejection"),
    "interview": _("Interview"),
    "offer": _("Offer"),
    "received": _("Application received"),
    "other": _("Other"),
}


class MailMessage(Owned):
    """One stored email: what could be read of it, never its attachments."""

    # The dedupe key: the Message-ID without its angle brackets, or "hash:<content hash>" when the
    # message has none (or one too long to index).
    message_id = models.CharField(max_length=255)
    content_hash = models.CharField(max_length=64)
    sender_name = models.CharField(_("sender"), max_length=200, blank=True)
    sender_address = models.CharField(_("sender address"), max_length=254, blank=True)
    subject = models.CharField(_("subject"), max_length=500, blank=True)
    # Null when the message carries no date we could read.
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    text = models.TextField(_("text"), blank=True)
    label = models.CharField(_("label"), max_length=20)
    confidence = models.FloatField(_("confidence"))
    application = models.ForeignKey(
        "pipeline.Application", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=MailStatus.choices, default=MailStatus.NEW
    )
    # Stored only because the person asked to keep mail that is not about the search.
    kept = models.BooleanField(default=False)
    # The person sent it (From is one of their addresses, or it came from a Sent folder): kept
    # when it is about the search, never proposed.
    from_me = models.BooleanField(_("sent by you"), default=False)
    mail_import = models.ForeignKey(
        "MailImport", null=True, blank=True, on_delete=models.SET_NULL, related_name="messages"
    )
    # From the invitation's calendar file (.ics), when it had one: an interview takes these.
    invite_at = models.DateTimeField(null=True, blank=True)
    invite_location = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sent_at", "-id"]
        indexes = [
            models.Index(fields=["owner", "label"]),
            models.Index(fields=["owner", "status"]),
        ]
        constraints = [
            models.UniqueConstraint(fields=["owner", "message_id"], name="mail_unique_per_owner")
        ]

    def __str__(self) -> str:
        return self.subject or self.message_id

    @property
    def label_name(self) -> str:
        return str(LABEL_NAMES.get(self.label, self.label))

    @property
    def confidence_percent(self) -> int:
        return round(self.confidence * 100)


class SeenMessage(Owned):
    """Mail we read and did not keep: only its key, so importing it again adds nothing."""

    message_id = models.CharField(max_length=255)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "message_id"], name="seen_unique_per_owner")
        ]

    def __str__(self) -> str:
        return self.message_id


class ImportKind(models.TextChoices):
    FILE = "file", _("File or folder")
    UPLOAD = "upload", _("Upload")
    IMAP = "imap", _("IMAP")


class ImportStatus(models.TextChoices):
    RUNNING = "running", _("Running")
    FINISHED = "finished", _("Finished")
    # Stopped part-way (interrupted, or an error): `position` says how far it got.
    STOPPED = "stopped", _("Stopped")


class MailImport(Owned):
    """One run over a file, folder, upload or mailbox, with its counts and what was skipped."""

    kind = models.CharField(max_length=10, choices=ImportKind.choices, default=ImportKind.FILE)
    source = models.CharField(_("source"), max_length=500)
    status = models.CharField(
        max_length=10, choices=ImportStatus.choices, default=ImportStatus.RUNNING
    )
    started_at = models.DateTimeField(auto_now_add=True)
    # The run's heartbeat: saved with each batch. A "running" run long silent was interrupted.
    updated_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    read = models.PositiveIntegerField(default=0)
    kept = models.PositiveIntegerField(default=0)
    # Not about the search: remembered by id only.
    not_kept = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(default=0)
    # Messages of the source whose batch is saved: a stopped run is safe to run again from 0.
    position = models.PositiveIntegerField(default=0)
    # {"labels": {label: count}, "skipped": [{"where": ..., "reason": ...}], "more_skipped": n,
    #  "error": "..."}
    report = models.JSONField(default=dict)

    class Meta:
        ordering = ["-started_at", "-id"]

    def __str__(self) -> str:
        return self.source


# ── Understanding mail: proposals the person applies, edits or dismisses ──


class ProposalKind(models.TextChoices):
    # Add a stage event (rejected, offer, acknowledged…) to a matched application.
    STAGE = "stage", _("Move the application")
    # Add an interview (and an interview stage event) to a matched application.
    INTERVIEW = "interview", _("Add an interview")
    # No application matched: create one (then, maybe, move it).
    CREATE = "create", _("Create an application")


class ProposalStatus(models.TextChoices):
    OPEN = "open", _("Waiting for you")
    APPLIED = "applied", _("Applied")
    DISMISSED = "dismissed", _("Dismissed")
    UNDONE = "undone", _("Undone")


class Proposal(Owned):
    """What one understood message suggests doing; nothing changes until it is applied."""

    message = models.ForeignKey(MailMessage, on_delete=models.CASCADE, related_name="proposals")
    kind = models.CharField(max_length=20, choices=ProposalKind.choices)
    application = models.ForeignKey(
        "pipeline.Application", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # How sure the match is (0–1) and why, e.g. "sender domain acme.com", "name in subject".
    match_score = models.FloatField(default=0)
    match_reason = models.CharField(max_length=200, blank=True)
    # The stage to record (kebab-case stage value) and its date (the message's date by default).
    stage = models.CharField(max_length=20, blank=True)
    on = models.DateField(null=True, blank=True)
    # For interview proposals: a date/time found in the message, if any.
    interview_at = models.DateTimeField(null=True, blank=True)
    # For create proposals: what the new application would be.
    company_name = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=200, blank=True)
    # The classifier's confidence in the label, copied so sorting and auto-apply are simple.
    confidence = models.FloatField(default=0)
    status = models.CharField(
        max_length=20, choices=ProposalStatus.choices, default=ProposalStatus.OPEN
    )
    # Applied by the auto-apply setting rather than by a click.
    automatic = models.BooleanField(default=False)
    # What applying made, so it can be undone: {"event": id, "interview": id, "application": id,
    # "company": id}.
    applied_records = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "status"])]


class InboxSettings(Owned):
    """Per person: the auto-apply threshold (None: never) and the person's own addresses."""

    auto_apply_threshold = models.FloatField(null=True, blank=True)
    # Lower-case addresses the person writes from: their mail is never a proposal. Typed on the
    # settings page, and learned from each IMAP account's user name.
    my_addresses = models.JSONField(_("my addresses"), default=list, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner"], name="inbox_settings_once")]


class Correction(Owned):
    """What the person said a message really was, when a proposal had it wrong.

    An edit that changes the label, or a dismissal (kept as `other`: "not what you said"). The
    classifier reads these as the person's own examples (inbox.learning). They go with their
    message: forgetting the mail forgets what it taught.
    """

    message = models.ForeignKey(MailMessage, on_delete=models.CASCADE, related_name="corrections")
    original_label = models.CharField(max_length=20)
    corrected_label = models.CharField(max_length=20)
    # True for a dismissal: the person said "not this", not which label it is.
    dismissed = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.original_label} → {self.corrected_label}"

    @property
    def original_name(self) -> str:
        return str(LABEL_NAMES.get(self.original_label, self.original_label))

    @property
    def corrected_name(self) -> str:
        return str(LABEL_NAMES.get(self.corrected_label, self.corrected_label))


# ── IMAP: the person's mailbox, read incrementally ──


class Security(models.TextChoices):
    TLS = "tls", _("TLS (usually port 993)")
    STARTTLS = "starttls", _("STARTTLS (usually port 143)")
    PLAIN = "none", _("None (only for a server on this machine)")


DEFAULT_SYNC_MINUTES = 15


class MailAccount(Owned):
    """An IMAP mailbox. The password is encrypted with a key kept outside the database."""

    name = models.CharField(_("name"), max_length=100)
    host = models.CharField(_("server"), max_length=255)
    port = models.PositiveIntegerField(_("port"), default=993)
    security = models.CharField(
        _("security"), max_length=10, choices=Security.choices, default=Security.TLS
    )
    username = models.CharField(_("user name"), max_length=255)
    # Fernet token of the password (see inbox.secrets); never the password itself.
    password_encrypted = models.TextField()
    # Folders to read, e.g. ["INBOX", "Jobs"].
    folders = models.JSONField(_("folders"), default=list)
    # Mail before this day is not read (the first sync would otherwise read years of mail).
    since = models.DateField(_("read mail from"), null=True, blank=True)
    keep_other = models.BooleanField(default=False)
    # The worker checks the account this often by itself; 0: only when the person asks.
    sync_every = models.PositiveIntegerField(
        _("check every (minutes)"), default=DEFAULT_SYNC_MINUTES
    )
    last_synced_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="mail_account_name_once")
        ]

    def __str__(self) -> str:
        return self.name


class FolderState(Owned):
    """How far a folder has been read: UIDs above `last_uid` are new, while UIDVALIDITY holds."""

    account = models.ForeignKey(MailAccount, on_delete=models.CASCADE, related_name="states")
    folder = models.CharField(max_length=255)
    uidvalidity = models.BigIntegerField()
    last_uid = models.BigIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["account", "folder"], name="folder_state_once")
        ]


# ── Work handed to the worker: an upload to read, a mailbox to check ──


class TaskKind(models.TextChoices):
    UPLOAD = "upload", _("Upload")
    SYNC = "sync", _("Mail check")


class TaskStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


STUCK_AFTER = dt.timedelta(minutes=1)


class MailTask(Owned):
    """One piece of mail work the worker does for the person, with what the page shows of it.

    The page that started it reads this row: its progress while it runs, its summary, or why it
    failed. `mail_import` is the run an upload resumes from after a restart.
    """

    kind = models.CharField(max_length=10, choices=TaskKind.choices)
    status = models.CharField(max_length=10, choices=TaskStatus.choices, default=TaskStatus.QUEUED)
    source = models.CharField(max_length=500, blank=True)
    account = models.ForeignKey(
        MailAccount, null=True, blank=True, on_delete=models.CASCADE, related_name="tasks"
    )
    # An upload's folder under the data dir, removed once it is read.
    path = models.CharField(max_length=1000, blank=True)
    keep_other = models.BooleanField(default=False)
    mail_import = models.ForeignKey(
        MailImport, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The backend's id for the queued task, to notice one the worker gave up on.
    task_id = models.CharField(max_length=64, blank=True)
    done = models.BigIntegerField(default=0)
    total = models.BigIntegerField(default=0)
    read = models.PositiveIntegerField(default=0)
    kept = models.PositiveIntegerField(default=0)
    waiting = models.PositiveIntegerField(default=0)
    summary = models.CharField(max_length=1000, blank=True)
    error = models.CharField(max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.source

    @property
    def open(self) -> bool:
        return self.status in (TaskStatus.QUEUED, TaskStatus.RUNNING)

    @property
    def waiting_long(self) -> bool:
        """Open, and no word from the worker for a while: perhaps no worker is running."""
        return self.open and self.updated_at < timezone.now() - STUCK_AFTER

    @property
    def percent(self) -> int:
        if self.status == TaskStatus.DONE:
            return 100
        return min(99, self.done * 100 // self.total) if self.total else 0
