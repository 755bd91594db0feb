"""English warning signs by category, over `normalise(text)`.

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
        r"asleep forever|not wake up|never wake up|be gone|fade away|stop breathing)",
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
        r"(?:tired|sick) of (?:living|being alive|existing|life itself|this life|life\b(?! in| as| on| at))|"
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
        r"welcome death|death would be (?:a relief|peaceful|easier|better|a release|freedom|"
        r"welcome|a mercy|nice)|death (?:sounds|seems|feels|looks) (?:like )?(?:a relief|peaceful|"
        r"easier|better|nice|good|like freedom|like rest|welcome|tempting)",
    ],
    "thoughts": [
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
        r"existing|killing|how to die|my own death|my funeral|jumping|disappearing for good)",
        r"(?:picture|picturing|imagine|imagining|planning) (?:my own |my )(?:funeral|"
        r"death|suicide)|(?:picture|picturing|imagine|imagining) (?:myself )?being dead",
        r"(?:catch|catching|take|taking) the (?:bus|train) (?:for good|permanently|"
        r"forever|and not come back)|(?:want|wanna|thinking about|think about|ready|going|gonna|"
        r"might|should|plan|planning|wish|wanted|urge|tempted)(?:ed|ing)? (?:to |of |about )?"
        r"(?:just )?(?:catch|catching) the bus(?! (?:to|into|home|at|from|back|there|in|and|so))",
        r"(?:log|logging|check|checking|clock|clocking|tap|tapping|bow|bowing) out "
        r"(?:of life |of this life )?(?:permanently|for good|early|forever)|(?:permanently|forever) "
        r"log (?:off|out)|game end myself|(?:rope|yeet|unexist) myself|not be around much longer",
        r"(?:jump|jumping|jumped|throw myself|step|stepping|leap|leaping) (?:off|from|in "
        r"front of|under|onto) (?:a|the|that|my|our) (?:bridge|building|roof|cliff|train|bus|"
        r"car|truck|lorry|tracks|balcony|ledge|tower|parking garage|car park|window)",
        r"(?:hang|hanging|hanged) (?:myself|from)|(?:slit|slitting|cut|cutting) my "
        r"(?:wrists?|throat)|overdos[a-z]*|\bod\b(?:'d|ing|ed)?|take all (?:my|the|of my) " + PILLS,
    ],
    "method": [
        r"how many (?:of )?(?:my |the )?" + PILLS + r" (?:i'd|i would|i'll|it'd|would|i) need",
        r"how deep (?:the|that|this) (?:river|lake|water|sea|canal|reservoir)",
        r"how (?:much|many) [a-z ]{0,20}(?:it would take|would it take|it takes|would kill|would be "
        r"enough|is enough|is lethal|would be lethal|to die)|(?:highest|tallest|deepest) (?:bridges?|"
        r"buildings?|cliffs?|car parks?|roofs?)|height of (?:the|a|that) (?:roof|bridge|building|"
        r"car park|cliff|tower)",
        r"(?:look(?:ed|ing)? up|googl[a-z]*|search(?:ed|ing)?(?: for)?|research(?:ed|ing)?|"
        r"read(?:ing)? (?:up )?(?:about|on)|watch(?:ed|ing)? videos? (?:on|about)|ask(?:ed)? "
        r"(?:chatgpt|ai|google|a forum)|check(?:ed|ing)? online|looking into)[^.!?]{0,40}"
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
        r"(?:knife|blade|razor|pills|gun|rope) (?:under|beneath) (?:my|the) (?:pillow|bed|mattress)",
        r"(?:length|piece|coil|bit) of rope\b(?! for)",
        r"(?:everything|all|what) i need to do it\b",
        PILLS + r" (?:counted|lined up|laid out|ready|sorted|out on)",
        r"which (?:pills|tablets|meds|method|bridge|building)",
        r"(?:saved|saving|stockpil[a-z]*|hoard[a-z]*|collect(?:ed|ing)|stash(?:ed|ing)?|"
        r"hid|hiding|hidden|kept|keeping|gather(?:ed|ing)|count(?:ed|ing)|squirrel(?:led|ing)? "
        r"away|put aside|set aside|putting aside|setting aside|saving up)[^.!?]{0,25}" + PILLS,
        PILLS + r" (?:saved|stashed|hidden|hoarded|stockpiled|put aside|set aside|"
        r"collected|in (?:a|the|my) (?:drawer|box|bag|jar|cupboard|closet))",
        r"enough (?:of )?(?:my |the |these )?" + PILLS + r"|(?:whole|full|entire) "
        r"(?:bottle|box|pack|packet|strip|stash) of " + PILLS,
        r"(?:bought|buy|buying|got|have|has|ordered|order|found|tied|tie|tying|hung|hang|"
        r"made|make|keep|kept|hid|hidden|there's|got myself) (?:a |an |the |some |my )?"
        r"(?:rope|noose|ligature|cord for|belt for|charcoal|helium|exit bag)\b(?! (?:for|to) "
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
        r"it's decided,? (?:the|on|it'll be|it will be|next|this|tonight|tomorrow)|do it (?:while|"
        r"when|once) (?:my|everyone|everybody|nobody|no one|they|the house)",
        r"(?:doing|do) it on (?:the )?[0-9]+(?:st|nd|rd|th)?\b|(?:doing|do) it (?:on|after|before) "
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
        r"(?:the|my|an|a) (?:interview|call|meeting|start|move|exam|wedding|party|trip))",
        r"(?:i'll|i will|i'm going to|going to|gonna|i'm gonna|i plan to|planning to) "
        r"(?:do it|end it|go through with it|be gone|be dead|jump|kill|end things|take them all|"
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
    "conditional": [
        r"(?:won't|will not) be (?:here|around|alive) to (?:look|see|apply|find|try|read|"
        r"celebrate|worry|deal)",
        r"\b(?:one|1) more [^.!?]{1,30}?(?:,| and| then) ?(?:i'm|i am|that's|i'll|it's|i will) "
        r"(?:done|gone|out|finished)\b[.!, ]*(?:for real|for good|forever|permanently|i mean it|"
        r"not just with|this time)|(?:i'm|i am) (?:done|out|gone)[.!,]+ (?:for real|for good|"
        r"forever|permanently|i mean it|not just with)",
        r"\b(?:one|1) more (?:rejection|no|ghosting|email like this|form letter|"
        r"interview|failure|thing|bad day|knock|letdown|setback)[^.!?]{0,30}(?:and|then) "
        r"(?:i'm|i am|that's|i'll|it's|i will)[^.!?]{0,25}\b(?:done|gone|out|over|it for me|"
        r"finished|end|ending|the end|check out|not be here|kill|off)\b(?! (?:with|applying|"
        r"sending|looking|trying|for (?:today|the (?:day|week|month))|of (?:this|the|linkedin)|"
        r"on (?:this|them|linkedin|banks)|to|at|there|job))",
        r"(?:if|unless|when|once)[^.!?]{0,70}(?:i'm|i am|i'll|i will|then i'm|"
        r"that's it,? i'm|i'm going to|then i'll) (?:done|gone|out|checking out|ending it|not "
        r"sticking around|not staying|leaving this world|end this)(?: for good| forever| "
        r"permanently| for real| with (?:life|everything|it all|this world))",
        r"done for good|gone for good|(?:that's|it's|that'll be) (?:it|the end) for me"
        r"(?! in| at| with)|(?:my|the) last (?:chance|straw)[^.!?]{0,40}(?:then|after that|if not|"
        r"or else)[^.!?]{0,20}(?:i'm|i'll|i am|it's)",
        r"giv(?:e|ing) (?:myself|it|life|this) (?:until|till|til|one more|another|"
        r"[a-z]+ more)[^.!?]{0,40}(?:then|after that|if not|if nothing|before i|and then)",
    ],
    "preparation": [
        r"(?:in case|if) (?:something|anything) (?:happens|should happen|were to happen) to me",
        r"(?:left|leaving|leave) (?:a |some |my )?(?:notes?|letters?) (?:for|to) (?:my |the )?(?:family|"
        r"kids|children|parents|mum|mom|dad|wife|husband|partner|sister|brother|friends|everyone)|"
        r"(?:something|things) to remember me by|giving (?:my|all my) (?:things|stuff|belongings|"
        r"possessions) away",
        r"letters? to each of (?:them|you|my)|made (?:a|my) will and",
        r"explain(?:ing|s)? why i (?:did|'m doing|am doing|had to do|have done) (?:it|this)",
        r"(?:wrote|written|writing|write|left|leaving|leave) (?:a |my )?notes? (?:for|to) (?:my |the )?"
        r"(?:family|kids|children|parents|mum|mom|dad|wife|husband|partner|sister|brother|friends|"
        r"everyone|loved ones)(?=[.!?,;]|$| in case| to read| explaining| for after| when)",
        r"(?:gave|giving|given|give) (?:away )?(?:my |all my )?(?:favourite|favorite|most precious|"
        r"prized|special|best) (?:things|stuff|possessions|belongings)|so (?:he|she|they) (?:has|have|"
        r"can have|gets|get) (?:them|it) after\b|(?:nobody|no one|nobody else|no-one) (?:has|will "
        r"have|would have|needs) to (?:deal with|sort out|clean up|go through) (?:my|it|anything)",
        r"(?:goodbye|farewell|suicide|final|last|good-bye) (?:note|notes|letter|letters"
        r"|message|messages|words|email|video|post|texts?)|(?:letters?|notes?) (?:to|for) (?:each "
        r"of|all of|everyone|my (?:family|kids|children|parents|mum|mom|dad|sister|brother|partner|"
        r"wife|husband|friends))\b[^.!?]{0,30}(?:in case|for after|to read|when i'm|goodbye|explain|"
        r"after)",
        r"giv(?:e|es|ing|en)? away (?:all |most |some )?(?:of )?(?:my|the) (?:things|"
        r"stuff|belongings|possessions|prized|favourite|favorite|precious|most|everything|"
        r"valuables|records|books|games|guitar|pets?|cat|dog|plants)|giving (?:my|away my) [a-z ]{0,20}(?:to|so) [a-z ]{0,20}(?:won't need|when "
        r"i'm gone|after i'm gone|don't need)|(?:won't|will not|don't) need (?:it|them|my [a-z]+|"
        r"any of (?:it|this|them)|to [a-z]+ (?:after|for) (?:it|her|him|them)) (?:any more|where "
        r"i'm going|after|soon|for long)",
        r"(?:said|saying|say|says) (?:my )?goodbyes?(?! to (?:my team|the team|"
        r"colleagues|my colleagues|the office|my manager))|(?:last|final) goodbye|goodbye to "
        r"(?:everyone|everybody|the world|all of you|life)|one last (?:time|hug|visit|call|look|"
        r"walk|dinner)\b(?! before (?:the|my) (?:interview|deadline|start))",
        r"(?:life )?insurance[^.!?]{0,40}(?:suicide|pays? out|payout|pay out|would "
        r"(?:cover|help|pay|look after|take care)|they'd get|they would get|if i die|if i died|"
        r"when i die)|worth more (?:dead|gone|to them dead|to my family dead)|(?:they|family) "
        r"(?:would|'d) (?:get|have) the (?:insurance|money|payout)",
        r"(?:put|putting|got|getting|sort|sorted|sorting) (?:my )?affairs in order|"
        r"(?:wrote|write|writing|made|make|making|updated|update|finished|finalised|finalized) "
        r"(?:a |my )will\b[^.!?]{0,40}(?:just in case|before|so they|for when|soon|in case)|"
        r"(?:left|leaving|wrote down|writing down|gave|shared) (?:my |all my )?(?:passwords|"
        r"bank details|pin|account details)[^.!?]{0,30}(?:for|to|so|with)|"
        r"(?:planned|planning|picked|chose) (?:out )?(?:my )?(?:own )?funeral|"
        r"(?:who|someone) (?:will|would|to|can) (?:take care of|look after|feed|have|take) my "
        r"(?:cat|dog|pets?|plants|kids|things) (?:when|after|if|once) i",
    ],
    "self-harm": [
        r"(?:until|till) (?:it's|it is|its|they're|they are|it was|they were) (?:raw|bleeding|"
        r"bloody|red raw)",
        r"(?:want|wanna|need|urge|urges|itching|tempted|craving) to (?:cut|burn|hurt|bleed|"
        r"self[- ]?harm)(?=[.!?,;]|$| again| myself| so bad| tonight| really)",
        r"(?:won't|don't|didn't|haven't|have not|not|stopped) let(?:ting)? myself (?:eat|have "
        r"(?:food|dinner|lunch|a meal))",
        r"(?:hurt|hurting|harm|harming|cut|cutting|cuts|punish|punishing|punished|"
        r"burn|burning|burned|burnt|scratch|scratching|scratched|hit|hitting|punch|punching|"
        r"punched|bang|banging|banged|slap|slapping|slapped|bite|biting|bit|carve|carved|carving|"
        r"stab|stabbing|stabbed|scald|scalding|scalded|bruise|bruising|bruised|starve|starving|"
        r"starved|choke|choking|choked|strangle|strangling|pinch|pinching|injure|injuring|"
        r"injured|mutilate|mutilating|beat|beating|whip|whipping) (?:up )?myself",
        r"self[- ]?(?:harm|harming|injur[a-z]*|mutilat[a-z]*|punish[a-z]*|hatred and "
        r"cut)|\bsh\b(?:'d|ed|ing)? (?:again|last night|tonight|today|urges?)|urges? to (?:sh|cut|"
        r"self harm|hurt myself|burn|hit myself|punish myself)|relaps(?:e|ed|ing)[^.!?]{0,20}"
        r"(?:cutting|self ?harm|\bsh\b|burning)|(?:days|weeks|months|years) clean (?:from|of) "
        r"(?:cutting|self ?harm|sh)|clean (?:from|of) (?:cutting|self ?harm)",
        r"(?:cut|cuts|cutting|burn|burns|burned|burnt|scratch|scratches|scratched|"
        r"scars?|marks|bruises|bites|razor|blade|lighter|cigarette)[^.!?]{0,25}(?:on|into|across|in)"
        r" my (?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|hands?|chest|ankles?)",
        r"(?:cut|cutting|burn|burned|burnt|burning|scratched|scratching|carved|"
        r"carving|sliced|slicing) (?:up )?my (?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?)\b|"
        r"(?:hit|hitting|bang|banging|banged|punch|punching|punched|slam|slamming|slammed) "
        r"(?:my head|walls|the wall|my fists?|myself)[^.!?]{0,25}(?:on purpose|until|till|so hard|"
        r"to feel|as punishment|to punish)",
        r"(?:until|till|til|so) (?:it|they|i|the skin) (?:bleeds?|bled|bleeding|"
        r"hurt|hurts|burned|burns|bruised|bruises|scar|scars)|(?:to|so i can|so i could) "
        r"(?:feel|punish)[^.!?]{0,15}(?:pain|something|myself|hurt)|(?:fresh|new|old) (?:cuts|"
        r"scars|burns)|hide (?:the|my) (?:cuts|scars|burns|marks|bruises)",
        r"(?:don't|do not|didn't) deserve (?:to eat|food|dinner|lunch|to sleep|"
        r"comfort)|(?:stopped|stop|not|skipping|skip|skipped|refuse|refusing|won't let myself) "
        r"(?:eating|eat|meals)[^.!?]{0,25}(?:punish|on purpose|as punishment|because i don't "
        r"deserve|deserve it)|(?:won't|don't|didn't) let myself (?:eat|sleep)|deserve (?:the )?"
        r"(?:pain|to hurt|to suffer|to bleed)|pull(?:ed|ing)? (?:out )?my hair (?:out )?"
        r"(?:until|till)|pick(?:ed|ing)? (?:at )?my skin (?:until|till)",
    ],
    "reckless": [
        r"if i (?:crash|die|don't make it|hit something|fall),? (?:so be it|whatever|oh well|"
        r"fine by me)",
        r"(?:red lights?|traffic lights?) on purpose|hoping (?:someone|something|a car|a bus|a "
        r"truck|a lorry) (?:hits|will hit|would hit|kills|runs me over|hit) me|not caring (?:if|"
        r"whether) i (?:fell|fall|die|died|crash|crashed|drown|made it|make it|lived|live|came "
        r"back)|(?:didn't|don't) care if i (?:fell|fall)",
        r"(?:walked|walking|walk|sat|sitting|lay|lying|lie|laid|stood|standing) (?:on|along|between|"
        r"across) (?:the )?(?:train |railway |rail )?tracks|hop(?:e|ed|ing) (?:the|my|a) (?:plane|train|"
        r"bus|car) (?:crashes|crash|derails|hits|goes down)|(?:didn't|don't|do not) care if i (?:hit "
        r"something|get hurt|get killed|fall|crash)",
        r"(?:hope|hoped|hoping|wish|wished|wishing|praying)[^.!?]{0,25}(?:would|will|"
        r"might|to) (?:hit me|crash|run me over|kill me|take me|end it|finish me|not make it|"
        r"never make it|not survive)|(?:hope|hoped|hoping) (?:i|that i) (?:crash|don't make it|"
        r"wouldn't make it|won't make it|don't survive|get hit|die|never make it|don't come back)|"
        r"hoping (?:something|someone) (?:bad )?(?:would|will|might) (?:happen|get me)|daring "
        r"(?:something|someone|the universe|fate|life|a car|death)",
        r"(?:didn't|don't|wouldn't|won't|did not|do not) (?:even |really )?care (?:if|"
        r"whether|what happens)[^.!?]{0,25}(?:i (?:crash|crashed|die|died|live|lived|make it|made "
        r"it|got hit|get hit|come back|came back|wake up|survive|survived|drown|fell)|to me|or die)|"
        r"(?:didn't|don't|do not|did not) (?:even |really )?care what happens(?: to me)?"
        r"(?=[.!?,;]|$| any ?more)",
        r"(?:drove|drive|driving|drives|speed|speeding|sped|ran|crossed|crossing|cross"
        r"|walked|walking|swam|swimming|climbed|climbing|stood|standing|sat|sitting|leaned|leaning)"
        r"[^.!?]{0,40}(?:hoping|on purpose|eyes closed|without looking|without a seatbelt|no "
        r"seatbelt|with my eyes shut|too close to the edge|edge of the (?:platform|roof|cliff|"
        r"bridge)|let fate|didn't look)",
        r"(?:mix|mixing|mixed|took|taking|take|downed|chased|washed down)[^.!?]{0,30}"
        + PILLS
        + r"[^.!?]{0,20}(?:with|and) (?:alcohol|drink|booze|vodka|wine|whisky|whiskey|gin|"
        r"beer)|(?:drank|drink|drinking)[^.!?]{0,30}(?:on|with) (?:my |the )?"
        + PILLS
        + r"|tempt(?:ing|ed)? fate|let fate decide|russian roulette|playing chicken",
        r"(?:stood|standing|stand|sat|sitting|leaned|leaning|waited|waiting|lingered|"
        r"lingering) (?:on|at|near|by|over|on the edge of|at the edge of) (?:the|a) (?:edge|ledge|"
        r"bridge|roof|rooftop|cliff|tracks|railing|train tracks|platform edge)",
    ],
    "past-attempt": [
        r"(?:the )?last time i tried\b(?! (?:to (?:apply|get|call|negotiate|ask|contact)))|"
        r"(?:nearly|almost) died (?:the )?last time",
        r"(?:tried|attempted|try|trying|tries) (?:once |before |twice )?(?:to )?"
        r"(?:kill|end|take|hang|overdose|od|off|drown|poison|unalive)\b(?! (?:time|the|my (?:job|"
        r"career|search)|it with))|(?:tried|attempted|attempt) (?:it )?(?:before|once|twice|last "
        r"year|years ago)",
        r"(?:my|last|previous|first|second|an|earlier|the) (?:suicide )?(?:attempt|"
        r"overdose|od)\b(?! (?:at|to) (?:the|a|an|getting|finding|negotiat|apply|interview|"
        r"answer))|suicide attempt|(?:stomach pumped|pumped my stomach)|(?:survived|after) (?:my|an|"
        r"the|that) (?:attempt|overdose)",
        r"(?:the|those|these|same|old|dark|bad|suicidal|intrusive) (?:thoughts|"
        r"feelings|urges|voices|ideas) (?:are |is |have |keep |started |kept )?(?:all )?(?:came |"
        r"coming |come |creeping |crept |been coming |flooding )?back|(?:like|same as|just like) (?:before|last time|(?:in )?20[0-9]{2})"
        r" when i (?:tried|took|ended up|nearly|almost|was in hospital)|(?:the )?last time i "
        r"felt (?:like )?this[^.!?]{0,30}(?:tried|took|ended up|hospital|nearly|almost|pills)",
        r"(?:hospitali[sz]ed|in (?:the )?(?:hospital|er|a&e|psych ward|icu)|"
        r"sectioned|psych ward)[^.!?]{0,30}(?:after|for|because) (?:i |my |an )?(?:tried|attempt"
        r"|overdose|took|swallowed|od)|(?:took|swallowed) (?:a|the|all|a whole|the whole|handful"
        r"|a handful|all the|all my)[^.!?]{0,15}" + PILLS,
    ],
    "burden": [
        r"relieved if i (?:left|went|was gone|were gone|died|disappeared)",
        r"(?:taking up|waste of|wasting) (?:space|oxygen|air)(?! in (?:the|my) (?:flat|room|inbox))",
        r"if i (?:vanished|disappeared|was gone|were gone|died)[^.!?]{0,40}(?:save|spare|easier|"
        r"better|relief|relieved|happier)",
        r"if i (?:wasn't|weren't|was not|were not|wasnt) (?:here|around|alive|in the picture)"
        r"(?! (?:on|at|for|in|to|by|yesterday|today|tomorrow|this|next|last))",
        r"(?:better|happier|easier|fine|lighter|freer|richer|relieved|okay|ok|good)"
        r"(?: off)? without me|without me(?: around| here| in the picture)?[^.!?]{0,30}(?:better|"
        r"happier|easier|fine|relieved)|(?:when|after|once) i'm (?:gone|dead)\b(?! (?:on|for|to|"
        r"from|away|out))",
        r"(?:i'm|i am|i feel|i've become|i have become|just|such|being|feel like|only|"
        r"nothing but) (?:like )?(?:a |an |such a |the )?(?:burden|dead weight|drain|waste of "
        r"(?:space|air|oxygen|life|skin)|parasite|leech|liability)\b(?! (?:of|(?:on|to) (?:the|my) "
        r"(?:team|project|colleagues|coworkers|manager|boss|references|recruiter|mentor)|in "
        r"(?:interviews|meetings)))|(?:burden|dead weight|drain) (?:to|on|for) "
        r"(?:everyone|everybody|them|my (?!team|colleagues|coworkers|manager|boss|references|"
        r"recruiter|mentor)[a-z]+|people|the world|society|the family|you all|"
        r"those i love)",
        rf"(?:no one|nobody|noone|no-one|not a soul|nobody at all) (?:would|will|'d|is "
        rf"going to|even) (?:even )?(?:notice|care|miss me|realise|realize|cry|come to|mourn|"
        rf"know)\b(?! if i (?:stopped|didn't|quit|skipped|left (?:the|this|my) (?:job|company|team)|"
        rf"changed|missed|applied)| my (?:absence|cv|application))|(?:if|when|once) i (?:was|were|am|died|disappeared|vanished|went|'m) ?{GONE}?"
        rf"[^.!?]{{0,30}}(?:no one|nobody|anyone|world|everyone|they)[^.!?]{{0,20}}(?:notice|care|"
        rf"miss|better|happier|relieved|fine)|(?:would|will) (?:anyone|anybody) (?:even )?(?:notice"
        rf"|care|miss me)",
        r"(?:death|dying|being dead|ending it|suicide|not being here|killing myself) "
        r"(?:is|seems|feels|looks|would be|'s)(?: like)? (?:the|my) (?:only|easiest|best|last|"
        r"real|one|single) (?:way|option|answer|solution|escape|exit|choice|way out|thing|door)|"
        r"(?:only|one|last) way out|no (?:other )?way out(?! of (?:the|my|this|that) (?:contract|"
        r"lease|deal|job|role|meeting|interview|call|notice))|permanent (?:solution|escape|way "
        r"out|rest|sleep|exit|fix)|(?:the|a) (?:peace|relief|rest) (?:of|in|that) death",
        rf"(?:everything|it all|life|things|their lives) (?:would be|will be|is|would "
        rf"get) (?:so much |much |a lot )?(?:easier|better|simpler|lighter) (?:for (?:everyone|"
        rf"them|all|my [a-z]+) )?(?:if|when|once) i (?:was|were|am|'m|died|disappeared|left for "
        rf"good) ?{GONE}?|(?:world|everyone|everybody|they|family|my [a-z]+)(?: would|'d| will) "
        rf"(?:all )?(?:be )?(?:better|happier|fine|relieved) (?:off )?(?:if i|without|once i)",
    ],
}
