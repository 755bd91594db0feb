from __future__ import annotations

import datetime as dt

import pytest

from nextyes.pipeline.transfer import values as v
from nextyes.pipeline.transfer.fit import parse_fit

D = dt.date


@pytest.mark.parametrize(
    ("word", "stage"),
    [
        ("Wishlist", "saved"),
        ("Bookmarked", "saved"),
        ("Recruiter Call", "screen"),
        ("recruiter-call", "screen"),
        ("Onsite", "interview"),
        ("Interview – Round 2", "interview"),
        ("2nd interview", "interview"),
        ("Turned Down", "rejected"),
        ("Not Selected", "rejected"),
        ("No Response", "ghosted"),
        ("I Withdrew", "withdrawn"),
        ("Negotiating", "offer"),
        ("Take-home", "assessment"),
        ("🟢 Applied", "applied"),
        ("  APPLIED  ", "applied"),
        ("Candidature envoyée", "applied"),
        ("Under review", "acknowledged"),
    ],
)
def test_it_reads_status_words_from_other_tools(word: str, stage: str) -> None:
    assert v.status_for(word) == stage


def test_it_does_not_guess_a_status_it_does_not_know() -> None:
    assert v.status_for("Maybe") is None
    assert v.status_for("Maybe", {"maybe": "saved"}) == "saved"


@pytest.mark.parametrize(
    ("word", "channel"),
    [
        ("LinkedIn", "job-board"),
        ("Indeed", "job-board"),
        ("Referral", "referral"),
        ("Agency", "recruiter"),
        ("Careers page", "company-site"),
        ("LinkedIn recruiter InMail", "recruiter"),
        ("Referral via Sam", "referral"),
        ("Cold email", "direct-outreach"),
        ("Meetup", "networking"),
        ("Carrier pigeon", "other"),
    ],
)
def test_it_reads_channels(word: str, channel: str) -> None:
    assert v.channel_or_other(word) == channel


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2026-03-04", None, D(2026, 3, 4)),
        ("2026-03-04T10:00", None, D(2026, 3, 4)),
        ("2026-03-04 10:00:00", None, D(2026, 3, 4)),
        ("Mar 4, 2026", None, D(2026, 3, 4)),
        ("4 March 2026", None, D(2026, 3, 4)),
        ("Wed, 4 Mar 2026 10:00:00 +0100", None, D(2026, 3, 4)),
        ("March 4th, 2026", None, D(2026, 3, 4)),
        ("04-Mar-26", None, D(2026, 3, 4)),
        ("13/04/2026", None, D(2026, 4, 13)),
        ("04/13/2026", None, D(2026, 4, 13)),
        ("03/04/2026", "dmy", D(2026, 4, 3)),
        ("03/04/2026", "mdy", D(2026, 3, 4)),
        ("3.4.26", "dmy", D(2026, 4, 3)),
        ("3/4/2026 10:00 AM", "mdy", D(2026, 3, 4)),
        ("", None, None),
    ],
)
def test_it_reads_dates_in_many_shapes(text: str, order: str | None, expected: D | None) -> None:
    assert v.parse_date(text, order) == expected


@pytest.mark.parametrize("text", ["soon", "31/02/2026", "2026-13-01", "32/33/2026"])
def test_it_refuses_what_is_not_a_date(text: str) -> None:
    with pytest.raises(v.ValueProblem):
        v.parse_date(text, "dmy")


def test_it_refuses_a_date_against_the_files_order() -> None:
    with pytest.raises(v.ValueProblem, match="month/day"):
        v.parse_date("13/04/2026", "mdy")


def test_it_decides_the_date_order_from_the_whole_file() -> None:
    assert v.decide_date_order(["03/04/2026", "13/04/2026"]).order == "dmy"
    assert v.decide_date_order(["03/04/2026", "04/13/2026"]).order == "mdy"
    unsure = v.decide_date_order(["2026-01-01", "03/04/2026", "05/05/2026"])
    assert (unsure.order, unsure.example, unsure.needs_answer) == (None, "03/04/2026", True)
    assert not v.decide_date_order(["2026-01-01", "05/05/2026"]).needs_answer


@pytest.mark.parametrize(
    ("text", "fit"),
    [("4", 4), ("4/5", 4), ("8/10", 4), ("4.0", 4), ("★★★", 3), ("", None), ("0", None)],
)
def test_it_reads_a_fit(text: str, fit: int | None) -> None:
    assert parse_fit(text) == fit


def test_it_refuses_a_fit_out_of_range() -> None:
    with pytest.raises(v.ValueProblem) as problem:
        parse_fit("7")
    assert str(problem.value) == "“7” is not a score from 1 to 5"


@pytest.mark.parametrize(
    ("word", "stage"),
    [
        ("Wishlist", "saved"),
        ("Bookmarked", "saved"),
        ("Applying", "saved"),
        ("Draft", "saved"),
        ("Applied", "applied"),
        ("Sent", "applied"),
        ("Interviewing", "interview"),
        ("Negotiating", "offer"),
        ("Accepted", "accepted"),
        ("Offer", "offer"),
        ("Rejected", "rejected"),
        ("Archived", "withdrawn"),
        ("I withdrew", "withdrawn"),
        ("No response", "ghosted"),
        ("Ghosted", "ghosted"),
        ("OA", "assessment"),
        ("Phone screen", "screen"),
        ("Onsite", "interview"),
        ("Not selected", "rejected"),
        ("Closed", "rejected"),
        ("✅ Applied", "applied"),
        ("⏸️ Saved", "saved"),
    ],
)
def test_it_knows_the_status_words_of_common_trackers(word: str, stage: str) -> None:
    assert v.status_for(word) == stage
