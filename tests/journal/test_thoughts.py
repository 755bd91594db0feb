"""Thought records: the steps, stored suggestions and answers, and facts from the person's data."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.journal import evidence
from nextyes.journal.models import SupportFlag, ThoughtRecord, TrapSuggestion, Win
from nextyes.journal.selectors.thoughts import average_drop, intensity_drop, resume_step
from nextyes.journal.services.thoughts import (
    add_evidence,
    answer_trap,
    delete_record,
    finish,
    save_draft,
    save_step,
    skip_step,
    start_record,
)
from nextyes.journal.traps import DETECTOR_VERSION
from nextyes.lib.dates import today_for
from nextyes.pipeline import services as pipeline
from nextyes.recovery.models import Feedback, Lesson
from tests.conftest import make_user


def _suggested(record: ThoughtRecord) -> dict[str, bool | None]:
    return dict(TrapSuggestion.objects.filter(record=record).values_list("slug", "confirmed"))


# --- Services ------------------------------------------------------------------------------------


def test_it_starts_a_record_about_one_of_the_persons_applications(alice: User) -> None:
    app = pipeline.create_application(alice, company="Brightmoor", role="Analyst")
    record = start_record(alice, situation="  The no from Brightmoor  ", application=app)
    assert record.owner == alice
    assert record.application == app
    assert record.situation == "The no from Brightmoor"
    assert resume_step(record) == "thought"


def test_it_refuses_someone_elses_application(alice: User, bob: User) -> None:
    theirs = pipeline.create_application(bob, company="Brightmoor", role="Analyst")
    with pytest.raises(ValidationError):
        start_record(alice, application=theirs)
    assert not ThoughtRecord.objects.filter(owner=alice).exists()


def test_it_saves_each_step_and_resumes_at_the_first_one_not_done(alice: User) -> None:
    record = start_record(alice, situation="Rejection email after the final round")
    save_step(record, "thought", {"thought": "I'm a failure"})
    save_step(record, "emotions", {"emotions": [{"emotion": "sad", "intensity": 80}]})
    record.refresh_from_db()
    assert record.thought == "I'm a failure"
    assert record.intensity_before == 80
    assert resume_step(record) == "traps"
    # Going back to change an earlier step never loses the later progress.
    save_step(record, "thought", {"thought": "I'm a total failure"})
    record.refresh_from_db()
    assert resume_step(record) == "traps"


def test_it_skips_a_step_without_touching_it(alice: User) -> None:
    record = start_record(alice)
    skip_step(record, "thought")
    record.refresh_from_db()
    assert record.thought == ""
    assert resume_step(record) == "emotions"


def test_it_stores_what_the_detector_suggests_with_its_version(alice: User) -> None:
    record = start_record(alice)
    save_step(record, "thought", {"thought": "I'm a failure"})
    row = TrapSuggestion.objects.get(record=record, slug="labelling")
    assert row.owner == alice
    assert row.score is not None and row.score > 0
    assert row.confirmed is None
    assert row.detector_version == DETECTOR_VERSION


def test_it_keeps_answers_when_the_thought_is_typed_on(alice: User) -> None:
    record = start_record(alice)
    save_draft(record, "I'm a failure and I should have known better")
    assert {"labelling", "should-statements"} <= set(_suggested(record))
    answer_trap(record, "labelling", True)
    answer_trap(record, "should-statements", False)
    save_draft(record, "Nothing went right today")
    kept = _suggested(record)
    # Answers stay as the person left them; open suggestions follow the new words.
    assert kept["labelling"] is True
    assert kept["should-statements"] is False
    record.refresh_from_db()
    assert record.traps == ["labelling"]


def test_it_forgets_open_suggestions_that_no_longer_fit(alice: User) -> None:
    record = start_record(alice)
    save_draft(record, "I'm a failure")
    assert "labelling" in _suggested(record)
    save_draft(record, "I'm sad I didn't get it")
    assert "labelling" not in _suggested(record)


def test_it_stores_a_trap_the_person_names_themselves_with_no_score(alice: User) -> None:
    record = start_record(alice)
    save_draft(record, "I'm sad I didn't get it")
    row = answer_trap(record, "personalisation", True)
    assert row is not None and row.score is None and row.confirmed is True
    record.refresh_from_db()
    assert record.traps == ["personalisation"]
    # Taking it back again leaves nothing behind: it was never suggested.
    assert answer_trap(record, "personalisation", False) is None
    assert _suggested(record) == {}
    # Dropping a trap that was never suggested stores nothing either.
    assert answer_trap(record, "labelling", False) is None


def test_it_refuses_an_unknown_trap(alice: User) -> None:
    record = start_record(alice)
    with pytest.raises(ValidationError):
        answer_trap(record, "gloom", True)


def test_it_keeps_the_strongest_feeling_before_and_after(alice: User) -> None:
    record = start_record(alice)
    feelings = [{"emotion": "sad", "intensity": 60}, {"emotion": "anxious", "intensity": 85}]
    save_step(record, "emotions", {"emotions": feelings})
    save_step(record, "rerate", {"after": {"sad": 40, "anxious": 50}})
    record.refresh_from_db()
    assert (record.intensity_before, record.intensity_after) == (85, 50)
    assert intensity_drop(record) == 35
    assert record.emotions[1] == {"emotion": "anxious", "intensity": 85, "after": 50}
    assert record.finished_at is not None and record.step == "done"


def test_it_refuses_feelings_off_the_scale_or_off_the_list(alice: User) -> None:
    record = start_record(alice)
    with pytest.raises(ValidationError):
        save_step(record, "emotions", {"emotions": [{"emotion": "sad", "intensity": 140}]})
    with pytest.raises(ValidationError):
        save_step(record, "emotions", {"emotions": [{"emotion": "doom", "intensity": 5}]})


def test_it_averages_the_easing_over_records_rated_twice(alice: User) -> None:
    records = [
        ThoughtRecord.objects.create(owner=alice, intensity_before=80, intensity_after=40),
        ThoughtRecord.objects.create(owner=alice, intensity_before=60, intensity_after=50),
        ThoughtRecord.objects.create(owner=alice, intensity_before=70),
    ]
    assert average_drop(records) == 25
    assert average_drop(records[2:]) is None


def test_it_keeps_the_first_finishing_time(alice: User) -> None:
    record = finish(start_record(alice))
    first = record.finished_at
    save_step(record, "rerate", {"overall": 30})
    record.refresh_from_db()
    assert record.finished_at == first
    assert record.intensity_after == 30


def test_it_deletes_a_record_with_its_suggestions(alice: User) -> None:
    record = start_record(alice)
    save_draft(record, "I'm a failure")
    delete_record(record)
    assert not ThoughtRecord.objects.filter(owner=alice).exists()
    assert not TrapSuggestion.objects.filter(owner=alice).exists()


def test_it_offers_support_when_the_words_are_heavy_and_saves_them_as_written(
    alice: User,
) -> None:
    record = start_record(alice)
    words = "Everyone would be better off without me"
    save_step(record, "thought", {"thought": words})
    record.refresh_from_db()
    assert record.thought == words
    flag = SupportFlag.objects.get(owner=alice)
    assert (flag.source, flag.source_id, flag.kind) == ("thought", record.pk, "risk")


def test_it_does_not_offer_support_for_ordinary_disappointment(alice: User) -> None:
    record = start_record(alice)
    save_step(record, "thought", {"thought": "This job search is killing me"})
    assert not SupportFlag.objects.filter(owner=alice).exists()


def test_it_adds_an_offered_fact_once_and_keeps_what_was_typed(alice: User) -> None:
    record = start_record(alice)
    fact = "3 employers invited you to interview in the last 2 months."
    typed = {"evidence_for": "Two no's this week", "evidence_against": "Sam liked my portfolio"}
    add_evidence(record, fact, typed=typed)
    add_evidence(record, fact)
    record.refresh_from_db()
    assert record.evidence_for == "Two no's this week"
    assert record.evidence_against == f"Sam liked my portfolio\n{fact}"


# --- Evidence from the person's own records --------------------------------------------------------


def _invited(user: User, company: str, days_ago: int, stage: str = "interview") -> None:
    today = today_for(user)
    app = pipeline.create_application(
        user, company=company, role="Analyst", applied_on=today - dt.timedelta(days=days_ago + 7)
    )
    pipeline.move_application(app, stage, on=today - dt.timedelta(days=days_ago))


def _facts(user: User, thought: str) -> list[str]:
    return [f.text for f in evidence.facts_for(user, thought, today_for(user), timezone.now())]


def test_it_counts_employers_who_invited_the_person_lately(alice: User) -> None:
    for n, company in enumerate(["Ashgrove", "Birchfield", "Copperlane"]):
        _invited(alice, company, days_ago=5 + 10 * n)
    _invited(alice, "Dunmore", days_ago=20, stage="screen")
    _invited(alice, "Elmstead", days_ago=120)  # too long ago for "the last 2 months"
    facts = _facts(alice, "No one will ever hire me")
    assert facts[0] == "4 employers invited you to interview in the last 2 months."


def test_it_says_one_employer_in_the_singular(alice: User) -> None:
    _invited(alice, "Ashgrove", days_ago=3)
    assert _facts(alice, "Nobody wants to hire me")[0] == (
        "1 employer invited you to interview in the last 2 months."
    )


def test_it_offers_no_zero_counts(alice: User) -> None:
    facts = _facts(alice, "No one will ever hire me, I always fail at interviews")
    assert facts, "the typical figures still speak to the thought"
    assert not any(" 0 " in f or f.startswith("0 ") for f in facts)
    assert not any("employer invited" in f for f in facts)


def test_it_answers_interview_worries_with_interviews_and_kind_feedback(alice: User) -> None:
    _invited(alice, "Ashgrove", days_ago=40)
    _invited(alice, "Birchfield", days_ago=10, stage="screen")
    Feedback.objects.create(
        owner=alice,
        text="Your case study was the best we saw",
        positive=True,
        received_on=today_for(alice) - dt.timedelta(days=9),
    )
    Feedback.objects.create(
        owner=alice, text="We went with someone more senior", received_on=today_for(alice)
    )
    facts = _facts(alice, "I'm useless at interviews")
    assert "2 applications got you as far as a conversation with the employer." in facts
    assert "You received encouraging feedback 1 time." in facts
    assert any("“Your case study was the best we saw”" in f for f in facts)


def test_it_answers_always_failing_with_recent_wins_and_lessons(alice: User) -> None:
    today = today_for(alice)
    for days_ago, text in [(2, "Finished the take-home"), (12, "Called Priya"), (45, "Old win")]:
        Win.objects.create(owner=alice, text=text, occurred_on=today - dt.timedelta(days=days_ago))
    Lesson.objects.create(owner=alice, text="Ask about the team", learned_on=today)
    facts = _facts(alice, "I always fail")
    assert "You noted 2 wins in the last month." in facts
    assert "The latest: “Finished the take-home”" in facts
    assert "You kept 1 lesson from your search: you learn as you go." in facts


def test_it_puts_rejection_in_proportion_with_typical_figures(alice: User) -> None:
    facts = _facts(alice, "Everyone else is better than me, another rejection")
    assert facts[0].startswith("Typically it takes about 50 applications to land one offer")
    assert any("around 200 applicants" in f for f in facts)


def test_it_lets_each_theme_of_the_thought_speak_early(alice: User) -> None:
    _invited(alice, "Ashgrove", days_ago=3)
    for n in range(8):
        Win.objects.create(owner=alice, text=f"Win {n}", occurred_on=today_for(alice))
    facts = _facts(alice, "I'll never get hired, everyone else is better than me")
    assert facts[0] == "1 employer invited you to interview in the last 2 months."
    assert any(f.startswith("Typically it takes about 50 applications") for f in facts[:3])


def test_it_compares_their_own_rate_only_when_it_is_good_news(alice: User) -> None:
    today = today_for(alice)
    _invited(alice, "Ashgrove", days_ago=10)
    for n in range(3):
        pipeline.create_application(
            alice, company=f"Quiet {n}", role="Analyst", applied_on=today - dt.timedelta(days=9)
        )
    facts = _facts(alice, "Another rejection")
    assert (
        "1 of your 4 applications led to a conversation (25%); typically it is about 10%." in facts
    )
    for n in range(10):
        pipeline.create_application(
            alice, company=f"Silent {n}", role="Analyst", applied_on=today - dt.timedelta(days=9)
        )
    assert not any("led to a conversation" in f for f in _facts(alice, "Another rejection"))


def test_it_never_counts_another_persons_records(alice: User) -> None:
    carol = make_user("carol")
    _invited(carol, "Ashgrove", days_ago=3)
    Win.objects.create(owner=carol, text="Carol's win", occurred_on=today_for(carol))
    facts = _facts(alice, "No one will ever hire me, I always fail")
    assert not any("employer" in f or "win" in f for f in facts)


def test_it_reads_the_themes_from_the_words(alice: User) -> None:
    assert evidence.themes_of("I’ll never get hired") == ["hiring", "failing"]
    assert evidence.themes_of("I froze in the interview") == ["interviews"]
    assert evidence.themes_of("Everyone else is better than me") == ["rejection"]
    assert evidence.themes_of("Today was grey") == []


# --- The before/after chart ------------------------------------------------------------------------


def test_it_draws_one_line_per_record_rated_twice_oldest_first(alice: User) -> None:
    from nextyes.journal import thought_chart

    assert thought_chart.build([]) is None
    older = ThoughtRecord.objects.create(owner=alice, intensity_before=100, intensity_after=0)
    newer = ThoughtRecord.objects.create(owner=alice, intensity_before=40, intensity_after=60)
    ThoughtRecord.objects.create(owner=alice, intensity_before=70)  # not re-rated: not drawn
    chart = thought_chart.build([newer, older])
    assert chart is not None
    assert [bar.record_id for bar in chart.bars] == [older.pk, newer.pk]
    top, bottom = thought_chart.PAD_TOP, thought_chart.HEIGHT - thought_chart.PAD_BOTTOM
    assert (chart.bars[0].y_before, chart.bars[0].y_after) == (top, bottom)
    assert chart.bars[0].eased and not chart.bars[1].eased
    assert chart.bars[0].x < chart.bars[1].x


def test_it_says_the_one_owner_message(alice: User, bob: User) -> None:
    theirs = pipeline.create_application(bob, company="Brightmoor", role="Analyst")
    record = start_record(alice)
    with pytest.raises(ValidationError) as error:
        save_step(record, "situation", {"situation": "x", "application": theirs})
    assert error.value.message_dict == {"application": ["That is not one of your records."]}
