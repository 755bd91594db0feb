"""`nextyes inbox …`: read job-search mail, classify it and propose updates (commands added per module)."""

from __future__ import annotations

import json
import sys

import typer

from nextyes.cli import messages
from nextyes.cli.base import CLIError, app

inbox_app = typer.Typer(
    help="Your job-search mail: import, sync, classify, review proposals.", no_args_is_help=True
)
app.add_typer(inbox_app, name="inbox")


# --- `nextyes inbox classify --jsonl` (the classifier's stable entry point) -------------------

_CLASSIFY_BATCH = 512


@inbox_app.command("classify")
def classify_command(
    jsonl: bool = typer.Option(
        False,
        "--jsonl",
        help='Read JSON lines {"subject", "body", "from"} on stdin; write {"label", "confidence"} per line.',
    ),
) -> None:
    """Say what each email means: rejection, interview, offer, received or other.

    One output line per input line, in order. A line that cannot be read gets
    {"error": ..., "line": N} (and a message on stderr); the command then exits 1.
    Needs no database.
    """
    if not jsonl:
        raise CLIError(messages.INBOX_CLASSIFY_NEEDS_JSONL)
    bad = total = 0
    batch: list[tuple[int, bytes]] = []
    for total, raw in enumerate(sys.stdin.buffer, start=1):
        batch.append((total, raw))
        if len(batch) == _CLASSIFY_BATCH:
            bad += _classify_batch(batch)
            batch = []
    if batch:
        bad += _classify_batch(batch)
    if bad:
        raise CLIError(messages.INBOX_CLASSIFY_BAD_LINES.format(count=bad, total=total))


def _read_email(raw: bytes) -> tuple[str, str, str] | str:
    """(subject, body, from) from one JSON line, or the reason it cannot be read."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return messages.INBOX_CLASSIFY_NOT_UTF8
    try:
        item = json.loads(text)
    except json.JSONDecodeError as error:
        return messages.INBOX_CLASSIFY_BAD_JSON.format(reason=error.msg)
    if not isinstance(item, dict):
        return messages.INBOX_CLASSIFY_NOT_OBJECT
    fields = []
    for name in ("subject", "body", "from"):
        value = item.get(name)
        if value is not None and not isinstance(value, str):
            return messages.INBOX_CLASSIFY_BAD_FIELD.format(field=name)
        fields.append(value or "")
    if not (fields[0].strip() or fields[1].strip()):
        return messages.INBOX_CLASSIFY_EMPTY
    return fields[0], fields[1], fields[2]


def _classify_batch(batch: list[tuple[int, bytes]]) -> int:
    """Classify the readable lines of one batch, write every line's answer; return the bad count."""
    from nextyes.inbox.classifier import classify_many

    read = [(number, _read_email(raw)) for number, raw in batch]
    emails = [email for _, email in read if isinstance(email, tuple)]
    verdicts = iter(classify_many(emails))
    out: list[str] = []
    bad = 0
    for number, email in read:
        if isinstance(email, tuple):
            verdict = next(verdicts)
            out.append(json.dumps({"label": verdict.label, "confidence": verdict.confidence}))
        else:
            bad += 1
            print(messages.INBOX_CLASSIFY_LINE.format(line=number, reason=email), file=sys.stderr)
            out.append(json.dumps({"error": email, "line": number}, ensure_ascii=False))
    sys.stdout.write("\n".join(out) + "\n")
    sys.stdout.flush()
    return bad
