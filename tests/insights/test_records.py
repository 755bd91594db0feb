from __future__ import annotations

import datetime as dt
from typing import Any

from nextyes.insights import funnel, journeys
from nextyes.insights.records import FIRSTS, build_records, load_records
from nextyes.lib.ownership import owned
from nextyes.pipeline import services
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application, StageEvent
from tests.insights.test_pages import alice_search  # noqa: F401  (the fixture)

D = dt.date


# Any: a fixture imported from another test module, typed there
def test_it_sees_each_application_as_the_funnel_does(alice_search: Any) -> None:  # noqa: F811
    services.create_application(alice_search, company="Leadco", role="Engineer")  # a saved lead
    tricky = services.create_application(
        alice_search, company="Trickyco", role="Engineer", applied_on=D(2026, 4, 1)
    )
    services.move_application(tricky, "assessment", on=D(2026, 4, 5))
    services.move_application(tricky, "interview", on=D(2026, 4, 5))
    services.move_application(tricky, "declined", on=D(2026, 4, 20))
    polite = services.create_application(
        alice_search, company="Politeco", role="Engineer", applied_on=D(2026, 4, 2)
    )
    services.move_application(polite, "acknowledged", on=D(2026, 4, 3))
    services.move_application(polite, "ghosted", on=D(2026, 5, 10))
    hired = services.create_application(
        alice_search, company="Hireco", role="Engineer", applied_on=D(2026, 4, 2)
    )
    services.move_application(hired, "interview", on=D(2026, 4, 8))
    services.move_application(hired, "interview", on=D(2026, 4, 9))
    services.move_application(hired, "assessment", on=D(2026, 4, 12))
    services.move_application(hired, "accepted", on=D(2026, 4, 30))

    records = load_records(alice_search, D(2026, 1, 1))

    # The same applications walked event by event in Python, the funnel's pure form.
    apps = owned(Application, alice_search).values_list(
        "id", "status", "applied_on", "channel", "resume_version", "fit"
    )
    events = owned(StageEvent, alice_search).exclude(stage=Stage.SAVED)
    mine = sorted((r.journey() for r in records), key=lambda j: j.id)
    theirs = sorted(
        journeys.journeys(
            map(journeys.AppRow._make, apps),
            events.values_list("application_id", "stage", "occurred_on", "round"),
        ),
        key=lambda j: j.id,
    )
    assert mine == theirs
    assert funnel.funnel(mine) == funnel.funnel(theirs)
    assert "Engineer" in {r.role for r in records}
    assert len(records) == len(theirs)  # the saved lead is not an application yet


def test_it_keeps_the_days_the_weekly_chart_needs() -> None:
    apps = [(1, "Engineer", "referral", "v1", 4, D(2026, 3, 2), "rejected")]
    d2, d5, d10, d12, d20 = (D(2026, 3, n) for n in (2, 5, 10, 12, 20))
    days = {"first": d2, "applied": d2, "screen": d5, "interview": d10, "assessment": d12}
    days["rejected"] = d20
    firsts = [(1, *(days.get(column) for column in FIRSTS))]
    recent = [
        (1, "interview", D(2026, 3, 10)),
        (1, "rejected", D(2026, 3, 20)),
        (9, "rejected", D(2026, 3, 20)),
    ]

    (rec,) = build_records(apps, firsts, [(1, d12)], recent)

    assert rec.reply_on == rec.screen_on == D(2026, 3, 5)
    assert rec.interview_on == D(2026, 3, 10) and rec.decision_on == D(2026, 3, 20)
    assert rec.final_on == D(2026, 3, 12)  # the assessment after the first interview
    assert rec.interview_dates == [D(2026, 3, 10)]
    assert rec.rejected_dates == [D(2026, 3, 20)]
    assert rec.interview and not rec.offer and rec.closed and rec.offer_known
