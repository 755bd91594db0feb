"""What real mail wraps around its message, added to the written emails (issue 10).

Signatures, tracking footers and unsubscribe blocks, forwarded-mail headers, HTML leftovers,
typos, a line in another language, and template placeholders left unfilled. None of it changes
what an email means, so the label stays; the model learns that these say nothing about it.
All strings written by the NextYes team.
"""

from __future__ import annotations

import random
import re

SIGNATURES = {
    "en": [
        "--\n{who}\nSenior Talent Partner | People Team\nT +44 20 7946 0000 | M +44 7700 900000\nLinkedIn | Twitter | Careers",
        "{who}\nRecruitment Coordinator\nPlease consider the environment before printing this email.",
        "Regards,\n{who}\nHR Business Partner\nOffice hours: Mon-Thu 9-5",
    ],
    "fr": [
        "--\n{who}\nChargée de recrutement\nTél. : 01 23 45 67 89\n12 rue de la Paix, 75002 Paris",
        "{who}\nTalent Acquisition\nPensez à l'environnement avant d'imprimer ce message.",
    ],
    "de": [
        "--\n{who}\nRecruiting & Employer Branding\nTel.: +49 30 1234567\nGeschäftsführer: M. Weber | Amtsgericht Berlin HRB 12345",
        "{who}\nPersonalreferentin\nBitte denken Sie an die Umwelt, bevor Sie diese E-Mail drucken.",
    ],
    "es": [
        "--\n{who}\nTécnica de Selección\nTel. 91 123 45 67\nC/ Alcalá 12, 28014 Madrid",
        "{who}\nDepartamento de Personas\nAntes de imprimir este correo, piensa en el medio ambiente.",
    ],
}
WHO = ["Jordan Lee", "Camille Roux", "Stefan Wolf", "Elena Ruiz", "Maya Patel", "Tariq Aziz"]
FOOTERS = [
    "This message was sent to you by an applicant tracking system. Privacy policy | Terms | Unsubscribe",
    "You're receiving this email because you have an account with us. Manage email preferences or unsubscribe.",
    "Powered by a recruiting platform. Please do not reply to this email; this mailbox is not monitored.",
    "Click here to view this email in your browser. If you no longer wish to receive these emails, unsubscribe.",
    "Ce message a été envoyé automatiquement, merci de ne pas y répondre. Politique de confidentialité.",
    "Diese Nachricht wurde automatisch erstellt. Datenschutzerklärung | Impressum",
    "Este correo se ha generado automáticamente. Política de privacidad | Aviso legal",
]
MIXED = {
    "fr": ["Best regards", "Sent from my iPhone", "Kind regards, the Talent team"],
    "de": ["Best regards", "Sent from Outlook", "Kind regards, HR"],
    "es": ["Best regards", "Sent from my iPhone", "Thanks!"],
    "en": ["Merci !", "Viele Grüße", "Saludos"],
}
HTML_BITS = ["&nbsp;", "<br>", "&amp;", "[image: logo]", "**", "</p><p>", "\u200b"]
PLACEHOLDERS = ["[Candidate Name]", "<name>", "{{first_name}}", "[#CandidateFirstName]", "%NAME%"]
_OWN_DOMAINS = ("gmail.example", "posteo.example", "fastmail.example")


def _typos(rng: random.Random, text: str) -> str:
    """Drop, double or swap a letter in a few longer words, as fast typists do."""

    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        if rng.random() > 0.04:
            return word
        i = rng.randrange(1, len(word) - 1)
        kind = rng.randrange(3)
        if kind == 0:
            return word[:i] + word[i + 1 :]
        if kind == 1:
            return word[:i] + word[i] + word[i:]
        return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]

    return re.sub(r"[^\W\d_]{5,}", one, text)


def roughen(rng: random.Random, row: dict[str, str], names: list[str]) -> dict[str, str]:
    """The same email as real mail might show it (the label is unchanged)."""
    body, subject = row["body"], row["subject"]
    own = row["from"].endswith(_OWN_DOMAINS) or (
        row["from"].endswith(">") and any(d in row["from"] for d in _OWN_DOMAINS)
    )
    lang = row["lang"]
    if not own and rng.random() < 0.25:
        body += "\n\n" + rng.choice(SIGNATURES[lang]).format(who=rng.choice(WHO))
    if not own and rng.random() < 0.2:
        body += "\n\n" + rng.choice(FOOTERS)
    if rng.random() < 0.08:
        body += "\n\n" + rng.choice(MIXED[lang])
    if rng.random() < 0.08:
        name = next((n for n in names if n in body), "")
        if name:
            body = body.replace(name, rng.choice(PLACEHOLDERS))
    if rng.random() < 0.1:
        words = body.split(" ")
        for _ in range(rng.randint(1, 4)):
            words.insert(rng.randrange(len(words) + 1), rng.choice(HTML_BITS))
        body = " ".join(words)
    if rng.random() < 0.15:
        body = _typos(rng, body)
    if rng.random() < 0.06:
        sender = row["from"] or "noreply@example.org"
        body = (
            "---------- Forwarded message ---------\n"
            f"From: {sender}\nDate: {rng.choice(['Mon', 'Tue', 'Wed'])}, 3 Mar at 09:12\n"
            f"Subject: {subject}\nTo: me\n\n" + body
        )
        subject = rng.choice(["Fwd: ", "FW: ", "TR: ", "WG: "]) + subject
    return {**row, "subject": subject, "body": body}
