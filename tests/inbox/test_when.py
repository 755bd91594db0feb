"""Finding the interview's date and time in an invitation, relative to the message's date."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from nextyes.inbox.when import find_when, interview_kind

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
# Monday 9 March 2026, 10:00 UTC.
SENT = dt.datetime(2026, 3, 9, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Could you join us on Tuesday 10 March at 10:30?", (2026, 3, 10, 10, 30)),
        ("Would Wednesday, March 11th at 2:15 pm suit you?", (2026, 3, 11, 14, 15)),
        ("We have a slot on 3/14 at 2pm.", (2026, 3, 14, 14, 0)),
        ("Proposed: 2026-03-16 14:00 (CET)", (2026, 3, 16, 14, 0)),
        ("Rendez-vous le mardi 17 mars à 10h30 dans nos locaux.", (2026, 3, 17, 10, 30)),
        ("Termin: am Mittwoch, den 18. März um 9:45 Uhr.", (2026, 3, 18, 9, 45)),
        ("La entrevista será el 19 de marzo a las 16:00.", (2026, 3, 19, 16, 0)),
        ("Are you free tomorrow at 3pm for a quick call?", (2026, 3, 10, 15, 0)),
        ("Does Friday at 11am work for you?", (2026, 3, 13, 11, 0)),
        ("at 9:00 on 20 March", (2026, 3, 20, 9, 0)),
    ],
)
def test_it_reads_common_formats(text: str, expected: tuple[int, int, int, int, int]) -> None:
    found = find_when(text, SENT, PARIS)
    assert found == dt.datetime(*expected, tzinfo=PARIS)


def test_it_reads_a_date_without_a_year_as_the_next_one() -> None:
    december = dt.datetime(2026, 12, 20, 9, tzinfo=dt.UTC)
    assert find_when("Let's meet on 5 January at 10:00.", december, PARIS) == dt.datetime(
        2027, 1, 5, 10, 0, tzinfo=PARIS
    )


def test_it_prefers_the_new_slot_when_an_earlier_one_was_taken() -> None:
    text = (
        "Sorry, the slot on Tuesday 10 March at 10:00 was taken by then. How about "
        "Thursday 12 March at 14:30 instead?"
    )
    assert find_when(text, SENT, PARIS) == dt.datetime(2026, 3, 12, 14, 30, tzinfo=PARIS)


@pytest.mark.parametrize(
    "text",
    [
        "We would love to talk soon. Reply with a few times that suit you.",
        "Our team of 24/7 support engineers",  # a fraction is not a date
        "Tuesday works for us; what time suits you?",  # a day with no time: unsure
        "Version 2.10.3 is out on 31 February at 10:00",  # an impossible date
        "We'll call you in 15 minutes",
    ],
)
def test_it_answers_none_when_unsure(text: str) -> None:
    assert find_when(text, SENT, PARIS) is None


def test_it_reads_relative_to_a_plain_date_when_the_message_had_none() -> None:
    assert find_when("Tomorrow at 10:00?", dt.date(2026, 3, 1), PARIS) == dt.datetime(
        2026, 3, 2, 10, 0, tzinfo=PARIS
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We'd like to call you on Tuesday.", "phone"),
        ("Come and visit us at our office in Lyon.", "on-site"),
        ("Here is a take-home exercise for you.", "take-home"),
        ("Here is the Zoom link for our chat.", "video"),
    ],
)
def test_it_guesses_the_kind_of_interview(text: str, kind: str) -> None:
    assert interview_kind(text) == kind
