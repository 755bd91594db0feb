"""The mood chart: a line through the check-ins, rejection markers, the same numbers as a table."""

from __future__ import annotations

import datetime as dt
import re

from django.test import Client

from nextyes.accounts.models import User
from nextyes.journal.models import CheckIn
from nextyes.journal.mood_chart import mood_chart
from nextyes.lib.dates import today_for
from nextyes.pipeline import services

START = dt.date(2026, 3, 1)


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def test_it_draws_nothing_without_check_ins() -> None:
    assert mood_chart([], [day(1)]) is None


def test_it_draws_each_check_in_and_marks_each_rejection() -> None:
    chart = mood_chart(
        [(day(0), 4), (day(2), 2), (day(3), 3)], [day(2), day(2), day(5)], end=day(10)
    )
    assert chart is not None
    assert (chart.key, chart.title) == ("mood", "Your mood over time, with rejections marked")
    assert chart.svg.count('<circle class="mood-dot"') == 3
    assert chart.svg.count('class="rejection-mark"') == 2  # one marker per day, with a count
    assert "<title>Tue 3 Mar: Low</title>" in chart.svg
    assert "3 Mar: 2 rejections" in chart.svg
    assert chart.headers == ["Day", "Mood", "Rejections"]
    assert chart.rows == [
        ["Sun 1 Mar 2026", "4 · Good", ""],
        ["Tue 3 Mar 2026", "2 · Low", "2"],
        ["Wed 4 Mar 2026", "3 · Okay", ""],
        ["Fri 6 Mar 2026", "—", "1"],
    ]
    for word in ("Very low", "Okay", "Very good"):
        assert f">{word}</text>" in chart.svg


def test_it_puts_very_good_at_the_top_and_very_low_at_the_bottom() -> None:
    chart = mood_chart([(day(0), 5), (day(1), 1)])
    assert chart is not None
    ys = [float(y) for y in re.findall(r'class="mood-dot" cx="[\d.]+" cy="([\d.]+)"', chart.svg)]
    assert ys[0] < ys[1]


def test_it_breaks_the_line_over_a_long_gap() -> None:
    chart = mood_chart([(day(0), 3), (day(1), 4), (day(20), 2), (day(21), 2)])
    assert chart is not None
    assert chart.svg.count("<polyline") == 2


def test_it_leaves_out_rejections_outside_the_range() -> None:
    chart = mood_chart([(day(5), 3)], [day(1), day(30)], start=day(3), end=day(10))
    assert chart is not None
    assert "rejection-mark" not in chart.svg and "a rejection came in" not in chart.svg
    assert chart.rows == [["Fri 6 Mar 2026", "3 · Okay", ""]]


def test_the_insights_page_shows_mood_beside_the_other_charts(
    alice_client: Client, alice: User, bob: User
) -> None:
    today = today_for(alice)
    app = services.create_application(
        alice, company="Acme", role="Dev", applied_on=today - dt.timedelta(days=20)
    )
    services.move_application(app, "rejected", on=today - dt.timedelta(days=6))
    CheckIn.objects.create(owner=alice, day=today - dt.timedelta(days=6), mood=2)
    CheckIn.objects.create(owner=alice, day=today - dt.timedelta(days=2), mood=4)
    CheckIn.objects.create(owner=bob, day=today - dt.timedelta(days=3), mood=5)
    body = alice_client.get("/insights/").content.decode()
    assert 'id="chart-mood"' in body
    assert body.count('<circle class="mood-dot"') == 2
    assert body.count('class="rejection-mark"') == 1
    assert "2 · Low" in body and "4 · Good" in body and "Very good</td>" not in body
