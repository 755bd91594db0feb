"""The recovery part of the person's export: rituals (with their applications and events),
lessons and feedback."""

from __future__ import annotations

from nextyes.lib.exports import Section, register

register(
    Section("rituals", "recovery.Ritual"),
    Section("lessons", "recovery.Lesson"),
    Section("feedback", "recovery.Feedback"),
)
