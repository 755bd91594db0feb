"""A second last exam: 28 families in voices no other family has, written before any change made
for them and kept out of training and tuning. `make_data.py` writes them to their own file
(`data/emails_fresh2.jsonl`, split "fresh2"); `inbox_eval.py --fresh2` measures them. Look at
these figures once per model you mean to ship, never to choose between models."""

from __future__ import annotations

from family import Family as F


def _f(
    fid: str, label: str, lang: str, senders: list[str], subjects: list[str], *paras: list[str]
) -> F:
    return F("fresh2-" + fid, label, lang, True, senders, subjects, list(paras))


FAMILIES: list[F] = [
    # ---- rejections (the hard ones first) ----
    _f(
        "rej-en-warm-after-final",
        "rejection",
        "en",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["After your final round", "{role} — an honest update"],
        ["{first}, hi,", "Hi {first} —"],
        [
            "I wanted to call, but your phone went to voicemail, so here it is in writing: the team met this morning about the {role} hire.",
            "Thanks again for the three conversations last week; everyone who met you asked me to pass on how much they enjoyed it.",
        ],
        [
            "It came down to you and one other person, and in the end they went with the candidate who has run a team like ours before.",
            "It was close, genuinely, but we're offering the job to someone whose background lines up a little more with the roadmap this year.",
        ],
        [
            "I know that's a hard thing to read after so much effort. If a second opening comes up in spring, you'll be the first person I ring.",
            "I'd happily give you detailed notes from the panel if that would be useful — just say when.",
        ],
        ["Warmly,\n{recruiter}", "All the best,\n{recruiter}"],
    ),
    _f(
        "rej-en-ats-terse",
        "rejection",
        "en",
        ["no-reply@{ats}", "{company} Recruiting <donotreply@{ats}>"],
        ["Status change: {role} ({ref})", "Requisition {ref} – application status"],
        [
            "Candidate: {first} {last}. Requisition: {role} ({ref}). New status: Not selected.",
            "Your application to {role} ({ref}) has moved to status: Declined – position closed.",
        ],
        [
            "No further action is needed on your part. You can keep browsing open roles at {link}.",
            "This requisition is no longer accepting candidates. Other openings are listed at {link}.",
        ],
        ["This is an automated message; replies are not monitored."],
    ),
    _f(
        "rej-en-keep-on-file",
        "rejection",
        "en",
        ["Talent Team, {company} <talent@{domain}>"],
        ["Thank you for your interest in {company}", "About your {role} application"],
        ["Dear {first} {last},"],
        [
            "We have now reviewed every application for the {role} vacancy and, on this occasion, yours will not be taken forward.",
            "After careful consideration we will not be inviting you to the next stage for {role}.",
        ],
        [
            "With your permission we'd like to hold on to your CV for twelve months and contact you if something closer to your experience opens up.",
            "Your details will stay in our talent pool, and we may reach out about future vacancies that suit you better.",
        ],
        ["Kind regards,\nThe {company} Talent Team"],
    ),
    _f(
        "rej-en-timing",
        "rejection",
        "en",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Re: {role}", "{role} at {company}"],
        ["Hello {first},"],
        [
            "Thank you for your patience while we worked through the process.",
            "Sorry for the slow reply — it has been a busy month here.",
        ],
        [
            "Having looked at where the team is today, we don't feel this is the right match at this time, so we'll be closing your application.",
            "Budgets moved around this quarter and we've decided to pause the {role} hire, so we won't be taking your application any further.",
        ],
        ["Best of luck with your search,\n{recruiter}"],
    ),
    _f(
        "rej-en-curt-manager",
        "rejection",
        "en",
        ["{first_mail}@{domain}", "{recruiter} <{recruiter_mail}@{domain}>"],
        ["re: role", "{role}"],
        [
            "Hi — we've gone another way on this one. Thanks for your time.",
            "Thanks {first}, we're going with someone else for the {role} spot. Good luck.",
            "Appreciate you applying but it's a no from us this time.",
        ],
    ),
    _f(
        "rej-en-public-sector",
        "rejection",
        "en",
        ["{company} Council Recruitment <recruitment@{domain}>"],
        ["Outcome of shortlisting – {role} ({ref})", "Vacancy {ref}: result"],
        ["Dear Applicant,"],
        [
            "Shortlisting for the above post has now taken place. I regret to inform you that your application did not meet the essential criteria as well as others received.",
            "The shortlisting panel has assessed all applications against the person specification, and you have not been shortlisted for interview.",
        ],
        [
            "Feedback on your application is available on request within 28 days of this letter.",
            "We thank you for your interest in working for the council.",
        ],
        ["Human Resources\n{company} Council"],
    ),
    _f(
        "rej-fr-chaleureux",
        "rejection",
        "fr",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Suite à nos échanges", "Poste de {role}"],
        ["Bonjour {first},"],
        [
            "Merci encore pour le temps que vous nous avez accordé lors des deux entretiens.",
            "L'équipe a beaucoup apprécié nos discussions et votre énergie.",
        ],
        [
            "Nous avons finalement choisi un profil plus proche de nos besoins immédiats, et nous ne pourrons donc pas aller plus loin avec vous.",
            "Après mûre réflexion, notre choix s'est porté sur une autre candidature pour ce poste.",
        ],
        [
            "Nous gardons précieusement vos coordonnées pour une prochaine occasion.",
            "Je reste disponible si vous souhaitez un retour plus détaillé.",
        ],
        ["Bien cordialement,\n{recruiter}"],
    ),
    _f(
        "rej-de-ats",
        "rejection",
        "de",
        ["{company} Karriere <noreply@{ats}>"],
        ["Ihre Bewerbung als {role} ({ref})", "Rückmeldung zu Ihrer Bewerbung"],
        ["Sehr geehrte Bewerberin, sehr geehrter Bewerber,"],
        [
            "vielen Dank für Ihr Interesse an der Position {role}. Nach sorgfältiger Prüfung müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter verfolgen können.",
            "wir haben uns Ihre Unterlagen genau angesehen. Die Stelle {role} wurde mittlerweile anderweitig vergeben.",
        ],
        [
            "Diese Entscheidung ist keine Bewertung Ihrer Person. Ihre Unterlagen werden nach sechs Monaten gelöscht.",
            "Wir wünschen Ihnen für Ihren weiteren Weg viel Erfolg.",
        ],
        ["Mit freundlichen Grüßen\nIhr Recruiting-Team"],
    ),
    _f(
        "rej-es-startup",
        "rejection",
        "es",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Sobre tu proceso en {company}", "{role}: respuesta"],
        ["¡Hola {first}!"],
        [
            "Gracias por las ganas que le has puesto a la prueba técnica, se notó.",
            "Queríamos darte una respuesta antes del fin de semana.",
        ],
        [
            "Al final hemos decidido avanzar con otra persona cuyo perfil se ajusta más a lo que buscamos ahora mismo.",
            "Esta vez no vamos a continuar contigo en el proceso, aunque nos ha costado decidir.",
        ],
        [
            "Guardamos tu CV por si surge algo más adelante. ¡Un abrazo!",
            "Mucho ánimo con la búsqueda.",
        ],
    ),
    # ---- interviews ----
    _f(
        "int-en-reschedule",
        "interview",
        "en",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["New time for our chat?", "Moving your {role} interview"],
        ["Hi {first},"],
        [
            "Our hiring manager is out sick on {day}, so the slot we had booked won't work any more — apologies for the shuffle.",
            "The time we agreed clashes with an all-hands that was just announced, sorry about that.",
        ],
        [
            "Would {day} at {time} suit you instead? Same format: 45 minutes on video with the hiring manager and a designer.",
            "Here's a booking page with the new slots for the interview: {link}. Grab whichever is easiest.",
        ],
        ["Thanks for bearing with us,\n{recruiter}"],
    ),
    _f(
        "int-en-agency-client",
        "interview",
        "en",
        ["{recruiter} | {agency} <{recruiter_mail}@{agency_domain}>"],
        ["{company} want to meet you!", "Good news on {role}"],
        ["{first}, great news —"],
        [
            "{company} read your CV this morning and they'd like to see you for a first meeting with their head of operations.",
            "the client came back quickly and wants you in for a conversation about the {role} position.",
        ],
        [
            "They've offered {day} at {time} at their office, {address}. Can you make it? Let me know and I'll confirm with them.",
            "Are you free {day} afternoon? It's around {minutes} minutes, fairly informal.",
        ],
        ["Speak soon,\n{recruiter}"],
    ),
    _f(
        "int-en-panel-ats",
        "interview",
        "en",
        ["{company} Hiring <scheduling@{ats}>"],
        ["Action required: select your interview time", "{role}: stage 2 invitation"],
        ["Hello {first},"],
        [
            "You have been advanced to Stage 2 (panel conversation) for {role}, requisition {ref}.",
            "Congratulations on progressing in the {role} process.",
        ],
        [
            "Please pick a time within the next 5 business days: {link}. The panel will include two members of the team and lasts {minutes} minutes.",
            "Use the self-scheduling link below to reserve your panel session. You'll receive a calendar invitation once it is booked.\n{link}",
        ],
        ["{company} Talent Acquisition"],
    ),
    _f(
        "int-fr-visio",
        "interview",
        "fr",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Échange pour le poste de {role}", "Prochaine étape – {company}"],
        ["Bonjour {first},"],
        [
            "Votre parcours a retenu notre attention et nous aimerions en discuter de vive voix.",
            "Suite à votre candidature, je vous propose un premier échange avec notre responsable d'équipe.",
        ],
        [
            "Seriez-vous libre {day} à {time} pour une visio d'une quarantaine de minutes ?",
            "Vous pouvez réserver un moment qui vous convient via ce lien : {link}",
        ],
        ["Belle journée,\n{recruiter}"],
    ),
    _f(
        "int-de-zweites",
        "interview",
        "de",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Einladung zum Zweitgespräch", "{role} – nächster Schritt"],
        ["Hallo {first},"],
        [
            "danke für das angenehme erste Gespräch. Wir würden Sie gern in einer zweiten Runde dem Team vorstellen.",
            "nach dem ersten Austausch möchten wir den Prozess gern mit Ihnen fortsetzen.",
        ],
        [
            "Passt Ihnen {day} um {time} bei uns vor Ort ({address})? Planen Sie etwa zwei Stunden ein.",
            "Wir schlagen {day}, {time} vor, per Video. Geben Sie mir bitte kurz Bescheid, ob das klappt.",
        ],
        ["Beste Grüße\n{recruiter}"],
    ),
    # ---- offers ----
    _f(
        "off-en-verbal-followup",
        "offer",
        "en",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Following up on our call", "Welcome (almost!) to {company}"],
        ["Hi {first},"],
        [
            "As promised on the phone, here are the details in writing: we'd love you to join as our {role}.",
            "So glad I could give you the good news today — the team is thrilled.",
        ],
        [
            "Base pay is {salary} a year, with 27 days of holiday and a first day of {start}. The formal paperwork comes from HR tomorrow.",
            "The package we discussed: {salary}, a yearly bonus, and we'd like you to start on {start}. You'll get the agreement to sign by Friday.",
        ],
        ["Take the weekend to think it over and call me with any questions.\n{recruiter}"],
    ),
    _f(
        "off-es-carta",
        "offer",
        "es",
        ["Recursos Humanos {company} <rrhh@{domain}>"],
        ["Propuesta de incorporación – {role}", "Tu propuesta de {company}"],
        ["Estimado/a {first}:"],
        [
            "Nos alegra comunicarte que queremos que formes parte del equipo como {role}.",
            "Tras el proceso de selección, nos complace proponerte el puesto de {role}.",
        ],
        [
            "Las condiciones son un sueldo bruto anual de {salary} y jornada completa, con fecha de alta el {start}.",
            "Adjuntamos la carta con la retribución ({salary} brutos al año) y los detalles del contrato indefinido.",
        ],
        ["Te agradeceríamos una respuesta antes del viernes.\nUn saludo cordial."],
    ),
    _f(
        "off-de-zusage",
        "offer",
        "de",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Gute Nachrichten zu Ihrer Bewerbung", "Unser Vertragsangebot"],
        ["Liebe/r {first},"],
        [
            "wir freuen uns sehr, Ihnen die Stelle als {role} anbieten zu können.",
            "das Team war begeistert, und wir möchten Sie sehr gern einstellen.",
        ],
        [
            "Wir bieten ein Jahresbruttogehalt von {salary}; Beginn wäre der {start}. Den Vertrag senden wir Ihnen per Post zu.",
            "Anbei finden Sie unser Angebot mit allen Konditionen. Bitte geben Sie uns bis Ende nächster Woche Bescheid.",
        ],
        ["Herzliche Grüße\n{recruiter}"],
    ),
    # ---- received ----
    _f(
        "rec-en-ats-new",
        "received",
        "en",
        ["{company} Jobs <jobs-noreply@{ats}>"],
        ["We've got it, {first}!", "Application submitted: {role}"],
        [
            "Thanks for throwing your hat in the ring for {role}. Your application landed safely with our hiring team.",
            "Confirmation: your application for {role} (ref {ref}) is in.",
        ],
        [
            "Real people read every application here, so it can take two or three weeks. You'll hear from us either way.",
            "What happens next: the team looks through applications in batches and contacts shortlisted people directly.",
        ],
        ["— The {company} hiring team"],
    ),
    _f(
        "rec-en-small-biz",
        "received",
        "en",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Re: {role} application", "Got your CV"],
        [
            "Hi {first}, just a quick note to say your CV arrived — thanks! I'm going through everything this week and will get back to you by Friday.",
            "Thanks {first}, got your application for the {role} job. Give me a few days to look at it properly.",
        ],
    ),
    _f(
        "rec-fr-ats",
        "received",
        "fr",
        ["{company} Recrutement <ne-pas-repondre@{ats}>"],
        ["Confirmation de votre candidature", "Candidature enregistrée – {role}"],
        ["Bonjour {first},"],
        [
            "Votre candidature au poste de {role} a bien été enregistrée sous la référence {ref}.",
            "Nous vous confirmons la réception de votre dossier pour le poste de {role}.",
        ],
        [
            "Notre équipe l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.",
            "Sans retour de notre part sous trois semaines, vous pourrez considérer que d'autres profils ont été privilégiés.",
        ],
        ["L'équipe recrutement {company}"],
    ),
    # ---- other ----
    _f(
        "oth-en-viewed",
        "other",
        "en",
        ["{board} <updates@{board_domain}>"],
        ["{company} looked at your application", "Your application is getting noticed"],
        [
            "A recruiter at {company} opened your application for {role} today.",
            "Someone from {company} checked your profile after you applied.",
        ],
        [
            "Candidates who also apply to similar roles hear back faster. Here are 6 we picked for you: {link}",
            "Upgrade to see who else viewed you and how you compare with other applicants.",
        ],
        ["You receive this because you use {board}. Email settings: {link}"],
    ),
    _f(
        "oth-en-alert-offer",
        "other",
        "en",
        ["{board} Alerts <alerts@{board_domain}>"],
        ["12 new offers for {role} near you", "Interviewing now: {role} roles in your area"],
        [
            'Fresh matches for your saved search "{role}":',
            "These employers are interviewing this week:",
        ],
        [
            "{company} – {role} – hybrid\n{company2} – Senior {role} – remote\n{company3} – {role} – on site",
            "• {role}, {company} (Easy apply)\n• {role}, {company2}\n• Junior {role}, {company3}",
        ],
        ["Change how often you get these alerts or stop them here: {link}"],
    ),
    _f(
        "oth-en-recruiter-outreach",
        "other",
        "en",
        ["{recruiter} <{recruiter_mail}@{agency_domain}>"],
        ["Quick question, {first}", "A {role} role you might like"],
        ["Hey {first},"],
        [
            "I'm hiring for a {role} at a fast-growing client and your background caught my eye.",
            "Not sure if you're looking, but I have a role that reads like it was written for you.",
        ],
        [
            "Remote-first, {salary}, small team. Worth 15 minutes to hear more? Happy to send the brief first.",
            "If you're curious, reply with a good number and I'll call you — no pressure at all.",
        ],
        ["{recruiter}\n{agency}"],
    ),
    _f(
        "oth-en-sent-thanks",
        "other",
        "en",
        ["{first} {last} <{first_mail}@{own_domain}>"],
        ["Thanks for today", "Re: {role} interview"],
        ["Hi {recruiter},", "Dear {recruiter},"],
        [
            "Thank you so much for taking the time to talk with me this afternoon. I really enjoyed hearing how the team works.",
            "Just a short note to say thanks for the conversation earlier — it made me even more excited about the {role} role.",
        ],
        [
            "I'm happy to send anything else that would help, and I look forward to hearing about the next steps.",
            "Please pass my thanks on to the rest of the panel too.",
        ],
        ["Best,\n{first}", "Thanks again,\n{first} {last}"],
    ),
    _f(
        "oth-en-sent-followup",
        "other",
        "en",
        ["{first} <{first_mail}@{own_domain}>"],
        ["Following up on my application", "Re: {role} – checking in"],
        ["Hello,"],
        [
            "I applied for the {role} position three weeks ago and wanted to check whether there's any news on the timeline.",
            "I hope you're well. I'm writing to ask where things stand with my application for {role}.",
        ],
        [
            "I'm still very interested and would be glad to answer any questions.\n\nKind regards,\n{first} {last}",
            "Thanks in advance for any update.\n{first}\n\nSent from my iPhone",
        ],
    ),
    _f(
        "oth-fr-envoye",
        "other",
        "fr",
        ["{first} {last} <{first_mail}@{own_domain}>"],
        ["Candidature spontanée – {role}", "Re : notre entretien de {day}"],
        ["Madame, Monsieur,", "Bonjour {recruiter},"],
        [
            "Je me permets de vous adresser ma candidature pour un poste de {role} au sein de {company}. Vous trouverez mon CV en pièce jointe.",
            "Je tenais à vous remercier pour notre échange de ce matin, qui m'a confortée dans mon envie de rejoindre l'équipe.",
        ],
        ["Je reste à votre disposition.\nCordialement,\n{first} {last}"],
    ),
    _f(
        "oth-de-newsletter",
        "other",
        "de",
        ["{board} Magazin <news@{board_domain}>"],
        [
            "Absagen richtig verarbeiten – und 5 Tipps fürs Vorstellungsgespräch",
            "Ihr Karriere-Update",
        ],
        [
            "Diese Woche im Magazin: Warum eine Absage kein Urteil ist, wie Sie Gehalt verhandeln und was Sie im Bewerbungsgespräch fragen sollten.",
            "Neu im Blog: die häufigsten Fragen im Vorstellungsgespräch und wie Sie nach einer Absage weitermachen.",
        ],
        ["Jetzt lesen: {link}\n\nNewsletter abbestellen: {link}"],
    ),
    _f(
        "oth-es-alerta",
        "other",
        "es",
        ["{board} <avisos@{board_domain}>"],
        ["Nuevas ofertas de {role}", "{first}, 9 empleos nuevos para ti"],
        [
            "Hemos encontrado estas ofertas que encajan con tu búsqueda:",
            "Empresas que están contratando ahora mismo:",
        ],
        [
            "{role} en {company} · Madrid\n{role} en {company2} · remoto\n{role} júnior en {company3}",
            "- {company}: {role}\n- {company2}: {role} (inscripción rápida)",
        ],
        ["Gestiona tus alertas o date de baja aquí: {link}"],
    ),
]
