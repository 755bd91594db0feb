"""The thinking traps: their slugs, names and questions, and the shapes of a suggestion.

Plain data with no imports from the rest of NextYes, so the detector and the package front
(`nextyes.journal.traps`) both build on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict


def _(text: str) -> str:
    """Mark a string for translation without importing Django (like gettext_noop).

    Templates translate the names and texts when they show them: `{% translate trap.name %}`.
    """
    return text


SLUGS: tuple[str, ...] = (
    "all-or-nothing",
    "overgeneralisation",
    "mental-filter",
    "discounting-the-positive",
    "mind-reading",
    "fortune-telling",
    "catastrophising",
    "emotional-reasoning",
    "should-statements",
    "labelling",
    "personalisation",
)

# Bumped whenever the rules, the data or the model change, so that stored suggestions
# (TrapSuggestion.detector_version) can be evaluated per version.
DETECTOR_VERSION = "traps-2"


@dataclass(frozen=True)
class Trap:
    slug: str
    name: str
    explanation: str
    questions: tuple[str, ...]


TRAPS: dict[str, Trap] = {
    trap.slug: trap
    for trap in (
        Trap(
            "all-or-nothing",
            _("All-or-nothing"),
            _(
                "Seeing things in two boxes only: perfect or worthless, a total success or a "
                "total failure, with nothing in between."
            ),
            (
                _("Is there a middle ground between the two extremes?"),
                _("What parts went partly well, even if not all of it did?"),
                _("How would you score it out of ten instead of pass or fail?"),
            ),
        ),
        Trap(
            "overgeneralisation",
            _("Overgeneralisation"),
            _(
                "Taking one or a few events and turning them into a rule for everything: "
                "“this always happens”, “I never get anywhere”."
            ),
            (
                _("How many times has this actually happened, and how many times has it not?"),
                _("Can you remember one time it went differently?"),
                _("Is this one event, or truly a pattern?"),
            ),
        ),
        Trap(
            "mental-filter",
            _("Mental filter"),
            _(
                "Fixing on one painful detail until it colours the whole picture, while the "
                "rest of what happened fades out."
            ),
            (
                _("What else happened that you are not giving weight to?"),
                _("If a friend told you the whole story, which part would they remember?"),
            ),
        ),
        Trap(
            "discounting-the-positive",
            _("Discounting the positive"),
            _(
                "Brushing good things aside as luck, politeness or something that doesn't "
                "count, so they never get to change how you see yourself."
            ),
            (
                _("If this had gone badly, would you have counted it? Why not count it now?"),
                _("What did you do that helped this good thing happen?"),
                _("How would you react if a friend dismissed the same success?"),
            ),
        ),
        Trap(
            "mind-reading",
            _("Jumping to conclusions: mind reading"),
            _(
                "Being sure you know what others think of you, usually the worst, without "
                "them having said it."
            ),
            (
                _("What did they actually say or do?"),
                _("What else could they have been thinking?"),
                _("Is there a way to find out instead of guessing?"),
            ),
        ),
        Trap(
            "fortune-telling",
            _("Jumping to conclusions: fortune telling"),
            _(
                "Predicting that things will turn out badly and treating the prediction as "
                "if it were already a fact."
            ),
            (
                _("What are the other ways this could turn out?"),
                _("How often have your gloomy predictions come true before?"),
                _("What would you do if the better outcome happened?"),
            ),
        ),
        Trap(
            "catastrophising",
            _("Magnifying and catastrophising"),
            _(
                "Blowing a setback up into a disaster and jumping to the worst possible "
                "ending, as if it could not be survived."
            ),
            (
                _("What is the most likely outcome, not the worst one?"),
                _("If the worst did happen, how could you cope with it?"),
                _("Will this matter as much in a year?"),
            ),
        ),
        Trap(
            "emotional-reasoning",
            _("Emotional reasoning"),
            _(
                "Taking a feeling as proof: “I feel useless, so I must be useless”. Feelings "
                "are real, but they are not facts about the world."
            ),
            (
                _("What facts, apart from the feeling, support this?"),
                _("Have you felt this way before when it turned out not to be true?"),
            ),
        ),
        Trap(
            "should-statements",
            _("Should statements"),
            _(
                "Holding yourself (or others) to rigid rules of “should”, “must” and “ought "
                "to”, and feeling guilty or angry when life doesn't follow them."
            ),
            (
                _("Who made this rule, and is it fair?"),
                _("What would change if you said “I'd like to” instead of “I should”?"),
                _("Would you hold a friend to the same rule?"),
            ),
        ),
        Trap(
            "labelling",
            _("Labelling"),
            _(
                "Summing yourself up with one harsh word (“failure”, “loser”, “idiot”) "
                "instead of describing what happened."
            ),
            (
                _("What happened, described without the label?"),
                _("Does one event really define a whole person?"),
                _("What label would someone who knows you well pick?"),
            ),
        ),
        Trap(
            "personalisation",
            _("Personalisation"),
            _(
                "Taking all the blame for things that had many causes, most of them outside "
                "your control."
            ),
            (
                _("What else played a part: the market, timing, other candidates, budgets?"),
                _("How much of this was really in your hands?"),
                _("What share of the responsibility would a fair observer give you?"),
            ),
        ),
    )
}


@dataclass(frozen=True)
class TrapScore:
    slug: str
    score: float


class TrapJson(TypedDict):
    slug: str
    score: float


class AnalysisJson(TypedDict):
    """The stable shape of `nextyes analyze --jsonl` (and of the UI's suggestions)."""

    traps: list[TrapJson]
    distorted: bool
    needs_support: bool


@dataclass(frozen=True)
class Analysis:
    """What NextYes suggests for one thought."""

    traps: list[TrapScore]  # ranked, best first; only those above the suggestion threshold
    distorted: bool
    needs_support: bool

    def as_json(self) -> AnalysisJson:
        return {
            "traps": [{"slug": t.slug, "score": t.score} for t in self.traps],
            "distorted": self.distorted,
            "needs_support": self.needs_support,
        }


@dataclass(frozen=True)
class Ranking:
    """Every trap scored for one thought, best first, whatever the suggestion threshold."""

    traps: list[TrapScore]  # all slugs
    distorted_score: float  # 0 to 1: how likely the thought holds some trap
