"""`nextyes analyze` with example reframes: after the traps, labelled as examples to adapt, and
as a `reframes` list in --jsonl beside the keys that were already there."""

from __future__ import annotations

import json

from nextyes.journal.reframes import examples
from tests.cli.test_analyze import lines
from tests.conftest import Run

KNOWN = {(e.thought, e.reframe) for e in examples()}


def test_it_adds_two_or_three_example_reframes_to_each_json_line(run: Run) -> None:
    stdin = lines(
        "Another rejection. I'll never get hired.",
        "My savings run out in March and I'm panicking.",
        "Zxqv blorp.",
    )
    code, out, err = run("analyze", "--jsonl", stdin=stdin)
    assert (code, err) == (0, "")
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == 3
    for result in results:
        assert list(result) == ["traps", "distorted", "needs_support", "reframes"]
        assert 2 <= len(result["reframes"]) <= 3
        assert all(set(r) == {"thought", "reframe"} for r in result["reframes"])
        assert all((r["thought"], r["reframe"]) in KNOWN for r in result["reframes"])
        assert len({r["reframe"] for r in result["reframes"]}) == len(result["reframes"])
    assert "rejection" in results[0]["reframes"][0]["thought"].lower() or any(
        "hired" in r["thought"] for r in results[0]["reframes"]
    )
    assert any("savings" in r["thought"].lower() for r in results[1]["reframes"])


def test_a_bad_line_still_gives_only_the_error(run: Run) -> None:
    _, out, _ = run("analyze", "--jsonl", stdin="not json\n")
    assert json.loads(out) == {"error": "not valid JSON", "line": 1}


def test_an_empty_text_gets_no_reframes(run: Run) -> None:
    _, out, _ = run("analyze", "--jsonl", stdin=lines("   "))
    assert json.loads(out)["reframes"] == []


def test_it_prints_the_examples_after_the_traps_labelled_as_examples(run: Run) -> None:
    code, out, err = run("analyze", "They all think I'm useless.", stdin="")
    assert (code, err) == (0, "")
    assert out.index("Thinking traps that may fit") < out.index("Example reframes")
    assert "examples to adapt, not answers" in out
    assert out.count("A similar thought:") in (2, 3)
    assert out.count("One way to see it again:") == out.count("A similar thought:")
    assert "They all think I'm useless." in out
    assert all(len(line) <= 88 for line in out.splitlines()[-12:])


def test_words_that_need_support_get_help_and_no_examples(run: Run) -> None:
    _, out, _ = run("analyze", "I don't want to be alive anymore.", stdin="")
    assert "local emergency number" in out
    assert "Example reframes" not in out
    _, out, _ = run("analyze", "--jsonl", stdin=lines("I don't want to be alive anymore."))
    result = json.loads(out)
    assert result["needs_support"] is True
    assert result["reframes"] == []
