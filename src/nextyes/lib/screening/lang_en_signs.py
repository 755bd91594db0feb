"""English warning signs, second half: conditions, preparations, self-harm, reckless acts,
past attempts and feeling a burden. Same conventions as `lang_en_cues.py`.
"""

from __future__ import annotations

from nextyes.lib.screening.lang_en_cues import GONE, PILLS

CUES: dict[str, list[str]] = {
    "conditional": [
        r"(?:the project|the asset|the problem|the liability) being me",
        r"\bif [^.!?]{0,50}, (?:i'm|i am) out(?=[.!?]|$)",
        r"(?:if|when|once)[^.!?]{0,40}(?:that's|that'll be|it'll be|it's) the end of me"
        r"(?=[.!?,;]|$)",
        r"(?:won't|will not|wouldn't) survive (?:it|this|another|the next)",
        r"(?:with|after|at) the next (?:rejection|no|ghosting)[^.!?]{0,10}(?:i'll do it|i'm "
        r"doing it|i will do it|i'm done|i'll end it)",
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
        r"[a-z]+ more)[^.!?]{0,40}(?:(?:then|after that|if not|if nothing|and then)[^.!?]{0,20}(?:i'm|"
        r"i'll|i am|it's|that's) (?:out|gone|done|ending|over|finished)|before i (?:end it|do it|"
        r"go|kill))",
    ],
    "preparation": [
        r"(?:won't|will not|isn't|aren't) (?:be )?stuck when i'm gone",
        r"funeral (?:home|director|plan)[^.!?]{0,60}(?:in my (?:own )?name|for myself)",
        r"(?<=, )i (?:won't|will not|wont) need (?:it|them)(?=[.!?]|$)",
        r"so (?:nobody|no one|nobody's|no one's) (?:is )?left with (?:them|it|anything|my)|"
        r"(?:video|letter|message|recording)s? for (?:my )?(?:daughter|son|kids|children)[^.!?]{0,30}"
        r"(?:when (?:she's|he's|they're) older|to watch later|for later|after i'm)",
        r"after my death|for when i'm dead",
        r"(?:because|since|as) i (?:won't|will not|wont) need (?:it|them)(?=[.!?,;]|$| any ?more)",
        r"(?:my own|my) (?:eulogy|obituary)",
        r"(?:fed|looked after|taken care of|cared for) after(?=[.!?,;]|$)",
        r"(?:gave|given|giving) (?:almost |nearly |pretty much )?(?:everything|all my stuff|it all) "
        r"away|emptied my (?:flat|room|apartment|house)|(?:look after|take care of|feed|have|care "
        r"for) my (?:dog|cat|pets?|kids|children|plants)[^.!?]{0,30}if i'?m (?:ever )?(?:not "
        r"(?:around|here)|gone)",
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
        r"|message|messages|words|emails?|video|post|texts?)\b(?! (?:to|for) (?:my |the |all my )?"
        r"(?:colleagues|team|coworkers|co-workers|manager|clients|office|last day|leaving|job))|"
        r"(?:letters?|notes?) (?:to|for) (?:each "
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
        # Not waiting for a claim: "borrowing his van till the insurance pays out".
        r"(?<!till the )(?<!until the )(?<!once the )(?:life )?insurance[^.!?]{0,40}(?:suicide|pays? out|paid out|payout|pay out|would "
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
        r"\bi cut (?:where|so that|so)\b",
        r"\b(?:cut|cuts|burn|burns|cutting) x ?\d\b",
        r"(?:started|start|starting|been) (?:cutting|burning|scratching) (?:again|myself)",
        r"(?:burn|burning|burned|burnt|scald|scalding|scalded|cut|cutting)(?: my| myself)[^.!?]{0,30}"
        r"on purpose|(?:eaten|eat|eating|food)[^.!?]{0,40}(?:don't|do not|didn't) deserve",
        r"(?:hitting|hit|beating|whipping|slapping) my (?:legs|arms|thighs|face|head|stomach|"
        r"body|chest)",
        r"(?:took|take|taking) a (?:razor|blade|knife|lighter) to my",
        r"(?:slit|cut|opened) (?:my )?(?:wrists|veins)",
        r"\bsh[- ]?(?:ing|ed|'d)\b",
        r"\bi (?:cut|burned|burnt|scratched|hurt myself|sh'd) (?:again|deeper|tonight|last night|"
        r"today)\b",
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
        r"(?:disappointed|sorry|a shame) (?:that )?(?:the \w+ held|it held|i made it back|i survived)",
        r"let nature take it'?s course",
        r"(?:lean|leaning|leaned|hang|hanging) (?:over|out of) the (?:balcony|railing|edge|window|"
        r"bridge)",
        r"(?:ran|run|running|stepped|walked) (?:out )?in front of (?:a|the) (?:truck|lorry|bus|car|"
        r"train)",
        r"(?:stopped|stop|not) taking (?:my )?[a-z ]{0,15}(?:medication|meds|insulin|tablets|"
        r"pills) (?:on purpose|deliberately)",
        r"(?:walk|walking|walked) (?:home )?(?:along|on|down|across) the (?:motorway|highway|"
        r"freeway)",
        r"more " + PILLS + r" than (?:prescribed|i should)|(?:hoping|hope) something gives",
        r"(?:drove|driving|got in the car|got behind the wheel)[^.!?]{0,40}(?:drinking|drunk|vodka|wine|"
        r"beer)|(?:drinking|drunk)[^.!?]{0,40}(?:drove|got in the car|behind the wheel)",
        r"(?:drank|drunk|drinking|drink)[^.!?]{0,30}(?:went |go |going )?(?:swim|swimming|swam|"
        r"drive|drove|driving)|swimming alone at night",
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
        r"never make it|not survive)|(?:hope|hoped|hoping) (?:i|that i|i'd|i would) (?:crash|drown|don't make it|not make it|"
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
        r"(?:pull|urge|temptation|itch) (?:toward|towards|to) (?:try|trying|do(?:ing)? it) again",
        r"hospital[^.!?]{0,30}overdoses?",
        r"found in time|(?:don't|didn't|do not) want to be found (?:next time|this time|again)",
        r"(?:the )?last time i tried\b(?! (?:to (?:apply|get|call|negotiate|ask|contact)))|"
        r"(?:nearly|almost) died (?:the )?last time",
        r"(?:tried|attempted|try|trying|tries) (?:once |before |twice )?(?:to )?"
        r"(?:kill|end|take|hang|overdose|od|off|drown|poison|unalive)\b(?! (?:time|the|my (?:job|"
        r"career|search)|it with|(?:his|her|their) (?:own )?(?:life|lives)\b|him|her|them)\b)|(?:tried|attempted|attempt) (?:it )?(?:before|once|twice|last "
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
        r"i'm (?:the|a) (?:problem|burden|weight|drain) (?:in|on|of) (?:his|her|their|our|my "
        r"(?:\w+'s )?)?(?:life|lives)\b",
        r"(?:better|happier) (?:life|lives|off) with the (?:life )?insurance",
        r"i'm (?:just |such |only )?a waste of (?:money|time|space|oxygen|air|a person|life)",
        r"(?:kinder|better|easier|fairer) (?:to|for) (?:everyone|everybody|them|all) if i (?:just )?"
        r"(?:disappeared|died|vanished|was gone|left for good)",
        r"(?:ruin|ruining|ruined) (?:everyone's|everybody's|their|my family's) (?:life|lives)",
        r"if i (?:was|were) (?:gone|dead|not here)\b|(?:wouldn't|would not|won't) have to (?:carry|"
        r"deal with|worry about|look after|support|put up with|take care of) me\b",
        r"relieved if i (?:left|went|was gone|were gone|died|disappeared)",
        r"(?:taking up|waste of|wasting) (?:space|oxygen|air)(?! in (?:the|my) (?:flat|room|inbox))",
        r"if i (?:vanished|disappeared|was gone|were gone|died)[^.!?]{0,40}(?:save|spare|easier|"
        r"better|relief|relieved|happier)",
        r"if i (?:just )?(?:wasn't|weren't|was not|were not|wasnt) (?:here|around|alive|in the picture)"
        r"(?! (?:on|at|for|in|to|by|yesterday|today|tomorrow|this|next|last))",
        r"(?:better|happier|easier|fine|lighter|freer|richer|relieved|okay|ok|good)"
        r"(?: off)? without me|without me(?: around| here| in the picture)?[^.!?]{0,30}(?:better|"
        r"happier|easier|fine|relieved)|(?:when|after|once) i'm (?:gone|dead)\b(?! (?:on|for|to|"
        r"from|away|out))",
        r"(?:i'm|i am|i feel|i've become|i have become|just|such|being|feel like|only|"
        r"nothing but) (?:like )?(?:a |an |such a |the )?(?:burden|dead weight|drain|waste of "
        r"(?:space|air|oxygen|life|skin)|parasite|leech|liability)\b(?! (?:asking|when i ask|by "
        r"asking|for asking|to ask)| (?:of|(?:on|to) (?:the|my) "
        r"(?:team|project|colleagues|coworkers|manager|boss|references|recruiter|mentor)|in "
        r"(?:interviews|meetings)))|(?:burden|dead weight|drain) (?:to|on|for) "
        r"(?:everyone|everybody|them|my (?!team|colleagues|coworkers|manager|boss|references|"
        r"recruiter|mentor)[a-z]+|people|the world|society|the family|you all|"
        r"those i love)",
        rf"(?:no one|nobody|noone|no-one|not a soul|nobody at all) (?:would|will|'d|is "
        rf"going to|even) (?:even )?(?:notice|care|miss me|realise|realize|cry|come to|mourn|"
        rf"know)\b(?! if i (?:stopped|didn't|quit|skipped|left (?:the|this|my) (?:job|company|team)|"
        rf"changed|missed|applied)| my (?:absence|cv|application)| (?:when|if) i(?:'m| am)? (?:gone|leave|"
        rf"leaving) (?:from )?(?:the|this|my) (?:team|company|job|office|project))|(?:if|when|once) i (?:was|were|am|died|disappeared|vanished|went|'m) ?{GONE}?"
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
