"""Screening of a person's own words for signs of self-harm or not wanting to live.

Rules only, tuned for recall: missing someone in danger costs far more than a gentle, dismissible
note shown to someone who is fine. Everyday idioms ("this search is killing me", "dead tired",
"I'd die for that job") are taken out before matching, and a plain denial right before a cue
("I would never hurt myself") cancels that one cue, but any other cue in the text still counts.

This is not a diagnosis: a match only means NextYes shows its help resources, gently.
"""

from __future__ import annotations

import re

from nextyes.journal.traps.rules import normalise

# Idioms that use words of death or harm for something ordinary. Removed before matching.
_IDIOMS = re.compile(
    r"\b(?:"
    r"(?:is|are|was|were|it's|that's|this is|they're|you're) (?:literally |slowly |just |really |honestly )?killing me"
    r"|killing me (?:softly|slowly)"
    r"|kill(?:ed|ing)? (?:it|them)\b(?! all)"
    r"|(?:it|that|this|the \w+|they|you) (?:really |absolutely |totally )?killed me"
    r"|(?:could|would|i'd) kill for"
    r"|kill (?:some )?time|killer (?:question|interview|app|cv|resume|feature)"
    r"|dead (?:tired|beat|on my feet|end|set|serious|easy|quiet|line|cert|ringer|wrong|right|on)"
    r"|deadline\w*"
    r"|(?:i'd|i would|i could) (?:just )?die for (?:a |an |that |this |the |some )"
    r"|(?:is|was|are|were|be|looks|sounds|that's|it's) (?:absolutely |just )?to die for"
    r"|die (?:of|from) (?:embarrassment|laughter|laughing|boredom|curiosity|shame|cringe)"
    r"|dying (?:to|for|of)"
    r"|(?:bored|scared|worried|freezing|sick) to death|to death of"
    r"|(?:phone|laptop|battery|car|internet|wifi|plant|plants|conversation) (?:has |just )?died"
    r"|died (?:of|from) (?:embarrassment|laughter|laughing|shame)"
    r"|over my dead body|drop[- ]dead|dead(?: |-)?weight of (?:the|my) (?:bag|box)"
    r"|end(?:ing)? it (?:with|(?:there |here )?for (?:today|now|the day|this week))"
    r"|shoot (?:me )?(?:an|a) (?:email|message|note)|shot in the dark|long shot"
    r")"
)

# Clear and indirect signs, first person. Each matched against text with the idioms removed.
_CUES = re.compile(
    r"\b(?:"
    # clear
    r"kms|unalive|off myself|end myself|kill(?:ing)? myself|killed myself|end(?:ing)? (?:my|it all|my own) ?life|end it all"
    r"|take (?:my|my own) life|taking my (?:own )?life|suicid\w*|self[- ]harm\w*"
    r"|(?:hurt|hurting|harm|harming|cut|cutting|punish|punishing) myself"
    r"|overdos\w*|hang myself|jump(?:ing)? (?:off|in front of)"
    r"|(?:want|wanted|wanting|wish|wished) (?:to )?(?:just )?(?:die|be dead|i was dead|i were dead|i'd die)"
    r"|better off dead|rather be dead|rather not be alive|rather not exist"
    # indirect
    r"|(?:thinking|think|thought|considering|planning|plan|want|wanted|going|might|could|should|about to) "
    r"(?:about |of |to )?(?:just )?(?:end|ending) it\b"
    r"|better off without me|(?:a |such a )?burden (?:to|on) (?:everyone|everybody|them|my \w+|the people)"
    r"|(?:no|don't see the|don't see any|can't see the|can't see any|what's the) point (?:in |of )?"
    r"(?:living|going on|being alive|being here|carrying on|existing|anything anymore|waking up)"
    r"|(?:don't|do not|no longer) want to (?:be alive|live|exist|wake up|be here|go on|be around)"
    r"|(?:can't|cannot|can not) (?:go on|keep going|do this) any ?more"
    r"|(?:can't|cannot) go on(?! (?:a |an |the |with |to |about |at |for |in |holiday|vacation|leave|trips?|camp))"
    r"|(?:live|be alive|be here|exist|go on|keep going) any ?more"
    r"|stop existing|not exist any ?more"
    r"|(?:wrote|written|writing|write|left) (?:a |my )?(?:goodbye|farewell|suicide) (?:note|letter)s?"
    r"|(?:be|are|is) (?:all )?(?:better|happier)(?: off)? without me"
    r"|(?:would|'d|will) (?:all )?be (?:fine|better|happier|easier)(?: off)? without me"
    r"|if i (?:was|were) (?:gone|dead|not here|not around)"
    r"|disappear (?:forever|for good|and never come back)|vanish (?:forever|for good)"
    r"|(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up|never wake up"
    r"|nothing (?:left )?to live for|no reason to (?:live|go on|stay|keep going)"
    r"|not worth living|(?:life|living) (?:is|isn't|is not) (?:not )?worth (?:it|living)"
    r"|tired of (?:living|being alive|existing)|(?:wish|want) i (?:had never|hadn't|was never|wasn't) (?:been )?born"
    r"|(?:wish|want) i (?:could )?(?:just )?(?:not exist|stop existing|disappear)"
    r"|say(?:ing)? (?:my )?goodbyes?(?: to everyone)? for good"
    r"|giving away my (?:things|stuff|belongings)|won't be (?:around|here) (?:much longer|for long|anymore)"
    r"|(?:everyone|everybody|the world|my family|they) would (?:be )?(?:better|happier|fine) (?:off )?without me"
    r")"
)

# A denial just before a cue ("I would never hurt myself", "I'm not suicidal") cancels that cue.
# "Not sure", "not certain" and "no longer" are not denials.
_DENIAL = re.compile(
    r"\b(?:never|not|no|don't|do not|won't|wouldn't|would not|am not|i'm not)"
    r"(?! sure| certain| longer| want| see)\s+(?:\w+\s+){0,2}$"
)


def risk_cues(text: str) -> list[str]:
    """The phrases in `text` that may be about self-harm or not wanting to live."""
    clean = _IDIOMS.sub(" … ", normalise(text))
    found = []
    for match in _CUES.finditer(clean):
        before = clean[max(0, match.start() - 30) : match.start()]
        # Keep only the current clause: a denial in an earlier sentence doesn't cancel this one.
        before = re.split(r"[.!?;,]| but ", before)[-1]
        cue = match.group(0)
        if _DENIAL.search(before) and not cue.startswith(("no ", "don't", "do not", "can't")):
            continue
        found.append(cue)
    return found


def needs_support(text: str) -> bool:
    """True when the text may be about self-harm or suicide: show help resources, gently."""
    return bool(risk_cues(text))
