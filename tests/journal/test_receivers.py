from __future__ import annotations

import datetime as dt

from nextyes.accounts.models import User
from nextyes.journal.models import Win
from nextyes.journal.receivers import win_for_status
from nextyes.lib.dates import today_for
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Company

DAY = dt.timedelta(days=1)


def _app(user: User, company: str = "Acme", applied: dt.date | None = None) -> Application:
    applied = applied or today_for(user) - 20 * DAY
    return services.create_application(user, company=company, role="Engineer", applied_on=applied)


def _wins(user: User) -> list[tuple[str, str, bool]]:
    return list(Win.objects.filter(owner=user).values_list("text", "source_key", "automatic"))


def test_it_notes_a_win_when_an_interview_is_reached(alice: User) -> None:
    app = _app(alice)
    services.move_application(app, "interview", on=today_for(alice) - 2 * DAY)
    win = Win.objects.get(owner=alice)
    assert (win.text, win.kind, win.automatic) == (
        "Reached the interview stage at Acme",
        "interview",
        True,
    )
    assert (win.occurred_on, win.application, win.source_key) == (
        today_for(alice) - 2 * DAY,
        app,
        f"interview:{app.pk}",
    )


def test_it_notes_the_interview_only_once(alice: User) -> None:
    app = _app(alice)
    today = today_for(alice)
    services.move_application(app, "interview", on=today - 5 * DAY)
    services.move_application(app, "interview", on=today - 4 * DAY)  # round 2
    services.move_application(app, "assessment", on=today - 3 * DAY)
    services.move_application(app, "interview", on=today - 2 * DAY)  # back to interviews
    assert _wins(alice) == [("Reached the interview stage at Acme", f"interview:{app.pk}", True)]


def test_it_notes_an_offer_once(alice: User) -> None:
    app = _app(alice, "Globex")
    today = today_for(alice)
    services.move_application(app, "offer", on=today)
    event = services.move_application(app, "assessment", on=today)
    services.delete_event(event)  # back to offer: still one win
    assert ("Offer from Globex", f"offer:{app.pk}", True) in _wins(alice)
    assert Win.objects.filter(owner=alice, source_key=f"offer:{app.pk}").count() == 1


def test_it_notes_nothing_for_history(alice: User) -> None:
    app = _app(alice, applied=dt.date(2025, 1, 6))
    services.move_application(app, "interview", on=dt.date(2025, 1, 20))
    services.move_application(app, "offer", on=dt.date(2025, 2, 1))
    old = services.create_application(
        alice,
        company="Initech",
        role="Dev",
        applied_on=dt.date(2025, 3, 1),
        stage="interview",
        stage_on=dt.date(2025, 3, 9),
        source="import",
    )
    assert old.status == "interview"
    assert _wins(alice) == []


def test_it_notes_nothing_for_other_stages(alice: User) -> None:
    app = _app(alice)
    for stage in ("screen", "rejected"):
        services.move_application(app, stage, on=today_for(alice))
    assert _wins(alice) == []


def test_it_draws_the_line_at_fourteen_days() -> None:
    app = Application(pk=3, company=Company(name="Acme"))  # unsaved: the rule reads no database
    today = dt.date(2026, 3, 20)
    inside = win_for_status(app, "interview", dt.date(2026, 3, 6), today)
    outside = win_for_status(app, "interview", dt.date(2026, 3, 5), today)
    future = win_for_status(app, "offer", dt.date(2026, 3, 25), today)
    assert inside is not None and inside.on == dt.date(2026, 3, 6)
    assert outside is None
    assert future is not None and (future.on, future.source_key) == (today, "offer:3")
    assert win_for_status(app, "screen", today, today) is None
