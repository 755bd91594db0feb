"""Warning signs said sideways, in the four languages: envy of the dying, fatalism, euphemisms
with a date, a will "for this month", a blade among the things that help, a thrown-away crisis
plan, a past attempt to be done "properly", treatment skipped to let it end.

Kept apart from `lang_*.py` because each sign is one idea across the languages (read from round
21). All patterns run over `normalise(text)`, like the others; `rules.py` adds them to each
warning sign's list and the idioms to the idioms.
"""

from __future__ import annotations

__all__ = ["CUES", "IDIOMS"]

_DYING = r"(?:die|dies|died|dying|slip(?:s|ped|ping)? away|pass(?:es|ed|ing)? away|go peacefully)"
_GOD = r"(?:lord|god|jesus|fate|the universe|dieu|le bon dieu|le destin|gott|herrgott|schicksal|dios|destino)"

CUES: dict[str, list[str]] = {
    "wish-dead": [
        r"(?:pray|hop|wish)\w*[^.!?]{0,50}(?:tips? over on me|falls? on me|crush(?:es)? me|runs? me over|"
        r"lands? on me)",
        rf"(?:jealous|envious) of [^.!?]{{0,40}}{_DYING}|{_DYING}[^.!?]{{0,60}}\b(?:jealous|envious|i "
        r"envy)\b",
        r"(?:jaloux|jalouse|j'envie) (?:de |des )?(?:ceux|celles|gens|patients|morts)[^.!?]{0,30}"
        r"(?:partent|meurent|s'en vont|s'eteignent)",
        r"neidisch auf [^.!?]{0,30}(?:sterben|gestorben|einschlafen|toten)\b|(?:sterben|einschlafen)"
        r"[^.!?]{0,40}(?:beneide|neidisch)",
        r"(?:envidio|envidia|envidios[oa]) (?:a )?(?:los|las|quienes)[^.!?]{0,30}(?:mueren|se van|se "
        r"apagan|murieron)",
        # "If the good Lord wants to call my number early I won't argue."
        rf"{_GOD}\b[^.!?]{{0,30}}(?:call|take)s? (?:my number|me)[^.!?]{{0,40}}(?:won't|wouldn't|"
        r"will not) (?:argue|fight|resist|mind|complain)|(?:call|take)s? (?:my number|me) early\b",
        r"(?:disappointed|sorry|gutted|let down|sad)[^.!?]{0,15}\b(?:it|the (?:truck|car|bus|forklift|lorry|van)) "
        r"(?:missed|didn't hit|did not hit)",
        r"(?:j'aimerais|je voudrais|j'espere) (?:juste |bien )?que (?:mon char|ma voiture|mon auto|mon camion)"
        r"[^.!?]{0,40}(?:fosse|ravin|arbre|mur|quitte la route|sorte de la route)|wish (?:my|the) (?:car|truck|van) "
        r"would (?:skid|slide|go|spin) (?:off|into)",
        rf"{_GOD}[^.!?]{{0,30}}(?:veut|voulait|will|wollte|quiere|quisiera) (?:me prendre|me rappeler|"
        r"mich holen|llevarme)[^.!?]{0,40}(?:je ne (?:resisterai|lutterai)|je le remercierai|wehre "
        r"mich nicht|danke|no me (?:resisto|voy a resistir)|se lo agradezco)",
    ],
    "thoughts": [
        r"reasons? to (?:stay|keep) (?:alive|living|going)[^.!?]{0,30}(?:coming up short|can't find|finding "
        r"none|none left|run(?:ning)? out)",
        r"(?:dass|wie) man sich [^.!?]{0,30}umbringen (?:wurde|mochte|will|konnte)",
        r"(?:should|could|want to|going to|might|ought to) (?:just )?end my own\b(?! (?:business|company|"
        r"contract|lease|project|career|shift))",
        r"(?:despedirme|irme) (?:de este mundo|del mundo)|quitter ce monde|(?:say goodbye to|leave) "
        r"this world\b|mich von (?:dieser|der) welt (?:zu )?verabschieden",
    ],
    "method": [
        r"(?:how deep|depth|cuanta agua|profundidad|altura|hauteur|profondeur|wie tief|hohe)[^.!?]{0,60}"
        r"(?:a que hora|cuando|what time|when|a quelle heure|quand|wann) (?:no hay nadie|nobody(?:'s| is)? "
        r"(?:there|around)|no one(?:'s| is)? (?:there|around)|il n'y a personne|niemand da ist)",
        r"(?:intoxications?|overdoses?|doses? (?:letales?|mortelles?)|surdosages?)[^.!?]{0,40}en pensant a "
        r"moi|(?:overdoses?|lethal dos\w+|poisonings?)[^.!?]{0,40}thinking (?:of|about) (?:me|myself)\b",
    ],
    "means": [
        r"(?:bidon|veneno|pesticida|herbicida|weedkiller|pesticide|poison|gift|desherbant)[^.!?]{0,60}[.!?]?\s*"
        r"[^.!?]{0,20}(?:no (?:lo|la) (?:traje|compre|guarde) para|not for the|pas pour les|nicht fur die) "
        r"(?:las |los |el |the |les |die )?(?:plantas|plants|weeds|garden|plantes|jardin|pflanzen|garten)",
        r"me quede con (?:la|las|los|el) (?:morfina|pastillas|medicamentos|medicacion|opioides|somniferos)|"
        r"kept (?:his|her|dad's|mum's|mom's|my (?:dad|mum|mom|father|mother)'s) (?:morphine|pills|tablets|"
        r"medication|painkillers)|(?:morphium|tabletten|schmerzmittel) (?:von|meines|meiner) [^.!?]{0,30}"
        r"behalten|garde (?:la|les) (?:morphine|cachets|medicaments) de (?:mon|ma)",
    ],
    "plan": [
        r"i know (?:exactly )?which (?:crane|bridge|building|tree|cliff|car park|stairwell|roof|beam|"
        r"ledge|platform|train|rope)\b|(?:already |have )?(?:chose|chosen|picked|found) the (?:stairwell|"
        r"crane|roof|beam|tree|cliff|car park|ledge|platform|parking deck|parking garage|multi-storey)\b",
        r"(?:log(?:ging)? off|sign(?:ing)? off|check(?:ing)? out|clock(?:ing)? out|shut(?:ting)? down)"
        r"[^.!?]{0,30}\b(?:from|of) (?:life|living|this life|existence)\b|\bi mean (?:from|of) "
        r"(?:life|living)\b",
        r"(?:me deconnecte|me debranche)[^.!?]{0,20}de la vie|(?:me desconecto|desconectarme)"
        r"[^.!?]{0,20}de la vida",
    ],
    "preparation": [
        r"\bwill\b[^.!?]{0,80}[.!?]?[^.!?]{0,60}(?:not for (?:some ?day|later|one day)|(?:it's )?for this "
        r"(?:month|week))",
        r"testament[^.!?]{0,80}[.!?]?[^.!?]{0,60}(?:pas pour (?:plus tard|un jour)|pour ce mois|pour "
        r"cette semaine|nicht fur (?:irgendwann|spater)|fur diesen monat|fur diese woche)",
        r"testamento[^.!?]{0,80}[.!?]?[^.!?]{0,60}(?:no (?:es )?para (?:algun dia|mas adelante)|para "
        r"este mes|para esta semana)",
        # A crisis plan thrown away.
        r"(?:safety|crisis) plan[^.!?]{0,30}(?:thrown (?:it )?away|threw (?:it )?away|binned|deleted|"
        r"tore (?:it )?up|ripped (?:it )?up)|(?:threw|thrown|binned|deleted|tore up|ripped up)"
        r"[^.!?]{0,20}(?:safety|crisis) plan",
        r"(?:krisenplan|notfallplan|sicherheitsplan)[^.!?]{0,40}(?:weggeworfen|zerrissen|geloscht|"
        r"entsorgt)",
        r"plan de (?:securite|crise|seguridad|crisis)[^.!?]{0,40}(?:jete|dechire|supprime|poubelle|"
        r"tire|rompi|borre|basura)|(?:jete|dechire|supprime|tire|rompi|borre)[^.!?]{0,20}plan de "
        r"(?:securite|crise|seguridad|crisis)",
    ],
    "self-harm": [
        r"(?:monate|wochen|tage|months|weeks|days|mois|semaines|meses|semanas)[^.!?]{0,15}(?:ohne|without|"
        r"sans|sin) (?:ritzen|cutting|self[- ]harm|me couper|scarif\w*|cortarme|autolesion\w*)[^.!?]{0,80}"
        r"(?:wieder angefangen|again|relapsed|rechute|recommence|recaida|recai|de nuevo|otra vez)",
        r"wegen der (?:schnitte|narben|wunden|verbrennungen) an (?:den|meinen) (?:armen|oberarmen|"
        r"unterarmen|handgelenken|beinen|oberschenkeln)",
        r"(?:things that help|what helps|helps|coping)[^.!?]{0,80}\b(?:the|my) (?:blade|razor|lighter)s?\b",
        r"(?:lacerations?|cuts?|burns?|wounds?)[^.!?]{0,30}self[- ]inflicted|self[- ]inflicted "
        r"(?:cuts?|lacerations?|burns?)",
    ],
    "reckless": [
        r"hoff\w*[^.!?]{0,30}(?:dass|das) ich (?:abrutsche|absturze|falle|runterfalle|verungluck\w*)",
        r"(?:skipped|skipping|missed|missing) (?:my )?(?:dialysis|insulin|chemo)[^.!?]{0,80}[.!?]?"
        r"[^.!?]{0,80}(?:not answering|don't answer|let it end|let it come)",
        r"(?:salte|me salto|deje|dejo) (?:la |las |mi |mis )?(?:dialisis|insulina|quimio\w*)[^.!?]{0,80}"
        r"[.!?]?[^.!?]{0,80}(?:no contesto|que termine|que acabe)",
        r"(?:dialyse|insulin)[^.!?]{0,40}(?:ausgelassen|geschwanzt|nicht genommen)[^.!?]{0,80}"
        r"(?:geh(?:e)? nicht ran|soll es (?:so )?enden)",
        r"(?:saute|zappe) (?:la |ma |mes )?(?:dialyse|insuline)[^.!?]{0,80}(?:ne reponds pas|que ca "
        r"(?:finisse|se termine))",
    ],
    "past-attempt": [
        r"me tome (?:todo el botiquin|todas (?:las|mis) pastillas|la caja entera|un frasco entero)",
        r"(?:overdos\w*|attempt\w*|tried (?:to|it)|pulled (?:me|him|her) out)[^.!?]{0,80}[.!?:]?"
        r"[^.!?]{0,80}(?:do(?:ing)? it|get(?:ting)? it) (?:properly|right)\b(?! at work)",
        r"(?:pulled|fished|dragged) me out of the (?:river|canal|lake|sea|water)",
        r"same thoughts as (?:just |right )?before (?:the|my) (?:attempt|overdose)|memes (?:pensees|"
        r"idees) qu'avant (?:la|ma) tentative|(?:gleichen|selben) gedanken wie vor (?:dem|meinem) "
        r"versuch|mismos pensamientos que antes del intento",
        r"tentative[^.!?]{0,80}[.!?]?[^.!?]{0,80}(?:pense|songe|envie|veut|veux) (?:a |de )?recommencer"
        r"(?! (?:mes|ses|les|une|un|a zero|ma|sa|son|mon)\b)",
        r"(?:repeche|sorti) de (?:la riviere|la seine|l'eau|le fleuve)|aus dem (?:fluss|wasser|see|"
        r"kanal) gezogen|(?:me sacaron|sacaron) del (?:rio|agua|lago|canal)",
    ],
    "burden": [
        r"(?:have|get|live) (?:a|her|his|their) (?:own )?life[^.!?]{0,20}if i (?:ended|end) mine\b",
        r"(?:i'm|i am|i feel like|i've become|i have become) (?:just )?(?:the |a )?dead weight\b(?! (?:on|in) "
        r"(?:the|my|this|our) (?:team|project|group|squad|side|gym|class))",
        r"do (?:them|everyone|her|him|us|the family) (?:a|the) favou?r and (?:don't be|do not be|not be|"
        r"disappear|vanish|leave for good)",
    ],
}

IDIOMS: list[str] = [
    # Old pills taken back to the pharmacy to be thrown away.
    r"(?<!never )(?<!not )(?<!n't )(?:took|brought|handed|returned|dropped off|taking) [^.!?]{0,40}"
    r"(?:pills|tablets|medication|"
    r"meds|medicines)[^.!?]{0,40}(?:to the pharmacy|to the chemist|for disposal|to be disposed)",
    r"(?<!pas )(?<!jamais )(?:rapporte|ramene|depose)[^.!?]{0,40}pharmacie[^.!?]{0,50}(?:medicaments|cachets|comprimes)|"
    r"(?:medicaments|cachets|comprimes)[^.!?]{0,40}(?:rapportes?|ramenes?|deposes?) a la pharmacie",
    r"(?:tabletten|medikamente)(?:(?!\bnicht\b|\bnie\b)[^.!?]){0,40}(?:zur|in die) apotheke "
    r"(?:zuruck)?gebracht",
    r"(?<!no )(?:devolvi|lleve|entregue)[^.!?]{0,40}(?:pastillas|medicamentos)[^.!?]{0,30}a la farmacia",
    # A cut from cooking or a tin, told as such.
    r"me corte (?:abriendo|cortando|pelando|con (?:un|el|una|la) (?:cuchillo|papel|cristal|vidrio|lata))|"
    r"cut (?:myself|my (?:finger|hand|thumb)) (?:opening|chopping|slicing|shaving|peeling|on (?:a|the) "
    r"(?:tin|can|glass|knife|paper))|me suis coupee? en (?:ouvrant|coupant|epluchant)|"
    r"(?:hab|habe) mich beim (?:kochen|schneiden|brotschneiden|rasieren|offnen) geschnitten",
    r"(?:me )?(?:quiero|queria|quise) morir(?:me)? de (?:la )?(?:verguenza|risa|pena|envidia|calor|frio|"
    r"aburrimiento)|mourir de (?:honte|rire)",
    # "Mein alter Chef würde mich umbringen, wenn …": someone would be cross.
    r"(?:wurde|wurden|wird|werden) mich (?:umbringen|killen|toten|lynchen),? (?:wenn|falls)",
    r"(?:me mataria|me matarian|me va a matar|me van a matar),? si\b",
]
