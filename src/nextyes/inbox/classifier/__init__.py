"""What a job-search email means: rejection, interview, offer, received or other.

The stable interface the inbox uses (and `nextyes inbox classify --jsonl`):

    classify(subject, body, sender) -> Verdict(label, confidence)
    classify_many([(subject, body, sender), ...]) -> [Verdict, ...]

PROVISIONAL: keyword rules until the trained model lands; the interface will not change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

LABELS: tuple[str, ...] = ("rejection", "interview", "offer", "received", "other")
MODEL_VERSION = "provisional-keywords"


@dataclass(frozen=True)
class Verdict:
    """The label we think fits and how sure we are (0–1)."""

    label: str
    confidence: float


_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "rejection",
        ("not to move forward", "other candidates", "unfortunately", "leider", "malheureusement"),
    ),
    ("offer", ("pleased to offer", "offer letter", "compensation package")),
    ("interview", ("interview", "schedule a call", "availability", "entretien", "entrevista")),
    ("received", ("received your application", "thank you for applying", "under review")),
)


def classify(subject: str, body: str, sender: str = "") -> Verdict:
    """One message's verdict."""
    return classify_many([(subject, body, sender)])[0]


def classify_many(items: Iterable[tuple[str, str, str]]) -> list[Verdict]:
    """Verdicts for many messages at once (faster than one by one)."""
    out = []
    for subject, body, _sender in items:
        text = f"{subject}\n{body}".lower()
        for label, cues in _CUES:
            if any(cue in text for cue in cues):
                out.append(Verdict(label, 0.6))
                break
        else:
            out.append(Verdict("other", 0.5))
    return out
