"""The journal's part of the person's export: every entry, private to them and theirs to take."""

from __future__ import annotations

from nextyes.lib.exports import Section, register

register(
    Section("checkins", "journal.CheckIn"),
    Section("thought_records", "journal.ThoughtRecord"),
    # What the detector suggested for each thought and what the person made of it.
    Section("trap_suggestions", "journal.TrapSuggestion"),
    Section("gratitude", "journal.Gratitude"),
    Section("aspirations", "journal.Aspiration"),
    Section("wins", "journal.Win"),
    Section("jar_notes", "journal.JarNote"),
    Section("support_flags", "journal.SupportFlag"),
)
