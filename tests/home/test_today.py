"""The Today page ("/"): each section as a person sees it, the welcome, and a steady query count."""

from __future__ import annotations

import datetime as dt
import re

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.dateformat import format as format_date
from pytest_django import DjangoAssertNumQueries

from nextyes.accounts.models import User
from nextyes.home.today import small_step_for
from nextyes.journal.models import JarNote, Win
from nextyes.journal.services import add_jar_note, add_win
from nextyes.lib.dates import today_for
from nextyes.momentum.models import Goal
from nextyes.momentum.services import add_next_action, start_break
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Company, Contact, StageEvent, Touchpoint
from tests.conftest import page
from tests.home.test_today_data import (
    BOB_WORDS,
    alice_world,
    bob_world,
    open_ritual,
    quiet_since_long_ago,
)

DAY = dt.timedelta(days=1)


def today_page(client: Client) -> str:
    response = client.get(reverse("momentum:today"))
    assert response.status_code == 200
    return page(response)


def test_it_is_the_home_page_and_asks_strangers_to_sign_in(client: Client, alice: User) -> None:
    assert reverse("momentum:today") == "/"
    response = client.get("/")
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_it_shows_every_section_of_alices_day_and_nothing_of_bobs(
    alice_client: Client, alice: User, bob: User
) -> None:
    world = alice_world(alice)
    bob_world(bob)
    body = today_page(alice_client)
    # 1. The north star
    assert "Why I’m doing this" in body
    assert "A team that builds things people need" in body
    # 2. Rituals at the top, and a quiet way to the ones put aside
    assert "After the no from Acme: pick up where you left off" in body
    assert reverse("recovery:ritual", args=[world["ritual"].pk]) in body
    assert "next: Perspective" in body
    assert "The ones you put aside are here whenever you want them." in body
    assert reverse("recovery:ritual_list") in body
    assert body.index("After the no from Acme") < body.index("This week’s goals")
    # 4. This week's goals
    assert "Applications sent" in body
    assert '<progress id="goal-{}" max="2" value="1">'.format(world["goal"].pk) in body
    assert "1 of 2" in body
    assert reverse("momentum:goal_list") in body
    # 5. Next actions
    assert "Follow up with Sam Rivera" in body
    assert "Backend Engineer" not in body.split("Saved jobs to apply to")[1]
    assert "Data Engineer at Globex" in body
    assert reverse("pipeline:application", args=[world["globex"].pk]) in body
    assert "Ask Jo for a coffee chat" in body
    assert reverse("momentum:action_done", args=[world["step"].pk]) in body
    # 6. The jar, 7. recent wins
    assert "I explained my project clearly" in body
    assert reverse("journal:jar_draw") in body
    assert "Draw another" in body
    assert 'hx-target="#jar-drawn"' in body and 'id="jar-drawn"' in body
    assert "Sent the Acme application" in body
    assert reverse("journal:win_new") in body
    # Calm: no welcome for someone already under way, nothing of Bob's
    assert "Welcome to NextYes" not in body
    assert not [word for word in BOB_WORDS if word in body]


def test_it_welcomes_a_brand_new_person_with_one_clear_first_step(bob_client: Client) -> None:
    body = today_page(bob_client)
    assert "Welcome to NextYes" in body
    assert "NextYes keeps your whole job search in one calm place" in body
    main = body.split("<main")[1].split("</main>")[0]
    # Exactly one primary action, first on the page, and the import as a plain link beside it.
    assert re.findall(r'class="[^"]*\bprimary\b[^"]*"', main) == ['class="button primary"']
    first = main.split('class="button primary"')[1].split("</a>")[0]
    assert reverse("pipeline:application_new") in first and "Add your first application" in first
    assert main.index("Add your first application") < main.index("Why I’m doing this")
    assert reverse("pipeline:import") in main and "Or import a CSV" in main
    assert "Three ways to begin" not in main
    # The why is still one link away, in its own card.
    assert reverse("accounts:profile") + "#id_north_star" in body
    # Nothing to show yet, so no wall of empty boxes
    assert "Next actions" not in body
    assert "Recent wins" not in body


def test_it_keeps_what_a_new_person_already_has(bob_client: Client, bob: User) -> None:
    add_win(bob, "Updated my résumé")
    body = today_page(bob_client)
    assert "Welcome to NextYes" in body
    assert "Updated my résumé" in body


def test_it_invites_to_fill_each_empty_section(alice_client: Client, alice: User) -> None:
    services.create_application(alice, company="Acme", role="Engineer", applied_on=today_for(alice))
    body = today_page(alice_client)
    assert "Write your why in your profile" in body
    assert reverse("accounts:profile") + "#id_north_star" in body
    assert "Set a goal" in body
    assert reverse("momentum:goal_new") in body
    assert "Nothing waiting." in body
    assert "Write your first note" in body
    assert reverse("journal:jar") in body
    assert "Wins are the small things that went well" in body
    assert "After a no" not in body


def test_it_shows_a_break_as_rest(alice_client: Client, alice: User) -> None:
    day = today_for(alice)
    services.create_application(alice, company="Acme", role="Engineer", applied_on=day)
    start_break(alice, ends_on=day + 3 * DAY)
    body = today_page(alice_client)
    until = format_date(day + 3 * DAY, "l j F")
    assert f"You’re taking a break until {until}. Rest is part of the work." in body


def test_it_offers_one_small_step_after_a_long_quiet_break(
    alice_client: Client, alice: User
) -> None:
    day = today_for(alice)
    services.create_application(alice, company="Acme", role="Engineer", applied_on=day - 30 * DAY)
    start_break(alice, starts_on=day - 12 * DAY, ends_on=day - 5 * DAY)
    quiet_since_long_ago(alice)
    body = today_page(alice_client)
    step = small_step_for(day)
    assert step.text in body
    assert reverse(step.url_name) in body
    assert "taking a break" not in body


def test_it_shows_a_fresh_ritual_gently(alice_client: Client, alice: User) -> None:
    app = services.create_application(alice, company="Initech", role="Engineer")
    open_ritual(alice, app)
    body = today_page(alice_client)
    assert "After the no from Initech: take a few minutes when you’re ready" in body
    assert "put aside" not in body


def grow(user: User, n: int) -> None:
    """n more applications, touchpoints with due follow-ups, wins, jar notes and steps."""
    day = today_for(user)
    company = Company.objects.create(owner=user, name=f"Company {n}")
    apps = Application.objects.bulk_create(
        Application(owner=user, company=company, role=f"Role {i}", status=status)
        for i in range(n)
        for status in ["saved" if i % 2 else "applied"]
    )
    StageEvent.objects.bulk_create(
        StageEvent(owner=user, application=a, stage=a.status, occurred_on=day) for a in apps
    )
    people = Contact.objects.bulk_create(Contact(owner=user, name=f"P{i}") for i in range(n))
    Touchpoint.objects.bulk_create(
        Touchpoint(
            owner=user,
            contact=p,
            application=apps[i],
            kind="email",
            occurred_on=day - 5 * DAY,
            follow_up_on=day,
        )
        for i, p in enumerate(people)
    )
    Win.objects.bulk_create(Win(owner=user, text=f"Win {i}", occurred_on=day) for i in range(n))
    JarNote.objects.bulk_create(JarNote(owner=user, text=f"Note {i}") for i in range(n))
    for i in range(min(n, 8)):
        add_next_action(user, f"Step {i}", application=apps[i])
    open_ritual(user, *apps[:3], visited_steps=["feel"])


def test_it_runs_the_same_few_queries_however_much_there_is(
    alice_client: Client, alice: User, django_assert_max_num_queries: DjangoAssertNumQueries
) -> None:
    for kind in ["applications", "outreach", "learning-hours", "custom"]:
        Goal.objects.create(owner=alice, kind=kind, label=kind, weekly_target=3)
    add_jar_note(alice, "First")
    grow(alice, 5)
    with CaptureQueriesContext(connection) as small:
        today_page(alice_client)
    grow(alice, 55)
    with django_assert_max_num_queries(len(small)):
        body = today_page(alice_client)
    assert "Step 4" in body
    assert body.count("Follow up with") == 5
    # 19 before issue 5, then one for the check-in card, one for the vision board and care panel,
    # one for the count of proposals from the mail, and, on the first visit of a day only, the
    # write of the account's "last seen" day for the owner's people page, and one for the panel
    # offered after a no (issue 13), and one each for the week's interviews and an offer to
    # celebrate (issue 13, part 6), and one for the count of reminders due (issue 14).
    assert len(small) <= 27
