"""Example reframes: our own examples for every trap and the common job-search thoughts, and
`suggest` finding two or three distinct, relevant ones offline and fast."""

from __future__ import annotations

import html
import re
import time

import pytest
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.journal.models import ThoughtRecord
from nextyes.journal.reframes import THEMES, examples, suggest
from nextyes.journal.reframes.text import themes
from nextyes.journal.selectors.thoughts import suggestions
from nextyes.journal.services.thoughts import answer_trap, save_step, start_record
from nextyes.journal.traps import SLUGS

# Thoughts written for this test only (none is in the data), each with the theme a helpful
# example should share. Used to measure how often the examples shown are on topic.
PROBES: list[tuple[str, str]] = [
    ("Got the rejection email this morning. Not even a phone call.", "rejection"),
    ("They went with another candidate again, I'm always second best", "rejection"),
    ("I was turned down for the analyst role and I can't stop crying", "rejection"),
    ("Three weeks and not a word from them since I applied", "ghosting"),
    ("The recruiter ghosted me after saying I was a great fit", "ghosting"),
    ("I completely bombed the panel interview today", "interview"),
    ("My mind went blank in the interview and they saw it", "interview"),
    ("Ten months of job hunting and still nothing", "long-search"),
    ("I've applied to hundreds of jobs and it's pointless", "long-search"),
    ("I can't pay the rent next month if nothing comes through", "money"),
    ("My savings will be gone by spring", "money"),
    ("Everyone from my course has a job except me", "comparison"),
    ("Seeing my friends' promotions on LinkedIn makes me feel like dirt", "comparison"),
    ("Nobody wants to hire a 58 year old", "age"),
    ("I'm too old to start again in a new company", "age"),
    ("How do I explain a three year gap on my CV?", "gap"),
    ("Employers will see the gap and think I'm unreliable", "gap"),
    ("I'm an impostor and sooner or later they'll notice", "imposter"),
    ("The offer was a fluke, I'm not really that good", "imposter"),
    ("I'm never going to find a job at this rate", "never-hired"),
    ("No one will ever hire someone like me", "never-hired"),
    ("My whole family thinks I'm lazy", "others-think"),
    ("They all think I'm useless at the job centre", "others-think"),
    ("I was made redundant and I keep thinking it was my fault", "layoff"),
    ("Being let go after ten years makes me feel worthless", "layoff"),
    ("Networking makes me cringe and nobody answers my messages", "networking"),
    ("I'm switching careers at 40 and I know nothing", "career-change"),
    ("The feedback was mostly good but one criticism keeps replaying", "feedback"),
    ("I can't find the motivation to apply anymore", "motivation"),
    ("I have to take a low salary offer or I'll be broke", "money"),
]


def test_it_has_many_examples_for_every_trap_and_the_common_thoughts() -> None:
    items = examples()
    assert len(items) >= 120
    for slug in SLUGS:
        assert sum(slug in e.traps for e in items) >= 6, slug
    for theme in THEMES:
        assert sum(theme in e.themes for e in items) >= 4, theme
    for e in items:
        assert e.thought.strip() and e.reframe.strip()
        assert e.traps and set(e.traps) <= set(SLUGS)
        assert e.themes and set(e.themes) <= set(THEMES)


def test_it_never_repeats_a_reframe_or_a_thought_in_the_data() -> None:
    items = examples()
    assert len({e.reframe for e in items}) == len(items)
    assert len({e.thought for e in items}) == len(items)


def test_its_reframes_are_gentle_not_blaming_or_clinical() -> None:
    harsh = ("you should", "your fault", "just think positive", "diagnos", "disorder", "!")
    for e in examples():
        lowered = e.reframe.lower()
        assert not any(word in lowered for word in harsh), e.reframe
        assert len(e.reframe) <= 300


def test_it_suggests_a_rejection_example_for_a_rejection_thought() -> None:
    found = suggest("I got another rejection today. I'm not good enough for anyone.")
    assert 2 <= len(found) <= 3
    assert "rejection" in found[0].themes
    assert "rejection" in found[0].thought.lower()


def test_it_gives_distinct_examples() -> None:
    for text, _theme in PROBES:
        found = suggest(text, ["fortune-telling"])
        assert 2 <= len(found) <= 3, text
        assert len({e.reframe for e in found}) == len(found)
        assert len({e.thought for e in found}) == len(found)


def test_it_gives_nothing_for_empty_text() -> None:
    assert suggest("") == []
    assert suggest("   \n ", ["labelling"]) == []


def test_it_falls_back_to_examples_of_the_suggested_traps_when_nothing_is_similar() -> None:
    found = suggest("Zxqv blorp.", ["should-statements"])
    assert 2 <= len(found) <= 3
    assert all("should-statements" in e.traps for e in found)


def test_it_still_offers_two_general_examples_with_no_trap_and_nothing_similar() -> None:
    found = suggest("Zxqv blorp.")
    assert len(found) == 2
    assert all("general" in e.themes for e in found)


def test_it_prefers_examples_that_share_the_suggested_trap() -> None:
    text = "I feel like a failure at this"
    assert "labelling" in suggest(text, ["labelling"])[0].traps
    assert "emotional-reasoning" in suggest(text, ["emotional-reasoning"])[0].traps


def test_it_finds_the_theme_of_a_thought() -> None:
    assert "gap" in themes("There's a two-year gap in my CV")
    assert "money" in themes("My savings won't cover the rent")
    assert "ghosting" in themes("They never got back to me")
    assert themes("I like tea") == set()


def test_most_thoughts_get_an_example_on_the_same_topic() -> None:
    # Measured on the probes above: 30 of 30 get an on-topic example among the three shown,
    # 27 of 30 as the first one (the probes also guided the theme patterns, so this is a
    # development figure). A little room is left for edits to the examples.
    in_three = sum(any(t in e.themes for e in suggest(text)) for text, t in PROBES)
    first = sum(t in suggest(text)[0].themes for text, t in PROBES)
    assert in_three >= 28
    assert first >= 25


@pytest.mark.parametrize("traps", [None, ["labelling", "fortune-telling"]])
def test_it_answers_in_well_under_a_millisecond(traps: list[str] | None) -> None:
    suggest("warm up")
    texts = [f"{text} ({n})" for n, (text, _) in enumerate(PROBES * 20)]
    started = time.perf_counter()
    for text in texts:
        suggest(text, traps)
    per_call = (time.perf_counter() - started) / len(texts)
    assert per_call < 0.001


# --- The balanced-thought step ---------------------------------------------------------------


def _balanced_page(client: Client, record: ThoughtRecord) -> str:
    url = reverse("journal:thought_step", kwargs={"pk": record.pk, "step": "balanced"})
    return html.unescape(client.get(url).content.decode())


def _field(page: str) -> str:
    found = re.search(r"<textarea[^>]*balanced_thought[^>]*>(.*?)</textarea>", page, re.S)
    assert found is not None
    return found.group(1).strip()


def test_it_shows_examples_to_adapt_on_the_balanced_step_without_filling_the_field(
    alice: User, alice_client: Client
) -> None:
    record = start_record(alice, situation="The no from Northwind")
    save_step(record, "thought", {"thought": "Another rejection. I'll never get hired."})
    page = _balanced_page(alice_client, record)
    shown = suggest(record.thought, [r.slug for r in suggestions(record)])
    assert 2 <= len(shown) <= 3
    assert "Example reframes of similar thoughts" in page
    assert "Examples to adapt, not answers." in page
    for example in shown:
        assert example.thought in page and example.reframe in page
    assert _field(page) == ""


def test_it_keeps_the_persons_own_words_in_the_field_beside_the_examples(
    alice: User, alice_client: Client
) -> None:
    record = start_record(alice, situation="Ghosted again")
    save_step(record, "thought", {"thought": "They never replied. I must be awful."})
    save_step(record, "balanced", {"balanced_thought": "Silence is theirs."}, advance=False)
    page = _balanced_page(alice_client, record)
    assert _field(page) == "Silence is theirs."
    assert "Example reframes of similar thoughts" in page


def test_it_uses_the_traps_the_person_confirmed(alice: User, alice_client: Client) -> None:
    record = start_record(alice)
    save_step(record, "thought", {"thought": "Zxqv blorp."})
    answer_trap(record, "should-statements", True)
    page = _balanced_page(alice_client, record)
    for example in suggest("Zxqv blorp.", ["should-statements"]):
        assert "should-statements" in example.traps
        assert example.reframe in page


def test_it_shows_no_examples_when_there_is_no_thought(alice: User, alice_client: Client) -> None:
    record = start_record(alice, situation="A hard day")
    page = _balanced_page(alice_client, record)
    assert "Example reframes of similar thoughts" not in page
    assert "For example:" in page


def test_it_shows_help_not_examples_when_the_thought_sounds_heavy(
    alice: User, alice_client: Client
) -> None:
    record = start_record(alice)
    save_step(record, "thought", {"thought": "I don't want to be alive anymore."})
    page = _balanced_page(alice_client, record)
    assert "Example reframes of similar thoughts" not in page
