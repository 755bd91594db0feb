"""An invitation's calendar file (`.ics`, text/calendar): when the meeting starts, and where.

Calendar apps attach one to every invitation they send, with an exact start and its time zone.
It beats guessing the time from the words (inbox.when), so a proposal takes it first. Floating
times (no zone) and all-day dates say too little to set an interview, and are left out; a
cancellation is no invitation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MAX_ICS_BYTES = 256 * 1024  # a real invitation is a few kilobytes
MAX_LOCATION_CHARS = 500  # Interview.location's size
# Where calendar apps put the video link when there is no LOCATION (Google Meet's own property).
LINK_PROPERTIES = ("LOCATION", "URL", "X-GOOGLE-CONFERENCE")


@dataclass(frozen=True)
class Invite:
    starts_at: dt.datetime  # aware
    location: str = ""


def read_invite(data: bytes) -> Invite | None:
    """The first timed event of a calendar file; None when there is none or it cannot be read."""
    if not data.strip() or len(data) > MAX_ICS_BYTES:
        return None
    # Imported here: icalendar takes half a second to load, and most mail has no invitation.
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(data)
        if str(calendar.get("METHOD", "")).upper() == "CANCEL":
            return None
        for event in calendar.walk("VEVENT"):
            if str(event.get("STATUS", "")).upper() == "CANCELLED" or "DTSTART" not in event:
                continue
            start = event.decoded("DTSTART")
            if not isinstance(start, dt.datetime) or start.tzinfo is None:
                continue
            where = next((str(event[p]).strip() for p in LINK_PROPERTIES if event.get(p)), "")
            # In UTC: the file's own zone object (built from its VTIMEZONE) stays here.
            return Invite(start.astimezone(dt.UTC), where[:MAX_LOCATION_CHARS])
    except Exception:  # a broken calendar file: the words may still say when
        return None
    return None
