"""`nextyes inbox classify --jsonl`: one answer per line, bad lines named, no database needed."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from nextyes.cli import main
from nextyes.inbox.classifier import LABELS
from tests.conftest import Run

REJECTION = {
    "subject": "Your application to Birch",
    "body": "Thank you for your time. Unfortunately we have decided not to move forward with your application.",
    "from": "Birch Careers <no-reply@birch.example>",
}
INVITATION = {
    "subject": "Interview invitation",
    "body": "We'd like to invite you to a 30-minute video interview. Are you free on Tuesday at 10:00?",
    "from": "Sam <sam@cedar.example>",
}


def classify(run: Run, data: bytes, *argv: str) -> tuple[int, list[str], str]:
    code, out, err = run("inbox", "classify", *argv, stdin=data)
    return code, out.splitlines(), err


def lines(*items: object) -> bytes:
    return "".join(json.dumps(item) + "\n" for item in items).encode()


def test_it_writes_a_label_and_confidence_for_each_email(run: Run) -> None:
    code, out, err = classify(run, lines(REJECTION, INVITATION), "--jsonl")
    assert code == 0
    assert err == ""
    answers = [json.loads(line) for line in out]
    assert [a["label"] for a in answers] == ["rejection", "interview"]
    for answer in answers:
        assert set(answer) == {"label", "confidence"}
        assert 0.0 <= answer["confidence"] <= 1.0


def test_it_accepts_missing_fields_and_a_last_line_without_newline(run: Run) -> None:
    data = (
        lines({"subject": "Thanks for applying!"})
        + json.dumps({"body": "See you Monday."}).encode()
    )
    code, out, _ = classify(run, data, "--jsonl")
    assert code == 0
    assert len(out) == 2
    assert all(json.loads(line)["label"] in LABELS for line in out)


def test_it_names_each_bad_line_and_still_answers_the_others(run: Run) -> None:
    data = (
        lines(REJECTION)
        + b"{not json\n"
        + lines([1, 2], {"subject": 3}, {"from": "only a sender"})
        + b'{"subject": "caf\xe9"}\n'
        + lines(INVITATION)
    )
    code, out, err = classify(run, data, "--jsonl")
    assert code == 1
    answers = [json.loads(line) for line in out]
    assert len(answers) == 7
    assert answers[0]["label"] == "rejection"
    assert answers[6]["label"] == "interview"
    assert [a["line"] for a in answers[1:6]] == [2, 3, 4, 5, 6]
    assert "not valid JSON" in answers[1]["error"]
    assert "not an object" in answers[2]["error"]
    assert "“subject” should be text" in answers[3]["error"]
    assert "no subject and no body" in answers[4]["error"]
    assert "not UTF-8" in answers[5]["error"]
    for number in range(2, 7):
        assert f"line {number}: " in err
    assert "5 of 7 lines could not be read" in err


def test_it_keeps_the_order_across_batches(run: Run) -> None:
    items = [REJECTION, INVITATION] * 400
    code, out, _ = classify(run, lines(*items), "--jsonl")
    assert code == 0
    labels = [json.loads(line)["label"] for line in out]
    assert labels == ["rejection", "interview"] * 400


def test_it_asks_for_jsonl(run: Run) -> None:
    code, out, err = classify(run, lines(REJECTION))
    assert code == 1
    assert out == []
    assert "--jsonl" in err


def test_it_is_listed_in_the_inbox_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inbox", "classify", "--help"]) == 0
    assert "--jsonl" in capsys.readouterr().out


@pytest.mark.parametrize("empty", [b"", b"\n"])
def test_it_handles_no_input(run: Run, empty: bytes) -> None:
    code, out, _ = classify(run, empty, "--jsonl")
    assert code == (0 if not empty else 1)
    assert len(out) == (0 if not empty else 1)


def test_it_runs_without_setting_up_django() -> None:
    code = (
        "import sys; from nextyes.cli import main; code = main(['inbox', 'classify', '--jsonl']);"
        "from django.apps import apps; print(code, apps.ready)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=lines(REJECTION),
        capture_output=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "nowhere.settings"},
    )
    out = done.stdout.decode().splitlines()
    assert json.loads(out[0])["label"] == "rejection"
    assert out[1] == "0 False"
