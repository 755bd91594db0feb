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
    r"(?=\s*(?:[.!?;,)]|$|at all|du tout|whatsoever|gar nicht|para nada|en absoluto|this (?:month|week|year)|"
    r"ce mois|cette semaine|diesen monat|diese woche|este mes|esta semana|lately|"
    r"(?:and|et|und|y|but|mais|aber|pero|with|avec|mit|con|honestly|ehrlich|sinceramente|"
    r"en toute|honnetement|sans|without|sin|ohne)\b|"
    r"had (?:any|them|those|such)\b|(?:such )?(?:thoughts?|urges?|plans?) (?:like (?:that|this)|of "
    r"(?:that|it))))"
)
_SAY = (
    r"(?:say|said|answer(?:ed)?|repl(?:y|ied)|told (?:her|him|them)|tell (?:her|him|them)|"
    r"repondre|repondu|dit|dire|sagen|gesagt|sage|antworten|geantwortet|verneinen|verneint|"
    r"decir|dije|responder|respondi|conteste|ticked|ticked the box|checked|coche|angekreuzt|marque)"
)
# A bare answer to the sign as a question: "killing myself? no.", "hurting myself, no."
_BARE = r"(?:no|nope|nah|never|not at all|of course not|no way|non|jamais|nein|nie|noe|nee|(?:geh,? )?na|nunca)"
# "ideas de quitarme la vida?, no": up to three words of the cue's own phrase may come first; never
# "? no one would notice".
_ANSWER_BARE = re.compile(
    rf"(?:\s*[\w']+){{0,3}}\W{{0,3}}(?:\?[\s,'\"”»]*{_BARE}\b"
    r"(?!\s*(?:one|body|reason|point|hope|future|longer|way|more)\b)|,\s*"
    rf"{_BARE}(?:[.!;]|$))"
)
# The answer right after the cue, in its own sentence: "thoughts of self-harm, none at all".
_ANSWER_NEXT = re.compile(
    r"(?:\s+(?:thoughts?|ideas?|urges?|feelings?|gedanken|pensamientos|idees|envies?))?"
    rf"\s*[?:,;-]*\s*(?:(?:honestly|absolutely|really|ehrlich|franchement|sinceramente|pues)\s+)?"
    rf"(?:{_NO}\b{_ALONE}|not at all|pas du tout|para nada|gar nicht|uberhaupt nicht)"
)
# A spoken answer later in the same sentence: "... and I could honestly say no".
_ANSWER_LATER = re.compile(
    rf"^[^.!?]{{0,80}}\b(?:{_SAY}\s+(?:[\w']+\s+){{0,2}}(?:that |que )?['\"]?(?:{_NO}\b{_ALONE}|not at all)|"
    rf"{_SAY}\s+(?:[\w']+\s+){{0,3}}(?:i'm|i am) nowhere near|"
    r"(?:nein|nee) (?:sagen|gesagt|antworten|geantwortet)\b)|^[^.!?]{0,60}[:?]\s*(?:beides|both|les deux|"
    r"ambas|ambos),? (?:nein|no|non)\b"
)
# The answer as the next short sentence: "ob ich an Selbstmord denke. Tu ich nicht."
_ANSWER_AFTER = re.compile(
    r"^[^.!?]{0,40}[.?!]+['\"”»]*\s*(?:(?:ich|me|moi|yo|i)\s*:\s*)?(?:(?:ehrlich|honestly|franchement|sinceramente)[,:]?\s+)?"
    r"(?:(?:seit|since|depuis|desde) (?:dem |der |le |la |el )?\w+,? )?"
    r"(?:(?:the |my |ma |la |meine |die |mi )?(?:answer|reponse|antwort|respuesta)"
    r"(?: is| was| est| etait| ist| war| es| fue)?\s*:?\s*)?(?:no|nope|nein|nee|non|"
    r"none|aucune|keine|ninguna|ninguno|never|nunca|jamais|nie|niemals|i wouldn't|i won't|no lo haria|quatsch|"
    r"unsinn|nonsense|rubbish|n'importe quoi|tonterias|ich hab(?:e)? (?:keinen|keine|keins)|"
    r"je ne le ferais pas|wurde ich nicht|tue? ich nicht|mach(?:e)? ich nicht|i don't|i do not|"
    r"i'm not|not at all|pas du tout|je n'y pense pas|para nada|nada de eso)(?=\s*[.!,;:]|\s*$|"
    r" and i mean(?:t)? it| et je le pense| und das mein ich (?:so|ernst)| y lo digo en serio)"
)
# The answer told in the next sentence, after someone asked: "I said no to everything".
_SAID_NO = re.compile(
    r"^[^.!?]{0,60}[.?!:]+['\"”»]*\s*(?:and |then |bei allem |a todo )?(?:i |je |j'ai |ich |yo |le |les )?"
    r"(?:lui |leur |ihr |ihm |le |les |se lo |le )?"
    r"(?:said|answered|told (?:her|him|them)|dit|ai dit|repondu|ai repondu|konnte|hab|habe|dije|"
    r"respondi|conteste|ticked|checked|marque|coche|angekreuzt|kreuzte|pu|pude)[\s:,]+(?:[\w']+[\s:,]+){0,3}"
    r"(?:que )?['\"]?(?:(?:not now|no|non|nein|not at all|never|nunca|jamais|nie|none)\b"
    r"(?!\s+(?:one|idea|sé|se)\b)|"
    r"(?:haven't|have not|hadn't) (?:felt like|had (?:any|those|such|the urge)|done (?:it|that)|"
    r"thought (?:about|of) (?:it|that))\b)"
)
# "People keep asking whether I'm thinking of it ... but the truth is no": a told answer, later on.
_TRUTH_IS_NO = re.compile(
    r"^[^.!?]{0,200}\b(?:the (?:honest )?(?:truth|answer) is|la verite(?: c'est| est)?|die (?:ehrliche )?"
    r"(?:wahrheit|antwort) ist|la verdad es(?: que)?)\s*[:,]?\s*(?:no|non|nein)\b(?!\s+(?:one|body|idea)\b)"
)
# "checked for self-harm; nothing to find": the check found nothing.
_NOTHING_FOUND = re.compile(
    r"^[^.!?]{0,60}\b(?:nothing to find|nothing found|found nothing|all clear|rien (?:a|de) (?:signaler|"
    r"trouver)|nichts (?:gefunden|zu finden)|nada que encontrar|no encontraron nada)\b"
)
# "Writing 'kill me' about spreadsheets, I do not mean it": the writer says the words are not meant.
_NOT_MEANT = re.compile(
    r"^[^.!?]{0,80}\b(?:i (?:do not|don't) mean it|no significa nada|no lo digo en serio|figuratively|"
    r"not literally|metaphorically|bildlich gesprochen|au figure|en sentido figurado|nothing sinister|"
    r"calm down,? app|(?:pero|but|mais|aber) (?:de|of|vor) (?:la )?(?:verguenza|embarrassment|honte|scham)|"
    r"je ne le pense pas|ich mein(?:e)? (?:das|es) nicht(?: so| ernst)?|(?:ist|is|es|n'est) (?:fur mich |"
    r"for me |para mi |pas pour moi )?(?:kein thema|not an option|no es (?:una )?opcion|pas une option))"
    r"\b(?! as a joke| lightly)"
)
# Someone asked: only then is a bare "no" in the next sentence an answer to the sign.
_ASKING = (
    r"ask\w*|question\w*|\w*fragt\w*|demande\w*|pregunt\w*|check(?:ed|s|ing)? (?:in|for)|screen\w* for|"
    r"wanted to know|"
    r"wollte\w* wissen|voulai\w* savoir|queria saber"
)
_ASKED = re.compile(
    rf"\b(?:xidiom|{_ASKING}|if|whether|form|formulaire|\w*bogen|ob|si|cuestionario|think i'd|"
    r"thinks i'd|worr\w*|looked like|piensa\w* que|croi\w* que|sorgen|inquiet\w*|preocupad\w*)\b"
)
# Or asked after the cue, as German puts it: "hat nach Selbstmordgedanken gefragt".
_ASKED_AFTER = re.compile(rf"^[^.!?]{{0,30}}\b(?:{_ASKING})\b")
# A cue that tells of the asking itself: "the insurance medical asked about past suicide attempts".
_ASKED_IN_CUE = re.compile(rf"\b(?:{_ASKING})\b")
# The answer before the question it answers: "ticked 'no' on the form next to 'thoughts of self-harm'".
_NO_BEFORE = re.compile(
    r"\b(?:ticked|checked|circled|marked|answered|said|put|coche|repondu|angekreuzt|gesagt|marque|"
    r"conteste|respondi)\s+['\"]?(?:no|non|nein|never|nunca|none|jamais)['\"]?\s+(?:on|to|for|next to|beside|"
    r"at|a|zu|bei|pour|en|neben)\b[^.!?]{0,50}$"
)
# A joke taken back at once: "je vais me pendre... non je rigole", never "je rigole pas".
_JOKE = re.compile(
    r"^[^.!?;]{0,25}?\W{1,6}(?:no+n?,? |no,? |nein,? )?(?:je (?:rigole|plaisante|deconne)|just kidding|jk|"
    r"kidding|es broma|(?:era|es) (?:un )?chiste|nur spass|(?:war|ist) nur (?:ein )?(?:witz|spass))"
    r"\b(?! pas| plus| jamais| not| nicht| no\b| mehr| nunca| more\b)"
)
# "I said no. That was a lie": the answer does not count.
_LIE = re.compile(
    r"\b(?:(?:that|it|which) was a lie|i lied|lying|je mentais|j'ai menti|c'etait faux|gelogen|"
    r"menti|mentia|era mentira)\b"
)

_PAST = re.compile(
    r"\b(?:years? ago|back in (?:19|20)\d\d|as a (?:teen|teenager|kid|student)|"
    r"when i was (?:a )?(?:teen|teenager|younger|\d+|at uni|in school)|used to|"
    r"il y a (?:\w+ )?(?:ans|annees)|ado\b|adolescente?|(?:a )?l'adolescence|adolescencia|quand j'etais|"
    r"vor (?:\w+ )?jahren|als teenager|als jugendlich\w*|fruher|"
    r"hace (?:\w+ )?anos|de (?:adolescente|joven|chic[oa])|cuando era|"
    r"(?:in|en|im) (?:19\d\d|20[01]\d|202[0-5])\b|(?:at|a|mit|con|a los) (?:thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|treize|quatorze|quinze|seize|dix-\w+|vingt|"
    r"dreizehn|vierzehn|funfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|trece|catorce|quince|"
    r"dieci\w+|veinte)\b|(?:at|a|mit|con|a los) (?:1\d|2\d)(?: ans| anos| jahren)?\b|a long time ago|long ago|"
    r"il y a longtemps|vor langer zeit|hace mucho|ca fait \w+ ans que|seit (?:\w+ )?jahren|"
    r"back then|at the time|past me|old me|younger me|j'ai longtemps (?:cru|pense)|for years i (?:thought|"
    r"believed)|(?:scars|marks|narben|cicatrices)[^.!?]{0,25} (?:are|sind|son|sont) (?:old|alt|viejas|"
    r"anciennes)|in the past(?! (?:few |couple of )?(?:days?|weeks?|months?|hours?|night))|"
    r"a l'epoque|c'est du passe|damals|von fruher|(?:en|por) (?:aquel|ese) entonces|del pasado|"
    r"hace \w+ anos que no|(?:de|a) mes \d\d ans|datent de|"
    r"(?:ans|years|anos|jahre) (?:apres|after|despues|nach)|sind \w+ jahre alt|are \w+ years old)"
)
# How people say a past sign is over, by language. Read anywhere in the text, with a past
# (`_PAST`) in the cue's sentence and nothing saying the thoughts are back (`_BACK`).
_CLOSED_PHRASES = (
    # English
    r"past that|behind me|(?:that's|that is|it's|it is) (?:long )?over|well past|clean for",
    r"(?<!not )(?:stable|safe|well|fine|okay|ok) now|built a (?:good )?life|haven't since|not since",
    r"(?:that|this) part of (?:me|my life) is (?:gone|over)|nowhere near (?:that|there)",
    r"no pull (?:towards|to)|no pull in that direction|far from (?:that|it) now",
    r"haven't (?:done it )?in (?:over )?\w+ (?:decades?|years|months)",
    r"haven't (?:\w+ )?for (?:over )?\w+ (?:years|months|decades)|\w+ (?:years?|months?) clean",
    r"(?:it's|it is|that's) not (?:there )?any ?more|(?<!not )doing (?:okay|ok|well|fine|good)",
    r"without those thoughts|don't feel (?:that|the) pull|(?:^|[.!?]\s)not now(?=[.!]|$)",
    r"no urge to go back|(?:it's|it is) not in my head|those thoughts are (?:far|long) gone",
    r"not having (?:those|these|such|any) thoughts|not heading back (?:there|to that)",
    r"(?:it's|it is) not an issue (?:now|these days|right now)|not today,? not yesterday",
    r"(?:i'm|i am) not in that place|not the urge",
    r"hasn't happened in (?:years|decades|ages|a long time|\w+ years)|proud of how long it's been",
    r"that was (?:wrong|untrue|false)",
    r"(?:a )?(?:completely |totally |very |much )?different place now",
    r"haven't (?:had|felt) (?:those|these|such|any such|the|any) (?:thoughts|feelings|urges?)(?: in| for)? "
    r"(?:a long time|ages|years|a while|\w+ (?:years|months))",
    r"grateful (?:that )?i (?:didn't|did not) succeed|don't (?:cut|self-harm) any ?more",
    # French
    r"derriere moi|c'est (?:bien )?fini|j'ai arrete|reconstruit|j'en suis (?:tres |bien )?loin",
    r"(?:j'en ai|j'ai) aucune envie(?! de)|ne revient (?:pas|plus)|depuis longtemps",
    r"plus aucune envie|plus envie de mourir|sans ces (?:idees|pensees)|je vais bien",
    r"(?:ces|de telles) (?:idees|pensees) sont (?:loin|parties)|(?:ne|n') me (?:fera|fait) pas replonger",
    r"ne me (?:coupe|scarifie|fais) plus|c'etait faux|(?:l'envie|le besoin) n'est (?:meme )?pas (?:venue?|revenue?)",
    r"je n'y pense (?:pas|plus)|c'est du passe|je n'ai (?:pas|plus) ces (?:pensees|idees)",
    r"je sais demander de l'aide|pas la tentation",
    # German
    r"(?:ist|war) (?:lang(?:e)? )?vorbei|(?:ist|war) seit \w+ vorbei|(?:ist|war) \w+ jahre her",
    r"seit [^.!?]{0,25} nicht mehr(?! so)|bin [^.!?]{0,25}raus|hinter mir|weit weg davon",
    r"drang ist (?:auch )?(?:heute )?nicht da|kein(?:e|en)? (?:bedurfnis|drang|lust|solchen gedanken) mehr",
    r"kein(?:en)? drang\b|keinerlei drang|null solche gedanken|ohne (?:diese|solche) gedanken",
    r"(?:solche|diese) gedanken sind (?:weit )?weg|sind (?:solche|diese) gedanken (?:weit )?weg",
    r"geht'?s mir (?:wieder )?gut|andert daran (?:gar )?nichts|(?:ritze|schneide) (?:mich )?nicht mehr(?! so)",
    r"(?:ich denk(?:e)?|denk(?:e)? ich) nicht mehr (?:dran|daran)|ist das (?:lange |schon lange |langst )?vorbei",
    r"(?:ist das|das ist) (?:gerade |im moment |zurzeit )?kein thema|heute nicht,? gestern nicht",
    # Spanish
    r"lo supere|lo he superado|quedo atras|(?:llevo|hace) [^.!?]{0,20} sin|ya paso",
    r"muy lejos de eso|sin (?:esos|estos) pensamientos|(?<!no )estoy bien",
    r"ya no me (?:corto|lastimo|hago dano)|sin ganas de (?:hacerme dano|morir|matarme)",
    r"esos pensamientos (?:estan|quedan) lejos|no me va a devolver|ya no lo pienso",
    r"no es (?:un )?tema|no tengo (?:esos|estos|tales) pensamientos|estoy estable|hoy no,? ayer no",
    r"no la tentacion",
    r"(?<!sin )(?<!no tengo )(?<!pocas )(?:muchas )?ganas de vivir",
    # Any of the four: wanting to live, unless a "but" follows
    r"(?:je veux|i want to|ich will|quiero) (?:vivre|live|leben|vivir)(?!,? (?:mais|but|aber|pero))",
)
_CLOSED = re.compile(rf"\b(?:{'|'.join(_CLOSED_PHRASES)})\b")
_BACK = re.compile(
    r"\b(?:(?<!go )(?<!if it comes )(?<!if they come )back(?! in (?:19|20)\d\d| there| then)|again|returned|return|returning|creeping in|"
    r"(?<!pas )revenue?s?|de nouveau|encore|wieder|zuruck|de nuevo|otra vez|volvio|volvieron|vuelve|vuelven|regresa\w*|"
    # "I thought it was behind me, but": the closing is taken back
    r"je croyais|i thought (?:it was|that was|i was)|ich dachte|creia que|crei que|pensaba que)\b"
)


def answered_no(clean: str, start: int, end: int) -> bool:
    """True when the cue at `start`:`end` is answered with a no, or taken back as a joke."""
    if _ANSWER_BARE.match(clean, end) or _NO_BEFORE.search(clean, max(0, start - 90), start):
        return True
    rest = clean[end:]
    if _LIE.search(rest):
        return False  # "i said no. that was a lie"
    return bool(
        _ANSWER_NEXT.match(clean, end)
        or _ANSWER_LATER.match(rest)
        or _NOT_MEANT.match(rest)
        or (
            (
                _ANSWER_AFTER.match(rest)
                or _SAID_NO.match(rest)
                or _TRUTH_IS_NO.match(rest)
                or _NOTHING_FOUND.match(rest)
            )
            and (
                _ASKED.search(clean, max(0, start - 60), start)
                or _ASKED_AFTER.match(rest)
                or _ASKED_IN_CUE.search(clean, start, end)
                or rest.lstrip().startswith("?")
            )
        )
        or _JOKE.match(rest)
    )


def closed_past(clean: str, start: int) -> bool:
    """True when the cue at `start` is told as a past the text says is over, and not back."""
    head = clean.rfind(".", 0, start)
    sentence = clean[head + 1 : start + 80]
    return bool(_PAST.search(sentence) and _CLOSED.search(clean) and not _BACK.search(clean))
