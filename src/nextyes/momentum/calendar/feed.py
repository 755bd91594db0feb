"""What the calendar feed holds, as an iCalendar file (RFC 5545) made with `icalendar`.

- interviews, at their time in the person's zone (a TZID and its VTIMEZONE), an hour long, with
  their place or video link;
- follow-ups still to do, one per contact (the rule of the contacts page);
- breaks, from their first day up to the day the person resumes;
- saved jobs' deadlines (the day applications close).

Dates are all-day events and marked free, so they never block a meeting slot. UIDs come from the
rows' ids, so an edit moves an event in the calendar instead of adding a copy. Nothing private
goes in (no notes, no journal): whoever holds the address can read it all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for, zone_for
from nextyes.lib.ownership import owned
from nextyes.momentum.models import Break
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.models import Application, Interview
from nextyes.pipeline.selectors import contacts_with_dates

PRODID = "-//NextYes//Calendar feed//EN"
UID_DOMAIN = "nextyes"
INTERVIEW_LENGTH = dt.timedelta(hours=1)
# Events that ended longer ago than this are left out: the feed stays small for a long search.
LOOKBACK = dt.timedelta(days=180)
# Calendar apps fetch a subscription on their own schedule; this is the pace we ask for.
REFRESH = dt.timedelta(hours=1)
# How many years the time zone's rules are written out for, around the events.
ZONE_MARGIN = dt.timedelta(days=400)


def build(user: User, base_url: str) -> bytes:
    """The person's feed as iCalendar bytes; links in it point at `base_url`."""
    zone = zone_for(user)
    today = today_for(user)
    since = today - LOOKBACK
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _("NextYes"))
    calendar.add("x-wr-timezone", str(zone))
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", REFRESH)
    stamp = timezone.now()
    latest = today
    for event in _interviews(user, since, zone, base_url):
        latest = max(latest, event.DTSTART.date())
        _add(calendar, event, stamp)
    for event in (*_follow_ups(user, since), *_breaks(user, since), *_deadlines(user, since)):
        _add(calendar, event, stamp)
    calendar.add_missing_timezones(first_date=since - ZONE_MARGIN, last_date=latest + ZONE_MARGIN)
    return bytes(calendar.to_ical())


def _add(calendar: Calendar, event: Event, stamp: dt.datetime) -> None:
    event.add("dtstamp", stamp)
    calendar.add_component(event)


def _page(base_url: str, name: str, pk: int) -> str:
    return f"{base_url}{reverse(name, args=[pk])}"


def _interviews(user: User, since: dt.date, zone: dt.tzinfo, base_url: str) -> Iterator[Event]:
    start = dt.datetime.combine(since, dt.time.min, tzinfo=zone)
    rows = (
        owned(Interview, user)
        .filter(scheduled_at__gte=start)
        .select_related("application__company")
        .order_by("scheduled_at", "pk")
    )
    for interview in rows:
        application = interview.application
        begins = timezone.localtime(interview.scheduled_at, zone)
        page = _page(base_url, "pipeline:application", application.pk)
        event = Event()
        event.add("uid", f"interview-{interview.pk}@{UID_DOMAIN}")
        event.add("dtstart", begins)
        event.add("dtend", begins + INTERVIEW_LENGTH)
        event.add(
            "summary",
            _("Interview: %(role)s at %(company)s")
            % {"role": application.role, "company": application.company.name},
        )
        event.add(
            "description",
            _("Round %(round)s, %(kind)s. Your notes are in NextYes: %(page)s")
            % {"round": interview.round, "kind": interview.get_kind_display(), "page": page},
        )
        where = interview.location or application.location
        if where:
            event.add("location", where)
        link = interview.location if _is_link(interview.location) else page
        event.add("url", link)
        yield event


def _is_link(text: str) -> bool:
    return text.startswith(("https://", "http://"))


def _all_day(uid: str, day: dt.date, summary: str, *, until: dt.date | None = None) -> Event:
    """An all-day event from `day` up to, not including, `until` (default: the next day)."""
    event = Event()
    event.add("uid", f"{uid}@{UID_DOMAIN}")
    event.add("dtstart", day)
    event.add("dtend", until if until and until > day else day + dt.timedelta(days=1))
    event.add("summary", summary)
    event.add("transp", "TRANSPARENT")
    return event


def _follow_ups(user: User, since: dt.date) -> Iterator[Event]:
    for contact in contacts_with_dates(user).order_by("pk"):
        day: dt.date | None = contact.next_follow_up_on  # type: ignore[attr-defined]
        if day is None or day < since:
            continue
        who = f"{contact.name} ({contact.company.name})" if contact.company else contact.name
        # One per contact: a new plan moves the event rather than adding one.
        yield _all_day(f"follow-up-{contact.pk}", day, _("Follow up with %(who)s") % {"who": who})


def _breaks(user: User, since: dt.date) -> Iterator[Event]:
    for pause in owned(Break, user).filter(ends_on__gt=since).order_by("starts_on", "pk"):
        yield _all_day(
            f"break-{pause.pk}",
            pause.starts_on,
            _("A break: time for you"),
            until=pause.ends_on,
        )


def _deadlines(user: User, since: dt.date) -> Iterator[Event]:
    leads = (
        owned(Application, user)
        .filter(status=Stage.SAVED, closes_on__gte=since)
        .select_related("company")
        .order_by("closes_on", "pk")
    )
    for lead in leads:
        assert lead.closes_on is not None
        event = _all_day(
            f"deadline-{lead.pk}",
            lead.closes_on,
            _("Applications close: %(role)s at %(company)s")
            % {"role": lead.role, "company": lead.company.name},
        )
        if lead.link:
            event.add("url", lead.link)
        yield event
