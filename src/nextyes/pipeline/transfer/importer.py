"""Plan an import (every row read, checked and matched, nothing written), then commit it atomically."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for
from nextyes.lib.ownership import owned
from nextyes.pipeline.choices import Channel, Stage
from nextyes.pipeline.models import Application, Company
from nextyes.pipeline.transfer import fit
from nextyes.pipeline.transfer import values as v
from nextyes.pipeline.transfer.columns import column_name, notes_for
from nextyes.pipeline.transfer.mapping import DATE_FIELDS, Mapping, mapping_problems
from nextyes.pipeline.transfer.reading import Row, Table

# How a field is named in "line 7, status: …" messages.
FIELD_NAMES: dict[str, Promise] = {
    "company": gettext_lazy("company"),
    "role": gettext_lazy("role"),
    "status": gettext_lazy("status"),
    "applied_on": gettext_lazy("date applied"),
    "stage_on": gettext_lazy("status date"),
    "link": gettext_lazy("link"),
    "channel": gettext_lazy("channel"),
    "location": gettext_lazy("location"),
    "work_mode": gettext_lazy("on-site / remote"),
    "salary": gettext_lazy("salary"),
    "fit": gettext_lazy("fit"),
    "resume_version": gettext_lazy("résumé version"),
    "notes": gettext_lazy("notes"),
    "job_description": gettext_lazy("job description"),
}
TEXT_FIELDS = ("location", "salary", "resume_version", "job_description")
COMPANY_MAX = Company._meta.get_field("name").max_length or 200


@dataclass
class ImportOptions:
    """Everything the person decided: column → field, their status words, the date order."""

    columns: Mapping
    status_map: dict[str, str] = field(default_factory=dict)  # status_key(word) → stage
    date_order: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "columns": {str(i): f for i, f in self.columns.items()},
            "status_map": dict(self.status_map),
            "date_order": self.date_order,
        }

    # Any: options stored as JSON on an import run
    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ImportOptions:
        columns = {int(i): str(f) for i, f in (data.get("columns") or {}).items()}
        status_map = {
            str(k): str(s) for k, s in (data.get("status_map") or {}).items() if s in Stage.values
        }
        order = data.get("date_order")
        return cls(columns, status_map, order if order in v.DATE_ORDERS else None)

    def add_status(self, word: str, stage: str) -> None:
        self.status_map[v.status_key(word)] = stage


@dataclass(frozen=True)
class RowError:
    line: int
    field: str
    message: str
    status_word: str = ""  # an unknown status word, so the CLI can suggest --status-map

    def __str__(self) -> str:
        name = FIELD_NAMES.get(self.field, self.field)
        return _("line %(line)d, %(field)s: %(message)s") % {
            "line": self.line,
            "field": name,
            "message": self.message,
        }


@dataclass
class PlannedRow:
    line: int
    company: str
    role: str
    stage: str | None
    applied_on: dt.date | None
    stage_on: dt.date | None
    fields: dict[str, Any]
    already: str = ""  # "", or "existing" (in NextYes already) or "repeat" (earlier in the file)

    @property
    def shown_stage(self) -> str:
        """The status the application will have, for the preview."""
        if self.stage and self.stage not in {Stage.SAVED, Stage.APPLIED}:
            return self.stage
        return Stage.APPLIED if self.applied_on else Stage.SAVED

    @property
    def shown_stage_label(self) -> str:
        return str(Stage(self.shown_stage).label)

    @property
    def shown_channel_label(self) -> str:
        return str(Channel(self.fields["channel"]).label)


SAMPLE_ROWS = 20  # new rows the preview shows
KEPT_ERRORS = 1_000  # row errors kept to show; past that only counted


@dataclass
class ImportPlan:
    """What an import would do, counted in one pass over the file: no row is kept but a sample."""

    first_rows: list[PlannedRow] = field(default_factory=list)  # the first new rows
    new_count: int = 0
    already_there: int = 0
    errors: list[RowError] = field(default_factory=list)  # the first KEPT_ERRORS
    error_count: int = 0
    bad_lines: int = 0
    problems: list[str] = field(default_factory=list)  # about the file or the mapping
    date_question: str | None = None  # an ambiguous date to ask day/month order about
    unknown_statuses: list[str] = field(default_factory=list)
    fit_note: str | None = None  # how a fit column on another scale was turned into 1–5

    @property
    def more_errors(self) -> int:
        return self.error_count - len(self.errors)

    @property
    def ok(self) -> bool:
        return not (self.error_count or self.problems or self.date_question)

    def count(self, planned: PlannedRow | None, errors: list[RowError]) -> None:
        if errors:
            self.bad_lines += 1
            self.error_count += len(errors)
            self.errors.extend(errors[: max(0, KEPT_ERRORS - len(self.errors))])
        if planned is None:
            return
        if planned.already:
            self.already_there += 1
            return
        self.new_count += 1
        if len(self.first_rows) < SAMPLE_ROWS:
            self.first_rows.append(planned)


@dataclass(frozen=True)
class ImportResult:
    created: int
    already_there: int
    fit_note: str | None = None


class ImportBlocked(Exception):
    """Some rows (or the mapping) are not right: nothing was written. `plan` says what."""

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(f"{len(plan.errors)} errors, {len(plan.problems)} problems")
        self.plan = plan


def _clean(value: str) -> str:
    return " ".join(value.split())


def _match_key(company: str, role: str) -> tuple[str, str]:
    return (_clean(company).casefold(), _clean(role).casefold())


def _link_key(link: str) -> str:
    return link.strip().rstrip("/").casefold()


@dataclass
class _Known:
    """Applications to match against: company + role → applied dates, and links."""

    dates: dict[tuple[str, str], set[dt.date | None]] = field(default_factory=dict)
    links: set[str] = field(default_factory=set)

    def add(self, company: str, role: str, applied_on: dt.date | None, link: str) -> None:
        self.dates.setdefault(_match_key(company, role), set()).add(applied_on)
        if link:
            self.links.add(_link_key(link))

    def has(self, company: str, role: str, applied_on: dt.date | None, link: str) -> bool:
        # A row without a date matches any application of that company and role: otherwise
        # re-importing it would add it again next to the one dated by the first import.
        if link and _link_key(link) in self.links:
            return True
        dates = self.dates.get(_match_key(company, role))
        return dates is not None and (applied_on is None or applied_on in dates)


def _existing(user: User) -> _Known:
    known = _Known()
    rows = owned(Application, user).values_list("company__name", "role", "applied_on", "link")
    for company, role, applied_on, link in rows:
        known.add(company, role, applied_on, link)
    return known


def date_values(table: Table, options: ImportOptions) -> list[str]:
    return [
        value
        for index, name in options.columns.items()
        if name in DATE_FIELDS
        for value in table.column(index)
    ]


def unknown_status_words(table: Table, options: ImportOptions) -> list[str]:
    """The status words in the file that NextYes cannot read by itself, each once."""
    words: dict[str, str] = {}
    for index, name in options.columns.items():
        if name == "status":
            for value in table.column(index):
                if value and v.status_for(value) is None:
                    words.setdefault(v.status_key(value), value)
    return list(words.values())


def ambiguous_date_example(table: Table, options: ImportOptions) -> str | None:
    """A date to ask about when the file's dates could be day- or month-first."""
    verdict = v.decide_date_order(date_values(table, options))
    return verdict.example if verdict.needs_answer else None


@dataclass
class _Pass:
    """What every pass over the file shares: the date order, the fit scale, what is there."""

    order: str | None
    scale: fit.FitScale
    today: dt.date
    existing: _Known
    seen: _Known = field(default_factory=_Known)


def _prepare(
    user: User, table: Table, options: ImportOptions, plan: ImportPlan, today: dt.date | None
) -> _Pass | None:
    """Fill the plan's file-wide answers; None when the mapping itself is not usable."""
    plan.problems = mapping_problems(options.columns)
    verdict = v.decide_date_order(date_values(table, options))
    if verdict.needs_answer and not options.date_order:
        plan.date_question = verdict.example
    if plan.problems:
        return None
    scale = fit.FIVE
    for index, name in options.columns.items():
        if name == "fit":
            scale = fit.decide_scale(table.column(index))
            plan.fit_note = fit.rescale_note(column_name(table, index), table.column(index), scale)
    order = options.date_order or verdict.order
    return _Pass(order, scale, today or today_for(user), _existing(user))


def walk_rows(
    user: User, table: Table, options: ImportOptions, plan: ImportPlan, today: dt.date | None = None
) -> Iterator[tuple[PlannedRow | None, list[RowError]]]:
    """Read, check and match the rows one at a time, in file order; write nothing.

    Each row comes with its errors; a row already in NextYes (or earlier in the file) has
    `already` set. The plan gets the file-wide answers first: with mapping problems, no rows.
    """
    state = _prepare(user, table, options, plan, today)
    if state is None:
        return
    for row in table.rows:
        scales = (state.order, state.scale)
        planned, errors = _read_row(user, table, row, options, scales, state.today)
        if planned is not None:
            file_date = planned.fields.pop("_file_applied_on")
            link = planned.fields.get("link", "")
            if state.existing.has(planned.company, planned.role, file_date, link):
                planned.already = "existing"
            elif state.seen.has(planned.company, planned.role, file_date, link):
                planned.already = "repeat"
            state.seen.add(planned.company, planned.role, file_date, link)
        yield planned, errors


def plan_import(
    user: User, table: Table, options: ImportOptions, *, today: dt.date | None = None
) -> ImportPlan:
    """Read and check every row, match it against what is there; write nothing."""
    plan = ImportPlan()
    unknown: dict[str, str] = {}
    for planned, errors in walk_rows(user, table, options, plan, today):
        for error in errors:
            if error.status_word:
                unknown.setdefault(v.status_key(error.status_word), error.status_word)
        plan.count(planned, errors)
    plan.unknown_statuses = list(unknown.values())
    return plan


def _cell(row: Row, options: ImportOptions, name: str) -> str:
    for index, chosen in options.columns.items():
        if chosen == name:
            return row.get(index)
    return ""


def _read_row(
    user: User,
    table: Table,
    row: Row,
    options: ImportOptions,
    scales: tuple[str | None, fit.FitScale],  # the file's day/month order and fit scale
    today: dt.date,
) -> tuple[PlannedRow | None, list[RowError]]:
    errors: list[RowError] = []
    order, scale = scales

    def fail(name: str, message: str, status_word: str = "") -> None:
        errors.append(RowError(row.line, name, message, status_word))

    company = _clean(_cell(row, options, "company"))
    role = _clean(_cell(row, options, "role"))
    if not company:
        fail("company", _("the company is missing"))
    elif len(company) > COMPANY_MAX:
        fail("company", _("the name is longer than %(max)d characters") % {"max": COMPANY_MAX})
    if not role:
        fail("role", _("the role is missing"))

    word = _cell(row, options, "status")
    stage = v.status_for(word, options.status_map) if word else None
    if word and stage is None:
        fail("status", _("“%(word)s” is not a stage I know") % {"word": word}, status_word=word)

    dates: dict[str, dt.date | None] = {}
    for name in DATE_FIELDS:
        raw = _cell(row, options, name)
        try:
            dates[name] = v.parse_date(raw, order)
        except v.ValueProblem as problem:
            dates[name] = None
            if order is not None or not v.is_ambiguous(raw):  # else the file-wide question
                fail(name, str(problem))

    fields: dict[str, Any] = {name: _cell(row, options, name) for name in TEXT_FIELDS}
    fields["notes"] = notes_for(table, row, options.columns)
    fields["channel"] = v.channel_or_other(_cell(row, options, "channel"))
    fields["work_mode"] = v.work_mode_for(_cell(row, options, "work_mode")) or ""
    link = _cell(row, options, "link")
    fields["link"] = f"https://{link}" if link.lower().startswith("www.") else link
    try:
        fields["fit"] = fit.parse_fit(_cell(row, options, "fit"), scale)
    except v.ValueProblem as problem:
        fail("fit", str(problem))
        fields["fit"] = None

    applied_on, stage_on = dates["applied_on"], dates["stage_on"]
    if stage == Stage.SAVED:
        applied_on = None  # a "Draft" or "Wishlist" row's date is not the day it was sent
    file_applied_on = applied_on
    if applied_on is None and stage and stage != Stage.SAVED:
        # No date applied: the status date (or, for "applied", today) keeps the timeline sane.
        applied_on = stage_on or (today if stage == Stage.APPLIED else None)
    if stage_on and applied_on and stage_on < applied_on:
        stage_on = applied_on
    fields["applied_on"] = applied_on

    # The model's own rules (lengths, URL, fit range), the same ones create_application applies.
    candidate = Application(owner=user, role=role, **fields)
    try:
        candidate.full_clean(exclude=["company", "owner"] + ([] if role else ["role"]))
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            if name not in {e.field for e in errors}:
                fail(name, " ".join(messages))
    if errors:
        return None, errors
    del fields["applied_on"]
    fields["_file_applied_on"] = file_applied_on
    return PlannedRow(row.line, company, role, stage, applied_on, stage_on, fields), []
