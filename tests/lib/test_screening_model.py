"""The shipped risk model: it loads, it can raise the flag alone, and rules work without it."""

from __future__ import annotations

import time
from pathlib import Path

from nextyes.lib.screening import screen
from nextyes.lib.screening.model import MODEL_PATH, ScreeningModel, load_model


def test_it_ships_a_model_that_loads() -> None:
    model = load_model()
    assert model is not None
    assert 0.0 < float(model["threshold"]) < 1.0
    assert len(model["weights"]) > 1000


def test_it_runs_on_the_rules_alone_when_the_model_file_is_missing(tmp_path: Path) -> None:
    assert load_model(tmp_path / "missing.json") is None
    assert load_model(MODEL_PATH) is not None
    # `screen` with no model at hand falls back to the rules: clear signs still count.
    assert screen("I want to end my life.", use_model=False).flagged is True
    assert screen("The commute is killing me.", use_model=False).flagged is False


def test_a_broken_model_file_counts_as_missing(tmp_path: Path) -> None:
    broken = tmp_path / "risk_model.json"
    broken.write_text("{not json", encoding="utf-8")
    assert load_model(broken) is None


def test_the_model_can_raise_the_flag_where_no_rule_fires() -> None:
    model: ScreeningModel = {"intercept": 0.0, "threshold": 0.5, "weights": {"w:asleep": 50.0}}
    result = screen("Would be nice to fall asleep on the sofa for a long, long time.", model)
    assert result.live == []
    assert result.flagged is True


def test_a_denied_cue_is_hidden_from_the_model() -> None:
    # The model would flag the word "die"; the denial masks it before the model reads it.
    model: ScreeningModel = {"intercept": -5.0, "threshold": 0.5, "weights": {"w:die": 500.0}}
    assert screen("I want to die.", model).flagged is True
    assert screen("I don't want to die, I want a job.", model).flagged is False


def test_it_screens_a_thousand_notes_fast() -> None:
    notes = [f"Applied to {i} roles, heard nothing back, tired but okay." for i in range(1000)]
    screen("warm up")
    started = time.perf_counter()
    for note in notes:
        screen(note)
    assert time.perf_counter() - started < 1.5


def test_a_short_note_with_no_sign_needs_the_model_to_be_surer() -> None:
    from nextyes.lib.screening import DENIED_THRESHOLD, Screening

    # A few words and no cue: the model's middling score is not enough ...
    assert Screening(score=0.6, threshold=0.4, short=True).flagged is False
    assert Screening(score=0.6, threshold=0.4, short=False).flagged is True
    # ... a sure one is, and a live cue decides whatever the length.
    assert Screening(score=DENIED_THRESHOLD, threshold=0.4, short=True).flagged is True
    assert screen("want to die").flagged is True
    assert screen("Cinema night").short is True
    assert screen("Cinema night").flagged is False
