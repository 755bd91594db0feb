"""Daily check-ins: the services, the selectors, the pages (JS off and htmx) and Today's cards."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.journal.checkin_forms import CheckInForm
from nextyes.journal.models import CheckIn, SupportFlag
from nextyes.journal.selectors.checkins import (
    is_low_stretch,
    mood_points,
    rejection_days,
    risk_flag_open,
    year_calendar,
)
from nextyes.journal.services.checkins import (
    care_card_due,
    delete_checkin,
    dismiss_care,
    save_checkin,
)
from nextyes.lib.dates import today_for
from nextyes.momentum.models import EffortPoint

DAY = dt.timedelta(days=1)
HX = {"HX-Request": "true"}


def points(user: User) -> list[tuple[str, int]]:
    return list(EffortPoint.objects.filter(owner=user).values_list("reason", "points"))


def fill(user: User, moods: list[int], *, until: dt.date | None = None) -> None:
    """One check-in a day, the last one on `until` (default: yesterday), oldest first."""
    end = until or today_for(user) - DAY
    for back, mood in enumerate(reversed(moods)):
        CheckIn.objects.create(owner=user, day=end - back * DAY, mood=mood)


# ── Services ──────────────────────────────────────────────────────────────────────────────


def test_it_saves_todays_checkin_and_updates_it_the_same_day(alice: User) -> None:
    first = save_checkin(
        alice, mood=2, emotions=["tired", "sad"], sleep_hours="6.5", note="  Slow start  "
    )
    again = save_checkin(alice, mood=4, movement_minutes=30, ate_well=True)
    assert first.pk == again.pk
    saved = CheckIn.objects.get(owner=alice)
    assert (saved.day, saved.mood, saved.emotions) == (today_for(alice), 4, ["tired", "sad"])
    assert (saved.sleep_hours, saved.movement_minutes, saved.ate_well) == (Decimal("6.5"), 30, True)
    assert (saved.note, saved.connected) == ("Slow start", None)


def test_it_clears_what_a_full_form_leaves_empty(alice: User) -> None:
    save_checkin(alice, mood=3, emotions=["calm"], energy=4, note="ok")
    save_checkin(alice, mood=3, emotions=[], energy=None, note="")
    saved = CheckIn.objects.get(owner=alice)
    assert (saved.emotions, saved.energy, saved.note) == ([], None, "")


def test_it_awards_check_in_points_once_a_day(alice: User) -> None:
    save_checkin(alice, mood=3)
    save_checkin(alice, mood=4)
    found = save_checkin(alice, mood=4, day=today_for(alice) - DAY)
    assert points(alice) == [("check-in", 2), ("check-in", 2)]
    delete_checkin(found)
    save_checkin(alice, mood=5, day=today_for(alice) - DAY)
    assert len(points(alice)) == 2  # deleting and checking in again earns nothing more


# Any: keyword values for save_checkin, some deliberately wrong
@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"mood": 6}, "mood", "from very low (1) to very good (5)"),
        ({"mood": 0}, "mood", "from very low (1) to very good (5)"),
        (
            {"mood": 3, "emotions": ["sad", "tired", "anxious", "numb"]},
            "emotions",
            "up to three feelings",
        ),
        ({"mood": 3, "emotions": ["grumpy"]}, "emotions", "not one of the feelings"),
        ({"mood": 3, "sleep_hours": "25"}, "sleep_hours", "between 0 and 24"),
        ({"mood": 3, "sleep_hours": "-1"}, "sleep_hours", "between 0 and 24"),
        ({"mood": 3, "sleep_hours": "lots"}, "sleep_hours", "as a number"),
        ({"mood": 3, "movement_minutes": 1441}, "movement_minutes", "between 0 and 1440"),
        ({"mood": 3, "energy": 9}, "energy", "from 1 (drained) to 5"),
    ],
)
def test_it_explains_what_it_cannot_save(
    alice: User, values: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        save_checkin(alice, **values)
    assert message in " ".join(caught.value.message_dict[field])
    assert not CheckIn.objects.exists()
    assert points(alice) == []


def test_it_refuses_a_day_that_has_not_come(alice: User) -> None:
    with pytest.raises(ValidationError) as caught:
        save_checkin(alice, mood=3, day=today_for(alice) + DAY)
    assert "hasn't come yet" in caught.value.message_dict["day"][0]


def test_it_accepts_the_edges(alice: User) -> None:
    saved = save_checkin(alice, mood=1, sleep_hours=0, movement_minutes=1440)
    assert (saved.sleep_hours, saved.movement_minutes) == (Decimal("0.0"), 1440)
    saved = save_checkin(alice, mood=5, sleep_hours=24, movement_minutes=0)
    assert (saved.mood, saved.sleep_hours) == (5, Decimal("24.0"))


def test_it_offers_support_when_a_note_has_risk_words(alice: User) -> None:
    saved = save_checkin(alice, mood=1, note="Some days I want to die")
    flag = SupportFlag.objects.get(owner=alice)
    assert (flag.kind, flag.source, flag.source_id) == ("risk", "checkin", saved.pk)
    assert CheckIn.objects.get(pk=saved.pk).note == "Some days I want to die"  # saved as written
    assert risk_flag_open(alice, saved)
    save_checkin(alice, mood=2, note="Dead tired after the interview")
    assert SupportFlag.objects.filter(owner=alice).count() == 1


# ── Selectors ─────────────────────────────────────────────────────────────────────────────


def test_it_sees_a_low_stretch_only_with_enough_check_ins() -> None:
    today = dt.date(2026, 6, 14)

    def days(*moods: int) -> list[tuple[dt.date, int]]:
        return [(today - i * 2 * DAY, m) for i, m in enumerate(moods)]

    assert is_low_stretch(days(2, 1, 2, 2, 3), today)  # 4 of 5 low
    assert is_low_stretch(days(2, 1, 3, 2, 4, 2), today)  # exactly two thirds
    assert not is_low_stretch(days(2, 1, 2, 2), today)  # too few to tell
    assert not is_low_stretch(days(2, 3, 2, 4, 3), today)
    # Low check-ins from before the last two weeks do not count.
    old = [(today - (20 + i) * DAY, 1) for i in range(6)]
    assert not is_low_stretch(old + days(4, 3), today)


def test_it_lays_out_the_year_by_month_with_a_word_for_each_day(alice: User) -> None:
    CheckIn.objects.create(owner=alice, day=dt.date(2025, 3, 3), mood=2)
    CheckIn.objects.create(owner=alice, day=dt.date(2025, 3, 4), mood=5)
    CheckIn.objects.create(owner=alice, day=dt.date(2024, 3, 4), mood=1)
    found = year_calendar(alice, 2025, dt.date(2025, 7, 1))
    assert len(found.months) == 12
    march = found.months[2]
    cells = {c.day: c for week in march.weeks for c in week if c}
    assert len(cells) == 31 and march.count == 2
    assert cells[dt.date(2025, 3, 3)].label == "Mon 3 March: Low"
    assert cells[dt.date(2025, 3, 5)].label == "Wed 5 March: no check-in"
    assert march.weeks[0][:5] == [None] * 5  # March 2025 starts on a Saturday
    assert found.counts == {1: 0, 2: 1, 3: 0, 4: 0, 5: 1}
    assert (found.previous, found.next) == (2024, None)
    assert found.months[7].weeks[0][4].future  # type: ignore[union-attr]


def test_it_gives_the_trend_and_rejection_days_of_one_person(alice: User, bob: User) -> None:
    from nextyes.pipeline import services

    app = services.create_application(
        alice, company="Acme", role="Dev", applied_on=dt.date(2026, 1, 5)
    )
    services.move_application(app, "rejected", on=dt.date(2026, 1, 20))
    CheckIn.objects.create(owner=alice, day=dt.date(2026, 1, 21), mood=2)
    CheckIn.objects.create(owner=bob, day=dt.date(2026, 1, 21), mood=5)
    start, end = dt.date(2026, 1, 1), dt.date(2026, 1, 31)
    assert mood_points(alice, start, end) == [(dt.date(2026, 1, 21), 2)]
    assert rejection_days(alice, start, end) == [dt.date(2026, 1, 20)]
    assert rejection_days(bob, start, end) == []


def test_it_offers_the_care_card_once_then_keeps_away_for_a_week(alice: User) -> None:
    assert not care_card_due(alice, low_stretch=False, fatigue_high=False)
    assert not SupportFlag.objects.exists()
    assert care_card_due(alice, low_stretch=True, fatigue_high=False)
    assert care_card_due(alice, low_stretch=True, fatigue_high=False)  # same flag
    flag = SupportFlag.objects.get(owner=alice)
    assert (flag.kind, flag.source, flag.answered_at) == ("low-mood", "trend", None)
    assert dismiss_care(alice) == 1
    assert not care_card_due(alice, low_stretch=False, fatigue_high=True)
    SupportFlag.objects.filter(pk=flag.pk).update(answered_at=timezone.now() - 8 * DAY)
    assert care_card_due(alice, low_stretch=False, fatigue_high=True)
    assert SupportFlag.objects.filter(owner=alice).count() == 2


# ── Pages ─────────────────────────────────────────────────────────────────────────────────

FORM = reverse("journal:checkin")
LIST = reverse("journal:checkin_list")


def test_it_offers_five_labelled_moods_and_folds_the_rest(alice_client: Client) -> None:
    body = alice_client.get(FORM).content.decode()
    for word in ("Very low", "Low", "Okay", "Good", "Very good"):
        assert f'<span class="mood-word">{word}</span>' in body
    assert body.count('type="radio" name="mood"') == 5
    assert '<details class="checkin-more">' in body
    assert "there is nothing to keep up" in body
    for unkind in ("streak", "missed", "You haven"):
        assert unkind not in body.replace("Missed a day? That is fine", "")


def test_it_checks_in_with_the_plain_form(alice_client: Client, alice: User) -> None:
    response = alice_client.post(
        FORM,
        {
            "mood": "4",
            "emotions": ["hopeful", "tired"],
            "energy": "3",
            "sleep_hours": "7.5",
            "movement_minutes": "30",
            "ate_well": "yes",
            "connected": "no",
            "note": "Good call with Sam",
        },
        follow=True,
    )
    body = response.content.decode()
    assert "Checked in. Thank you for taking a moment for yourself." in body
    saved = CheckIn.objects.get(owner=alice)
    assert (saved.day, saved.mood, saved.emotions, saved.energy) == (
        today_for(alice),
        4,
        ["hopeful", "tired"],
        3,
    )
    assert (saved.sleep_hours, saved.movement_minutes, saved.ate_well, saved.connected) == (
        Decimal("7.5"),
        30,
        True,
        False,
    )
    # Back on Today, which shows it done, not on a year of blank months.
    assert response.redirect_chain[-1][0] == "/"
    assert "Checked in: <strong>Good</strong>" in body
    calendar = alice_client.get(LIST).content.decode()
    label = f"{today_for(alice):%a} {today_for(alice).day} {today_for(alice):%B}: Good"
    assert label in calendar  # the calendar cell's words
    assert "Good call with Sam" in calendar  # the table below it


def test_it_has_one_submit_button_and_a_day_no_later_than_today(
    alice_client: Client, alice: User
) -> None:
    def form_of(body: str) -> str:
        return body.split('class="checkin-form"')[1].split("</form>")[0]

    body = alice_client.get(FORM).content.decode()
    assert form_of(body).count('type="submit"') == 1 and ">Check in</button>" in body
    today = today_for(alice).isoformat()
    assert f'type="date" id="checkin-day" name="day" value="{today}" max="{today}"' in body
    CheckIn.objects.create(owner=alice, day=today_for(alice), mood=3)
    body = alice_client.get(FORM).content.decode()
    assert form_of(body).count('type="submit"') == 1 and ">Save changes</button>" in body
    assert 'type="date"' not in body  # an existing check-in keeps its day


def test_it_shows_a_new_person_this_month_not_a_blank_year(
    alice_client: Client, alice: User
) -> None:
    today = today_for(alice)
    body = alice_client.get(LIST).content.decode()
    assert body.count('<table class="month">') == 1
    assert f"<caption>{today:%B}</caption>" in body
    if today.month > 2:
        CheckIn.objects.create(owner=alice, day=today.replace(month=today.month - 2, day=1), mood=4)
        body = alice_client.get(LIST).content.decode()
        assert body.count('<table class="month">') == 3
    last_year = alice_client.get(LIST, {"year": today.year - 1}).content.decode()
    assert last_year.count('<table class="month">') == 12


def test_it_shows_what_to_fix_without_saving(alice_client: Client, alice: User) -> None:
    response = alice_client.post(FORM, {"note": "no mood"})
    assert response.status_code == 400
    assert "Pick how you feel today: one tap is enough." in response.content.decode()
    response = alice_client.post(
        FORM, {"mood": "3", "emotions": ["sad", "tired", "anxious", "numb"], "sleep_hours": "30"}
    )
    body = response.content.decode()
    assert "Pick up to three feelings" in body and "Hours slept is between 0 and 24." in body
    assert not CheckIn.objects.exists()


def test_it_fills_in_an_earlier_day_from_the_calendar(alice_client: Client, alice: User) -> None:
    earlier = today_for(alice) - 3 * DAY
    body = alice_client.get(FORM, {"day": earlier.isoformat()}).content.decode()
    assert f"How was {earlier:%A} {earlier.day} {earlier:%B} {earlier.year}?" in body
    alice_client.post(FORM, {"mood": "2", "day": earlier.isoformat()})
    assert CheckIn.objects.get(owner=alice).day == earlier


def test_it_checks_in_with_one_tap_from_today_without_js(alice_client: Client) -> None:
    response = alice_client.post(FORM, {"quick": "1", "mood": "4", "next": "/"}, follow=True)
    body = response.content.decode()
    assert response.redirect_chain[-1][0] == "/"
    assert "Checked in: <strong>Good</strong>" in body
    assert "change</a>" in body


def test_it_swaps_todays_card_after_one_tap_with_htmx(alice_client: Client, alice: User) -> None:
    alice_client.post(FORM, {"mood": "2", "sleep_hours": "6", "note": "Long day"})
    response = alice_client.post(FORM, {"quick": "1", "mood": "3"}, headers=HX)
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith("<section") and "Checked in: <strong>Okay</strong>" in body
    saved = CheckIn.objects.get(owner=alice)
    assert (saved.mood, saved.sleep_hours, saved.note) == (3, Decimal("6.0"), "Long day")
    bad = alice_client.post(FORM, {"quick": "1", "mood": "8"}, headers=HX)
    assert bad.status_code == 400 and "Pick one of the five moods." in bad.content.decode()


def test_it_edits_and_deletes_a_check_in(alice_client: Client, alice: User) -> None:
    found = CheckIn.objects.create(
        owner=alice, day=dt.date(2026, 2, 10), mood=2, note="After the no"
    )
    edit = reverse("journal:checkin_edit", args=[found.pk])
    body = alice_client.get(edit).content.decode()
    assert "How was Tuesday 10 February 2026?" in body and "After the no" in body
    alice_client.post(edit, {"mood": "3", "note": "Better by evening", "day": "2026-03-01"})
    found.refresh_from_db()
    assert (found.mood, found.note, found.day) == (3, "Better by evening", dt.date(2026, 2, 10))
    delete = reverse("journal:checkin_delete", args=[found.pk])
    assert "Delete this check-in?" in alice_client.get(delete).content.decode()
    response = alice_client.post(delete)
    assert response["Location"].endswith("?year=2026")
    assert not CheckIn.objects.exists()


def test_it_walks_the_years_and_never_counts_what_is_missing(
    alice_client: Client, alice: User
) -> None:
    this_year = today_for(alice).year
    CheckIn.objects.create(owner=alice, day=dt.date(this_year - 1, 5, 4), mood=5)
    body = alice_client.get(LIST).content.decode()
    assert f"Your year at a glance: {this_year}" in body
    assert f'href="?year={this_year - 1}"' in body and f"?year={this_year + 1}" not in body
    last = alice_client.get(LIST, {"year": this_year - 1}).content.decode()
    day = dt.date(this_year - 1, 5, 4)
    assert "1 check-in" in last and f"{day:%a} 4 May: Very good" in last
    assert 'id="chart-mood"' in last
    assert "streak" not in body.lower()
    assert alice_client.get(LIST, {"year": "soon"}).status_code == 200


def test_it_keeps_the_calendar_private(alice: User, bob_client: Client) -> None:
    CheckIn.objects.create(owner=alice, day=today_for(alice), mood=1, note="Alice's heavy day")
    body = bob_client.get(LIST).content.decode()
    assert "Alice's heavy day" not in body and "1 check-in" not in body


# ── Today's cards ─────────────────────────────────────────────────────────────────────────


def test_today_offers_the_check_in_then_says_it_is_done(alice_client: Client, alice: User) -> None:
    body = alice_client.get("/").content.decode()
    assert "How are you today?" in body and body.count('name="mood"') == 5
    save_checkin(alice, mood=5)
    body = alice_client.get("/").content.decode()
    assert "Checked in: <strong>Very good</strong>" in body and 'name="mood"' not in body


def test_today_suggests_talking_to_someone_after_a_low_stretch(
    alice_client: Client, alice: User
) -> None:
    fill(alice, [2, 1, 2, 3, 2, 2])
    body = alice_client.get("/").content.decode()
    assert "things have been heavy for a while" in body
    assert "a friend, a mentor or a professional" in body
    assert f'href="{reverse("journal:help")}"' in body
    response = alice_client.post(reverse("journal:care_dismiss"), follow=True)
    body = response.content.decode()
    assert "We will leave that for a week" in body
    assert "things have been heavy for a while" not in body
    assert SupportFlag.objects.get(owner=alice).answered_at is not None


def test_today_stays_quiet_on_ordinary_ups_and_downs(alice_client: Client, alice: User) -> None:
    fill(alice, [2, 4, 3, 2, 4, 3, 1, 4])
    assert "things have been heavy" not in alice_client.get("/").content.decode()
    assert not SupportFlag.objects.exists()


def test_the_care_card_goes_away_with_htmx(alice_client: Client, alice: User) -> None:
    fill(alice, [1, 1, 2, 2, 1])
    assert "things have been heavy" in alice_client.get("/").content.decode()
    response = alice_client.post(reverse("journal:care_dismiss"), headers=HX)
    assert "We will leave that for a week" in response.content.decode()
    assert "things have been heavy" not in alice_client.get("/").content.decode()
    assert alice_client.get(reverse("journal:care_dismiss")).status_code == 405


def test_it_shows_help_gently_after_a_note_with_risk_words(
    alice_client: Client, alice: User
) -> None:
    response = alice_client.post(
        FORM, {"mood": "1", "note": "Everyone would be better off without me"}, follow=True
    )
    body = response.content.decode()
    assert "Checked in." in body
    assert 'id="care-panel"' in body and reverse("journal:help") in body
    assert CheckIn.objects.get(owner=alice).note == "Everyone would be better off without me"
    quiet = alice_client.post(FORM, {"mood": "2", "note": "Dead tired, could kill for a coffee"})
    assert quiet.status_code == 302
    assert SupportFlag.objects.filter(owner=alice, kind="risk").count() == 1


def test_the_service_refuses_a_fourth_feeling_as_the_form_does(alice: User) -> None:
    four = ["sad", "tired", "anxious", "hopeful"]
    with pytest.raises(ValidationError) as error:
        save_checkin(alice, mood=3, emotions=four)
    form = CheckInForm({"mood": 3, "emotions": four})
    assert not form.is_valid()
    assert error.value.message_dict["emotions"] == form.errors["emotions"]
    assert form.errors["emotions"] == ["Pick up to three feelings: the ones that stand out most."]
