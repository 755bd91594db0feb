"""Risk screening rules read the context around a sign: who it belongs to, whether it is over,
whether a frame is a cover story, and signs told only through what someone did.

Rules alone (`use_model=False`). Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from nextyes.lib.screening import screen


def flags(text: str) -> bool:
    return screen(text, use_model=False).flagged


@pytest.mark.parametrize(
    "text",
    [
        # A grave diagnosis met with relief.
        "The consultant said the lump could be a tumour and what I felt was relief.",
        "Le scanner montre peut-être un cancer et je me sens soulagée.",
        "Verdacht auf Krebs, und ich spüre nur Erleichterung.",
        "Me hablaron de un posible tumor y sentí alivio.",
        # A letter that takes the blame off someone.
        "Left a note on the table for my brother saying none of this is his fault.",
        "J'ai glissé une lettre à ma sœur pour lui dire que ce n'est pas sa faute.",
        "Ich habe meiner Frau einen Brief geschrieben, dass es nicht ihre Schuld ist.",
        "Le escribí una carta a mi padre: no es su culpa.",
        # A pet handed over on a pretext that does not exist.
        "The dog is staying with my cousin, supposedly because of a work trip. There is no trip.",
        "Le chien est chez ma voisine, soi-disant pour un stage. Il n'y a pas de stage.",
        "Der Hund ist bei meinem Bruder, angeblich wegen einer Reise. Es gibt keine Reise.",
        "Dejé el perro con mi vecina con la excusa de un curso. No hay curso.",
        # A frame that is a cover story.
        "Looked up lethal doses of my sleeping tablets and pretended it was for a pharmacology exam.",
        # French: cut again, said in one word.
        "recoupée hier soir, personne n'a rien vu.",
        # A wish that an operation had gone wrong.
        "Sometimes I wish the surgery in March had gone wrong.",
        "Ojalá no me hubiera despertado de la operación.",
        "wär gerade einfach lieber tot",
        # Studying is no frame for one's own pills.
        "I've been studying lethal doses of my own pills.",
    ],
)
def test_signs_told_through_what_someone_did_or_felt(text: str) -> None:
    assert flags(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "So relieved the tumour turned out to be benign.",
        "Quel soulagement, la tumeur est bénigne.",
        "Erleichterung: der Tumor ist gutartig.",
        "Qué alivio, el tumor era benigno.",
        "Met a money adviser at the bank and now there's a plan for the overdraft.",
        "Driving my dad's car until the insurance pays out for mine.",
    ],
)
def test_good_news_and_a_plan_made_with_an_adviser_stay_quiet(text: str) -> None:
    assert flags(text) is False


@pytest.mark.parametrize(
    "text",
    [
        # Someone close, named as the one it happened to.
        "My sister is two years on from self-harming and runs marathons now.",
        "Mi hermano está mucho mejor después de autolesionarse el año pasado.",
        # Someone else's burden, in German reported speech.
        "Meine Mutter sagt, sie falle mir zur Last. Das stimmt überhaupt nicht.",
        # A past the writer says is over.
        "I attempted suicide in 2012. I'm in a very different place now.",
        "Back then I wrote about wanting to die. I haven't had those thoughts in years.",
        "Ich hatte vor zehn Jahren einen Suizidversuch. Heute denke ich nicht mehr daran.",
        "Les marques sur mes jambes, c'est du passé. Je ne me scarifie plus.",
        "Die Narben sind von früher, ich ritze mich seit Jahren nicht mehr.",
        # An answer after someone asked.
        "The GP asked about suicidal thoughts and I could truthfully say I've never had any.",
        "My mentor checked in about self-harm. I told him I haven't felt like doing it in months.",
        "Le médecin m'a demandé si je voulais me suicider. J'ai pu répondre non.",
        "L'infirmière m'a demandé si j'avais des idées suicidaires. Je lui ai dit non.",
        "Meine Tochter fragt, ob ich an Selbstmord denke. Tue ich nicht.",
        "Nein, ich habe nie daran gedacht, mir das Leben zu nehmen.",
        "Friends ask if I'm thinking of ending things, and I get why, but the honest answer is no.",
        # A course about it, or learning about it for an exam.
        "Became a mental health first aider today and practised asking about suicide.",
        "For the pharmacology exam I learned about toxic doses all afternoon.",
    ],
)
def test_a_sign_that_is_someone_elses_over_or_answered_stops_deciding_alone(text: str) -> None:
    assert flags(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "My brother found me after I self-harmed last night.",
        "Mi madre no sabe que me autolesiono.",
        "I tried to kill myself in 2015 and back then I swore never again, but the thoughts are back.",
        "Ich falle allen nur zur Last.",
        "Je ne me coupe plus depuis un an mais ce soir je me suis coupée.",
    ],
)
def test_the_writers_own_sign_still_decides(text: str) -> None:
    assert flags(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Working nights in the hospice, I catch myself envious of the ones who slip away.",
        "Neidisch auf die Patienten, die friedlich sterben dürfen.",
        "If God decides to take me early, I won't resist.",
        "Friday after my last shift I clock out, and I mean from life.",
        "Signed a will at the bank today. It's not for someday, it's for this week.",
        "Threw my crisis plan in the bin this morning.",
        "Ich habe meinen Krisenplan zerrissen.",
        "What helps at night: tea, the radio, the blade.",
        "Charted my own forearm in my head: self-inflicted cuts, healing.",
        "Overdosed once at twenty. Now, at forty-five, thinking of doing it properly.",
        "A year since a fisherman pulled me out of the canal.",
        "Same thoughts as right before my attempt, word for word.",
        "Note to self: do them a favour and disappear.",
        "Bin aufs Dach ohne Sicherung und hoffe fast, dass ich abrutsche.",
        "Otra vez me salté la diálisis. No contesto al hospital. Que acabe así.",
        "Ich ritze mich nicht mehr so oft wie früher.",
    ],
)
def test_signs_said_sideways(text: str) -> None:
    assert flags(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Brought the leftover tablets to the pharmacy for disposal, a weight off.",
        "Mein Chef würde mich umbringen, wenn er das Angebot sieht.",
        "The paper wrote about a man who jumped from the old viaduct; I gave to the helpline.",
        "I tried once, long ago. These days I'm not having those thoughts.",
        "Mi mujer preguntó si estarían mejor sin mí. Le dije la verdad: no.",
        "My partner asked if I think they'd be better off without me. I told him: not now.",
        "Vor Jahren habe ich mich geritzt. Im Moment ist das kein Thema.",
        "Hace años me cortaba. Ahora mismo no es un tema.",
        "Ich hungere mich nicht mehr aus, heute gab es Suppe.",
        "Ya no dejo de comer para castigarme.",
        "Il y a dix ans, une tentative. Aujourd'hui j'ai un plan de sécurité et je n'ai pas ces pensées.",
    ],
)
def test_sideways_look_alikes_and_honest_answers_stay_quiet(text: str) -> None:
    assert flags(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "A van clipped the kerb next to me and I was sorry it missed.",
        "Woke up and felt annoyance that I'm still here.",
        "Marked essays, thought about dying for most of the break.",
        "Like an old server nobody shut down. I should just end my own.",
        "I know which bridge. After the last shift.",
        "Already picked the car park for it.",
        "I'm the dead weight my parents carry.",
        "Ich trage lange Ärmel wegen der Schnitte an den Unterarmen.",
        "Sonrío a los clientes y pienso en despedirme de este mundo.",
    ],
)
def test_quiet_signs_from_round_22_kinds(text: str) -> None:
    assert flags(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "The nurse checked for self-harm at my check-up; nothing to find.",
        "A colleague told me he wanted to die, so we called his GP together.",
        "Ma voisine a fait une tentative ; je lui apporte des courses.",
        "Me quise morir de la vergüenza en la entrevista.",
        "Me corté abriendo una lata, nada más.",
        "I cut my thumb opening a tin of beans.",
        "Mit sechzehn habe ich mich geritzt. Heute nicht, gestern nicht.",
        "Lebensmüde nein, Schlafprobleme ja. Dafür gibt's jetzt einen Plan.",
        "I'm dying for a coffee after that interview.",
    ],
)
def test_round_22_look_alikes_stay_quiet(text: str) -> None:
    assert flags(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Night shift at the depot, half hoping a pallet lands on me.",
        "Asked the bot about lethal doses and told it I was writing a thriller.",
        "He could have his own life back if I ended mine.",
        "Je révise les surdosages en pensant à moi, pas à l'examen.",
        "Ich lächle und denke, wie man sich am besten umbringen könnte.",
        "Sechs Wochen ohne Ritzen, heute wieder angefangen.",
        "Me quedé con las pastillas de mi madre cuando murió.",
        "I kept my dad's morphine and told the hospice it was gone.",
    ],
)
def test_round_23_kinds(text: str) -> None:
    assert flags(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "I burned myself as a kid. It hasn't happened in decades.",
        "The form asked about thoughts of ending my life and I ticked 'not at all'.",
        "She checked in about suicide, and I told her I'm nowhere near that now.",
        "My sister has old scars and a new job she loves.",
        "Ich habe mich als Teenager geritzt. Heute ist das lange vorbei.",
        "Die Ärztin fragte nach Suizidgedanken. Ehrlich: seit Monaten keine.",
        "Keine Gedanken daran, mir das Leben zu nehmen, nur müde.",
        "Hace años intenté quitarme la vida. Hoy tengo ganas de vivir.",
        "J'ai longtemps cru être un poids pour ma mère ; c'était faux.",
    ],
)
def test_round_23_look_alikes_stay_quiet(text: str) -> None:
    assert flags(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "A taxi skidded past me and I was sad it missed.",
        "Up at 3am listing reasons to stay alive and running out.",
        "after close tonight, already picked the parking garage",
        "If the permit isn't extended I'm going to end my life.",
        "J'aimerais juste que ma voiture quitte la route ce soir.",
        "Miré la profundidad del río y a qué hora no hay nadie.",
        "Guardé veneno del trabajo. No lo compré para las plantas.",
        "En 2010 me tomé todas mis pastillas y hoy siento lo mismo.",
    ],
)
def test_round_24_kinds(text: str) -> None:
    assert flags(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "I tried to end my life years ago. I'm not in that place now, and I know what to do if it comes back.",
        "A character who attempts suicide in the series was written with care.",
        "J'ai fait une tentative à dix-neuf ans ; aujourd'hui je sais demander de l'aide.",
        "Die Ärztin fragte, ob ich einen Plan habe. Ich habe keinen.",
        "Hace años me corté; queda la cicatriz y no la tentación.",
    ],
)
def test_round_24_look_alikes_stay_quiet(text: str) -> None:
    assert flags(text) is False
