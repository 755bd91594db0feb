"""Lesson themes: a person's lessons and feedback grouped by what they are about.

TF-IDF over words and character n-grams (short sentences share few whole words), plus a small
hand-written lexicon of themes that come up in job searches (`theme_lexicon.py`), clustered with k-means whose k is
picked by silhouette. Runs offline in a fraction of a second on numpy alone (`clustering.py`);
numpy is imported inside the functions, so pages and commands that do not show themes never load
it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from nextyes.insights import theme_lexicon
from nextyes.lib.ownership import owned

if TYPE_CHECKING:
    # Only the types: numpy and the clustering load on first use.
    import numpy as np

    from nextyes.accounts.models import User
    from nextyes.insights.clustering import Rows
    from nextyes.momentum.models import Goal

# Fewer items than this are shown as they are: no clustering on three sentences.
MIN_ITEMS = 4
MAX_THEMES = 10
# The newest items only, so a long search stays quick.
MAX_ITEMS = 400
SVD_DIMENSIONS = 30


@dataclass(frozen=True, slots=True)
class ThemeItem:
    """One lesson or one piece of feedback, as themes see it."""

    kind: str  # "lesson" or "feedback"
    id: int
    text: str
    tags: str = ""
    on: dt.date | None = None

    @property
    def words(self) -> str:
        return f"{self.text} {self.tags.replace(',', ' ')}".strip()


@dataclass
class Theme:
    label: str
    # True when the label is a known theme (theme_lexicon), False when made from top words.
    known: bool
    terms: tuple[str, ...]
    items: list[ThemeItem] = field(default_factory=list)


@dataclass
class Themes:
    themes: list[Theme]
    # Shown as they are when there are too few to group.
    ungrouped: list[ThemeItem]

    @property
    def too_few(self) -> bool:
        return not self.themes


def _features(texts: Sequence[str]) -> tuple[np.ndarray, Rows | None]:
    """Rows to cluster (TF-IDF words and characters, plus lexicon cues) and the word rows."""
    import numpy as np

    from nextyes.insights.clustering import char_grams, gram_matrix, normalize, tfidf, word_grams

    try:
        word_rows = tfidf([word_grams(t) for t in texts])
    except ValueError:  # only stop words: the characters still say something
        word_rows = None
    parts = [tfidf([char_grams(t) for t in texts]).normalized()]
    if word_rows is not None:
        parts.insert(0, word_rows.normalized())
    # A few dozen latent dimensions (LSA) join near-synonyms and keep k-means quick. With a few
    # hundred rows at most, the eigenvectors of the small row-by-row matrix give them at once.
    gram = gram_matrix(parts)
    values, vectors = np.linalg.eigh(gram)
    keep = np.argsort(values)[::-1][: min(SVD_DIMENSIONS, len(texts))]
    dense = vectors[:, keep] * np.sqrt(np.clip(values[keep], 0, None))
    lexicon = np.array([theme_lexicon.lexicon_scores(t) for t in texts])
    return normalize(np.hstack([normalize(dense), normalize(lexicon)])), word_rows


def _cluster_rows(rows: np.ndarray) -> list[int]:
    import numpy as np

    from nextyes.insights.clustering import kmeans, silhouette

    n = rows.shape[0]
    distinct = len(np.unique(rows.round(6), axis=0))
    if distinct < 3:
        return [0] * n
    best: tuple[float, list[int]] | None = None
    for size in range(2, min(MAX_THEMES, distinct - 1, n // 2) + 1):
        labels = kmeans(rows, size, restarts=4, seed=0)
        if len(set(labels.tolist())) < 2:
            continue
        score = silhouette(rows, labels)
        if best is None or score > best[0]:
            best = (score, [int(x) for x in labels])
    return best[1] if best else [0] * n


def top_terms(word_rows: Rows | None, members: Sequence[int]) -> tuple[str, ...]:
    """The three words that weigh most in these rows (one-word terms first, no repeats)."""
    if word_rows is None:
        return ()
    import numpy as np

    weights = word_rows.column_means(list(members))
    order = np.argsort(-weights)
    terms: list[str] = []
    for index in order:
        if weights[index] <= 0 or len(terms) == 3:
            break
        term = word_rows.vocabulary[index]
        if " " not in term and term not in terms:
            terms.append(term)
    return tuple(terms)


def group_items(items: Sequence[ThemeItem]) -> Themes:
    """Themes for these items, largest first; too few items are returned ungrouped."""
    items = list(items)
    if len(items) < MIN_ITEMS:
        return Themes(themes=[], ungrouped=items)
    texts = [item.words for item in items]
    from threadpoolctl import threadpool_limits

    # One thread: on a few hundred rows, starting BLAS threads costs more than it saves.
    with threadpool_limits(limits=1):
        rows, word_rows = _features(texts)
        labels = _cluster_rows(rows)
    by_label: dict[str, Theme] = {}
    for cluster in sorted(set(labels)):
        members = [i for i, label in enumerate(labels) if label == cluster]
        terms = top_terms(word_rows, members)
        known = theme_lexicon.known_label([texts[i] for i in members])
        name = _(known) if known else " · ".join(terms) or _("other lessons")
        # Two clusters about the same known theme read as one theme.
        theme = by_label.setdefault(name, Theme(label=name, known=bool(known), terms=terms))
        theme.items.extend(items[i] for i in members)
    themes = sorted(by_label.values(), key=lambda t: (-len(t.items), t.label))
    return Themes(themes=themes, ungrouped=[])


def items_for(user: User) -> list[ThemeItem]:
    """The person's newest lessons and feedback, as theme items (two queries)."""
    from nextyes.recovery.models import Feedback, Lesson

    lessons = owned(Lesson, user).only("id", "text", "tags", "learned_on")[:MAX_ITEMS]
    feedback = owned(Feedback, user).only("id", "text", "received_on")[:MAX_ITEMS]
    items = [ThemeItem("lesson", x.pk, x.text, x.tags, x.learned_on) for x in lessons]
    items += [ThemeItem("feedback", x.pk, x.text, "", x.received_on) for x in feedback]
    items = [item for item in items if item.text.strip()]
    items.sort(key=lambda item: item.on or dt.date.min, reverse=True)
    return items[:MAX_ITEMS]


def themes_for(user: User) -> Themes:
    """The person's lessons and feedback grouped into themes."""
    return group_items(items_for(user))


@transaction.atomic
def create_learning_goal(user: User, theme: str) -> Goal:
    """A weekly custom goal to practise this theme, once a week to begin with."""
    from nextyes.momentum.models import GoalKind
    from nextyes.momentum.services import create_goal

    theme = " ".join(theme.split())[:80]
    if not theme:
        raise ValidationError(_("Which theme would you like to practise?"))
    return create_goal(
        user,
        kind=GoalKind.CUSTOM,
        weekly_target=1,
        label=_("Practise: %(theme)s") % {"theme": theme},
    )
