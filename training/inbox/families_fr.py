"""French template families for the inbox classifier (all text written for NextYes)."""

from __future__ import annotations

from family import Family as F

FAMILIES: list[F] = [
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
]
