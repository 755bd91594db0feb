"""The reminders part of the person's export: their choices and the reminders stored so far."""

from __future__ import annotations

from nextyes.lib.exports import Section, register

# A reminder's subject names the row it is about ("interview:12"): its id follows a restore.
SUBJECT_KEYS = {
    "touchpoint": "pipeline.Touchpoint",
    "interview": "pipeline.Interview",
    "application": "pipeline.Application",
    "ritual": "recovery.Ritual",
}

register(
    Section("reminder_settings", "reminders.ReminderSettings"),
    Section("reminders", "reminders.Reminder", id_keys={"subject": SUBJECT_KEYS}),
)
