"""What a buddy sees: the shared week and its effort, through a secret link or their own account,
and nothing from the journal; a stopped link looks exactly like one that never existed."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

import pytest
from django.test import Client

from nextyes.accounts import buddy
from nextyes.accounts.models import BuddyShare, User
from nextyes.journal.models import Gratitude, ThoughtRecord
from nextyes.journal.services import add_win
from nextyes.journal.services.checkins import save_checkin
from nextyes.momentum.models import EffortPoint, Reward
from nextyes.momentum.services import redeem_reward
from tests.conftest import make_user
from tests.insights.review_support import MONDAY, PRIVATE, SUNDAY, alice_week
from tests.momentum.momentum_support import D

pytestmark = pytest.mark.django_db

# Alice's journal, in words no page for a buddy may hold.
JOURNAL = {
    "checkin": "OCTOPUS-CHECKIN: could not sleep after the call",
    "situation": "OCTOPUS-SITUATION at the kitchen table",
    "thought": "OCTOPUS-THOUGHT nobody will ever hire me",
    "balanced": "OCTOPUS-BALANCED two teams did want to talk",
    "win": "OCTOPUS-WIN walked by the river",
    "gratitude": "OCTOPUS-GRATITUDE for my neighbour",
}
# Effort a buddy never sees: from the journal (check-ins) or the person's own treats.
PRIVATE_EFFORT = ("check-in", "redemption")


def _alice_with_journal(alice: User, monkeypatch: pytest.MonkeyPatch) -> None:
    alice_week(alice, monkeypatch)
    save_checkin(alice, mood=2, day=D(2026, 3, 4), note=JOURNAL["checkin"])
    ThoughtRecord.objects.create(
        owner=alice,
        situation=JOURNAL["situation"],
        thought=JOURNAL["thought"],
        balanced_thought=JOURNAL["balanced"],
    )
    add_win(alice, JOURNAL["win"], "personal", on=D(2026, 3, 5))
    Gratitude.objects.create(owner=alice, text=JOURNAL["gratitude"], day=D(2026, 3, 5))
    reward = Reward.objects.create(owner=alice, name="OCTOPUS-REWARD cinema", cost=5)
    redeem_reward(reward, on=D(2026, 3, 5))


def _link(alice: User) -> str:
    return f"/buddy/{buddy.create_link(alice, 'Sam').token}/"


def _shared_effort(alice: User) -> int:
    points = EffortPoint.objects.filter(owner=alice, occurred_on__range=(MONDAY, SUNDAY))
    assert points.filter(reason="check-in").exists()  # there is private effort to leave out
    return sum(p.points for p in points.exclude(reason__in=PRIVATE_EFFORT))


def test_it_shows_the_shared_week_and_its_effort_through_a_link(
    alice: User, monkeypatch: pytest.MonkeyPatch, client: Client
) -> None:
    _alice_with_journal(alice, monkeypatch)
    response = client.get(_link(alice))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Alice’s week" in body and "You are Alice’s accountability buddy" in body
    assert "this week" in body
    assert "4 wins this week." in body and "Personal: 1" in body and "1 of 2 goals met." in body
    assert "Applications sent: 2 of 2" in body
    effort = _shared_effort(alice)
    assert effort > 0
    assert f'<strong class="buddy-points">{effort}</strong> effort points this week' in body
    assert "Check-in" not in body and "Reward" not in body
    assert "Sign out" not in body  # nobody is signed in, and no menu is offered


def test_it_shows_nothing_from_the_journal_or_anything_private(
    alice: User, monkeypatch: pytest.MonkeyPatch, client: Client
) -> None:
    _alice_with_journal(alice, monkeypatch)
    body = client.get(_link(alice)).content.decode()
    for private in [*JOURNAL.values(), *PRIVATE.values(), "OCTOPUS", "NARWHAL"]:
        assert private not in body, private


def _without_csrf(body: str) -> str:
    return re.sub(r'"X-CSRFToken": "[^"]*"', "", body)


def test_it_answers_a_stopped_link_exactly_like_an_unknown_one(alice: User, client: Client) -> None:
    made = buddy.create_link(alice, "Sam")
    assert client.get(f"/buddy/{made.token}/").status_code == 200
    buddy.revoke(made.share)
    stopped = client.get(f"/buddy/{made.token}/")
    unknown = client.get(f"/buddy/{made.token[:-4]}abcd/")
    assert stopped.status_code == unknown.status_code == 404
    assert _without_csrf(stopped.content.decode()) == _without_csrf(unknown.content.decode())
    assert "This page isn’t open right now" in stopped.content.decode()
    assert "Alice" not in stopped.content.decode()
    assert client.get("/buddy/" + "x" * 500 + "/").status_code == 404


@pytest.mark.parametrize("live", [True, False])
def test_it_keeps_the_page_out_of_caches_search_engines_and_referrers(
    alice: User, client: Client, live: bool
) -> None:
    made = buddy.create_link(alice)
    if not live:
        buddy.revoke(made.share)
    response = client.get(f"/buddy/{made.token}/")
    assert response.status_code == (200 if live else 404)
    assert "no-store" in response.headers["Cache-Control"]
    assert "noindex" in response.headers["X-Robots-Tag"]
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()


def test_it_keeps_the_secret_out_of_the_server_logs(
    alice: User, client: Client, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    from gunicorn.config import Config

    from nextyes.access_log import AccessLogger, masked
    from nextyes.cli.server import ACCESS_LOG_FORMAT, gunicorn_args

    made = buddy.create_link(alice)
    buddy.revoke(made.share)
    with caplog.at_level(logging.DEBUG):
        assert client.get(f"/buddy/{made.token}/").status_code == 404
    assert made.token not in caplog.text
    with caplog.at_level(logging.DEBUG):  # the log is listening: any other 404 is in it
        client.get(f"/elsewhere/{made.token}/")
    assert made.token in caplog.text
    # gunicorn's access log (nextyes serve) masks it too.
    assert "nextyes.access_log.AccessLogger" in gunicorn_args("127.0.0.1", 8000, 1)
    config = Config()
    config.set("accesslog", str(tmp_path / "access.log"))
    config.set("access_log_format", ACCESS_LOG_FORMAT)
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"/buddy/{made.token}/?week=2026-W09",
        "PATH_INFO": f"/buddy/{made.token}/",
        "SERVER_PROTOCOL": "HTTP/1.1",
    }
    response = type("Response", (), {"status": "404 Not Found", "sent": 512, "headers": []})()
    AccessLogger(config).access(response, [], environ, dt.timedelta(milliseconds=3))
    line = (tmp_path / "access.log").read_text()
    assert '"GET /buddy/…/ HTTP/1.1" 404' in line and made.token not in line
    assert masked("/buddy/from/12/") == "/buddy/from/12/"


def test_it_notes_when_the_buddy_last_looked(alice: User, client: Client) -> None:
    made = buddy.create_link(alice)
    assert made.share.last_viewed_at is None
    client.get(f"/buddy/{made.token}/")
    made.share.refresh_from_db()
    assert made.share.last_viewed_at is not None


def test_it_goes_back_through_past_weeks_but_never_ahead(
    alice: User, monkeypatch: pytest.MonkeyPatch, client: Client
) -> None:
    alice_week(alice, monkeypatch)  # "now" is Friday 6 March 2026, week 10
    link = _link(alice)
    this_week = client.get(link).content.decode()
    assert f'href="{link}?week=2026-W09" rel="prev"' in this_week
    assert 'rel="next"' not in this_week
    assert "2 Mar 2026 to 8 Mar 2026 · this week" in this_week
    last_week = client.get(f"{link}?week=2026-W09").content.decode()
    assert "23 Feb 2026 to 1 Mar 2026</p>" in last_week
    assert "0 wins this week." in last_week
    assert f'href="{link}?week=2026-W10" rel="next"' in last_week
    for later in ("2026-W30", "2027-W01", "not-a-week"):
        page = client.get(f"{link}?week={later}")
        assert page.status_code == 200
        assert _without_csrf(page.content.decode()) == _without_csrf(this_week), later


def test_it_opens_an_account_share_for_its_buddy_only(alice: User, bob: User) -> None:
    carol = make_user("carol")
    share = buddy.invite_account(alice, "bob")
    url = f"/buddy/from/{share.pk}/"
    as_bob, as_carol, as_alice = Client(), Client(), Client()
    as_bob.force_login(bob)
    as_carol.force_login(carol)
    as_alice.force_login(alice)
    page = as_bob.get(url)
    assert page.status_code == 200 and "Alice’s week" in page.content.decode()
    assert page.headers["Referrer-Policy"] == "no-referrer"
    share.refresh_from_db()
    assert share.last_viewed_at is not None
    assert as_carol.get(url).status_code == 404
    assert as_alice.get(url).status_code == 404  # her own week is on her review page
    anonymous = Client().get(url)
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    buddy.revoke(share)
    assert as_bob.get(url).status_code == 404
    # A link's id is no account share, whoever asks.
    link = buddy.create_link(alice).share
    assert as_bob.get(f"/buddy/from/{link.pk}/").status_code == 404


def test_the_preview_shows_the_same_effort(
    alice: User, monkeypatch: pytest.MonkeyPatch, alice_client: Client
) -> None:
    _alice_with_journal(alice, monkeypatch)
    body = alice_client.get("/review/share/?week=2026-W10").content.decode()
    assert f'<strong class="buddy-points">{_shared_effort(alice)}</strong>' in body
    assert 'href="/accounts/buddy/"' in body


def test_it_counts_effort_in_the_week_it_was_made(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nextyes.insights.buddy import buddy_week

    alice_week(alice, monkeypatch)
    EffortPoint.objects.create(
        owner=alice, points=7, reason="other", occurred_on=D(2026, 3, 3), key="x"
    )
    last = buddy_week(alice, D(2026, 2, 25))
    now = buddy_week(alice, None)
    assert last.review.start == D(2026, 2, 23) and now.review.start == MONDAY
    assert now.is_current and not last.is_current
    assert last.effort.total == 10  # Oldco, applied on 25 February
    assert all(label != "Other" for label, _points in now.effort.by_reason)
    assert BuddyShare.objects.count() == 0
    assert isinstance(now.review.start, dt.date)
