"""Second round of training families: new writers for the kinds the family-wise cross-validation
on the training split still got wrong (curt and status-page rejections read as acknowledgements,
the person's own mail read as an invitation, casual invitations read as other). All training
(held=False); written for NextYes, none copied from anywhere or from the fresh checks."""

from __future__ import annotations

from family import Family as F


def _t(
    fid: str, label: str, lang: str, senders: list[str], subjects: list[str], *paras: list[str]
) -> F:
    return F(fid, label, lang, False, senders, subjects, list(paras))


FAMILIES: list[F] = [
    # ---- rejections ----
    _t(
        "en-rej-portal-status",
        "rejection",
        "en",
        ["{company} Careers <careers-noreply@{ats}>", "no-reply@{ats}"],
        [
            "An update on your application",
            "{role}: your application has been updated",
            "Application update ({ref})",
        ],
        [
            "Hi {first}, there's an update on your application for {role} ({ref}).",
            "Application {ref} for {role} has a new status.",
        ],
        [
            "The hiring team has reviewed your application and is moving ahead with other applicants.",
            "Status: no longer under consideration.",
            "The hiring team has decided not to move your application to the next step.",
            "We're sorry to say the position has been withdrawn and all applications are now closed.",
        ],
        [
            "You can see all your applications and apply for other roles in your candidate account: {link}",
            "Thanks for considering {company}.",
        ],
    ),
    _t(
        "en-rej-after-onsite",
        "rejection",
        "en",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Your onsite with {company}", "Decision on {role}", "Thank you, {first}"],
        ["Hi {first},", "Dear {first},"],
        [
            "Thank you for spending most of a day with us; the team appreciated your questions and your case study.",
            "I've just come out of the debrief for your interviews on {day}.",
        ],
        [
            "The panel was split, and the hiring manager has decided not to extend an offer this time.",
            "We won't be offering you the position; the panel felt another finalist was further along in the skills this role needs first.",
            "I'm afraid we've decided to hire a candidate with more hands-on experience in our industry.",
        ],
        [
            "If you'd like feedback, I'm glad to set up a 15-minute call.",
            "You left a strong impression and I'd encourage you to apply again in the future.",
        ],
        ["Best,\n{recruiter}", "Kind regards,\n{recruiter}"],
    ),
    _t(
        "en-rej-agency-internal",
        "rejection",
        "en",
        ["{recruiter} <{recruiter_mail}@{agency_domain}>"],
        ["{company} update", "Bad news on {role}, sorry"],
        ["Hi {first},", "{first} —"],
        [
            "I heard back from {company} this afternoon.",
            "Just off the phone with the client.",
        ],
        [
            "They've decided to fill the role with an internal candidate, so they're stopping the external process.",
            "They've chosen to go with someone who has worked in their sector before, so it's a no on this one.",
            "It's not good news: they won't be taking you forward to the second interview.",
        ],
        [
            "Gutted for you. I'll keep looking and send you anything suitable.",
            "Don't read too much into it; I'll be in touch about the next one.",
        ],
        ["{recruiter}\n{agency}"],
    ),
    _t(
        "en-rej-role-cancelled",
        "rejection",
        "en",
        ["{company} People Team <people@{domain}>"],
        ["About the {role} opening", "{role} hiring paused"],
        ["Hello {first},"],
        [
            "I'm writing to let you know that we have had to cancel the {role} search because of a hiring freeze.",
            "Following a change in our plans for next year, the {role} vacancy will not be filled, and we are closing the process for all candidates.",
        ],
        [
            "This is no reflection on your application, and we are sorry for the time you put into it.",
            "We know this is disappointing, and we appreciate your interest in {company}.",
        ],
        ["With best wishes,\n{company} People Team"],
    ),
    _t(
        "en-rej-one-liner",
        "rejection",
        "en",
        ["{recruiter} <{recruiter_mail}@{domain}>", "jobs@{domain}"],
        ["Re: {role}", "Your application", "{role} – outcome"],
        [
            "Thanks for applying — we won't be progressing your application.",
            "Sorry {first}, it's a no for the {role} job this time.",
            "We've filled the role. Thanks for your interest.",
            "Not successful on this occasion, thanks for applying.",
            "We have decided not to proceed with your application. Regards, {recruiter}",
        ],
    ),
    _t(
        "fr-rej-agence",
        "rejection",
        "fr",
        ["{recruiter} – {agency} <{recruiter_mail}@{agency_domain}>"],
        ["Retour de {company}", "Votre candidature chez {company}"],
        ["Bonjour {first},"],
        [
            "J'ai eu le retour de mon client concernant le poste de {role}.",
            "{company} m'a fait part de sa décision hier soir.",
        ],
        [
            "Ils ont préféré poursuivre avec un candidat ayant davantage d'expérience managériale.",
            "Votre candidature n'a malheureusement pas été retenue pour la suite du processus.",
        ],
        ["Je reviens vers vous dès que j'ai une autre mission qui vous correspond.\n{recruiter}"],
    ),
    _t(
        "de-rej-nach-gespraech",
        "rejection",
        "de",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Ihre Bewerbung – unsere Entscheidung", "Nach unserem Gespräch"],
        ["Hallo {first},", "Sehr geehrte/r {first} {last},"],
        [
            "vielen Dank noch einmal für das offene Gespräch am {day}.",
            "wir haben uns nach den Gesprächen intensiv beraten.",
        ],
        [
            "Wir haben uns am Ende für jemanden entschieden, dessen Erfahrung noch besser zu unserem Team passt, und können Ihnen daher leider keine Zusage geben.",
            "Leider müssen wir Ihnen mitteilen, dass wir den Prozess mit Ihnen nicht fortsetzen werden.",
        ],
        ["Wir wünschen Ihnen alles Gute.\n{recruiter}"],
    ),
    _t(
        "es-rej-tras-entrevista",
        "rejection",
        "es",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Resultado del proceso – {role}", "Gracias por tu tiempo"],
        ["Hola {first},", "Estimado/a {first}:"],
        [
            "Gracias por la entrevista del {day}, fue un placer conocerte.",
            "Hemos terminado las entrevistas para el puesto de {role}.",
        ],
        [
            "Finalmente hemos elegido a otra persona y no podremos avanzar con tu candidatura.",
            "Lamentablemente, en esta ocasión no has sido la persona elegida para el puesto.",
        ],
        ["Te deseamos mucha suerte.\n{recruiter}"],
    ),
    # ---- interviews ----
    _t(
        "en-int-manager-direct",
        "interview",
        "en",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Your application – can we talk?", "30 minutes this week?", "{role}: quick intro call"],
        ["Hi {first},", "Hello {first} —"],
        [
            "I lead the team you applied to and I liked what I saw in your application.",
            "Your CV landed on my desk and I'd love to hear more about your last project.",
        ],
        [
            "Could we do a 30-minute video call this week? {day} at {time} works for me, or send me two times that suit you.",
            "Are you around {day} for a first conversation? I'll send a calendar invite once you pick a time.",
            "Here's my calendar, book any free half hour: {link}",
        ],
        ["Thanks,\n{recruiter}", "Looking forward,\n{recruiter}"],
    ),
    _t(
        "en-int-final-round",
        "interview",
        "en",
        ["{company} Recruiting <recruiting@{domain}>"],
        ["Final round invitation – {role}", "You're through to the final stage"],
        ["Dear {first},"],
        [
            "Thank you for completing the second interview. We're pleased to invite you to the final round for {role}.",
            "The team enjoyed meeting you and would like you to come back for a last conversation with our director.",
        ],
        [
            "It takes place on {day} at {time} at {address}, and lasts about {minutes} minutes including a short presentation.",
            "Please confirm whether {day} at {time} suits you; otherwise reply with your availability.",
        ],
        ["Kind regards,\n{company} Recruiting"],
    ),
    _t(
        "de-int-telefon",
        "interview",
        "de",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Kurzes Telefonat zu Ihrer Bewerbung", "Terminvorschlag: {role}"],
        ["Guten Tag {first} {last},", "Hallo {first},"],
        [
            "Ihre Unterlagen haben uns überzeugt, und wir würden gern telefonisch mehr über Sie erfahren.",
            "gern würden wir Sie in einem ersten telefonischen Interview kennenlernen.",
        ],
        [
            "Hätten Sie am {day} um {time} Zeit für etwa {minutes} Minuten? Ich rufe Sie dann an.",
            "Bitte wählen Sie über diesen Link einen passenden Zeitpunkt: {link}",
        ],
        ["Viele Grüße\n{recruiter}"],
    ),
    _t(
        "fr-int-agence",
        "interview",
        "fr",
        ["{recruiter} – {agency} <{recruiter_mail}@{agency_domain}>"],
        ["{company} souhaite vous rencontrer", "Bonne nouvelle pour {role}"],
        ["Bonjour {first},"],
        [
            "Mon client {company} a lu votre CV et souhaite organiser un premier rendez-vous.",
            "{company} est partant pour avancer avec vous sur le poste de {role}.",
        ],
        [
            "Ils proposent {day} à {time} dans leurs locaux. Est-ce que cela vous convient ?",
            "Pouvez-vous m'envoyer vos disponibilités pour la semaine prochaine ?",
        ],
        ["À bientôt,\n{recruiter}"],
    ),
    _t(
        "es-int-rrhh",
        "interview",
        "es",
        ["Selección {company} <seleccion@{domain}>"],
        ["Citación a entrevista – {role}", "Siguiente fase del proceso"],
        ["Hola {first}:"],
        [
            "Tu candidatura ha pasado a la siguiente fase del proceso de {role}.",
            "Nos gustaría mantener una entrevista contigo para el puesto de {role}.",
        ],
        [
            "Te proponemos el {day} a las {time} por videollamada. ¿Te viene bien?",
            "Elige el día y la hora que mejor te vengan en este enlace: {link}",
        ],
        ["Un saludo,\nEquipo de Selección"],
    ),
    # ---- offers and acknowledgements ----
    _t(
        "en-off-portal",
        "offer",
        "en",
        ["{company} HR <hr-noreply@{ats}>"],
        ["Your offer is ready to review", "Action needed: your {company} offer"],
        ["Hi {first},"],
        [
            "Congratulations! Your offer for {role} is waiting for you in the candidate portal.",
            "We're excited to share your employment offer for the position of {role}.",
        ],
        [
            "It sets out your salary of {salary}, your benefits and a proposed start date of {start}. Please review and e-sign it by the end of the week: {link}",
            "Open the portal to read the terms ({salary} per year, starting {start}) and accept or decline: {link}",
        ],
        ["Welcome to the team,\n{company} HR"],
    ),
    _t(
        "fr-off-startup",
        "offer",
        "fr",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["On aimerait que tu nous rejoignes !", "Proposition pour le poste de {role}"],
        ["Salut {first},", "Bonjour {first},"],
        [
            "Toute l'équipe a adoré nos échanges et on souhaite te proposer le poste de {role}.",
            "Bonne nouvelle : nous aimerions t'embaucher comme {role}.",
        ],
        [
            "On te propose un salaire de {salary} brut annuel, en CDI, avec une arrivée le {start}.",
            "Je t'envoie la promesse d'embauche ce soir, avec {salary} brut par an.",
        ],
        ["Dis-moi ce que tu en penses !\n{recruiter}"],
    ),
    _t(
        "en-rec-app-confirm",
        "received",
        "en",
        ["{board} <applications@{board_domain}>", "{company} via {board} <noreply@{board_domain}>"],
        ["Application sent to {company}", "Your application to {company} was sent"],
        [
            "Your application for {role} at {company} has been sent. The employer will contact you directly if they want to move forward.",
            "Done! {company} has your application for {role}; we'll let you know if its status changes.",
        ],
        ["Track your applications: {link}"],
    ),
    _t(
        "de-rec-konzern",
        "received",
        "de",
        ["{company} Recruiting <bewerbung@{ats}>"],
        ["Eingangsbestätigung Ihrer Bewerbung", "Ihre Bewerbung ({ref}) ist bei uns angekommen"],
        ["Guten Tag {first} {last},"],
        [
            "herzlichen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind vollständig bei uns angekommen.",
            "wir bestätigen den Eingang Ihrer Bewerbung für die Position {role}.",
        ],
        [
            "Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.",
            "Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.",
        ],
        ["Ihr Recruiting-Team von {company}"],
    ),
    # ---- the person's own mail and other ----
    _t(
        "en-oth-sent-thank-you",
        "other",
        "en",
        ["{first} {last} <{first_mail}@{own_domain}>"],
        ["Thank you", "Thank you for your time", "Re: Interview on {day}", "Great to meet you"],
        ["Dear {recruiter},", "Hi {recruiter},"],
        [
            "Thank you for meeting with me today to discuss the {role} position. I enjoyed learning about how the team works.",
            "Thanks for taking the time to speak with me yesterday. Our conversation about the roadmap stayed with me.",
            "I wanted to thank you and the panel for the interview this morning.",
        ],
        [
            "I'm very interested in the role and would be glad to provide references or anything else you need.",
            "I look forward to hearing from you about next steps.",
            "Please let me know if there's anything more I can share.",
        ],
        ["Kind regards,\n{first} {last}", "Best,\n{first}\n\nSent from my iPhone"],
    ),
    _t(
        "en-oth-sent-withdraw",
        "other",
        "en",
        ["{first} <{first_mail}@{own_domain}>"],
        [
            "Withdrawing my application",
            "Re: {role} – an update from me",
            "Re: Interview invitation",
        ],
        ["Hello {recruiter},", "Hi {recruiter},"],
        [
            "I've accepted another offer, so I'd like to withdraw my application for {role}. Thank you for your time and for the interview.",
            "Thank you for the invitation. I've decided to take a different role, so I won't be continuing in the process.",
            "Unfortunately I can't make {day}; could we find another time next week?",
        ],
        ["All the best,\n{first}", "Kind regards,\n{first} {last}"],
    ),
    _t(
        "en-oth-sent-networking",
        "other",
        "en",
        ["{first} {last} <{first_mail}@{own_domain}>"],
        ["Quick question about {company}", "Coffee?", "Referral for {role}?"],
        ["Hi {recruiter},"],
        [
            "I'm applying for the {role} role at {company} and saw that you work there. Would you be open to a short chat about the team?",
            "A friend suggested I reach out. I'm looking for {role} roles and would really value 20 minutes of your advice.",
        ],
        ["Thanks so much,\n{first}"],
    ),
    _t(
        "en-oth-inmail",
        "other",
        "en",
        ["{recruiter} via {board} <inmail@{board_domain}>"],
        ["{first}, a role you might like", "Opportunity: {role} ({salary})"],
        ["Hi {first},"],
        [
            "I'm recruiting for a {role} at a growing company in your area and think your experience could be a great match.",
            "Your profile came up in my search and I think you'd be a strong fit for a client of mine.",
        ],
        [
            "Would you be interested in hearing more? If so, reply here and we can set up a call.",
            "Let me know if you're open to new opportunities, and when might be good to talk.",
        ],
        ["Best,\n{recruiter}\n{agency}"],
    ),
    _t(
        "de-oth-sent-dank",
        "other",
        "de",
        ["{first} {last} <{first_mail}@{own_domain}>"],
        ["Vielen Dank für das Gespräch", "AW: Einladung zum Vorstellungsgespräch"],
        ["Hallo {recruiter},", "Sehr geehrte/r {recruiter},"],
        [
            "herzlichen Dank für das angenehme Gespräch heute. Die Aufgaben als {role} reizen mich sehr.",
            "gern bestätige ich den Termin am {day} um {time}. Ich freue mich auf unser Gespräch.",
        ],
        ["Viele Grüße\n{first} {last}"],
    ),
    _t(
        "es-oth-sent-gracias",
        "other",
        "es",
        ["{first} {last} <{first_mail}@{own_domain}>"],
        ["Gracias por la entrevista", "RE: Entrevista {role}"],
        ["Hola {recruiter}:", "Estimado/a {recruiter}:"],
        [
            "Quería darte las gracias por la conversación de hoy; me ha encantado conocer al equipo.",
            "Te confirmo que el {day} a las {time} me viene perfecto. Muchas gracias.",
        ],
        ["Un saludo,\n{first}"],
    ),
    _t(
        "fr-oth-approche",
        "other",
        "fr",
        ["{recruiter} – {agency} <{recruiter_mail}@{agency_domain}>"],
        ["Une opportunité qui pourrait vous plaire", "{role} – êtes-vous à l'écoute ?"],
        ["Bonjour {first},"],
        [
            "Je recrute pour l'un de mes clients un poste de {role} et votre profil a retenu mon attention.",
            "Êtes-vous ouvert(e) à de nouvelles opportunités en ce moment ?",
        ],
        ["Si le sujet vous intéresse, je vous propose un court échange téléphonique.\n{recruiter}"],
    ),
]
