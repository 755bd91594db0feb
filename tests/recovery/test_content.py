from __future__ import annotations

import pytest

from nextyes.lib import screening
from nextyes.recovery import letters
from nextyes.recovery.drafts import drafts_for, mailto_link


@pytest.mark.parametrize(
    "text",
    [
        "Honestly I want to kill myself",
        "some days I just want to END IT ALL",
        "I keep thinking I might hurt  myself",
        "there is no reason to live",
        "thoughts of suicide",
        "I’m better off dead",
    ],
)
def test_it_notices_words_that_call_for_support(text: str) -> None:
    assert screening.needs_support(text)


@pytest.mark.parametrize(
    "text",
    ["", "This rejection killed my mood", "I could kill for a coffee", "It hurt my pride"],
)
def test_it_does_not_raise_the_alarm_over_everyday_words(text: str) -> None:
    assert not screening.needs_support(text)


@pytest.mark.parametrize("reach", ["applied", "screen", "interview", "final"])
@pytest.mark.parametrize("kind", ["feedback", "thanks"])
@pytest.mark.parametrize("tone", ["warm", "brief", "formal"])
def test_it_fills_every_template(kind: str, tone: str, reach: str) -> None:
    subject, body = letters.fill_message(
        kind, tone, name="Sam", company="Hooli", role="Designer", me="Alice", reach=reach
    )
    assert "{" not in subject + body and "  " not in body
    assert "Sam" in body and body.rstrip().endswith("Alice")
    assert "Designer" in subject + body


def test_it_falls_back_to_the_warm_tone() -> None:
    assert letters.fill_message(
        "thanks", "sarcastic", name="S", company="C", role="R", me="M"
    ) == letters.fill_message("thanks", "warm", name="S", company="C", role="R", me="M")


@pytest.mark.parametrize("tone", ["warm", "brief", "formal"])
def test_it_thanks_only_for_what_happened(tone: str) -> None:
    def thanks(reach: str) -> str:
        return letters.fill_message(
            "thanks", tone, name="Sam", company="Hooli", role="Designer", me="A", reach=reach
        )[1]

    cold = thanks("applied")
    assert "reading my application" in cold
    assert not any(word in cold for word in ("conversation", "call", "interview", "meeting"))
    assert "talk with me" in thanks("screen") and "interviewing me" in thanks("interview")
    assert "every round" in thanks("final")


def test_it_encodes_mailto_links_for_mail_apps() -> None:
    link = mailto_link("sam@hooli.example", "Hi & bye", "Line one\n\nLine two?")
    assert link == (
        "mailto:sam@hooli.example?subject=Hi%20%26%20bye&body=Line%20one%0A%0ALine%20two%3F"
    )


def test_it_greets_nobody_in_particular_without_a_contact() -> None:
    warm, _thanks = drafts_for(None, None, "warm", "Alice")
    formal, _ = drafts_for(None, None, "formal", "Alice")
    assert warm.body.startswith("Hi there,") and formal.body.startswith("Dear hiring team,")
    assert warm.mailto.startswith("mailto:?subject=")
