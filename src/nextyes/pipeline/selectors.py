"""Read-only selectors for the tracker's pages: the board, the filtered list, an application's page,
the contacts with their dates.

Nothing here writes; every query starts from `owned()` so another person's rows never appear.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import (
    Case,
    Count,
    DateField,
    F,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.expressions import Expression, OrderBy, Window
from django.db.models.functions import Lower, RowNumber
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for
from nextyes.lib.ownership import owned
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application, Contact, Interview, StageEvent, Touchpoint

# A column shows its most recent cards; the rest are one link away in the filtered list.
BOARD_COLUMN_LIMIT = 20
PAGE_SIZE = 50
# Ended processes fold into one "Closed" drawer below the open columns (an accepted offer stays
# in view: it is the goal, not a closed door).
FOLDED_STAGES = (Stage.DECLINED, Stage.REJECTED, Stage.GHOSTED, Stage.WITHDRAWN)


@dataclass(frozen=True, slots=True)
class Card:
    """What a board card shows: plain values, no model instance (a board holds up to 240)."""

    id: int
    role: str
    company: str
    status: str
    # Days since it reached its stage (None when the date is unknown).
    days_in_stage: int | None = None
    # The next thing planned: ("interview", day) or ("follow-up", day), soonest first.
    next_kind: str = ""
    next_on: dt.date | None = None

    @property
    def pk(self) -> int:
        return self.id


@dataclass
class Column:
    """One board column: a stage, its most recently changed cards and how many it holds in all."""

    stage: str
    label: str
    cards: list[Card] = field(default_factory=list)
    total: int = 0

    @property
    def hidden(self) -> int:
        return self.total - len(self.cards)


@dataclass
class Board:
    """The open columns side by side, the closed ones folded, and the stage a phone opens on."""

    columns: list[Column]
    closed: list[Column]

    @property
    def closed_total(self) -> int:
        return sum(c.total for c in self.closed)

    @property
    def is_empty(self) -> bool:
        return not any(c.total for c in self.columns) and not self.closed_total

    @property
    def first_stage(self) -> str:
        """The first open stage with a card: what a phone shows before a tab is chosen."""
        return next((c.stage for c in self.columns if c.total), self.columns[0].stage)


def _next_dates(user: User) -> tuple[Subquery, Subquery]:
    now = timezone.now()
    today = today_for(user)
    interviews = (
        Interview.objects.filter(application=OuterRef("pk"), scheduled_at__gte=now)
        .order_by("scheduled_at")
        .values("scheduled_at")[:1]
    )
    follow_ups = (
        Touchpoint.objects.filter(application=OuterRef("pk"), follow_up_on__gte=today)
        .order_by("follow_up_on")
        .values("follow_up_on")[:1]
    )
    return Subquery(interviews), Subquery(follow_ups, output_field=DateField())


def _next(interview: dt.datetime | None, follow_up: dt.date | None) -> tuple[str, dt.date | None]:
    interview_on = timezone.localtime(interview).date() if interview else None
    if interview_on and (follow_up is None or interview_on <= follow_up):
        return "interview", interview_on
    return ("follow-up", follow_up) if follow_up else ("", None)


def board_columns(user: User, *, limit: int = BOARD_COLUMN_LIMIT) -> list[Column]:
    """Every stage in order, each with up to `limit` cards, most recently changed first.

    One query: a window numbers the cards within each status and counts the status's total, so
    a person with thousands of applications still gets a board in one round trip; two indexed
    subqueries (one lookup per row, on the application's foreign key) give the next dates.
    """
    recent_first = [
        F("status_on").desc(nulls_last=True),
        F("updated_at").desc(),
        F("id").desc(),
    ]
    ranked = owned(Application, user).annotate(
        position=Window(RowNumber(), partition_by=[F("status")], order_by=recent_first),
        column_total=Window(Count("id"), partition_by=[F("status")]),
    )
    interview, follow_up = _next_dates(user)
    rows = (
        ranked.filter(position__lte=limit)
        .annotate(next_interview=interview, next_follow_up=follow_up)
        .order_by("status", "position")
        .values_list(
            "id",
            "role",
            "company__name",
            "status",
            "status_on",
            "column_total",
            "next_interview",
            "next_follow_up",
        )
    )
    today = today_for(user)
    columns = {stage: Column(stage=stage, label=str(label)) for stage, label in Stage.choices}
    for pk, role, company, status, status_on, total, interview_at, follow_up_on in rows:
        column = columns.get(status)
        if column is None:  # a status outside today's vocabulary: nowhere to show it
            continue
        days = (today - status_on).days if status_on else None
        kind, on = _next(interview_at, follow_up_on)
        column.cards.append(Card(pk, role, company, status, days, kind, on))
        column.total = total
    return list(columns.values())


def board(user: User, *, limit: int = BOARD_COLUMN_LIMIT) -> Board:
    """The board page: `board_columns` with the ended processes folded away."""
    columns = board_columns(user, limit=limit)
    folded = {str(stage) for stage in FOLDED_STAGES}
    return Board(
        columns=[c for c in columns if c.stage not in folded],
        closed=[c for c in columns if c.stage in folded],
    )


# --- The list: search, filters, sorting.

SORT_KEYS = ("applied_on", "company", "role", "status", "fit")
DEFAULT_SORT = "-applied_on"


def _stage_rank() -> Case:
    """Stages in pipeline order, so sorting by status follows the board, not the alphabet."""
    return Case(
        *[When(status=stage, then=Value(rank)) for rank, stage in enumerate(Stage.values)],
        default=Value(len(Stage.values)),
        output_field=IntegerField(),
    )


def _sort_expression(key: str) -> Expression | F:
    if key == "company":
        return Lower("company__name")
    if key == "role":
        return Lower("role")
    if key == "status":
        return _stage_rank()
    return F(key)


def parse_sort(sort: str | None) -> tuple[str, bool]:
    """`-fit` → ("fit", True). Unknown keys fall back to the default order."""
    value = sort or DEFAULT_SORT
    descending = value.startswith("-")
    key = value.lstrip("-")
    if key not in SORT_KEYS:
        return parse_sort(DEFAULT_SORT)
    return key, descending


def normal_sort(sort: str | None) -> str:
    """The sort parameter as the list understands it (unknown values become the default)."""
    key, descending = parse_sort(sort)
    return f"-{key}" if descending else key


def _ordering(sort: str | None) -> list[OrderBy]:
    key, descending = parse_sort(sort)
    expression = _sort_expression(key)
    # Empty dates and fits go last either way: they are the least informative rows.
    primary = expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True)
    # A unique tie-breaker keeps pages stable when many rows share a value.
    return [primary, F("created_at").desc(), F("id").desc()]


def search_filter(q: str) -> Q:
    """Every word must appear in the company, role, notes or location (any of them)."""
    condition = Q()
    for word in q.split():
        condition &= (
            Q(company__name__icontains=word)
            | Q(role__icontains=word)
            | Q(notes__icontains=word)
            | Q(location__icontains=word)
        )
    return condition


def application_list(
    user: User,
    *,
    q: str = "",
    status: str = "",
    channel: str = "",
    applied_from: dt.date | None = None,
    applied_to: dt.date | None = None,
    sort: str | None = None,
) -> QuerySet[Application]:
    """The person's applications matching the list page's filters, in the chosen order."""
    rows = owned(Application, user).select_related("company").defer("job_description", "notes")
    if q.strip():
        rows = rows.filter(search_filter(q))
    if status:
        rows = rows.filter(status=status)
    if channel:
        rows = rows.filter(channel=channel)
    if applied_from:
        rows = rows.filter(applied_on__gte=applied_from)
    if applied_to:
        rows = rows.filter(applied_on__lte=applied_to)
    return rows.order_by(*_ordering(sort))


# --- One application's page.


def timeline(user: User, application: Application) -> QuerySet[StageEvent]:
    """The application's stage events, oldest first (the order they happened)."""
    return owned(StageEvent, user).filter(application=application).order_by("occurred_on", "id")


def interviews_for(user: User, application: Application) -> QuerySet[Interview]:
    """The application's interviews, soonest first, with who was in each."""
    return (
        owned(Interview, user)
        .filter(application=application)
        .prefetch_related(Prefetch("contacts", queryset=owned(Contact, user)))
        .order_by("scheduled_at", "id")
    )


def contacts_for(user: User, application: Application) -> QuerySet[Contact]:
    """The people linked to the application."""
    return owned(Contact, user).filter(applications=application).select_related("company")


def next_interview_round(user: User, application: Application) -> int:
    """The round a new interview most likely is: one after the ones already logged."""
    return owned(Interview, user).filter(application=application).count() + 1


def contacts_with_dates(user: User) -> QuerySet[Contact]:
    """The person's contacts with `last_touch_on` and `next_follow_up_on`, in one query.

    A follow-up stays pending until a touchpoint is logged on or after its date, so logging
    the follow-up itself clears it and a later plan replaces it.
    """
    touches = Touchpoint.objects.filter(contact=OuterRef("pk")).order_by().values("contact")
    last = touches.annotate(m=Max("occurred_on")).values("m")
    pending = (
        Touchpoint.objects.filter(
            contact=OuterRef("pk"), follow_up_on__gt=OuterRef("last_touch_on")
        )
        .order_by()
        .values("contact")
        .annotate(m=Min("follow_up_on"))
        .values("m")
    )
    return (
        owned(Contact, user)
        .select_related("company")
        .annotate(last_touch_on=Subquery(last, output_field=DateField()))
        .annotate(next_follow_up_on=Subquery(pending, output_field=DateField()))
    )


def is_overdue(user: User, follow_up_on: dt.date | None) -> bool:
    """A follow-up is overdue when its day has passed where the person is."""
    return follow_up_on is not None and follow_up_on < today_for(user)
