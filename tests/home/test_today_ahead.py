"""Today as home: the week's interviews however they were added, an offer celebrated at the top,
and one clear first step for a new person."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.home.today import build_today
from nextyes.inbox import proposals, proposing
from nextyes.inbox.models import MailMessage
from nextyes.lib.dates import today_for
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Interview
from tests.conftest import page

PARIS = zoneinfo.ZoneInfo("Europe/Paris")  # alice's time zone


def next_tuesday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(1 - day.weekday()) % 7 or 7)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=PARIS)


def acme(user: User) -> Application:
    return services.create_application(
        user, company="Acme", role="Data Analyst", applied_on=today_for(user) - dt.timedelta(days=9)
    )


def today_html(client: Client) -> str:
    return page(client.get(reverse("momentum:today")))


def test_an_interview_from_the_inbox_for_next_tuesday_shows_with_its_prep_links(
    alice: User, alice_client: Client
) -> None:
    app = acme(alice)
    tuesday = next_tuesday(today_for(alice))
    message = MailMessage.objects.create(
        owner=alice,
        message_id="invite-1",
        content_hash="0" * 64,
        sender_name="Acme Talent",
        sender_address="talent@acme.com",
        subject="Acme: next step",
        text="Could we talk by video next Tuesday at 14:30?",
        sent_at=timezone.now() - dt.timedelta(hours=2),
        label="interview",
        confidence=0.97,
    )
    [proposal] = proposing.propose(alice, [message])
    proposals.apply(
        proposal, edits=proposals.Edits(application=app, interview_at=at(tuesday, 14, 30))
    )
    interview = Interview.objects.get(owner=alice)

    body = today_html(alice_client)
    section = body.split('id="interviews-title"')[1].split("</section>")[0]
    assert "Data Analyst · Acme" in section
    assert tuesday.strftime("%A") in section and "14:30" in section
    assert reverse("pipeline:interview_edit", args=[interview.pk]) + "#id_prep_notes" in section
    assert f"{reverse('journal:visualise')}?interview={interview.pk}" in section


def test_an_interview_added_with_the_form_shows_in_the_persons_time_zone(
    alice: User, alice_client: Client
) -> None:
    app = acme(alice)
    tuesday = next_tuesday(today_for(alice))
    response = alice_client.post(
        reverse("pipeline:interview_new", args=[app.pk]),
        {"scheduled_at": f"{tuesday.isoformat()}T09:15", "round": 1, "kind": "phone"},
    )
    assert response.status_code == 302
    assert Interview.objects.get(owner=alice).scheduled_at == at(tuesday, 9, 15)

    [shown] = build_today(alice).interviews
    assert (shown.at.date(), shown.at.hour, shown.at.minute) == (tuesday, 9, 15)
    assert "09:15" in today_html(alice_client)


def test_an_interview_eight_days_out_or_someone_elses_does_not_show(
    alice: User, alice_client: Client, bob: User
) -> None:
    app = acme(alice)
    day = today_for(alice)
    Interview.objects.create(
        owner=alice, application=app, scheduled_at=at(day + dt.timedelta(days=8), 10), kind="video"
    )
    Interview.objects.create(
        owner=alice, application=app, scheduled_at=at(day - dt.timedelta(days=1), 10), kind="video"
    )
    theirs = acme(bob)
    Interview.objects.create(
        owner=bob, application=theirs, scheduled_at=at(day + dt.timedelta(days=2), 10), kind="video"
    )

    assert build_today(alice).interviews == []
    assert "Interviews this week" not in today_html(alice_client)
    # Seven days out still counts as this week.
    Interview.objects.create(
        owner=alice, application=app, scheduled_at=at(day + dt.timedelta(days=7), 23), kind="video"
    )
    assert len(build_today(alice).interviews) == 1


def test_a_recent_offer_is_celebrated_at_the_top(alice: User, alice_client: Client) -> None:
    app = acme(alice)
    day = today_for(alice)
    services.move_application(app, "interview", on=day - dt.timedelta(days=5))
    services.move_application(app, "offer", on=day - dt.timedelta(days=1))

    body = today_html(alice_client)
    main = body.split("<main")[1]
    assert "You have an offer!" in main
    assert "Data Analyst at Acme." in main
    # The first card on the page, before the why and the check-in.
    assert main.index("You have an offer!") < main.index("Why I’m doing this")
    assert reverse("pipeline:application", args=[app.pk]) in main

    services.move_application(app, "accepted", on=day)
    assert "You said yes to a new job" in today_html(alice_client)


def test_an_old_offer_or_a_declined_one_is_not_celebrated_again(
    alice: User, alice_client: Client
) -> None:
    old, declined = acme(alice), acme(alice)
    day = today_for(alice)
    services.move_application(old, "offer", on=day - dt.timedelta(days=40))
    services.move_application(declined, "offer", on=day - dt.timedelta(days=3))
    services.move_application(declined, "declined", on=day - dt.timedelta(days=2))

    assert build_today(alice).offer is None
    assert "You have an offer!" not in today_html(alice_client)
