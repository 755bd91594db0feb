"""Thinking-trap suggestions for a thought, offline and in milliseconds.

`analyze(text)` combines clear-cue rules (`rules.py`) with small linear models trained on our
own job-search sentences and on real people's thoughts labelled by practitioners (Sharma et al.,
ACL 2023; `training/traps/` holds the script and says where the data comes from). Only the
weights ship (`data/model.json`, `data/weights.f32`), scored in pure Python so that neither
Django nor scikit-learn is needed at run time. `rank(text)` gives every trap's score, for top-k
use. The result is a suggestion, never a verdict: the person confirms or drops each trap.

`needs_support` comes from the separate, rule-based screening in `nextyes.lib.screening`.
"""

from __future__ import annotations

from nextyes.journal.traps.catalog import (
    DETECTOR_VERSION,
    SLUGS,
    TRAPS,
    Analysis,
    Ranking,
    Trap,
    TrapScore,
)
from nextyes.journal.traps.detector import detect, score
from nextyes.lib.screening import needs_support

__all__ = [
    "DETECTOR_VERSION",
    "SLUGS",
    "TRAPS",
    "Analysis",
    "Ranking",
    "Trap",
    "TrapScore",
    "analyze",
    "rank",
]


def rank(text: str) -> Ranking:
    """Every slug ranked with its score (the ones `analyze` suggests are those at the top that
    reach the threshold), and the score behind `analyze`'s "distorted"."""
    scored = score(text)
    return Ranking(traps=scored.ranking, distorted_score=round(scored.distorted_score, 3))


def analyze(text: str) -> Analysis:
    """Suggest the thinking traps that may fit `text`, and whether it needs a gentle check-in."""
    traps, distorted = detect(text)
    return Analysis(traps=traps, distorted=distorted, needs_support=needs_support(text))
