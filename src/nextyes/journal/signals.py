"""Hooks other apps listen to, so the journal never has to know them.

Momentum awards the check-in's effort points from `checkin_saved` (momentum sits above the
journal). Sent after the check-in is saved; a receiver's error reaches the caller.
"""

from __future__ import annotations

from django.dispatch import Signal

# kwargs: user, checkin (created or updated: a second check-in the same day updates the first)
checkin_saved = Signal()
