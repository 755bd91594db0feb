from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.pipeline import services
from nextyes.recovery.models import Ritual
from tests.momentum.momentum_support import at, freeze

TODAY = dt.date(2026, 5, 20)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture
def alice_search(alice: User, monkeypatch: pytest.MonkeyPatch) -> User:
    """Twelve referrals that mostly reach interviews, twenty job-board applications that rarely do."""
    freeze(monkeypatch, at(TODAY))
    for i in range(12):
        app = services.create_application(
            alice,
            company=f"Refco {i}",
            role="Backend Engineer",
            applied_on=ago(80 - i),
            channel="referral",
            fit=4,
            resume_version="v2",
        )
        services.move_application(app, "screen", on=ago(75 - i))
        if i < 10:
            services.move_application(app, "interview", on=ago(70 - i))
        if i < 2:
            services.move_application(app, "interview", on=ago(65 - i))
            services.move_application(app, "offer", on=ago(60 - i))
        elif i < 11:
            services.move_application(app, "rejected", on=ago(50 - i))
    for i in range(20):
        app = services.create_application(
            alice,
            company=f"Boardco {i}",
            role="Data Analyst",
            applied_on=ago(70 - i),
            channel="job-board",
            fit=2,
            resume_version="v1",
        )
        if i < 2:
            services.move_application(app, "interview", on=ago(60 - i))
        if i < 17:
            services.move_application(app, "rejected", on=ago(40 - i))
    quiet = services.create_application(
        alice, company="Quietco", role="Engineer", applied_on=ago(50), channel="company-site"
    )
    services.create_contact(alice, name="Sam Rivers", applications=[quiet])
    services.create_application(
        alice, company="Slowco", role="Engineer", applied_on=ago(25), channel="company-site"
    )
    services.add_touchpoint(
        services.create_contact(alice, name="Kim Lee"), kind="email", occurred_on=ago(3)
    )
    # Looking back on four rejections: three with something outside their control.
    for outside, inside in (
        (["budget"], []),
        (["budget"], ["examples"]),
        (["budget"], []),
        ([], ["preparation"]),
    ):
        Ritual.objects.create(
            owner=alice, opened_on=ago(30), outside_factors=outside, inside_factors=inside
        )
    return alice


def page(client: Client, **query: str) -> str:
    return client.get(reverse("insights:index"), query).content.decode()


def funnel_count(html: str, step: str) -> int:
    section = html.split('id="funnel"')[1].split("</section>")[0]
    found = re.search(rf'<th scope="row">{step}</th><td class="num">(\d+)</td>', section)
    assert found, step
    return int(found.group(1))


def test_it_shows_every_chart_with_its_table(alice_search: User, alice_client: Client) -> None:
    html = page(alice_client)

    for key in ("funnel", "weekly", "response", "channels"):
        block = html.split(f'id="chart-{key}"')[1].split("</figure>")[0]
        assert re.search(r'<svg [^>]*role="img" aria-label="[^"]+"', block), key
        assert "<table" in block and "<caption>" in block, key
    assert html.count('class="chart-table"') == 4
    # Ten of the eleven referrals with an outcome reached an interview (one is still open).
    assert '<th scope="row">Referral</th><td>10 / 11</td>' in html
    assert 'style="' not in html.split('id="charts"')[1]


def test_it_shows_the_funnel_with_conversions(alice_search: User, alice_client: Client) -> None:
    html = page(alice_client)

    assert funnel_count(html, "Applications") == 34
    assert funnel_count(html, "Interviews") == 12
    assert funnel_count(html, "Final rounds") == 2
    assert funnel_count(html, "Offers") == 2
    assert "26 rejected, 0 ghosted, 6 still open" in html
    assert "A first reply usually took" in html


def test_it_puts_typical_figures_and_honest_odds_beside_the_rates(
    alice_search: User, alice_client: Client
) -> None:
    html = page(alice_client)
    funnel = html.split('id="funnel"')[1].split("</section>")[0]
    odds = html.split('id="odds"')[1].split("</section>")[0]

    interviews = funnel.split('<th scope="row">Interviews</th>')[1].split("</tr>")[0]
    assert "35%" in interviews  # 12 of 34
    assert "10% <small" in interviews and "Applications that lead to an interview" in interviews
    assert "Where the typical figures come from" in funnel
    assert "career-coaching article" in funnel
    assert "each application has about a" in odds
    assert "within your next 10 applications" in odds
    assert "not a promise" in odds
    assert 'href="/insights/themes/"' in html and 'href="/review/"' in html


def test_it_changes_the_numbers_with_the_filters(alice_search: User, alice_client: Client) -> None:
    referral = page(alice_client, channel="referral")
    assert funnel_count(referral, "Applications") == 12
    assert funnel_count(referral, "Interviews") == 10

    low_fit = page(alice_client, fit="2")  # the rating itself, as `nextyes stats --fit 2`
    assert funnel_count(low_fit, "Applications") == 20
    assert funnel_count(page(alice_client, fit="1–2"), "Applications") == 34  # not a rating

    recent = page(alice_client, start=ago(60).isoformat(), end=TODAY.isoformat())
    assert funnel_count(recent, "Applications") == 12  # ten board ones, Quietco, Slowco

    assert funnel_count(page(alice_client, resume="v2"), "Applications") == 12
    assert funnel_count(page(alice_client, channel="nonsense"), "Applications") == 34


def test_it_says_what_works_and_why_the_nos_came(alice_search: User, alice_client: Client) -> None:
    html = page(alice_client)

    assert "Referral works better for you than Job board (for interviews)." in html
    assert "moving some of the time you spend on Job board to Referral" in html
    assert "Engineer roles works better for you than Analyst roles" in html
    # Four looked-back rejections are too few for a share: the counts instead.
    assert (
        "You looked back on 4 rejections; something outside your control played a part in 3 of them."
        in html
    )
    assert "Budget or headcount changed (3)" in html


def test_it_lists_silence_with_a_follow_up(alice_search: User, alice_client: Client) -> None:
    html = page(alice_client)
    silence = html.split('id="silence"')[1].split("</section>")[0]

    assert "Quietco" in silence and "50 days quiet" in silence
    assert "A short follow-up to Sam Rivers?" in silence
    assert "Slowco" in silence and "25 days since you applied" in silence
    assert "Mark all as ghosted" in silence


def test_it_shows_bob_none_of_alices_data(alice_search: User, bob_client: Client) -> None:
    html = page(bob_client)

    for word in ("Refco", "Boardco", "Quietco", "Sam Rivers", "Referral works better", "Budget"):
        assert word not in html
    assert "Once you log a few applications" in html
    assert funnel_count(html, "Applications") == 0


def test_it_links_insights_from_the_main_nav(alice_client: Client) -> None:
    html = page(alice_client)
    nav = html.split('aria-label="Main"')[1].split("</nav>")[0]
    # Issue 13: Insights is one of the six sections, after Mind and before You.
    assert nav.index(">Mind</span>") < nav.index(">Insights</span>")
    assert 'href="/insights/" aria-current="page">' in nav
