"""The hand-written lexicon of lesson themes that come up in job searches, and how a text is
scored against it. Themes (`themes.py`) adds these scores to the clustered features and names a
cluster after a known theme when most of its texts point to it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from django.utils.translation import gettext_noop as N_

# Known themes and the word beginnings that point to them (accents removed, lower case).
# A multi-word entry matches as a phrase.
KNOWN_THEMES: dict[str, tuple[str, ...]] = {
    N_("more specific examples"): (
        "example",
        "specific",
        "concrete",
        "star format",
        "star method",
        "story",
        "stories",
        "result",
        "outcome",
        "quantif",
        "metric",
        "vague",
        "abstract",
        "general",
        "achievement",
        "impact",
        "situation",
    ),
    N_("system design depth"): (
        "system design",
        "design",
        "architect",
        "scal",
        "distributed",
        "cach",
        "shard",
        "queue",
        "load balanc",
        "trade-off",
        "tradeoff",
        "replicat",
        "consisten",
        "bottleneck",
        "capacity",
        "storage",
    ),
    N_("salary expectations"): (
        "salary",
        "pay",
        "compensation",
        "negotiat",
        "money",
        "band",
        "budget",
        "market rate",
        "equity",
        "bonus",
        "benefit",
        "pension",
        "package",
        "minimum",
    ),
    N_("résumé tailoring"): (
        "resume",
        "cv",
        "cover letter",
        "tailor",
        "keyword",
        "job description",
        "posting",
        "job ad",
        "applicant tracking",
        "ats",
        "bullet",
        "layout",
    ),
    N_("company research"): (
        "research",
        "company",
        "product",
        "mission",
        "values",
        "competitor",
        "market",
        "customer",
        "client",
        "news",
        "blog",
        "glassdoor",
        "culture",
        "business",
        "organisation",
        "organization",
        "funding",
        "strategy",
    ),
    N_("follow-up and communication"): (
        "follow",
        "thank",
        "email",
        "reply",
        "replies",
        "in touch",
        "message",
        "next step",
        "hear back",
        "heard back",
        "timeline",
        "went quiet",
        "check in",
    ),
    N_("technical depth"): (
        "coding",
        "code",
        "algorithm",
        "data structure",
        "sql",
        "complexity",
        "leetcode",
        "technical",
        "python",
        "framework",
        "debug",
        "concurrency",
        "recursion",
        "kubernetes",
        "docker",
        "take-home",
        "kata",
        "programming",
        "internals",
    ),
    N_("nerves and preparation"): (
        "nervous",
        "nerves",
        "anxi",
        "calm",
        "stress",
        "breath",
        "sleep",
        "confiden",
        "relax",
        "mock",
        "rehears",
        "blank",
        "shaky",
        "jitter",
        "tired",
        "exhausted",
        "out loud",
    ),
    N_("networking and referrals"): (
        "referral",
        "refer",
        "network",
        "contact",
        "meetup",
        "colleague",
        "alumni",
        "introduc",
        "linkedin",
        "coffee",
        "conference",
        "mentor",
        "community",
        "people i know",
    ),
    N_("role fit and targeting"): (
        "fit",
        "seniority",
        "overqualified",
        "underqualified",
        "requirement",
        "junior",
        "senior",
        "level",
        "target",
        "right role",
    ),
    N_("portfolio and projects"): (
        "portfolio",
        "github",
        "side project",
        "demo",
        "case study",
        "open source",
    ),
}


def _fold(text: str) -> str:
    """Lower case without accents, so "Résumé" and "resume" meet."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _cue_patterns() -> list[re.Pattern[str]]:
    """One pattern per known theme: any of its cues at the start of a word."""
    return [
        re.compile(
            r"\b(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + ")"
        )
        for cues in KNOWN_THEMES.values()
    ]


_CUES = _cue_patterns()


def lexicon_scores(text: str) -> list[float]:
    """How many cues of each known theme the text has, in KNOWN_THEMES order.

    A cue matches the start of a word ("negotiat" finds "negotiate" and "negotiation"), and a cue
    with a space matches that phrase.
    """
    folded = _fold(text)
    return [float(len(pattern.findall(folded))) for pattern in _CUES]


def known_label(texts: Sequence[str]) -> str | None:
    """A known theme when at least half of the texts point to it first, else None."""
    names = list(KNOWN_THEMES)
    votes: Counter[str] = Counter()
    for text in texts:
        scores = lexicon_scores(text)
        top = max(scores)
        if top > 0 and scores.count(top) == 1:
            votes[names[scores.index(top)]] += 1
    if not votes:
        return None
    label, count = votes.most_common(1)[0]
    return label if count * 2 >= len(texts) else None
