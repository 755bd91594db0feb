"""Reminders: NextYes reaching out at the right time, in the app and by email (issue 14)."""
