from __future__ import annotations

import datetime as dt

from nextyes.insights.charts.channels import RateRow, channels_chart
from nextyes.insights.charts.funnel import funnel_chart
from nextyes.insights.charts.response import bucket_counts, response_chart
from nextyes.insights.charts.weekly import Week, weekly_chart
from nextyes.journal.mood_chart import mood_chart


def test_it_draws_one_bar_per_funnel_step_with_its_label_and_count() -> None:
    chart = funnel_chart([("Applications", 40), ("Replies", 12), ("Offers", 1)])

    assert chart.svg.count("<rect") == 3
    assert 'role="img"' in chart.svg and 'aria-label="Funnel' in chart.svg
    assert "<title>Funnel" in chart.svg
    assert ">Applications</text>" in chart.svg and ">40</text>" in chart.svg
    assert chart.rows == [
        ["Applications", "40", "—"],
        ["Replies", "12", "30%"],
        ["Offers", "1", "8%"],
    ]
    assert "style=" not in chart.svg


def test_it_escapes_every_text_it_draws() -> None:
    evil = '<script>alert("x")</script> & co'
    for chart in (
        funnel_chart([(evil, 3)]),
        channels_chart([RateRow(evil, 1, 4, 0.33, 0.1, 0.6)]),
    ):
        assert "<script>" not in chart.svg
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in chart.svg
        assert chart.rows[0][0] == evil  # the table is escaped by the template


def test_it_shows_nothing_to_tabulate_for_an_empty_funnel() -> None:
    chart = funnel_chart([("Applications", 0), ("Offers", 0)])
    assert chart.empty


def test_it_stacks_effort_and_answers_per_week_in_the_table() -> None:
    weeks = [
        Week(dt.date(2026, 3, 2), applications=5, outreach=2, rejections=1, interviews=0),
        Week(dt.date(2026, 3, 9), applications=0, outreach=0, rejections=0, interviews=0),
        Week(dt.date(2026, 3, 16), applications=3, outreach=0, rejections=2, interviews=1),
    ]
    chart = weekly_chart(weeks)

    assert chart.rows == [
        ["Mar 2", "5", "2", "0", "1"],
        ["Mar 9", "0", "0", "0", "0"],
        ["Mar 16", "3", "0", "1", "2"],
    ]
    # Four legend swatches plus one rect per non-zero value.
    assert chart.svg.count('class="bar applications"') == 1 + 2
    assert chart.svg.count('class="bar rejections"') == 1 + 2
    assert "Mar 2: 5 applications" in chart.svg
    assert 'role="img"' in chart.svg


def test_it_sorts_response_times_into_buckets() -> None:
    assert bucket_counts([0, 3, 4, 10, 21, 22, 45, 46, 300]) == [2, 1, 1, 1, 1, 1, 2]
    chart = response_chart([1, 2, 10])
    assert chart.rows[0] == ["0–3 days", "2"]
    assert chart.rows[2] == ["8–14 days", "1"]
    assert chart.rows[-1] == ["46+ days", "0"]
    assert ">0–3 days</text>" in chart.svg


def test_it_draws_a_whisker_and_a_dot_per_channel() -> None:
    chart = channels_chart(
        [RateRow("Referral", 4, 8, 0.5, 0.27, 0.73), RateRow("Job board", 1, 30, 0.06, 0.02, 0.14)]
    )
    assert chart.svg.count('class="whisker"') == 2
    assert chart.svg.count('class="dot"') == 2
    assert chart.rows == [
        ["Referral", "4 / 8", "50%", "27%–73%"],
        ["Job board", "1 / 30", "6%", "2%–14%"],
    ]


def test_it_leaves_mood_out_until_check_ins_exist() -> None:
    assert mood_chart([]) is None
