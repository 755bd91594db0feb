"""Importing mail and forgetting it: the rules the CLI and the web page share.

How an import stays safe to repeat (our reading of "atomic and idempotent" for a mailbox that
may hold 100,000 messages): messages are saved in batches, each batch in one transaction with
the run's counters, so a message is either saved whole or not at all, and the run's report
always matches what is stored. One transaction for the whole file would lock an SQLite database
for a minute and throw away an hour's work on the last message. If a run stops (Ctrl-C, a full
disk), its `MailImport` says "stopped" and how far it got; running it again skips everything
already saved, by Message-ID (or content hash), and carries on. Nothing is ever added twice.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.inbox import learning, own_mail, reading
from nextyes.inbox.models import ImportKind, ImportStatus, MailImport, MailMessage, SeenMessage
from nextyes.inbox.parsing import ParsedMail, Unreadable, parse_message
from nextyes.inbox.saving import save_messages
from nextyes.lib.ownership import owned

if TYPE_CHECKING:
    # Only the type: the classifier loads numpy and its model on first use.
    from nextyes.inbox.classifier import Verdict

    # A message kept, with what the classifier (or the person's corrections) said of it.
    Kept = tuple[ParsedMail, Verdict]

BATCH_SIZE = 500
# A run that saved no batch for this long was interrupted (a batch takes seconds).
ABANDONED_AFTER = dt.timedelta(minutes=10)
REPORTED_SKIPS = 200  # the report names this many skipped messages, then counts the rest
CLASSIFY_CHARS = 10_000  # what the classifier reads of a long text: the gist is at the top

# Called with (bytes read so far, bytes in total, messages read so far).
Progress = Callable[[int, int, int], None]


@dataclass
class ImportResult:
    """What an import did (or, on a dry run, would do)."""

    source: str
    dry_run: bool
    read: int = 0
    kept: int = 0
    not_kept: int = 0
    duplicates: int = 0
    skipped: int = 0
    labels: Counter[str] = field(default_factory=Counter)  # kept messages by label
    skips: list[dict[str, str]] = field(default_factory=list)
    import_id: int | None = None

    @property
    def more_skipped(self) -> int:
        return self.skipped - len(self.skips)

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "dry_run": self.dry_run,
            "import_id": self.import_id,
            "read": self.read,
            "kept": self.kept,
            "labels": dict(self.labels),
            "not_kept": self.not_kept,
            "duplicates": self.duplicates,
            "skipped": self.skipped,
            "skipped_messages": self.skips,
        }


def import_mail(
    user: User,
    path: Path,
    *,
    dry_run: bool = False,
    keep_other: bool = False,
    progress: Progress | None = None,
    source_name: str | None = None,
    kind: str = ImportKind.FILE,
    batch_size: int = BATCH_SIZE,
    sent: bool = False,
) -> ImportResult:
    """Read the .eml file, folder or mbox at `path` and keep the job-search mail in it.

    Mail the classifier calls `other` is remembered by its id only (so it is never read twice),
    unless `keep_other`. `sent` says the messages are the person's own (a Sent folder); mail
    from one of their addresses is theirs anyway: kept when about the search, never proposed.
    A dry run reads and classifies everything and writes nothing. Raises
    `reading.SourceProblem` when `path` cannot be read at all, before anything is written.
    """
    source = reading.open_source(path)
    return import_messages(
        user,
        reading.iter_messages(source),
        total=source.total,
        source_name=source_name or str(path),
        kind=kind,
        dry_run=dry_run,
        keep_other=keep_other,
        progress=progress,
        batch_size=batch_size,
        sent=sent,
    )


def import_messages(
    user: User,
    raws: Iterable[reading.RawMail],
    *,
    total: int,
    source_name: str,
    kind: str,
    dry_run: bool = False,
    keep_other: bool = False,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
    sent: bool = False,
    resume: MailImport | None = None,
) -> ImportResult:
    """The import itself, from any source of raw messages (files here; an IMAP folder later).

    `resume` carries on a run over the same source from its last saved batch (the worker does
    that after a restart): its first `position` messages are passed over, its counts go on.
    """
    result = ImportResult(source=source_name, dry_run=dry_run)
    run = None
    if resume is not None:
        run = _resumed(resume, result)
    elif not dry_run:
        run = MailImport.objects.create(owner=user, source=source_name[:500], kind=kind)
    skip = run.position if resume is not None and run is not None else 0
    batch = _Batch(user, result, run, keep_other=keep_other, sent=sent)
    where = ""
    try:
        for raw in raws:
            if skip:  # saved by the run being resumed
                skip -= 1
                continue
            result.read += 1
            where = raw.where
            parsed = _parse(raw)
            if isinstance(parsed, Unreadable):
                result.skipped += 1
                if len(result.skips) < REPORTED_SKIPS:
                    result.skips.append({"where": raw.where, "reason": parsed.reason})
            else:
                batch.add(parsed)
            if len(batch) >= batch_size:
                batch.flush(where)
            if progress is not None:
                progress(raw.done, total, result.read)
        batch.flush(where)
    except BaseException as exc:
        if run is not None:
            _stop(run, exc)
        raise
    if run is not None:
        run.status = ImportStatus.FINISHED
        run.finished_at = timezone.now()
        run.save(update_fields=["status", "finished_at"])
        result.import_id = run.pk
    return result


def _resumed(run: MailImport, result: ImportResult) -> MailImport:
    """Take up a run's saved counts (they match its saved batches) and mark it running again."""
    result.read, result.kept, result.not_kept = run.read, run.kept, run.not_kept
    result.duplicates, result.skipped = run.duplicates, run.skipped
    result.labels = Counter(run.report.get("labels", {}))
    result.skips = list(run.report.get("skipped", []))
    run.status, run.finished_at, run.updated_at = ImportStatus.RUNNING, None, timezone.now()
    run.report = {k: v for k, v in run.report.items() if k != "error"}
    run.save(update_fields=["status", "finished_at", "updated_at", "report"])
    return run


def _parse(raw: reading.RawMail) -> ParsedMail | Unreadable:
    if raw.problem:
        return Unreadable(raw.problem)
    return parse_message(raw.data, cut=raw.cut)


def _stop(run: MailImport, exc: BaseException) -> None:
    """Say in the run's report that it stopped, and where; what was saved stays saved."""
    reason = "interrupted" if isinstance(exc, KeyboardInterrupt) else type(exc).__name__
    run.status = ImportStatus.STOPPED
    run.finished_at = timezone.now()
    run.report = {**run.report, "error": reason}
    # The database may be what failed; then the original error matters more than this note.
    with contextlib.suppress(Exception):
        run.save(update_fields=["status", "finished_at", "report"])


class _Batch:
    """Messages waiting to be checked for duplicates, classified and saved together."""

    def __init__(
        self,
        user: User,
        result: ImportResult,
        run: MailImport | None,
        *,
        keep_other: bool,
        sent: bool = False,
    ) -> None:
        self.user = user
        self.result = result
        self.run = run
        self.keep_other = keep_other
        self.sent = sent
        # Read once per run: the person's addresses, and what they taught (None: nothing).
        self.mine = own_mail.mine(user)
        self.taught = learning.Taught.for_user(user)
        self.pending: list[ParsedMail] = []
        self.keys: set[str] = set()
        # Only a dry run needs to remember what it read (nothing lands in the database):
        # 8-byte fingerprints keep that small for a very large mailbox.
        self.dry_seen: set[bytes] = set()

    def __len__(self) -> int:
        return len(self.pending)

    def add(self, mail: ParsedMail) -> None:
        if mail.key in self.keys or self._seen_in_dry_run(mail.key):
            self.result.duplicates += 1
            return
        self.keys.add(mail.key)
        self.pending.append(mail)

    def _seen_in_dry_run(self, key: str) -> bool:
        if self.run is not None:
            return False
        print_ = hashlib.blake2b(key.encode("utf-8", "replace"), digest_size=8).digest()
        if print_ in self.dry_seen:
            return True
        self.dry_seen.add(print_)
        return False

    def flush(self, where: str) -> None:
        mails, self.pending, self.keys = self.pending, [], set()
        stored, seen = _known(self.user, [m.key for m in mails])
        fresh = [m for m in mails if m.key not in stored and (self.keep_other or m.key not in seen)]
        self.result.duplicates += len(mails) - len(fresh)
        keep, remember = _sort(fresh, keep_other=self.keep_other, taught=self.taught)
        own = {
            m.key for m, _ in keep if self.sent or own_mail.normalise(m.sender_address) in self.mine
        }
        for _mail, verdict in keep:
            self.result.labels[verdict.label] += 1
        self.result.kept += len(keep)
        self.result.not_kept += len(remember)
        if self.run is None:
            return
        with transaction.atomic():
            save_messages(
                self.user,
                self.run,
                keep,
                remember,
                upgraded=[m.key for m, _ in keep if m.key in seen],
                own=own,
            )
            _save_counters(self.run, self.result, where)
            # Matching (issue 6): the batch's job-search mail becomes proposals to review, in
            # the same transaction, so a saved message always has its proposal. What the
            # person sent is never one.
            from nextyes.inbox.proposing import propose_keys

            propose_keys(self.user, [mail.key for mail, _verdict in keep if mail.key not in own])


def _known(user: User, keys: Sequence[str]) -> tuple[set[str], set[str]]:
    """Which keys are already stored as messages, and which only as seen ids."""
    if not keys:
        return set(), set()
    stored = (
        owned(MailMessage, user).filter(message_id__in=keys).values_list("message_id", flat=True)
    )
    seen = owned(SeenMessage, user).filter(message_id__in=keys).values_list("message_id", flat=True)
    return set(stored), set(seen)


def _sort(
    mails: list[ParsedMail], *, keep_other: bool, taught: learning.Taught | None = None
) -> tuple[list[Kept], list[ParsedMail]]:
    """Classify in one call; job-search mail is kept, the rest remembered by id (or kept).

    The shipped model decides, then what the person taught adjusts mail that resembles it.
    """
    if not mails:
        return [], []
    from nextyes.inbox.classifier import classify_many

    items = [(m.subject, m.text[:CLASSIFY_CHARS], m.sender) for m in mails]
    verdicts = classify_many(items)
    if taught is not None:
        verdicts = taught.adjust(items, verdicts)
    keep, remember = [], []
    for mail, verdict in zip(mails, verdicts, strict=True):
        if verdict.label != "other" or keep_other or isinstance(verdict, learning.LearnedVerdict):
            keep.append((mail, verdict))
        else:
            remember.append(mail)
    return keep, remember


def _save_counters(run: MailImport, result: ImportResult, where: str) -> None:
    run.read, run.kept, run.not_kept = result.read, result.kept, result.not_kept
    run.duplicates, run.skipped, run.position = result.duplicates, result.skipped, result.read
    run.report = {
        "labels": dict(result.labels),
        "skipped": result.skips,
        "more_skipped": result.more_skipped,
        "saved_up_to": where,
    }
    run.updated_at = timezone.now()
    run.save(
        update_fields=[
            "updated_at",
            "read",
            "kept",
            "not_kept",
            "duplicates",
            "skipped",
            "position",
            "report",
        ]
    )


def purge(user: User) -> dict[str, int]:
    """Forget all of the person's mail: kept messages, remembered ids and import reports."""
    with transaction.atomic():
        counts = {
            "messages": owned(MailMessage, user).count(),
            "seen": owned(SeenMessage, user).count(),
            "imports": owned(MailImport, user).count(),
        }
        owned(MailMessage, user).delete()
        owned(SeenMessage, user).delete()
        owned(MailImport, user).delete()
    return counts


def last_import(user: User) -> MailImport | None:
    stop_abandoned_imports(user)
    return owned(MailImport, user).order_by("-started_at", "-id").first()


def stop_abandoned_imports(user: User) -> list[MailImport]:
    """Mark as stopped the person's runs still "running" with no batch saved for a long time.

    A killed process (a server restart, a closed laptop, `kill -9`) cannot say it stopped; its
    run would say "running" for ever. Every batch moves `updated_at`, so a run silent for
    ABANDONED_AFTER is not running any more: what it saved stays, and running it again finishes.
    """
    cutoff = timezone.now() - ABANDONED_AFTER
    stale = list(owned(MailImport, user).filter(status=ImportStatus.RUNNING, updated_at__lt=cutoff))
    for run in stale:
        run.status = ImportStatus.STOPPED
        run.finished_at = run.updated_at
        run.report = {**run.report, "error": "abandoned"}
        # Only if still running: a run that just finished after all keeps its own word.
        MailImport.objects.filter(pk=run.pk, status=ImportStatus.RUNNING).update(
            status=run.status, finished_at=run.finished_at, report=run.report
        )
    return stale
