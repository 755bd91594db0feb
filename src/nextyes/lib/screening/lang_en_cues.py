"""English warning signs, first half (wishing to be dead to plans), over `normalise(text)`.

`CUES` maps each warning sign to its patterns. They are about the writer; fillers never step
over a negation, so "want to die" matches "i want to die" but not "i want nobody to die".
Idioms and denials are in `lang_en.py`.
"""

from __future__ import annotations

# A short gap of up to two words that is not a negation ("i really, truly want to...").
F = r"(?:(?!not\b|never\b|no\b)[a-z']+ ){0,2}"
PILLS = (
    r"(?:pills|tablets|meds|medication|medicine|painkillers|sleeping pills|sleeping tablets|"
    r"paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|insulin|antidepressants|"
    r"benzos|xanax|opioids|oxy|codeine|tramadol|lithium|prescriptions?)"
)
GONE = r"(?:gone|dead|not here|not around|no longer here|no longer around|out of the picture)"

CUES: dict[str, list[str]] = {
    "wish-dead": [
        r"wish\w*[^.!?]{0,60}had finished (?:the job|me off)",
        r"(?:wish|hope|pray) (?:i|to) (?:would |will )?(?:die|dies|died) in (?:my |the )?sleep",
        r"hopes? (?:i|to) (?:stay|stays) under|(?:not|never) (?:to )?wake up from (?:the )?(?:anaesthetic|"
        r"anesthetic|anaesthesia|anesthesia|surgery|operation)",
        r"(?:wish|wishing|wished)[^.!?]{0,40}instead of surviving|wish i (?:hadn't|had not|didn't) "
        r"survive",
        r"(?:mercy|relief|blessing|gift) if i (?:didn't|don't|never|did not) (?:wake|woke) up",
        r"(?:hope|hoping|wish|pray|praying)[^.!?]{0,30}(?:takes|take|kills|kill|finishes|finish) "
        r"me(?=[.!?,;]|$)|(?:until|till|when) i (?:don't|won't|no longer) have to be (?:here|alive|"
        r"around)",
        r"(?:don't|can't|do not|cannot) see myself (?:being |still )?(?:alive|here|around) (?:by|in|at|"
        r"next)",
        r"(?:hop|pray|wish)[a-z]*[^.!?]{0,25}(?:heart|breathing) (?:just |would |will |simply )?"
        r"(?:stops|stop|gives out|give out)",
        r"lying if i (?:said|say) i (?:didn't|don't|did not|do not) want to (?:die|be dead|end it)",
        r"if i (?:got|get|was|were) (?:hit|run over|killed)[^.!?]{0,30}(?:wouldn't|would not|won't) "
        r"(?:be sad|mind|care|be upset)|why am i (?:still )?(?:here|alive|breathing)(?=[.!?,;]|$)|"
        r"(?:god|the lord|jesus|the universe|death) (?:takes|to take|will take|would take|would "
        r"just take) me",
        r"(?:no|don't have the|lost the|no more|haven't got the|any) (?:strength|energy|will|"
        r"desire) to (?:live|go on|keep living|carry on|keep going|stay alive)",
        r"(?:okay|ok|fine|happy|glad|relieved) if i (?:never|didn't|don't|did not) (?:wake|woke) "
        r"up",
        r"(?:be over|end|stop)[^.!?]{0,20}(?:me included|including me|myself included)|(?:life|"
        r"living) included|including (?:life|living)\b",
        r"(?:want|wanna|wish|wished|hope|hoping) (?:to )?(?:just )?stop waking up|(?:don't|do not) "
        r"want to be (?:on this (?:planet|earth)|in this world|on earth) any ?more",
        r"(?:easier|better|simpler|best|kinder) (?:just )?to (?:die|be dead|end it|not exist|"
        r"disappear for good)|would be (?:easier|better|simpler) (?:if i )?(?:to )?(?:die|died|were "
        r"dead|was dead)",
        r"(?:pray|praying|hope|hoping|wish)[^.!?]{0,20}(?:won't|don't|never|not|wouldn't) (?:see|make it "
        r"to|live to see|survive|get to see) (?:the )?(?:morning|tomorrow|another day|next week|my "
        r"birthday|the weekend)|waiting (?:to die|for death|for the end|for it all to be over)",
        r"(?:to|and) (?:just |simply )?(?:not exist|stay asleep|never wake up|not wake up|stop existing|be "
        r"gone for good)|done with (?:this |my )?life|my life (?:should|would|could|to|will|needs "
        r"to) end",
        r"(?:want|wish|need)[^.!?]{0,25}to (?:end|stop|be over)[^a-z]{0,4}(?:for good|forever|"
        r"permanently)|(?:want|wish) (?:the|this|my) pain to (?:end|stop)",
        r"if i died[^.!?]{0,30}(?:relieved|glad|happy|fine|okay|ok|wouldn't mind|a relief|better)|"
        r"(?:fine|ok|okay|happy|glad|relieved|wouldn't mind) (?:with |about )?(?:never|not) "
        r"waking up|(?:done|finished) living",
        rf"(?:want|wanna|wanted|wanting|wish|wished|wishing|long|longing|hope|hoping|"
        rf"would like|'d like|'d love|ready|praying|pray) (?:to )?{F}(?:die|be dead|not be alive|"
        rf"not exist|not be here|stop existing|fall asleep forever|sleep forever|not wake up|"
        rf"never wake up|fade away|cease to exist|stop being alive)\b",
        rf"wish(?:ed)? (?:that )?i (?:was|were|could be|'d be) (?:just )?{GONE}",
        r"wish(?:ed|ing)?(?: that)? i (?:could|would|might|can) (?:just |simply )?(?:die|cease to "
        r"exist|stop existing|not exist|disappear|vanish|sleep forever|go to sleep forever|fall "
        r"asleep forever|not wake up|never wake up|be gone|fade away|stop breathing)\b(?! for a "
        r"(?:while|bit|week|day|few|month|weekend)| (?:for|until|till) (?:a|the|some|monday|the "
        r"weekend))",
        r"wish(?:ed)? i (?:had never been|was never|were never|hadn't been|'d never been|never was) "
        r"born|wish(?:ed)? i(?: had|'d) never (?:been born|existed)",
        r"wish(?:ed)? (?:that )?i (?:didn't|did not|could just not|could not|could stop|"
        r"could just stop|could) (?:exist|existing|wake up|disappear|vanish)",
        r"(?:don't|do not|no longer|didn't|did not) (?:really |even )?want to (?:be alive|"
        r"live|exist|wake up|be here|be around|go on|keep living|keep going|continue|carry on|"
        r"be on this earth)",
        r"(?:hope|hopes|hoped|hoping|praying|prayed) (?:that )?i (?:just |simply )?(?:don't|do not|never|won't|"
        r"wouldn't|didn't|would not) (?:ever )?wake up",
        r"(?:hope|hoping|wish|pray|praying)[^.!?]{0,30}(?:takes|take|kills|kill|"
        r"finishes|finish|gets) me (?:in my sleep|soon|tonight|away|out|off)",
        r"(?:go to sleep|fall asleep|sleep|close my eyes) and (?:never|not) (?:wake|open)",
        r"never wake up|not wake up (?:again|tomorrow|in the morning|ever)",
        r"better off dead|rather (?:be dead|die|not be alive|not exist|not be here|not "
        r"wake up)",
        r"(?:tired|sick) of (?:(?:living|existing)(?! (?:in|with|at|on|like|as|off|out of|under|"
        r"paycheck))|being alive|life itself|this life|life\b(?! in| as| on| at))|"
        r"done with (?:life|living|being alive|existing|this world|it all)\b",
        r"(?:wouldn't|would not|won't|will not|don't|do not) (?:even )?(?:mind|care) if "
        r"i (?:just )?(?:died|die|didn't wake up|don't wake up|never woke up|got hit|was gone|were gone|"
        r"disappeared|just stopped)",
        r"(?:hope|wish|want) (?:someone|something|a [a-z]+|god|it|the universe) "
        r"(?:would|will|to|could) (?:kill|end|take) me",
        r"(?:nothing|no one|nobody|not much|nothing much|no reason|what do i have)[^.!?]{0,20}to "
        r"live for|no reason to (?:live|go on|"
        r"stay|keep going|be here|wake up|get up|stay alive)",
        r"not worth living|(?:life|living|it) (?:is|isn't|is not|'s not|just isn't) "
        r"(?:not )?worth (?:living|it any more|staying for)",
        r"(?:no|don't see the|don't see any|can't see the|can't see any|what's the|"
        r"what is the|what's even the|what is even the|is there any|is there a) point (?:in |of |to )?(?:living|life|going on|"
        r"being alive|being here|carrying on|existing|anything any more|waking up|staying alive|"
        r"getting up|trying any more|me)\b",
        r"why (?:even |should i |do i |would i |keep )*(?:bother |keep |even )*(?:living|being alive|staying alive|"
        r"waking up|go on|keep going|exist|stay alive)",
        r"(?:can't|cannot|can not) (?:go on|keep going|do this|keep living|live like "
        r"this|be here|take it|take this) any more|(?:can't|cannot) go on(?! (?:a |an |the |with |"
        r"to |about |at |for |in |holiday|vacation|leave|trips?|camp|interviews?|dates?))",
        r"(?:live|be alive|be here|exist|keep living|stay alive) any more|stop existing"
        r"|not exist any more|disappear (?:forever|for good|permanently|and never come back)|"
        r"vanish (?:forever|for good|permanently)",
        r"(?:want|wish|wanted|need) (?:it all|everything|this|the pain|life) to (?:stop|"
        r"end|be over)(?: for good| forever| permanently)?$|(?:want|wish|wanted) (?:it all|"
        r"everything|the pain|life) to (?:stop|end|be over) (?:for good|forever|permanently)",
        r"(?:i'm|i am|so) ready to (?:go|die|be gone|leave this world)|let me die|"
        r"welcome death|death would (?:honestly |really |just |actually )?be (?:a relief|peaceful|easier|better|a release|freedom|"
        r"welcome|a mercy|nice)|death (?:sounds|seems|feels|looks) (?:like )?(?:a relief|peaceful|"
        r"easier|better|nice|good|like freedom|like rest|welcome|tempting)",
    ],
    "thoughts": [
        r"(?:take|taking|took) myself out(?! (?:for|to|of|on))",
        r"(?:thinking|think|thought) (?:about|of) how (?:i'd|i would|i'll|i will|to) do it\b",
        r"(?:i'm|i am|i'll be|i will be|i'm just) checking out(?! of (?:the|this|my) (?:hotel|airbnb|"
        r"course|library|shop|room))|(?:not going to|won't|not gonna|no point to) stick(?:ing)? "
        r"around(?=[.!?,;]|$| (?:any ?more|for long|much longer))",
        r"(?:picture|imagine|see|picturing|imagining) myself (?:dead|being dead|in a coffin)",
        PILLS + r"[^.!?]{0,20}to (?:die|end it|kill myself|not wake up)",
        r"(?:taking|take|took|taken) the (?:easy|coward's|cowards|quick|final) way out",
        r"(?:about|of) not being alive|(?:end|ending) it(?: all)?(?=[.!?,;]|$| (?:now|tonight|"
        r"today|soon|tomorrow|this week|for good|forever|already|once and for all|here|then|and|"
        r"because|but|i think|honestly|tbh|please))",
        r"(?:going to|gonna|i'll|want to|wanna|might|should|could just|about to) jump(?=[.!?,;]|$|"
        r"(?: off| from| in front))",
        r"suicid[a-z]*|kms\b|k\.m\.s|unaliv[a-z]*|sewer ?slide|self[- ]?delet[a-z]*|"
        r"delete myself|an hero|s[u*]ic[i1*]de|su1c1de|sui\b|seppuku",
        r"(?:kill|killing|killed|off|offing|end|ending|ended|hang|hanging|shoot|"
        r"shooting|drown|drowning|poison|poisoning|murder|murdering|destroy|erase) myself",
        r"(?:end|ending|ended|take|taking|took) (?:my|my own) (?:own )?life|end my "
        r"existence|end it all|end everything|ending everything|end this life",
        rf"(?:think|thinking|thought|considering|consider|planning|plan|want|wanted|going"
        rf"|gonna|might|could|should|about to|ready to|tempted|urge|urges|decided|decide|will|"
        rf"i'll|just|i'm|to) (?:about |of |to )?{F}(?:end|ending) (?:it|things)\b",
        r"(?:think|thinking|thought|thoughts|obsess\w*|fantasi[sz]\w*|dream\w*) (?:a lot )?"
        r"(?:about|of) (?:dying|death|being dead|ending it|not being here|not being around|not "
        r"existing|killing(?=\s*(?:[.!?,;]|$|myself|me\b))|how to die|my own death|my funeral|jumping|"
        r"disappearing for good)",
        r"(?:picture|picturing|imagine|imagining|planning) (?:my own |my )(?:funeral|"
        r"death|suicide)|(?:picture|picturing|imagine|imagining) (?:myself )?being dead",
        r"(?:catch|catching|take|taking) the (?:bus|train) (?:for good|permanently|"
        r"forever|and not come back)|(?:want|wanna|thinking about|think about|thinking|think|ready|going|gonna|"
        r"might|should|plan|planning|wish|wanted|urge|tempted)(?:ed|ing)? (?:to |of |about )?"
        r"(?:just )?(?:catch|catching) the bus(?! (?:to|into|home|at|from|back|there|in|and|so))",
        r"(?:log|logging|check|checking|clock|clocking|tap|tapping|bow|bowing) out "
        r"(?:of life |of this life )?(?:permanently|for good|early|forever)|(?:permanently|forever) "
        r"log (?:off|out)|game end myself|(?:rope|yeet|unexist) myself|not be around much longer",
        r"(?:jump|jumping|jumped|throw myself|step|stepping|leap|leaping) (?:off|from|in "
        r"front of|under|onto) (?:a|the|that|my|our) (?:bridge|building|roof|cliff|train|bus|"
        r"car|truck|lorry|tracks|balcony|ledge|tower|parking garage|car park|window)",
        r"(?:hang|hanging|hanged) (?:myself|from)|(?:slit|slitting|cut|cutting) my "
        r"(?:wrists?|throat)|overdos(?:e|ed|ing)\b|\bod\b(?:'d|ing|ed)?|(?:take|taking|took|swallow|swallowing|swallowed) all (?:my|the|of my) "
        + PILLS,
    ],
    "method": [
        r"(?:toaster|hair ?dryer|electricity)[^.!?]{0,30}\bbath(?:tub)?\b|\bbath(?:tub)?\b[^.!?]{0,30}(?:toaster|"
        r"hair ?dryer|electricity)",
        r"what (?:happens|would happen) if (?:someone|you|i|a person) (?:takes?|took|swallow\w*) (?:a whole|"
        r"the whole|all|an entire) (?:box|bottle|pack|packet|strip)",
        r"(?:is|would be|be) high enough(?=[.!?,;]|$| to)",
        r"(?:dangerous|deadly|lethal|fatal) (?:together|combined|in combination)|which "
        r"(?:medications|meds|pills|tablets) are (?:dangerous|deadly|lethal)",
        r"(?:die|overdose) from (?:mixing|taking|combining)|can you die from",
        r"liver failure|organ failure|how much [a-z ]{0,20}(?:causes|would cause|to cause) "
        r"(?:death|liver|heart|organ)",
        r"how many (?:of )?(?:my |the )?" + PILLS + r" (?:i'd|i would|i'll|it'd|would|i) need",
        r"how deep (?:the|that|this) (?:river|lake|water|sea|canal|reservoir)",
        r"how (?:much|many) [a-z ]{0,20}(?:it would take|would it take|it takes|would kill|would be "
        r"enough|is enough|is lethal|would be lethal|to die)|(?:highest|tallest|deepest) (?:bridges?|"
        r"buildings?|cliffs?|car parks?|roofs?)|height of (?:the|a|that) (?:roof|bridge|building|"
        r"car park|cliff|tower)",
        r"(?:look(?:ed|ing)? up|googl[a-z]*|search(?:ed|ing)?(?: for)?|research(?:ed|ing)?|"
        r"read(?:ing)? (?:up )?(?:about|on)|watch(?:ed|ing)? videos? (?:on|about)|ask(?:ed)? "
        r"(?:chatgpt|ai|google|a forum|a chatbot|the chatbot|an ai|the ai)|check(?:ed|ing)? online|looking into)[^.!?]{0,40}"
        r"(?:how (?:to die|to kill|to end|to hang|to overdose|much|many|long it takes|high|tall|"
        r"deep|to drown)|lethal|fatal|deadly|overdose|dose|doses|painless|quickest way|fastest way|"
        r"easiest way|ways? to die|methods?|bleed out|how long (?:it takes|until)|hanging|"
        r"drowning|overdos[a-z]*|suicide)",
        r"(?:lethal|fatal|deadly|toxic|killing|overdose) (?:dose|amount|quantity|level|"
        r"limit)|how (?:much|many) (?:of )?(?:my |the |these |those )?" + PILLS + r" (?:it takes|"
        r"would|to|does it|are|is|before|until|can)",
        r"(?:painless|quick|quickest|fastest|easiest|surest|best|cleanest) (?:way|method|"
        r"ways|methods) (?:to (?:go|die|end it|do it|check out|kill)|out)\b",
        r"how (?:high|tall|far) (?:a |the )?(?:bridge|building|drop|fall|jump|floor|roof)"
        r"|(?:high|tall) enough to (?:die|kill|not survive)|how long (?:does it take |it takes )?to "
        r"(?:die|bleed out|drown|lose consciousness|suffocate)|which bridge",
    ],
    "means": [
        r"(?:borrow|lend)[^.!?]{0,40}\b(?:rifle|gun|shotgun)\b[^.!?]{0,30}['\"]for",
        r"collected:?[^.!?]{0,60}\b(?:strips?|packets?|sleepers|pills|tablets)\b",
        r"neither (?:doctor|gp|pharmacy|pharmacist) knows (?:about )?the other",
        PILLS + r"[^.!?]{0,50}(?:i'm saving them|saving them up|keeping them for|i'm keeping them)",
        r"(?:stash|stockpile|supply|collection) is (?:big|large) enough|(?:got|have) enough "
        r"(?:saved|stashed) up|charcoal (?:and|&) (?:duct )?tape",
        PILLS + r"[^.!?]{0,30}instead of taking them",
        r"(?:drawer|box|bag|bottle|jar|cupboard|shoebox|tin) (?:full|stuffed) of " + PILLS,
        PILLS + r"[^.!?]{0,40}(?:so i have|to have|so i'd have|so that i have) enough|(?:two|"
        r"different|several|multiple) (?:pharmacies|chemists)",
        r"(?:gun|pistol|rifle|pills|rope|blade|knife)[^.!?]{0,30}i know where (?:it is|they are|"
        r"he keeps it|she keeps it|they keep it)",
        r"(?:knife|blade|razor|pills|gun|rope) (?:under|beneath) (?:my|the) (?:pillow|bed|mattress)",
        r"(?:length|piece|coil|bit) of rope\b(?! for)",
        r"(?:everything|all|what) i need to do it\b",
        PILLS + r" (?:counted|lined up|laid out|ready|sorted|out on)",
        r"which (?:pills|tablets|meds|method|bridge|building)",
        r"(?:saved|saving|stockpil[a-z]*|hoard[a-z]*|collect(?:ed|ing)|stash(?:ed|ing)?|"
        r"hid|hiding|hidden|kept|keeping|gather(?:ed|ing)|count(?:ed|ing)|squirrel(?:led|ing)? "
        r"away|put aside|set aside|putting aside|setting aside|saving up)[^.!?]{0,25}"
        + PILLS
        + r"(?! routine| schedule| on time| up to date)",
        PILLS + r" (?:saved|stashed|hidden|hoarded|stockpiled|put aside|set aside|"
        r"collected|in (?:a|the|my) (?:drawer|box|bag|jar|cupboard|closet))",
        r"enough (?:of )?(?:my |the |these )?" + PILLS + r"|(?:whole|full|entire) "
        r"(?:bottle|box|pack|packet|strip|stash) of " + PILLS,
        r"(?:bought|buy|buying|got|have|has|ordered|order|found|tied|tie|tying|hung|hang|"
        r"made|make|keep|kept|hid|hidden|there's|got myself) (?:a |an |the |some |my )?"
        r"(?:rope|noose|ligature|cord for|belt for|charcoal|helium|exit bag)\b(?! for (?:the )?(?:barbecue|"
        r"bbq|grill|drawing|art|garden|balloons|party|camping))(?! (?:for|to) "
        r"(?:the|my|a|our) (?:boat|tent|garden|swing|dog|hammock|washing|laundry|tree|climbing|gym|"
        r"van|trailer|bbq|camping))",
        r"(?:rope|noose) (?:is |in |under |ready|around|hanging|tied|from|upstairs|in the)|"
        r"the (?:rope|noose)\b(?!s)",
        r"(?:bought|buy|buying|got|have|own|keep|kept|hid|hidden|hide|found|borrowed|load"
        r"|loaded|loading|holding|held|cleaned|took|taken|take|there's|my dad's|his|my|got hold of|"
        r"get hold of|getting hold of) (?:a |an "
        r"|the |my |his |dad's |a loaded |the loaded )?(?:gun|pistol|rifle|shotgun|revolver|"
        r"handgun|firearm|razor blades?|blades?|bullets?)\b",
        r"(?:gun|pistol|rifle|shotgun|revolver|handgun|firearm|blades?|razor|knife) "
        r"(?:is |in |under |ready|loaded|is loaded|in the|hidden|in my|next to|by my|on my)",
    ],
    "plan": [
        r"i'll (?:just )?swallow (?:everything|all of (?:them|it)|the lot|every (?:pill|tablet))",
        r"(?:chosen|chose|picked) (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|"
        r"tonight|tomorrow|the weekend)\b(?! (?:for|to))|made (?:my )?peace with (?:it|dying|death|"
        r"my decision|leaving|everything)(?=[.!?,;]|$)",
        r"when the (?:house|flat|apartment|place) (?:will be|is|would be) empty|(?:house|flat|"
        r"apartment) to be empty",
        r"(?:by|this time) (?:next week|tomorrow|friday|monday|the weekend)[^.!?]{0,25}(?:it'll all "
        r"be over|it will all be over|i'll be gone|it'll be over|i won't be here)",
        r"(?:it'll|it will|it's going to) happen (?:on|this|tonight|tomorrow|after|before|when)",
        r"(?:i've|i have|i) planned it\b",
        r"it's decided,? (?:the|on|it'll be|it will be|next|this|tonight|tomorrow)|do it[^.!?]{0,20} (?:while|"
        r"when|once) (?:my|everyone|everybody|nobody|no one|they|the house)",
        r"(?:doing|do) it (?:on|after|before) "
        r"(?:my birthday|the anniversary|christmas|new year)",
        r"(?:night|day|date|time|place|weekend|moment|room) (?:when |where |that )?i(?:'m| am) going "
        r"to do it|(?:the|a) (?:night|day) i (?:do|'ll do|will do) it\b",
        r"(?:it|everything|it all) (?:all )?(?:planned|figured|worked) out\b(?! for (?:the|my) "
        r"(?:interview|week|day|move|trip))",
        r"(?:know|knew|decided|planned|figured out|worked out) (?:exactly |already )?(?:how|when|"
        r"where) (?:i'll|i will|i'm going to|i'd|to|i am going to) do it\b|for after(?=[.!?;]|$)",
        r"(?:plan|date|time|place) and (?:a |the )?(?:date|time|place|method)\b",
        r"(?:have|got|made|make|making|worked out|figured out|came up with|there's) (?:a |the "
        r"|my |a clear |a real |an actual )?(?:plan|exit plan|way out)\b(?!\s*:|\s*-| (?:for|to (?:apply|get|"
        r"find|update|network|call|send|follow|prepare|study|learn|save|move|pay|fix)|b\b|of action))",
        r"(?:picked|chose|chosen|set|decided on|settled on|know|knew|fixed|circled|marked) "
        r"(?:a |the |my )(?:date|day|time|night|place|spot|method|way|bridge)\b(?! (?:for|of) "
        r"(?:the|my|an|a) (?:interview|call|meeting|start|move|exam|wedding|party|trip)| to "
        r"(?!die|end|do it|kill|go through))",
        r"(?:i'll|i will|i'm going to|going to|gonna|i'm gonna|i plan to|planning to) "
        r"(?:do it tonight|end it|go through with it|be gone|be dead|jump|kill|end things|take them all|"
        r"take the pills|finish it|finish this|leave for good|be free) (?:on|by|before|after|this|"
        r"next|tonight|tomorrow|when|once|at|while|on my)",
        r"(?:tonight|tomorrow|this weekend|on (?:friday|saturday|sunday|monday|tuesday|"
        r"wednesday|thursday|my birthday)|on the [0-9]+(?:st|nd|rd|th)?|next week|new year's?) "
        r"(?:is|will be|would be) (?:the|my) (?:night|day|end|last)|"
        r"(?:this|it) (?:is|will be) my last (?:day|night|week|entry|note|check-in|message|"
        r"post|birthday|christmas|time writing)|(?:my|the) last (?:entry|check-in|note|message|"
        r"post)\b[^.!?]{0,20}(?:ever|here|before)",
        r"(?:planned|decided|worked out|figured out|know|knew|chose|picked) (?:exactly )?"
        r"(?:how and when|when and how|when i'm going to do it|how i'm going to do it|how i'd do it|"
        r"when i'll do it|when i'd do it|when to do it|how to do it and when)",
        r"(?:won't|will not|wont) be (?:here|around|alive|in this world) (?:by|after|next|for|"
        r"to see|much longer|any more|tomorrow|on|at|when)|(?:by|after) (?:friday|monday|next "
        r"week|the weekend|the end of the month|tomorrow|tonight|christmas)[^.!?]{0,20}(?:i'll|i "
        r"will) be (?:gone|dead|free|at peace)",
    ],
}
