"""Screening a person's own words for warning signs of suicide or self-harm, in four languages.

Two detectors, and either can raise the flag, because missing someone in danger costs far more
than a gentle, dismissible panel shown to someone who is fine:

- concept rules (`rules.py`, `lang_*.py`) for English, French, German and Spanish, by warning
  sign (wishing to be dead, thoughts, methods, means, plans, conditions, preparations,
  self-harm, reckless acts, past attempts, feeling a burden), over normalised text with
  everyday idioms taken out, a plain denial cancelling only its own cue, a sign answered with a
  no or told as a past that is over (`answers.py`), and someone else's sign or one that is the
  subject of work, study or care (`frames.py`) left to the model at a surer threshold;
- a small linear model (`model.py`) over word and character n-grams and over ideas shared by
  the four languages and their pairs (`concepts.py`: a high place and a date, giving things
  away and not needing them), trained on sentences we wrote, which catches wordings no rule
  names, in any of the four languages.

Framework-free and fast. This is not a diagnosis: a flag only means NextYes offers support.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nextyes.lib.screening.model import ScreeningModel, load_model, probability
from nextyes.lib.screening.rules import CATEGORIES, Cue, find_cues, masked

__all__ = ["CATEGORIES", "Cue", "Screening", "needs_support", "risk_cues", "screen"]

DEFAULT_THRESHOLD = 0.5
DENIED_THRESHOLD = 0.8
# A note this short with no warning sign ("Cinema night", a job title) gives the model too little
# to go on: it needs to be as sure as after a denial. The rules still read every short note.
SHORT_WORDS = 5


@dataclass(frozen=True)
class Screening:
    """What the screening saw: live cues, the model's probability, and the decision."""

    cues: tuple[Cue, ...] = field(default=())
    score: float = 0.0
    threshold: float = DEFAULT_THRESHOLD
    short: bool = False

    @property
    def live(self) -> list[Cue]:
        return [cue for cue in self.cues if not cue.denied]

    @property
    def flagged(self) -> bool:
        if self.live:
            return True
        # The writer denied the only sign the rules saw, or wrote a few words with none: the
        # model alone needs to be surer.
        surer = self.short or any(cue.denied for cue in self.cues)
        return self.score >= (max(self.threshold, DENIED_THRESHOLD) if surer else self.threshold)

    @property
    def categories(self) -> list[str]:
        return sorted({cue.category for cue in self.live}, key=CATEGORIES.index)


def screen(text: str, model: ScreeningModel | None = None, *, use_model: bool = True) -> Screening:
    """Screen `text`; `model` defaults to the shipped weights (rules alone when it is missing)."""
    clean, cues = find_cues(text or "")
    if use_model and model is None:
        model = load_model()
    if not use_model or model is None or any(not cue.denied for cue in cues):
        return Screening(tuple(cues))  # a live cue already decides: no need for the model
    score = probability(masked(clean, cues), model)
    threshold = float(model.get("threshold", DEFAULT_THRESHOLD))
    short = len(clean.split()) <= SHORT_WORDS
    return Screening(tuple(cues), round(score, 4), threshold, short)


def risk_cues(text: str) -> list[str]:
    """The phrases that raised the flag (for tests and debugging); empty when none did."""
    result = screen(text)
    found = [cue.phrase for cue in result.live]
    if not found and result.flagged:
        found.append(f"model:{result.score:.2f}")
    return found


def needs_support(text: str) -> bool:
    """True when the text may be about suicide or self-harm: offer help, gently."""
    return screen(text).flagged
