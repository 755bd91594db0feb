from __future__ import annotations

import datetime as dt
from typing import Any

from nextyes.insights import funnel
from nextyes.insights.records import build_records, load_records
from nextyes.pipeline import services
from tests.insights.test_pages import alice_search  # noqa: F401  (the fixture)

D = dt.date


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

    mine = sorted((r.journey() for r in records), key=lambda j: j.id)
    theirs = sorted(funnel.load_journeys(alice_search), key=lambda j: j.id)
    assert mine == theirs
    assert funnel.funnel(mine) == funnel.funnel(theirs)
    assert "Engineer" in {r.role for r in records}
    assert len(records) == len(theirs)  # the saved lead is not an application yet


def test_it_keeps_the_days_the_weekly_chart_needs() -> None:
    apps = [(1, "Engineer", "referral", "v1", 4, D(2026, 3, 2), "rejected")]
    # application, applied, first, acknowledged, screen, interview, offer, rejected, round 2
    d2, d5, d10, d20 = D(2026, 3, 2), D(2026, 3, 5), D(2026, 3, 10), D(2026, 3, 20)
    firsts = [(1, d2, d2, None, d5, d10, None, d20, None)]
    recent = [
        (1, "interview", D(2026, 3, 10)),
        (1, "rejected", D(2026, 3, 20)),
        (9, "rejected", D(2026, 3, 20)),
    ]

    (rec,) = build_records(apps, firsts, [(1, D(2026, 3, 12))], recent)

    assert rec.reply_on == rec.screen_on == D(2026, 3, 5)
    assert rec.interview_on == D(2026, 3, 10) and rec.decision_on == D(2026, 3, 20)
    assert rec.final_on == D(2026, 3, 12)  # the assessment after the first interview
    assert rec.interview_dates == [D(2026, 3, 10)]
    assert rec.rejected_dates == [D(2026, 3, 20)]
    assert rec.interview and not rec.offer and rec.closed and rec.offer_known
