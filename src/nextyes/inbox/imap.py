"""Reading an IMAP mailbox incrementally, into the same import the files go through.

Per folder, the server's UIDVALIDITY and the highest UID read are remembered (`FolderState`):
a later sync asks only for UIDs above it. When UIDVALIDITY changes (the folder was recreated,
the server rebuilt its index), the old UIDs mean nothing, so the folder is read again from the
start; Message-ID dedupe makes that add nothing twice. The new position is stored only after
the messages are saved, so a sync that fails half-way reads the rest next time. Messages are
fetched with BODY.PEEK, so nothing is marked read on the server, and the mailbox is opened
read-only. Mail that reached the server before the account's start date (IMAP SINCE, by arrival
date) is never read, on the first sync or any later one. Reaching the server and signing in is
imap_connect's part.
"""

from __future__ import annotations

import datetime as dt
import imaplib
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from nextyes.inbox.imap_connect import ImapProblem, explain, open_account, server_words, sign_out
from nextyes.inbox.imap_names import encode_folder
from nextyes.inbox.models import FolderState, ImportKind, MailAccount
from nextyes.inbox.own_mail import is_sent_folder
from nextyes.inbox.reading import MAX_MESSAGE_BYTES, RawMail
from nextyes.lib.ownership import owned

FETCH_CHUNK = 50  # messages per FETCH: few round trips, bounded memory
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")

# Called with (folder, messages read so far, new messages in the folder).
Progress = Callable[[str, int, int], None]


@dataclass
class FolderResult:
    folder: str
    new: int = 0  # messages fetched from the server
    kept: int = 0
    not_kept: int = 0
    duplicates: int = 0
    skipped: int = 0
    restarted: bool = False  # UIDVALIDITY changed: read again from the start
    waiting: int = 0  # new messages left for the next sync (over the limit)
    error: str = ""
    import_id: int | None = None


@dataclass
class SyncResult:
    account: str
    folders: list[FolderResult] = field(default_factory=list)
    error: str = ""  # the account could not be reached at all

    @property
    def ok(self) -> bool:
        return not self.error and not any(f.error for f in self.folders)

    @property
    def new(self) -> int:
        return sum(f.new for f in self.folders)

    @property
    def kept(self) -> int:
        return sum(f.kept for f in self.folders)

    @property
    def waiting(self) -> int:
        return sum(f.waiting for f in self.folders)

    @property
    def problems(self) -> list[str]:
        if self.error:
            return [self.error]
        return [f"{f.folder}: {f.error}" for f in self.folders if f.error]

    def as_dict(self) -> dict[str, object]:
        return {
            "account": self.account,
            "ok": self.ok,
            "new": self.new,
            "kept": self.kept,
            "waiting": self.waiting,
            "error": self.error,
            "folders": [asdict(f) for f in self.folders],
        }


# --- Syncing ---------------------------------------------------------------------------------


def sync_account(
    account: MailAccount, progress: Progress | None = None, *, limit: int | None = None
) -> SyncResult:
    """Read each of the account's folders for new mail and import it; errors go on the account.

    One folder failing (gone, a dropped connection) does not stop the others; a failure to
    connect or sign in stores nothing but the error. `limit` reads at most that many messages
    per folder, oldest first (a web request must end in time); the rest wait for the next sync.
    """
    result = SyncResult(account=account.name)
    try:
        conn = open_account(account)
    except ImapProblem as problem:
        result.error = str(problem)
        _finish(account, result)
        return result
    try:
        for folder in account.folders or ["INBOX"]:
            folder_result = FolderResult(folder=folder)
            result.folders.append(folder_result)
            try:
                _sync_folder(conn, account, folder_result, progress, limit)
            except ImapProblem as problem:
                folder_result.error = str(problem)
            except (imaplib.IMAP4.error, OSError) as exc:
                folder_result.error = explain(exc, account.host, account.port)
    finally:
        sign_out(conn)
    _finish(account, result)
    return result


def _finish(account: MailAccount, result: SyncResult) -> None:
    account.last_error = "; ".join(result.problems)[:500]
    if not result.error:
        account.last_synced_at = timezone.now()
    account.save(update_fields=["last_error", "last_synced_at"])


def _sync_folder(
    conn: imaplib.IMAP4,
    account: MailAccount,
    out: FolderResult,
    progress: Progress | None,
    limit: int | None,
) -> None:
    from nextyes.inbox.services import import_messages

    typ, data = conn.select(encode_folder(out.folder), readonly=True)
    if typ != "OK":
        raise ImapProblem(
            _("The folder “%(folder)s” was not found on the server (%(reply)s).")
            % {
                "folder": out.folder,
                "reply": server_words(imaplib.IMAP4.error(data[0] if data else "")),
            }
        )
    validity = _uidvalidity(conn, out.folder)
    state = owned(FolderState, account.owner).filter(account=account, folder=out.folder).first()
    last_uid = 0
    if state is not None and state.uidvalidity == validity:
        last_uid = state.last_uid
    elif state is not None:
        out.restarted = True
    uids = _new_uids(conn, last_uid, account.since)
    if limit is not None and len(uids) > limit:
        out.waiting, uids = len(uids) - limit, uids[:limit]
    if uids:
        report = None
        if progress is not None:
            report = _folder_progress(progress, out.folder)
        imported = import_messages(
            account.owner,
            _fetch(conn, uids, out.folder),
            total=len(uids),
            source_name=f"{account.name}/{out.folder}",
            kind=ImportKind.IMAP,
            keep_other=account.keep_other,
            progress=report,
            sent=is_sent_folder(out.folder),  # the person's own mail, whatever its From says
        )
        out.new, out.kept, out.not_kept = imported.read, imported.kept, imported.not_kept
        out.duplicates, out.skipped = imported.duplicates, imported.skipped
        out.import_id = imported.import_id
    # Only now, with the messages saved, does the folder's position move on.
    FolderState.objects.update_or_create(
        owner=account.owner,
        account=account,
        folder=out.folder,
        defaults={"uidvalidity": validity, "last_uid": max([last_uid, *uids])},
    )


def _folder_progress(progress: Progress, folder: str) -> Callable[[int, int, int], None]:
    def report(_done: int, total: int, read: int) -> None:
        progress(folder, read, total)

    return report


def _uidvalidity(conn: imaplib.IMAP4, folder: str) -> int:
    _typ, data = conn.response("UIDVALIDITY")
    if not data or data[0] is None:
        _typ, data = conn.status(encode_folder(folder), "(UIDVALIDITY)")
        found = re.search(rb"UIDVALIDITY (\d+)", data[0] or b"") if data else None
        if not found:
            raise ImapProblem(_("The server gave no UIDVALIDITY for “%(f)s”.") % {"f": folder})
        return int(found.group(1))
    return int(data[0])


def _new_uids(conn: imaplib.IMAP4, last_uid: int, since: dt.date | None) -> list[int]:
    criteria = ["UID", f"{last_uid + 1}:*"]
    if since is not None:
        criteria += ["SINCE", f"{since.day:02d}-{_MONTHS[since.month - 1]}-{since.year}"]
    typ, data = conn.uid("SEARCH", *criteria)
    if typ != "OK":
        raise ImapProblem(_("The server refused to search the folder (%(r)s).") % {"r": data})
    found = {int(n) for n in (data[0] or b"").split() if n.isdigit()}
    # "n:*" always includes the newest message, even when its UID is below n.
    return sorted(uid for uid in found if uid > last_uid)


def _fetch(conn: imaplib.IMAP4, uids: list[int], folder: str) -> Iterator[RawMail]:
    """The messages' bytes, a chunk of UIDs per FETCH; at most the import's size limit each."""
    done = 0
    for start in range(0, len(uids), FETCH_CHUNK):
        chunk = uids[start : start + FETCH_CHUNK]
        typ, data = conn.uid(
            "FETCH",
            ",".join(map(str, chunk)),
            f"(UID RFC822.SIZE BODY.PEEK[]<0.{MAX_MESSAGE_BYTES}>)",
        )
        if typ != "OK":
            raise ImapProblem(_("The server refused to send messages (%(r)s).") % {"r": data})
        for uid, body, size in sorted(_fetched(data)):
            done += 1
            yield RawMail(
                data=body,
                where=f"{folder}, UID {uid}",
                done=done,
                cut=size is not None and size > len(body),
            )


def _fetched(data: list[object]) -> Iterator[tuple[int, bytes, int | None]]:
    """(uid, bytes, full size) from a FETCH answer; UID may come before or after the literal."""
    for index, item in enumerate(data):
        if not isinstance(item, tuple) or len(item) < 2:
            continue
        after = data[index + 1] if index + 1 < len(data) else b""
        meta = item[0] + b" " + (after if isinstance(after, bytes) else b"")
        uid = _UID.search(meta)
        if uid is None:
            continue
        size = _SIZE.search(meta)
        yield int(uid.group(1)), item[1], int(size.group(1)) if size else None
