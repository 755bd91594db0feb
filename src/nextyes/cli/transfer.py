"""`nextyes import csv|json` and `nextyes export json|csv`: moving data in and out."""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import typer

from nextyes.cli import messages
from nextyes.cli.base import USER_OPTION_HELP, CLIError, app, resolve_user
from nextyes.cli.progress import terminal_bar

if TYPE_CHECKING:
    from rich.progress import ProgressColumn

    from nextyes.pipeline.transfer.importer import ImportOptions, ImportPlan
    from nextyes.pipeline.transfer.reading import Table

import_app = typer.Typer(help="Bring applications in from other tools.", no_args_is_help=True)
app.add_typer(import_app, name="import")


class DateOrder(enum.StrEnum):
    DMY = "dmy"
    MDY = "mdy"


class ExportFormat(enum.StrEnum):
    JSON = "json"
    CSV = "csv"


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _pairs(values: list[str], bad: Callable[[str], CLIError]) -> list[tuple[str, str]]:
    """'Left=right' options as pairs, split at the last '=' (a status word may hold one)."""
    pairs = []
    for value in values:
        left, sep, right = value.rpartition("=")
        if not sep or not left.strip() or not right.strip():
            raise bad(value)
        pairs.append((left.strip(), right.strip()))
    return pairs


def _options(
    table: Table, status_map: list[str], columns: list[str], date_order: str | None
) -> ImportOptions:
    from nextyes.pipeline.choices import Stage
    from nextyes.pipeline.transfer import values
    from nextyes.pipeline.transfer.importer import ImportOptions
    from nextyes.pipeline.transfer.mapping import FIELDS, IGNORE, MULTI, guess_mapping, norm_header

    options = ImportOptions(columns=guess_mapping(table), date_order=date_order)

    def bad_status(value: str) -> CLIError:
        stages = ", ".join(Stage.values)
        return CLIError(messages.IMPORT_BAD_STATUS_MAP.format(value=value, stages=stages))

    for word, stage in _pairs(status_map, bad_status):
        # "Maybe=saved", or a word NextYes already reads: "Maybe=Wishlist".
        known = stage.lower() if stage.lower() in Stage.values else values.status_for(stage)
        if known is None:
            raise bad_status(f"{word}={stage}")
        options.add_status(word, known)

    field_names = [f for f in FIELDS if f] + ["skip"]

    def bad_column(value: str) -> CLIError:
        fields = ", ".join(field_names)
        return CLIError(messages.IMPORT_BAD_COLUMN.format(value=value, fields=fields))

    headers = {norm_header(h): i for i, h in enumerate(table.header)}
    for header, name in _pairs(columns, bad_column):
        if name not in field_names:
            raise bad_column(f"{header}={name}")
        index = headers.get(norm_header(header))
        if index is None:
            raise CLIError(
                messages.IMPORT_NO_SUCH_COLUMN.format(
                    value=f"{header}={name}", header=header, headers=", ".join(table.header)
                )
            )
        if name not in MULTI:
            # The field moves here from whichever column the guess gave it to.
            for other, chosen in options.columns.items():
                if chosen == name:
                    options.columns[other] = IGNORE
        options.columns[index] = IGNORE if name == "skip" else name
    return options


@import_app.command("csv")
def import_csv(
    file: Path = typer.Argument(..., help="The CSV file (comma, semicolon or tab separated)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Check and count, write nothing."),
    status_map: list[str] = typer.Option(
        [], "--status-map", help="Read a status word as a stage, e.g. 'Maybe=saved'. Repeatable."
    ),
    date_order: DateOrder | None = typer.Option(
        None, "--date-order", help="For dates like 03/04/2026: dmy (day first) or mdy."
    ),
    column: list[str] = typer.Option(
        [],
        "--column",
        help="Say what a column holds, e.g. 'Employer=company', 'Sector=keep' (a line in the "
        "notes, the default for columns with no field) or 'Id=skip'. Repeatable.",
    ),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Import applications from a CSV file: every row or none, and never the same one twice."""
    person = resolve_user(user)
    from nextyes.pipeline.transfer.importer import ImportBlocked, plan_import
    from nextyes.pipeline.transfer.reading import FileProblem, max_bytes, read_bytes
    from nextyes.pipeline.transfer.runs import ImportBusy, commit_import
    from nextyes.pipeline.transfer.staging import ImportStopped

    try:
        if file.stat().st_size > max_bytes():
            size = f"{file.stat().st_size / 1024 / 1024:.1f}"
            limit = max_bytes() // 1024 // 1024
            raise CLIError(messages.IMPORT_TOO_BIG.format(path=file, size=size, limit=limit))
        data = file.read_bytes()
    except OSError as exc:
        raise CLIError(messages.IMPORT_UNREADABLE.format(path=file, reason=exc.strerror)) from exc
    try:
        table = read_bytes(data)
    except FileProblem as problem:
        raise CLIError(messages.IMPORT_FILE_PROBLEM.format(path=file, problem=problem)) from None
    del data  # the table keeps its own text: no need for two copies of a big file
    options = _options(table, status_map, column, date_order.value if date_order else None)
    try:
        if dry_run:
            plan = plan_import(person, table, options)
            if not plan.ok:
                raise ImportBlocked(plan)
            created, already, note = plan.new_count, plan.already_there, plan.fit_note
        else:
            with terminal_bar(_import_columns) as bar:
                shown = (lambda run: bar(completed=run.percent, total=100)) if bar else None
                result = commit_import(person, table, options, shown)
            created, already, note = result.created, result.already_there, result.fit_note
    except ImportBlocked as blocked:
        _report(blocked.plan, file, table)
    except ImportBusy as busy:
        name = busy.run.filename or "a file"
        raise CLIError(messages.IMPORT_BUSY.format(name=name, percent=busy.run.percent)) from None
    except (ImportStopped, KeyboardInterrupt):
        raise CLIError(messages.IMPORT_STOPPED) from None
    counts = {
        "applications": _count(created, "application", "applications"),
        "already": _count(already, "was", "were"),
    }
    typer.echo((messages.IMPORT_DRY_RUN if dry_run else messages.IMPORTED).format(**counts))
    if note:
        typer.echo(note)


@import_app.command("json")
def import_json(
    file: Path = typer.Argument(..., help="A NextYes export (from `nextyes export json`)."),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Restore a whole NextYes export into an empty account: everything or nothing, new ids."""
    person = resolve_user(user)
    from nextyes.pipeline.transfer.restore import RestoreProblem, restore

    try:
        data = json.loads(file.read_bytes())
    except OSError as exc:
        raise CLIError(messages.IMPORT_UNREADABLE.format(path=file, reason=exc.strerror)) from exc
    except ValueError:  # not JSON, or not UTF-8
        raise CLIError(messages.IMPORT_JSON_NOT_EXPORT.format(path=file)) from None
    try:
        done = restore(person, data)
    except RestoreProblem as problem:
        raise CLIError(str(problem)) from None
    typer.echo(messages.IMPORTED_EXPORT.format(rows=_count(done.total, "row", "rows"), name=person))
    # In the export's own words and order: "  events: 209", "  checkins: 79".
    names = {**TRACKER_PARTS, **{model: key for key, model in data.get("sections", {}).items()}}
    for label, key in names.items():
        if done.rows.get(label):
            typer.echo(f"  {key.replace('_', ' ')}: {done.rows[label]}")
    if done.rows.get("inbox.MailAccount"):
        typer.echo(messages.IMPORTED_EXPORT_MAIL)


def _import_columns(progress: ModuleType) -> tuple[ProgressColumn, ...]:
    return (
        progress.TextColumn("Importing"),
        progress.BarColumn(),
        progress.TextColumn("{task.percentage:>3.0f}%"),
        progress.TimeRemainingColumn(),
    )


TRACKER_PARTS = {
    "pipeline.Company": "companies",
    "pipeline.Application": "applications",
    "pipeline.StageEvent": "events",
    "pipeline.Interview": "interviews",
    "pipeline.Contact": "contacts",
    "pipeline.Touchpoint": "touchpoints",
}


def _report(plan: ImportPlan, file: Path, table: Table) -> None:
    """Say everything that is wrong, one line each, then stop with exit code 1."""
    if plan.problems:
        headers = ", ".join(h or "(no name)" for h in table.header)
        problems = " ".join(plan.problems)
        raise CLIError(messages.IMPORT_MAPPING.format(problems=problems, headers=headers))
    if plan.date_question:
        raise CLIError(messages.IMPORT_DATE_ORDER.format(path=file, example=plan.date_question))
    for error in plan.errors:
        hint = (
            messages.IMPORT_STATUS_HINT.format(word=error.status_word) if error.status_word else ""
        )
        print(f"{error}{hint}", file=sys.stderr)
    if plan.more_errors:
        print(f"…and {plan.more_errors} more.", file=sys.stderr)
    raise CLIError(messages.IMPORT_BLOCKED.format(rows=_count(plan.bad_lines, "row", "rows")))


@app.command("export")
def export(
    format: ExportFormat = typer.Argument(..., help="json (one document) or csv (a zip of files)."),
    output: Path | None = typer.Option(
        None, "-o", "--output", help="Where to write (json: stdout when left out)."
    ),
    user: str | None = typer.Option(None, "--user", help=USER_OPTION_HELP),
) -> None:
    """Export everything you own: the tracker, journal, rituals, goals, inbox and profile."""
    person = resolve_user(user)
    from nextyes.pipeline.transfer import exporter

    if format == ExportFormat.JSON:
        data = exporter.export_data(person)
        content = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        if output is None:
            sys.stdout.write(content.decode("utf-8"))
            return
        applications, contacts = len(data["applications"]), len(data["contacts"])
    else:
        content = exporter.export_zip(person)
        output = output or Path.cwd() / exporter.export_filename(person, "zip")
        from nextyes.lib.ownership import owned
        from nextyes.pipeline.models import Application, Contact

        applications = owned(Application, person).count()
        contacts = owned(Contact, person).count()
    try:
        output.write_bytes(content)
    except OSError as exc:
        raise CLIError(messages.EXPORT_UNWRITABLE.format(path=output, reason=exc.strerror)) from exc
    typer.echo(
        messages.EXPORT_WRITTEN.format(
            applications=_count(applications, "application", "applications"),
            contacts=_count(contacts, "contact", "contacts"),
            path=output,
        )
    )
