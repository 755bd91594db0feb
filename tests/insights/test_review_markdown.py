"""The Markdown weekly review shows the person's words as typed: no raw HTML, no markup of theirs."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.insights.review_text import md, plain
from nextyes.journal.services import add_win
from nextyes.momentum.services import add_next_action
from nextyes.pipeline import services
from nextyes.recovery.services.lessons import add_lesson
from tests.momentum.momentum_support import D, at, freeze

HOSTILE = {
    "win": "<script>alert('win')</script> landed it",
    "lesson": '<img src=x onerror="alert(1)"> ask earlier',
    "step": "[Open](javascript:alert(1)) the portal",
    "contact": "![pixel](https://tracker.example/p.png) Jo",
    "company": "<b>Acme</b> & Co",
    "role": "# Heading\nsecond line",
}


def _review(
    alice: User, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    freeze(monkeypatch, at(D(2026, 3, 6), tz="Europe/Paris"))
    add_win(alice, HOSTILE["win"], on=D(2026, 3, 4))
    add_lesson(alice, HOSTILE["lesson"], learned_on=D(2026, 3, 5))
    add_next_action(alice, HOSTILE["step"], due_on=D(2026, 3, 9))
    contact = services.create_contact(alice, name=HOSTILE["contact"], company="Acme")
    services.add_touchpoint(
        contact, kind="email", occurred_on=D(2026, 3, 4), follow_up_on=D(2026, 3, 10)
    )
    services.create_application(alice, company=HOSTILE["company"], role=HOSTILE["role"], fit=5)
    capsys.readouterr()
    assert main(["review", "--format", "md", "--week", "2026-W10", "--user", "alice"]) == 0
    return str(capsys.readouterr().out)


def test_it_lets_no_raw_html_or_link_of_theirs_into_the_review(
    alice: User, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _review(alice, monkeypatch, capsys)
    assert "<" not in text and ">" not in text.replace("&gt;", "")
    page = MarkdownIt("commonmark", {"html": True}).render(text)
    for tag in ("<script", "<img", "<a ", "<b>"):
        assert tag not in page
    # Their words are all there, shown as typed.
    assert "&lt;script&gt;alert('win')&lt;/script&gt; landed it" in page
    assert "[Open](javascript:alert(1)) the portal" in page
    assert "![pixel](https://tracker.example/p.png) Jo" in page
    # Only our own headings: a heading typed into a role stays text on one line.
    headings = [line for line in page.splitlines() if line.startswith("<h")]
    assert len(headings) == 6 and not any("Heading" in h for h in headings)
    assert "# Heading second line" in page


@pytest.mark.parametrize("typed", [*HOSTILE.values(), "1. first", "a_b*c* `x` |y| ~z~ \\", "&amp;"])
def test_it_gives_the_pdf_the_words_as_typed(typed: str) -> None:
    assert plain(md(typed)) == " ".join(typed.split())
