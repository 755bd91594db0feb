"""Concept rules in four languages: idioms out, warning signs in, a plain denial cancels its cue.

All four languages run on every text: notes mix languages, and a rule in the wrong language
simply finds nothing. The patterns live in `lang_*.py`, one module per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nextyes.lib.screening import lang_de, lang_en, lang_es, lang_fr, lang_sideways
from nextyes.lib.screening.answers import answered_no, closed_past
from nextyes.lib.screening.frames import framed
from nextyes.lib.screening.gate import Gate
from nextyes.lib.screening.normalise import normalise

LANGUAGES = {"en": lang_en, "fr": lang_fr, "de": lang_de, "es": lang_es}
CATEGORIES = (
    "wish-dead",
    "thoughts",
    "method",
    "means",
    "plan",
    "conditional",
    "preparation",
    "self-harm",
    "reckless",
    "past-attempt",
    "burden",
)
# Where one clause ends: a denial in an earlier clause says nothing about a later cue.
_CLAUSE = re.compile(
    r"[.!?;,:()\"]|\s-\s|\b(?:but|and|though|although|however|yet|so|except|"
    r"mais|et|pourtant|cependant|sauf|aber|und|doch|sondern|jedoch|pero|y|sino|aunque)\b"
)
# A denial whose infinitive follows a comma, as German and French put it.
_DENIAL_LEAD = re.compile(
    r"(?:kein(?:e|en)? gedanken? daran|n(?:icht|ie) (?:da)?ran gedacht|nicht daran|nicht vor|nie vor|keine absicht(?: hab| habe)?|keinen plan|keine plane(?: hab| habe)?|"
    r"pas l'intention|aucune intention|"
    r"no tengo intencion|ninguna intencion|no intention|ni se me (?:pasa|paso|ocurre|ocurrio) por la "
    r"cabeza|no se me (?:pasa|paso|ocurre|ocurrio)(?: por la cabeza)?|(?:it )?never crossed my mind( to)?|"
    r"kommt mir nicht in den sinn|(?:ca|cela) ne me traverse (?:pas|meme pas) l'esprit( de)?|"
    r"no longer (?:skip|skipping) meals(?: to)?|"
    r"sin (?:ninguna |nada de )?ganas|sans (?:aucune |la moindre )?envie|without (?:any |the slightest )?"
    r"(?:urge|wish|desire)|ohne (?:jeden |den geringsten )?(?:drang|wunsch))"
    r"\s*,?\s*(?:de |d'|of |to )?$"
)
_DENIAL_WINDOW = 5  # words before a cue in which a denial cancels it
_NEW_SUBJECT = re.compile(r"\bi(?:'m|'ll| will| am)\b")
# French wraps the verb: "je ne me coupe plus", "je n'y pense jamais".
_NE_BEFORE = re.compile(r"\bn(?:e\s|')\s*$")
_NE_AFTER = re.compile(r"\s*(?:pas|plus|jamais)\b")
# German puts it after: "ich hungere mich nicht mehr aus" (but not "nicht mehr so oft").
_NICHT_MEHR_AFTER = re.compile(r"\s+(?:nicht|nie) mehr\b(?! so\b)")
# Masks leave a word the model can learn from: an idiom or a denial points away from risk.
_IDIOM_MASK = " xidiom "
_DENIED_MASK = " xdenied "


@dataclass(frozen=True)
class Cue:
    """One warning sign found in the text (normalised), and whether it stops deciding alone.

    `denied`: a denial before it cancelled it, an answer after it or a closed past took it back
    (`answers.py`), or it is someone else's or a subject of work or study (`frames.py`); either
    way the model judges, at the surer threshold.
    """

    category: str
    phrase: str
    start: int
    end: int
    denied: bool = False


@dataclass(frozen=True)
class _Rules:
    idioms: Gate
    cues: Gate
    categories: list[str]
    denial: re.Pattern[str]


@cache
def _compiled() -> _Rules:
    sources = (*LANGUAGES.values(), lang_sideways)
    idioms = [idiom for source in sources for idiom in source.IDIOMS]
    cues = [(cat, pat) for source in sources for cat, pats in source.CUES.items() for pat in pats]
    # A denial word, not followed by a word that turns it into something else ("not sure").
    # Languages share words ("no"), so an exception in any language holds for all.
    words = "|".join(word for lang in LANGUAGES.values() for word in lang.DENIALS)
    exceptions = "|".join(lang.NOT_DENIALS for lang in LANGUAGES.values())
    denial = rf"\b(?:{words})\b(?! (?:{exceptions})\b)"
    return _Rules(
        Gate([rf"(?<![a-z0-9])(?:{idiom})(?![a-z])" for idiom in idioms]),
        Gate([rf"(?<![a-z0-9])(?:{pattern})" for _, pattern in cues]),
        [category for category, _ in cues],
        re.compile(denial),
    )


def without_idioms(text: str) -> str:
    """`normalise(text)` with everyday idioms ("dead tired", "ca me tue") masked out."""
    rules = _compiled()
    text = normalise(text)
    for number in rules.idioms.candidates(text):
        text = rules.idioms.compiled[number].sub(_IDIOM_MASK, text)
    return text


def _denied(clean: str, start: int, end: int, phrase: str, denial: re.Pattern[str]) -> bool:
    if denial.match(phrase):
        return False  # the cue carries its own negation ("no reason to live")
    if answered_no(clean, start, end):
        return True  # "killing myself? no.", "thoughts of self-harm: none at all"
    if closed_past(clean, start):
        return True  # "had thoughts of ending it years ago, i'm well past that now"
    if _DENIAL_LEAD.search(clean, max(0, start - 40), start):
        return True  # "ich denke nicht daran, mir etwas anzutun"
    if _NE_BEFORE.search(clean, max(0, start - 4), start) and _NE_AFTER.match(clean, end):
        return True  # "je ne me coupe plus"
    if _NICHT_MEHR_AFTER.match(clean, end):
        return True  # "ich ritze mich nicht mehr"
    if framed(clean, start, phrase):
        return True  # "helpline training: asking callers about suicide" (see frames.py)
    clause = _CLAUSE.split(clean[max(0, start - 80) : start])[-1]
    window = " ".join(clause.split()[-_DENIAL_WINDOW:])
    # The word after a denial may be the cue's first word ("haven't eaten"): look at both. A new
    # subject after the denial starts another statement: "if the visa isn't renewed i'm going to".
    return any(
        m.start() < len(window) and not _NEW_SUBJECT.search(window, m.end())
        for m in denial.finditer(f"{window} {phrase}")
    )


def find_cues(text: str) -> tuple[str, list[Cue]]:
    """The text as the rules read it, and every cue found in it (denied ones included)."""
    rules = _compiled()
    denial = rules.denial
    clean = without_idioms(text)
    found: list[Cue] = []
    for number in rules.cues.candidates(clean):
        category = rules.categories[number]
        for match in rules.cues.compiled[number].finditer(clean):
            phrase = match.group(0).strip()
            if not phrase:
                continue
            denied = _denied(clean, match.start(), match.end(), phrase, denial)
            found.append(Cue(category, phrase, match.start(), match.end(), denied))
    found.sort(key=lambda cue: (cue.start, cue.end))
    return clean, found


def masked(clean: str, cues: list[Cue]) -> str:
    """The text with denied cues masked, so the model does not read them as risk either."""
    live = [(c.start, c.end) for c in cues if not c.denied]
    for cue in sorted((c for c in cues if c.denied), key=lambda c: -c.start):
        if any(s < cue.end and cue.start < e for s, e in live):
            continue  # the same words also form a live cue: keep them
        clean = clean[: cue.start] + _DENIED_MASK + clean[cue.end :]
    return clean
