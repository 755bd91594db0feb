"""Thought record pages, JavaScript off (plain forms) and with htmx's partials."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.journal.models import ThoughtRecord, TrapSuggestion
from nextyes.journal.selectors.thoughts import resume_step
from nextyes.journal.services.thoughts import save_draft, save_step, skip_step, start_record
from nextyes.lib.dates import today_for
from nextyes.pipeline import services as pipeline

if TYPE_CHECKING:
    # What the test client answers (the stubs' name; not importable at run time).
    from django.test.client import _MonkeyPatchedWSGIResponse as Response


HTMX = {"HX-Request": "true"}


def _step(record: ThoughtRecord, step: str) -> str:
    return reverse("journal:thought_step", kwargs={"pk": record.pk, "step": step})


def _only(alice: User) -> ThoughtRecord:
    return ThoughtRecord.objects.get(owner=alice)


def _body(response: Response) -> str:
    return str(response.content.decode())


def test_it_walks_through_every_step_without_javascript(alice: User, alice_client: Client) -> None:
    app = pipeline.create_application(alice, company="Brightmoor", role="Analyst")
    page = alice_client.get(reverse("journal:thought_new") + f"?application={app.pk}")
    assert "News about my application to Brightmoor (Analyst)." in _body(page)

    response = alice_client.post(
        reverse("journal:thought_new"),
        {"situation": "The rejection email", "application": app.pk, "action": "save"},
    )
    record = _only(alice)
    assert response["Location"] == _step(record, "thought")
    assert record.application == app

    response = alice_client.post(
        _step(record, "thought"), {"thought": "I'm a failure", "action": "save"}
    )
    assert response["Location"] == _step(record, "emotions")

    response = alice_client.post(
        _step(record, "emotions"),
        {
            "feel_sad": "on",
            "level_sad": "70",
            "feel_anxious": "on",
            "level_anxious": "90",
            "level_angry": "40",
            "action": "save",
        },
    )
    assert response["Location"] == _step(record, "traps")

    traps_page = _body(alice_client.get(_step(record, "traps")))
    assert "Labelling" in traps_page
    assert "Suggestions, never verdicts" in traps_page
    response = alice_client.post(
        reverse("journal:thought_trap", kwargs={"pk": record.pk}),
        {"slug": "labelling", "confirmed": "yes", "next": _step(record, "traps")},
    )
    assert response["Location"] == _step(record, "traps")
    assert "You said this one fits." in _body(alice_client.get(_step(record, "traps")))
    alice_client.post(_step(record, "traps"), {"action": "save"})

    evidence_page = _body(alice_client.get(_step(record, "evidence")))
    assert "Does one event really define a whole person?" in evidence_page  # the trap's question
    alice_client.post(
        _step(record, "evidence"),
        {"evidence_for": "Two no's", "evidence_against": "I got to the final", "action": "save"},
    )
    alice_client.post(
        _step(record, "balanced"),
        {"balanced_thought": "I missed one job; I'm still in the running", "action": "save"},
    )
    response = alice_client.post(
        _step(record, "rerate"), {"after_sad": "40", "after_anxious": "45", "action": "save"}
    )
    assert response["Location"] == reverse("journal:thought", kwargs={"pk": record.pk})

    record.refresh_from_db()
    assert record.finished_at is not None
    assert record.emotions == [
        {"emotion": "sad", "intensity": 70, "after": 40},
        {"emotion": "anxious", "intensity": 90, "after": 45},
    ]
    assert (record.intensity_before, record.intensity_after) == (90, 45)
    assert record.traps == ["labelling"]
    read = _body(alice_client.get(response["Location"]))
    assert "The strongest feeling went from 90 to 45 out of 100." in read
    assert "I missed one job; I&#x27;m still in the running" in read
    listing = _body(alice_client.get(reverse("journal:thought_list")))
    assert "90 → 45" in listing
    assert "eased 45" in listing
    assert "the strongest feeling eased by 45 points on average" in listing


def test_it_skips_a_step_and_resumes_where_it_was_left(alice: User, alice_client: Client) -> None:
    alice_client.post(reverse("journal:thought_new"), {"action": "skip"})
    record = _only(alice)
    assert record.situation == ""
    response = alice_client.post(_step(record, "thought"), {"thought": "typed", "action": "skip"})
    assert response["Location"] == _step(record, "emotions")
    record.refresh_from_db()
    assert record.thought == ""  # skipped: nothing typed is kept

    listing = _body(alice_client.get(reverse("journal:thought_list")))
    assert f'href="{_step(record, "emotions")}"' in listing
    read = _body(alice_client.get(reverse("journal:thought", kwargs={"pk": record.pk})))
    assert "Continue where you left off" in read
    assert _step(record, "emotions") in read


def test_it_goes_back_keeping_what_was_typed(alice: User, alice_client: Client) -> None:
    record = start_record(alice)
    skip_step(record, "thought")
    response = alice_client.post(
        _step(record, "emotions"), {"feel_tired": "on", "level_tired": "35", "action": "back"}
    )
    assert response["Location"] == _step(record, "thought")
    record.refresh_from_db()
    assert record.emotions == [{"emotion": "tired", "intensity": 35}]
    assert resume_step(record) == "emotions"


def test_it_shows_errors_for_a_rating_off_the_scale(alice: User, alice_client: Client) -> None:
    record = start_record(alice)
    response = alice_client.post(
        _step(record, "emotions"), {"feel_sad": "on", "level_sad": "300", "action": "save"}
    )
    assert response.status_code == 400
    assert "less than or equal to 100" in _body(response)


def test_it_suggests_traps_as_the_person_types(alice: User, alice_client: Client) -> None:
    record = start_record(alice)
    url = reverse("journal:thought_suggest", kwargs={"pk": record.pk})
    page = _body(alice_client.get(_step(record, "thought")))
    assert f'hx-post="{url}"' in page
    assert 'hx-trigger="keyup changed delay:400ms"' in page

    response = alice_client.post(url, {"thought": "I should have known better"}, headers=HTMX)
    body = _body(response)
    assert body.startswith('<section id="trap-suggestions"')
    assert "Should statements" in body
    assert "This fits" in body and "Not this one" in body
    assert 'id="trap-status"' in body  # a short status for screen readers, swapped out of band
    record.refresh_from_db()
    assert record.thought == "I should have known better"  # the draft is kept as typed
    assert TrapSuggestion.objects.filter(record=record, slug="should-statements").exists()


def test_it_keeps_a_confirmation_through_htmx(alice: User, alice_client: Client) -> None:
    record = start_record(alice)
    save_draft(record, "I'm a failure and I should have known better")
    url = reverse("journal:thought_trap", kwargs={"pk": record.pk})
    body = _body(alice_client.post(url, {"slug": "labelling", "confirmed": "yes"}, headers=HTMX))
    assert "You said this one fits." in body
    body = _body(
        alice_client.post(url, {"slug": "should-statements", "confirmed": "no"}, headers=HTMX)
    )
    assert "You dropped this one." in body
    answers = dict(TrapSuggestion.objects.filter(record=record).values_list("slug", "confirmed"))
    assert answers["labelling"] is True and answers["should-statements"] is False
    assert alice_client.get(url).status_code == 405


def test_it_offers_facts_and_adds_one_without_javascript(alice: User, alice_client: Client) -> None:
    today = today_for(alice)
    for company in ("Ashgrove", "Birchfield"):
        app = pipeline.create_application(
            alice, company=company, role="Analyst", applied_on=today - dt.timedelta(days=20)
        )
        pipeline.move_application(app, "interview", on=today - dt.timedelta(days=6))
    record = start_record(alice)
    save_step(record, "thought", {"thought": "No one will ever hire me"})
    fact = "2 employers invited you to interview in the last 2 months."

    page = _body(alice_client.get(_step(record, "evidence")))
    assert fact in page
    assert "Add to my evidence" in page
    partial = _body(
        alice_client.get(
            reverse("journal:thought_evidence", kwargs={"pk": record.pk}), headers=HTMX
        )
    )
    assert partial.startswith('<section id="thought-facts"') and fact in partial

    response = alice_client.post(
        reverse("journal:thought_evidence", kwargs={"pk": record.pk}),
        {"evidence_for": "Three no's", "evidence_against": "", "fact": fact},
    )
    assert response["Location"].startswith(_step(record, "evidence"))
    record.refresh_from_db()
    assert (record.evidence_for, record.evidence_against) == ("Three no's", fact)
    assert "In your evidence" in _body(alice_client.get(_step(record, "evidence")))


def test_it_shows_the_support_panel_after_heavy_words(alice: User, alice_client: Client) -> None:
    record = start_record(alice)
    response = alice_client.post(
        _step(record, "thought"),
        {"thought": "Everyone would be better off without me", "action": "save"},
        follow=True,
    )
    body = _body(response)
    assert "You matter more than any job" in body
    record.refresh_from_db()
    assert record.thought == "Everyone would be better off without me"


def test_it_edits_the_words_of_a_record(alice: User, alice_client: Client) -> None:
    record = start_record(alice, situation="Old")
    url = reverse("journal:thought_edit", kwargs={"pk": record.pk})
    assert "Old" in _body(alice_client.get(url))
    response = alice_client.post(
        url, {"situation": "New", "thought": "I'm a failure", "balanced_thought": "Not quite"}
    )
    assert response["Location"] == reverse("journal:thought", kwargs={"pk": record.pk})
    record.refresh_from_db()
    assert (record.situation, record.thought, record.balanced_thought) == (
        "New",
        "I'm a failure",
        "Not quite",
    )
    assert TrapSuggestion.objects.filter(record=record, slug="labelling").exists()


def test_it_deletes_after_asking(alice: User, alice_client: Client) -> None:
    record = start_record(alice)
    save_draft(record, "I'm a failure")
    url = reverse("journal:thought_delete", kwargs={"pk": record.pk})
    assert "Delete this thought record?" in _body(alice_client.get(url))
    assert ThoughtRecord.objects.filter(pk=record.pk).exists()
    response = alice_client.post(url)
    assert response["Location"] == reverse("journal:thought_list")
    assert not ThoughtRecord.objects.filter(owner=alice).exists()


def test_it_welcomes_a_first_record_on_an_empty_list(alice_client: Client) -> None:
    body = _body(alice_client.get(reverse("journal:thought_list")))
    assert "No thought records yet." in body
    assert reverse("journal:thought_new") in body


def test_it_refuses_an_unknown_step(alice: User, alice_client: Client) -> None:
    record = start_record(alice)
    assert alice_client.get(_step(record, "ponder")).status_code == 404
