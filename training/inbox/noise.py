"""What real mail wraps around its message, added to the written emails (issue 10).

Signatures, tracking footers and unsubscribe blocks, forwarded-mail headers, HTML leftovers,
typos, a line in another language, and template placeholders left unfilled. None of it changes
what an email means, so the label stays; the model learns that these say nothing about it.
All strings written by the NextYes team.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

# The strings (data, see README.md): signatures signed by one of `signers`, tracking footers,
# a line in another language per language, HTML leftovers, unfilled placeholders.
HERE = Path(__file__).resolve().parent
NOISE = json.loads((HERE / "noise.json").read_text(encoding="utf-8"))
SIGNATURES: dict[str, list[str]] = NOISE["signatures"]
WHO: list[str] = NOISE["signers"]
FOOTERS: list[str] = NOISE["footers"]
MIXED: dict[str, list[str]] = NOISE["mixed"]
HTML_BITS: list[str] = NOISE["html_bits"]
PLACEHOLDERS: list[str] = NOISE["placeholders"]
# The person's own mail (sent from one of make_data's own domains) gets no signature or footer.
_OWN_DOMAINS = tuple(json.loads((HERE / "slots.json").read_text(encoding="utf-8"))["own_domains"])


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
            f"From: {sender}\nDate: {rng.choice(NOISE['forward_days'])}, 3 Mar at 09:12\n"
            f"Subject: {subject}\nTo: me\n\n" + body
        )
        subject = rng.choice(NOISE["forward_prefixes"]) + subject
    return {**row, "subject": subject, "body": body}
