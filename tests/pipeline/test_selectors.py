from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for
from nextyes.pipeline import selectors, services
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application, Contact, Interview, Touchpoint

D = dt.date


def roles(rows: Iterable[Application | selectors.Card]) -> list[str]:
    return [row.role for row in rows]


def test_it_gives_every_stage_a_column_in_order(alice: User) -> None:
    columns = selectors.board_columns(alice)
    assert [c.stage for c in columns] == list(Stage.values)
    assert [c.label for c in columns][:2] == ["Saved", "Applied"]
    assert all(c.total == 0 and not c.cards for c in columns)


def test_it_fills_columns_from_the_cached_status(alice: User, bob: User) -> None:
    app = services.create_application(
        alice, company="Acme", role="Dev", applied_on=D(2026, 1, 5), fit=3
    )
    services.move_application(app, "offer", on=D(2026, 2, 1))
    services.create_application(bob, company="Initech", role="Bob's")
    columns = {c.stage: c for c in selectors.board_columns(alice)}
    (card,) = columns["offer"].cards
    today = today_for(alice)
    assert (card.id, card.role, card.company, card.status, card.days_in_stage) == (
        app.pk,
        "Dev",
        "Acme",
        "offer",
        (today - D(2026, 2, 1)).days,
    )
    assert sum(c.total for c in columns.values()) == 1


def test_it_gives_a_card_its_next_interview_or_follow_up(alice: User) -> None:
    today = today_for(alice)
    app = services.create_application(alice, company="Acme", role="Dev")
    other = services.create_application(alice, company="Globex", role="Ops")
    quiet = services.create_application(alice, company="Initech", role="QA")
    soon = timezone.make_aware(dt.datetime.combine(today + dt.timedelta(days=3), dt.time(10)))
    Interview.objects.create(owner=alice, application=app, scheduled_at=soon, kind="video")
    past = soon - dt.timedelta(days=30)
    Interview.objects.create(owner=alice, application=other, scheduled_at=past, kind="video")
    contact = Contact.objects.create(owner=alice, name="Sam")
    for on in (today + dt.timedelta(days=5), today + dt.timedelta(days=2), today - dt.timedelta(1)):
        Touchpoint.objects.create(
            owner=alice,
            contact=contact,
            application=other,
            occurred_on=today,
            kind="email",
            follow_up_on=on,
        )
    cards = {c.id: c for c in selectors.board_columns(alice)[0].cards}
    assert (cards[app.pk].next_kind, cards[app.pk].next_on) == ("interview", soon.date())
    assert (cards[other.pk].next_kind, cards[other.pk].next_on) == (
        "follow-up",
        today + dt.timedelta(days=2),
    )
    assert (cards[quiet.pk].next_kind, cards[quiet.pk].next_on) == ("", None)
    assert cards[quiet.pk].days_in_stage == 0


def test_it_folds_ended_processes_and_opens_a_phone_on_the_first_busy_stage(alice: User) -> None:
    board = selectors.board(alice)
    assert board.is_empty and board.first_stage == "saved"
    for n, stage in enumerate(["screen", "rejected", "rejected", "ghosted", "accepted"]):
        app = services.create_application(alice, company=f"C{n}", role="Dev")
        services.move_application(app, stage)
    board = selectors.board(alice)
    assert [c.stage for c in board.columns] == [
        "saved",
        "applied",
        "acknowledged",
        "screen",
        "interview",
        "assessment",
        "offer",
        "accepted",
    ]
    assert [c.stage for c in board.closed] == ["declined", "rejected", "ghosted", "withdrawn"]
    assert (board.closed_total, board.is_empty, board.first_stage) == (3, False, "screen")


def test_it_caps_each_column_and_counts_the_rest(alice: User) -> None:
    company = services.company_named(alice, "Acme")
    Application.objects.bulk_create(
        [
            Application(
                owner=alice,
                company=company,
                role=f"R{n}",
                status="applied",
                status_on=D(2026, 1, 1) + dt.timedelta(days=n),
            )
            for n in range(7)
        ]
    )
    applied = selectors.board_columns(alice, limit=3)[1]
    assert roles(applied.cards) == ["R6", "R5", "R4"]  # most recently changed first
    assert (applied.total, applied.hidden) == (7, 4)


def test_it_searches_every_word_across_fields(alice: User) -> None:
    services.create_application(alice, company="Acme", role="Backend engineer", location="Lyon")
    services.create_application(alice, company="Globex", role="Engineer", notes="Lyon office")
    services.create_application(alice, company="Lyonnaise", role="Designer")
    found = selectors.application_list(alice, q="lyon engineer", sort="company")
    assert roles(found) == ["Backend engineer", "Engineer"]


def test_it_filters_by_status_channel_and_date(alice: User) -> None:
    a = services.create_application(
        alice, company="A", role="a", applied_on=D(2026, 1, 1), channel="referral"
    )
    services.create_application(alice, company="B", role="b", applied_on=D(2026, 2, 1))
    services.create_application(alice, company="C", role="c")
    services.move_application(a, "rejected", on=D(2026, 1, 9))
    assert roles(selectors.application_list(alice, status="rejected")) == ["a"]
    assert roles(selectors.application_list(alice, channel="job-board", sort="role")) == ["b", "c"]
    assert roles(selectors.application_list(alice, applied_from=D(2026, 1, 15))) == ["b"]
    assert roles(selectors.application_list(alice, applied_to=D(2026, 1, 15))) == ["a"]


def test_it_sorts_status_in_pipeline_order_and_empty_values_last(alice: User) -> None:
    offer = services.create_application(alice, company="A", role="offer", fit=2)
    screen = services.create_application(alice, company="B", role="screen")
    services.create_application(alice, company="C", role="saved", fit=5)
    services.move_application(offer, "offer")
    services.move_application(screen, "screen")
    assert roles(selectors.application_list(alice, sort="status")) == ["saved", "screen", "offer"]
    assert roles(selectors.application_list(alice, sort="-status")) == ["offer", "screen", "saved"]
    assert roles(selectors.application_list(alice, sort="fit")) == ["offer", "saved", "screen"]
    assert roles(selectors.application_list(alice, sort="-fit")) == ["saved", "offer", "screen"]


def test_it_understands_sort_parameters() -> None:
    assert selectors.parse_sort("-fit") == ("fit", True)
    assert selectors.parse_sort("company") == ("company", False)
    assert selectors.parse_sort("-password") == ("applied_on", True)
    assert selectors.normal_sort(None) == "-applied_on"


def test_it_reads_an_applications_page_for_its_owner_only(alice: User, bob: User) -> None:
    app = services.create_application(alice, company="Acme", role="Dev", applied_on=D(2026, 1, 5))
    services.move_application(app, "screen", on=D(2026, 1, 3))  # back-dated: listed first
    jo = Contact.objects.create(owner=alice, name="Jo")
    jo.applications.add(app)
    Interview.objects.create(
        owner=alice,
        application=app,
        scheduled_at=dt.datetime(2026, 1, 20, 9, tzinfo=dt.UTC),
        kind="phone",
    )
    assert [e.stage for e in selectors.timeline(alice, app)] == ["screen", "applied"]
    assert list(selectors.contacts_for(alice, app)) == [jo]
    assert selectors.interviews_for(alice, app).count() == 1
    assert selectors.next_interview_round(alice, app) == 2
    assert not selectors.timeline(bob, app).exists()
    assert not selectors.interviews_for(bob, app).exists()
