"""German template families for the inbox classifier (all text written for NextYes)."""

from __future__ import annotations

from family import Family as F

FAMILIES: list[F] = [
    F(
        "de-rej-ats",
        "rejection",
        "de",
        False,
        ["{company} Recruiting <no-reply@{ats}>"],
        ["Ihre Bewerbung bei {company}", "Ihre Bewerbung als {role}"],
        [
            ["Sehr geehrte/r {first} {last},", "Guten Tag {first} {last},"],
            [
                "vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an {company}.",
                "herzlichen Dank für Ihre Bewerbung auf die Position {role}.",
            ],
            [
                "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können.",
                "Nach sorgfältiger Prüfung haben wir uns für andere Kandidatinnen und Kandidaten entschieden.",
            ],
            [
                "Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.",
                "Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool behalten.",
            ],
            ["Mit freundlichen Grüßen\nIhr Recruiting-Team"],
        ],
    ),
    F(
        "de-rej-warm",
        "rejection",
        "de",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Danke für die Gespräche", "Rückmeldung zur Stelle {role}"],
        [
            ["Hallo {first},"],
            [
                "danke dir für die tollen Gespräche in den letzten Wochen – das ganze Team war von deiner Arbeit und deiner Art begeistert.",
                "vielen Dank, dass du dir so viel Zeit für unseren Prozess genommen hast.",
            ],
            [
                "Wir haben uns die Entscheidung wirklich nicht leicht gemacht, uns am Ende aber für eine andere Person entschieden.",
                "Am Ende hat knapp jemand anderes die Stelle bekommen, deshalb können wir dir heute leider keine Zusage geben.",
            ],
            [
                "Ich würde mich freuen, in Kontakt zu bleiben.",
                "Bitte bewirb dich gern wieder bei uns.",
            ],
            ["Viele Grüße\n{recruiter}"],
        ],
    ),
    F(
        "de-rej-held",
        "rejection",
        "de",
        True,
        ["Personalabteilung {company} <personal@{domain}>"],
        ["Absage: {role}", "Rückmeldung zu Ihrer Bewerbung"],
        [
            ["Sehr geehrte Damen und Herren,", "Hallo {first} {last},"],
            [
                "die ausgeschriebene Stelle als {role} ist inzwischen besetzt.",
                "wir haben zahlreiche Bewerbungen erhalten und uns die Auswahl nicht leicht gemacht.",
            ],
            [
                "Wir bedauern, Ihnen keine positive Nachricht geben zu können, und senden Ihnen Ihre Unterlagen nicht zurück, sondern löschen sie gemäß Datenschutz.",
                "Ihre Bewerbung kommt für uns diesmal leider nicht in Frage.",
            ],
            ["Freundliche Grüße\n{company}"],
        ],
    ),
    F(
        "de-int-schedule",
        "interview",
        "de",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>", "{company} Karriere <no-reply@{ats}>"],
        ["Einladung zum Vorstellungsgespräch", "Einladung zum Kennenlernen – {role}"],
        [
            ["Hallo {first} {last},", "Guten Tag {first},"],
            [
                "vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt und wir möchten Sie gern persönlich kennenlernen.",
                "wir freuen uns, Sie zu einem ersten Gespräch für die Position {role} einzuladen.",
            ],
            [
                "Passt Ihnen der {day} um {time} per Videocall?",
                "Bitte wählen Sie über diesen Link einen passenden Termin: {link}",
            ],
            ["Das Gespräch dauert etwa 45 Minuten.", "Wir freuen uns auf Ihre Rückmeldung."],
            ["Beste Grüße\n{recruiter}"],
        ],
    ),
    F(
        "de-int-test",
        "interview",
        "de",
        False,
        ["{company} Engineering <hiring@{domain}>"],
        ["Nächster Schritt: Coding-Aufgabe", "Ihre Online-Aufgabe für {role}"],
        [
            ["Hallo {first},"],
            [
                "im nächsten Schritt unseres Prozesses bitten wir Sie, eine kurze Programmieraufgabe zu lösen.",
                "schön, dass es weitergeht! Als nächstes folgt eine praktische Aufgabe.",
            ],
            [
                "Sie haben bis zum {day} Zeit: {link}",
                "Rechnen Sie mit etwa zwei Stunden. Den Link finden Sie hier: {link}",
            ],
            ["Viel Erfolg!\nIhr {company}-Team"],
        ],
    ),
    F(
        "de-int-held",
        "interview",
        "de",
        True,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Neuer Termin für unser Gespräch", "AW: Vorstellungsgespräch {role}"],
        [
            ["Hallo {first},"],
            [
                "leider ist der ursprünglich vereinbarte Termin inzwischen vergeben, das tut mir sehr leid.",
                "der Slot, den Sie gebucht hatten, wurde leider doppelt vergeben.",
            ],
            [
                "Könnten wir uns stattdessen am {day} um {time} sprechen? Ich schicke Ihnen dann eine neue Einladung.",
                "Als Alternative schlage ich den {day} um {time} bei uns im Büro vor, gemeinsam mit der Teamleitung.",
            ],
            ["Danke für Ihr Verständnis!\n{recruiter}"],
        ],
    ),
    F(
        "de-off",
        "offer",
        "de",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>", "HR {company} <hr@{domain}>"],
        ["Ihr Vertragsangebot", "Angebot: {role} bei {company}"],
        [
            ["Hallo {first},"],
            [
                "wir freuen uns sehr, Ihnen die Position als {role} anbieten zu können!",
                "nach den tollen Gesprächen möchten wir Ihnen gern ein Angebot machen.",
            ],
            [
                "Im Anhang finden Sie den Arbeitsvertrag: Jahresgehalt {salary}, Start am {start}.",
                "Wir bieten Ihnen ein Bruttojahresgehalt von {salary} und einen Eintritt zum {start}.",
            ],
            [
                "Bitte geben Sie uns bis zum {day} Bescheid.",
                "Wir würden uns sehr freuen, Sie bald im Team zu begrüßen.",
            ],
            ["Herzliche Grüße\n{recruiter}"],
        ],
    ),
    F(
        "de-off-held",
        "offer",
        "de",
        True,
        ["{recruiter} | {agency} <{recruiter_mail}@{agency_domain}>"],
        ["Zusage von {company}!", "Gute Nachrichten: Angebot für Sie"],
        [
            ["Hallo {first},"],
            [
                "mein Kunde {company} möchte Sie als {role} einstellen – herzlichen Glückwunsch!",
                "{company} hat sich für Sie entschieden und macht Ihnen ein Angebot.",
            ],
            [
                "Das Paket: {salary} fix, 30 Urlaubstage, Start ab {start}. Rufen Sie mich an, dann gehen wir es zusammen durch.",
                "Der Vertrag kommt diese Woche; das Gehalt liegt bei {salary}.",
            ],
            ["Beste Grüße\n{recruiter}"],
        ],
    ),
    F(
        "de-rec",
        "received",
        "de",
        False,
        ["{company} Karriere <no-reply@{ats}>"],
        ["Eingangsbestätigung Ihrer Bewerbung", "Vielen Dank für Ihre Bewerbung"],
        [
            ["Guten Tag {first} {last},"],
            [
                "vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind bei uns eingegangen.",
                "hiermit bestätigen wir den Eingang Ihrer Bewerbung.",
            ],
            [
                "Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.",
                "Sobald wir Ihre Bewerbung geprüft haben, erhalten Sie eine Rückmeldung.",
            ],
            [
                "Mit freundlichen Grüßen\nIhr Recruiting-Team",
                "Diese E-Mail wurde automatisch erstellt.",
            ],
        ],
    ),
    F(
        "de-rec-held",
        "received",
        "de",
        True,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["AW: Bewerbung {role}", "Danke für deine Bewerbung"],
        [
            ["Hallo {first},"],
            [
                "kurze Info: deine Bewerbung ist gut bei uns angekommen.",
                "danke für deine Nachricht und den Lebenslauf!",
            ],
            [
                "Wir schauen uns alle Bewerbungen bis Ende nächster Woche an und melden uns dann bei dir.",
                "Deine Unterlagen liegen gerade beim Team zur Prüfung.",
            ],
            ["Viele Grüße\n{recruiter}"],
        ],
    ),
    F(
        "de-oth-alert",
        "other",
        "de",
        False,
        ["{board} Jobletter <jobs@{board_domain}>"],
        ["Neue Stellenangebote für {role}", "Ihr Job-Alarm: 9 neue Angebote"],
        [
            ["Hallo {first},"],
            [
                "hier sind die neuesten Stellenangebote passend zu Ihrer Suche „{role}“:",
                "diese Jobs wurden heute neu veröffentlicht:",
            ],
            [
                "{role} – {company} – Berlin\n{role} (m/w/d) – {company2} – Remote",
                "{company} sucht eine/n {role}. Jetzt mit einem Klick bewerben.",
            ],
            ["Job-Alarm verwalten | Abmelden"],
        ],
    ),
    F(
        "de-oth-tips",
        "other",
        "de",
        False,
        [
            "{board} Karriere-Tipps <tipps@{board_domain}>",
            "{recruiter} <{recruiter_mail}@{agency_domain}>",
        ],
        ["So überzeugen Sie im Vorstellungsgespräch", "Spannende Position als {role}"],
        [
            ["Hallo {first},"],
            [
                "gute Vorbereitung ist die halbe Miete: Informieren Sie sich über das Unternehmen und üben Sie Ihre Selbstpräsentation.",
                "ich bin auf Ihr Profil gestoßen und habe eine spannende Position als {role} bei einem meiner Kunden.",
            ],
            [
                "Alle Tipps finden Sie in unserem Ratgeber.",
                "Hätten Sie diese Woche Zeit für ein kurzes Telefonat?",
            ],
            ["Viele Grüße"],
        ],
    ),
    F(
        "de-oth-held",
        "other",
        "de",
        True,
        ["{board} <benachrichtigung@{board_domain}>", "{first} {last} <{first_mail}@{own_domain}>"],
        ["Ihre Bewerbung wurde angesehen", "Bewerbung als {role}"],
        [
            ["Hallo {first},", "Sehr geehrte Damen und Herren,"],
            [
                "{company} hat Ihre Bewerbung angesehen.",
                "hiermit bewerbe ich mich auf die ausgeschriebene Stelle als {role}. Meinen Lebenslauf finden Sie im Anhang.",
            ],
            [
                "Ähnliche Jobs entdecken: {link}",
                "Über eine Einladung zu einem Gespräch würde ich mich freuen.",
            ],
            ["Ihr {board}-Team", "Mit freundlichen Grüßen\n{first} {last}"],
        ],
    ),
]
