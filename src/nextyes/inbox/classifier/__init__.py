"""What a job-search email means: rejection, interview, offer, received or other.

The stable interface the inbox uses (and `nextyes inbox classify --jsonl`):

    classify(subject, body, sender) -> Verdict(label, confidence)
    classify_many([(subject, body, sender), ...]) -> [Verdict, ...]

The model ships in this package (`model.npz`, plain arrays scored with numpy: no download, no
pickle). It is trained by `training/inbox/train.py` on `training/inbox/emails.jsonl` (not shipped).
Importing this module is cheap: numpy and the model load on the first classification.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nextyes.inbox.classifier.model import LinearModel

LABELS: tuple[str, ...] = ("rejection", "interview", "offer", "received", "other")
_MODEL_FILE = Path(__file__).with_name("model.npz")
# Changes whenever the model is retrained, so stored verdicts can say which model made them.
MODEL_VERSION = "inbox-" + hashlib.sha256(_MODEL_FILE.read_bytes()).hexdigest()[:12]
_BATCH = 512
# Every email we wrote has 18 or more known subject and body features; below this few the model
# has too little to read and the sender's name alone would decide, so the message counts as
# "other" (nothing for the search) rather than, say, a rejection guessed from "talent@".
MIN_EVIDENCE = 8
# Mail in a language other than en/fr/de/es is answered "other" with this low confidence.
FOREIGN_CONFIDENCE = 0.4
# A rejection whose text plainly offers the job or invites to an interview stays below 0.9.
GUARD_CONFIDENCE = 0.89

_model: LinearModel | None = None


@dataclass(frozen=True)
class Verdict:
    """The label we think fits and how sure we are (0–1)."""

    label: str
    confidence: float


def _loaded() -> LinearModel:
    global _model
    if _model is None:
        from nextyes.inbox.classifier.model import LinearModel

        _model = LinearModel.load(_MODEL_FILE)
    return _model


def classify(subject: str, body: str, sender: str = "") -> Verdict:
    """One message's verdict."""
    return classify_many([(subject, body, sender)])[0]


def classify_many(items: Iterable[tuple[str, str, str]]) -> list[Verdict]:
    """Verdicts for many messages at once (much faster per message than one by one)."""
    model = _loaded()
    out: list[Verdict] = []
    batch: list[tuple[str, str, str]] = []
    for item in items:
        batch.append((item[0] or "", item[1] or "", item[2] or ""))
        if len(batch) == _BATCH:
            out.extend(_verdicts(model, batch))
            batch = []
    if batch:
        out.extend(_verdicts(model, batch))
    return out


def _verdicts(model: LinearModel, batch: list[tuple[str, str, str]]) -> list[Verdict]:
    import numpy as np

    from nextyes.inbox.classifier.guard import strong_offer_or_interview
    from nextyes.inbox.classifier.lang import foreign

    probabilities, evidence, texts = model.scores(batch)
    best = probabilities.argmax(axis=1)
    top = probabilities.max(axis=1)
    if model.calibration is not None:
        # Stated confidence → the share of such answers that were right on held-out mail.
        top = np.interp(top, model.calibration[0], model.calibration[1])
    verdicts = []
    for row, k in enumerate(best.tolist()):
        label, sure = model.labels[k], float(top[row])
        if foreign(texts[row], batch[row][0] + "\n" + batch[row][1]):
            # A language the model never learned: no proposal, and no confident guess.
            label, sure = "other", FOREIGN_CONFIDENCE
        elif evidence[row] < MIN_EVIDENCE:
            # Too little to go on: no proposal, and at best an even chance it's nothing.
            label, sure = "other", min(sure, 0.5) if label == "other" else 0.5
        elif label == "rejection" and strong_offer_or_interview(texts[row]):
            # An offer or an invitation read as a rejection is the worst mistake: never sure.
            sure = min(sure, GUARD_CONFIDENCE)
        verdicts.append(Verdict(label, round(sure, 4)))
    return verdicts
