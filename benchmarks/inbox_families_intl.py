"""French, German and Spanish template families (all text written for NextYes)."""

from __future__ import annotations

from inbox_family import Family as F

FAMILIES: list[F] = [
    # ================================================================ French
    F(
        "fr-rej-ats",
        "rejection",
        "fr",
        False,
        ["{company} Recrutement <no-reply@{ats}>"],
        ["Votre candidature chez {company}", "Suite à votre candidature – {role}"],
        [
            ["Bonjour {first},", "Madame, Monsieur,"],
            [
                "Nous vous remercions de l'intérêt que vous portez à {company} et pour votre candidature au poste de {role}.",
                "Nous avons bien étudié votre candidature pour le poste de {role}.",
            ],
            [
                "Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable.",
                "Après examen attentif, nous avons le regret de vous informer que votre profil n'a pas été retenu.",
            ],
            [
                "Nous vous souhaitons pleine réussite dans vos recherches.",
                "Nous conservons votre CV dans notre base afin de vous recontacter si un poste correspondant se libère.",
            ],
            ["Cordialement,\nL'équipe Recrutement {company}"],
        ],
    ),
    F(
        "fr-rej-warm",
        "rejection",
        "fr",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Merci pour nos échanges", "{role} – notre décision"],
        [
            ["Bonjour {first},"],
            [
                "Je tenais à vous remercier chaleureusement pour le temps consacré à nos entretiens ; toute l'équipe a beaucoup apprécié votre énergie et la qualité de votre travail.",
                "Merci encore pour votre présentation, qui nous a vraiment impressionnés.",
            ],
            [
                "La décision a été difficile, mais nous avons choisi de poursuivre avec un autre candidat dont l'expérience correspond davantage à nos besoins actuels.",
                "Nous avons finalement retenu une autre personne pour ce poste.",
            ],
            [
                "J'espère sincèrement que nos chemins se recroiseront.",
                "N'hésitez pas à postuler de nouveau à l'avenir.",
            ],
            ["Bien à vous,\n{recruiter}"],
        ],
    ),
    F(
        "fr-rej-held",
        "rejection",
        "fr",
        True,
        ["Service RH {company} <rh@{domain}>"],
        ["Réponse à votre candidature", "Poste de {role} : réponse"],
        [
            ["Bonjour {first},"],
            [
                "Votre candidature a retenu toute notre attention et nous vous en remercions.",
                "Nous avons reçu de nombreuses candidatures de grande qualité pour ce poste.",
            ],
            [
                "Cependant, nous sommes au regret de ne pas pouvoir la retenir, le poste ayant été pourvu.",
                "Toutefois, nous avons décidé de ne pas poursuivre le processus avec vous.",
            ],
            ["Avec nos remerciements et nos meilleurs vœux pour la suite,\nLe service RH"],
        ],
    ),
    F(
        "fr-int-schedule",
        "interview",
        "fr",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>", "{company} Recrutement <no-reply@{ats}>"],
        ["Invitation à un entretien – {role}", "Entretien pour le poste de {role}"],
        [
            ["Bonjour {first},"],
            [
                "Votre candidature pour le poste de {role} a retenu notre attention et nous aimerions vous rencontrer.",
                "Suite à votre candidature, nous souhaiterions échanger avec vous lors d'un premier entretien.",
            ],
            [
                "Seriez-vous disponible le {day} à {time} en visioconférence ?",
                "Merci de choisir le créneau qui vous convient via ce lien : {link}",
            ],
            ["L'entretien durera environ 45 minutes.", "Dans l'attente de votre retour,"],
            ["Cordialement,\n{recruiter}"],
        ],
    ),
    F(
        "fr-int-test",
        "interview",
        "fr",
        False,
        ["{company} Tech <tech-recrutement@{domain}>"],
        ["Test technique – {role}", "Prochaine étape : exercice pratique"],
        [
            ["Bonjour {first},"],
            [
                "Nous avons le plaisir de vous proposer de passer à l'étape suivante : un test technique en ligne.",
                "Bonne nouvelle, votre profil nous intéresse et nous vous proposons un exercice à réaliser chez vous.",
            ],
            [
                "Vous avez jusqu'au {day} pour le compléter : {link}",
                "Comptez environ deux heures ; le lien est valable une semaine : {link}",
            ],
            ["Bonne chance !\nL'équipe {company}"],
        ],
    ),
    F(
        "fr-int-held",
        "interview",
        "fr",
        True,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Nouveau créneau pour notre entretien", "Re : entretien {role}"],
        [
            ["Bonjour {first},"],
            [
                "Toutes mes excuses, le créneau que vous aviez choisi n'est finalement plus disponible.",
                "Je reviens vers vous car le créneau initial a été pris entre-temps.",
            ],
            [
                "Pourriez-vous plutôt le {day} à {time} ? Je vous enverrai l'invitation dès votre confirmation.",
                "Je vous propose de nous retrouver le {day} à {time} dans nos locaux pour l'entretien avec la manager.",
            ],
            ["Merci de votre compréhension et à très bientôt,\n{recruiter}"],
        ],
    ),
    F(
        "fr-off",
        "offer",
        "fr",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>", "RH {company} <rh@{domain}>"],
        ["Proposition d'embauche – {role}", "Votre offre de poste chez {company}"],
        [
            ["Bonjour {first},"],
            [
                "Nous avons le plaisir de vous proposer le poste de {role} au sein de {company}.",
                "Suite à nos entretiens, je suis ravie de vous confirmer notre proposition d'embauche.",
            ],
            [
                "Vous trouverez ci-joint la promesse d'embauche : rémunération annuelle de {salary}, prise de poste le {start}.",
                "La rémunération proposée est de {salary} brut annuel, pour un démarrage le {start}.",
            ],
            [
                "Merci de nous faire part de votre réponse avant le {day}.",
                "Nous serions ravis de vous compter parmi nous.",
            ],
            ["Bien cordialement,\n{recruiter}"],
        ],
    ),
    F(
        "fr-off-held",
        "offer",
        "fr",
        True,
        ["{recruiter} | {agency} <{recruiter_mail}@{agency_domain}>"],
        ["Bonne nouvelle : {company} vous fait une offre !", "Offre {company}"],
        [
            ["Bonjour {first},"],
            [
                "Je viens d'avoir mon client au téléphone : {company} souhaite vous embaucher comme {role} !",
                "Félicitations, le client a décidé de vous faire une proposition.",
            ],
            [
                "Ils proposent {salary} fixe, avec un démarrage au {start}. Appelez-moi pour en discuter.",
                "L'offre écrite arrive demain ; d'ici là, je reste disponible pour en parler.",
            ],
            ["{recruiter}"],
        ],
    ),
    F(
        "fr-rec",
        "received",
        "fr",
        False,
        ["{company} Carrières <no-reply@{ats}>"],
        [
            "Confirmation de réception de votre candidature",
            "Nous avons bien reçu votre candidature",
        ],
        [
            ["Bonjour {first},"],
            [
                "Nous accusons réception de votre candidature au poste de {role} et vous en remercions.",
                "Merci pour votre candidature ! Elle a bien été enregistrée.",
            ],
            [
                "Notre équipe l'étudie avec attention et reviendra vers vous dans les meilleurs délais.",
                "Si votre profil correspond, un recruteur vous contactera sous trois semaines.",
            ],
            [
                "L'équipe Recrutement",
                "Ceci est un message automatique, merci de ne pas y répondre.",
            ],
        ],
    ),
    F(
        "fr-rec-held",
        "received",
        "fr",
        True,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Re : candidature {role}", "Merci pour votre candidature"],
        [
            ["Bonjour {first},"],
            [
                "Un petit mot pour vous dire que votre dossier est bien arrivé.",
                "Merci pour votre message et votre CV.",
            ],
            [
                "Nous faisons le point sur toutes les candidatures la semaine prochaine et je vous réponds d'ici le {day}.",
                "Votre candidature est en cours d'examen par l'équipe.",
            ],
            ["Belle journée,\n{recruiter}"],
        ],
    ),
    F(
        "fr-oth-alert",
        "other",
        "fr",
        False,
        ["{board} Alertes <alertes@{board_domain}>"],
        ["Nouvelles offres d'emploi : {role}", "15 offres correspondent à votre recherche"],
        [
            ["Bonjour {first},"],
            [
                "Voici les dernières offres qui correspondent à votre alerte « {role} » :",
                "De nouvelles offres d'emploi ont été publiées près de chez vous :",
            ],
            [
                "{role} – {company} – CDI\n{role} junior – {company2} – Télétravail",
                "{company} recrute un(e) {role}. Postulez en un clic.",
            ],
            ["Gérer mes alertes | Se désabonner"],
        ],
    ),
    F(
        "fr-oth-tips",
        "other",
        "fr",
        False,
        [
            "{board} Conseils <conseils@{board_domain}>",
            "{recruiter} <{recruiter_mail}@{agency_domain}>",
        ],
        [
            "5 conseils pour réussir votre entretien d'embauche",
            "Une opportunité de {role} pour vous ?",
        ],
        [
            ["Bonjour {first},"],
            [
                "Préparer un entretien, cela s'apprend : renseignez-vous sur l'entreprise et entraînez-vous à présenter votre parcours.",
                "J'ai vu votre profil et je pense à vous pour une mission de {role} chez l'un de mes clients.",
            ],
            [
                "Retrouvez tous nos conseils sur notre blog.",
                "Seriez-vous ouvert(e) à un échange cette semaine ?",
            ],
            ["À bientôt !"],
        ],
    ),
    F(
        "fr-oth-held",
        "other",
        "fr",
        True,
        ["{board} <notifications@{board_domain}>", "{first} {last} <{first_mail}@{own_domain}>"],
        ["Votre candidature a été consultée", "Candidature au poste de {role}"],
        [
            ["Bonjour {first},", "Madame, Monsieur,"],
            [
                "Bonne nouvelle : {company} a consulté votre candidature.",
                "Je me permets de vous adresser ma candidature pour le poste de {role}. Vous trouverez ci-joint mon CV.",
            ],
            [
                "Découvrez des offres similaires : {link}",
                "Je reste à votre disposition pour un entretien.",
            ],
            ["L'équipe {board}", "Cordialement,\n{first} {last}"],
        ],
    ),
    # ================================================================ German
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
    # ================================================================ Spanish
    F(
        "es-rej-ats",
        "rejection",
        "es",
        False,
        ["{company} Selección <no-reply@{ats}>"],
        ["Tu candidatura en {company}", "Actualización sobre tu candidatura – {role}"],
        [
            ["Hola {first}:", "Estimado/a {first}:"],
            [
                "Gracias por tu interés en {company} y por presentar tu candidatura al puesto de {role}.",
                "Hemos revisado con atención tu candidatura para {role}.",
            ],
            [
                "Lamentablemente, hemos decidido no continuar con tu candidatura en esta ocasión.",
                "Sentimos comunicarte que tu perfil no ha sido seleccionado para la siguiente fase.",
            ],
            [
                "Te deseamos mucho éxito en tu búsqueda.",
                "Guardaremos tu CV en nuestra base de datos para futuras oportunidades.",
            ],
            ["Un saludo,\nEquipo de Selección"],
        ],
    ),
    F(
        "es-rej-warm",
        "rejection",
        "es",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Gracias por todo, {first}", "Sobre el puesto de {role}"],
        [
            ["Hola {first}:"],
            [
                "Quería agradecerte de corazón el tiempo que nos dedicaste; al equipo le encantó tu presentación y tu forma de trabajar.",
                "Muchas gracias por participar en todo el proceso, fue un placer conocerte.",
            ],
            [
                "Ha sido una decisión muy difícil, pero finalmente hemos elegido a otra persona cuyo perfil encaja un poco más con lo que necesitamos ahora.",
                "Al final nos hemos decantado por otro candidato, así que no podremos seguir adelante contigo.",
            ],
            [
                "Ojalá coincidamos en el futuro.",
                "Nos encantaría que volvieras a presentarte más adelante.",
            ],
            ["Un abrazo,\n{recruiter}"],
        ],
    ),
    F(
        "es-rej-held",
        "rejection",
        "es",
        True,
        ["RR. HH. {company} <rrhh@{domain}>"],
        ["Respuesta a tu solicitud", "Proceso de selección: {role}"],
        [
            ["Buenos días, {first}:"],
            [
                "Te escribimos para informarte de que el puesto de {role} ya ha sido cubierto.",
                "Hemos recibido muchísimas candidaturas y el nivel ha sido muy alto.",
            ],
            [
                "Por ello, no podemos seguir adelante con tu solicitud.",
                "Tras valorar todos los perfiles, lamentamos decirte que no has sido seleccionado/a.",
            ],
            ["Agradecemos tu interés y te deseamos lo mejor.\nRecursos Humanos"],
        ],
    ),
    F(
        "es-int-schedule",
        "interview",
        "es",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>", "{company} Empleo <no-reply@{ats}>"],
        ["Invitación a entrevista – {role}", "Entrevista para el puesto de {role}"],
        [
            ["Hola {first}:"],
            [
                "Tu candidatura para {role} nos ha parecido muy interesante y nos gustaría conocerte.",
                "Nos gustaría invitarte a una primera entrevista para el puesto de {role}.",
            ],
            [
                "¿Te vendría bien el {day} a las {time} por videollamada?",
                "Por favor, elige el horario que mejor te venga en este enlace: {link}",
            ],
            ["La entrevista durará unos 45 minutos.", "Quedamos a la espera de tu respuesta."],
            ["Saludos,\n{recruiter}"],
        ],
    ),
    F(
        "es-int-test",
        "interview",
        "es",
        False,
        ["{company} Tech <seleccion-tech@{domain}>"],
        ["Prueba técnica – {role}", "Siguiente paso: ejercicio práctico"],
        [
            ["Hola {first}:"],
            [
                "Nos alegra contarte que pasas a la siguiente fase: una prueba técnica online.",
                "Buenas noticias: queremos proponerte un pequeño ejercicio práctico.",
            ],
            [
                "Tienes hasta el {day} para completarla: {link}",
                "Calcula unas dos horas; el enlace estará activo una semana: {link}",
            ],
            ["¡Mucha suerte!\nEquipo {company}"],
        ],
    ),
    F(
        "es-int-held",
        "interview",
        "es",
        True,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Nuevo horario para la entrevista", "RE: entrevista {role}"],
        [
            ["Hola {first}:"],
            [
                "Perdona las molestias: el horario que habías reservado ya no está disponible porque lo ocupó otra persona.",
                "Te escribo porque el hueco que teníamos previsto se ha ocupado.",
            ],
            [
                "¿Podríamos hacer la entrevista el {day} a las {time}? En cuanto me confirmes te envío la invitación.",
                "Te propongo vernos el {day} a las {time} en nuestra oficina con la responsable del equipo.",
            ],
            ["Gracias por tu comprensión,\n{recruiter}"],
        ],
    ),
    F(
        "es-off",
        "offer",
        "es",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>", "RR. HH. {company} <rrhh@{domain}>"],
        ["Oferta de empleo – {role}", "Tu oferta de {company}"],
        [
            ["Hola {first}:"],
            [
                "Nos complace ofrecerte el puesto de {role} en {company}.",
                "Tras las entrevistas, estamos encantados de hacerte una propuesta para unirte al equipo.",
            ],
            [
                "Adjuntamos la carta de oferta: salario bruto anual de {salary} e incorporación el {start}.",
                "La retribución propuesta es de {salary} al año, con fecha de incorporación el {start}.",
            ],
            [
                "Te agradeceríamos una respuesta antes del {day}.",
                "¡Esperamos darte pronto la bienvenida!",
            ],
            ["Un saludo,\n{recruiter}"],
        ],
    ),
    F(
        "es-off-held",
        "offer",
        "es",
        True,
        ["{recruiter} | {agency} <{recruiter_mail}@{agency_domain}>"],
        ["¡{company} quiere contratarte!", "Buenas noticias: tienes una oferta"],
        [
            ["Hola {first}:"],
            [
                "Acabo de hablar con {company} y quieren contratarte como {role}. ¡Enhorabuena!",
                "El cliente ha decidido hacerte una oferta formal.",
            ],
            [
                "Ofrecen {salary} fijos, incorporación a partir del {start}. Llámame y lo repasamos.",
                "El contrato llegará esta semana; el salario es de {salary}.",
            ],
            ["{recruiter}"],
        ],
    ),
    F(
        "es-rec",
        "received",
        "es",
        False,
        ["{company} Empleo <no-reply@{ats}>"],
        ["Hemos recibido tu candidatura", "Confirmación de tu solicitud – {role}"],
        [
            ["Hola {first}:"],
            [
                "Gracias por tu interés. Confirmamos que hemos recibido tu candidatura para el puesto de {role}.",
                "Tu solicitud se ha registrado correctamente.",
            ],
            [
                "Nuestro equipo la revisará y, si tu perfil encaja, nos pondremos en contacto contigo.",
                "El proceso de revisión puede tardar hasta tres semanas.",
            ],
            ["Equipo de Selección", "Este es un mensaje automático, por favor no respondas."],
        ],
    ),
    F(
        "es-rec-held",
        "received",
        "es",
        True,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["RE: candidatura {role}", "Gracias por escribirnos"],
        [
            ["Hola {first}:"],
            [
                "Solo quería decirte que tu CV nos ha llegado bien.",
                "Gracias por tu mensaje y por tu candidatura.",
            ],
            [
                "Vamos a revisar todas las solicitudes la semana que viene y te diremos algo antes del {day}.",
                "Ahora mismo el equipo está revisando tu perfil.",
            ],
            ["Un saludo,\n{recruiter}"],
        ],
    ),
    F(
        "es-oth-alert",
        "other",
        "es",
        False,
        ["{board} Alertas <alertas@{board_domain}>"],
        ["Nuevas ofertas de empleo: {role}", "10 ofertas coinciden con tu búsqueda"],
        [
            ["Hola {first}:"],
            [
                "Estas son las últimas ofertas que coinciden con tu alerta «{role}»:",
                "Se han publicado nuevas ofertas de empleo cerca de ti:",
            ],
            [
                "{role} – {company} – Indefinido\n{role} junior – {company2} – Remoto",
                "{company} busca {role}. Inscríbete con un clic.",
            ],
            ["Gestionar alertas | Darse de baja"],
        ],
    ),
    F(
        "es-oth-tips",
        "other",
        "es",
        False,
        [
            "{board} Consejos <consejos@{board_domain}>",
            "{recruiter} <{recruiter_mail}@{agency_domain}>",
        ],
        ["Cómo preparar una entrevista de trabajo", "Oportunidad como {role}"],
        [
            ["Hola {first}:"],
            [
                "Preparar una entrevista se aprende: infórmate sobre la empresa y practica cómo presentar tu trayectoria.",
                "He visto tu perfil y creo que encajarías en un puesto de {role} con uno de mis clientes.",
            ],
            ["Tienes todos los consejos en nuestro blog.", "¿Te apetece que hablemos esta semana?"],
            ["¡Hasta pronto!"],
        ],
    ),
    F(
        "es-oth-held",
        "other",
        "es",
        True,
        ["{board} <avisos@{board_domain}>", "{first} {last} <{first_mail}@{own_domain}>"],
        ["Han visto tu candidatura", "Candidatura para el puesto de {role}"],
        [
            ["Hola {first}:", "Estimados señores:"],
            [
                "{company} ha visto tu candidatura.",
                "Me dirijo a ustedes para presentar mi candidatura al puesto de {role}. Adjunto mi currículum.",
            ],
            ["Descubre ofertas parecidas: {link}", "Quedo a su disposición para una entrevista."],
            ["El equipo de {board}", "Atentamente,\n{first} {last}"],
        ],
    ),
]
