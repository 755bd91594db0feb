"""Clear-cue rules: words and phrases that point strongly at one thinking trap.

Each rule gives a score between 0 and 1: how sure the cue alone makes us. The trained model
catches the rest; `detector.py` combines both. Patterns run on `normalise(text)`.
"""

from __future__ import annotations

import re

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})


def normalise(text: str) -> str:
    """Lower case, straight apostrophes, single spaces."""
    return " ".join(text.translate(_APOSTROPHES).lower().split())


_I = r"(?:i|i'm|i am|i've|i have|i'll|i will|i'd|i would|me|my)"
_LABEL_WORDS = (
    r"(?:failure|loser|idiot|fraud|joke|disgrace|disappointment|waste of space|fake|"
    r"reject|nobody|useless|worthless|hopeless|pathetic|stupid|incompetent|unemployable|"
    r"imposter|impostor|moron|burden|mess|no-hoper|dud)"
)

# (trap slug, pattern, score)
_RULES: list[tuple[str, str, float]] = [
    # all-or-nothing
    ("all-or-nothing", r"\b(?:complete|total|utter)(?:ly)? (?:failure|disaster|waste|mess)\b", 0.6),
    ("all-or-nothing", r"\b(?:perfect|flawless)\b.{0,40}\b(?:or|otherwise)\b", 0.75),
    ("all-or-nothing", r"\b(?:either|it's) .{0,30}\bor (?:nothing|not at all|i'm out)\b", 0.7),
    ("all-or-nothing", r"\bif (?:it'?s|it is) not (?:perfect|the dream job)\b", 0.75),
    ("all-or-nothing", r"\b(?:anything less than|less than perfect|unless it'?s perfect)\b", 0.7),
    ("all-or-nothing", r"\b(?:all or nothing|pass or fail|win or lose)\b", 0.7),
    (
        "all-or-nothing",
        r"\bone (?:mistake|slip|typo|wrong answer)\b.{0,40}\b(?:ruin|wreck|whole|entire)",
        0.6,
    ),
    ("all-or-nothing", r"\beither\b.{0,60}\bor\b", 0.65),
    (
        "all-or-nothing",
        r"\b(?:no in-between|nothing in between|no middle ground|no grey area)\b",
        0.8,
    ),
    (
        "all-or-nothing",
        r"\b(?:the )?(?:whole|entire) (?:thing|day|year|interview|plan|degree|routine|evening|conversation|party|birthday|week|process|project|career)\b.{0,20}\b(?:waste|ruined|worthless|pointless|meaningless|lost|useless|write-off|mess|destroyed|failure|disaster)",
        0.7,
    ),
    (
        "all-or-nothing",
        r"\b(?:so|which means|means|makes)\b.{0,40}\b(?:worthless|pointless|meaningless|useless|garbage|a waste|at all|nowhere|nothing)\b",
        0.55,
    ),
    (
        "all-or-nothing",
        r"\bif (?:it|i|my \w+|the \w+|this \w+)\b.{0,20}\b(?:isn't|is not|'m not|am not|can't|don't|aren't)\b.{0,30}\b(?:perfect|perfectly|flawless|brilliant|every|all|top)\b",
        0.7,
    ),
    ("all-or-nothing", r"\b(?:perfect(?:ly)?|flawless(?:ly)?)\b", 0.45),
    ("all-or-nothing", r"\bmight as well (?:be|not)\b|\bthe same as (?:having )?no\b", 0.65),
    (
        "all-or-nothing",
        r"\b(?:completely|totally|entirely|utterly) (?:worthless|useless|incompetent|wrong|ruined|wasted|meaningless)\b",
        0.55,
    ),
    (
        "all-or-nothing",
        r"\b(?:everything|all of it) (?:i did |i've done )?(?:was|is) (?:wrong|pointless|for nothing|gone|a waste)\b",
        0.6,
    ),
    ("all-or-nothing", r"\bunless everything\b|\bnothing goes right\b|\bor not at all\b", 0.75),
    # overgeneralisation
    ("overgeneralisation", r"\b(?:always|every single time|every time)\b", 0.55),
    ("overgeneralisation", r"\bnever\b", 0.45),
    ("overgeneralisation", r"\bnothing ever\b|\bnothing (?:ever )?works\b|\bno one ever\b", 0.7),
    ("overgeneralisation", r"\b(?:this|it) (?:always|keeps) happen", 0.7),
    (
        "overgeneralisation",
        r"\b(?:all|every) (?:the )?(?:companies|recruiters|employers|interviews|jobs)\b",
        0.45,
    ),
    # mental filter
    ("mental-filter", r"\ball i (?:can|could) (?:think about|remember|see|hear)\b", 0.8),
    ("mental-filter", r"\bcan'?t stop (?:thinking|replaying)\b|\bkeep replaying\b", 0.55),
    ("mental-filter", r"\bthe only (?:thing|part) (?:that matters|i remember|i can think)\b", 0.75),
    ("mental-filter", r"\b(?:but|except) (?:that )?one\b.{0,40}\b(?:ruined|spoiled|is all)\b", 0.6),
    # discounting the positive
    (
        "discounting-the-positive",
        r"\b(?:doesn'?t|does not|didn'?t|did not|won'?t) (?:really )?count\b",
        0.8,
    ),
    (
        "discounting-the-positive",
        r"\b(?:just|only|pure|sheer) (?:luck|lucky|being polite|politeness|a fluke)\b",
        0.8,
    ),
    ("discounting-the-positive", r"\b(?:were|was|are|is) just being (?:nice|polite|kind)\b", 0.8),
    ("discounting-the-positive", r"\banyone could (?:have )?(?:done|do)\b", 0.75),
    (
        "discounting-the-positive",
        r"\b(?:only|just) (?:got|because|invited)\b.{0,40}\b(?:because|desperate|short|quota)\b",
        0.55,
    ),
    ("discounting-the-positive", r"\bfluke\b|\bgot lucky\b", 0.7),
    # mind reading
    (
        "mind-reading",
        r"\b(?:they|she|he|everyone|the panel|the recruiter|the interviewer|my (?:friends|family|partner|parents)) (?:must|probably|definitely|clearly)? ?(?:think|thinks|thought)\b",
        0.65,
    ),
    (
        "mind-reading",
        r"\b(?:they|she|he|everyone|people) (?:must|probably|clearly) (?:see|know|think|judge|find|hate)",
        0.75,
    ),
    ("mind-reading", r"\b(?:i could tell|i just know) (?:they|she|he|the)\b", 0.6),
    ("mind-reading", r"\b(?:laughing at me|judging me|think i'm|thinks i'm|sees? me as)\b", 0.65),
    # fortune telling
    (
        "fortune-telling",
        r"\b(?:i'?ll|i will|i'm going to|i am going to|it'?ll|it will|they'?ll|they will) never\b",
        0.75,
    ),
    (
        "fortune-telling",
        r"\b(?:no one|nobody|no company|no employer) (?:will|is going to) (?:ever )?(?:hire|want|pick|call)",
        0.8,
    ),
    (
        "fortune-telling",
        r"\b(?:i'?ll|i will|i'm going to) (?:fail|mess|blow|bomb|screw|freeze|get rejected|be rejected|end up)",
        0.7,
    ),
    ("fortune-telling", r"\b(?:there'?s )?no point (?:applying|trying|even applying)\b", 0.55),
    (
        "fortune-telling",
        r"\b(?:i already know|i know) (?:i'?ll|i will|they'?ll|they will|it'?ll|it will|how)\b",
        0.7,
    ),
    ("fortune-telling", r"\bwhat'?s the point\b|\bwon'?t (?:get|hear|work out|go anywhere)\b", 0.5),
    # catastrophising
    (
        "catastrophising",
        r"\b(?:ruined|ruin|disaster|catastroph\w*|nightmare|the end of|over for me|doomed|destroyed)\b",
        0.65,
    ),
    (
        "catastrophising",
        r"\b(?:end up|i'?ll be) (?:homeless|on the street|broke forever|alone forever)\b",
        0.8,
    ),
    (
        "catastrophising",
        r"\b(?:my (?:life|career) is over|career is finished|everything is falling apart)\b",
        0.85,
    ),
    (
        "catastrophising",
        r"\b(?:worst|terrible|horrible|unbearable) thing\b|\bcan'?t survive\b",
        0.6,
    ),
    # emotional reasoning
    (
        "emotional-reasoning",
        r"\bi feel (?:like )?(?:a |an )?" + _LABEL_WORDS + r"\b.{0,30}\b(?:so|therefore|must)\b",
        0.8,
    ),
    (
        "emotional-reasoning",
        r"\b(?:i feel|feels?|feeling)\b.{0,40}\b(?:so (?:it|i|that) (?:must|is|am)|which means|that means|it must be|i must be)\b",
        0.8,
    ),
    ("emotional-reasoning", r"\bif i feel\b|\bbecause i feel\b|\bi feel it,? so\b", 0.7),
    ("emotional-reasoning", r"\b(?:my gut|deep down) (?:says|knows|tells)\b", 0.5),
    # should statements
    (
        "should-statements",
        r"\b(?:i|you|they|we|people) (?:should|shouldn'?t|must|mustn'?t|ought to|have to|had to|need to)\b",
        0.4,
    ),
    (
        "should-statements",
        r"\bi (?:should|shouldn'?t) have\b|\bshould(?:'ve| have) (?:known|been|got|had)\b",
        0.8,
    ),
    (
        "should-statements",
        r"\bby now\b.{0,40}\b(?:should|ought|must)\b|\b(?:should|ought|must)\b.{0,40}\bby now\b",
        0.85,
    ),
    (
        "should-statements",
        r"\b(?:a real|a proper|a good) (?:professional|adult|engineer|candidate)\b.{0,30}\b(?:would|should|wouldn'?t)\b",
        0.7,
    ),
    # labelling
    (
        "labelling",
        r"\b(?:i'm|i am|i'm just|i am just|i'm such|i am such|i'm a|i am a|i'm an|i am an|what a)\b.{0,12}\b"
        + _LABEL_WORDS
        + r"\b",
        0.85,
    ),
    ("labelling", r"\b(?:such|total|complete|utter) (?:a |an )?" + _LABEL_WORDS + r"\b", 0.7),
    (
        "labelling",
        r"\bi'?m (?:so |just )?(?:dumb|thick|weak|lazy|broken|defective|unlovable)\b",
        0.7,
    ),
    # personalisation
    (
        "personalisation",
        r"\b(?:it'?s|it is|it was|that'?s|that was|this is) (?:all )?(?:my|entirely my|completely my) fault\b",
        0.85,
    ),
    ("personalisation", r"\bbecause of me\b|\bmy fault\b|\bi (?:caused|made them|made it)\b", 0.65),
    ("personalisation", r"\b(?:if only i had|if i had been|if i'?d been)\b", 0.5),
    ("personalisation", r"\bi (?:ruined|wrecked|jinxed|let down)\b", 0.55),
    (
        "personalisation",
        r"\b(?:they|the company|the team)\b.{0,40}\bbecause (?:of )?(?:me|i)\b",
        0.7,
    ),
]

_COMPILED: list[tuple[str, re.Pattern[str], float]] = [
    (slug, re.compile(pattern), score) for slug, pattern, score in _RULES
]


def cue_scores(text: str) -> dict[str, float]:
    """The strongest cue found for each trap (traps without a cue are left out)."""
    clean = normalise(text)
    found: dict[str, float] = {}
    for slug, pattern, score in _COMPILED:
        if score > found.get(slug, 0.0) and pattern.search(clean):
            found[slug] = score
    return found
