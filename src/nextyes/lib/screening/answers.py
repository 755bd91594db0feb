"""Denials that come after the warning sign, or close a past: the sign is named, then answered.

Two ways people name a sign only to say it is not theirs, which a denial word before the cue
misses:

- an answer after it: "the doctor asked if I'd thought about hurting myself and I could honestly
  say no", "thoughts of self-harm: none at all", "Selbstmordgedanken? Nee.", "lebensmüde nein",
  "ganas de morir, ninguna";
- a past that is closed: "I had thoughts of ending it back in 2017, I'm well past that now",
  "als Teenager hab ich mich geritzt, seit zehn Jahren nicht mehr", "hace años pensé en quitarme
  la vida, ya lo superé". A past with the thoughts back ("l'envie de recommencer est revenue",
  "and now they're back") is never closed: that is the warning sign of a past attempt.

Either way the cue stops deciding alone and the model judges at the surer threshold, as after
any denial; nothing here hides a sign the model sees.
"""

from __future__ import annotations

import re

_NO = r"(?:no|nope|nah|nee|noe|never|non|nein|none|zero|aucune?|keine?|ninguno|ninguna|nada)"
# An answer stands alone: "none at all.", "no, honestly", never "no one" or "no reason to live".
_ALONE = (
    r"(?=\s*(?:[.!?;,)]|$|at all|du tout|whatsoever|gar nicht|para nada|en absoluto|"
    r"(?:and|et|und|y|but|mais|aber|pero|with|avec|mit|con|honestly|ehrlich|sinceramente|"
    r"en toute|honnetement|sans|without|sin|ohne)\b|"
    r"(?:such )?(?:thoughts?|urges?|plans?) (?:like (?:that|this)|of "
    r"(?:that|it))))"
)
_SAY = (
    r"(?:say|said|saying|answer(?:ed)?|repl(?:y|ied)|told (?:her|him|them)|tell (?:her|him|them)|"
    r"repondre|repondu|dit|dire|sagen|gesagt|sage|antworten|geantwortet|verneinen|verneint|"
    r"decir|dije|responder|respondi|conteste)"
)
# The answer right after the cue, in its own sentence: "thoughts of self-harm, none at all".
_ANSWER_NEXT = re.compile(
    r"(?:\s+(?:thoughts?|ideas?|urges?|feelings?|gedanken|pensamientos|idees|envies?))?"
    rf"\s*[?:,;.!-]*\s*(?:(?:honestly|absolutely|really|ehrlich|franchement|sinceramente|pues)\s+)?"
    rf"{_NO}\b{_ALONE}"
)
# A spoken answer later in the same sentence: "... and I could honestly say no".
_ANSWER_LATER = re.compile(
    rf"^[^.!?]{{0,80}}\b(?:{_SAY}\s+(?:\w+\s+){{0,2}}(?:that |que )?{_NO}\b{_ALONE}|"
    r"(?:nein|nee) (?:sagen|gesagt|antworten|geantwortet)\b)"
)

_PAST = re.compile(
    r"\b(?:years? ago|back in (?:19|20)\d\d|as a (?:teen|teenager|kid|student)|"
    r"when i was (?:a )?(?:teen|teenager|younger|\d+|at uni|in school)|used to|"
    r"il y a (?:\w+ )?(?:ans|annees)|ado\b|adolescente?|quand j'etais|"
    r"vor (?:\w+ )?jahren|als teenager|als jugendlich\w*|fruher|"
    r"hace (?:\w+ )?anos|de (?:adolescente|joven|chic[oa])|cuando era)"
)
_CLOSED = re.compile(
    r"\b(?:past that|behind me|(?:that's|that is|it's|it is) (?:long )?over|well past|clean for|"
    r"(?:stable|safe|well|fine|okay|ok) now|built a (?:good )?life|haven't since|not since|"
    r"derriere moi|c'est (?:bien )?fini|j'ai arrete|reconstruit|"
    r"(?:ist|war) (?:lang(?:e)? )?vorbei|seit [^.!?]{0,25} nicht mehr|bin [^.!?]{0,25}raus|hinter mir|"
    r"lo supere|lo he superado|quedo atras|(?:llevo|hace) [^.!?]{0,20} sin|ya paso)\b"
)
_BACK = re.compile(
    r"\b(?:back(?! in (?:19|20)\d\d)|again|returned|return|returning|creeping in|revenue?s?|de nouveau|encore|"
    r"wieder|zuruck|de nuevo|otra vez|volvio|volvieron|vuelve|vuelven|regresa\w*)\b"
)


def answered_no(clean: str, end: int) -> bool:
    """True when the cue ending at `end` is answered with a no in its own sentence."""
    return bool(_ANSWER_NEXT.match(clean, end) or _ANSWER_LATER.match(clean[end:]))


def closed_past(clean: str, start: int) -> bool:
    """True when the cue at `start` is told as a past the text says is over, and not back."""
    head = clean.rfind(".", 0, start)
    sentence = clean[head + 1 : start + 80]
    return bool(_PAST.search(sentence) and _CLOSED.search(clean) and not _BACK.search(clean))
