"""One regular expression for many fixed phrases, shaped as a tree of their letters.

`re` tries the alternatives of "a|b|c…" one after another at every position of the text, so
a list of a hundred phrases costs a hundred tries per letter. Shared beginnings written once
("not (?:be (?:moving|…)|…)") cost one try per letter instead, several times faster on mail.

The matches are the same as those of the plain alternation with the longest phrases first:
at one position every phrase that matches lies on the same path of the tree (each is the
start of the longer ones), and a greedy `?` after each phrase end tries the longer ones
first, so the longest phrase that matches wins, as it does there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_END = ""  # a key no letter can be: "a phrase ends here"
_Node = dict[str, "_Node"]


def _tree(phrases: Iterable[str]) -> _Node:
    root: _Node = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return root


def _pattern(node: _Node) -> str:
    branches = []
    for ch, child in sorted(node.items()):
        if not ch:
            continue
        letters = ch
        while len(child) == 1 and _END not in child:  # a chain of single letters: one literal
            ((next_letter, child),) = child.items()
            letters += next_letter
        branches.append(re.escape(letters) + _pattern(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    # A phrase may end here; a longer one going on from here is tried first.
    return (body if len(branches) > 1 else "(?:" + body + ")") + "?"


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Matches any of the phrases, the longest one where several start at the same place."""
    return re.compile(_pattern(_tree(phrases)))


class PhraseCounter:
    """How often each group's phrases occur in a text, as `len(group_pattern.findall(text))`.

    Several groups (one per label) would need one scan of the text each. Instead one scan finds
    every place where any phrase starts, with the longest phrase there; each group's longest
    phrase at that place is the longest of its phrases that begins that one (all phrases found
    at one place begin the longest), known in advance. Then each group takes its places left
    to right, skipping those inside its previous match, exactly as findall does.
    """

    def __init__(self, groups: Mapping[str, Iterable[str]]) -> None:
        self.names = tuple(groups)
        every = sorted({phrase for phrases in groups.values() for phrase in phrases})
        # A lookahead finds overlapping matches: one at every place a phrase starts.
        self._starts = re.compile("(?=(" + _pattern(_tree(every)) + "))")
        owners: dict[str, list[int]] = {}
        for number, phrases in enumerate(groups.values()):
            for phrase in phrases:
                owners.setdefault(phrase, []).append(number)
        # For each phrase: (group number, length of that group's longest phrase beginning it).
        self._hits: dict[str, tuple[tuple[int, int], ...]] = {}
        for phrase in every:
            longest: dict[int, int] = {}
            for length in range(len(phrase), 0, -1):
                for number in owners.get(phrase[:length], ()):
                    longest.setdefault(number, length)
            self._hits[phrase] = tuple(sorted(longest.items()))

    def counts(self, text: str) -> list[int]:
        """The number of non-overlapping matches of each group, in the groups' order."""
        counts = [0] * len(self.names)
        ends = [0] * len(self.names)
        hits = self._hits
        for match in self._starts.finditer(text):
            at = match.start()
            for number, length in hits[match.group(1)]:
                if at >= ends[number]:
                    counts[number] += 1
                    ends[number] = at + length
        return counts
