"""Suicide and self-harm as a subject of work, study or care, not of the writer's own life.

"Helpline training tonight: we practised asking callers about suicide", "my thesis on self-harm in
adolescents", "as a moderator I removed posts about self-injury": the rules' impersonal cues (a
bare "suicide", "Selbstverletzung", "autolesiones") fire on these as on a confession. When such a
cue shares its sentence with a frame of work, study or care, it stops deciding alone and the
model judges, as it does after a denial (with the surer threshold). So does an impersonal cue
that belongs to someone else, named just before it ("his suicide attempt", "elle avait fait une
tentative", "seit seinem Suizidversuch"). A cue in the first person ("kill myself", "me faire du
mal", "quitarme la vida"), or with the writer named just before it and no frame in between ("i
think about suicide", but not "my thesis on suicide"), is never softened.
"""

from __future__ import annotations

import re

_FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|i've|i'd|me|my|myself|mine|je|j'|m'|moi|mon|ma|mes|ich|mich|mir|mein\w*|yo|mi|"
    r"mis|conmigo)\b|\w+(?:rme|ndome)\b"
)
_FRAME = re.compile(
    r"\b(?:training|course|class|lecture|module|thesis|dissertation|essay|chapter|research|study|"
    r"helpline|hotline|crisis line|callers?|moderat\w*|posts|paramedics?|patients?|clients?|"
    r"adolescents?|teenagers?|teens|students|users|volunteer\w*|documentary|novel|film|movie|"
    r"first[- ]aid(?:ers?)?|campaign|charity|prevention|prevalence|"
    r"schulung\w*|kurs\w*|seminar\w*|telefonseelsorge|anrufer\w*|beitrage?|jugendlich\w*|"
    r"ehrenamt\w*|erste[- ]hilfe\w*|ausbildung|studie|bachelorarbeit|masterarbeit|"
    r"formation|benevole\w*|ecoute|appelants?|these|memoire|cours|roman|documentaire|"
    r"curso|voluntari\w*|linea de ayuda|llamantes|tesis|adolescentes|pacientes|usuarios|"
    r"documental|novela|capacitacion|fin de grado|fin de master|tfg|tfm|exam\w*|pharmacolog\w*|"
    r"toxicolog\w*|philo\w*|prof|professeur|profe|teacher|lehrer\w*|questionnaire|cuestionario|"
    r"fragebogen|screening|prufung|klausur|socio\w*|expose|serie|series|episode|"
    r"episodio|temporada|krimi|tatort|pharmacy|pharmacie|farmacia|apotheke|sanitater\w*|einsatz\w*|"
    r"rettungsdienst|ambulanc\w*|urgencias|guardia|samu|psychiatr\w*|psiquiatr\w*|podcast|news|"
    r"article|headlines?|barriers?|teen|reportage|nachrichten|noticias|zeitung|periodico|polar|"
    r"inspection\w*|inspect\w*|angehorig\w*|hinterbliebene\w*|bereaved|survivors|selbsthilfe\w*|"
    r"support group|groupe de parole|grupo de apoyo|familiares)\b"
)
# Someone else's: "his attempt", "seinem Suizidversuch" (two words back), "elle avait fait une
# tentative" (four words back), with no "i" or "je" after it.
_THEIRS = re.compile(
    r"\b(?:his|her|their|son|sa|ses|leur|sein\w*|ihr\w*|su|sus|"
    r"(?!(?:it|that|what|there|here|he|she|let|who)'s)[a-z]+'s)\b"
)
# Or just after it: "le suicide de mon oncle", "el intento de su hermana", "der Suizid meines Vaters".
_OF_SOMEONE = re.compile(
    r"\s*(?:(?:de|d'|del|de la|of|von|vom)\s*(?:mon|ma|son|sa|leur|mi|su|my|his|her|their|a|an|un|"
    r"une|meinem|seinem|ihrem|einem)|du|des|del|al|meines|meiner|seines|seiner|ihres|ihrer|eines|einer)\s+"
    r"(?!vie\b|life\b|vida\b|lebens\b|own\b|propia\b|propre\b)[a-z]+"
)
_THEY = re.compile(r"\b(?:he|she|they|il|elle|ils|elles|er|ella|ellos|ellas)\b")
# Only a sign that is an event or a subject can be someone else's ("her attempt"), never a means
# ("her pills" may be the writer's store).
_EVENT = re.compile(
    r"suicid|selbstmord|suizid|tentative|attempt|intento|versuch|self[- ]?harm|autoles|automutil|scarif|"
    r"selbstverletz|overdos|sobredosis|\bts\b|\bsvv\b|scars?\b|narben|cicatri"
)
# And only a subject can be one of work or study: "lethal dose tables", never "quickest way to die".
_SUBJECT = re.compile(rf"{_EVENT.pattern}|lethal|letal|mortelle|todlich|\bdos(?:e|is)\b")
# Or names a topic: "overdose protocols", "suicide statistics", "prevencion del suicidio".
_TOPIC_AFTER = re.compile(
    r"\s*(?:protocols?|statistics|rates?|research|prevention|awareness|training|guidelines|policy|"
    r"protokoll\w*|statistik\w*|pravention|protocolos?|estadisticas|prevencion|protocoles?|"
    r"statistiques)\b"
)
# A cover story is not a frame: "asked about lethal doses and pretended it was for an essay".
_PRETENCE = re.compile(
    r"\b(?:pretend\w*|pretext|cover story|fake\w*|so getan|vorgetauscht|vorwand|fait semblant|"
    r"pretexte|fingi\w*|con la excusa|haciendome pasar|told (?:it|them|him|her) i was|"
    r"(?:thinking|en pensant|pensando) (?:of|about|a|en) (?:me|myself|moi|mi)\b)\b"
)
# Someone close, named as the one it happened to: "my best friend is out of hospital after
# self-harming", "mi primo esta en rehabilitacion despues de autolesionarse".
_SOMEONE_CLOSE = re.compile(
    r"\b(?:my|mon|ma|mein\w*|mi) (?:best |old |little |big |older |younger |meilleure? |mejor )?"
    r"(?:friend|brother|sister|mum|mom|mother|dad|father|son|daughter|cousin|uncle|aunt|colleague|"
    r"neighbour|neighbor|voisine?|ami|amie|frere|soeur|mere|pere|fils|fille|cousine?|oncle|tante|collegue|"
    r"freund\w*|bruder|schwester|mutter|vater|sohn|tochter|cousin\w*|onkel|tante|kolleg\w*|nachbar\w*|"
    r"amig[oa]|herman[oa]|madre|padre|hij[oa]|prim[oa]|ti[oa]|companer[oa]|vecin[oa])\b"
)
# Someone else who did it, named just before: "a man who", "quelqu'un qui", "jemand, der".
_SOMEONE_WHO = re.compile(
    r"\b(?:(?:a|one|some|the|this|that) (?:man|woman|guy|girl|boy|lad|bloke|person|student|farmer|"
    r"worker|teenager|kid|patient|character)s? who|someone who|somebody who|un homme qui|une femme qui|"
    r"quelqu'un qui|ein (?:mann|junge),? der|eine frau,? die|jemand,? der|un (?:hombre|chico) que|"
    r"una (?:mujer|chica) que|alguien que)$"
)
# "a colleague said he wanted to die": a wish that belongs to him.
_THEY_JUST_BEFORE = re.compile(r"\b(?:he|she|they|il|elle|ils|elles|er|ella|ellos|ellas)\s*$")
_WISH_TO_DIE = re.compile(
    r"(?:want(?:s|ed)?|wish(?:es|ed)?) to die\b|(?:veut|voulait) mourir|(?:will|wollte) sterben|"
    r"(?:quiere|queria) morir"
)
# What someone else can be said to have done (never a wish or an envy, which may be the writer's).
_ACT = re.compile(
    r"jump|hang|overdos|drown|shot|shoot|kill|suicid|attempt|self[- ]?harm|saut|sprang|salto"
)
# Learning about a subject for a course named after it: "i learned about toxic doses for the exam".
_STUDYING = re.compile(
    r"\b(?:learn\w*|stud(?:y|ied|ying)|revis\w*|lern\w*|gelernt|apprend\w*|appris|etudi\w*|aprend\w*|"
    r"estudi\w*)\b"
)
_NEAR = 5  # words before the cue in which "i", "je", "ich", "yo" make it the writer's own


def framed(clean: str, start: int, phrase: str) -> bool:
    """True when an impersonal cue is someone else's, or sits in a sentence about work or care."""
    before = " ".join(clean[max(0, start - 60) : start].split()[-_NEAR:])
    if _SOMEONE_WHO.search(before) and _ACT.search(phrase) and not _FIRST_PERSON.search(phrase):
        return True  # "the news covered a man who jumped from the bridge"
    if _THEY_JUST_BEFORE.search(before) and _WISH_TO_DIE.match(phrase):
        return True  # "a colleague told me he wanted to die"
    if _FIRST_PERSON.search(phrase) or not _SUBJECT.search(phrase):
        return False  # "kill myself", "quickest way to die": the writer's own, however framed
    after = start + len(phrase)
    if _EVENT.search(phrase) and (
        _theirs(before) or _OF_SOMEONE.match(clean, after) or _close_ones(clean, start)
    ):
        return True  # "his suicide attempt", "le suicide de mon oncle": someone else's
    mine = [m.end() for m in _FIRST_PERSON.finditer(before)]
    studying = (
        mine and _STUDYING.search(before, mine[-1]) and _FRAME.search(_sentence_at(clean, start))
    )
    if mine and not _FRAME.search(before, mine[-1]) and not studying:
        return False  # "i think about suicide", but not "my thesis is on suicide"
    if _TOPIC_AFTER.match(clean, after):
        return True  # "the overdose protocols": a topic, not an act
    sentence = _sentence_at(clean, start)
    if _PRETENCE.search(sentence):
        return False  # the frame is a cover story
    # The frame may open the sentence before: "First-aid course today. We learned to ask about suicide."
    earlier = clean[: _sentence_start(clean, start)].rstrip(".!? ")
    previous = earlier[_sentence_start(earlier, len(earlier)) :]
    return bool(_FRAME.search(sentence) or _FRAME.search(previous))


def _theirs(before: str) -> bool:
    """True when the words just before a cue give it to someone else, not to the writer."""
    words = before.split()
    for pattern, reach in ((_THEIRS, 3), (_THEY, 4)):
        near = " ".join(words[-reach:])
        found = [m.end() for m in pattern.finditer(near)]
        if found and not _FIRST_PERSON.search(near, found[-1]):
            return True
    return False


def _close_ones(clean: str, start: int) -> bool:
    """True when the cue's sentence names someone close and nothing of the writer's after them."""
    sentence = clean[_sentence_start(clean, start) : start]
    found = [m.end() for m in _SOMEONE_CLOSE.finditer(sentence)]
    return bool(found) and not _FIRST_PERSON.search(sentence, found[-1])


def _sentence_start(clean: str, start: int) -> int:
    return max(clean.rfind(mark, 0, start) for mark in ".!?") + 1


def _sentence_at(clean: str, start: int) -> str:
    """The whole sentence that holds position `start`."""
    ends = [i for i in (clean.find(mark, start) for mark in ".!?") if i >= 0]
    return clean[_sentence_start(clean, start) : min(ends, default=len(clean))]
