"""The calendar feed: what a calendar app reads at the secret address, checked with `icalendar`."""

from __future__ import annotations

import datetime as dt
import logging
import zoneinfo

import pytest
from django.test import Client
from icalendar import Calendar, Component, Timezone

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for
from nextyes.momentum.calendar import links
from nextyes.momentum.models import Break, CalendarFeed
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Contact, Touchpoint
from tests.conftest import make_user

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def feed_path(user: User) -> str:
    return links.path_of(links.feed_for(user))


def fetch(client: Client, path: str) -> Calendar:
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events(calendar: Calendar) -> dict[str, Component]:
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def last_sunday(year: int, month: int) -> dt.date:
    """The last Sunday of a month: when Europe's clocks change in March and October."""
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - 6) % 7)


def lead(user: User, role: str = "Data Engineer", **extra: object) -> Application:
    return services.create_application(user, company="Quillfeather", role=role, **extra)  # type: ignore[arg-type]


def test_it_puts_the_interview_at_its_time_in_the_persons_zone(alice: User) -> None:
    app = lead(alice, applied_on=dt.date(2026, 3, 2))
    at = dt.datetime(2026, 12, 8, 10, 30, tzinfo=PARIS)
    interview, _ = services.schedule_interview(
        app, at, kind="video", location="https://meet.example/abc-defg"
    )
    client = Client()  # nobody signed in: calendar apps hold only the address

    response = client.get(feed_path(alice))
    assert b"DTSTART;TZID=Europe/Paris:20261208T103000" in response.content
    calendar = Calendar.from_ical(response.content)
    event = events(calendar)[f"interview-{interview.pk}@nextyes"]
    start = event.decoded("DTSTART")
    assert start == at
    assert start.utcoffset() == dt.timedelta(hours=1)
    assert event.decoded("DTEND") - start == dt.timedelta(hours=1)
    assert str(event["SUMMARY"]) == "Interview: Data Engineer at Quillfeather"
    assert str(event["LOCATION"]) == "https://meet.example/abc-defg"
    assert str(event["URL"]) == "https://meet.example/abc-defg"
    assert f"/applications/{app.pk}/" in str(event["DESCRIPTION"])
    assert "DTSTAMP" in event
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert str(calendar["VERSION"]) == "2.0" and "PRODID" in calendar


def test_its_time_zone_holds_across_the_change_to_summer_time(alice: User) -> None:
    app = lead(alice)
    change = last_sunday(today_for(alice).year + 1, 3)
    before = dt.datetime.combine(change - dt.timedelta(days=1), dt.time(10), tzinfo=PARIS)
    after = dt.datetime.combine(change, dt.time(10), tzinfo=PARIS)
    first = services.add_interview(app, before, kind="phone")
    second = services.add_interview(app, after, kind="on-site")

    calendar = fetch(Client(), feed_path(alice))
    found = events(calendar)
    # A calendar app without the zone's name uses the VTIMEZONE we send: it must say the same.
    (zone,) = calendar.walk("VTIMEZONE")
    assert isinstance(zone, Timezone)
    sent_zone = zone.to_tz(lookup_tzid=False)
    for interview, offset in ((first, 1), (second, 2)):
        start = found[f"interview-{interview.pk}@nextyes"].decoded("DTSTART")
        assert start.utcoffset() == dt.timedelta(hours=offset)
        wall = start.replace(tzinfo=None)
        assert wall.replace(tzinfo=sent_zone).utcoffset() == dt.timedelta(hours=offset)
    utc = {
        found[f"interview-{i.pk}@nextyes"].decoded("DTSTART").astimezone(dt.UTC).hour
        for i in (first, second)
    }
    assert utc == {9, 8}


def test_it_holds_follow_ups_breaks_and_deadlines_as_whole_days(alice: User) -> None:
    today = today_for(alice)
    saved = lead(
        alice,
        role="Analyst",
        closes_on=today + dt.timedelta(days=10),
        link="https://jobs.example/7",
    )
    applied = lead(alice, role="Engineer", closes_on=today + dt.timedelta(days=3), applied_on=today)
    contact = Contact.objects.create(owner=alice, name="Ottoline Marchbanks", company=saved.company)
    services.add_touchpoint(
        contact, occurred_on=today, kind="email", follow_up_on=today + dt.timedelta(days=5)
    )
    pause = Break.objects.create(
        owner=alice,
        starts_on=today + dt.timedelta(days=1),
        ends_on=today + dt.timedelta(days=4),
        reason="rest",
    )

    found = events(fetch(Client(), feed_path(alice)))
    deadline = found[f"deadline-{saved.pk}@nextyes"]
    assert deadline.decoded("DTSTART") == today + dt.timedelta(days=10)
    assert deadline.decoded("DTEND") == today + dt.timedelta(days=11)
    assert str(deadline["SUMMARY"]) == "Applications close: Analyst at Quillfeather"
    assert str(deadline["URL"]) == "https://jobs.example/7"
    assert str(deadline["TRANSP"]) == "TRANSPARENT"
    # Applied already: its deadline no longer matters.
    assert f"deadline-{applied.pk}@nextyes" not in found
    follow_up = found[f"follow-up-{contact.pk}@nextyes"]
    assert follow_up.decoded("DTSTART") == today + dt.timedelta(days=5)
    assert str(follow_up["SUMMARY"]) == "Follow up with Ottoline Marchbanks (Quillfeather)"
    rest = found[f"break-{pause.pk}@nextyes"]
    # From its first day up to the day the person resumes (DTEND is not part of the event).
    assert (rest.decoded("DTSTART"), rest.decoded("DTEND")) == (pause.starts_on, pause.ends_on)
    assert "rest" not in str(rest["SUMMARY"])  # the reason is the person's own


def test_a_follow_up_that_was_done_leaves_the_feed(alice: User) -> None:
    today = today_for(alice)
    contact = Contact.objects.create(owner=alice, name="Ottoline")
    services.add_touchpoint(
        contact,
        occurred_on=today - dt.timedelta(days=3),
        kind="email",
        follow_up_on=today - dt.timedelta(days=1),
    )
    assert f"follow-up-{contact.pk}@nextyes" in events(fetch(Client(), feed_path(alice)))
    services.add_touchpoint(contact, occurred_on=today, kind="call")
    assert f"follow-up-{contact.pk}@nextyes" not in events(fetch(Client(), feed_path(alice)))
    assert Touchpoint.objects.filter(contact=contact).count() == 2


def test_it_holds_only_its_owners_events(alice: User, bob: User) -> None:
    mine = lead(alice)
    theirs = services.create_application(bob, company="Bobco", role="Dev")
    at = dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.UTC)
    services.add_interview(mine, at, kind="video")
    services.add_interview(theirs, at, kind="video")
    found = events(fetch(Client(), feed_path(bob)))
    assert [str(e["SUMMARY"]) for e in found.values()] == ["Interview: Dev at Bobco"]
    # Bob's zone is UTC: his interview is at 09:00 there.
    (event,) = found.values()
    assert event.decoded("DTSTART").astimezone(dt.UTC).hour == 9


@pytest.mark.parametrize(
    "path",
    [
        "/calendar/not-the-secret.ics",
        "/calendar/.ics",
        "/calendar/",
        "/calendar/" + "x" * 500 + ".ics",
    ],
)
def test_a_wrong_or_missing_secret_answers_404(alice: User, path: str) -> None:
    links.feed_for(alice)
    response = Client().get(path)
    assert response.status_code == 404
    assert b"BEGIN:VCALENDAR" not in response.content


def test_the_old_address_answers_404_once_a_new_one_is_made(alice: User) -> None:
    old = feed_path(alice)
    links.rotate(alice)
    new = feed_path(alice)
    assert new != old
    assert Client().get(old).status_code == 404
    assert Client().get(new).status_code == 200


def test_the_secret_is_long_random_and_kept_with_its_fingerprint(alice: User, bob: User) -> None:
    a, b = links.feed_for(alice), links.feed_for(bob)
    assert len(a.token) >= 43 and a.token != b.token
    assert a.token_hash != a.token and len(a.token_hash) == 64
    assert links.owner_of(a.token) == alice
    assert links.owner_of(a.token[:-1]) is None
    assert links.owner_of("") is None
    assert links.feed_for(alice).pk == a.pk  # made once, then the same
    assert CalendarFeed.objects.filter(owner=alice).count() == 1


def test_a_deactivated_account_has_no_feed(alice: User) -> None:
    path = feed_path(alice)
    alice.is_active = False
    alice.save()
    assert Client().get(path).status_code == 404


def test_the_feed_keeps_out_of_caches_and_logs(alice: User) -> None:
    response = Client().get(feed_path(alice))
    assert response["Content-Disposition"] == 'inline; filename="nextyes.ics"'
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response.get("Set-Cookie") is None


def test_a_new_person_gets_an_empty_valid_feed(db: None) -> None:
    carol = make_user("carol", timezone="America/New_York")
    calendar = fetch(Client(), feed_path(carol))
    assert calendar.walk("VEVENT") == []
    assert str(calendar["X-WR-TIMEZONE"]) == "America/New_York"


def test_it_keeps_the_secret_out_of_the_server_logs(
    alice: User, caplog: pytest.LogCaptureFixture
) -> None:
    from nextyes.access_log import masked

    old = links.feed_for(alice).token
    links.rotate(alice)
    with caplog.at_level(logging.DEBUG):
        assert Client().get(f"/calendar/{old}.ics").status_code == 404
        assert Client().get(feed_path(alice)).status_code == 200
    assert old not in caplog.text and links.feed_for(alice).token not in caplog.text
    # gunicorn's access log (nextyes serve) masks it too.
    assert masked(f"GET /calendar/{old}.ics HTTP/1.1") == "GET /calendar/… HTTP/1.1"
    assert masked("POST /calendar/new-link/ HTTP/1.1") == "POST /calendar/new-link/ HTTP/1.1"


def test_it_answers_a_head_request_and_refuses_to_be_written_to(alice: User) -> None:
    path = feed_path(alice)
    assert Client().head(path).status_code == 200
    assert Client().post(path).status_code == 405
