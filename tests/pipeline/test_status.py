"""Property tests: the cached status always equals the status derived from the events."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nextyes.accounts.models import User
from nextyes.pipeline import services
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application, StageEvent
from nextyes.pipeline.status import derive_status

DAYS = st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2026, 3, 31))
STAGES = st.sampled_from(Stage.values)
DB_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@dataclass
class Event:
    stage: str
    occurred_on: dt.date
    id: int | None


def latest(events: list[tuple[str, dt.date]]) -> tuple[str, dt.date | None]:
    """The model answer: the event with the latest date; among equals, the last one recorded."""
    if not events:
        return Stage.SAVED.value, None
    order = max(range(len(events)), key=lambda i: (events[i][1], i))
    return events[order]


@given(st.lists(st.tuples(STAGES, DAYS)), st.randoms(use_true_random=False))
def test_it_derives_the_latest_event_whatever_the_order(
    events: list[tuple[str, dt.date]], rng: random.Random
) -> None:
    objects = [Event(stage, day, i + 1) for i, (stage, day) in enumerate(events)]
    rng.shuffle(objects)
    assert derive_status(objects) == latest(events)


@given(STAGES, DAYS)
def test_it_lets_a_saved_event_without_id_lose_ties(stage: str, day: dt.date) -> None:
    unsaved = Event(Stage.SAVED, day, None)
    assert derive_status([Event(stage, day, 7), unsaved]) == (stage, day)
    assert derive_status([]) == ("saved", None)


def _check(app: Application, model: list[tuple[str, dt.date]]) -> None:
    app.refresh_from_db()
    cached = (app.status, app.status_on)
    assert cached == derive_status(app.events.all())
    assert cached == latest(model)


@DB_SETTINGS
@given(
    applied_on=DAYS,
    moves=st.lists(st.tuples(STAGES, DAYS), max_size=8),
    drop=st.integers(min_value=0, max_value=50),
)
def test_it_keeps_the_status_equal_to_the_events_through_moves_and_deletes(
    alice: User, applied_on: dt.date, moves: list[tuple[str, dt.date]], drop: int
) -> None:
    app = services.create_application(alice, company="Acme", role="Dev", applied_on=applied_on)
    model: list[tuple[str, dt.date]] = [(Stage.APPLIED.value, applied_on)]
    _check(app, model)
    for stage, day in moves:
        services.move_application(app, stage, on=day)
        model.append((stage, day))
        _check(app, model)
    events = list(app.events.order_by("id"))
    gone = drop % len(events)
    services.delete_event(StageEvent.objects.get(pk=events[gone].pk))
    del model[gone]
    _check(app, model)


@DB_SETTINGS
@given(
    moves=st.lists(st.tuples(STAGES, DAYS), min_size=1, max_size=6),
    pick=st.integers(min_value=0, max_value=50),
    change=st.tuples(STAGES, DAYS),
)
def test_it_keeps_the_status_equal_to_the_events_when_one_is_corrected(
    alice: User, moves: list[tuple[str, dt.date]], pick: int, change: tuple[str, dt.date]
) -> None:
    # Applied on the first possible day, so every later event can take over the status.
    start = dt.date(2026, 1, 1)
    app = services.create_application(alice, company="Acme", role="Dev", applied_on=start)
    for stage, day in moves:
        services.move_application(app, stage, on=day)
    events = list(app.events.order_by("id"))
    chosen = events[pick % len(events)]
    services.update_event(chosen, stage=change[0], occurred_on=change[1])
    model = [(e.stage, e.occurred_on) for e in events]
    model[pick % len(events)] = change
    _check(app, model)
