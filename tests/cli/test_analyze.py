"""`nextyes analyze`: one JSON line per input line, errors aligned, readable output otherwise."""

from __future__ import annotations

import json

import pytest

from nextyes.journal.traps import SLUGS
from tests.conftest import Run


def lines(*texts: str) -> str:
    return "".join(json.dumps({"text": text}) + "\n" for text in texts)


def test_it_writes_one_json_line_per_input_with_exactly_the_documented_keys(run: Run) -> None:
    stdin = lines("I'll never get hired, I'm a failure.", "I'm sad I didn't get it.")
    code, out, err = run("analyze", "--jsonl", stdin=stdin)
    assert (code, err) == (0, "")
    first, second = (json.loads(line) for line in out.splitlines())
    assert set(first) == set(second) == {"traps", "distorted", "needs_support", "reframes"}
    assert first["distorted"] is True
    assert {"fortune-telling", "labelling"} <= {t["slug"] for t in first["traps"]}
    assert all(set(t) == {"slug", "score"} and t["slug"] in SLUGS for t in first["traps"])
    scores = [t["score"] for t in first["traps"]]
    assert scores == sorted(scores, reverse=True)
    assert {k: second[k] for k in ("traps", "distorted", "needs_support")} == {
        "traps": [],
        "distorted": False,
        "needs_support": False,
    }


def test_it_flags_words_that_need_support(run: Run) -> None:
    stdin = lines("Everyone would be better off without me.", "This search is killing me.")
    _, out, _ = run("analyze", "--jsonl", stdin=stdin)
    assert [json.loads(line)["needs_support"] for line in out.splitlines()] == [True, False]


def test_a_bad_line_gives_an_aligned_error_and_exit_code_1_at_the_end(run: Run) -> None:
    stdin = (
        lines("I always fail.")
        + "not json at all\n"
        + '{"words": "no text key"}\n'
        + "\n"
        + '["a", "list"]\n'
        + '{"text": 42}\n'
        + lines("It's all my fault.")
    )
    code, out, err = run("analyze", "--jsonl", stdin=stdin)
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert len(results) == 7
    assert [r.get("line") for r in results] == [None, 2, 3, 4, 5, 6, None]
    assert results[1] == {"error": "not valid JSON", "line": 2}
    assert results[2] == {"error": 'no "text" string', "line": 3}
    assert results[3] == {"error": "empty line", "line": 4}
    assert "traps" in results[0] and "traps" in results[6]
    assert [t["slug"] for t in results[6]["traps"]] == ["personalisation"]
    err_lines = err.splitlines()
    assert err_lines[0] == "nextyes: line 2: not valid JSON"
    assert "line 3" in err_lines[1] and "line 6" in err_lines[4]
    assert err_lines[-1].startswith("nextyes: 5 of 7 lines could not be read")


def test_empty_input_gives_empty_output(run: Run) -> None:
    assert run("analyze", "--jsonl", stdin="") == (0, "", "")


def test_it_keeps_non_ascii_text_readable(run: Run) -> None:
    stdin = json.dumps({"text": "Je n’y arriverai jamais 😞"}, ensure_ascii=False) + "\n"
    code, out, _ = run("analyze", "--jsonl", stdin=stdin)
    assert code == 0 and len(out.splitlines()) == 1


def test_it_prints_a_readable_result_with_the_questions(run: Run) -> None:
    code, out, err = run("analyze", "It's all my fault they cut the team.", stdin="")
    assert (code, err) == (0, "")
    assert "suggestions, not verdicts" in out
    assert "Personalisation" in out
    assert "How much of this was really in your hands?" in out


def test_it_says_so_when_no_trap_stands_out(run: Run) -> None:
    _, out, _ = run("analyze", "I'm sad I didn't get it.", stdin="")
    assert "No thinking trap stands out" in out


def test_it_points_to_help_gently_when_words_sound_heavy(run: Run) -> None:
    _, out, _ = run("analyze", "I don't want to be alive anymore.", stdin="")
    assert "local emergency number" in out and "Need help now?" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["analyze"], "give a thought to look at"),
        (["analyze", "   "], "give a thought to look at"),
        (["analyze", "some text", "--jsonl"], "either a thought or --jsonl"),
    ],
)
def test_it_explains_a_wrong_call(run: Run, argv: list[str], message: str) -> None:
    code, out, err = run(*argv, stdin="")
    assert (code, out) == (1, "")
    assert message in err
