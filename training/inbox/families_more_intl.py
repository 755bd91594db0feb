"""More French, German and Spanish voices: curt notes, public bodies and candidate portals
(all text written for NextYes)."""

from __future__ import annotations

from family import Family as F

FAMILIES: list[F] = [
    F(
        "fr-rej-curt",
        "rejection",
        "fr",
        False,
        ["{company} <ne-pas-repondre@{ats}>"],
        ["Candidature {ref}", "Votre candidature"],
        [
            ["Bonjour,"],
            [
                "Le poste est pourvu.",
                "Votre candidature n'a pas été retenue.",
                "Nous ne donnerons pas suite à votre candidature.",
            ],
            ["Merci de votre intérêt.", "Cordialement, {company}"],
        ],
    ),
    F(
        "fr-off-public",
        "offer",
        "fr",
        False,
        ["Direction des ressources humaines <drh@{domain}>"],
        ["Votre recrutement au poste de {role}", "Proposition de contrat"],
        [
            ["Madame, Monsieur,"],
            [
                "J'ai le plaisir de vous informer que votre candidature au poste de {role} a été retenue.",
                "À l'issue des entretiens, le jury a décidé de vous proposer le poste.",
            ],
            [
                "Votre contrat débutera le {start}, pour une rémunération de {salary}.",
                "Vous trouverez ci-joint votre contrat de travail à nous retourner signé.",
            ],
            ["Veuillez agréer nos salutations distinguées."],
        ],
    ),
    F(
        "fr-rec-portal",
        "received",
        "fr",
        False,
        ["Portail candidats {company} <portail@{ats}>"],
        ["Votre candidature a été envoyée", "Candidature enregistrée – {ref}"],
        [
            ["Bonjour {first},"],
            [
                "Votre candidature au poste de {role} (réf. {ref}) a bien été transmise.",
                "Nous vous confirmons l'enregistrement de votre dossier.",
            ],
            [
                "Vous pouvez suivre son avancement dans votre espace candidat : {link}",
                "Un recruteur l'examinera prochainement.",
            ],
            ["Message automatique."],
        ],
    ),
    F(
        "de-rej-curt",
        "rejection",
        "de",
        False,
        ["{company} <noreply@{ats}>"],
        ["Ihre Bewerbung {ref}", "Absage"],
        [
            ["Guten Tag,"],
            [
                "die Stelle ist bereits besetzt.",
                "wir haben uns gegen Ihre Bewerbung entschieden.",
                "leider können wir Ihnen keine Zusage geben.",
            ],
            ["Freundliche Grüße", "Mit freundlichen Grüßen\n{company}"],
        ],
    ),
    F(
        "de-off-public",
        "offer",
        "de",
        False,
        ["Personalamt <personalamt@{domain}>"],
        ["Zusage für die Stelle {role}", "Einstellungszusage"],
        [
            ["Sehr geehrte/r {first} {last},"],
            [
                "wir freuen uns, Ihnen mitteilen zu können, dass wir Sie als {role} einstellen möchten.",
                "die Auswahlkommission hat sich für Sie entschieden.",
            ],
            [
                "Ihr Arbeitsverhältnis beginnt am {start}; die Vergütung beträgt {salary} jährlich.",
                "Den Arbeitsvertrag senden wir Ihnen in den nächsten Tagen zur Unterschrift zu.",
            ],
            ["Mit freundlichen Grüßen\nPersonalamt"],
        ],
    ),
    F(
        "de-rec-portal",
        "received",
        "de",
        False,
        ["Bewerberportal {company} <portal@{ats}>"],
        ["Ihre Bewerbung wurde übermittelt", "Bewerbung erfolgreich eingereicht – {ref}"],
        [
            ["Hallo {first},"],
            [
                "Ihre Bewerbung für die Position {role} (Ref. {ref}) wurde erfolgreich übermittelt.",
                "wir bestätigen den Eingang Ihrer Unterlagen.",
            ],
            [
                "Den Status können Sie jederzeit im Bewerberportal einsehen: {link}",
                "Unser Team sieht sich Ihre Bewerbung in Kürze an.",
            ],
            ["Automatisch erstellte Nachricht."],
        ],
    ),
    F(
        "es-rej-curt",
        "rejection",
        "es",
        False,
        ["{company} <no-responder@{ats}>"],
        ["Candidatura {ref}", "Tu solicitud"],
        [
            ["Hola:"],
            [
                "El puesto ya está cubierto.",
                "Tu candidatura no ha sido seleccionada.",
                "No seguiremos adelante con tu proceso.",
            ],
            ["Gracias por tu interés.", "Saludos, {company}"],
        ],
    ),
    F(
        "es-off-public",
        "offer",
        "es",
        False,
        ["Departamento de Personal <personal@{domain}>"],
        ["Propuesta de contratación – {role}", "Has sido seleccionado/a"],
        [
            ["Estimado/a {first} {last}:"],
            [
                "Nos complace comunicarte que has sido seleccionado/a para el puesto de {role}.",
                "Tras el proceso de selección, queremos ofrecerte el puesto.",
            ],
            [
                "La incorporación será el {start}, con una retribución anual de {salary}.",
                "Te enviaremos el contrato en los próximos días para que lo firmes.",
            ],
            ["Atentamente,\nDepartamento de Personal"],
        ],
    ),
    F(
        "es-rec-portal",
        "received",
        "es",
        False,
        ["Portal de empleo {company} <portal@{ats}>"],
        ["Tu candidatura se ha enviado", "Solicitud registrada – {ref}"],
        [
            ["Hola {first}:"],
            [
                "Tu candidatura para {role} (ref. {ref}) se ha enviado correctamente.",
                "Confirmamos la recepción de tu solicitud.",
            ],
            [
                "Puedes consultar el estado en tu área de candidato: {link}",
                "Un reclutador la revisará en breve.",
            ],
            ["Mensaje automático."],
        ],
    ),
]
