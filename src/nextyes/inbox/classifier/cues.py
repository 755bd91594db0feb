"""Phrases that usually carry an email's meaning, in English, French, German and Spanish.

Each match adds a `cue:<label>` feature; the model learns how much to trust each kind. They give
the model a head start on wording it never saw in training (a new company's template), while
the words themselves still decide ("interview tips" in a newsletter also matches an interview
cue, and the newsletter's other words outvote it). Written folded: lower case, no accents.
"""

from __future__ import annotations

import re

CUES: dict[str, tuple[str, ...]] = {
    "rejection": (
        "unfortunately",
        "regret to",
        "not to move forward",
        "not be moving forward",
        "won't be moving",
        "not be progressing",
        "not to progress",
        "not progress",
        "pursue other",
        "other candidates",
        "another candidate",
        "other applicants",
        "different direction",
        "not been successful",
        "unsuccessful",
        "not been shortlisted",
        "not been selected",
        "has been filled",
        "have filled",
        "been closed",
        "will not be proceeding",
        "not be proceeding",
        "won't be taking",
        "not able to offer you",
        "decided to hire",
        "not be continuing",
        "won't be continuing",
        "won't continue",
        "not continue",
        "malheureusement",
        "regret",
        "pas ete retenu",
        "pas retenu",
        "donner suite",
        "suite favorable",
        "autre candidat",
        "autre personne",
        "a ete pourvu",
        "est pourvu",
        "ne pas poursuivre",
        "leider",
        "bedauern",
        "absage",
        "nicht berucksichtigen",
        "andere kandidat",
        "andere person",
        "fur eine andere",
        "bereits besetzt",
        "inzwischen besetzt",
        "keine zusage",
        "nicht in frage",
        "gegen ihre bewerbung",
        "lamentablemente",
        "lamentamos",
        "sentimos",
        "no continuar",
        "no seguir adelante",
        "no seguiremos",
        "no podremos seguir",
        "otro candidato",
        "otra persona",
        "no ha sido seleccionad",
        "no has sido seleccionad",
        "sido cubierto",
        "esta cubierto",
        # Added in the second round (general phrasings, in the four languages).
        "not moving forward",
        "not to proceed",
        "not proceed",
        "not the right fit",
        "not the right match",
        "right fit at this time",
        "on this occasion",
        "gone with",
        "went with",
        "going with someone",
        "chosen another",
        "selected another",
        "keep your cv",
        "keep your resume",
        "keep your details",
        "on file",
        "talent pool",
        "position is closed",
        "position closed",
        "role is closed",
        "no longer recruiting",
        "put the role on hold",
        "on hold",
        "did not meet",
        "not shortlisted",
        "autres profils",
        "autre profil",
        "autre candidature",
        "ne correspond pas",
        "pas en mesure",
        "ne pourrons pas",
        "ne pouvons pas",
        "notre choix s'est porte",
        "anderweitig",
        "nicht weiter",
        "nicht berucksichtigt",
        "keine positive",
        "nicht fur sie",
        "absagen",
        "otro perfil",
        "otros perfiles",
        "otra candidatura",
        "no encaja",
        "no se ajusta",
        "descartad",
        "no ha sido posible",
        "no vamos a continuar",
        "no podemos ofrecerte",
    ),
    "interview": (
        "interview",
        "schedule a",
        "your availability",
        "available times",
        "book a slot",
        "pick a time",
        "choose a time",
        "calendar invite",
        "video call",
        "phone screen",
        "screening call",
        "assessment",
        "take-home",
        "coding challenge",
        "next stage",
        "next step",
        "like to meet",
        "invite you",
        "would like to speak",
        "entretien",
        "disponible",
        "creneau",
        "visioconference",
        "test technique",
        "rencontrer",
        "vorstellungsgesprach",
        "kennenlernen",
        "termin",
        "videocall",
        "gesprach",
        "entrevista",
        "videollamada",
        "horario",
        "prueba tecnica",
        "conocerte",
    ),
    "offer": (
        "offer you",
        "pleased to offer",
        "delighted to offer",
        "extend an offer",
        "extending you an offer",
        "offer letter",
        "make you an offer",
        "salary",
        "start date",
        "compensation",
        "contract",
        "welcome aboard",
        "accept the offer",
        "accept this offer",
        "proposition d'embauche",
        "promesse d'embauche",
        "vous proposer le poste",
        "remuneration",
        "contrat",
        "angebot",
        "arbeitsvertrag",
        "gehalt",
        "einstellen",
        "oferta de empleo",
        "ofrecerte",
        "contratarte",
        "salario",
        "retribucion",
        "incorporacion",
        "contrato",
        # Issue 10: how platforms and real people say "the job is yours".
        "you have been accepted",
        "you've been accepted",
        "been selected for the",
        "you're hired",
        "been hired",
        "congratulations",
        "welcome to the team",
        "felicitations",
        "a ete acceptee",
        "herzlichen gluckwunsch",
        "fur sie entschieden",
        "felicidades",
        "enhorabuena",
        "sido aceptad",
    ),
    "received": (
        "received your application",
        "receipt of your application",
        "application has been received",
        "we have received",
        "we've received",
        "thank you for applying",
        "thanks for applying",
        "thank you for your application",
        "under review",
        "being reviewed",
        "will review",
        "will be in touch",
        "get back to you",
        "submitted successfully",
        "successfully submitted",
        "accusons reception",
        "bien recu",
        "bien ete",
        "en cours d'examen",
        "reviendr",
        "eingang",
        "eingegangen",
        "erhalten",
        "melden uns",
        "hemos recibido",
        "recepcion",
        "revisara",
        "nos pondremos en contacto",
        # Added in the second round.
        "will contact you",
        "contact you if",
        "we'll let you know",
        "will let you know",
        "has been sent",
        "was sent",
        "has been submitted",
        "once we have reviewed",
        "reviewing applications",
        "examinerons",
        "etudier votre",
        "prufen ihre",
        "melden wir uns",
        "revisaremos",
        "te contactaremos",
        "le contactaremos",
    ),
    "other": (
        "unsubscribe",
        "job alert",
        "jobs matching",
        "new jobs",
        "recommended jobs",
        "similar jobs",
        "premium",
        "webinar",
        "newsletter",
        "tips",
        "was viewed",
        "viewed your",
        "your profile",
        "opportunity",
        "open to",
        "writing to apply",
        "please find my",
        "my cv",
        "my application",
        "my resume",
        "se desabonner",
        "desinscri",
        "alerte",
        "conseils",
        "abmelden",
        "job-alarm",
        "stellenangebote",
        "tipps",
        "darse de baja",
        "alertas",
        "consejos",
        "ofertas de empleo",
        "offres d'emploi",
        "mon cv",
        "mein lebenslauf",
        "mi curriculum",
    ),
}

# The person's own mail (applications, thank-you notes, follow-ups, replies): first-person
# phrases that a company rarely writes to a candidate.
OWN_MAIL: tuple[str, ...] = (
    "thank you for taking the time",
    "thanks for taking the time",
    "thank you for the opportunity to",
    "thanks for the chat",
    "thank you for the conversation",
    "thank you for meeting with me",
    "i enjoyed",
    "i really enjoyed",
    "i am writing to",
    "i'm writing to",
    "i would like to apply",
    "i'd like to apply",
    "i applied",
    "i have applied",
    "i am very interested",
    "i'm very interested",
    "i'm still interested",
    "i am still interested",
    "please find attached my",
    "attached is my",
    "attached my",
    "i'm happy to accept",
    "i am happy to accept",
    "i accept",
    "i'd be glad",
    "any update",
    "where things stand",
    "i wanted to follow up",
    "just following up",
    "je me permets",
    "je vous remercie pour",
    "je tenais a vous remercier",
    "ci-joint mon",
    "vous trouverez mon",
    "ma candidature",
    "ich bewerbe mich",
    "anbei mein",
    "anbei finden sie meinen",
    "meine bewerbung",
    "ich mochte mich bedanken",
    "vielen dank fur das gesprach",
    "me gustaria optar",
    "adjunto mi",
    "os adjunto",
    "mi candidatura",
    "quisiera agradecer",
    "gracias por la entrevista",
)

# A refusal said with a negation ("we will not be taking your application further", "nous ne
# pouvons pas donner suite", "nicht weiter berücksichtigen", "no vamos a seguir"): the
# negation near a verb of the process. A feature of its own, so the model learns its weight
# (an invitation may say "if you cannot make this time").
_NEGATED = re.compile(
    r"\b(?:not|unable to|cannot|can't|won't|n't|no longer)\b(?:\W+\w+){0,3}?\W+"
    r"(?:offer|move|moving|progress\w*|proceed\w*|continu\w*|select\w*|successful|shortlist\w*|"
    r"invit\w*|consider\w*|advanc\w*|tak\w+|pursu\w*|fit|match\w*|further)\b"
    r"|\b(?:ne|n')\W*\w+(?:\W+\w+)?\W+pas\b(?:\W+\w+){0,3}?\W+"
    r"(?:suite|retenu\w*|poursuivre|loin|continuer|proposer|avancer|favorable)"
    r"|\b(?:nicht|keine?n?)\b(?:\W+\w+){0,3}?\W+"
    r"(?:weiter\w*|berucksichtig\w*|verfolg\w*|zusage\w*|angebot\w*|einlad\w*|ausgewahlt|passt|fortsetz\w*)"
    r"|\bno\b(?:\W+\w+){0,3}?\W+"
    r"(?:segui\w*|continua\w*|avanza\w*|seleccionad\w*|ofrecer\w*|contar|encaja\w*|adelante|pasar\w*)\b"
)

_PATTERNS = {
    label: re.compile("|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)))
    for label, phrases in CUES.items()
}


_OWN = re.compile("|".join(re.escape(p) for p in sorted(OWN_MAIL, key=len, reverse=True)))


def cue_features(folded_text: str) -> list[str]:
    """One `cue:<label>` feature per phrase found in the (folded) text."""
    out: list[str] = []
    for label, pattern in _PATTERNS.items():
        out.extend(["cue:" + label] * len(pattern.findall(folded_text)))
    out.extend(["cue:own"] * len(_OWN.findall(folded_text)))
    out.extend(["cue:negated"] * len(_NEGATED.findall(folded_text)))
    return out


# The guard of issue 10: an offer or an invitation read as a rejection is the worst mistake, so
# when the text plainly says one of them, a rejection is never stated with confidence >= 0.9.
# Specific phrasings only (no bare "interview": rejections thank people for interviewing).
_STRONG = re.compile(
    r"pleased to offer|happy to offer|delighted to offer|offer you the (?:position|role|job)|"
    r"extend(?:ing)? (?:you )?an offer|offer letter|offer of employment|"
    r"(?<!not )(?<!n't )been (?:accepted|selected|hired) for|you're hired|welcome (?:to the team|aboard)|"
    r"invite you (?:to|for) (?:an? )?(?:interview|call|meeting|assessment)|invitation to (?:an )?interview|"
    r"interview invitation|schedule (?:an|your|a) (?:interview|call)|you(?:'ve| have) been shortlisted|"
    r"proposer le poste|promesse d'embauche|candidature a ete acceptee|convier a un entretien|"
    r"vous rencontrer|invitation a un entretien|"
    r"herzlichen gluckwunsch|fur sie entschieden|stelle anbieten|einladung zum|kennenlernen|"
    r"(?<!no )(?<!no ha )(?<!no has )sido (?:aceptad|seleccionad)|ofrecerte el puesto|"
    r"invitarte a una entrevista|nos gustaria conocerte"
)


def strong_offer_or_interview(folded_text: str) -> bool:
    """True when the text plainly offers the job or invites to an interview."""
    return _STRONG.search(folded_text) is not None
