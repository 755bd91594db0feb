"""One email's bytes → what a person would read in it (`ParsedMail`), or why not (`Unreadable`).

`parse_message` never raises. The structure is read with the `compat32` policy, which accepts
anything and is ten times faster than `policy.default` on a whole message. Headers go through the
standard library's quick helpers first (`decode_header`, `parseaddr`, `parsedate_to_datetime`),
which read well-formed mail, and fall back to `policy.default`'s stricter header classes for an
encoded word or an address list the quick ones cannot read (half the parse time otherwise went to
those classes). Unknown or missing charsets are guessed with charset-normalizer; HTML-only bodies
become text; attachments are counted and dropped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import policy, utils
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser

from nextyes.inbox.charsets import decode_text
from nextyes.inbox.htmltext import html_to_text
from nextyes.inbox.invites import Invite, read_invite

MAX_TEXT_CHARS = 100_000  # kept per message; a newsletter's tail is not worth the space
MAX_DEPTH = 40  # multipart nesting we follow (real mail nests 3–5 deep)
MAX_KEY_CHARS = 250  # longer Message-IDs are stored as a hash

_HEADERS_OF_MAIL = ("from", "subject", "date", "message-id", "to", "received", "mime-version")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_SPACES = re.compile(r"[ \t]+\n")
_BLANKS = re.compile(r"\n{3,}")
_FOLD = re.compile(r"\r?\n[ \t]+")
_BOUNDARY_LINE = re.compile(r"^--([^\s\"]{1,70})\s*$", re.MULTILINE)
_ANGLE_ID = re.compile(r"<([^<>\s]+)>")
_PARSER = BytesParser(policy=policy.compat32)
CALENDAR_TYPES = ("text/calendar", "application/ics")


@dataclass(frozen=True)
class ParsedMail:
    """What could be read of one message. `key` is what deduplicates it."""

    key: str
    message_id: str
    content_hash: str
    sender_name: str
    sender_address: str
    subject: str
    sent_at: dt.datetime | None
    text: str
    # What could not be read, in plain words ("1 attachment left out", "no date").
    notes: tuple[str, ...] = field(default=())
    # From an attached calendar invitation (.ics): when it starts, and where.
    invite: Invite | None = None

    @property
    def sender(self) -> str:
        """'Name <address>', as the classifier reads it."""
        if self.sender_name and self.sender_address:
            return f"{self.sender_name} <{self.sender_address}>"
        return self.sender_name or self.sender_address


@dataclass(frozen=True)
class Unreadable:
    """Why a message was skipped, for the import report."""

    reason: str


def parse_message(raw: bytes, *, cut: bool = False) -> ParsedMail | Unreadable:
    """Read one message. `cut` says the reader dropped its end (too big): keep what is there."""
    if not raw.strip():
        return Unreadable("empty message")
    try:
        return _parse(raw, cut)
    except Exception as exc:  # one bad message must never stop an import
        return Unreadable(f"could not be read ({type(exc).__name__})")


def _parse(raw: bytes, cut: bool) -> ParsedMail | Unreadable:
    # Some tools save a message after a byte-order mark or blank lines: the headers still count.
    raw = raw.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n")
    msg = _PARSER.parsebytes(raw)
    headers = _first_headers(msg)
    if not any(name in headers for name in _HEADERS_OF_MAIL):
        return Unreadable("no email headers: this does not look like an email")
    notes: list[str] = ["the message was too big: only its beginning was read"] if cut else []

    subject = _clean(_unstructured("subject", headers.get("subject", "")), 500)
    sender_name, sender_address = _sender(headers.get("from", ""))
    sent_at = _date(headers.get("date", ""))
    if sent_at is None:
        notes.append("no date could be read")
    text, body_notes = _body_text(msg)
    if not text and _lost_parts(msg):
        text, body_notes = _recovered_text(raw, msg)
    notes.extend(body_notes)
    if not (subject or text or sender_address or sender_name):
        return Unreadable("nothing readable in it (no sender, subject or text)")

    message_id = _message_id(headers.get("message-id", ""))
    content_hash = _content_hash(sender_address, subject, headers.get("date", ""), text)
    if not message_id:
        key = f"hash:{content_hash}"
    elif len(message_id) > MAX_KEY_CHARS:
        key = "hash:" + hashlib.sha256(message_id.encode("utf-8", "replace")).hexdigest()
    else:
        key = message_id
    return ParsedMail(
        key=key,
        message_id=message_id,
        content_hash=content_hash,
        sender_name=_clean(sender_name, 200),
        sender_address=_clean(sender_address, 254),
        subject=subject,
        sent_at=sent_at,
        text=text,
        notes=tuple(notes),
        invite=_invite(msg),
    )


# ── Headers ──


def _first_headers(msg: Message) -> dict[str, str]:
    """The first value of each header, raw (8-bit bytes kept as surrogates), unfolded."""
    found: dict[str, str] = {}
    for name, value in msg.raw_items():
        key = name.strip().lower()
        if key not in found and isinstance(value, str):
            found[key] = _FOLD.sub(" ", value).strip()
    return found


def _unescape_8bit(value: str) -> str:
    """Raw 8-bit header bytes (against the standard, yet common): UTF-8, else Windows-1252."""
    try:
        data = value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return value
    if data.isascii():
        return value
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _unstructured(name: str, raw: str) -> str:
    """A text header with its encoded words (=?utf-8?q?…?=) decoded."""
    value = _unescape_8bit(raw)
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except Exception:
        pass
    try:  # a broken encoded word: the modern parser keeps what it can of it
        return str(policy.default.header_factory(name, value))
    except Exception:
        return value


def _sender(raw: str) -> tuple[str, str]:
    value = _unescape_8bit(raw)
    if not value:
        return "", ""
    name, address = utils.parseaddr(value)
    if "@" in address and not any(c.isspace() for c in address):
        return (_unstructured("from", name) if "=?" in name else name), address
    try:  # the strict parser, for what the lenient one could not split
        addresses = policy.default.header_factory("from", value).addresses
        if addresses:
            first = addresses[0]
            return str(first.display_name or ""), str(first.addr_spec or "").strip("<>")
    except Exception:
        pass
    return (name or value), address


def _date(raw: str) -> dt.datetime | None:
    if not raw:
        return None
    try:
        when = utils.parsedate_to_datetime(_unescape_8bit(raw))
    except Exception:
        return None
    if when is None or not 1970 <= when.year <= 2200:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    try:
        return when.astimezone(dt.UTC)
    except (OverflowError, ValueError):
        return None


def _message_id(raw: str) -> str:
    value = _unescape_8bit(raw).strip()
    found = _ANGLE_ID.search(value)
    if found:
        value = found.group(1)
    value = _CONTROL.sub("", _scrub(value)).strip().strip("<>")
    # An id with spaces in it is not an id: better a content hash than a false duplicate.
    return "" if not value or any(c.isspace() for c in value) else value


def _content_hash(sender: str, subject: str, date: str, text: str) -> str:
    normal_text = " ".join(text.split())
    parts = (sender.lower(), subject.strip(), date.strip(), normal_text)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()


def _clean(value: str, limit: int) -> str:
    """One line, no control characters (PostgreSQL refuses NUL), at most `limit` characters."""
    value = _CONTROL.sub("", _scrub(value)).replace("\r", " ").replace("\n", " ").strip()
    return value[:limit]


def _scrub(value: str) -> str:
    """No lone surrogates (undecodable bytes kept by the parser): a database cannot store them."""
    if value.isascii():
        return value
    return value.encode("utf-8", "replace").decode("utf-8")


# ── Body ──


def _parts(msg: Message) -> Iterator[tuple[Message, bool]]:
    """Leaf parts with whether each is an attachment, without recursion (nesting can be deep)."""
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        if _is_attachment(part):
            yield part, True
            continue
        if part.is_multipart():  # checked without decoding: a broken charset cannot trip it
            if depth < MAX_DEPTH:
                children = [(p, depth + 1) for p in part.get_payload() if isinstance(p, Message)]
                stack.extend(reversed(children))
            continue
        yield part, False


def _is_attachment(part: Message) -> bool:
    disposition_raw = str(part.get("content-disposition", ""))
    disposition = disposition_raw.split(";")[0].strip().lower()
    if disposition == "attachment":
        return True
    if part.is_multipart():  # multipart/*, or a forwarded message shown inline
        return False
    if part.get_content_type() not in ("text/plain", "text/html"):
        return True
    # A named text part is a file (résumé.txt), unless it is explicitly shown inline.
    raw_type = str(part.get("content-type", ""))
    if "name" not in raw_type.lower() and "name" not in disposition_raw.lower():
        return False  # the common case, without parsing the parameters
    try:
        named = bool(part.get_filename() or part.get_param("name"))
    except Exception:
        named = False
    return named and disposition != "inline"


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:
        return None


def _body_text(msg: Message) -> tuple[str, list[str]]:
    plain: list[str] = []
    html: list[str] = []
    attachments = 0
    notes: list[str] = []
    for part, attached in _parts(msg):
        if attached:
            if part.get_content_maintype() != "multipart":
                attachments += 1
            continue
        try:
            data = part.get_payload(decode=True)
        except Exception:  # one unreadable part: the others may still hold the text
            notes.append("a part could not be decoded")
            continue
        if not isinstance(data, bytes) or not data.strip():
            continue
        text, note = decode_text(data, _charset(part))
        if note and note not in notes:
            notes.append(note)
        (html if part.get_content_type() == "text/html" else plain).append(text)
    if plain:
        body = "\n\n".join(plain)
    elif html:
        body = "\n\n".join(html_to_text(h) for h in html)
        notes.append("HTML only: turned into plain text")
    else:
        body = ""
    if attachments:
        notes.append(f"{attachments} attachment{'s' if attachments > 1 else ''} left out")
    body = _tidy(body)
    if len(body) > MAX_TEXT_CHARS:
        body = body[:MAX_TEXT_CHARS]
        notes.append("long text shortened")
    return body, notes


def _invite(msg: Message) -> Invite | None:
    """The first calendar invitation among the parts, attached or inline."""
    for part, _attached in _parts(msg):
        kind = part.get_content_type()
        try:
            if kind not in CALENDAR_TYPES and not (
                kind == "application/octet-stream"
                and (part.get_filename() or "").lower().endswith(".ics")
            ):
                continue
            data = part.get_payload(decode=True)
        except Exception:  # a broken part: the message itself is still read
            continue
        invite = read_invite(data) if isinstance(data, bytes) else None
        if invite is not None:
            return invite
    return None


def _lost_parts(msg: Message) -> bool:
    """A multipart message in which the parser found no part at all."""
    if msg.get_content_maintype() != "multipart":
        return False
    return not msg.is_multipart() or not msg.get_payload()


def _recovered_text(raw: bytes, msg: Message) -> tuple[str, list[str]]:
    """A multipart whose boundary never appears: find the one its parts really use."""
    payload = msg.get_payload()
    preamble = payload if isinstance(payload, str) else msg.preamble or ""
    found = _BOUNDARY_LINE.search(preamble)
    if not found:
        return _tidy(preamble)[:MAX_TEXT_CHARS], ["its parts could not be told apart"]
    head_end = raw.find(b"\n\n")
    if raw.find(b"\r\n\r\n") != -1 and (head_end == -1 or raw.find(b"\r\n\r\n") < head_end):
        head_end = raw.find(b"\r\n\r\n")
    body = raw[head_end:].lstrip(b"\r\n") if head_end != -1 else b""
    boundary = found.group(1).encode("ascii", "replace")
    fixed = b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\n\n' + body
    text, notes = _body_text(_PARSER.parsebytes(fixed))
    return text, [*notes, "its MIME boundary was wrong: parts found by their real one"]


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", _scrub(text))
    text = _LINE_SPACES.sub("\n", text)
    return _BLANKS.sub("\n\n", text).strip()
