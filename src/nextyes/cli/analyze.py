"""`nextyes analyze`: thinking-trap suggestions for a thought, or for JSON lines on stdin.

    nextyes analyze "I'll never get hired"          # readable, with each trap's questions
    nextyes analyze --jsonl < thoughts.jsonl       # one JSON result line per input line

With --jsonl every input line `{"text": "..."}` gives exactly one output line
`{"traps": [{"slug", "score"}, ...], "distorted", "needs_support", "reframes": [{"thought",
"reframe"}, ...]}`, in the same order; `reframes` holds two or three example reframes of similar
thoughts (examples to adapt, never an answer), and none for an empty text or when the words
call for support (`needs_support`: then help matters, not examples). A line
that cannot be read gives `{"error": "...", "line": N}` instead (and a one-line message on
stderr), so outputs stay aligned with inputs; the exit code is then 1, once every line is done.

This command never sets up Django or opens the database: the detector is plain Python, so a
thousand lines take well under two seconds including the process start.
"""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Iterable
from typing import Any, TextIO

import typer

from nextyes.cli import messages
from nextyes.cli.base import CLIError, app


@app.command("analyze")
def analyze(
    text: str | None = typer.Argument(None, help="The thought to look at."),
    jsonl: bool = typer.Option(
        False,
        "--jsonl",
        help=(
            'Read JSON lines {"text": ...} from stdin; write one JSON result line per input. '
            'A line that cannot be read gives {"error", "line"} and, at the end, exit code 1.'
        ),
    ),
) -> None:
    """Suggest the thinking traps that may fit a thought (rules and a small offline model)."""
    if jsonl and text is not None:
        raise CLIError(messages.ANALYZE_BOTH)
    if jsonl:
        failed, total = analyze_lines(sys.stdin, sys.stdout)
        if failed:
            print(messages.ANALYZE_FAILED.format(failed=failed, total=total), file=sys.stderr)
            raise typer.Exit(1)
        return
    if text is None or not text.strip():
        raise CLIError(messages.ANALYZE_WHAT)
    print_readable(text)


def read_text(line: str) -> str:
    """The "text" of one input line; ValueError with a readable reason when there is none."""
    if not line.strip():
        raise ValueError(messages.ANALYZE_EMPTY_LINE)
    try:
        data: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(messages.ANALYZE_BAD_JSON) from exc
    if not isinstance(data, dict):
        raise ValueError(messages.ANALYZE_NOT_OBJECT)
    text = data.get("text")
    if not isinstance(text, str):
        raise ValueError(messages.ANALYZE_NO_TEXT)
    return text


def analyze_lines(source: Iterable[str], out: TextIO) -> tuple[int, int]:
    """Analyse each line of `source` into `out`; return (lines that failed, lines read)."""
    failed = total = 0
    for number, line in enumerate(source, start=1):
        total = number
        try:
            result = analysis(read_text(line))
        except ValueError as exc:
            failed += 1
            print(messages.ANALYZE_LINE_ERROR.format(line=number, error=exc), file=sys.stderr)
            result = {"error": str(exc), "line": number}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        # One line out per line in, right away: a script can keep this process open as a pipe.
        out.flush()
    return failed, total


def analysis(text: str) -> dict[str, object]:
    """One --jsonl result: the detector's keys, then example reframes found with its traps."""
    from nextyes.journal.reframes import suggest
    from nextyes.journal.traps import analyze as run_detector

    detected = run_detector(text).as_json()
    traps = [trap["slug"] for trap in detected["traps"]]
    found = [] if detected["needs_support"] else suggest(text, traps)
    return {**detected, "reframes": [example.as_json() for example in found]}


def print_readable(text: str) -> None:
    from nextyes.journal.reframes import suggest
    from nextyes.journal.traps import TRAPS
    from nextyes.journal.traps import analyze as run_detector

    result = run_detector(text)
    if result.traps:
        typer.echo(messages.ANALYZE_TRAPS)
        for found in result.traps:
            trap = TRAPS[found.slug]
            typer.echo(messages.ANALYZE_TRAP.format(score=found.score, name=trap.name))
            typer.echo(messages.ANALYZE_EXPLANATION.format(explanation=trap.explanation))
            for question in trap.questions:
                typer.echo(messages.ANALYZE_QUESTION.format(question=question))
    else:
        typer.echo(messages.ANALYZE_NONE)
        if result.distorted:
            typer.echo(messages.ANALYZE_UNCLEAR)
    if result.needs_support:
        # Help, and no job-search examples beside it: they would sound deaf to such words.
        typer.echo("")
        typer.echo(messages.ANALYZE_SUPPORT)
        return
    examples = suggest(text, [found.slug for found in result.traps])
    if examples:
        typer.echo("")
        typer.echo(textwrap.fill(messages.ANALYZE_REFRAMES, width=88))
    for example in examples:
        typer.echo("")
        typer.echo(_wrapped(messages.ANALYZE_REFRAME_THOUGHT.format(thought=example.thought)))
        typer.echo(_wrapped(messages.ANALYZE_REFRAME.format(reframe=example.reframe)))


def _wrapped(line: str) -> str:
    """Indented under the heading and wrapped, so a long reframe stays readable in a terminal."""
    return textwrap.fill(line, width=88, initial_indent="  ", subsequent_indent="    ")
