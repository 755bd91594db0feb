"""English: idioms to take out, words of denial, and the warning signs (in `lang_en_cues.py`).

All patterns run over `normalise(text)`.
"""

from __future__ import annotations

from nextyes.lib.screening import lang_en_cues, lang_en_oblique, lang_en_signs

__all__ = ["CUES", "DENIALS", "IDIOMS", "NOT_DENIALS"]

# The oblique concepts add to the lists of the same warning signs, never replace them.
CUES: dict[str, list[str]] = {
    category: [*patterns, *lang_en_oblique.CUES.get(category, [])]
    for category, patterns in {**lang_en_cues.CUES, **lang_en_signs.CUES}.items()
}

IDIOMS: list[str] = [
    r"(?:spoke|talked|met|sat down) (?:to|with) (?:a |my |the )?(?:debt |money |budget |financial |"
    r"careers? |job |work )?(?:adviser|advisor|counsell?or|coach|bank)[^.!?]{0,30}(?:there's|have|got|"
    r"made) (?:a )?plan",
    r"(?:feet|legs|arms|phone|battery|laptop|printer|car|brain|mic)s? (?:are|is|was|were) (?:completely |totally |absolutely )?dead",
    r"(?:will|would|'ll|is going to|going to) be the death of me|(?:would|will|'d|'ll|going to) (?:literally )?(?:murder|kill) me if",
    r"g[ai]ve up the ghost|giving up the ghost|wake the dead|(?<!i'm )(?<!i am )(?<!just )(?<!i'm the )(?<!i am the )(?<!i'm a )(?<!i am a )dead weight",
    r"i used to (?:self[- ]harm|cut|hurt myself)[^.!?]{0,40}[.!?;,]\s*(?:i don't|i do not|not any ?more|i haven't|i stopped|but not)",
    r"recover(?:ed|ing|y)? from self[- ]harm|(?:training|course|module|seminar|thesis|dissertation|job|role) (?:on|about|reviewing|moderating|covering)[^.!?]{0,40}(?:suicid[a-z]*|self[- ]harm)",
    r"asked (?:me )?(?:if|whether) [^.!?]{0,60}[.?!,]+\s*(?:[a-z]+[ ,:]+){0,2}(?:no|nope|never|"
    r"not really|i'm not|i am not|i don't|i do not|i haven't)\b"
    r"(?![^.!?]{0,40}[.!?]?[^.!?]{0,20}\b(?:a lie|i lied|lying)\b)",
    # Someone's recovery: "two years free of self-harm", "sans automutilation", "sin autolesiones".
    r"(?:free (?:of|from)|clean (?:of|from)|sans|ohne|sin|libre de) (?:self[- ]harm(?:ing)?|"
    r"automutilation|scarification|svv|selbstverletzung|ritzen|autolesion(?:es)?)"
    # unless it broke: "acht Monate ohne Ritzen, und heute wieder angefangen"
    r"(?![^.!?]{0,80}(?:wieder angefangen|again|relapsed|rechute|recommence|recaida|recai|de nuevo|"
    r"otra vez))",
    # Suicide and self-harm as a topic: a campaign, a course, a doctor's routine questions.
    r"(?:suicide|self[- ]harm)[ -](?:prevention|awareness|hotline|helpline|"
    r"research|training|first aid|risk assessment|campaign|charity|screening)|(?:dissertation|"
    r"thesis|study|research|paper|campaign|charity|course|training|module|reading|questions?|"
    r"screening|leaflet|poster|report|statistics|policy|workshop) (?:on|about|into|of|to "
    r"(?:reduce|prevent)|against) (?:suicide|self[- ]harm)|(?:reduce|reducing|prevent|"
    r"preventing|spot|spotting|at risk of|rates of) (?:suicide|self[- ]harm)|(?:suicide|"
    r"self[- ]harm) (?:in|among) (?:adolescents|teenagers|teens|young (?:men|women|people)|"
    r"students|veterans|farmers)|asked (?:me )?about (?:suicide|self[- ]harm)",
    r"killing myself with (?:these|those|all (?:these|the)|early|late|long|the (?:commute|hours|"
    r"workload|overtime|shifts|starts)|work|overtime|[0-9]+ ?(?:am|pm))",
    r"suicide (?:mission|squad|run|doors?|pass|lane|sprints?|drills?)|(?:famous|celebrity|"
    r"accidental|drug|heroin|fentanyl|opioid) overdoses?|overdose (?:crisis|epidemic|deaths|"
    r"statistics|rates?)",
    r"(?:article|course|documentary|book|video|podcast|lecture|list) (?:about|on) the (?:highest|"
    r"tallest|deepest)",
    r"overdos(?:e|ed|ing) on (?:hiring|coffee|caffeine|sugar|content|meetings|zoom|netflix|tv|"
    r"chocolate|work|information)",
    r"(?:he|she|they|his|her|their|teenager|friend|son|daughter|brother|sister|cousin|"
    r"neighbou?r'?s?|patient|someone|people|kid)\b[^.!?]{0,40}\boverdos[a-z]*",
    r"(?:is|are|was|were|it's|that's|this is|they're|you're|commute|job|search|wait|waiting|"
    r"feet|back|shoes|boss|heat|suspense|traffic) (?:literally |slowly |just |really |honestly |"
    r"absolutely |actually )?killing me(?: (?:softly|slowly|here))?",
    r"(?:kill|killed|killing|kills) (?:it|them|the (?:interview|panel|presentation|pitch|demo))\b"
    r"(?! all)",
    r"(?:it|that|this|the [a-z]+|they|you|she|he) (?:really |absolutely |totally )?killed me",
    r"(?:could|would|i'd) (?:totally |honestly )?kill for",
    r"kill(?:ing)? (?:some )?time|killer (?:question|interview|app|cv|resume|feature|portfolio)",
    r"(?:just |please )?(?:kill|shoot) me now",
    r"(?:i'd|i would) (?:honestly |literally )?rather die than (?:do|go to|go back to|wear|work|sit|"
    r"attend|write|eat|call|use|fill|take|have|redo|another|spend|listen|watch)",
    r"(?:someone|people|somebody|a friend|anyone) who (?:is|are|feels?|seems?) suicidal|"
    r"not going to do anything (?:to myself|stupid|drastic|silly)|i'm (?:safe|not in danger)|"
    r"investigat[a-z]* (?:a|the|her|his|their) (?:suicide|death|murder)|(?:history|sociology|statistics|study|studies|book|novel|film|documentary|article|podcast|"
    r"research|essay|course|lecture|paper|module|talk|webinar) (?:of|on|about) suicide|"
    r"(?:colleague|friend|someone|person|people|they|he|she|client|patient|student)s? "
    r"(?:talks?|talking|talked|speaks?|speaking) about suicide|suicide (?:prevention|awareness|hotline|helpline|squad|research|"
    r"training|first aid)|(?:climbing|skipping|tow|towing|jump|boat|mooring) rope|rope "
    r"(?:swing|ladder|course|toy|lights|bridge)|(?:climbing|belay\w*|abseil\w*|lead fall|crag)[^.!?]{0,60}"
    r"\bthe rope\b|(?:hunting season|stalk|clay pigeons?|shooting range|gun club)[^.!?]{0,60}\b(?:rifle|"
    r"shotgun)\b|\b(?:rifle|shotgun)\b[^.!?]{0,60}(?:hunting season|stalk|clay pigeons?|shooting range)|rope "
    r"(?:swing|ladder|course|toy|lights|bridge)",
    r"kill(?:ing|ed)? myself (?:to|trying|over|for|working|with work|studying|at the gym|"
    r"laughing)",
    r"dead (?:tired|beat|on my feet|end|set|serious|easy|quiet|line|cert|ringer|wrong|right|"
    r"on|in the water|last)|dead-end|deadline[a-z]*",
    r"(?:i'd|i would|i could) (?:just |honestly )?die for (?:a|an|that|this|the|some|one)\b",
    r"(?:is|was|are|were|be|looks|sounds|that's|it's) (?:absolutely |just )?to die for",
    r"(?:die|died|dying|dead) (?:of|from) (?:embarrassment|laughter|laughing|boredom|curiosity|"
    r"shame|cringe|hunger|thirst|heat|suspense)",
    r"(?<!about )(?<!of )dying (?:to|for|inside a little|of)",
    r"(?:bored|scared|worried|freezing|sick|frightened|terrified) to death|to death of",
    r"(?:phone|laptop|battery|car|internet|wifi|plant|plants|conversation|computer|pc|"
    r"houseplant|printer|headphones|mic|camera|router|project) (?:has |just |finally )?died",
    r"over my dead body|drop[- ]dead|dead weight of (?:the|my) (?:bag|box)",
    r"end(?:ing|ed|s)? (?:the|my|our|this|that) (?:call|meeting|interview|shift|day|session|chat|"
    r"conversation|contract|lease|subscription|week|trial|project)\b",
    r"end(?:ing)? (?:it|things) (?:with|(?:there |here )?for (?:today|now|the day|the week|this "
    r"week|tonight)|early|on a [a-z]+ note|politely|nicely|professionally|amicably)",
    r"shoot (?:me )?(?:an|a) (?:email|message|note|text|line)|shot in the dark|long shot",
    r"shot myself in the foot|jump(?:ed|ing)? the gun|stick to my guns|gunning for",
    r"(?:end|ends) of (?:my|the) (?:rope|tether)|learn(?:ing|ed|t)? the ropes|show me the ropes",
    r"(?:skipping|jump) rope|roped into",
    r"cut (?:myself )?(?:shaving|cooking|chopping|slicing|gardening|on (?:a|the|some) "
    r"(?:paper|glass|knife|can|tin|lid|page|fence|nail))",
    r"(?:burn(?:ed|t|ing)?|scald(?:ed)?) myself (?:on|while|cooking|making|ironing|with (?:hot|the "
    r"kettle|the iron while|coffee|tea|the oven))",
    r"(?:scratched|hit|bumped|banged) (?:myself|my head|my knee|my elbow) (?:on|against) (?:a|the) "
    r"(?:door|cupboard|table|desk|shelf|bush|branch|car|cabinet|wall getting)"
    r"(?![^.!?]{0,30}(?:over and over|again and again|on purpose|repeatedly|until))",
    r"bang(?:ing)? my head against (?:a|the) (?:brick )?wall (?:with|over|trying|about)",
    r"take (?:my|my own) life (?:back|in a|into|in another|forward|to the next|in hand)",
    r"taking (?:my|my own) life (?:back|in a|into|in another|forward|to the next|in hand)",
    r"bridge the gap|cross that bridge|burn(?:ed|t|ing)? (?:the|my|that|a) bridges?",
    r"catch(?:ing)? the bus (?:to|into|home|at|from|back|there|in|after|because|so|and)",
    r"killing (?:my|the|your) (?:motivation|vibe|mood|chances|battery|buzz)|hurt(?:ing|s)? "
    r"(?:my|your|our|their|his|her) (?:chances|odds|application|case|prospects|score|rating)",
    r"slay(?:ed|ing)?|nailed it|bombed|crashed and burned",
]


# Words that cancel a cue when they come just before it, in its own clause.
DENIALS: list[str] = [
    r"never|not|no|zero|don't|do not|won't|wouldn't|would not|am not|i'm not|isn't|nor|neither|"
    r"didn't|did not|haven't|have not|hasn't|nothing like|no way i'd|none",
]
# "not sure", "no longer", "don't want", "not see the point" keep the cue that follows.
NOT_DENIALS = (
    r"(?:sure|certain|longer|see|know|think i can|even|really sure|gonna lie|say|tell|mention|admit|"
    r"going to lie|lie|kidding|joking|shut up|stop|have the (?:strength|energy|will|courage)|eaten|eat|slept|be alive|be here|exist|be around)"
)
