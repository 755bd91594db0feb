"""Issue 10: families for what makes real mail hard, written by the NextYes team in our own words.

What real job-search mail does that our first families did not: acknowledgements that say
"unfortunately we get many applications", offers that apologise for the delay, invitations that
mention other candidates, platform mail that says "you have been accepted", the person's own
mail (thank-you notes, follow-ups, accepting or declining an offer, confirming an interview),
newsletters and job alerts full of the words "rejection", "offer" and "interview", reference and
background-check requests, withdrawals, rescheduled and cancelled interviews, revoked offers, and
much more French, German and Spanish in native phrasings. Labels follow
`benchmarks/data/REAL_MAIL.md`: a revoked offer is a rejection, a rescheduled interview is an
interview, a cancelled interview (without a decision) and a withdrawal confirmation are other.
None of this text is copied or paraphrased from any email of the real-mail set or elsewhere.
All training (held=False).
"""

from __future__ import annotations

from family import Family as F


def _t(
    fid: str, label: str, lang: str, senders: list[str], subjects: list[str], *paras: list[str]
) -> F:
    return F("real-" + fid, label, lang, False, senders, subjects, list(paras))


ATS_EN = ["{company} Recruiting <no-reply@{ats}>", "{company} Careers <jobs@{domain}>"]
PERSON_EN = ["{recruiter} <{recruiter_mail}@{domain}>"]
OWN = ["{first} {last} <{first_mail}@{own_domain}>"]
BOARD = ["{board} <alerts@{board_domain}>", "{board} Jobs <news@{board_domain}>"]

EN: list[F] = [
    _t(
        "en-rec-many-applications",
        "received",
        "en",
        ATS_EN,
        ["Your application to {company}", "Application received: {role}", "{role} ({ref})"],
        ["Dear {first},", "Hello {first} {last},", "Hi {first},"],
        [
            "Thank you for applying for the {role} position. Your application has reached us and our team will look at it carefully.",
            "This note confirms that we have your application for {role} at {company}.",
            "Thanks for your interest in {company} and in the {role} opening.",
        ],
        [
            "Unfortunately we receive a large number of applications and cannot answer each one personally; if your profile matches, a recruiter will contact you within three weeks.",
            "Because of the high volume of applications we receive, only shortlisted candidates will be contacted. If you have not heard from us within a month, please assume the role went elsewhere.",
            "We get many applications for each opening, so reviewing them takes a little time. We appreciate your patience.",
        ],
        [
            "Best wishes,\nThe {company} Talent Team",
            "Kind regards,\n{company} HR",
            "{company} Recruiting",
        ],
    ),
    _t(
        "en-rec-reviewed-may-reach-out",
        "received",
        "en",
        [*ATS_EN, "HR <hr@{domain}>"],
        [
            "Thanks for submitting your application",
            "We got your application for {role}",
            "",
        ],
        ["Dear {first},", "Dear Applicant,"],
        [
            "Thank you very much for your recent application for the {role} position at {company}.",
            "This is to let you know your application for {role} was submitted successfully.",
        ],
        [
            "Your submission will be reviewed by our hiring staff, and we may reach out for more information if your background fits what the team needs.",
            "Our HR staff will look over your materials. If you are selected for an interview, you can expect a call from us.",
            "A member of our team will go through it and get in touch should your experience match the requirements.",
        ],
        [
            "Thank you again for your interest in our company.",
            "We appreciate the time you put into your application.",
        ],
        ["Sincerely,\n{company}", "Regards,\nHR Manager, {company}"],
    ),
    _t(
        "en-rec-sent-to-employer",
        "received",
        "en",
        [*BOARD, "{board} <applications@{board_domain}>"],
        [
            "Your application was sent to {company}",
            "Application submitted: {role} at {company}",
            "You applied to {role}",
        ],
        [
            "Good news, {first}: your application for {role} has been sent to {company}.",
            "{first}, you have successfully applied to {role} at {company}.",
        ],
        [
            "The employer will review it and contact you directly if they want to move forward.",
            "What happens next: the hiring team looks at applications and reaches out to the candidates they want to interview.",
        ],
        [
            "Jobs similar to this one:\n- {role} at {company2}\n- Senior {role} at {company3}\nTip: employers reply faster to applicants who complete their profile.",
            "Keep your profile up to date to improve your chances of getting an interview.",
            "",
        ],
        [
            "You are receiving this email because you applied through {board}. Manage notifications | Unsubscribe",
            "{board}, 1 Market Street. Unsubscribe from application updates: {link}",
        ],
    ),
    _t(
        "en-off-regret-delay",
        "offer",
        "en",
        PERSON_EN,
        ["Your offer from {company}", "{role}: good news", "Offer of employment"],
        ["Dear {first},", "Hi {first},"],
        [
            "We regret the delay in getting back to you; the final approvals took longer than we expected.",
            "Sorry this took longer than promised, and thank you for your patience while we finished our process.",
            "Apologies for the silence over the last two weeks.",
        ],
        [
            "I'm very happy to offer you the position of {role} at {company}, starting {start}, with an annual salary of {salary}.",
            "We would love you to join us as {role}. The written offer with your salary of {salary} and a proposed start date of {start} is attached.",
            "It is my pleasure to confirm that we are offering you the {role} role.",
        ],
        [
            "Please sign and return the offer letter by {day}, or call me with any questions.",
            "Let me know if you would like to go through the contract together before you sign.",
        ],
        ["Warm regards,\n{recruiter}", "Best,\n{recruiter}\n{company}"],
    ),
    _t(
        "en-off-accepted-selected",
        "offer",
        "en",
        [*ATS_EN, "{company} Portal <portal@{domain}>"],
        [
            "You have been accepted",
            "Congratulations: you were selected for {role}",
            "Application status: accepted",
        ],
        ["Dear {first},", "Congratulations, {first}!", "Hello {first},"],
        [
            "We are pleased to tell you that you have been accepted for the position {role} at {company}.",
            "Great news: you have been selected for the {role} position.",
            "Your application for {role} has been accepted. Welcome to the team!",
        ],
        [
            "We were impressed by your background and motivation and look forward to working with you.",
            "Our HR team will contact you shortly about your contract and your first day.",
            "You will receive your employment paperwork in the next days.",
        ],
        [
            "Please confirm in your account that you accept the position: {link}",
            "Please confirm your acceptance by {day}.",
            "",
        ],
        ["Kind regards,\n{company}", "The {company} team"],
    ),
    _t(
        "en-off-hired-short",
        "offer",
        "en",
        BOARD + ATS_EN,
        ["Congrats, you got the job!", "You're hired", "Update on {role}: hired"],
        [
            "Congratulations! {company} has marked you as hired for {role}.",
            "You have been hired for the {role} role at {company}.",
            "Congrats, {first}! The employer picked you for this job.",
        ],
        [
            "Next step: complete your onboarding forms before your first shift on {start}.",
            "Check your inbox for the welcome pack and your start date.",
            "View job | View contract",
        ],
    ),
    _t(
        "en-int-other-candidates",
        "interview",
        "en",
        PERSON_EN,
        ["Interview for {role}", "Next step with {company}", "Would love to talk, {first}"],
        ["Hi {first},", "Dear {first},"],
        [
            "Thanks for applying. We're speaking with a small group of candidates for {role} and you're one of them.",
            "We have reviewed all applications and invited a short list of candidates, including you, to interview.",
            "Unfortunately we can't meet everyone who applied, but we'd really like to meet you.",
        ],
        [
            "Could you do a {minutes}-minute video interview on {day} at {time}? If not, pick any slot here: {link}",
            "Please choose an interview time that suits you: {link}",
            "Are you free on {day} around {time} for a first conversation with the hiring manager?",
        ],
        ["Best,\n{recruiter}", "Looking forward to it,\n{recruiter}"],
    ),
    _t(
        "en-int-reschedule",
        "interview",
        "en",
        [*PERSON_EN, "{company} Scheduling <scheduling@{ats}>"],
        ["Rescheduling our interview", "New time for your interview", "Change of plan for {day}"],
        ["Hi {first},", "Hello {first},"],
        [
            "Something came up for our hiring manager, so we need to move your interview.",
            "I'm sorry, but we have to reschedule the interview we had planned.",
            "Could we move our call? The panel is not available at the original time.",
        ],
        [
            "Would {day} at {time} work instead? The video link stays the same.",
            "Please pick a new slot here: {link}",
            "The new time is {day}, {time}. Let me know if that doesn't suit you.",
        ],
        ["Apologies for the change,\n{recruiter}", "Thanks for your flexibility,\n{recruiter}"],
    ),
    _t(
        "en-int-assessment",
        "interview",
        "en",
        [*ATS_EN, "{ats_name} Assessments <tests@{ats}>"],
        [
            "Next step: online assessment",
            "Your {role} assessment",
            "Action required: complete your test",
        ],
        ["Dear {first},", "Hi {first},"],
        [
            "Thank you for your application for {role}. We'd like you to move on to the next stage of our selection process.",
            "Good news: your profile meets most of what we are looking for.",
        ],
        [
            "Please complete a short online assessment of about {minutes} minutes before {day}: {link}",
            "The next step is a skills test. You can take it whenever you like this week using this link: {link}",
            "We would like you to complete a take-home exercise; the brief is attached and we would like it back by {day}.",
        ],
        ["Good luck!\n{company} Recruiting", "Best regards,\nThe hiring team"],
    ),
    _t(
        "en-int-shortlisted",
        "interview",
        "en",
        PERSON_EN + ATS_EN,
        ["You've been shortlisted", "Shortlisted for {role}", "Good news about your application"],
        ["Dear {first},", "Hi {first},"],
        [
            "I'm happy to let you know you have been shortlisted for {role}.",
            "You passed the first round for {role} at {company}.",
            "Congratulations, you made it through the screening stage.",
        ],
        [
            "The interview will take place on {day} at {time} at {address}; details follow in a calendar invitation.",
            "We'll send the details of the panel interview in a separate email.",
            "Please reply with your availability next week for an interview with the team.",
        ],
        ["Regards,\n{recruiter}", "{company} Talent"],
    ),
    _t(
        "en-oth-interview-cancelled",
        "other",
        "en",
        PERSON_EN + ATS_EN,
        ["Interview cancelled: {role}", "Cancelled: interview on {day}", "Today's call"],
        ["Hi {first},", "Dear {first},"],
        [
            "Your interview for {role} on {day} at {time} has been cancelled.",
            "I'm sorry, but I have to cancel our call today: I'm off sick.",
            "The calendar invitation for your interview was withdrawn by the organiser.",
        ],
        [
            "We'll be in touch about a new date.",
            "If you have questions, please contact the hiring team.",
            "I'll come back to you once I know more.",
        ],
        ["Sorry for the inconvenience,\n{recruiter}", "{company} Recruiting"],
    ),
    _t(
        "en-rej-offer-revoked",
        "rejection",
        "en",
        [*PERSON_EN, "HR <hr@{domain}>"],
        ["About your offer for {role}", "Withdrawal of our offer", "{role} offer: update"],
        ["Dear {first},", "Hi {first},"],
        [
            "I am very sorry to write this after the good news last week.",
            "This is a hard email to write.",
        ],
        [
            "Because of a hiring freeze, we have to withdraw the offer we made you for {role}.",
            "The position has been cancelled after a budget review, so we are rescinding your offer of employment.",
            "We are no longer able to go ahead with your offer; the role has been eliminated.",
        ],
        [
            "I know this is disappointing, and I'm happy to act as a reference for you.",
            "We truly regret the trouble this causes you.",
        ],
        ["Sincerely,\n{recruiter}", "{recruiter}, HR"],
    ),
    _t(
        "en-oth-newsletter-career-words",
        "other",
        "en",
        [*BOARD, "Career Digest <digest@{board_domain}>"],
        [
            "How to bounce back from a job rejection",
            "5 ways to negotiate your job offer",
            "Your weekly career digest: interview questions, offers and more",
        ],
        [
            "This week: what to do after a rejection email, how to answer 'tell me about yourself' in an interview, and when to negotiate an offer.",
            "Got an offer? Here is how to ask for more without risking it. Plus: the interview questions recruiters love.",
            "Rejection is part of every search. Read how three readers turned a no into their next interview.",
        ],
        [
            "Read more: {link}",
            "Join our free webinar on {day}: Acing the final interview.",
        ],
        [
            "You are receiving this newsletter because you signed up at {board}. Unsubscribe | Manage preferences | View in browser",
            "Don't want these emails? Unsubscribe here: {link}\n{board} Ltd, 5 Canal Road",
        ],
    ),
    _t(
        "en-oth-job-alert",
        "other",
        "en",
        BOARD,
        [
            "{role} jobs near you",
            "12 new jobs for you, {first}",
            "New match: {role} at {company}",
        ],
        [
            "Here are today's jobs matching your search '{role}':",
            "Based on your profile, we found new openings:",
        ],
        [
            "{role} - {company} - Easy apply\nSenior {role} - {company2} - Be an early applicant\n{role} (remote) - {company3} - Actively recruiting",
            "{company}: {role}. Salary {salary}. Interviewing now, offer within two weeks.\n{company2}: Junior {role}. Apply in one click.",
        ],
        [
            "Unfortunately some jobs you saved have expired. See all jobs: {link}",
            "See all jobs: {link}",
        ],
        [
            "You set this job alert on {board}. Edit or turn off alerts | Unsubscribe | Privacy",
            "To stop receiving job alerts, unsubscribe here: {link}",
        ],
    ),
    _t(
        "en-oth-reference-request",
        "other",
        "en",
        PERSON_EN + ATS_EN + ["References <references@{ats}>"],
        [
            "Reference details needed",
            "Reminder: recommendation letter for {first} {last}",
            "Your referees for {role}",
        ],
        ["Dear {first},", "Hello {first},"],
        [
            "Thank you for applying for {role}. Reference checks are part of every hire at {company}.",
            "As part of your application, we need the contact details of two referees.",
            "This is a reminder that the recommendation letter for your application has not been uploaded yet.",
        ],
        [
            "Please add your referees' names, roles and email addresses in the portal: {link}",
            "We can't progress your file until the references are complete.",
            "Your referee will receive a short form to fill in.",
        ],
        ["Kind regards,\n{company} HR", "Thanks,\n{recruiter}"],
    ),
    _t(
        "en-oth-background-check",
        "other",
        "en",
        ["{ats_name} Screening <screening@{ats}>", "HR <hr@{domain}>"],
        [
            "Action needed: background check consent",
            "Your police check",
            "Complete your screening",
        ],
        ["Hi {first},", "Dear {first},"],
        [
            "{company} has asked us to run a background screening for you.",
            "Before we can finalise your file we need a police check.",
        ],
        [
            "Please fill in your consent form and upload an ID document: {link}",
            "The check usually takes three to five working days once you have submitted your details.",
        ],
        ["{ats_name} Screening Team", "Regards,\nHR"],
    ),
    _t(
        "en-oth-withdrawn",
        "other",
        "en",
        ATS_EN + BOARD,
        [
            "Your application has been withdrawn",
            "Withdrawal confirmed: {role}",
            "You withdrew your application",
        ],
        ["Dear {first},", "Hello {first},"],
        [
            "We confirm that your application for {role} at {company} has been withdrawn at your request.",
            "You have withdrawn from the selection process for {role}.",
        ],
        [
            "It will no longer be considered and reviewers will not see it. No further action is needed.",
            "If this was a mistake, you can apply again while the position is open.",
        ],
        ["We wish you all the best.\n{company}", "Regards,\nThe team"],
    ),
    _t(
        "en-oth-own-thank-you",
        "other",
        "en",
        OWN,
        [
            "Thank you for today",
            "Re: Interview for {role}",
            "Thanks - {role} interview",
        ],
        ["Hi {recruiter},", "Dear {recruiter},"],
        [
            "Thank you for taking the time to meet me today to talk about the {role} role.",
            "Thanks so much for the conversation this morning, I really enjoyed learning about the team.",
        ],
        [
            "Our discussion about the roadmap made me even more excited about the opportunity to join {company}.",
            "I left the interview convinced my experience would help with the projects you described.",
        ],
        [
            "Please let me know if I can send anything else. I look forward to hearing from you.",
            "I look forward to the next steps.",
        ],
        ["Best regards,\n{first} {last}", "Thanks again,\n{first}"],
    ),
    _t(
        "en-oth-own-follow-up",
        "other",
        "en",
        OWN,
        [
            "Following up on my application",
            "Re: {role} application",
            "Checking in - {role}",
        ],
        ["Hello {recruiter},", "Hi,", "Dear hiring team,"],
        [
            "I applied for the {role} position three weeks ago and wanted to check whether there is any news.",
            "I hope you're well. I'm writing to follow up on my interview on {day}.",
        ],
        [
            "I'm still very interested in the role and happy to share more information if useful.",
            "I understand you receive many applications; any update on the timeline would help me plan.",
        ],
        ["Kind regards,\n{first} {last}", "Best,\n{first}"],
    ),
    _t(
        "en-oth-own-decline-offer",
        "other",
        "en",
        OWN,
        ["Re: Your offer", "Re: {role} offer", "{role} - my decision"],
        ["Dear {recruiter},", "Hi {recruiter},"],
        [
            "Thank you so much for offering me the {role} position and for the time the team spent with me.",
            "Thank you for extending the offer; I really appreciated the whole process.",
        ],
        [
            "After careful consideration, I have decided to accept a different opportunity that fits my goals more closely, so I must decline.",
            "It was a hard decision, but I will not be accepting the offer.",
            "I've decided to stay in my current role, so I'll respectfully turn down the offer.",
        ],
        [
            "I hope our paths cross again and wish you and the team every success.",
            "I'd be glad to stay in touch.",
        ],
        ["Best regards,\n{first} {last}", "Warmly,\n{first}"],
    ),
    _t(
        "en-oth-own-accept-offer",
        "other",
        "en",
        OWN,
        ["Accepting the {role} offer", "Re: Offer of employment", "Re: Your offer from {company}"],
        ["Dear {recruiter},", "Hi {recruiter},"],
        [
            "I'm delighted to accept your offer for the {role} position.",
            "Thank you for the offer. I'm happy to accept and confirm the salary of {salary} and the start date of {start}.",
        ],
        [
            "I have signed the contract and attached it to this email.",
            "Please let me know what paperwork you need from me before my first day.",
        ],
        ["Looking forward to starting,\n{first} {last}", "Best,\n{first}"],
    ),
    _t(
        "en-oth-own-confirm-interview",
        "other",
        "en",
        OWN,
        ["Re: Interview invitation", "Re: {role} interview", "Confirmed: {day}"],
        ["Hi {recruiter},", "Dear {recruiter},", "Hello,"],
        [
            "Thank you for the invitation. I confirm I'll attend the interview on {day} at {time}.",
            "{day} at {time} works well for me; I'll join the video call from the link you sent.",
            "Thanks, I'll be there on {day}. Should I bring anything?",
        ],
        ["Best regards,\n{first} {last}", "Thanks,\n{first}"],
    ),
    _t(
        "en-oth-own-application",
        "other",
        "en",
        OWN,
        ["Application for {role}", "{role} - {first} {last}", "Application: {role} ({ref})"],
        ["Dear Hiring Manager,", "Dear {recruiter},"],
        [
            "I am writing to apply for the {role} position advertised on {board}.",
            "Please find attached my CV and cover letter for the {role} role.",
        ],
        [
            "I have five years of experience in similar roles and would welcome the chance to discuss my application in an interview.",
            "I would be glad to talk about how I could help your team.",
        ],
        ["Yours sincerely,\n{first} {last}", "Kind regards,\n{first} {last}"],
    ),
    _t(
        "en-oth-account",
        "other",
        "en",
        ATS_EN + BOARD,
        [
            "Complete your profile",
            "Your closed applications will be deleted",
            "We couldn't submit your application",
            "Verify your email address",
        ],
        ["Hi {first},", "Dear {first},"],
        [
            "Your application for {role} could not be submitted because a required document is missing.",
            "Applications that closed more than six months ago will be deleted in four weeks, as our privacy policy requires.",
            "Please confirm your email address to finish creating your candidate account.",
            "Your profile is 60% complete. Profiles with a photo get more views from recruiters.",
        ],
        ["Go to your account: {link}", "Log in here: {link}"],
        ["The {company} Careers team", "{board} Support"],
    ),
    _t(
        "en-rej-many-applications",
        "rejection",
        "en",
        ATS_EN + PERSON_EN,
        ["Your application for {role}", "{company}: {role}", "Regarding your application"],
        ["Dear {first},", "Hi {first},", "Dear Applicant,"],
        [
            "Thank you for your interest in {company}. We received many strong applications for this role.",
            "We appreciate you taking the time to apply for {role}.",
        ],
        [
            "After reviewing them carefully, we have decided to progress with candidates whose experience more closely matches our needs.",
            "We regret to inform you that your application was not selected for further consideration.",
            "Unfortunately we won't be taking your application forward at this time.",
        ],
        [
            "We encourage you to apply for future openings on our careers page.",
            "We wish you success in your search.",
        ],
        ["Kind regards,\n{company} Talent Acquisition", "Best,\n{recruiter}"],
    ),
    _t(
        "en-rej-after-interview-warm",
        "rejection",
        "en",
        PERSON_EN,
        ["Following your interview", "{role} - update", "Thank you for interviewing with us"],
        ["Hi {first},", "Dear {first},"],
        [
            "Thank you for interviewing with us last week and for the time you gave the panel.",
            "It was a pleasure to meet you on {day}.",
        ],
        [
            "It was a close decision, but we have offered the role to another candidate.",
            "We have decided to move forward with someone whose experience is a closer match, so we won't be progressing your application.",
        ],
        [
            "I'd be happy to share feedback if that's useful, and we would welcome a future application.",
            "Please don't be discouraged; you interviewed well.",
        ],
        ["Best wishes,\n{recruiter}", "All the best,\n{recruiter}"],
    ),
]

FR: list[F] = [
    _t(
        "fr-rec-nombreuses",
        "received",
        "fr",
        ["{company} Recrutement <recrutement@{domain}>", "no-reply@{ats}"],
        [
            "Votre candidature chez {company}",
            "Accusé de réception : {role}",
            "Candidature au poste de {role}",
        ],
        ["Bonjour {first},", "Madame, Monsieur,", "Bonjour {first} {last},"],
        [
            "Nous avons bien reçu votre candidature au poste de {role} et vous en remercions.",
            "Merci pour l'intérêt que vous portez à {company} : votre candidature nous est bien parvenue.",
        ],
        [
            "Compte tenu du nombre important de candidatures, seules les personnes dont le profil correspond seront recontactées sous trois semaines.",
            "Notre équipe va l'étudier avec attention et reviendra vers vous dans les meilleurs délais.",
            "Malheureusement, nous ne pouvons pas répondre individuellement à chaque candidat ; sans nouvelles de notre part d'ici un mois, considérez que votre profil n'a pas été retenu.",
        ],
        ["Cordialement,\nL'équipe recrutement {company}", "Bien à vous,\n{company}"],
    ),
    _t(
        "fr-rec-transmise",
        "received",
        "fr",
        ["{board} <ne-pas-repondre@{board_domain}>"],
        ["Votre candidature a été envoyée", "Candidature transmise à {company}"],
        [
            "Bonjour {first}, votre candidature pour l'offre {role} a bien été transmise à l'entreprise {company}.",
            "Félicitations, vous venez de postuler à l'offre {role} chez {company}.",
        ],
        [
            "Le recruteur vous contactera directement s'il souhaite donner suite.",
            "Vous pouvez suivre vos candidatures depuis votre espace : {link}",
        ],
        [
            "Ceci est un email automatique, merci de ne pas y répondre. Se désabonner : {link}",
            "",
        ],
    ),
    _t(
        "fr-off-acceptee",
        "offer",
        "fr",
        ["{recruiter} <{recruiter_mail}@{domain}>", "{company} <rh@{domain}>"],
        [
            "Félicitations !",
            "Votre candidature a été acceptée",
            "Bonne nouvelle pour le poste de {role}",
        ],
        ["Bonjour {first},", "Chère {first}, cher {first},"],
        [
            "Nous avons le plaisir de vous annoncer que votre candidature au poste de {role} a été acceptée.",
            "Félicitations : nous avons choisi votre profil pour rejoindre l'équipe en tant que {role}.",
            "Suite à nos échanges, je suis ravie de vous proposer le poste de {role}, avec une prise de poste le {start}.",
        ],
        [
            "Vous recevrez très prochainement votre contrat ainsi que les modalités d'arrivée.",
            "La rémunération proposée est de {salary} brut annuel ; la promesse d'embauche est jointe à ce message.",
            "Nous vous contacterons rapidement pour les prochaines étapes.",
        ],
        ["Bienvenue parmi nous !\n{recruiter}", "Cordialement,\nL'équipe {company}"],
    ),
    _t(
        "fr-int-convocation",
        "interview",
        "fr",
        ["{recruiter} <{recruiter_mail}@{domain}>", "{company} Recrutement <rh@{domain}>"],
        [
            "Invitation à un entretien",
            "Entretien pour le poste de {role}",
            "Votre candidature : prochaine étape",
        ],
        ["Bonjour {first},", "Madame, Monsieur,"],
        [
            "Après étude de votre dossier, nous avons décidé de vous recevoir en entretien pour le poste de {role}.",
            "Votre profil a retenu notre attention et nous aimerions échanger avec vous.",
            "Nous avons reçu de nombreuses candidatures et la vôtre fait partie de celles que nous souhaitons approfondir.",
        ],
        [
            "Seriez-vous disponible le {day} à {time} pour un entretien en visio ?",
            "Merci de choisir un créneau qui vous convient via ce lien : {link}",
            "L'entrevue aura lieu le {day} à {time} dans nos locaux, {address}.",
        ],
        ["Au plaisir de vous rencontrer,\n{recruiter}", "Bien cordialement,\n{recruiter}"],
    ),
    _t(
        "fr-int-report",
        "interview",
        "fr",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Report de notre entretien", "Changement d'horaire", "Entretien du {day}"],
        ["Bonjour {first},"],
        [
            "Un imprévu m'oblige à décaler notre entretien.",
            "Je suis désolée, je dois modifier l'horaire de notre rendez-vous.",
        ],
        [
            "Pourrions-nous le reporter au {day} à {time} ? Le lien Teams reste le même.",
            "Voici les nouveaux créneaux disponibles : {link}",
        ],
        ["Merci de votre compréhension,\n{recruiter}", "Cordialement,\n{recruiter}"],
    ),
    _t(
        "fr-oth-own-confirmation",
        "other",
        "fr",
        OWN,
        ["RE : Entretien", "Confirmation de ma présence", "RE : Invitation à un entretien"],
        ["Bonjour,", "Bonjour {recruiter},", "Madame, Monsieur,"],
        [
            "Je vous remercie pour votre message et vous confirme ma présence à l'entretien du {day} à {time}.",
            "C'est noté pour le {day} à {time}, je me connecterai sur Teams à l'heure prévue.",
            "Merci pour l'invitation, je serai bien disponible pour l'appel Skype.",
        ],
        ["Bien cordialement,\n{first} {last}", "Cordialement,\n{first}"],
    ),
    _t(
        "fr-oth-own-remerciement",
        "other",
        "fr",
        OWN,
        ["Merci pour notre échange", "Suite à notre entretien", "Relance : candidature {role}"],
        ["Bonjour {recruiter},", "Madame, Monsieur,"],
        [
            "Je tenais à vous remercier pour le temps que vous m'avez accordé lors de notre entretien.",
            "Je me permets de revenir vers vous concernant ma candidature au poste de {role}, envoyée il y a trois semaines.",
        ],
        [
            "Notre échange a renforcé ma motivation à rejoindre {company}.",
            "Je reste très intéressé par le poste et disponible pour tout complément d'information.",
        ],
        ["Bien cordialement,\n{first} {last}", "Dans l'attente de votre retour,\n{first} {last}"],
    ),
    _t(
        "fr-oth-alerte",
        "other",
        "fr",
        BOARD,
        ["Nouvelles offres pour vous", "{role} : 8 nouvelles offres", "Votre alerte emploi"],
        [
            "Bonjour {first}, voici les offres d'emploi qui correspondent à votre alerte :",
            "De nouvelles offres correspondent à votre recherche « {role} » :",
        ],
        [
            "{role} - {company} - CDI\n{role} confirmé - {company2} - entretien rapide\nStage {role} - {company3}",
            "{company} recrute un {role} (CDI, {salary}).\n{company2} : {role}, candidature simplifiée.",
        ],
        [
            "Conseil de la semaine : comment rebondir après un refus et préparer votre prochain entretien.",
            "",
        ],
        [
            "Vous recevez cet email car vous avez créé une alerte. Se désabonner | Gérer mes alertes",
            "Pour ne plus recevoir ces offres, cliquez ici : {link}",
        ],
    ),
    _t(
        "fr-oth-annulation",
        "other",
        "fr",
        ["{recruiter} <{recruiter_mail}@{domain}>", "no-reply@{ats}"],
        ["Annulation de votre entretien", "Entretien annulé"],
        ["Bonjour {first},"],
        [
            "Votre entretien prévu le {day} à {time} est annulé.",
            "Je dois malheureusement annuler notre rendez-vous de demain pour raison de santé.",
        ],
        [
            "Nous reviendrons vers vous pour fixer une nouvelle date.",
            "Je vous recontacte dès que possible.",
        ],
        ["Cordialement,\n{recruiter}", "L'équipe {company}"],
    ),
    _t(
        "fr-oth-retrait-references",
        "other",
        "fr",
        ["no-reply@{ats}", "{company} RH <rh@{domain}>"],
        ["Retrait de votre candidature", "Vos références", "Documents à compléter"],
        ["Bonjour {first},"],
        [
            "Nous vous confirmons le retrait de votre candidature au poste de {role}, à votre demande.",
            "Pour compléter votre dossier, merci de nous indiquer deux personnes pouvant fournir une référence.",
            "Il manque une pièce justificative dans votre espace candidat.",
        ],
        ["Votre espace : {link}", "Merci de compléter le formulaire : {link}"],
        ["Cordialement,\n{company}"],
    ),
    _t(
        "fr-rej-etude",
        "rejection",
        "fr",
        ["{company} Recrutement <recrutement@{domain}>", "{recruiter} <{recruiter_mail}@{domain}>"],
        ["Votre candidature", "Réponse à votre candidature", "Poste de {role}"],
        ["Bonjour {first},", "Madame, Monsieur,"],
        [
            "Nous vous remercions de l'intérêt que vous portez à {company} et du temps consacré à votre candidature.",
            "Après une étude attentive de votre dossier pour le poste de {role},",
        ],
        [
            "nous sommes au regret de vous informer que nous ne pouvons y donner une suite favorable.",
            "nous avons choisi de poursuivre avec un candidat dont l'expérience est plus proche de nos besoins.",
            "votre profil n'a pas été retenu pour la suite du processus.",
        ],
        [
            "Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité se présente.",
            "Nous vous souhaitons pleine réussite dans vos recherches.",
        ],
        ["Cordialement,\nLe service RH", "Bien à vous,\n{recruiter}"],
    ),
]

DE: list[F] = [
    _t(
        "de-rec-eingang",
        "received",
        "de",
        ["{company} Karriere <karriere@{domain}>", "no-reply@{ats}"],
        [
            "Eingangsbestätigung Ihrer Bewerbung",
            "Deine Bewerbung bei {company}",
            "Bewerbung als {role}",
        ],
        ["Hallo {first},", "Sehr geehrte/r {first} {last},", "Guten Tag {first} {last},"],
        [
            "vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind bei uns eingegangen.",
            "danke für deine Bewerbung! Wir haben sie gut erhalten.",
        ],
        [
            "Aufgrund der Vielzahl an Bewerbungen bitten wir Sie um etwas Geduld; wir melden uns innerhalb von drei Wochen.",
            "Wir prüfen Ihre Unterlagen sorgfältig und kommen so bald wie möglich auf Sie zu.",
            "Leider können wir nicht jede Bewerbung sofort beantworten, du hörst aber auf jeden Fall von uns.",
        ],
        ["Mit freundlichen Grüßen\nIhr {company} Recruiting-Team", "Viele Grüße\n{company}"],
    ),
    _t(
        "de-off-zusage",
        "offer",
        "de",
        ["{recruiter} <{recruiter_mail}@{domain}>", "{company} Personal <personal@{domain}>"],
        [
            "Zusage für die Stelle als {role}",
            "Herzlichen Glückwunsch!",
            "Deine Bewerbung wurde angenommen",
        ],
        ["Hallo {first},", "Sehr geehrte/r {first} {last},"],
        [
            "wir freuen uns sehr, Ihnen mitteilen zu können, dass wir uns für Sie als {role} entschieden haben.",
            "herzlichen Glückwunsch: deine Bewerbung wurde angenommen und wir möchten dich gern im Team haben.",
            "nach den Gesprächen möchten wir Ihnen die Stelle als {role} anbieten.",
        ],
        [
            "Den Arbeitsvertrag mit einem Jahresgehalt von {salary} und dem Eintrittsdatum {start} senden wir Ihnen in den nächsten Tagen zu.",
            "Bitte bestätige uns bis {day}, ob du das Angebot annimmst.",
            "Unsere Personalabteilung meldet sich wegen der weiteren Unterlagen.",
        ],
        ["Wir freuen uns auf Sie!\n{recruiter}", "Viele Grüße\n{recruiter}"],
    ),
    _t(
        "de-int-einladung",
        "interview",
        "de",
        ["{recruiter} <{recruiter_mail}@{domain}>", "{company} Karriere <karriere@{domain}>"],
        [
            "Einladung zum Vorstellungsgespräch",
            "Ihre Bewerbung als {role}: nächster Schritt",
            "Kennenlernen bei {company}",
        ],
        ["Hallo {first},", "Sehr geehrte/r {first} {last},"],
        [
            "Ihre Unterlagen haben uns überzeugt und wir möchten Sie gern persönlich kennenlernen.",
            "wir haben viele Bewerbungen bekommen und deine gehört zu denen, über die wir gern sprechen würden.",
        ],
        [
            "Passt Ihnen der {day} um {time} für ein Gespräch per Video?",
            "Bitte wähle über diesen Link einen Termin für das Interview: {link}",
            "Das Vorstellungsgespräch findet am {day} um {time} bei uns in der {address} statt.",
        ],
        ["Mit freundlichen Grüßen\n{recruiter}", "Bis bald\n{recruiter}"],
    ),
    _t(
        "de-int-verschoben",
        "interview",
        "de",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Terminverschiebung", "Neuer Termin für unser Gespräch"],
        ["Hallo {first},", "Guten Tag {first} {last},"],
        [
            "leider müssen wir unser Gespräch verschieben, da die Fachabteilung kurzfristig verhindert ist.",
            "wäre es möglich, unser Interview auf einen anderen Tag zu legen?",
        ],
        [
            "Wie wäre es mit {day} um {time}? Der Link bleibt gleich.",
            "Hier können Sie einen neuen Termin wählen: {link}",
        ],
        ["Danke für Ihr Verständnis\n{recruiter}", "Viele Grüße\n{recruiter}"],
    ),
    _t(
        "de-oth-abgesagt-zurueckgezogen",
        "other",
        "de",
        ["no-reply@{ats}", "{recruiter} <{recruiter_mail}@{domain}>"],
        [
            "Interview abgesagt: {role}",
            "Deine Bewerbung wurde zurückgezogen",
            "Bestätigung: Rücknahme Ihrer Bewerbung",
        ],
        ["Hallo {first},", "Guten Tag {first} {last},"],
        [
            "dein Interview am {day} um {time} wurde abgesagt. Wir melden uns mit einem neuen Termin.",
            "hiermit bestätigen wir, dass Sie Ihre Bewerbung als {role} zurückgezogen haben.",
            "der Termin für unser Gespräch entfällt leider wegen Krankheit; ich melde mich für einen neuen Termin.",
        ],
        [
            "Ihre Daten werden den Gutachtern nicht mehr angezeigt.",
            "Bei Fragen wende dich gern an das Team.",
        ],
        ["Viele Grüße\n{company}", "Mit freundlichen Grüßen\n{recruiter}"],
    ),
    _t(
        "de-oth-referenz-konto",
        "other",
        "de",
        ["no-reply@{ats}", "{company} Karriere <karriere@{domain}>"],
        [
            "Erinnerung: Empfehlungsschreiben",
            "Bitte vervollständigen Sie Ihr Profil",
            "Ihre Unterlagen werden gelöscht",
        ],
        ["Hallo {first},", "Guten Tag {first} {last},"],
        [
            "für Ihre Bewerbung fehlt noch ein Empfehlungsschreiben. Bitte laden Sie es im Portal hoch.",
            "abgeschlossene Bewerbungen werden nach sechs Monaten gemäß Datenschutz gelöscht.",
            "Ihr Bewerberprofil ist noch nicht vollständig.",
        ],
        ["Zum Portal: {link}", "Hier einloggen: {link}"],
        ["Ihr {company} Team"],
    ),
    _t(
        "de-oth-own",
        "other",
        "de",
        OWN,
        [
            "Vielen Dank für das Gespräch",
            "AW: Einladung zum Vorstellungsgespräch",
            "Nachfrage zu meiner Bewerbung",
        ],
        ["Hallo {recruiter},", "Sehr geehrte Damen und Herren,"],
        [
            "vielen Dank für das angenehme Gespräch heute, es hat mir viel Freude gemacht.",
            "gern bestätige ich den Termin am {day} um {time}.",
            "ich habe mich vor drei Wochen als {role} beworben und wollte mich nach dem Stand erkundigen.",
        ],
        [
            "Ich bin weiterhin sehr an der Stelle interessiert.",
            "Ich freue mich auf Ihre Rückmeldung.",
        ],
        ["Viele Grüße\n{first} {last}", "Mit freundlichen Grüßen\n{first} {last}"],
    ),
    _t(
        "de-oth-jobalarm",
        "other",
        "de",
        BOARD,
        ["Neue Jobs für dich", "Dein Job-Alarm: {role}", "5 neue Stellenangebote"],
        [
            "Hallo {first}, diese neuen Stellen passen zu deinem Suchauftrag:",
            "Neue Stellenangebote für „{role}“:",
        ],
        [
            "{role} bei {company} – unbefristet\n{role} (m/w/d) bei {company2} – Bewerbung in 1 Minute",
            "{company} sucht {role}, Gehalt {salary}.\nJunior {role} bei {company3}",
        ],
        [
            "Tipp der Woche: So bereitest du dich auf das Vorstellungsgespräch vor und gehst mit einer Absage um.",
            "",
        ],
        [
            "Du erhältst diese E-Mail, weil du einen Job-Alarm angelegt hast. Abmelden | Einstellungen",
            "Newsletter abbestellen: {link}",
        ],
    ),
    _t(
        "de-rej-du",
        "rejection",
        "de",
        ["{recruiter} <{recruiter_mail}@{domain}>", "{company} Jobs <jobs@{domain}>"],
        ["Deine Bewerbung bei {company}", "Rückmeldung zu deiner Bewerbung"],
        ["Hallo {first},", "Hi {first},"],
        [
            "danke, dass du dich für die Stelle als {role} beworben hast.",
            "vielen Dank für dein Interesse und die Zeit, die du investiert hast.",
        ],
        [
            "Wir haben uns nach reiflicher Überlegung für eine andere Person entschieden.",
            "Leider müssen wir dir mitteilen, dass wir deine Bewerbung nicht weiter verfolgen.",
            "Diesmal hat es leider nicht geklappt: Die Stelle ist bereits vergeben.",
        ],
        [
            "Wir wünschen dir alles Gute für deinen weiteren Weg.",
            "Schau gern wieder auf unserer Karriereseite vorbei.",
        ],
        ["Viele Grüße\n{recruiter}", "Dein {company} Team"],
    ),
]

ES: list[F] = [
    _t(
        "es-rec-recibida",
        "received",
        "es",
        ["{company} Empleo <empleo@{domain}>", "no-reply@{ats}", "{board} <avisos@{board_domain}>"],
        ["Hemos recibido tu candidatura", "Solicitud recibida: {role}", "Tu postulación a {role}"],
        ["Hola {first}:", "Estimado/a {first} {last}:"],
        [
            "Gracias por postularte a la vacante de {role}. Tu candidatura se ha registrado correctamente.",
            "Le confirmamos que hemos recibido su solicitud para el puesto de {role}.",
            "Tu postulación ha sido enviada a la empresa {company}.",
        ],
        [
            "Debido al gran número de solicitudes, solo nos pondremos en contacto con las personas preseleccionadas.",
            "Nuestro equipo revisará tu perfil y te escribiremos si encaja con lo que buscamos.",
            "La empresa revisará tu currículum y se comunicará contigo si desea avanzar.",
        ],
        ["Saludos,\nEl equipo de {company}", "Un saludo,\nRecursos Humanos"],
    ),
    _t(
        "es-off-aceptado",
        "offer",
        "es",
        [
            "{company} <rrhh@{domain}>",
            "{recruiter} <{recruiter_mail}@{domain}>",
            "{board} <avisos@{board_domain}>",
        ],
        ["¡Felicidades!", "Has sido seleccionado", "Oferta de trabajo: {role}"],
        ["Hola {first}:", "Estimado/a {first}:", "¡Enhorabuena, {first}!"],
        [
            "Has sido aceptado para la vacante de {role}.",
            "Nos alegra comunicarte que has sido seleccionado para el puesto de {role} en {company}.",
            "Tras el proceso de selección, queremos ofrecerte el puesto de {role} con un salario de {salary}.",
        ],
        [
            "En los próximos días te enviaremos el contrato y la fecha de incorporación.",
            "Por favor, confírmanos antes del {day} si aceptas la oferta.",
            "Ver vacante",
        ],
        ["Saludos,\n{company}", "Bienvenido al equipo,\n{recruiter}"],
    ),
    _t(
        "es-int-entrevista",
        "interview",
        "es",
        ["{recruiter} <{recruiter_mail}@{domain}>", "{company} Selección <seleccion@{domain}>"],
        ["Entrevista para {role}", "Siguiente paso en tu candidatura", "Invitación a entrevista"],
        ["Hola {first}:", "Estimado/a {first} {last}:"],
        [
            "Hemos revisado tu candidatura y nos gustaría conocerte en una entrevista.",
            "Nos complace informarle que su perfil cumple con la mayoría de los requisitos del puesto.",
            "Entre todas las candidaturas recibidas, la tuya nos ha interesado especialmente.",
        ],
        [
            "¿Te vendría bien el {day} a las {time} por videollamada?",
            "Para avanzar en el proceso, le pedimos que complete una prueba en línea antes del {day}: {link}",
            "Elige el horario que mejor te convenga en este enlace: {link}",
        ],
        ["Un saludo,\n{recruiter}", "Atentamente,\nEquipo de Selección"],
    ),
    _t(
        "es-int-reprogramar",
        "interview",
        "es",
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Cambio de fecha de la entrevista", "Reprogramación de tu entrevista"],
        ["Hola {first}:"],
        [
            "Tenemos que cambiar la hora de nuestra entrevista por un imprevisto.",
            "Lamentamos tener que mover la entrevista prevista.",
        ],
        [
            "¿Podrías el {day} a las {time}? El enlace sigue siendo el mismo.",
            "Puedes elegir un nuevo horario aquí: {link}",
        ],
        ["Gracias por tu comprensión,\n{recruiter}"],
    ),
    _t(
        "es-oth-retirada-cuenta",
        "other",
        "es",
        ["no-reply@{ats}", "{board} <avisos@{board_domain}>"],
        [
            "Has retirado tu postulación",
            "Completa tu perfil",
            "Entrevista cancelada",
        ],
        ["Hola {first}:"],
        [
            "Has confirmado que quieres retirarte del proceso de selección para {role}.",
            "Tu perfil está incompleto: añade tu experiencia para que las empresas te encuentren.",
            "La entrevista del {day} ha sido cancelada. Te contactaremos para fijar una nueva fecha.",
        ],
        [
            "Si fue un error, puedes volver a postularte mientras la vacante siga abierta.",
            "Accede a tu cuenta: {link}",
        ],
        ["Saludos,\n{board}", "El equipo de {company}"],
    ),
    _t(
        "es-oth-own",
        "other",
        "es",
        OWN,
        [
            "Candidatura para {role}",
            "RE: Entrevista",
            "Gracias por la entrevista",
        ],
        ["Estimado/a {recruiter}:", "Hola {recruiter}:", "Buenos días:"],
        [
            "Le escribo para presentar mi candidatura al puesto de {role}; adjunto mi currículum.",
            "Le confirmo mi asistencia a la entrevista del {day} a las {time}.",
            "Quería agradecerle el tiempo que me dedicó ayer en la entrevista.",
            "Quisiera saber si hay novedades sobre el proceso de selección.",
        ],
        [
            "Quedo a su disposición para cualquier información adicional.",
            "Sigo muy interesado en formar parte del equipo.",
        ],
        ["Un saludo,\n{first} {last}", "Atentamente,\n{first} {last}"],
    ),
    _t(
        "es-oth-alerta",
        "other",
        "es",
        BOARD,
        ["Nuevas ofertas para ti", "Alerta de empleo: {role}", "{first}, 10 empleos nuevos"],
        [
            "Hola {first}, estas ofertas de empleo coinciden con tu búsqueda:",
            "Nuevas vacantes de {role} cerca de ti:",
        ],
        [
            "{role} - {company} - Contrato indefinido\n{role} junior - {company2} - Entrevista rápida",
            "{company} busca {role}. Salario {salary}.\n{company2}: {role}, candidatura en un clic.",
        ],
        [
            "Consejo: cómo superar el rechazo y preparar tu próxima entrevista.",
            "",
        ],
        [
            "Recibes este correo porque creaste una alerta. Darse de baja | Preferencias",
            "Para dejar de recibir alertas: {link}",
        ],
    ),
    _t(
        "es-rej-proceso",
        "rejection",
        "es",
        ["{company} Selección <seleccion@{domain}>", "{recruiter} <{recruiter_mail}@{domain}>"],
        [
            "Tu candidatura a {role}",
            "Proceso de selección {role}",
            "Actualización de tu postulación",
        ],
        ["Hola {first}:", "Estimado/a {first}:"],
        [
            "Gracias por tu interés en {company} y por el tiempo dedicado al proceso.",
            "Agradecemos su participación en el proceso de selección para {role}.",
        ],
        [
            "Tras valorar todas las candidaturas, hemos decidido continuar con otros perfiles más cercanos a lo que buscamos.",
            "Lamentamos comunicarle que en esta ocasión no ha sido seleccionado.",
            "La vacante ya ha sido cubierta, por lo que no podremos avanzar con tu candidatura.",
        ],
        [
            "Guardaremos tu currículum para futuras vacantes.",
            "Te deseamos mucha suerte en tu búsqueda.",
        ],
        ["Un saludo,\n{recruiter}", "Atentamente,\nRecursos Humanos"],
    ),
]


# Second batch: more French (France and Québec, vous and tu), platform wording, and the
# acknowledgements that say "we will contact you if your profile matches".
MORE: list[F] = [
    _t(
        "fr-rec-plateforme",
        "received",
        "fr",
        [
            "no-reply@{ats}",
            "{company} <recrutement@{domain}>",
            "{board} <ne-pas-repondre@{board_domain}>",
        ],
        [
            "Confirmation de candidature",
            "Confirmation de réception",
            "Votre dossier de candidature",
        ],
        ["Cher(ère) {first} {last},", "Bonjour {first},", "Cher(e) candidat(e),"],
        [
            "Merci pour votre intérêt pour le poste de {role} chez {company}. Votre candidature a été soumise avec succès.",
            "Nous vous confirmons avoir bien reçu votre dossier de candidature pour le poste de {role}.",
            "Votre candidature pour le poste de {role} a bien été enregistrée sur notre plateforme.",
        ],
        [
            "Votre dossier est en cours de traitement par notre équipe de recrutement. Nous vous contacterons si votre expérience correspond aux exigences du poste.",
            "Notre équipe examine actuellement les candidatures ; vous recevrez une notification dès que le statut de votre dossier évoluera.",
            "Nous étudions chaque dossier avec attention et reviendrons vers vous si votre profil correspond à nos besoins.",
        ],
        [
            "Nous vous remercions pour l'intérêt que vous portez à notre entreprise.",
            "Ceci est un email automatique, merci de ne pas y répondre.",
        ],
        ["Cordialement,\nL'équipe RH", "Bien à vous,\n{company}"],
    ),
    _t(
        "fr-off-equipe",
        "offer",
        "fr",
        ["{recruiter} <{recruiter_mail}@{domain}>", "{company} <rh@{domain}>"],
        ["Bonne nouvelle !", "Bienvenue chez {company}", "Votre candidature : décision"],
        ["Bonjour {first},", "Bonjour {first} {last},"],
        [
            "Après mûre réflexion, nous avons le plaisir de vous annoncer que vous ferez partie de notre équipe en tant que {role}.",
            "Nous sommes heureux de vous informer que vous avez été retenu(e) pour le poste de {role}. Bienvenue !",
            "Ton profil nous a convaincus : on serait ravis de t'accueillir comme {role} à partir du {start}.",
        ],
        [
            "Nous vous ferons parvenir votre contrat de travail et les détails de votre arrivée dans les prochains jours.",
            "Merci de nous confirmer ton accord d'ici le {day} pour que l'on prépare ton contrat.",
            "Notre service du personnel vous contactera pour les formalités d'embauche.",
        ],
        [
            "Au plaisir de travailler avec vous,\n{recruiter}",
            "À très bientôt !\nL'équipe {company}",
        ],
    ),
    _t(
        "fr-int-quebec-quiz",
        "interview",
        "fr",
        ["{recruiter} <{recruiter_mail}@{domain}>", "{company} Carrières <carrieres@{domain}>"],
        ["Entrevue - {role}", "Prochaine étape de votre candidature", "Invitation"],
        ["Bonjour {first},", "Cher(e) candidat(e),"],
        [
            "Nous avons pris le temps d'analyser votre demande d'emploi et souhaitons vous rencontrer en entrevue pour le poste de {role}.",
            "Votre candidature a retenu notre attention et nous aimerions en apprendre davantage sur vous.",
            "Dans le cadre du processus de sélection, nous aimerions vous inviter à passer un test en ligne.",
        ],
        [
            "L'entrevue est prévue le {day} à {time} à nos bureaux, {address}.",
            "Il nous ferait plaisir de discuter avec vous sous peu ; merci de nous indiquer vos disponibilités.",
            "Veuillez cliquer sur le lien ci-dessous pour accéder au questionnaire avant le {day} : {link}",
        ],
        ["Merci et à bientôt !\n{recruiter}", "Cordialement,\nL'équipe de {company}"],
    ),
    _t(
        "fr-rej-tu-quebec",
        "rejection",
        "fr",
        ["{recruiter} <{recruiter_mail}@{domain}>", "{company} <emplois@{domain}>"],
        ["Ta candidature", "Suite à votre demande d'emploi", "Poste de {role} pourvu"],
        ["Bonjour {first},", "Salut {first},", "Bonjour,"],
        [
            "Merci d'avoir postulé chez nous et pour le temps consacré à ta candidature.",
            "Nous avons bien analysé votre demande d'emploi pour le poste de {role}.",
            "L'offre de {role} a été pourvue.",
        ],
        [
            "Malheureusement, nous avons décidé de ne pas retenir ta candidature pour ce poste.",
            "Nous ne sommes pas en mesure de vous offrir ce poste pour le moment ; nous avons arrêté notre choix sur un autre candidat.",
            "Nous n'avons pas la capacité d'accompagner une personne en début de carrière en ce moment.",
        ],
        [
            "N'hésite pas à postuler à nouveau si une offre te correspond. Bonne chance dans tes recherches !",
            "Nous conserverons votre dossier et communiquerons avec vous si un poste correspondant se libère.",
        ],
        ["Bonne continuation,\n{recruiter}", "L'équipe {company}"],
    ),
    _t(
        "fr-oth-own-candidature",
        "other",
        "fr",
        OWN,
        ["Candidature spontanée", "Candidature au poste de {role}", "{role} - {first} {last}"],
        ["Madame, Monsieur,", "Bonjour,"],
        [
            "Actuellement en poste chez {company2}, je souhaiterais rejoindre votre équipe en tant que {role}.",
            "Je vous adresse ma candidature pour le poste de {role} ; vous trouverez mon CV en pièce jointe.",
        ],
        [
            "Je serais ravi(e) de vous rencontrer pour vous exposer mes motivations lors d'un entretien.",
            "Je reste à votre disposition pour tout échange.",
        ],
        [
            "Je vous prie d'agréer mes salutations distinguées.\n{first} {last}",
            "Cordialement,\n{first} {last}",
        ],
    ),
    _t(
        "en-rec-match-contact",
        "received",
        "en",
        [*ATS_EN, "{board} <applications@{board_domain}>"],
        ["Application confirmation", "", "Thank you for applying to {company}"],
        ["Dear {first},", "Dear Candidate,", "Hi {first},"],
        [
            "Your application for {role} at {company} has been successfully submitted.",
            "Thank you for your interest in the {role} internship. We have your application on file.",
        ],
        [
            "Our recruiting team is reviewing applications and will contact you if your skills and experience match the requirements.",
            "If your qualifications are a fit, a member of the team will contact you to discuss next steps. Due to the volume of applications, we are unable to respond to each applicant individually.",
            "We review every application and will reach out to candidates whose background best fits the position.",
        ],
        [
            "Based on your preferences, you may also like these open roles near you: {role} at {company2}.",
            "In the meantime, learn more about life at {company} on our careers site.",
            "",
        ],
        ["Thank you,\n{company} Talent Acquisition", "Regards,\nRecruiting"],
    ),
    _t(
        "en-int-logistics-change",
        "interview",
        "en",
        [*ATS_EN, *PERSON_EN],
        [
            "Interview location updated",
            "Updated details for your interview",
            "Your interview: new room",
        ],
        ["Hi {first},", "Dear {first},"],
        [
            "The location of your interview for {role} on {day} at {time} has changed.",
            "Please note the updated details for your upcoming interview.",
        ],
        [
            "New location: {address}, 3rd floor. Please bring an ID for reception.",
            "The interview will now take place online; join with this link: {link}",
        ],
        ["See you then,\n{recruiter}", "{company} Recruiting"],
    ),
    _t(
        "de-int-ort",
        "interview",
        "de",
        ["no-reply@{ats}", "{recruiter} <{recruiter_mail}@{domain}>"],
        [
            "Interviewort aktualisiert",
            "Änderung zu Ihrem Vorstellungsgespräch",
            "Dein Interview am {day}",
        ],
        ["Hallo {first},", "Guten Tag {first} {last},"],
        [
            "der Ort für dein Interview als {role} am {day} um {time} hat sich geändert.",
            "für Ihr Vorstellungsgespräch gibt es neue Angaben.",
        ],
        [
            "Neuer Ort: {address}, 2. OG. Bitte melde dich am Empfang.",
            "Das Gespräch findet jetzt per Video statt: {link}",
        ],
        ["Bis bald\n{recruiter}", "Ihr {company} Recruiting-Team"],
    ),
    _t(
        "es-int-citacion",
        "interview",
        "es",
        ["{recruiter} <{recruiter_mail}@{domain}>", "{company} RRHH <rrhh@{domain}>"],
        ["Citación para entrevista", "Confirmación de interés", "Proceso de selección: {role}"],
        ["Estimado/a {first}:", "Hola {first}:"],
        [
            "Su candidatura para {role} ha pasado la primera fase del proceso.",
            "Queremos saber si sigues interesado en la vacante de {role}, ya que tu perfil encaja con lo que buscamos.",
        ],
        [
            "Le citamos el {day} a las {time} en nuestras oficinas de {address}.",
            "Si es así, responde a este correo con tu disponibilidad para una llamada esta semana.",
            "Por favor, confirme su asistencia respondiendo a este mensaje.",
        ],
        ["Atentamente,\n{recruiter}", "Un saludo,\nRecursos Humanos"],
    ),
]

FAMILIES: list[F] = [*EN, *FR, *DE, *ES, *MORE]
