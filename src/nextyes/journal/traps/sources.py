"""How the trap names of the training data we use map onto our slugs.

The real thoughts come from Sharma et al., "Cognitive Reframing of Negative Thoughts through
Human-Language Model Interaction" (ACL 2023), BSD-3-Clause release of 2023-05-07 (see
`training/traps/README.md`). Their practitioners used 13 trap names, written a few ways; the
table below is the one place that turns them into our slugs. Only names live here, never their
sentences. A name mapped to None marks a thought as distorted without naming one of our traps.
"""

from __future__ import annotations

# Lower-cased trap name as written in the data -> our slug, or None (distorted, no slug of ours).
TRAP_NAMES: dict[str, str | None] = {
    "all-or-nothing thinking": "all-or-nothing",
    "catastrophizing": "catastrophising",
    # Burns's "magnification" is the same move as catastrophising in our catalogue.
    "magnification": "catastrophising",
    "disqualifying the positive": "discounting-the-positive",
    "emotional reasoning": "emotional-reasoning",
    "fortune telling": "fortune-telling",
    "labeling": "labelling",
    "mind reading": "mind-reading",
    "overgeneralizing": "overgeneralisation",
    "overgeneralization": "overgeneralisation",
    "personalizing": "personalisation",
    "personalization": "personalisation",
    "should statements": "should-statements",
    # Burns pairs blame with personalisation, but our card is about taking all the blame on
    # oneself ("how much was in your hands?"); shown for blaming others it would mislead.
    "blaming": None,
    # Comparing oneself with others: a real trap, but none of our eleven cards describes it.
    "comparing and despairing": None,
    "comparing": None,
    # Sharma et al. count being stuck on a painful feeling as a trap. We have no card for it,
    # but the thought still counts as distorted: their practitioners' call. (Counting it as not
    # distorted instead, like our own "I'm sad I didn't get it", did not ease the trade-off
    # between the two data sets in cross-validation.)
    "negative feeling or emotion": None,
}

# Names that mean "no trap here".
NOT_DISTORTED: frozenset[str] = frozenset({"not distorted", "none"})


def slugs_of(names: list[str]) -> tuple[set[str], bool | None]:
    """Our slugs for a thought's trap names, and whether it is distorted.

    Any trap name makes the thought distorted, even if another practitioner said "not
    distorted" (the union of the annotations is the gold). None when there is no name at all.
    """
    found: set[str] = set()
    distorted: bool | None = None
    for raw in names:
        name = " ".join(raw.lower().split())
        if name in NOT_DISTORTED:
            distorted = bool(distorted)
        elif name in TRAP_NAMES:
            distorted = True
            slug = TRAP_NAMES[name]
            if slug is not None:
                found.add(slug)
        else:
            raise KeyError(f"unknown trap name: {raw!r}")
    return found, distorted
