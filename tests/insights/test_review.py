"""The weekly review: the person's own week, and a share that holds nothing private."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.insights import review_text
from nextyes.insights.review import BadWeek, parse_week, share, week_label, weekly_review
from nextyes.journal.services import add_win
from nextyes.momentum.services import add_next_action
from nextyes.pipeline import services
from tests.conftest import make_user
from tests.insights.review_support import (
    BOB_WORDS,
    MONDAY,
    PRIVATE,
    SUNDAY,
    alice_week,
    bob_week,
)
from tests.momentum.momentum_support import D, at, freeze


@pytest.mark.django_db
def test_it_uses_a_sunday_week_in_tokyo_when_utc_is_still_saturday(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kenji = make_user("kenji", timezone="Asia/Tokyo", week_start=6)
    freeze(monkeypatch, at(D(2026, 3, 7), 23, 0, tz="UTC"))
    add_win(kenji, "Saturday in Tokyo", on=D(2026, 3, 7))
    add_win(kenji, "Sunday in Tokyo", on=D(2026, 3, 8))
    freeze(monkeypatch, at(D(2026, 3, 7), 15, 30, tz="UTC"))  # Sunday 00:30 in Tokyo
    review = weekly_review(kenji)
    assert (review.start, review.end) == (D(2026, 3, 8), D(2026, 3, 14))
    assert [w.text for w in review.wins] == ["Sunday in Tokyo"]
    assert review.is_current
    assert (review.label, review.previous_label, review.next_label) == (
        "2026-W11",
        "2026-W10",
        "2026-W12",
    )
    assert parse_week(kenji, "2026-W10") == D(2026, 3, 1)
    assert [w.text for w in weekly_review(kenji, D(2026, 3, 1)).wins] == ["Saturday in Tokyo"]
    # Any day of the week gives the same week.
    assert weekly_review(kenji, D(2026, 3, 11)).start == D(2026, 3, 8)


@pytest.mark.django_db
@pytest.mark.parametrize("first_day", range(7))
def test_it_round_trips_week_labels_for_every_start_day(first_day: int) -> None:
    person = make_user("wren", week_start=first_day)
    for offset in range(0, 60, 3):
        start = parse_week(person, week_label(person, D(2026, 1, 1) + D.resolution * offset))
        assert start.weekday() == first_day
        assert parse_week(person, week_label(person, start)) == start


@pytest.mark.django_db
def test_it_refuses_labels_that_are_not_weeks() -> None:
    person = make_user("wren")
    for label in ["2026-11", "2026-W7", "2026-W54", "week 3", ""]:
        with pytest.raises(BadWeek):
            parse_week(person, label)
    assert parse_week(person, "2026-W53") == D(2026, 12, 28)


def test_it_gathers_the_weeks_wins_lessons_goals_funnel_and_next_steps(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice_week(alice, monkeypatch)
    review = weekly_review(alice, MONDAY)
    assert (review.start, review.end, review.label) == (MONDAY, SUNDAY, "2026-W10")
    wins = [w.text for w in review.wins]
    assert f"Finished the portfolio {PRIVATE['win']}" in wins
    assert "A win from last month" not in wins
    assert [x.text for x in review.lessons] == [f"{PRIVATE['lesson']}: explain trade-offs"]
    goals = {g.label: (g.done_shown, g.target_shown, g.met) for g in review.goals}
    assert goals == {"Applications sent": ("2", "2", True), PRIVATE["goal"]: ("1", "3", False)}
    assert review.goals_met == 1
    assert review.funnel.as_dict() == {
        "applications": 2,
        "replies": 2,
        "screens": 1,
        "interviews": 1,
        "offers": 0,
        "rejections": 1,
    }
    assert [s.text for s in review.steps] == [f"Ask Jo {PRIVATE['step']}"]
    assert [(f.contact, f.company, f.due_on) for f in review.follow_ups] == [
        (PRIVATE["contact"], "Acme", D(2026, 3, 10))
    ]
    assert [(lead.role, lead.company) for lead in review.leads] == [("Data Engineer", "Globex")]
    last_week = weekly_review(alice, D(2026, 2, 26))
    assert last_week.funnel.applications == 1
    assert last_week.lessons == [] and last_week.follow_ups == []


def test_it_shares_counts_and_plans_but_nothing_private(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice_week(alice, monkeypatch)
    shared = share(weekly_review(alice, MONDAY))
    assert shared.wins_count >= 1
    assert shared.goals_met == 1
    assert shared.funnel.applications == 2
    assert shared.follow_ups_count == 1
    outputs = [review_text.share_markdown(shared), review_text.html_document(shared)]
    for text in outputs:
        assert "Applications sent: 2 of 2" in text
        assert "Reach out to someone" in text
        assert "Data Engineer at Globex" in text
        assert "1 follow-up due next week" in text
        assert "1 of 2 goals met." in text
        leaked = [word for word in PRIVATE.values() if word in text]
        assert leaked == []
    # The person's own review does show them their words.
    own = review_text.markdown(weekly_review(alice, MONDAY))
    assert PRIVATE["win"] in own and PRIVATE["lesson"] in own and PRIVATE["contact"] in own


def test_it_shows_the_review_page_with_other_weeks(
    alice_client: Client, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice_week(alice, monkeypatch)
    page = alice_client.get("/review/").content.decode()
    assert f"Finished the portfolio {PRIVATE['win']}" in page
    assert PRIVATE["lesson"] in page
    assert "1 of 2 goals met." in page
    assert f"Follow up with {PRIVATE['contact']} (Acme), Tue 10 Mar" in page
    assert "?week=2026-W09" in page and "?week=2026-W11" in page
    earlier = alice_client.get("/review/?week=2026-W09").content.decode()
    assert "A win from last month" not in earlier
    assert PRIVATE["win"] not in earlier
    assert "?week=2026-W08" in earlier
    missing = alice_client.get("/review/?week=next-tuesday")
    assert missing.status_code == 404
    assert PRIVATE["win"] not in missing.content.decode()


def test_it_previews_and_downloads_the_share_without_private_words(
    alice_client: Client, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice_week(alice, monkeypatch)
    preview = alice_client.get("/review/share/?week=2026-W10").content.decode()
    assert "Download (Markdown)" in preview
    assert "Applications sent: 2 of 2" in preview
    for fmt, kind in (("md", "text/markdown"), ("html", "text/html")):
        download = alice_client.get(f"/review/share/?week=2026-W10&format={fmt}")
        assert download["Content-Type"].startswith(kind)
        assert download["Content-Disposition"] == (
            f'attachment; filename="nextyes-week-2026-W10.{fmt}"'
        )
        body = download.content.decode()
        assert "Data Engineer at Globex" in body
        assert [word for word in PRIVATE.values() if word in body] == []
    assert [word for word in PRIVATE.values() if word in preview] == []


def test_it_never_shows_bob_alices_week(
    alice: User, bob: User, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice_week(alice, monkeypatch)
    bob_week(bob)
    client.force_login(bob)
    pages = [
        client.get("/review/?week=2026-W10").content.decode(),
        client.get("/review/share/?week=2026-W10").content.decode(),
        client.get("/review/share/?week=2026-W10&format=md").content.decode(),
        review_text.markdown(weekly_review(bob, MONDAY)),
    ]
    assert "BOB-WIN" in pages[0] and "BOB-LESSON" in pages[0]
    for text in pages:
        assert [word for word in PRIVATE.values() if word in text] == []
        assert "Acme" not in text and "Globex" not in text
    alices = review_text.markdown(weekly_review(alice, MONDAY))
    assert [word for word in BOB_WORDS if word in alices] == []


def test_it_never_puts_the_journal_in_any_review_share(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nextyes.journal.models import CheckIn, Gratitude, ThoughtRecord

    alice_week(alice, monkeypatch)
    CheckIn.objects.create(owner=alice, day=D(2026, 3, 4), mood=1, note="Cried after the call")
    ThoughtRecord.objects.create(owner=alice, thought="I am hopeless at interviews")
    Gratitude.objects.create(owner=alice, text="Mum's soup on Tuesday", day=D(2026, 3, 4))
    shared = share(weekly_review(alice, MONDAY))
    own = review_text.markdown(weekly_review(alice, MONDAY))
    for text in (review_text.share_markdown(shared), review_text.html_document(shared), own):
        for private in ("Cried after the call", "hopeless at interviews", "Mum's soup"):
            assert private not in text


@pytest.mark.django_db
def test_it_calls_an_offer_an_offer_and_lists_each_plan_once(
    alice: User, monkeypatch: pytest.MonkeyPatch, client: Client
) -> None:
    freeze(monkeypatch, at(D(2026, 3, 6), tz="Europe/Paris"))
    wren = services.create_application(
        alice, company="Wrenfield", role="Engineer", applied_on=D(2026, 2, 2)
    )
    services.move_application(wren, "interview", on=D(2026, 3, 2))
    services.move_application(wren, "offer", on=D(2026, 3, 4))
    lead = services.create_application(alice, company="Globex", role="Data Engineer", fit=5)
    services.create_application(alice, company="Umbrella", role="Analyst", fit=3)
    add_next_action(alice, "Apply to Data Engineer at Globex", kind="apply", application=lead)
    sam = services.create_contact(alice, name="Sam Ortiz", company="Acme")
    services.add_touchpoint(
        sam, kind="email", occurred_on=D(2026, 3, 4), follow_up_on=D(2026, 3, 10)
    )
    add_next_action(alice, "Call Sam about the team", kind="reach-out", contact=sam)

    review = weekly_review(alice, MONDAY)
    kinds = {w.text: w.kind_label for w in review.wins}
    assert kinds["Offer from Wrenfield"] == "Job offer"
    assert kinds["Reached the interview stage at Wrenfield"] == "Interview"
    # Each plan once: the lead and the person named by a step are not listed again.
    assert [s.text for s in review.steps] == [
        "Apply to Data Engineer at Globex",
        "Call Sam about the team",
    ]
    assert [(x.role, x.company) for x in review.leads] == [("Analyst", "Umbrella")]
    assert review.follow_ups == []
    text = review_text.markdown(review)
    assert "Offer from Wrenfield (Job offer)" in text and "(Interview)" in text
    assert text.count("Globex") == 1 and "Umbrella" in text
    client.force_login(alice)
    page = client.get(reverse("insights:review")).content.decode()
    assert 'Offer from Wrenfield <span class="small">(Job offer)</span>' in page
    assert page.count("Data Engineer at Globex") == 1
