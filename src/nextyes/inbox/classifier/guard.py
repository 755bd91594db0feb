"""The guard against the worst mistake: a job offer or an interview invitation read as a rejection.

Not a feature the model weighs (those are in cues.py) but a rule applied to its answer: when the
text plainly offers or invites, a rejection is never stated with high confidence.
"""

from __future__ import annotations

import re

# The guard of issue 10: an offer or an invitation read as a rejection is the worst mistake, so
# when the text plainly says one of them, a rejection is never stated with confidence >= 0.9.
# Specific phrasings only (no bare "interview": rejections thank people for interviewing).
_STRONG = re.compile(
    r"pleased to offer|happy to offer|delighted to offer|offer you the (?:position|role|job)|"
    r"extend(?:ing)? (?:you )?an offer|offer letter|offer of employment|"
    r"(?<!not )(?<!n't )been (?:accepted|selected|hired) for|you're hired|welcome (?:to the team|aboard)|"
    r"invite you (?:to|for) (?:an? )?(?:interview|call|meeting|assessment)|invitation to (?:an )?interview|"
    r"interview invitation|schedule (?:an|your|a) (?:interview|call)|you(?:'ve| have) been shortlisted|"
    r"proposer le poste|promesse d'embauche|candidature a ete acceptee|convier a un entretien|"
    r"vous rencontrer|invitation a un entretien|"
    r"herzlichen gluckwunsch|fur sie entschieden|stelle anbieten|einladung zum|kennenlernen|"
    r"(?<!no )(?<!no ha )(?<!no has )sido (?:aceptad|seleccionad)|ofrecerte el puesto|"
    r"invitarte a una entrevista|nos gustaria conocerte|"
    # Congratulations and a top score for a vacancy: good news, whatever else the mail says.
    r"felicitaciones|felicidades|felicitations|congratulations|mejor puntaje|primer lugar en el orden|"
    r"highest score|meilleur score"
)


def strong_offer_or_interview(folded_text: str) -> bool:
    """True when the text plainly offers the job or invites to an interview."""
    return _STRONG.search(folded_text) is not None
