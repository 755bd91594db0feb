"""Suicide and self-harm as a subject of work, study or care, not of the writer's own life.

"Helpline training tonight: we practised asking callers about suicide", "my thesis on self-harm in
adolescents", "as a moderator I removed posts about self-injury": the rules' impersonal cues (a
bare "suicide", "Selbstverletzung", "autolesiones") fire on these as on a confession. When such a
cue shares its sentence with a frame of work, study or care, it stops deciding alone and the
model judges, as it does after a denial (with the surer threshold). A cue in the first person
("kill myself", "me faire du mal", "quitarme la vida"), or with the writer named just before it
("i think about suicide"), is never softened.
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
    r"first[- ]aid|campaign|charity|prevention|prevalence|"
    r"schulung\w*|kurs\w*|seminar\w*|telefonseelsorge|anrufer\w*|beitrage?|jugendlich\w*|"
    r"ehrenamt\w*|erste[- ]hilfe\w*|ausbildung|studie|bachelorarbeit|masterarbeit|"
    r"formation|benevole\w*|ecoute|appelants?|these|memoire|cours|roman|documentaire|"
    r"curso|voluntari\w*|linea de ayuda|llamantes|tesis|adolescentes|pacientes|usuarios|"
    r"documental|novela|capacitacion)\b"
)
_SENTENCE = re.compile(r"[^.!?]+")
_NEAR = 5  # words before the cue in which "i", "je", "ich", "yo" make it the writer's own


def framed(clean: str, start: int, phrase: str) -> bool:
    """True when an impersonal cue sits in a sentence about work, study or care."""
    before = " ".join(clean[max(0, start - 60) : start].split()[-_NEAR:])
    if _FIRST_PERSON.search(phrase) or _FIRST_PERSON.search(before):
        return False  # "i think about suicide": the writer's own thought, however framed
    for sentence in _SENTENCE.finditer(clean):
        if sentence.start() <= start < sentence.end():
            return bool(_FRAME.search(sentence.group(0)))
    return False
