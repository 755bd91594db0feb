"""`nextyes calendar url | rotate` and `nextyes interview add`: their printed contract."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from django.test import Client
from icalendar import Calendar
from pytest_django import Settings

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for
from nextyes.momentum.calendar import links
from nextyes.pipeline import services
from nextyes.pipeline.models import Interview, StageEvent
from tests.conftest import Run

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def test_it_prints_the_feeds_full_address(alice: User, run: Run) -> None:
    code, out, err = run("calendar", "url", "--user", "alice")
    assert (code, err) == (0, "")
    token = links.feed_for(alice).token
    assert out == f"http://127.0.0.1:8000/calendar/{token}.ics\n"
    # The same address every time, until it is replaced.
    assert run("calendar", "url", "--user", "alice")[1] == out


def test_it_prints_the_address_on_the_base_url(alice: User, run: Run, settings: Settings) -> None:
    settings.BASE_URL = "https://nextyes.example.org"
    out = run("calendar", "url", "--user", "alice")[1]
    assert out.startswith("https://nextyes.example.org/calendar/") and out.endswith(".ics\n")


def test_rotating_prints_a_new_address_and_the_old_one_answers_404(alice: User, run: Run) -> None:
    old = run("calendar", "url", "--user", "alice")[1].strip()
    code, out, err = run("calendar", "rotate", "--user", "alice")
    assert (code, err) == (0, "")
    new = out.strip().splitlines()[-1]
    assert new != old and new.startswith("http://127.0.0.1:8000/calendar/")
    assert "the old one no longer works" in out
    assert run("calendar", "url", "--user", "alice")[1].strip() == new
    path = new.removeprefix("http://127.0.0.1:8000")
    assert Client().get(path).status_code == 200
    assert Client().get(old.removeprefix("http://127.0.0.1:8000")).status_code == 404


def test_rotating_leaves_other_people_alone(alice: User, bob: User, run: Run) -> None:
    bobs = links.feed_for(bob).token
    run("calendar", "rotate", "--user", "alice")
    assert links.feed_for(bob).token == bobs


def test_it_refuses_an_unknown_person(alice: User, run: Run) -> None:
    code, out, err = run("calendar", "url", "--user", "nobody")
    assert code == 1 and out == ""
    assert "there is no account named “nobody”" in err


def test_it_schedules_an_interview_in_the_persons_zone_and_prints_its_id(
    alice: User, run: Run
) -> None:
    app = services.create_application(
        alice, company="Acme", role="Engineer", applied_on=today_for(alice)
    )
    code, out, err = run(
        "interview", "add", str(app.pk), "--at", "2026-12-08T10:30", "--kind", "on-site",
        "--round", "2", "--user", "alice",
    )  # fmt: skip
    assert (code, err) == (0, "")
    lines = out.strip().splitlines()
    interview = Interview.objects.get(pk=int(lines[-1]))
    assert lines[-1] == str(interview.pk)
    assert interview.scheduled_at == dt.datetime(2026, 12, 8, 10, 30, tzinfo=PARIS)
    assert interview.scheduled_at.astimezone(dt.UTC).hour == 9
    assert (interview.application, interview.kind, interview.round) == (app, "on-site", 2)
    assert "on 2026-12-08 10:30 (Europe/Paris)" in lines[0]
    # Like moving to interview: the stage goes on the timeline, today.
    event = StageEvent.objects.get(application=app, stage="interview")
    assert (event.round, event.occurred_on) == (2, today_for(alice))
    app.refresh_from_db()
    assert app.status == "interview"
    # And the feed holds it at that time.
    calendar = Calendar.from_ical(Client().get(links.path_of(links.feed_for(alice))).content)
    (found,) = calendar.walk("VEVENT")
    assert found.decoded("DTSTART") == dt.datetime(2026, 12, 8, 10, 30, tzinfo=PARIS)


def test_it_takes_the_next_round_and_video_by_default(alice: User, run: Run) -> None:
    app = services.create_application(alice, company="Acme", role="Engineer")
    first = run("interview", "add", str(app.pk), "--at", "2026-12-08T10:30")[1]
    second = run("interview", "add", str(app.pk), "--at", "2026-12-15 14:00")[1]
    one = Interview.objects.get(pk=int(first.split()[-1]))
    two = Interview.objects.get(pk=int(second.split()[-1]))
    assert (one.round, one.kind, two.round, two.kind) == (1, "video", 2, "video")
    assert list(app.events.filter(stage="interview").values_list("round", flat=True)) == [1, 2]


def test_a_round_already_on_the_timeline_gets_no_second_event(alice: User, run: Run) -> None:
    app = services.create_application(alice, company="Acme", role="Engineer")
    services.move_application(app, "interview", on=today_for(alice))
    code, out, _ = run("interview", "add", str(app.pk), "--at", "2026-12-08T10:30")
    assert code == 0
    assert Interview.objects.get(pk=int(out.split()[-1])).round == 1
    assert app.events.filter(stage="interview").count() == 1
    assert "timeline" not in out


def test_a_past_interview_is_dated_on_its_own_day(alice: User, run: Run) -> None:
    app = services.create_application(alice, company="Acme", role="Engineer")
    run("interview", "add", str(app.pk), "--at", "2026-01-15T23:30")
    # 23:30 in Paris: still the 15th there (22:30 UTC).
    assert app.events.get(stage="interview").occurred_on == dt.date(2026, 1, 15)


def test_it_does_not_touch_another_persons_application(alice: User, bob: User, run: Run) -> None:
    bobs = services.create_application(bob, company="Bobco", role="Dev")
    before = list(bobs.events.values_list("pk", flat=True))
    code, out, err = run(
        "interview", "add", str(bobs.pk), "--at", "2026-12-08T10:30", "--user", "alice"
    )
    assert (code, out) == (1, "")
    assert err.strip() == f"nextyes: no application with id {bobs.pk}."
    assert not Interview.objects.exists()
    assert list(bobs.events.values_list("pk", flat=True)) == before
    # The same words as for an id nobody has.
    assert run("interview", "add", "99999", "--at", "2026-12-08T10:30", "--user", "alice")[2] == (
        "nextyes: no application with id 99999.\n"
    )


@pytest.mark.parametrize(
    "at", ["tomorrow", "2026-12-08", "2026-13-08T10:30", "2026-12-08T25:00", ""]
)
def test_it_explains_a_bad_time(alice: User, run: Run, at: str) -> None:
    app = services.create_application(alice, company="Acme", role="Engineer")
    code, out, err = run("interview", "add", str(app.pk), "--at", at)
    assert (code, out) == (1, "")
    assert err == (
        f"nextyes: --at: “{at}” is not a date and time. Write it as YYYY-MM-DDTHH:MM, in your "
        "own time zone, e.g. 2026-12-08T10:30.\n"
    )
    assert not Interview.objects.exists()


def test_it_explains_a_bad_kind(alice: User, run: Run) -> None:
    app = services.create_application(alice, company="Acme", role="Engineer")
    code, out, err = run(
        "interview", "add", str(app.pk), "--at", "2026-12-08T10:30", "--kind", "dinner"
    )
    assert (code, out) == (1, "")
    assert err == (
        "nextyes: “dinner” is not a kind of interview. "
        "Choose one of: phone, video, on-site, take-home.\n"
    )
    assert not Interview.objects.exists()


def test_it_accepts_a_time_with_its_own_offset(alice: User, run: Run) -> None:
    app = services.create_application(alice, company="Acme", role="Engineer")
    out = run("interview", "add", str(app.pk), "--at", "2026-12-08T10:30+00:00")[1]
    interview = Interview.objects.get(pk=int(out.split()[-1]))
    assert interview.scheduled_at == dt.datetime(2026, 12, 8, 10, 30, tzinfo=dt.UTC)
    assert "on 2026-12-08 11:30 (Europe/Paris)" in out


def test_setting_up_leaves_icalendar_and_beautifulsoup_to_first_use() -> None:
    """icalendar (about half a second) and BeautifulSoup (about 90 ms) load only for the feed,
    an invitation or a saved job page: no command or server start may pay for them."""
    import os
    import subprocess
    import sys

    probe = (
        "import django, sys; django.setup(); "
        "from django.urls import resolve; resolve('/'); "
        "print([name for name in ('icalendar', 'bs4') if name in sys.modules])"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "nextyes.settings"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "[]"
