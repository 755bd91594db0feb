"""`nextyes review`: the week as Markdown, HTML or PDF, and the buddy's share, in-process."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pytest

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.insights.review_text import latin1
from tests.conftest import Run
from tests.insights.review_support import BOB_WORDS, PRIVATE, alice_week, bob_week


def pdf_text(data: bytes) -> str:
    """The text drawn in a PDF written by fpdf2 (its page streams are zlib-compressed)."""
    shown = []
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            content = zlib.decompress(stream)
        except zlib.error:
            continue
        shown += re.findall(rb"\((.*?)\)\s*Tj", content, re.S)
    return "\n".join(s.decode("latin-1").replace("\\(", "(").replace("\\)", ")") for s in shown)


def test_it_prints_the_week_as_markdown(
    alice: User, bob: User, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    alice_week(alice, monkeypatch)
    bob_week(bob)
    code, out, err = run("review", "--week", "2026-W10", "--user", "alice")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "# Weekly review: 2026-03-02 to 2026-03-08"
    assert f"- 2026-03-04 Finished the portfolio {PRIVATE['win']} (Learning)" in lines
    assert "- Applications sent: 2 of 2 · met" in lines
    assert "- Rejections: 1" in lines
    assert f"- Follow up with {PRIVATE['contact']} (Acme), 2026-03-10" in lines
    assert [word for word in BOB_WORDS if word in out] == []


def test_it_shares_only_counts_and_plans(
    alice: User, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    alice_week(alice, monkeypatch)
    for fmt in ("md", "html"):
        code, out, _ = run("review", "--week", "2026-W10", "--share", "--format", fmt)
        assert code == 0
        assert "1 follow-up due next week" in out
        assert [word for word in PRIVATE.values() if word in out] == []
    assert out.startswith("<!doctype html>")


def test_it_writes_html_to_a_file(
    alice: User, monkeypatch: pytest.MonkeyPatch, run: Run, tmp_path: Path
) -> None:
    alice_week(alice, monkeypatch)
    target = tmp_path / "week.html"
    code, out, _ = run("review", "--format", "html", "-o", str(target))
    assert code == 0
    assert out == f"Wrote the review of 2026-03-02 to 2026-03-08 to {target}.\n"
    html = target.read_text(encoding="utf-8")
    assert "<h1>Weekly review: 2026-03-02 to 2026-03-08</h1>" in html
    assert PRIVATE["lesson"] in html


def test_it_writes_a_pdf_with_the_wins(
    alice: User, monkeypatch: pytest.MonkeyPatch, run: Run, tmp_path: Path
) -> None:
    alice_week(alice, monkeypatch)
    from nextyes.journal.services import add_win
    from tests.momentum.momentum_support import D

    add_win(alice, "Zoë’s “hard” talk – done 東京", on=D(2026, 3, 5))
    target = tmp_path / "week.pdf"
    code, _, err = run("review", "--week", "2026-W10", "--format", "pdf", "-o", str(target))
    assert (code, err) == (0, "")
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert f"Finished the portfolio {PRIVATE['win']}" in text
    assert 'Zoë\'s "hard" talk - done ??' in text


def test_it_explains_what_it_needs(alice: User, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run("review", "--week", "2026-10")
    assert code == 1
    assert err == "nextyes: --week “2026-10”: write it as YYYY-Www, e.g. 2026-W07.\n"
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    code, _, err = run("review", "--format", "pdf")
    assert code == 1
    assert "-o FILE" in err and len(err.splitlines()) == 1
    code, _, err = run("review", "--format", "docx")
    assert (code, err) == (1, "nextyes: --format “docx”: choose md, html or pdf.\n")


def test_it_transliterates_for_the_core_pdf_font() -> None:
    assert latin1("“Café” – naïve … Łódź œuvre 5 € 東") == '"Café" - naïve ... Lódz oeuvre 5 EUR ?'


def test_it_sends_a_pdf_down_a_pipe(
    alice: User, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:

    assert main(["review", "--format", "pdf", "--user", "alice"]) == 0
    data = capsysbinary.readouterr().out
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    assert "Weekly review" in pdf_text(data)
