"""Concepts shared by the four languages, as features for the risk model.

The n-gram features learn words: "falaises" teaches nothing about "acantilado" or "Klippe". Here
each word is mapped to the idea it carries (a high place, a means, a date, giving things away,
not needing things any more), in English, French, German and Spanish alike. The model then
learns from ideas and their pairs ("a high place" with "a date"), so what one language's
sentences teach holds in the other three, and a wording no sentence had still lands on the idea.

Patterns read `normalise(text)`: lower case, accents folded. Written by the team, word lists
only; weights come from `training/risk/train.py`.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import combinations

CONCEPTS: dict[str, tuple[str, ...]] = {
    "die": (
        r"die|dies|dying|died|dead|death|deceased|mourir|meurs|meure|mort|morte|morts|deces|"
        r"sterben|sterbe|stirbt|starb|gestorben|tot|tote|toter|tod|todes|morir|morirme|muero|"
        r"muera|muerto|muerta|muerte|fallecer|falte",
    ),
    "kill": (
        r"kill|kills|killing|killed|tuer|tuerai|me tue|toten|tote mich|umbringen|bring mich "
        r"um|bringe mich um|matar|matarme|me mato|matandome",
    ),
    "suicide": (
        r"suicid\w*|kms|kys|unalive\w*|sewer ?slide|ctb|selbstmord\w*|suizid\w*|freitod|"
        r"end it|end my life|end things|en finir|schluss machen|acabar con todo|quitarme la vida|"
        r"take my (?:own )?life|me foutre en l'air|mich umbringen|mach mich weg|aus dem leben",
    ),
    "self": (
        r"myself|yourself|herself|himself|moi-meme|moi meme|mich selbst|mir selbst|selbst|"
        r"mi mismo|mi misma|yo mismo|yo misma|a mi mism[oa]",
    ),
    "end": (
        r"end|ending|over|finish\w*|done|stop|fin|finir|finis|finirai|terminer|termine|arreter|"
        r"ende|beenden|beende|aufhoren|schluss|erledig\w*|acabar|acabe|acabo|acabara|terminar|"
        r"se acabo|game over",
    ),
    "forever": (
        r"forever|for good|for real|for ever|permanent\w*|never again|no more|any more|"
        r"pour toujours|pour de bon|definitivement|plus jamais|a jamais|fur immer|endgultig|"
        r"nie wieder|nicht mehr|para siempre|definitivamente|nunca mas|ya no|de una vez",
    ),
    "vanish": (
        r"disappear\w*|vanish\w*|gone|not be here|not exist\w*|not being here|cease|"
        r"dispara\w*|ne plus exister|plus la|plus exister|verschwind\w*|nicht mehr da|weg sein|"
        r"nicht mehr existieren|desaparec\w*|dejar de existir|no estar|no existir",
    ),
    "sleep": (
        r"wake|waking|woke|sleep|asleep|reveill\w*|dormir|endormir|aufwach\w*|schlaf\w*|"
        r"einschlaf\w*|despert\w*|dormir(?:me)?",
    ),
    "pills": (
        r"pills?|tablets?|meds|medication|medicine|sleeping meds|paracetamol|tylenol|ibuprofen|"
        r"insulin|overdose|od|doses?|stockpil\w*|cachets?|comprimes?|medicaments?|somniferes?|"
        r"doliprane|surdose|tabletten|pillen|medikament\w*|schlaftablett\w*|uberdosis|"
        r"pastillas|pastis|comprimidos|medicamentos|somniferos|sobredosis|dosis",
    ),
    "weapon": (
        r"rope|noose|belt|cord|gun|rifle|pistol|shotgun|firearm|blade|razor|knife|exhaust|"
        r"charcoal|hose|corde|noeud|pistolet|fusil|arme|lames?|rasoir|couteau|seil|strick|"
        r"schlinge|waffe|pistole|gewehr|klinge|rasierklinge|messer|cuerda|soga|pistola|"
        r"escopeta|arma|cuchilla|navaja|cuchillo",
    ),
    "method": (
        r"hang\w*|jump\w*|drown\w*|shoot|slit|suffocat\w*|poison\w*|lethal|painless|fatal|"
        r"quickest|reliable way|way to die|pendre|sauter|noyer|me jeter|letal\w*|mortel\w*|"
        r"sans douleur|erhang\w*|aufhang\w*|spring\w*|ertrank\w*|erschiess\w*|todlich\w*|"
        r"schmerzlos|vergift\w*|ahorcar\w*|colgarme|saltar|tirarme|ahogarme|pegarme un tiro|"
        r"letal|mortal|sin dolor|no se falla",
    ),
    "place": (
        r"bridge|cliffs?|roof\w*|ledge|tracks|railway|train|platform|viaduct|tower|storeys?|"
        r"floors?|lake|river|sea|motorway|pont|falaises?|toit|voie ferree|rails|quai|viaduc|"
        r"etages?|lac|riviere|mer|brucke|klippe\w*|dach|gleis\w*|bahn|zug|viadukt|hochhaus|"
        r"stockwerk\w*|baggersee|am see|fluss|puente|acantilado|azotea|tejado|vias|tren|anden|"
        r"viaducto|pisos|planta|lago|rio|mar",
    ),
    "when": (
        r"tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|"
        r"midnight|birthday|end of the month|the \d+(?:st|nd|rd|th)?|\d+(?:st|nd|rd|th)|"
        r"ce soir|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|fin du mois|"
        r"anniversaire|le \d+|heute nacht|heute abend|morgen|montag|dienstag|mittwoch|"
        r"donnerstag|freitag|samstag|sonntag|ende des monats|geburtstag|am \d+|esta noche|"
        r"manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de mes|cumpleanos|"
        r"el \d+",
    ),
    "decided": (
        r"plan|planned|planning|decided|scheduled|ready|prepared|calendar|deadline|"
        r"prevu|decide|pret|prete|calendrier|geplant|entschieden|beschlossen|bereit|"
        r"kalender|decidido|planeado|preparad[oa]|list[oa]|ya esta|calendario",
    ),
    "giveaway": (
        r"gave away|give away|giving away|given away|donated|gave my|sold my|rehom\w*|"
        r"donne|donner|offert|vendu|verschenk\w*|weggegeben|verkauft|regale|regalar|regalado|"
        r"vendi",
    ),
    "not_need": (
        r"won't need|will not need|not need|no longer need|no use for|where i'm going|"
        r"aurai plus besoin|plus besoin|la ou je vais|brauche\w* nicht mehr|nicht mehr brauch\w*|"
        r"hacer falta|hara falta|ya no necesit\w*|donde voy",
    ),
    "affairs": (
        r"note|letter|letters|goodbye\w*|farewell|my will|a will|last will|testament|funeral|insurance|paperwork|"
        r"passwords?|lettre|adieux?|obseques|funerailles|assurance vie|papiers|brief|"
        r"abschied\w*|testament|beerdigung|bestattung\w*|lebensversicherung|unterlagen|konten|"
        r"carta|despedida|adios|testamento|funeral|entierro|seguro de vida|papeles|cuentas",
    ),
    "harm": (
        r"cut|cuts|cutting|burn\w*|scratch\w*|punch\w*|bang\w*|hurt|harm\w*|bleed\w*|blood|"
        r"scars?|relaps\w*|clean|couper|coupe|bruler|brule|griffer|frapper|taper|me faire mal|sang|"
        r"cicatrices?|scarif\w*|rechute|ritz\w*|schneid\w*|verbrenn\w*|kratz\w*|schlag\w*|"
        r"wehtun|blut|narben?|ruckfall|svv|cortar\w*|corte|quemar\w*|rascar\w*|aranar\w*|"
        r"golpe\w*|hacerme dano|sangre|recaida|limpi[oa]",
    ),
    "body": (
        r"arms?|wrists?|forearm|thighs?|legs?|skin|head|bras|poignets?|cuisses?|peau|jambes?|"
        r"tete|arm|handgelenk\w*|oberschenkel|haut|bein\w*|kopf|brazos?|munecas?|muslos?|"
        r"piel|piernas?|cabeza",
    ),
    "starve": (
        r"eat|eating|ate|food|starv\w*|punish\w*|deserve\w*|manger|mange|jeun\w*|punir|punis|"
        r"merite|essen|hunger\w*|bestraf\w*|verdien\w*|comer|comida|castig\w*|merezco",
    ),
    "reckless": (
        r"drive|drove|driving|speed\w*|fast|crash\w*|traffic|drunk|drinks|alcohol|mixed|"
        r"conduire|vite|accident|alcool|rasen|raste|schnell|unfall|alkohol|conduc\w*|rapido|"
        r"accidente|\d+ ?km/?h|a \d{3}",
    ),
    "indifferent": (
        r"hoping|hope|wouldn't mind|fine by me|don't care|whatever happens|tant pis|esperant|"
        r"m'en fiche|hoffen|hoffnung|egal|esperanza|ojala|me da igual",
    ),
    "burden": (
        r"burden|better off|without me|notice|miss me|weight|cost|in the way|fardeau|poids|"
        r"sans moi|remarquer\w*|zur last|eine last|ohne mich|merken|bemerken|zur last|carga|estorbo|sin mi|"
        r"notar\w*|gastos",
    ),
    "again": (
        r"tried|attempt\w*|last time|again|(?:are|is|'s|comes|coming|come) back|came back|went through|"
        r"tentative|essaye|encore|"
        r"revenu\w*|versuch\w*|wieder|zuruck|intento|intente|otra vez|vuelv\w*|volvi\w*|"
        r"de nuevo",
    ),
    "search": (
        r"search\w*|googl\w*|looked up|history|how many|how long|how much|cherch\w*|combien|"
        r"historique|gesucht|gegoogelt|wie viele|wie lange|verlauf|busque|buscado|buscar|"
        r"cuantos|cuanto tiempo|historial",
    ),
    "condition": (
        r"if|unless|either|or else|otherwise|si|sinon|ou bien|wenn|falls|entweder|sonst|"
        r"de lo contrario",
    ),
    "last": (
        r"last|final|one last|the last time|dernier|derniere|derniers|letzte[nrs]?|zum letzten|"
        r"ultim[oa]s?|por ultima",
    ),
    "sequence": (
        r"first|then|after that|afterwards|once|d'abord|ensuite|puis|apres ca|zuerst|dann|danach|"
        r"sobald|primero|luego|despues|en cuanto|nachem|nach dem",
    ),
    "pet": (
        r"dog|cat|pets?|chien|chat|chienne|hund|katze|haustier\w*|perro|perra|gato|gata|mascota",
    ),
    "grave": (
        r"cemetery|graveyard|grave|tomb|obituar\w*|friedhof|grab|cimetiere|tombe|panteon|"
        r"cementerio|tumba|verstorben\w*|defunts?|difunt[oa]s?|fallecid[oa]s?",
    ),
    "envy": (r"envy|envious|jealous of|envie|j'envie|beneide\w*|neid\w*|envidi\w*|tuve envidia",),
    "rescued": (
        r"found me in time|in time|ward|psychiatr\w*|discharged|a temps|trouvee?|rechtzeitig|"
        r"klinik|psychiatrie|entlassen|a tiempo|me encontraron|hospital\w*|urgences|urgencias|"
        r"notaufnahme|intensiv\w*|survived|unfinished|survecu|uberlebt|sobrevivi\w*",
    ),
    "hide": (
        r"hid|hide|hidden|hiding|where nobody|under my bed|nobody will look|cache|cachee|planque\w*|"
        r"versteck\w*|escond\w*",
    ),
    "kerb": (
        r"kerb|curb|traffic|oncoming|bordstein|gegenverkehr|trottoir|bordillo|banqueta|"
        r"contramano|red light",
    ),
    "no_way": (
        r"only way|no way out|only option|no other option|no third|no other way|seule issue|"
        r"pas d'autre|seule solution|einziger ausweg|kein ausweg|keine andere|kein drittes|"
        r"unica salida|no hay salida|no veo otra|ninguna otra",
    ),
}


@cache
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (name, re.compile(rf"(?<![a-z0-9'])(?:{'|'.join(parts)})(?![a-z0-9])"))
        for name, parts in CONCEPTS.items()
    )


def concepts_in(clean: str) -> list[str]:
    """The concepts present in normalised text, in the table's order."""
    return [name for name, pattern in _compiled() if pattern.search(clean)]


def concept_keys(clean: str) -> set[str]:
    """Feature keys: each concept present, and each pair of them (they mean most together)."""
    found = concepts_in(clean)
    keys = {f"k:{name}" for name in found}
    keys.update(f"kk:{a}+{b}" for a, b in combinations(found, 2))
    return keys
