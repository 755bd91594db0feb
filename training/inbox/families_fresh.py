"""A last exam: families written after every design choice was made (features, cues, C, data),
all held out, and measured once. Their figures are reported apart in benchmarks/README.md."""

from __future__ import annotations

from family import Family as F

FAMILIES: list[F] = [
    F(
        "fresh-rej-en-charity",
        "rejection",
        "en",
        True,
        ["{company} Volunteers & Jobs <people@{domain}>"],
        ["Your application for {role}", "Thank you from everyone at {company}"],
        [
            ["Dear {first},"],
            [
                "We were overwhelmed this time: more than 300 people applied to be our {role}, and reading every letter reminded us why this work matters.",
                "Thank you for telling us your story in your application.",
            ],
            [
                "We are not able to take your application further, and we know that is hard to hear after the care you put into it.",
                "The panel has now made its shortlist, and I'm sorry to say you are not on it.",
            ],
            [
                "If you are happy for us to, we will keep your details and let you know about roles that fit you in the coming year.",
                "Many of our staff applied more than once before joining us, so please don't let this stop you.",
            ],
            ["With thanks,\n{recruiter}"],
        ],
    ),
    F(
        "fresh-rej-es-agency",
        "rejection",
        "es",
        True,
        ["{recruiter} | {agency} <{recruiter_mail}@{agency_domain}>"],
        ["Feedback de {company}", "Novedades sobre {role}"],
        [
            ["Hola {first}:"],
            [
                "Ya tengo respuesta de {company} sobre el puesto de {role}.",
                "Te escribo con el feedback del cliente.",
            ],
            [
                "Me dicen que han apostado por un perfil con más experiencia en el sector, así que no vas a pasar a la siguiente fase.",
                "Por desgracia han preferido a otro candidato y el proceso se cierra para ti.",
            ],
            [
                "Tengo otros procesos abiertos que te pueden encajar; te llamo esta semana.",
                "No te desanimes, seguimos buscando.",
            ],
            ["Un saludo,\n{recruiter}"],
        ],
    ),
    F(
        "fresh-int-en-coordinator",
        "interview",
        "en",
        True,
        ["{recruiter}, Interview Coordinator <interviews@{domain}>"],
        ["Your {company} interview loop", "Scheduling your final interviews – {role}"],
        [
            ["Hello {first},"],
            [
                "I coordinate interviews for the {role} team and I'll be your point of contact for the final stage.",
                "The team would like to move you forward to the final loop.",
            ],
            [
                "It's four 45-minute conversations on {day}, starting at {time}, with a lunch break. Reply with any dates that don't work for you next week and I'll build the schedule.",
                "Could you send me three half-days you're free over the next two weeks? I'll book the interviewers around you.",
            ],
            [
                "We'll book and pay for your travel and hotel if you come to the office.",
                "Each conversation is on video; links follow once we confirm.",
            ],
            ["Thanks,\n{recruiter}"],
        ],
    ),
    F(
        "fresh-int-de-phone",
        "interview",
        "de",
        True,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Telefoninterview – {role}", "Ihre Bewerbung: Telefontermin"],
        [
            ["Sehr geehrte/r {first} {last},"],
            [
                "Ihre Bewerbung als {role} hat uns neugierig gemacht, und wir möchten Sie gern in einem Telefoninterview näher kennenlernen.",
                "wir laden Sie herzlich zu einem ersten telefonischen Austausch ein.",
            ],
            [
                "Ich würde Sie am {day} um {time} anrufen – passt Ihnen das? Sonst schlagen Sie mir gern zwei Alternativen vor.",
                "Bitte buchen Sie sich einen Telefontermin über unseren Kalender: {link}",
            ],
            ["Mit freundlichen Grüßen\n{recruiter}"],
        ],
    ),
    F(
        "fresh-off-en-founder",
        "offer",
        "en",
        True,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Formal offer: {role}", "{first}, we'd like you to join {company}"],
        [
            ["Dear {first},"],
            [
                "Following your conversations with the team, I'm pleased to formally offer you the role of {role} at {company}.",
                "I'm writing to make you a formal offer to join us as {role}.",
            ],
            [
                "The role pays {salary} a year, with 0.2% equity vesting over four years and a start date of {start}.",
                "Your package: {salary} annual salary, private health cover and 30 days' leave, starting {start}.",
            ],
            [
                "This offer is open until {day}; sign the attached letter to accept.",
                "Please let me know your decision by {day}.",
            ],
            ["Best regards,\n{recruiter}, CEO"],
        ],
    ),
    F(
        "fresh-off-fr-formal",
        "offer",
        "fr",
        True,
        ["Ressources humaines {company} <rh@{domain}>"],
        ["Votre candidature a été retenue", "Proposition pour le poste de {role}"],
        [
            ["Bonjour {first},"],
            [
                "Nous avons le plaisir de vous annoncer que votre candidature au poste de {role} a été retenue.",
                "Nous sommes heureux de vous confirmer notre souhait de vous recruter comme {role}.",
            ],
            [
                "Le salaire annuel brut proposé est de {salary}, pour une arrivée le {start}. Le contrat vous sera adressé dès votre accord.",
                "Vous trouverez en pièce jointe notre proposition détaillée ({salary} brut annuel).",
            ],
            ["Bienvenue parmi nous !\nL'équipe RH"],
        ],
    ),
    F(
        "fresh-rec-en-next",
        "received",
        "en",
        True,
        ["{company} Hiring <hiring@{ats}>"],
        ["Application received — what happens next", "{company}: thanks for applying to {role}"],
        [
            ["Hi {first},"],
            [
                "Thanks for applying to {company} for the {role} role. Your application is in our queue.",
                "Nice, your application for {role} has arrived.",
            ],
            [
                "Here's what happens next: a member of the team reads it within ten working days, and we email you either way.",
                "We try to reply to everyone within two weeks, whatever the outcome.",
            ],
            [
                "Meanwhile, you can read about how we work on our blog.",
                "No need to reply to this email.",
            ],
            ["The {company} hiring team"],
        ],
    ),
    F(
        "fresh-rec-es-formal",
        "received",
        "es",
        True,
        ["Selección {company} <seleccion@{domain}>"],
        ["Acuse de recibo de su candidatura", "Candidatura recibida – {role}"],
        [
            ["Estimado/a {first} {last}:"],
            [
                "Le confirmamos que su candidatura para el puesto de {role} se ha recibido correctamente.",
                "Acusamos recibo de su solicitud y le agradecemos su interés.",
            ],
            [
                "El equipo de selección la estudiará y se pondrá en contacto con usted si su perfil se ajusta a lo que buscamos.",
                "Le informaremos de los siguientes pasos una vez cerrado el plazo.",
            ],
            ["Atentamente,\nDepartamento de Selección"],
        ],
    ),
    F(
        "fresh-oth-en-network",
        "other",
        "en",
        True,
        ["{board} <network@{board_domain}>"],
        ["{recruiter} wants to connect", "You have 2 new endorsements"],
        [
            ["Hi {first},"],
            [
                "{recruiter}, Talent Partner at {company}, would like to join your network.",
                "Two people endorsed you for project management this week.",
            ],
            ["Accept the invitation: {link}", "See your endorsements: {link}"],
            ["You are receiving notification emails. Unsubscribe."],
        ],
    ),
    F(
        "fresh-oth-en-rejection-advice",
        "other",
        "en",
        True,
        ["{board} Weekly <weekly@{board_domain}>"],
        ["Got a rejection? Here's how to bounce back", "From rejection to offer: readers' stories"],
        [
            ["Hi {first},"],
            [
                "Every job seeker hears no more often than yes. This week, three readers tell us how they turned a rejection into their next offer.",
                "A rejection email stings. Our career coach shares how to ask for feedback and keep going.",
            ],
            ["Read the stories: {link}", "Read the article on our site: {link}"],
            ["You get this newsletter because you signed up. Unsubscribe at any time."],
        ],
    ),
]
