"""One funnel: the weekly review, the Insights page and `nextyes stats --json` count a week alike.

A week's funnel is the applications sent that week (their applied day in it) and how far each has
gone so far, so an application sent in week one and screened in week two counts as a screen for
week one, wherever it is looked at.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.insights.review import weekly_review
from nextyes.pipeline import services
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application
from tests.momentum.momentum_support import at, freeze

D = dt.date
# Two of alice's weeks (Monday to Sunday, Paris); "now" is the Friday of the second one.
WEEK_ONE = (D(2026, 3, 2), D(2026, 3, 8))
WEEK_TWO = (D(2026, 3, 9), D(2026, 3, 15))
REVIEW_KEYS = ("applications", "replies", "screens", "interviews", "offers", "rejections")
PAGE_ROWS = {
    "applications": "Applications",
    "replies": "Replies",
    "screens": "Screens",
    "interviews": "Interviews",
    "final_rounds": "Final rounds",
    "offers": "Offers",
}


def two_weeks(alice: User, monkeypatch: pytest.MonkeyPatch) -> None:
    """Applications in several stages, with steps falling in the week after they were sent."""
    # Week two: a lead saved on Monday went straight to a screen; with no applied day, that
    # first step after saving is its day.
    freeze(monkeypatch, at(D(2026, 3, 9), tz="Europe/Paris"))
    wayne = services.create_application(
        alice, company="Wayne", role="Engineer", channel="networking"
    )
    freeze(monkeypatch, at(D(2026, 3, 13), tz="Europe/Paris"))

    def apply(company: str, on: dt.date, channel: str, fit: int) -> Application:
        return services.create_application(
            alice, company=company, role="Engineer", applied_on=on, channel=channel, fit=fit
        )

    def move(app: Application, stage: str, on: dt.date, round_: int | None = None) -> None:
        services.move_application(app, stage, on=on, round=round_)

    # Week one: acknowledged at once, then a screen and an interview in week two.
    acme = apply("Acme", D(2026, 3, 2), "referral", 4)
    move(acme, Stage.ACKNOWLEDGED, D(2026, 3, 3))
    move(acme, Stage.SCREEN, D(2026, 3, 10))
    move(acme, Stage.INTERVIEW, D(2026, 3, 12), 1)
    # Week one: a no in week two.
    move(apply("Initech", D(2026, 3, 3), "job-board", 2), Stage.REJECTED, D(2026, 3, 9))
    # Week one: two rounds, then an offer turned down in week two; the offer itself was never
    # logged, so only "declined" says it came (an answer from the employer all the same).
    hooli = apply("Hooli", D(2026, 3, 4), "referral", 4)
    move(hooli, Stage.INTERVIEW, D(2026, 3, 5), 1)
    move(hooli, Stage.INTERVIEW, D(2026, 3, 6), 2)
    move(hooli, Stage.DECLINED, D(2026, 3, 11))
    # Sent in February: its interview in week one belongs to February's funnel.
    move(apply("Oldco", D(2026, 2, 20), "job-board", 3), Stage.INTERVIEW, D(2026, 3, 4), 1)
    # Week two: an acknowledgement, and a screen that ended in a no.
    move(apply("Globex", D(2026, 3, 10), "company-site", 5), Stage.ACKNOWLEDGED, D(2026, 3, 11))
    umbrella = apply("Umbrella", D(2026, 3, 9), "referral", 4)
    move(umbrella, Stage.SCREEN, D(2026, 3, 11))
    move(umbrella, Stage.REJECTED, D(2026, 3, 13))
    services.move_application(wayne, Stage.SCREEN, on=D(2026, 3, 10))
    # A saved lead is no application yet.
    services.create_application(alice, company="Leadco", role="Engineer")


def review_counts(alice: User, week: tuple[dt.date, dt.date]) -> dict[str, int]:
    review = weekly_review(alice, week[0])
    assert (review.start, review.end) == week
    return review.funnel.as_dict()


def page_counts(client: Client, week: tuple[dt.date, dt.date], **filters: str) -> dict[str, int]:
    """The counts the Insights page renders for applications sent in the week."""
    query = {"start": week[0].isoformat(), "end": week[1].isoformat(), **filters}
    response = client.get(reverse("insights:index"), query)
    html = response.content.decode()
    section = html.split('id="funnel"')[1].split("</section>")[0]
    shown = {}
    for key, label in PAGE_ROWS.items():
        found = re.search(rf'<th scope="row">{label}</th><td class="num">(\d+)</td>', section)
        assert found, label
        shown[key] = int(found.group(1))
    outcomes = re.search(r"Outcomes: (\d+) rejected, (\d+) ghosted, (\d+) still open", section)
    assert outcomes
    shown["rejections"], shown["ghosted"], shown["pending"] = map(int, outcomes.groups())
    assert shown == response.context["outcomes"] | {"final_rounds": shown["final_rounds"]}
    return shown


def stats_counts(
    capsys: pytest.CaptureFixture[str], week: tuple[dt.date, dt.date], *options: str
) -> dict[str, int]:
    argv = ["stats", "--json", "--user", "alice", "--from", week[0].isoformat()]
    code = main([*argv, "--to", week[1].isoformat(), *options])
    out, err = capsys.readouterr()
    assert code == 0, err
    counts: dict[str, int] = json.loads(out)["funnel"]
    return counts


@pytest.mark.parametrize(
    ("week", "expected"),
    [
        (
            WEEK_ONE,
            # Acme (screened and interviewed later), Initech (a no), Hooli (an offer declined).
            {
                "applications": 3,
                "replies": 3,
                "screens": 2,
                "interviews": 2,
                "final_rounds": 1,
                "offers": 1,
                "rejections": 1,
                "ghosted": 0,
                "pending": 1,
            },
        ),
        (
            WEEK_TWO,
            # Globex (acknowledged, waiting), Umbrella (screened, then a no) and Wayne (a screen).
            {
                "applications": 3,
                "replies": 3,
                "screens": 2,
                "interviews": 0,
                "final_rounds": 0,
                "offers": 0,
                "rejections": 1,
                "ghosted": 0,
                "pending": 2,
            },
        ),
    ],
)
def test_it_counts_a_week_alike_in_the_review_the_page_and_the_cli(
    alice: User,
    alice_client: Client,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    week: tuple[dt.date, dt.date],
    expected: dict[str, int],
) -> None:
    two_weeks(alice, monkeypatch)

    review = review_counts(alice, week)
    page = page_counts(alice_client, week)
    stats = stats_counts(capsys, week)

    assert stats == page == expected
    assert review == {key: expected[key] for key in REVIEW_KEYS}


def test_it_filters_by_fit_and_channel_alike_on_the_page_and_in_the_cli(
    alice: User,
    alice_client: Client,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    two_weeks(alice, monkeypatch)
    both_weeks = (WEEK_ONE[0], WEEK_TWO[1])

    # Fit is the rating itself (1–5), never a band: fit 4 is Acme, Hooli and Umbrella.
    by_fit = page_counts(alice_client, both_weeks, fit="4")
    assert by_fit == stats_counts(capsys, both_weeks, "--fit", "4")
    assert (by_fit["applications"], by_fit["offers"], by_fit["rejections"]) == (3, 1, 1)

    by_channel = page_counts(alice_client, both_weeks, channel="job-board")
    assert by_channel == stats_counts(capsys, both_weeks, "--channel", "job-board")
    assert by_channel["applications"] == 1  # Initech; Oldco was sent in February
