"""Lesson-theme arithmetic in numpy: the same numbers, to the last bit, as scikit-learn's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy import sparse
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize
from threadpoolctl import threadpool_limits

from nextyes.insights import clustering, themes

# Not shipped: the labelled sentences live with the training data (training/themes/).
DATA = Path(__file__).resolve().parents[2] / "training" / "themes" / "lesson_themes.jsonl"
ODD = ["", "a", "the of it", "!!", "Résumé  tailored\tfor ATS", "x" * 40, "Be kind to myself"] * 2


def texts() -> list[str]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    return [row["text"] for row in rows] + ODD


@pytest.fixture(autouse=True)
def one_thread() -> Iterator[None]:
    # As on the themes page: BLAS results can differ in the last bit with more threads.
    with threadpool_limits(limits=1):
        yield


@pytest.fixture(scope="module")
def rows() -> np.ndarray:
    with threadpool_limits(limits=1):
        return themes._features(texts())[0]


# Any: scikit-learn's scipy sparse matrix, untyped
def assert_same_rows(mine: clustering.Rows, theirs: Any, vocabulary: list[str]) -> None:
    assert mine.vocabulary == vocabulary
    assert np.array_equal(mine.indptr, theirs.indptr)
    assert np.array_equal(mine.columns, theirs.indices)
    assert np.array_equal(mine.data, theirs.data)


def test_it_uses_scikit_learns_english_stop_words() -> None:
    assert clustering.english_stop_words() == ENGLISH_STOP_WORDS


def test_its_tf_idf_rows_are_scikit_learns() -> None:
    words = TfidfVectorizer(
        ngram_range=(1, 2), stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b\w\w+\b"
    )
    theirs = words.fit_transform(texts())
    mine = clustering.tfidf([clustering.word_grams(t) for t in texts()])
    assert_same_rows(mine, theirs, list(words.get_feature_names_out()))
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    theirs = chars.fit_transform(texts())
    mine = clustering.tfidf([clustering.char_grams(t) for t in texts()])
    assert_same_rows(mine, theirs, list(chars.get_feature_names_out()))
    with pytest.raises(ValueError):
        clustering.tfidf([clustering.word_grams(t) for t in ["the", "of it", ""]])


@pytest.mark.parametrize("pairs_at_once", [clustering.PAIRS_AT_ONCE, 1000])
def test_its_row_by_row_product_is_scipys(
    monkeypatch: pytest.MonkeyPatch, pairs_at_once: int
) -> None:
    monkeypatch.setattr(clustering, "PAIRS_AT_ONCE", pairs_at_once)
    parts = [
        clustering.tfidf([grams(t) for t in texts()]).normalized()
        for grams in (clustering.word_grams, clustering.char_grams)
    ]
    words = TfidfVectorizer(
        ngram_range=(1, 2), stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b\w\w+\b"
    ).fit_transform(texts())
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    stacked = sparse.hstack([normalize(words), normalize(chars.fit_transform(texts()))]).tocsr()
    assert np.array_equal(clustering.gram_matrix(parts), (stacked @ stacked.T).toarray())


@pytest.mark.parametrize("k", range(2, 11))
def test_its_k_means_and_silhouette_are_scikit_learns(rows: np.ndarray, k: int) -> None:
    labels = clustering.kmeans(rows, k)
    expected = KMeans(n_clusters=k, n_init=4, random_state=0).fit_predict(rows)
    assert labels.tolist() == expected.tolist()
    assert clustering.silhouette(rows, labels) == silhouette_score(rows, expected, metric="cosine")


@pytest.mark.parametrize(
    ("points", "k"),
    [
        ([[0, -1], [1, 1], [1, 1], [-2, 0], [1, 1], [-2, 0]], 5),
        ([[-1, 1], [-1, 1], [-1, 1], [-1, 0], [1, -1], [-1, 0]], 4),
    ],
)
def test_it_fills_an_empty_cluster_as_scikit_learn_does(
    monkeypatch: pytest.MonkeyPatch, points: list[list[float]], k: int
) -> None:
    emptied = []
    relocate = clustering._relocate_empty

    # Any: stands in for scikit-learn's untyped private relocation
    def spy(X: Any, centers: Any, sums: Any, sizes: Any, labels: Any) -> None:
        emptied.append(not sizes.all())
        relocate(X, centers, sums, sizes, labels)

    monkeypatch.setattr(clustering, "_relocate_empty", spy)
    rows = np.array(points, dtype=float)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # scikit-learn warns about too few distinct points
        expected = KMeans(n_clusters=k, n_init=4, random_state=0).fit_predict(rows)
    assert clustering.kmeans(rows, k).tolist() == expected.tolist()
    assert any(emptied)


def test_the_themes_page_needs_no_scikit_learn_or_scipy() -> None:
    code = (
        "import sys, django; django.setup();"
        "from nextyes.insights.themes import ThemeItem, group_items;"
        "texts = ['Ask about the salary band', 'Negotiate the pay', 'Practise system design',"
        " 'Scale the cache', 'Send a thank-you email', 'Follow up after a week'];"
        "result = group_items([ThemeItem('lesson', i, t) for i, t in enumerate(texts)]);"
        "assert result.themes;"
        "print(sorted(m for m in ('sklearn', 'scipy') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"},
    )
    assert done.stdout.strip() == "[]"
