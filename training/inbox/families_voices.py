"""Informal and first-person voices: the person's own replies, job-board nudges and casual
recruiters, in all four languages (all text written for NextYes)."""

from __future__ import annotations

from family import Family as F

FAMILIES: list[F] = [
    F(
        "en-oth-sent-replies",
        "other",
        "en",
        False,
        ["{first} {last} <{first_mail}@{own_domain}>", "{first} <{first_mail}@{own_domain}>"],
        [
            "Re: Interview invitation – {role}",
            "Re: next steps",
            "Re: your offer",
            "Re: Update on your application",
        ],
        [
            ["Hi {recruiter},", "Hello {recruiter},", "Dear {recruiter},"],
            [
                "{day} at {time} works well for me, thank you. I'll look out for the calendar invite.",
                "Thanks for letting me know, I appreciate you taking the time to reply. Would you have any feedback on my interview?",
                "I'm happy to confirm I accept the offer and look forward to starting on {start}.",
                "Thank you for the call today; I really enjoyed hearing about the team's plans.",
            ],
            ["Best wishes,\n{first}", "Thanks again,\n{first} {last}", "Cheers,\n{first}"],
        ],
    ),
    F(
        "en-oth-board-digest",
        "other",
        "en",
        False,
        ["{board} <digest@{board_domain}>"],
        ["Your weekly job search summary", "3 employers looked at your profile this week"],
        [
            ["Hi {first},"],
            [
                'This week: 3 profile views, 2 new messages, 41 new jobs for "{role}".',
                "Recruiters from {company} and {company2} looked at your profile.",
            ],
            ["See who's hiring: {link}", "Open the app to reply to your messages."],
            ["Turn off weekly summaries in your settings."],
        ],
    ),
    # French
    F(
        "fr-oth-sent",
        "other",
        "fr",
        False,
        ["{first} {last} <{first_mail}@{own_domain}>"],
        ["RE : entretien", "Relance : candidature {role}", "Remerciements"],
        [
            ["Bonjour {recruiter},", "Madame, Monsieur,"],
            [
                "Je vous remercie pour notre échange d'hier, qui m'a confortée dans mon envie de rejoindre l'équipe.",
                "Je me permets de revenir vers vous au sujet de ma candidature envoyée il y a trois semaines.",
                "Le {day} à {time} me convient parfaitement, merci.",
            ],
            ["Bien cordialement,\n{first} {last}", "Belle journée,\n{first}"],
        ],
    ),
    F(
        "fr-oth-nudge",
        "other",
        "fr",
        False,
        ["{board} <infos@{board_domain}>"],
        ["Un recruteur a vu votre profil", "Complétez votre profil"],
        [
            ["Bonjour {first},"],
            [
                "Votre profil a été vu 6 fois cette semaine par des recruteurs.",
                "Les profils complets reçoivent trois fois plus de messages.",
            ],
            ["Mettre à jour mon profil : {link}", "Voir les offres similaires : {link}"],
            ["L'équipe {board}"],
        ],
    ),
    F(
        "fr-int-casual",
        "interview",
        "fr",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["On s'appelle ?", "Petit échange cette semaine ?"],
        [
            ["Salut {first},", "Hello {first} !"],
            [
                "J'ai lu ta candidature pour le poste de {role} et j'aimerais beaucoup qu'on en discute.",
                "Ton profil nous plaît beaucoup !",
            ],
            [
                "Tu serais dispo {day} vers {time} pour un premier appel de 30 minutes ?",
                "Choisis un moment qui t'arrange ici : {link}",
            ],
            ["À très vite,\n{recruiter}"],
        ],
    ),
    F(
        "fr-rec-casual",
        "received",
        "fr",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Merci pour ta candidature !", "Bien reçu"],
        [
            ["Salut {first},"],
            ["Merci pour ta candidature, on l'a bien reçue !", "Ton CV est bien arrivé, merci."],
            [
                "On regarde toutes les candidatures dans les deux semaines et on te tient au courant.",
                "L'équipe va l'étudier et je reviens vers toi rapidement.",
            ],
            ["Bonne journée,\n{recruiter}"],
        ],
    ),
    # German
    F(
        "de-oth-sent",
        "other",
        "de",
        False,
        ["{first} {last} <{first_mail}@{own_domain}>"],
        ["AW: Einladung", "Nachfrage zu meiner Bewerbung", "Danke für das Gespräch"],
        [
            ["Hallo {recruiter},", "Sehr geehrte Frau {last},"],
            [
                "vielen Dank für das angenehme Gespräch heute, es hat mir großen Spaß gemacht.",
                "ich wollte mich kurz nach dem Stand meiner Bewerbung als {role} erkundigen.",
                "der {day} um {time} passt mir sehr gut.",
            ],
            ["Viele Grüße\n{first}", "Mit freundlichen Grüßen\n{first} {last}"],
        ],
    ),
    F(
        "de-oth-nudge",
        "other",
        "de",
        False,
        ["{board} <info@{board_domain}>"],
        ["Ein Recruiter hat Ihr Profil angesehen", "Vervollständigen Sie Ihr Profil"],
        [
            ["Hallo {first},"],
            [
                "Ihr Profil wurde diese Woche 5-mal von Unternehmen aufgerufen.",
                "Vollständige Profile werden dreimal häufiger gefunden.",
            ],
            ["Profil aktualisieren: {link}", "Ähnliche Stellen ansehen: {link}"],
            ["Ihr {board}-Team"],
        ],
    ),
    F(
        "de-int-casual",
        "interview",
        "de",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Lust auf ein Kennenlernen?", "Kurzer Call diese Woche?"],
        [
            ["Hi {first},"],
            [
                "danke für deine Bewerbung als {role}, dein Profil gefällt uns richtig gut.",
                "wir würden dich gern kennenlernen!",
            ],
            [
                "Hast du {day} um {time} Zeit für einen 30-minütigen Videocall?",
                "Such dir hier einfach einen Slot aus: {link}",
            ],
            ["Bis bald!\n{recruiter}"],
        ],
    ),
    F(
        "de-rec-casual",
        "received",
        "de",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Deine Bewerbung ist da", "Danke dir!"],
        [
            ["Hi {first},"],
            ["vielen Dank, deine Bewerbung ist bei uns angekommen.", "danke für deine Unterlagen!"],
            [
                "Wir sehen sie uns in den nächsten zwei Wochen an und geben dir dann Bescheid.",
                "Das Team prüft gerade alle Bewerbungen; ich melde mich bald bei dir.",
            ],
            ["Liebe Grüße\n{recruiter}"],
        ],
    ),
    # Spanish
    F(
        "es-oth-sent",
        "other",
        "es",
        False,
        ["{first} {last} <{first_mail}@{own_domain}>"],
        ["RE: entrevista", "Seguimiento de mi candidatura", "Gracias por la entrevista"],
        [
            ["Hola {recruiter}:", "Estimada {recruiter}:"],
            [
                "Muchas gracias por la conversación de hoy, disfruté mucho conociendo al equipo.",
                "Quería preguntar si hay novedades sobre mi candidatura para {role}.",
                "El {day} a las {time} me va perfecto.",
            ],
            ["Un saludo,\n{first}", "Atentamente,\n{first} {last}"],
        ],
    ),
    F(
        "es-oth-nudge",
        "other",
        "es",
        False,
        ["{board} <novedades@{board_domain}>"],
        ["Una empresa ha visto tu perfil", "Completa tu perfil"],
        [
            ["Hola {first}:"],
            [
                "Tu perfil ha aparecido en 7 búsquedas de empresas esta semana.",
                "Los perfiles completos reciben el triple de mensajes.",
            ],
            ["Actualiza tu perfil: {link}", "Mira ofertas parecidas: {link}"],
            ["El equipo de {board}"],
        ],
    ),
    F(
        "es-int-casual",
        "interview",
        "es",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["¿Hablamos?", "¿Una llamada esta semana?"],
        [
            ["¡Hola {first}!"],
            [
                "He leído tu candidatura para {role} y me encantaría que charláramos.",
                "Nos ha gustado mucho tu perfil.",
            ],
            [
                "¿Tendrías un hueco el {day} a las {time} para una llamada de 30 minutos?",
                "Elige el momento que mejor te venga aquí: {link}",
            ],
            ["¡Hasta pronto!\n{recruiter}"],
        ],
    ),
    F(
        "es-rec-casual",
        "received",
        "es",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["¡Gracias por tu candidatura!", "Recibido"],
        [
            ["¡Hola {first}!"],
            [
                "Gracias por enviarnos tu candidatura, nos ha llegado bien.",
                "Tu CV ya está con nosotros.",
            ],
            [
                "Revisaremos todas las solicitudes en las próximas dos semanas y te contaremos.",
                "El equipo la está revisando y te escribo pronto.",
            ],
            ["Un abrazo,\n{recruiter}"],
        ],
    ),
    F(
        "en-off-casual",
        "offer",
        "en",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["it's a yes!", "Good news, {first}", "Joining {company}?"],
        [
            ["Hey {first},", "Hi {first}!"],
            [
                "The team met this morning and it's a unanimous yes: we want to hire you as our {role}.",
                "I'm really happy to say we'd love to bring you on board.",
            ],
            [
                "We can do {salary} plus options, and you could start around {start}. The paperwork follows once you say yes.",
                "I've attached a one-page summary of the package ({salary}); the contract comes next.",
            ],
            ["Shout if anything's unclear!", "Can't wait to work with you."],
            ["{recruiter}", "Cheers,\n{recruiter}"],
        ],
    ),
    F(
        "en-int-casual",
        "interview",
        "en",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["grab a coffee?", "chat about {role}?", "{company} — next chat"],
        [
            ["Hey {first},", "Hi {first},"],
            [
                "Thanks for applying! I'd love to hear more about your work, would you be up for a relaxed chat with me and our lead?",
                "Your application really stood out and we'd like to get to know you.",
            ],
            [
                "How about {day}, {time}? Happy to meet at our office for a coffee or on video, whichever you prefer.",
                "Book any 30-minute slot that suits you: {link}",
            ],
            ["No preparation needed.", "Looking forward to it!"],
            ["{recruiter}", "Best,\n{recruiter}"],
        ],
    ),
    F(
        "en-oth-webinar",
        "other",
        "en",
        False,
        ["{company} Careers <events@{domain}>", "{board} Events <events@{board_domain}>"],
        [
            "Join our open day on {day}",
            "Invitation: meet our engineers (online)",
            "Career fair this Thursday",
        ],
        [
            ["Hi {first},", "Hello,"],
            [
                "We're hosting an open day for anyone curious about working with us: short talks, a tour, and time for questions.",
                "Come along to our online career fair and talk to recruiters from 30 companies.",
            ],
            ["Sign up here: {link}", "Places are free but limited, register at {link}"],
            [
                "You're receiving this because you joined our talent community.",
                "Unsubscribe from event emails.",
            ],
        ],
    ),
    F(
        "fr-off-casual",
        "offer",
        "fr",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Bonne nouvelle !", "On t'embauche ?"],
        [
            ["Salut {first},"],
            [
                "L'équipe est unanime : on aimerait beaucoup t'embaucher comme {role} !",
                "Bonne nouvelle : on te fait une proposition pour rejoindre l'équipe.",
            ],
            [
                "On te propose {salary} par an, avec une arrivée vers le {start}. Le contrat suit dès que tu dis oui.",
                "Tu trouveras le détail de la proposition ({salary}) en pièce jointe.",
            ],
            ["À très vite,\n{recruiter}"],
        ],
    ),
    F(
        "de-off-casual",
        "offer",
        "de",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Gute Nachrichten!", "Wir wollen dich im Team"],
        [
            ["Hi {first},"],
            [
                "das Team ist sich einig: wir möchten dich sehr gern als {role} einstellen!",
                "gute Nachrichten – wir machen dir ein Angebot.",
            ],
            [
                "Wir bieten dir {salary} im Jahr, Start ungefähr am {start}. Den Vertrag schicken wir, sobald du zusagst.",
                "Die Eckdaten ({salary}) findest du im Anhang.",
            ],
            ["Bis bald!\n{recruiter}"],
        ],
    ),
    F(
        "es-off-casual",
        "offer",
        "es",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["¡Buenas noticias!", "¿Te unes al equipo?"],
        [
            ["¡Hola {first}!"],
            [
                "Todo el equipo está de acuerdo: queremos contratarte como {role}.",
                "Buenas noticias: te hacemos una propuesta para unirte al equipo.",
            ],
            [
                "Te ofrecemos {salary} al año y empezar hacia el {start}. El contrato llega en cuanto nos digas que sí.",
                "Tienes el detalle de la propuesta ({salary}) en el adjunto.",
            ],
            ["¡Hasta pronto!\n{recruiter}"],
        ],
    ),
]
