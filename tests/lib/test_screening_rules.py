"""Risk screening rules: every warning sign in every language, idioms and denials stay quiet.

The rules are tested alone here (`use_model=False`), so they hold even without the shipped
model. Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from nextyes.lib.screening import CATEGORIES, screen

# (language, category, sentence): one or more per warning sign and language.
RISKS: list[tuple[str, str, str]] = [
    ("en", "wish-dead", "Most nights I hope I just don't wake up."),
    ("en", "thoughts", "been thinking about sewerslide again tbh"),
    ("en", "thoughts", "honestly i might kms"),
    ("en", "method", "I looked up how many of my sleeping pills would be lethal."),
    ("en", "means", "I've been saving up my tablets in a shoebox."),
    ("en", "plan", "I've picked the date, it's after my last interview."),
    ("en", "conditional", "One more no and I'm done for good."),
    ("en", "preparation", "I wrote goodbye letters and started giving away my things."),
    ("en", "self-harm", "I burned myself with a lighter after the call."),
    ("en", "reckless", "I drove without a seatbelt hoping I'd crash."),
    ("en", "past-attempt", "I tried to kill myself two years ago and the thoughts are back."),
    ("en", "burden", "Everyone would be better off without me."),
    ("fr", "wish-dead", "Je voudrais m'endormir et ne plus me réveiller."),
    ("fr", "thoughts", "J'ai envie de me foutre en l'air."),
    ("fr", "method", "J'ai cherché la dose mortelle de paracétamol."),
    ("fr", "means", "J'ai mis de côté des somnifères."),
    ("fr", "plan", "J'ai choisi la date, c'est samedi."),
    ("fr", "conditional", "Encore un refus et je me tue."),
    ("fr", "preparation", "J'ai écrit une lettre d'adieu."),
    ("fr", "self-harm", "Je me scarifie depuis le licenciement."),
    ("fr", "reckless", "Je roule sans ceinture en espérant ne pas m'en sortir."),
    ("fr", "past-attempt", "J'ai déjà tenté de me suicider et ça revient."),
    ("fr", "burden", "Ma famille serait mieux sans moi."),
    ("de", "wish-dead", "Ich möchte einschlafen und nie wieder aufwachen."),
    ("de", "thoughts", "Ich denke darüber nach, mich umzubringen."),
    ("de", "method", "Ich habe gegoogelt, wie viele Tabletten tödlich sind."),
    ("de", "means", "Ich habe Schlaftabletten gehortet."),
    ("de", "plan", "Am Freitag mache ich Schluss, das Datum steht."),
    ("de", "conditional", "Noch eine Absage und ich mach Schluss, für immer."),
    ("de", "preparation", "Ich habe einen Abschiedsbrief geschrieben."),
    ("de", "self-harm", "Ich habe mich gestern wieder geritzt."),
    ("de", "reckless", "Mir ist egal, ob ich überlebe, ich fahre ohne Gurt."),
    ("de", "past-attempt", "Nach meinem Suizidversuch kommen die Gedanken zurück."),
    ("de", "burden", "Ich bin eine Last für alle."),
    ("es", "wish-dead", "Ojalá no despertara mañana."),
    ("es", "thoughts", "Pienso en quitarme la vida."),
    ("es", "method", "Busqué cuántas pastillas hacen falta."),
    ("es", "means", "He estado guardando pastillas en el cajón."),
    ("es", "plan", "Ya elegí la fecha."),
    ("es", "conditional", "Un rechazo más y me mato."),
    ("es", "preparation", "Escribí una carta de despedida."),
    ("es", "self-harm", "Me corté otra vez anoche."),
    ("es", "reckless", "Conduje sin cinturón esperando tener un accidente."),
    ("es", "past-attempt", "Ya intenté suicidarme y los pensamientos han vuelto."),
    ("es", "burden", "Soy una carga para mi familia."),
]

IDIOMS: list[tuple[str, str]] = [
    ("en", "The commute is killing me."),
    ("en", "I absolutely slayed the panel."),
    ("en", "I'm dead tired after the assessment day."),
    ("en", "I need to trim my CV to one page."),
    ("en", "I'm finished with cover letters for today."),
    ("en", "I'd die for a job at that studio."),
    ("en", "My laptop died in the middle of the call."),
    ("en", "I killed it in the final round."),
    ("fr", "Je suis mort de fatigue."),
    ("fr", "Ce trajet me tue."),
    ("fr", "J'en ai fini avec les lettres de motivation."),
    ("fr", "Je meurs d'envie de travailler chez eux."),
    ("de", "Ich bin todmüde."),
    ("de", "Das Pendeln bringt mich noch um."),
    ("de", "Ich sterbe vor Langeweile in diesem Webinar."),
    ("de", "Ich mache Schluss mit dieser Agentur, die melden sich nie."),
    ("es", "Me muero de ganas de empezar."),
    ("es", "Estoy muerto de cansancio."),
    ("es", "Este trayecto me mata."),
    ("es", "Me estoy matando a estudiar para la prueba."),
]

ORDINARY_LOWS: list[tuple[str, str]] = [
    ("en", "I'm so sad I didn't get the job, I cried in the car."),
    ("en", "One more rejection and I'm done applying to banks."),
    ("en", "I want to disappear under a blanket all weekend."),
    ("fr", "Encore un refus et j'arrête de postuler dans la banque."),
    ("de", "Ich habe keine Lust mehr auf Bewerbungen."),
    ("es", "Estoy harta de los rechazos."),
]


def flags(text: str) -> bool:
    return screen(text, use_model=False).flagged


def test_it_has_a_case_for_every_warning_sign_in_every_language() -> None:
    covered = {(lang, category) for lang, category, _ in RISKS}
    assert covered == {(lang, c) for lang in ("en", "fr", "de", "es") for c in CATEGORIES}


@pytest.mark.parametrize(("lang", "category", "text"), RISKS)
def test_it_catches_each_warning_sign_with_the_rules_alone(
    lang: str, category: str, text: str
) -> None:
    result = screen(text, use_model=False)
    assert result.flagged, (lang, category, text)


@pytest.mark.parametrize(("lang", "text"), IDIOMS)
def test_it_stays_quiet_on_idioms(lang: str, text: str) -> None:
    assert flags(text) is False, screen(text, use_model=False).live


@pytest.mark.parametrize(("lang", "text"), ORDINARY_LOWS)
def test_it_stays_quiet_on_ordinary_low_moments(lang: str, text: str) -> None:
    assert flags(text) is False, screen(text, use_model=False).live


@pytest.mark.parametrize(
    "text",
    [
        "I would never hurt myself.",
        "I'm not suicidal, just very tired.",
        "Je ne veux pas mourir, je veux un travail.",
        "Ich würde mir nie etwas antun.",
        "No quiero morir, quiero un trabajo.",
        "Killing myself? No. Quitting this career? Maybe.",
    ],
)
def test_a_plain_denial_cancels_its_cue(text: str) -> None:
    assert flags(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "I'm not ok, I want to die.",
        "I would never hurt myself. But some days I want to die.",
        "I'm not sure I want to live anymore.",
        "Je ne suis pas bien, j'ai envie de mourir.",
        "Ich will nicht mehr leben.",
        "No estoy bien, quiero morirme.",
        "Je n'arrête pas de penser à me tuer.",
        "No dejo de pensar en matarme.",
    ],
)
def test_a_denial_does_not_reach_past_its_own_clause(text: str) -> None:
    assert flags(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "The nurse went through her list, thoughts of self-harm: none at all.",
        "She asked whether I had thought about killing myself and I could truthfully say no.",
        "Suizidgedanken? Nö, nee. Nur Wut auf das Jobcenter.",
        "Fatigué oui, envie de mourir, aucune.",
        "Le psy m'a demandé si je pensais à me faire du mal, j'ai répondu non sans hésiter.",
        "Cansada sí, ganas de morir, ninguna.",
        "Years ago I tried to kill myself. That is behind me now, I am well past it.",
        "Als Jugendliche hab ich mich geritzt, das ist lange vorbei.",
        "Hace años pensé en quitarme la vida, ya lo superé hace mucho.",
        "Mein Hausarzt wollte wissen, ob ich an Suizid denke. Tu ich nicht.",
        "Je vais me jeter sous un train... non je rigole, je vais juste me coucher tôt.",
        "I cut myself at 16. I'm 35 now and that part of me is gone.",
        "J'ai fait une tentative à 22 ans, aujourd'hui je vais bien.",
        "The GP asked about self-harm and suicide. I said no to both, and meant it.",
        "Mi médica me preguntó si pensaba en quitarme la vida. Le dije que no, y es verdad.",
        "Intenté quitarme la vida en 2014. Hoy estoy bien y tengo apoyo.",
        "Escribo 'me quiero morir' cuando se cae el wifi, pero no significa nada.",
        "The mood form at the clinic asked about being better off dead: not at all.",
        "Auf dem Bogen stand, ob ich mir das Leben nehmen will. Ich hab 'nein' angekreuzt.",
        "Hace años estuve ingresado por un intento; hoy vivo sin esos pensamientos.",
        "The nurse asked about suicidal thoughts. None. Just tired of the job hunt.",
        "Tried to end it at 19. I'm 40 now and nowhere near that place.",
        "Hoy lloré, pero ni se me pasó por la cabeza hacerme daño.",
        "The form asked about wanting to be dead. Ticked 'not at all'.",
        "Klar bin ich am Boden, aber Suizid ist für mich kein Thema.",
        "Le médecin m'a demandé si je voulais mourir. J'ai répondu franchement : non.",
        "The doctor asked about thoughts of suicide. The answer is no, and I mean it.",
        "Die Ärztin hat nach Suizidgedanken gefragt. Ich hab ehrlich nein gesagt.",
        "Cut myself as a teenager. Haven't for twenty years.",
        "Used to burn myself at uni. Ten years clean now.",
        "Years ago a day like this would have had me thinking about ending it. Not now.",
        "Je me suis coupée à 17 ans. Aujourd'hui je n'y pense plus.",
        "Ticked 'no' beside the question about thoughts of suicide on the intake form.",
        "Mit siebzehn hab ich mich geritzt. Heute: kein Drang, nur Müdigkeit.",
        "Im Fragebogen: Fühlen Sie sich als Last für andere? Ich hab Nein angekreuzt.",
        "Lebensmüde? Geh, na. Nur grantig.",
        "En el chequeo me preguntaron si pensaba en quitarme la vida. Nunca, y lo dije tranquilo.",
        "La doctora me preguntó si me siento una carga. Le dije que no.",
        "Tried to take my own life at seventeen; I'm forty now and have no urge to go back there.",
        "Everyone thinks I'd kill myself after the layoff. I wouldn't.",
        "The form asked about thoughts of suicide and self-harm: both no.",
        "¿Ganas de quitarme la vida?, no; ¿agotada?, sí.",
        "I'll shoot myself, figuratively speaking, if I see another personality test.",
        "Tried to end my life at 20. Today I'm grateful I didn't succeed.",
        "Me corté a los 16. Un rechazo no me va a devolver a eso.",
        "Die Narben an meinen Armen sind zehn Jahre alt. Ich ritze nicht mehr.",
        "Le escribí que quería morirme, pero de la vergüenza, por el correo equivocado.",
        "My brother asks whether I'm thinking of killing myself after the layoff. I'm not.",
        "Safety plan check: urges to self-harm, none this week.",
        "Mit 19 hatte ich einen Suizidversuch. Heute sind solche Gedanken weit weg.",
        'Im Formular stand: "Fühlen Sie sich als Last für andere?" Ich hab Nein angekreuzt.',
        "Je me suis coupée à l'adolescence, c'est fini depuis longtemps.",
        "Einen Suizidversuch hatte ich mit 22. Heute mies drauf, aber null solche Gedanken.",
        "Meine Mutter macht sich Sorgen, ich würde mich umbringen. Quatsch.",
        "Tuve un intento a los 19. Hoy cansada, pero sin ganas de hacerme daño.",
        "Une tentative il y a vingt ans. Ce soir c'est dur, mais je veux vivre.",
    ],
)
def test_a_sign_answered_with_a_no_or_told_as_a_closed_past_stops_deciding_alone(
    text: str,
) -> None:
    result = screen(text, use_model=False)
    assert result.cues, "the sign is still seen"
    assert result.flagged is False


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself and I cannot say no to the thought.",
        "thoughts of suicide, no one would even notice",
        "I tried to kill myself years ago, I was fine for a while, and now the thoughts are back.",
        "Vor Jahren wollte ich mich umbringen. Das war vorbei, jetzt kommt es wieder.",
        "Hace años intenté quitarme la vida y ya lo había superado, pero volvió otra vez.",
        "The nurse asked if I think about killing myself and I said no. I lied, I think about it daily.",
        "Je vais me jeter sous un train, je rigole pas.",
        "I want to kill myself. No.",
        "Intenté quitarme la vida en 2014. No estoy bien now, lo vuelvo a pensar.",
        "She asked if I had thoughts of suicide. I said no, but that was a lie.",
        "I'm not doing okay. I tried to kill myself at 19 and it's coming back.",
        "Exam season. I keep thinking about suicide.",
        "What I didn't tell the GP is that I think about killing myself every night.",
        "I keep thinking about suicide rates and whether I'll be one of them.",
        "Hid the blades in my pencil case again.",
        "No comí nada hoy, como castigo.",
        "Better that I'm gone before the money runs out.",
        "The team would run better if I was gone.",
        "Banged my head against the cupboard door over and over after the call.",
        "Me mato el lunes, ya lo decidí.",
        "typed 'quickest way to die' into the search bar, closed the helpline banner, typed it again",
        "relapsed. 90 days clean and gone over one email.",
        "I'm just dead weight to everyone around me.",
        "My head won't shut up about killing myself.",
        "Je me dis que je devrais me pendre, je rigole plus.",
        "If they turn me down again I'll swallow every pill in the cabinet.",
        "That old urge to try again is loud tonight.",
        "I'm the problem in my mum's life.",
        "Ce soir, dans le garage avec la voiture.",
        "J'ai traversé l'autoroute les yeux fermés.",
        "J'ai fait une tentative à vingt ans. Je croyais que c'était derrière moi, mais j'y pense tous les soirs.",
        "Knee surgery next week and part of me hopes I stay under.",
        "Asked the pharmacist what happens if someone takes a whole bottle of these.",
        "Stopped my heart pills. Let nature take its course.",
        "Two prescriptions in my drawer now; neither GP knows about the other.",
        "I wish I die in sleep so no more rejection.",
        "Cried x2, cut x1, applied x3.",
        "Target: three offers by June, otherwise terminate the project, the project being me.",
        "Mein Kopf sagt immer wieder: bring dich um.",
        "Should I just end it all? No one would notice.",
        "Le pido a Dios que ya me lleve.",
        "Je mange plus rien depuis deux jours, pour me punir.",
        "I cut where my sleeves cover it.",
        "Sailed out in the storm without a vest; almost disappointed the mast held.",
        "Still wishing the bus that nearly hit me had finished the job.",
        "Au cimetière j'ai envié sa place dans la tombe.",
        "Den Kater ins Tierheim gebracht und gesagt, ich zieh ins Ausland. Stimmt nicht.",
        "Würde ich morgen sterben, würde es keiner merken.",
        "Left the boiler notes on the fridge so he won't be stuck when I'm gone.",
    ],
)
def test_an_answer_or_a_past_does_not_hide_a_sign_that_is_back(text: str) -> None:
    assert flags(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "My cousin has been in therapy since his suicide attempt and is doing much better.",
        "Ma voisine m'a confié qu'elle avait fait une tentative il y a longtemps.",
        "Mein Schwager redet offen über seinen Suizidversuch.",
        "Mi memoria de fin de grado es sobre el suicidio en el campo.",
        "For my first-aid course we practised asking about suicide.",
        "My aunt's suicide is the reason I talk about feelings so openly now.",
        "La tentative de mon cousin nous a tous secoués, il va mieux.",
        "Der Suizid meines Großvaters war lange ein Tabu in der Familie.",
        "Toxicology exam on Monday, I still have to learn the lethal dose tables.",
        "Our ward updated the overdose protocols this week.",
        "On étudie le suicide chez Durkheim en socio.",
        "Seit dem Suizid von seinem Bruder ist mein Kollege sehr still.",
        "Curso de primeros auxilios psicológicos. Aprendimos a preguntar por el suicidio.",
        "The news covered a suicide at the station today; so sad for the family.",
        "Climbing gym tonight, she peeled off the crux and the rope held her.",
        "Hunting season starts Saturday, Dad oiled his rifle.",
        "I don't think about killing myself, I think about killing my to-do list.",
        "Dans ce polar, le suicide du juge était en fait un meurtre.",
        "Inspection day on the viaduct: the suicide barriers need new bolts.",
        "Meine Tante leitet eine Gruppe für Hinterbliebene nach einem Suizid.",
        "My cousin, who tried to end his life two years ago, just finished his apprenticeship.",
        "Ich falle niemandem zur Last, ich suche nur gerade.",
    ],
)
def test_someone_elses_sign_or_a_sign_as_a_subject_of_study_stops_deciding_alone(
    text: str,
) -> None:
    assert flags(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "After she left I thought about suicide every night.",
        "Desde que ella se fue pienso en el suicidio.",
        "She found me after my suicide attempt and now I want to try again.",
        "I think about suicide a lot these days.",
        "Thinking about suicide of my own making, again.",
    ],
)
def test_someone_else_in_the_sentence_does_not_hide_the_writers_own_sign(text: str) -> None:
    assert flags(text) is True


def test_it_finds_the_risk_buried_in_a_long_note() -> None:
    note = (
        "Sent four applications today and updated my portfolio. The recruiter from the bank "
        "still hasn't called back, which is annoying, but my sister came round and we cooked "
        "pasta. Honestly I keep thinking I'd rather not wake up tomorrow. Anyway, the online "
        "test is at ten and I've set two alarms, and on Friday I have the coffee chat."
    )
    result = screen(note, use_model=False)
    assert result.flagged
    assert "wish-dead" in result.categories


def test_it_reads_typos_caps_and_missing_accents() -> None:
    assert flags("I DONT WANT TO BE ALIVE ANYMOR") is True
    assert flags("thinking about sucide") is True
    assert flags("j'ai envie de mourir") is True  # typed without accents or not: same text
    assert flags("ich mochte nicht mehr leben") is True
