"""What the classifier's speed-ups must keep: the same answers in batches as one by one, the
same phrase matches as the plain alternation, and the CLI's order over many batches."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import unicodedata

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from training.inbox import train as inbox_train

from nextyes.inbox.classifier import _loaded, classify, classify_many
from nextyes.inbox.classifier.cues import CUES, OWN_MAIL
from nextyes.inbox.classifier.features import _fold
from nextyes.inbox.classifier.phrases import PhraseCounter, phrase_pattern

ALL_PHRASES = [p for phrases in CUES.values() for p in phrases] + list(OWN_MAIL)


def _plain(phrases: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """The alternation the cues were first written as: longest phrases first."""
    return re.compile("|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)))


def _emails(count: int, seed: int = 3) -> list[tuple[str, str, str]]:
    rows = inbox_train.load_rows()
    rng = random.Random(seed)
    return [(r["subject"], r["body"], r["from"]) for r in rng.sample(rows, count)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(ALL_PHRASES),
            st.sampled_from(ALL_PHRASES).map(lambda p: p[: len(p) // 2 + 1]),
            st.text(alphabet="abcdeinorstu '-", max_size=6),
        ),
        max_size=12,
    ).map("".join),
    st.sampled_from([*CUES, "own"]),
)
def test_the_phrase_tree_finds_what_the_plain_alternation_finds(text: str, group: str) -> None:
    phrases = OWN_MAIL if group == "own" else CUES[group]
    assert phrase_pattern(phrases).findall(text) == _plain(phrases).findall(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(ALL_PHRASES),
            st.sampled_from(ALL_PHRASES).map(lambda p: p[1 : len(p) // 2 + 2]),
            st.text(alphabet="abcdeinorstu '-", max_size=6),
        ),
        max_size=16,
    ).map("".join)
)
def test_one_scan_counts_each_labels_phrases_as_its_own_findall_would(text: str) -> None:
    groups = {**CUES, "own": OWN_MAIL}
    counter = PhraseCounter(groups)
    assert counter.names == tuple(groups)
    assert counter.counts(text) == [len(_plain(p).findall(text)) for p in groups.values()]


def test_one_scan_counts_overlapping_phrases_of_different_groups() -> None:
    counter = PhraseCounter({"a": ["not progress", "progress"], "b": ["progressing", "sing"]})
    assert counter.counts("not progressing, progressing") == [2, 2]


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
    | st.sampled_from(
        ["Décision", "Ä Ö Ü ß", "ＡＢＣ", "ℌello", "ﬁn", "Ǆ", "한국어", "e\u0301\u0327x", "ΣΑΣ Σ"]
    )
)
def test_folding_runs_of_accented_letters_alone_gives_what_folding_the_text_gave(
    text: str,
) -> None:
    whole = unicodedata.normalize("NFKD", text.lower())
    assert _fold(text) == "".join(ch for ch in whole if not unicodedata.combining(ch))


def test_the_phrase_tree_prefers_the_longest_phrase_and_escapes_letters() -> None:
    pattern = phrase_pattern(["not progress", "not progressing", "a.b", "a"])
    assert pattern.findall("we're not progressing; not progress") == [
        "not progressing",
        "not progress",
    ]
    assert pattern.findall("a.b axb") == ["a.b", "a"]


def test_a_batch_gives_each_email_the_answer_it_gets_alone() -> None:
    items = [*_emails(600), ("", "", ""), ("Re: hi", "> quoted only", "x@y.example")]
    together = classify_many(items)
    alone = [classify(*item) for item in items]
    assert together == alone
    model = _loaded()
    batch = model.probabilities(items)
    one_by_one = np.vstack([model.probabilities([item]) for item in items])
    assert np.allclose(batch, one_by_one, rtol=0, atol=1e-12)


def test_the_cli_answers_in_order_over_more_lines_than_one_batch() -> None:
    items = _emails(1300, seed=5)
    lines = [json.dumps({"subject": s, "body": b, "from": f}) for s, b, f in items]
    lines.insert(700, "not json")  # a bad line in the second batch keeps its place too
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from nextyes.cli import main; raise SystemExit(main(['inbox', 'classify', '--jsonl']))",
        ],
        input=("\n".join(lines) + "\n").encode(),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 1  # the one bad line
    out = done.stdout.decode().splitlines()
    expected = [
        json.dumps({"label": v.label, "confidence": v.confidence}) for v in classify_many(items)
    ]
    expected.insert(700, json.dumps({"error": json.loads(out[700])["error"], "line": 701}))
    assert out == expected
