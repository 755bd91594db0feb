"""Learning from the person's corrections: their own examples, on top of the shipped model.

Each edit that changes a proposal's label, and each dismissal, is kept as a `Correction`. When
new mail arrives, a message that comes from the same sender domain as a corrected one and
reads like it (the same template, with other names, roles and dates) takes the label the person
gave: nearest neighbours over word pairs. Everything else keeps the shipped model's verdict, so
this costs one dictionary lookup per message unless the sender resembles a correction, and
nothing at all for a person who never corrected anything.

A dismissal says "not what you said" rather than what it is: it turns a similar message to
`other` only when the model says again what the person dismissed, and that message is still
kept (with no proposal), since "dismiss" sometimes means "not now".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import transaction

from nextyes.accounts.models import User
from nextyes.inbox.classifier import Verdict
from nextyes.inbox.matching import domain_of, registrable
from nextyes.inbox.models import Correction, MailMessage
from nextyes.lib.ownership import owned

if TYPE_CHECKING:
    from django.db.models import QuerySet

# Two messages share a template when this share of their opening word pairs is the same
# (Jaccard). Over our benchmark's templates (benchmarks/inbox_corrections.py), nine in ten pairs
# of one template with other names, roles, dates and footers score at least this (all 0.37 or
# more); different templates at most 0.32, even when an employer puts one long legal footer
# under all its mail. Two corrections of a template therefore almost always carry.
SIMILAR = 0.45
# The opening is where a template says what it is; a footer or quoted thread would only blur it.
TEMPLATE_WORDS = 80
TEMPLATE_CHARS = 2000
MOST_SURE = 0.97
_WORD = re.compile(r"[^\W\d_]+|\d+")

# What each stage a person can choose says about the mail; the rest (declined, withdrawn,
# ghosted, saved) are the person's own doing and say nothing about what the mail was.
STAGE_LABELS = {
    "rejected": "rejection",
    "offer": "offer",
    "accepted": "offer",
    "acknowledged": "received",
    "applied": "received",
    "screen": "interview",
    "interview": "interview",
    "assessment": "interview",
}


def site(sender: str) -> str:
    """The sender's site ("Acme <jobs@mail.acme.com>" → acme.com), so subdomains match."""
    domain = domain_of(sender)
    return registrable(domain) if "." in domain else ""


def shingles(subject: str, text: str) -> frozenset[int]:
    """The message's word pairs (numbers as one token), hashed: what a template keeps."""
    words = [
        "0" if w.isdigit() else w
        for w in _WORD.findall(f"{subject}\n{text[:TEMPLATE_CHARS]}".lower())
    ][:TEMPLATE_WORDS]
    return frozenset(hash(pair) for pair in itertools.pairwise(words))


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True)
class LearnedVerdict(Verdict):
    """A verdict that follows the person's corrections rather than the shipped model alone.

    Mail it turns to `other` is still kept (without a proposal): one dismissal meant "not
    that", and may have meant "not now", so nothing the person might want is dropped unseen.
    """


@dataclass(frozen=True)
class Example:
    shingles: frozenset[int]
    label: str  # what the person said it is (`other` for a dismissal)
    dismissed_label: str  # for a dismissal: the label the person said it is not


class Taught:
    """A person's corrections, indexed by sender site, ready to adjust verdicts."""

    def __init__(self, examples: dict[str, list[Example]]) -> None:
        self.by_site = examples
        # The corrected messages themselves (known when read from the database).
        self.sources: set[int] = set()

    @classmethod
    def for_user(cls, user: User) -> Taught | None:
        """The person's examples, or None when they never corrected anything (the fast path)."""
        found = (
            owned(Correction, user)
            .select_related("message")
            .only(
                "corrected_label",
                "original_label",
                "dismissed",
                "message__sender_address",
                "message__subject",
                "message__text",
            )
            .order_by("created_at", "id")
        )
        rows = list(found)
        taught = cls.build(
            (
                row.message.sender_address,
                row.message.subject,
                row.message.text,
                row.corrected_label,
                row.original_label if row.dismissed else "",
            )
            for row in rows
        )
        if taught is not None:
            taught.sources = {row.message_id for row in rows}
        return taught

    @classmethod
    def build(cls, rows: Iterable[tuple[str, str, str, str, str]]) -> Taught | None:
        """From (sender, subject, text, label, dismissed label) rows; None when there are none."""
        examples: dict[str, list[Example]] = {}
        for sender, subject, text, label, dismissed_label in rows:
            key = site(sender)
            if key:
                examples.setdefault(key, []).append(
                    Example(shingles(subject, text), label, dismissed_label)
                )
        return cls(examples) if examples else None

    def adjust(
        self, items: Sequence[tuple[str, str, str]], verdicts: Sequence[Verdict]
    ) -> list[Verdict]:
        """The verdicts, with those of messages that resemble a correction taking its label.

        `items` are (subject, text, sender address), in the order of `verdicts`.
        """
        out = list(verdicts)
        for row, (subject, text, sender) in enumerate(items):
            examples = self.by_site.get(site(sender))
            if examples:
                out[row] = _nearest(examples, shingles(subject, text), out[row])
        return out


def _nearest(examples: list[Example], mine: frozenset[int], verdict: Verdict) -> Verdict:
    votes: dict[str, list[float]] = {}
    for example in examples:
        if example.dismissed_label and example.dismissed_label != verdict.label:
            continue  # "not a rejection" says nothing about mail read as something else
        score = similarity(mine, example.shingles)
        if score >= SIMILAR:
            votes.setdefault(example.label, []).append(score)
    if not votes:
        return verdict
    label, scores = max(votes.items(), key=lambda kv: (sum(kv[1]), max(kv[1])))
    share = sum(scores) / sum(sum(s) for s in votes.values())
    # Sure as the resemblance is close and the person said it more than once; never certain.
    sure = share * min(MOST_SURE, 0.6 + 0.3 * max(scores) + 0.05 * (len(scores) - 1))
    if label == verdict.label:
        return LearnedVerdict(label, max(verdict.confidence, round(sure, 4)))
    return LearnedVerdict(label, round(sure, 4))


def went_by_corrections(user: User, messages: Iterable[MailMessage]) -> set[int]:
    """Which of these messages carry a label the person taught (not their own corrected ones).

    For the proposals page, so a label that came from a correction says so.
    """
    taught = Taught.for_user(user)
    if taught is None:
        return set()
    found = set()
    for message in messages:
        examples = taught.by_site.get(site(message.sender_address))
        if not examples or message.pk in taught.sources:
            continue
        mine = shingles(message.subject, message.text)
        if any(
            not e.dismissed_label
            and e.label == message.label
            and similarity(mine, e.shingles) >= SIMILAR
            for e in examples
        ):
            found.add(message.pk)
    return found


# --- Keeping corrections ---------------------------------------------------------------------


def label_of_stage(stage: str) -> str | None:
    return STAGE_LABELS.get(stage)


def remember(
    message: MailMessage, corrected_label: str, *, dismissed: bool = False
) -> Correction | None:
    """Keep what the person said the message is, when it differs from what we said."""
    if corrected_label == message.label:
        return None
    return Correction.objects.create(
        owner_id=message.owner_id,
        message=message,
        original_label=message.label,
        corrected_label=corrected_label,
        dismissed=dismissed,
    )


def corrections(user: User) -> QuerySet[Correction]:
    return owned(Correction, user).select_related("message")


@transaction.atomic
def forget(user: User) -> int:
    """Forget everything the person taught: the shipped model decides alone again."""
    count, _by_model = owned(Correction, user).delete()
    return count
