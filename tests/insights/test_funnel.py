"""The funnel: how far each application went, counted from constructed events."""

from __future__ import annotations

import datetime as dt

import pytest
from pytest_django import DjangoAssertNumQueries

from nextyes.accounts.models import User
from nextyes.insights.funnel import Filters, funnel, funnel_for
from nextyes.insights.journeys import AppRow, EventRow, journeys
from nextyes.pipeline import services
from nextyes.pipeline.choices import Stage

D = dt.date(2026, 3, 2)


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def path(app_id: int, *steps: tuple[str, int] | tuple[str, int, int]) -> list[EventRow]:
    """Events for one application: (stage, day offset[, round])."""
    return [EventRow(app_id, stage, day(offset), *rest) for stage, offset, *rest in steps]


def search() -> tuple[list[AppRow], list[EventRow]]:
    apps = [
        AppRow(1, Stage.REJECTED, day(0), "job-board"),  # rejected at the screen
        AppRow(2, Stage.OFFER, day(0), "referral", "v2", 5),  # all the way
        AppRow(3, Stage.GHOSTED, day(1), "job-board"),  # never heard back
        AppRow(4, Stage.APPLIED, day(2), "job-board", "v2"),  # still waiting
        AppRow(5, Stage.REJECTED, day(3), "job-board"),  # a plain no
        AppRow(6, Stage.SAVED, None, "job-board"),  # a lead: not counted
        AppRow(7, Stage.INTERVIEW, None, "recruiter"),  # applied_on missing: the event counts
    ]
    events = [
        *path(
            1, (Stage.APPLIED, 0), (Stage.ACKNOWLEDGED, 2), (Stage.SCREEN, 6), (Stage.REJECTED, 9)
        ),
        *path(
            2,
            (Stage.APPLIED, 0),
            (Stage.SCREEN, 4),
            (Stage.INTERVIEW, 10, 1),
            (Stage.INTERVIEW, 15, 2),
            (Stage.OFFER, 20),
        ),
        *path(3, (Stage.APPLIED, 1), (Stage.GHOSTED, 50)),
        *path(4, (Stage.APPLIED, 2)),
        *path(5, (Stage.APPLIED, 3), (Stage.REJECTED, 7)),
        *path(6, (Stage.SAVED, 0)),
        *path(7, (Stage.APPLIED, 5), (Stage.ASSESSMENT, 8), (Stage.INTERVIEW, 12, 1)),
    ]
    return apps, events


def test_it_counts_each_point_reached_and_each_outcome() -> None:
    result = funnel(journeys(*search()))
    assert result.counts() == {
        "applications": 6,
        "replies": 4,
        "screens": 3,
        "interviews": 2,
        "final_rounds": 1,
        "offers": 1,
        "rejections": 2,
        "ghosted": 1,
        "pending": 2,
    }


def test_it_gives_each_step_its_conversion() -> None:
    conversion = funnel(journeys(*search())).conversion()
    assert conversion["applied_to_reply"] == round(4 / 6, 4)
    assert conversion["reply_to_screen"] == 0.75
    assert conversion["final_round_to_offer"] == 1.0
    assert conversion["applied_to_offer"] == round(1 / 6, 4)


def test_it_takes_median_days_from_the_application_day() -> None:
    waits = funnel(journeys(*search())).median_days
    # First replies after 2 (ack), 4 (screen), 4 (reject), 3 (assessment) days.
    assert waits["to_first_reply"] == 3.5
    # Interviews: 10 days (app 2) and 3 days (app 7, its assessment).
    assert waits["to_first_interview"] == 6.5
    # Decisions: 9, 20, 4 days.
    assert waits["to_decision"] == 9.0


def test_it_counts_an_assessment_before_any_interview_as_no_final_round() -> None:
    found = {j.id: j for j in journeys(*search())}
    assert found[7].interview_on == day(8)
    assert found[7].final_on is None
    assert found[2].final_on == day(15)


def test_it_calls_an_assessment_after_an_interview_a_final_round() -> None:
    apps = [AppRow(1, Stage.ASSESSMENT, day(0))]
    events = path(1, (Stage.APPLIED, 0), (Stage.INTERVIEW, 5), (Stage.ASSESSMENT, 9))
    assert journeys(apps, events)[0].final_on == day(9)


def test_it_filters_by_period_channel_resume_and_fit() -> None:
    every = journeys(*search())

    def count(filters: Filters) -> int:
        return funnel([j for j in every if filters.keeps(j)]).applications

    assert count(Filters(start=day(2))) == 3  # apps 4, 5 and 7 (applied on day 5)
    assert count(Filters(end=day(0))) == 2
    assert count(Filters(channel="job-board")) == 4
    assert count(Filters(resume_version="v2")) == 2
    assert count(Filters(fit=5)) == 1


def test_it_says_nothing_about_waits_with_nothing_to_wait_for() -> None:
    empty = funnel([])
    assert empty.applications == 0
    assert set(empty.conversion().values()) == {None}
    assert set(empty.median_days.values()) == {None}


@pytest.mark.django_db
def test_it_reads_only_the_persons_own_applications(
    alice: User, bob: User, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    offer = services.create_application(alice, company="Acme", role="Dev", applied_on=day(0))
    services.move_application(offer, Stage.INTERVIEW, on=day(7), round=1)
    services.move_application(offer, Stage.OFFER, on=day(14))
    services.create_application(alice, company="Lead Co", role="Dev")  # saved: not applied
    for n in range(3):
        services.create_application(bob, company=f"Bob {n}", role="Dev", applied_on=day(n))
    with django_assert_num_queries(3):  # applications, first days per stage, assessments
        result = funnel_for(alice, today=day(30)).funnel
    assert (result.applications, result.interviews, result.offers) == (1, 1, 1)
    assert result.median_days["to_decision"] == 14.0


@pytest.mark.django_db
def test_it_reads_only_the_periods_applications_when_asked(alice: User) -> None:
    for n in range(3):
        app = services.create_application(
            alice, company=f"Co {n}", role="Dev", applied_on=day(7 * n)
        )
        services.move_application(app, Stage.SCREEN, on=day(7 * n + 9))
    week = Filters(start=day(7), end=day(13))

    whole = funnel_for(alice, week, today=day(30))
    narrow = funnel_for(alice, week, today=day(30), period_only=True)

    assert len(whole.records) == 3 and len(narrow.records) == 1
    assert narrow.funnel == whole.funnel
    assert (narrow.funnel.applications, narrow.funnel.screens) == (1, 1)
    with pytest.raises(ValueError):
        narrow.odds  # noqa: B018  (the odds need the whole search)
