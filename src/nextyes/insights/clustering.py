"""TF-IDF rows, k-means and the silhouette for lesson themes, in numpy alone.

The themes used scikit-learn's TfidfVectorizer, KMeans and silhouette_score, which put about
200 MB (scipy included) into every install for one page. These functions do the same arithmetic
in the same order: the same vocabulary and weights, k-means++ seeding drawn from the same random
stream, the same Lloyd steps, tie-breaks and choice among the restarts, so a person's themes come
out as they did. scikit-learn (BSD-3-Clause) stays a training and test dependency, and the tests
compare the two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain, pairwise
from pathlib import Path

import numpy as np

# scikit-learn's English stop words (from the Glasgow Information Retrieval Group's list).
STOP_WORDS_FILE = Path(__file__).parent / "data" / "english_stop_words.txt"


@cache
def english_stop_words() -> frozenset[str]:
    return frozenset(STOP_WORDS_FILE.read_text(encoding="utf-8").split())


_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_SPACES = re.compile(r"\s\s+")
# Lloyd's steps score this many rows at a time, as scikit-learn does.
_CHUNK = 256
# Pairs of entries the row-by-row product handles at once (each takes about 70 bytes meanwhile).
PAIRS_AT_ONCE = 1 << 18


def word_grams(text: str) -> list[str]:
    """Words of two letters or more, lower case, stop words out, then each pair of neighbours."""
    stop = english_stop_words()
    words = [w for w in _TOKEN.findall(text.lower()) if w not in stop]
    return words + [" ".join(pair) for pair in pairwise(words)]


def char_grams(text: str) -> list[str]:
    """Runs of 3 to 5 characters inside each word padded with a space ("char_wb")."""
    grams: list[str] = []
    for word in _SPACES.sub(" ", text.lower()).split():
        word = f" {word} "
        for n in range(3, 6):
            grams.extend(word[i : i + n] for i in range(max(len(word) - n, 0) + 1))
            if len(word) <= n:  # a short word counts once, not once per n
                break
    return grams


@dataclass
class Rows:
    """Sparse rows: row r holds `data[indptr[r]:indptr[r+1]]` in columns `columns[...]`.

    Columns are the vocabulary in alphabetical order; `order` is each column's first appearance
    in the texts, and entries within a row are kept in that order (their sums depend on it).
    """

    indptr: np.ndarray
    columns: np.ndarray
    data: np.ndarray
    order: np.ndarray
    vocabulary: list[str]

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.indptr) - 1, len(self.vocabulary)

    def normalized(self) -> Rows:
        """Each row divided by its length; empty rows stay empty."""
        data = self.data.copy()
        squares = data * data
        for start, end in pairwise(self.indptr.tolist()):
            # Added one after another (cumsum), as scikit-learn's loop does; sum() adds pairwise.
            total = np.cumsum(squares[start:end])[-1] if end > start else 0.0
            if total:
                data[start:end] /= np.sqrt(total)
        return Rows(self.indptr, self.columns, data, self.order, self.vocabulary)

    def column_means(self, members: Sequence[int]) -> np.ndarray:
        """The mean of these rows, column by column."""
        means = np.zeros(len(self.vocabulary))
        share = 1.0 / len(members)
        for row in members:
            span = slice(self.indptr[row], self.indptr[row + 1])
            means[self.columns[span]] += self.data[span] * share
        return means


def tfidf(documents: Sequence[list[str]]) -> Rows:
    """TF-IDF rows with 1 + log(count) and smoothed idf, each of length one.

    Raises ValueError when the documents have no term at all.
    """
    seen: dict[str, int] = {}
    counts: list[dict[int, int]] = []
    for grams in documents:
        row: dict[int, int] = {}
        for gram in grams:
            number = seen.setdefault(gram, len(seen))
            row[number] = row.get(number, 0) + 1
        counts.append(row)
    if not seen:
        raise ValueError("empty vocabulary")
    vocabulary = sorted(seen)
    column_of = np.empty(len(seen), dtype=np.intp)
    column_of[[seen[term] for term in vocabulary]] = np.arange(len(vocabulary))
    indptr = np.cumsum([0, *(len(row) for row in counts)])
    order = np.fromiter(chain.from_iterable(sorted(row) for row in counts), dtype=np.intp)
    data = np.fromiter(
        chain.from_iterable((row[n] for n in sorted(row)) for row in counts), dtype=np.float64
    )
    columns = column_of[order]
    np.log(data, out=data)
    data += 1.0
    documents_with = np.bincount(columns, minlength=len(vocabulary)).astype(np.float64) + 1.0
    idf = np.full_like(documents_with, len(counts) + 1)
    idf /= documents_with
    np.log(idf, out=idf)
    idf += 1.0
    data *= idf[columns]
    return Rows(indptr, columns, data, order, vocabulary).normalized()


def gram_matrix(parts: Sequence[Rows]) -> np.ndarray:
    """The dot product of every two rows of the parts laid side by side.

    Each cell is summed term by term in the order its row keeps them, as scipy's sparse product
    does, so the result is the same to the last bit.
    """
    n = parts[0].shape[0]
    rows, keys, values = [], [], []
    offset = 0
    for part in parts:
        lengths = np.diff(part.indptr)
        rows.append(np.repeat(np.arange(n), lengths))
        keys.append(part.order + offset)
        values.append(part.data)
        offset += len(part.vocabulary)
    row, key, value = np.concatenate(rows), np.concatenate(keys), np.concatenate(values)
    by_term = np.lexsort((row, key))
    row, key, value = row[by_term], key[by_term], value[by_term]
    # Entry e shares its term with the `size[e]` entries from `first[e]` on (itself included).
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    counts = np.diff(np.r_[starts, len(key)])
    first, size = np.repeat(starts, counts), np.repeat(counts, counts)
    # A block of whole rows at a time: its cells are its own, so each block's sums start at zero.
    pairs_by_row = np.cumsum(np.bincount(row, weights=size, minlength=n))
    gram = np.empty((n, n))
    top = 0
    while top < n:
        done = pairs_by_row[top - 1] if top else 0.0
        end = max(int(np.searchsorted(pairs_by_row, done + PAIRS_AT_ONCE, side="right")), top + 1)
        mine = np.flatnonzero((row >= top) & (row < end))  # still term after term
        a = np.repeat(mine, size[mine])
        b = np.arange(len(a)) - np.repeat(
            np.cumsum(size[mine]) - size[mine] - first[mine], size[mine]
        )
        cells = (row[a] - top) * n + row[b]
        block = np.bincount(cells, weights=value[a] * value[b], minlength=(end - top) * n)
        gram[top:end] = block.reshape(end - top, n)
        top = end
    return gram


def row_norms(rows: np.ndarray) -> np.ndarray:
    """Squared length of each row."""
    squared: np.ndarray = np.einsum("ij,ij->i", rows, rows)
    return squared


def normalize(rows: np.ndarray) -> np.ndarray:
    """A copy with each row of length one; rows of (almost) zero length stay as they are."""
    norms = np.sqrt(row_norms(rows))
    norms[norms < 10 * np.finfo(norms.dtype).eps] = 1.0
    unit: np.ndarray = rows / norms[:, np.newaxis]
    return unit


# --- k-means -----------------------------------------------------------------------------------


def kmeans(rows: np.ndarray, k: int, *, restarts: int = 4, seed: int = 0) -> np.ndarray:
    """A cluster number for each row: the best of `restarts` k-means++ runs of Lloyd's method.

    The same random draws, steps and tie-breaks as scikit-learn's
    `KMeans(n_clusters=k, n_init=restarts, random_state=seed).fit_predict(rows)`.
    """
    X = np.array(rows, dtype=np.float64, order="C")
    tol = float(np.mean(np.var(X, axis=0))) * 1e-4
    random = np.random.RandomState(seed)
    X -= X.mean(axis=0)
    norms = row_norms(X)
    best: tuple[np.ndarray, float] | None = None
    for _ in range(restarts):
        labels, inertia = _lloyd(X, _plusplus(X, k, norms, random), tol)
        if best is None or (inertia < best[1] and not _same_clustering(labels, best[0], k)):
            best = (labels, inertia)
    assert best is not None
    return best[0]


def _squared_distances(points: np.ndarray, X: np.ndarray, norms: np.ndarray) -> np.ndarray:
    distances: np.ndarray = -2 * (points @ X.T)
    distances += row_norms(points)[:, np.newaxis]
    distances += norms.reshape(1, -1)
    np.maximum(distances, 0, out=distances)
    return distances


def _plusplus(
    X: np.ndarray, k: int, norms: np.ndarray, random: np.random.RandomState
) -> np.ndarray:
    """k-means++ seeding with 2 + log(k) candidates per centre, keeping the best of them."""
    n = X.shape[0]
    weights = np.ones(n)
    trials = 2 + int(np.log(k))
    centers = np.empty((k, X.shape[1]))
    centers[0] = X[random.choice(n, p=weights / weights.sum())]
    closest = _squared_distances(centers[0, np.newaxis], X, norms)
    potential = closest @ weights
    for c in range(1, k):
        draws = random.uniform(size=trials) * potential
        candidates = np.searchsorted(np.cumsum(weights * closest), draws)
        np.clip(candidates, None, closest.size - 1, out=candidates)
        distances = _squared_distances(X[candidates], X, norms)
        np.minimum(closest, distances, out=distances)
        potentials = distances @ weights.reshape(-1, 1)
        best = np.argmin(potentials)
        potential = potentials[best]
        closest = distances[best]
        centers[c] = X[candidates[best]]
    return centers


def _lloyd(X: np.ndarray, centers: np.ndarray, tol: float) -> tuple[np.ndarray, float]:
    """Lloyd's iterations until the labels stop changing or the centres barely move."""
    labels = np.full(X.shape[0], -1, dtype=np.int32)
    previous = labels.copy()
    converged = False
    for _ in range(300):
        new_centers, shift = _lloyd_step(X, centers, labels)
        centers = new_centers
        if np.array_equal(labels, previous):
            converged = True
            break
        if (shift**2).sum() <= tol:
            break
        previous[:] = labels
    if not converged:
        _assign(X, centers, labels)
    return labels, _inertia(X, centers, labels)


def _assign(X: np.ndarray, centers: np.ndarray, labels: np.ndarray) -> None:
    """The nearest centre of each row, the first one on a tie."""
    center_norms = row_norms(centers)
    for start in range(0, X.shape[0], _CHUNK):
        scores = -2.0 * (X[start : start + _CHUNK] @ centers.T) + center_norms
        labels[start : start + _CHUNK] = np.argmin(scores, axis=1)


def _lloyd_step(
    X: np.ndarray, centers: np.ndarray, labels: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Assign the rows, then move each centre to the mean of its rows; also how far each moved."""
    _assign(X, centers, labels)
    k = centers.shape[0]
    sums = np.zeros_like(centers)
    for j in range(k):
        members = X[labels == j]
        if len(members):
            sums[j] = members.sum(axis=0)  # row after row, in order
    sizes = np.bincount(labels, minlength=k).astype(np.float64)
    _relocate_empty(X, centers, sums, sizes, labels)
    biggest = int(np.argmax(sizes))
    for j in range(k):
        if sizes[j] > 0:
            sums[j] *= 1.0 / sizes[j]
        else:
            sums[j] = sums[biggest]
    return sums, np.sqrt(_squared_lengths(sums - centers))


def _relocate_empty(
    X: np.ndarray, centers: np.ndarray, sums: np.ndarray, sizes: np.ndarray, labels: np.ndarray
) -> None:
    """An empty cluster takes the row farthest from its centre, as scikit-learn does."""
    empty = np.flatnonzero(sizes == 0)
    if not len(empty):
        return
    distances = ((X - centers[labels]) ** 2).sum(axis=1)
    farthest = np.argpartition(distances, -len(empty))[: -len(empty) - 1 : -1]
    if np.max(distances) == 0:
        return
    for new, far in zip(empty, farthest, strict=True):
        old = labels[far]
        sums[old] -= X[far]
        sums[new] = X[far]
        sizes[new] = 1.0
        sizes[old] -= 1.0


def _squared_lengths(differences: np.ndarray) -> np.ndarray:
    """Squared length of each row, summed four terms at a time as scikit-learn's loop does."""
    squares = differences * differences
    whole = squares.shape[1] // 4 * 4
    quads = squares[:, :whole].reshape(squares.shape[0], -1, 4)
    totals = np.zeros(squares.shape[0])
    for q in range(quads.shape[1]):
        totals += ((quads[:, q, 0] + quads[:, q, 1]) + quads[:, q, 2]) + quads[:, q, 3]
    for i in range(whole, squares.shape[1]):
        totals += squares[:, i]
    return totals


def _inertia(X: np.ndarray, centers: np.ndarray, labels: np.ndarray) -> float:
    total = 0.0
    for value in _squared_lengths(X - centers[labels]).tolist():
        total += value
    return total


def _same_clustering(first: np.ndarray, second: np.ndarray, k: int) -> bool:
    """Whether two labellings are the same groups under other numbers."""
    mapping = np.full(k, -1)
    for a, b in zip(first.tolist(), second.tolist(), strict=True):
        if mapping[a] == -1:
            mapping[a] = b
        elif mapping[a] != b:
            return False
    return True


def silhouette(rows: np.ndarray, labels: np.ndarray) -> float:
    """The mean silhouette of these labels under cosine distance (needs 2 to n - 1 clusters)."""
    unit = normalize(rows)
    distances = unit @ unit.T
    distances *= -1
    distances += 1
    distances = np.clip(distances, 0.0, 2.0)
    np.fill_diagonal(distances, 0.0)
    numbers = np.unique(labels, return_inverse=True)[1].ravel()
    sizes = np.bincount(numbers)
    n = len(numbers)
    by_cluster = np.zeros((n, len(sizes)))
    for c in range(len(sizes)):
        # Summed one after another, as np.bincount does (a plain sum adds pairwise).
        by_cluster[:, c] = np.cumsum(distances[:, numbers == c], axis=1)[:, -1]
    own = (np.arange(n), numbers)
    inside = by_cluster[own]
    by_cluster[own] = np.inf
    by_cluster /= sizes
    nearest = by_cluster.min(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        inside /= (sizes - 1).take(numbers, mode="clip")
        scores = nearest - inside
        scores /= np.maximum(inside, nearest)
    return float(np.mean(np.nan_to_num(scores)))
