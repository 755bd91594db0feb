"""English warning signs said obliquely: plans, means and goodbyes hidden in everyday logistics.

Other writers' words (the round-2 misses) showed concepts no rule named: "disappointed I woke
up", "who gets what", "the one who finds me", "four pharmacies", "letting the universe decide".
Each pattern names a concept, not a sentence, and is kept narrow enough that the same words in
a job-search note ("handover notes for whoever takes over") stay quiet. Same conventions as
`lang_en_cues.py`; `lang_en.py` merges these lists into its own.
"""

from __future__ import annotations

from nextyes.lib.screening.lang_en_cues import PILLS

_BODY = r"(?:arms?|forearms?|wrists?|thighs?|legs?|skin|stomach|hips?|hands?|palms?|chest)"
_PLACE = (
    r"(?:viaduct|bridge|cliffs?|quarry|headland|reservoir|tracks|railway|top car park|"
    r"multi-?storey|roof|rooftop|ledge)"
)

# A stretch of words with no sign that the news was good ("benign", "not cancer").
_GOOD = (
    r"\b(?:not|no|wasn't|isn't|benign|nothing|clear|gone|removed|treatable|operable|shrunk\w*)\b"
)
_NO_GOOD = rf"(?:(?!{_GOOD})[^.!?])"
CUES: dict[str, list[str]] = {
    "wish-dead": [
        r"by my own hand|wanted it to be the end\b",
        r"(?:illness|disease|cancer|accident|heart attack|stroke) (?:just |would |to |could )?"
        r"(?:takes?|took|take|carries|carry) me (?:off|away|out|so|before|and)\b",
        r"(?:lord|god|jesus) to (?:call|take|bring) me home|(?:dream|daydream|fantasi[sz])[a-z]* (?:about|of) my (?:own )?funeral",
        r"envy (?:the )?(?:dead|names in the obituar[a-z]*)|i envy [^.!?]{0,30}(?:dead|deceased|late)",
        r"(?:want|wanna|wish|wished|wishing|long) (?:to be|i (?:was|were|could be)) (?:just )?gone"
        r"(?=[.!?,;]|$| for good| forever| for keeps| gone)",
        r"(?:disappointed|disappointment|let down|annoyed|annoyance|irritation|gutted|angry|sad) (?:that )?(?:i (?:woke|wake|had|did)"
        r"\b|i(?:'m| am| was) still (?:here|alive|breathing)|i (?:wasn't|was not) dead)|woke up "
        r"(?:and )?(?:felt |feeling |was )?(?:disappointed|let down|annoyed|gutted)(?: that)? "
        r"(?:i|to be)\b",
        r"(?:off switch|button|switch|lever)[^.!?]{0,30}(?:for me|(?:the )?rest of my life|end(?:s)? "
        r"my life)|skip(?:s|ped|ping)? (?:the )?rest of my life",
        r"(?:be |being )?done (?:being (?:a person|alive|human|a human)|existing)\b",
        r"(?:wish|wishing|hope|hoping|pray|praying)[^.!?]{0,25}(?:my life|my heart) (?:would|will|"
        r"could|might) (?:run out|end|stop|give out)",
        r"(?:hop|pray|wish)[a-z]* (?:that )?(?:tomorrow|the morning|morning) (?:doesn't|does not|"
        r"never|won't|will not) (?:come|arrive)",
        r"fall asleep and (?:stay that way|never wake|not wake|stay asleep)",
        r"(?:want|need|wish)[a-z]*(?: to get)? out of (?:life|this life|existence|being alive)\b",
        r"(?:wish|wished|wishing)[^.!?]{0,40}(?:not|never) (?:to )?(?:have|see|get) another "
        r"(?:one|birthday)",
        r"(?:cancer|something (?:serious|terminal)|terminal)[^.!?]{0,40}(?:grateful|a relief|not "
        r"(?:treat|fight)|wouldn't (?:treat|fight)|save me the)",
        r"(?:hope|hoped|hoping|wish|wished)[^.!?]{0,30}(?:i'd|i would|i'll|i will|i was|i'm|i am) "
        r"(?:be )?dead\b",
        r"not (?:being|existing|to be) anywhere at all|never (?:to )?see another [a-z]+[.!,] or "
        r"anything",
        r"(?:wish|wished|wishing)[^.!?]{0,40}(?:operation|surgery|anaesthetic|anesthetic|op)\b[^.!?]{0,30}"
        r"(?:gone wrong|went wrong|never (?:come|came) round|never woken|never woke|not woken)",
        # Relief at news of a grave illness, unless the news was good.
        rf"(?:tumou?r|cancer|terminal|malignant|incurable){_NO_GOOD}{{0,50}}\b(?<!pain )relie(?:f|ved)\b|"
        rf"\brelie(?:f|ved)\b{_NO_GOOD}{{0,40}}(?:tumou?r|cancer|terminal|malignant|incurable)(?![^.!?]*{_GOOD})",
    ],
    "thoughts": [
        r"(?:the only|my only|mine is|my) (?:way out|exit)(?: is)? (?:dying|death|to die)|can't see (?:another|any other) (?:exit|way out)",
        r"(?:take|taking|took) (?:myself|me) out of the (?:equation|picture|game)|(?:not|no longer) (?:be )?"
        r"continu(?:e|ing) (?:with )?(?:my|this) life",
        r"(?:just |should |go |gonna )kill yourself|finish (?:myself|me) off|do myself in",
        r"(?:voice|head|brain|mind)[^.!?]{0,70}(?:kill (?:yourself|myself)|just die|you could die|"
        r"end it all)",
        r"(?:news|announcement|notice) of my (?:own )?death|my own death (?:in my head|over and)",
    ],
    "method": [
        r"(?:quickest|fastest|easiest|surest|painless|best|cleanest) ways? to (?:die|go|end it)\b|"
        r"(?:lowest|least|smallest) chance of (?:failing|surviving|being saved)",
        r"(?:most |least )?(?:reliable|quickest|fastest|painless|easiest|surest|best|cleanest) way to (?:die|go|end it|do it)",
        r"(?:height|drop) (?:of|from) (?:the |that )?" + _PLACE,
        r"(?:whether|if) (?:the )?[a-z ]{0,20}(?:quarry|cliff|bridge|viaduct|roof|rooftop|ledge) "
        r"is (?:fenced|locked|guarded)|(?:where|that) there's no fence|windows? that (?:open|opens)"
        r"(?: fully| all the way| wide)?(?=[.!?,;]|$)|(?:get|got|getting) (?:onto|on to|up to) "
        r"the roof",
        r"(?:too much|lethal|deadly|fatal) for a (?:person|human|grown-up|adult)",
        r"(?:read|reading|looked up|googled|researched|article|about)[^.!?]{0,20}(?:exhaust "
        r"fumes|carbon monoxide)|(?:exhaust|fumes)[^.!?]{0,40}garage",
        r"(?:compare|comparing|forum|list of|reading about|researching|looked up)[^.!?]{0,30}"
        r"(?:ways out|ways to die|ways to go)",
        r"(?:what|how) (?:an |a )?overdose(?: of [a-z]+)? (?:does|feels|takes|would do)|(?:asked|"
        r"question|questions)[^.!?]{0,40}overdos[a-z]*",
        r"(?:how long|how quickly|how fast)[^.!?]{0,30}(?:things?|it|they|each) (?:take|takes) to "
        r"work\b",
    ],
    "means": [
        r"(?:two|three|several) (?:different )?(?:gps|doctors|psychiatrists)[^.!?]{0,40}(?:neither|none "
        r"of them|without (?:telling|them knowing))|(?:is|are) for the end\b",
        r"(?:borrow|buy|get hold of|access to|keeps? (?:his|her|their|a)|key to|drove past|go into|"
        r"thinking about)[^.!?]{0,30}(?:rifle|shotgun|pistol|hunting gun|gun cabinet|gun shop|gun "
        r"safe)",
        r"(?:blades?|razors?|knife|rope|cord|charcoal|hose|tube)[^.!?]{0,60}(?:not|isn't|aren't|"
        r"nothing to do with) (?:for )?(?:shaving|cooking|camping|the allotment|a barbecue|"
        r"barbecues?|sailing|the garden|gardening|crafts|diy)|i don't (?:barbecue|have a garden|"
        r"sail|camp|do diy)(?=[.!?,;]|$)",
        r"(?:have|got|get|bought|getting|buying) (?:everything|what|the stuff|all) i(?:'d| would| "
        r"will)? need (?:for later|for it|for that|for the end|for when|in a|under|just waiting|"
        r"now)\b",
        r"i (?:have|'ve got|now have|got) the means\b",
        r"(?:two|three|four|five|six|several|different|multiple) (?:pharmacies|chemists|"
        r"drugstores)",
        r"(?:hid|hidden|hide|hiding|stuffed|tucked|stashed|taped)[^.!?]{0,40}" + PILLS + r"|"
        r"(?:every|all the|each) (?:pill|tablet|painkiller)s? i could find",
        r"(?:hose|tube|pipe)[^.!?]{0,40}(?:exhaust|in the boot|in the trunk)",
        r"(?:month's|months'|weeks'|week's) (?:worth|supply)[^.!?]{0,40}(?:need|wait|enough)|"
        r"(?:collection|pile|stash|supply) of " + PILLS + r"[^.!?]{0,40}enough",
        r"(?:leftover|left-over|old|spare) (?:sleeping )?" + PILLS + r"[^.!?]{0,40}(?:said|told|"
        r"pretended|lied)",
    ],
    "plan": [
        r"(?:goes|dies|passes|is gone|has gone)[^.!?]{0,60}\b(?:i'll|i will|i'm going to) follow (?:her|him|"
        r"them)\b",
        r"(?:i won't|i will not|i'm not going to|not going to) (?:see|make it to|reach) (?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|new year|the new year|spring|summer|autumn|winter|my birthday|next year|another year)(?=[\s.!?,;]|$)",
        r"(?:swallow|take|down) (?:the lot|them all|all of them|every (?:one|pill|tablet))\b",
        r"(?:go|going|jump|jumping|step|stepping|throw myself|throwing myself) off (?:the|a|that) (?:roof|bridge|ledge|cliff|building|balcony|car park|multi-storey)",
        r"take (?:everything|it all|them all|the lot|the whole (?:box|bottle|pack|strip)) (?:tonight|tomorrow|at once|then|after|on)",
        r"no return (?:journey|ticket|trip)|(?:and|then) (?:not|never) (?:drive|come|walk|go) "
        r"(?:back|home)\b|(?:won't|will not|never) (?:be )?(?:come|coming) back (?:down|out)",
        r"(?:who|whoever|one who|person who|the one that) (?:finds|will find|would find|is going to "
        r"find) (?:me|my body)\b",
        r"(?:mapped|walked|checked|timed|worked out|planned)[^.!?]{0,20}(?:route|way|path|walk|"
        r"drive|long it takes)[^.!?]{0,30}" + _PLACE,
        r"(?:that's|this is|it's) where (?:it|everything|this|i) (?:ends|will end|end it)\b",
        r"(?:going|go|drive|walk|head|heading)(?: up| out)? to the (?:quarry|cliffs?|viaduct|"
        r"headland|bridge|tracks)[^.!?]{0,40}(?:plan|not coming|for good|last|that's it)",
        r"made sure (?:no one|nobody|no-one)(?:'s| is| will be)? (?:expecting|home|around|checking "
        r"on) me",
        r"(?:there won't|won't) be a (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"next week|tomorrow) for me",
    ],
    "conditional": [
        r"(?:either|or|then) i (?:stop living|stop breathing|end it|end myself)\b",
        r"that's (?:my|the) (?:exit|way out|date|cue|signal)(?=[.!?,;]|$)",
        r"the day [^.!?]{3,50} is the day i (?:stop|go|end|die|leave|check out|finish)",
        r"(?:the second|the moment|as soon as|the minute)[^.!?]{0,50}(?:i'm|i'll|i am|i will) "
        r"(?:finishing|finish|ending|end) (?:it|things|everything)(?=[.!?,;]|$)",
        r"(?:decides?|whether|if) i'm still (?:here|around|alive) (?:next|by|in|at)",
        r"(?:done|finished|out)[.!,]* not (?:just )?with [^.!?]{1,30}[.!,]+ with (?:everything|all "
        r"of it|life|it all)|done with (?:everything|it all|all of it|living|being alive)"
        r"(?=[.!?,;]|$| for good)",
        r"not (?:sticking|hanging) around (?:for the next|much longer|any longer|to see)",
        r"no (?:more )?(?:birthdays|christmases|tomorrows)(?=[.!?,;]|$)",
    ],
    "preparation": [
        r"(?:won't|will not|wont|not going to) need (?:it|them|this|that|these|those|anything|any of "
        r"(?:it|this|that))[^.!?]{0,20}(?:once|when|after) i'?m gone",
        r"giving (?:my|all my) [a-z]+ away|(?:told|telling) (?:people|everyone|them) i'?m \"?decluttering",
        r"(?:prepaid|pre-paid|prepay|paid for|planned|arranged|booked) (?:my|the|for my) (?:own )?funeral|my funeral plan",
        r"(?:who|whoever) (?:gets|should get|will get|should have|can have|gets to keep) (?:what|my "
        r"(?:stuff|things|records|bike|books|belongings|guitar|car|savings|money))\b",
        r"(?:doesn't|don't|didn't|does not|do not) know (?:it'?s|it was|it is|that it'?s|this is|"
        r"it'll be) (?:goodbye|the last time|the last|a goodbye|my goodbye)",
        r"(?:bye|goodbyes?|farewell)[^.!?]{0,40}without (?:them|anyone|anybody|people) (?:realising|"
        r"realizing|knowing|noticing)",
        r"for whoever (?:comes|will come) after\b|(?:once|for when|after) i'm (?:not around|not here|"
        r"no longer (?:here|around))",
        r"(?:passwords?|pin|bank cards?|spare keys)[^.!?]{0,60}envelope|envelope[^.!?]{0,20}"
        r"(?:marked|labelled|labeled|with) ['\"]?(?:for|open after|to be opened)",
        r"(?:make|made|making|name|named|naming|added|adding)[^.!?]{0,25}(?:the )?beneficiary",
        r"(?:won't|will not|wont) be needing (?:it|them|this|that|my)\b",
        r"(?:memo|message|recording|video|playlist|letter|note)s? for each of|for when you miss me",
        r"(?:new home|rehom[a-z]+)[^.!?]{0,30}(?:for )?(?:the |my )?(?:cat|dog|pets?|rabbit)"
        r"(?! because| since| as )|"
        r"(?:cat|dog|pets?|rabbit) (?:has|have|a) (?:a )?new home",
        r"(?:so|don't want) (?:nobody|no one|anyone|anybody)[^.!?]{0,40}(?:after|afterwards)"
        r"(?=[.!?,;]|$)|(?:nobody|no one|no-one) has to (?:deal with|clean up|sort out) (?:a |the )?"
        r"mess",
        r"life insurance[^.!?]{0,50}(?:clause|exclusion|two-year|two years)",
        r"affairs (?:straight|sorted|settled|tidy)\b",
        r"(?:letter|note|message)[^.!?]{0,60}\b(?:(?:wasn't|isn't|is not|was not|it's not|not) (?:her|"
        r"his|your|their|anyone's|anybody's) fault|none of (?:this|it) (?:is|was) (?:her|his|your|their) "
        r"fault|(?:don't|do not|shouldn't|mustn't) blame "
        r"(?:herself|himself|themselves|yourself))",
        # A pet handed over on a pretext that does not exist: "supposedly for a job. There is no job."
        r"(?:cat|dog|horse|rabbit|pets?|bird|parrot)\b[^.!?]{0,80}(?:supposedly|apparently|as an "
        r"excuse|with the excuse|on the pretext|pretending)[^.!?]{0,60}[.!?]\s*(?:there is no|"
        r"there's no|there isn't (?:a|any)|no such)\b",
    ],
    "self-harm": [
        r"(?:bang|hit|smash|slam)\w* my (?:head|fists?|hands?) (?:against|on|into)[^.!?]{0,40}(?:over and "
        r"over|again and again|on purpose|until|repeatedly)",
        r"(?:hide|hiding|hid|hidden)[^.!?]{0,50}\bblades?\b|\bblades?\b[^.!?]{0,30}\b(?:hidden|hiding)\b",
        r"(?:didn't|did not|won't|not going to) eat[^.!?]{0,30}\b(?:punish\w*|as a punishment)",
        r"cut (?:my|both) (?:left |right )?(?:fore)?arms?|cut (?:into )?(?:my|both) (?:wrists?|thighs?|legs?|skin|stomach)|relaps(?:e|ed|ing)\b[^!?]{0,40}\b(?:days?|weeks?|months?) clean|(?:days?|weeks?|months?) clean\b[^.!?]{0,40}\brelaps",
        r"(?:bit|bite|biting|bitten) (?:into )?(?:my|the inside of my) (?:hand|arm|wrist|"
        r"fingers|forearm)[^.!?]{0,40}(?:marks|bled|bleed|bruise|blood|hard|on purpose|until)",
        r"(?:pressed|held|hold|holding|put|touched)[^.!?]{0,30}(?:against|on|to|over) my "
        + _BODY
        + r"[^.!?]{0,30}(?:meant to|on purpose|longer than|burn|hot)|(?:hand|arm|wrist|fingers) "
        r"over the (?:hob|flame|stove|candle|lighter)",
        r"(?:carv|etch|engrav|dug|dig)[a-z]*[^.!?]{0,40}(?:into|in|on) my " + _BODY,
        r"(?:compass|paperclip|pin|needle|scissors|nails)[^.!?]{0,30}(?:on|into|against|across|at) "
        r"my " + _BODY + r"|(?:scratch|scratched|scratching) at my " + _BODY,
        r"(?:until|so hard|hard enough)[^.!?]{0,20}(?:broke|break|breaks) the skin",
        r"(?:yanked|pulled|tore|ripped)[^.!?]{0,20}hair (?:until|till|out)[^.!?]{0,20}(?:clump|"
        r"patch|bald|bled)",
        r"(?:haven't|hasn't|not|didn't) earn(?:ed)? (?:food|my dinner|dinner|a meal|to eat|lunch)",
    ],
    "reckless": [
        r"(?:hoped|hoping|hope|wanted)[^.!?]{0,15}(?:i )?(?:couldn't|could not|wouldn't|would not|"
        r"won't|can't) (?:get|make it|swim|come) back",
        r"(?:braked|missed me|swerved|stopped in time)[.!,]? (?:i was|i felt|part of me was) "
        r"(?:disappointed|let down|annoyed|sad)",
        r"let(?:ting)? (?:the universe|fate|god|chance|the road|the traffic) (?:decide|choose)",
        r"(?:stepped|step|stepping|walked) (?:out )?(?:in|into|onto) the (?:road|street|traffic)"
        r"[^.!?]{0,20}without looking|stopped looking (?:before|when) i cross",
        r"(?:stopped|skipping|skipped|didn't take|haven't taken|not taking|threw (?:away|out)|"
        r"binned)[^.!?]{0,40}(?:insulin|heart (?:meds|pills|tablets|medication)|inhaler)[^.!?]{0,40}"
        r"(?:see what happens|seeing what happens|curious|on purpose|whatever happens|we'll see|"
        r"how long)",
    ],
    "past-attempt": [
        r"(?:the (?:nurse|paramedic|doctor|person|one)|whoever|they) (?:who )?found me (?:last time|"
        r"that time|before)",
        r"survived (?:it|my attempt|the attempt) once|(?:not|wasn't|am not|i'm not) glad i "
        r"(?:survived|lived|made it)",
        r"(?:weeks|days|months) before my (?:overdose|attempt)",
    ],
    "burden": [
        r"(?:would|'d) (?:function|work|do|manage|cope|run|be) better if i (?:died|was dead|were dead|"
        r"was gone|were gone|disappeared)",
        r"better (?:that|if) i(?:'m| am| was| were) gone",
        r"(?:would|'d) (?:just )?(?:re-?let|rent out|clear out|give away) my (?:room|flat|desk|"
        r"things)[^.!?]{0,50}(?:never think|forget|if i (?:weren't|wasn't|was not|were not) around)",
        r"if (?:they|she|he|you|everyone|we) (?:didn't|did not|don't|no longer) (?:have|had) (?:me|"
        r"to (?:worry about|deal with|look after|carry|support) me)\b",
        r"(?:weight|millstone|albatross|anchor) (?:around|round|on) (?:her|his|their|everyone's|"
        r"my [a-z]+'s) neck|dragging (?:them|everyone|everybody|her|him|my [a-z]+) down",
        r"better (?:off )?(?:with )?no (?:dad|mum|mom|father|mother|me)\b",
        r"if i (?:disappeared|vanished|was gone|were gone|died)[^.!?]{0,40}(?:balance|cheaper|"
        r"afford|money)",
        r"i cost (?:everyone|everybody|them|my family|my parents)\b",
        r"my (?:existence|being here|being alive) (?:is|makes|is what makes|is the thing making)"
        r"[^.!?]{0,20}(?:everyone|everybody|them|people)",
    ],
}
