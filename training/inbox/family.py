"""One template family of the inbox classifier's data: a single writer's way of saying one thing."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Family:
    """Senders, subjects and paragraphs (each a list of alternatives) for one label and language.

    `held` families go whole into the held-out split, so the figures measure writing the model
    has never seen rather than new slot fillers in a familiar template.
    """

    id: str
    label: str
    lang: str
    held: bool
    senders: list[str]
    subjects: list[str]
    paragraphs: list[list[str]]
