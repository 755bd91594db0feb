"""Lesson themes: quality on the labelled set, tiny inputs, names in plain words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nextyes.insights import theme_lexicon
from nextyes.insights.themes import ThemeItem, group_items

# Not shipped: the labelled sentences live with the training data (training/themes/).
DATA = Path(__file__).resolve().parents[2] / "training" / "themes" / "lesson_themes.jsonl"
# Measured 0.87 (2026-11-22, benchmarks/themes_eval.py); the margin absorbs library updates.
MIN_ARI = 0.75


def labelled() -> list[dict[str, str]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]


def test_it_has_at_least_150_labelled_sentences_in_about_nine_themes() -> None:
    rows = labelled()
    assert len(rows) >= 150
    assert 8 <= len({r["theme"] for r in rows}) <= 10


def test_it_finds_the_labelled_themes_well_above_chance() -> None:
    from sklearn.metrics import adjusted_rand_score

    rows = labelled()
    items = [ThemeItem("lesson", i, r["text"]) for i, r in enumerate(rows)]
    result = group_items(items)
    found = {item.id: n for n, theme in enumerate(result.themes) for item in theme.items}
    assert sorted(found) == list(range(len(rows)))
    ari = adjusted_rand_score([r["theme"] for r in rows], [found[i] for i in range(len(rows))])
    assert ari > MIN_ARI
    labels = {t.label for t in result.themes}
    assert {"salary expectations", "system design depth", "more specific examples"} <= labels


@pytest.mark.parametrize("count", [0, 1, 2, 3])
def test_it_leaves_a_few_lessons_as_they_are(count: int) -> None:
    items = [ThemeItem("lesson", i, f"Lesson number {i}") for i in range(count)]
    result = group_items(items)
    assert result.too_few
    assert result.themes == []
    assert result.ungrouped == items


def test_it_copes_with_identical_and_empty_words() -> None:
    same = [ThemeItem("lesson", i, "Be kind to myself") for i in range(5)]
    assert [len(t.items) for t in group_items(same).themes] == [5]
    odd = [ThemeItem("lesson", i, text) for i, text in enumerate(["a", "the", "of", "it", "!"])]
    assert sum(len(t.items) for t in group_items(odd).themes) == 5


def test_it_names_a_theme_it_knows_and_others_by_their_words() -> None:
    assert theme_lexicon.known_label(
        ["I named my salary too early.", "Negotiate the pay package.", "Ask about the budget."]
    ) == ("salary expectations")
    assert theme_lexicon.known_label(["Bake bread on Sundays.", "Water the plants."]) is None
    items = [
        ThemeItem("lesson", 0, "Garden tomatoes need sun"),
        ThemeItem("lesson", 1, "Garden tomatoes need water"),
        ThemeItem("lesson", 2, "Garden tomatoes need patience"),
        ThemeItem("feedback", 3, "Negotiate the salary and ask about the pay band"),
        ThemeItem("feedback", 4, "Salary: negotiate the pay range, not a single figure"),
        ThemeItem("lesson", 5, "Research salary ranges and negotiate the pay"),
    ]
    result = group_items(items)
    labels = {t.label: sorted(i.id for i in t.items) for t in result.themes}
    assert labels["salary expectations"] == [3, 4, 5]
    other = next(t for t in result.themes if not t.known)
    assert "garden" in other.label and " · " in other.label


def test_it_reads_the_lesson_tags_too() -> None:
    item = ThemeItem("lesson", 1, "Went badly.", "system design, scaling")
    assert "system design" in item.words
    assert theme_lexicon.known_label([item.words]) == "system design depth"
