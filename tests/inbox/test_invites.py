"""An interview invitation with its calendar file (.ics): the interview takes the file's time."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from email.message import EmailMessage
from pathlib import Path

from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from nextyes.accounts.models import User
from nextyes.inbox import proposals
from nextyes.inbox import services as inbox
from nextyes.inbox.invites import read_invite
from nextyes.inbox.models import MailMessage, Proposal
from nextyes.inbox.parsing import ParsedMail, parse_message
from nextyes.momentum.calendar import links
from nextyes.pipeline import services as pipeline
from nextyes.pipeline.models import Application, Interview

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")

# The shape Outlook sends: a Windows zone name, defined by the file's own VTIMEZONE.
OUTLOOK_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008
SUMMARY:Interview: Data Analyst
DTSTART;TZID=Eastern Standard Time:20261210T093000
DTEND;TZID=Eastern Standard Time:20261210T103000
LOCATION:https://acme.zoom.example/j/123456
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""


def invitation(ics: str, *, attached: bool = True) -> bytes:
    """A real multipart invitation: a text part and the calendar file, as mail apps send it."""
    mail = EmailMessage()
    mail["From"] = "Acme Talent <talent@acme.com>"
    mail["To"] = "alice@example.org"
    mail["Subject"] = "Interview: Data Analyst at Acme"
    mail["Date"] = "Tue, 01 Dec 2026 09:00:00 +0000"
    mail["Message-ID"] = f"<invite-{attached}@acme.com>"
    mail.set_content("Hello Alice, we would love to meet you next week. Details attached.")
    if attached:
        mail.add_attachment(
            ics.encode(), maintype="text", subtype="calendar", filename="invite.ics"
        )
    else:  # Google sends it inline, as an alternative to the text
        mail.add_alternative(ics, subtype="calendar")
    return mail.as_bytes()


def test_it_reads_the_start_and_place_of_an_attached_invitation() -> None:
    parsed = parse_message(invitation(OUTLOOK_ICS))
    assert isinstance(parsed, ParsedMail)
    assert parsed.invite is not None
    assert parsed.invite.starts_at == dt.datetime(2026, 12, 10, 9, 30, tzinfo=NEW_YORK)
    assert parsed.invite.location == "https://acme.zoom.example/j/123456"
    assert parsed.text.startswith("Hello Alice")


def test_it_reads_an_inline_invitation_with_a_known_zone() -> None:
    ics = OUTLOOK_ICS.replace("Eastern Standard Time:", "Europe/Paris:").replace(
        "LOCATION:https://acme.zoom.example/j/123456", "LOCATION:Acme\\, 3 rue de la Paix"
    )
    parsed = parse_message(invitation(ics, attached=False))
    assert isinstance(parsed, ParsedMail) and parsed.invite is not None
    assert parsed.invite.starts_at == dt.datetime(2026, 12, 10, 9, 30, tzinfo=PARIS)
    assert parsed.invite.location == "Acme, 3 rue de la Paix"


def test_it_leaves_out_what_says_too_little_or_is_cancelled() -> None:
    floating = OUTLOOK_ICS.replace(
        ";TZID=Eastern Standard Time:20261210T093000", ":20261210T093000"
    )
    all_day = OUTLOOK_ICS.replace(
        ";TZID=Eastern Standard Time:20261210T093000", ";VALUE=DATE:20261210"
    )
    cancelled = OUTLOOK_ICS.replace("METHOD:REQUEST", "METHOD:CANCEL")
    for text in (floating, all_day, cancelled, "BEGIN:VCALENDAR\nnot really", ""):
        assert read_invite(text.encode()) is None
    # A broken calendar file never makes the message unreadable.
    parsed = parse_message(invitation("BEGIN:VCALENDAR\nDTSTART:nope"))
    assert isinstance(parsed, ParsedMail) and parsed.invite is None


def test_the_interview_takes_the_invitations_time_and_place(
    alice: User, tmp_path: Path, by_subject: None
) -> None:
    acme = pipeline.create_application(
        alice, company="Acme", role="Data Analyst", applied_on=dt.date(2026, 11, 20)
    )
    path = tmp_path / "invite.eml"
    path.write_bytes(invitation(OUTLOOK_ICS))
    inbox.import_mail(alice, path)

    message = MailMessage.objects.get(owner=alice)
    assert message.invite_at == dt.datetime(2026, 12, 10, 14, 30, tzinfo=dt.UTC)
    proposal = Proposal.objects.get(message=message)
    assert (proposal.kind, proposal.application) == ("interview", acme)
    assert proposal.interview_at == message.invite_at
    applied = proposals.apply(proposal)
    interview = Interview.objects.get(pk=applied.applied_records["interview"])
    # 9:30 in New York is 15:30 in Paris, where alice lives.
    assert timezone.localtime(interview.scheduled_at, PARIS).time() == dt.time(15, 30)
    assert interview.location == "https://acme.zoom.example/j/123456"
    acme.refresh_from_db()
    assert acme.status == "interview"
    # And her calendar feed shows it there.
    feed = Calendar.from_ical(Client().get(links.path_of(links.feed_for(alice))).content)
    (event,) = feed.walk("VEVENT")
    assert event.decoded("DTSTART") == dt.datetime(2026, 12, 10, 15, 30, tzinfo=PARIS)
    assert str(event["LOCATION"]) == "https://acme.zoom.example/j/123456"
    # Undo takes the interview away again.
    proposals.undo(applied)
    assert not Interview.objects.filter(application=acme).exists()
    assert Application.objects.get(pk=acme.pk).status == "applied"


def test_without_a_calendar_file_the_words_still_decide(
    alice: User, tmp_path: Path, by_subject: None
) -> None:
    pipeline.create_application(alice, company="Acme", role="Data Analyst")
    path = tmp_path / "plain.eml"
    path.write_bytes(invitation(OUTLOOK_ICS).replace(b"text/calendar", b"text/x-nothing"))
    inbox.import_mail(alice, path)
    message = MailMessage.objects.get(owner=alice)
    assert (message.invite_at, message.invite_location) == (None, "")
