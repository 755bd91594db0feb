"""Which reminders a person has, computed from what they track: nothing here writes.

Each kind has its moment in the person's own time zone (the `*_AT` times below) and a moment past
which it is no longer worth saying (`relevant_until`). `candidates` gives every reminder whose
moment comes before `now + horizon` and that is still relevant at `now`: the due ones and, for the
in-app list, the coming ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _

from nextyes.accounts.models import User
from nextyes.pipeline.models import Application, Interview, Touchpoint
from nextyes.recovery.models import Ritual
from nextyes.reminders.loading import Clock, Person, Rows, load
from nextyes.reminders.models import ReminderKind, ReminderSettings

# The person's wall-clock moment for each kind (quiet hours may hold the email back further).
FOLLOW_UP_AT = dt.time(9, 0)
INTERVIEW_EVE_AT = dt.time(9, 0)  # the day before: time to prepare
THANK_YOU_AT = dt.time(19, 0)  # the evening of the interview
RITUAL_AT = dt.time(10, 0)
WEEKLY_GOALS_AT = dt.time(10, 0)  # Friday
WEEKLY_REVIEW_AT = dt.time(17, 0)  # Sunday
DEADLINE_AT = dt.time(9, 0)
CHECK_IN_AT = dt.time(20, 0)
DIGEST_AT = dt.time(9, 0)  # Monday, about the week before

# How long each stays worth saying.
FOLLOW_UP_RELEVANT = dt.timedelta(days=7)
THANK_YOU_RELEVANT = dt.timedelta(days=1)
RITUAL_WAIT_DAYS = 3  # "waiting for more than two days"
RITUAL_RELEVANT = dt.timedelta(days=14)
DEADLINE_DAYS_BEFORE = 2
WEEKEND_RELEVANT = dt.timedelta(
    hours=19
)  # the review until Monday noon, the goals until Friday's end

FRIDAY, SUNDAY, MONDAY = 4, 6, 0


@dataclass(frozen=True)
class Candidate:
    kind: str
    subject: str
    due_at: dt.datetime
    relevant_until: dt.datetime
    title: str
    detail: str = ""
    link: str = ""
    application_id: int | None = None


def absolute(path: str) -> str:
    """A page's full address, for an email or text that leaves the site."""
    return f"{settings.BASE_URL}{path}"


def candidates(
    user: User, prefs: ReminderSettings, now: dt.datetime, horizon: dt.timedelta
) -> list[Candidate]:
    """Every reminder of one person due by `now + horizon` and still relevant at `now`."""
    person = Person(user, prefs, Clock(user, now, horizon))
    return candidates_for(person, load([person]))


def candidates_for(person: Person, rows: Rows) -> list[Candidate]:
    """`candidates` from rows already read for a group of people (`loading.load`)."""
    clock, prefs, pk = person.clock, person.prefs, person.user.pk
    found: list[Candidate] = []
    if prefs.follow_up:
        found += _follow_ups(rows.touchpoints.get(pk, []), clock)
    if prefs.interview or prefs.thank_you:
        found += _interviews(rows.interviews.get(pk, []), clock, prefs)
    if prefs.ritual:
        found += _rituals(rows.rituals.get(pk, []), clock)
    if prefs.deadline:
        found += _deadlines(rows.saved.get(pk, []), clock)
    found += _rhythm(rows.checked_in.get(pk, set()), clock, prefs, pk in rows.with_goals)
    kept = [c for c in found if c.due_at <= clock.until and c.relevant_until > clock.now]
    return sorted(kept, key=lambda c: (c.due_at, c.kind, c.subject))


def _follow_ups(rows: list[Touchpoint], clock: Clock) -> list[Candidate]:
    # The latest plan per contact (rows come newest first), as on Today.
    since = clock.today - FOLLOW_UP_RELEVANT
    latest: dict[int, Touchpoint] = {}
    for touchpoint in rows:
        assert touchpoint.follow_up_on is not None
        if since <= touchpoint.follow_up_on <= clock.last_day:
            latest.setdefault(touchpoint.contact_id, touchpoint)
    found = []
    for touchpoint in latest.values():
        assert touchpoint.follow_up_on is not None
        due = clock.at(touchpoint.follow_up_on, FOLLOW_UP_AT)
        contact = touchpoint.contact
        found.append(
            Candidate(
                ReminderKind.FOLLOW_UP,
                f"touchpoint:{touchpoint.pk}",
                due,
                due + FOLLOW_UP_RELEVANT,
                _("Get back in touch with %(name)s") % {"name": contact.name},
                _("You planned to follow up on %(day)s%(at)s. A short, friendly note is enough.")
                % {
                    "day": formats.date_format(touchpoint.follow_up_on, "DATE_FORMAT"),
                    "at": f" ({contact.company.name})" if contact.company else "",
                },
                reverse("pipeline:contact", args=[contact.pk]),
                touchpoint.application_id,
            )
        )
    return found


def _interviews(rows: list[Interview], clock: Clock, prefs: ReminderSettings) -> list[Candidate]:
    found = []
    for interview in rows:
        start = interview.scheduled_at.astimezone(clock.zone)
        application = interview.application
        names = {"role": application.role, "company": application.company.name}
        page = reverse("pipeline:application", args=[application.pk])
        if prefs.interview and interview.scheduled_at > clock.now:
            found.append(_interview_eve(interview, start, names, page, clock))
        if prefs.thank_you:
            evening = max(clock.at(start.date(), THANK_YOU_AT), start + dt.timedelta(hours=1))
            found.append(
                Candidate(
                    ReminderKind.THANK_YOU,
                    f"interview:{interview.pk}",
                    evening,
                    evening + THANK_YOU_RELEVANT,
                    _("A thank-you note to %(company)s?") % names,
                    _(
                        "Today's interview for %(role)s is behind you: well done for showing up. "
                        "A few warm lines to the people you met, tonight or tomorrow morning, "
                        "keeps you in their mind."
                    )
                    % names,
                    page,
                    application.pk,
                )
            )
    return found


def _interview_eve(
    interview: Interview, start: dt.datetime, names: dict[str, str], page: str, clock: Clock
) -> Candidate:
    due = clock.at(start.date() - dt.timedelta(days=1), INTERVIEW_EVE_AT)
    when = _("%(day)s at %(time)s") % {
        "day": formats.date_format(start.date(), "DATE_FORMAT"),
        "time": start.strftime("%H:%M"),
    }
    lines = [
        _("Your %(kind)s interview for %(role)s at %(company)s is on %(when)s.")
        % {**names, "kind": interview.get_kind_display().lower(), "when": when}
    ]
    if interview.prep_notes.strip():
        lines += ["", _("Your prep notes:"), interview.prep_notes.strip()]
    visualise = absolute(reverse("journal:visualise") + f"?interview={interview.pk}")
    lines += ["", _("Five calm minutes picturing it going well: %(link)s") % {"link": visualise}]
    return Candidate(
        ReminderKind.INTERVIEW,
        f"interview:{interview.pk}",
        due,
        # Worth saying right up to the interview itself, even if it was added late.
        interview.scheduled_at,
        _("Tomorrow: your interview with %(company)s") % names,
        "\n".join(lines),
        page,
        interview.application_id,
    )


def _rituals(rows: list[Ritual], clock: Clock) -> list[Candidate]:
    found = []
    for ritual in rows:
        due = clock.at(ritual.opened_on + dt.timedelta(days=RITUAL_WAIT_DAYS), RITUAL_AT)
        companies = ", ".join(a.company.name for a in ritual.applications.all())
        title = (
            _("Five quiet minutes after the no from %(companies)s, when you are ready")
            % {"companies": companies}
            if companies
            else _("Five quiet minutes after a no, when you are ready")
        )
        found.append(
            Candidate(
                ReminderKind.RITUAL,
                f"ritual:{ritual.pk}",
                due,
                due + RITUAL_RELEVANT,
                title,
                _(
                    "There is no rush and nothing you missed. The few steps after a no are "
                    "waiting whenever you feel like it, and you can skip any of them. "
                    "This is the only nudge about it."
                ),
                reverse("recovery:ritual", args=[ritual.pk]),
            )
        )
    return found


def _deadlines(rows: list[Application], clock: Clock) -> list[Candidate]:
    last = clock.last_day + dt.timedelta(days=DEADLINE_DAYS_BEFORE)
    found = []
    for application in rows:
        assert application.closes_on is not None
        if not clock.today <= application.closes_on <= last:
            continue
        due = clock.at(application.closes_on - dt.timedelta(days=DEADLINE_DAYS_BEFORE), DEADLINE_AT)
        found.append(
            Candidate(
                ReminderKind.DEADLINE,
                f"application:{application.pk}",
                due,
                clock.at(application.closes_on + dt.timedelta(days=1), dt.time.min),
                _("%(role)s at %(company)s closes on %(day)s")
                % {
                    "role": application.role,
                    "company": application.company.name,
                    "day": formats.date_format(application.closes_on, "DATE_FORMAT"),
                },
                _(
                    "You saved this one. If it still feels right, there is time to send it; "
                    "if not, letting it go is a fine choice too."
                ),
                reverse("pipeline:application", args=[application.pk]),
                application.pk,
            )
        )
    return found


def _friday(day: dt.date, clock: Clock, has_goals: bool) -> Candidate:
    if has_goals:
        title = _("Friday: how are your weekly goals coming along?")
        detail = _(
            "A moment to log what you did this week. Whatever the numbers say, the effort "
            "counts, and next week's target can be kinder."
        )
    else:
        title = _("Friday: a small goal for next week?")
        detail = _(
            "A weekly goal about effort, not outcomes (two applications, one coffee chat) "
            "makes a good week something you can reach."
        )
    return Candidate(
        ReminderKind.WEEKLY_GOALS,
        f"week:{day.isoformat()}",
        clock.at(day, WEEKLY_GOALS_AT),
        clock.at(day + dt.timedelta(days=1), dt.time.min),
        title,
        detail,
        reverse("momentum:goal_list"),
    )


def _rhythm(
    checked_in: set[dt.date], clock: Clock, prefs: ReminderSettings, has_goals: bool
) -> list[Candidate]:
    """The weekly goals on Friday, the review on Sunday, the digest on Monday, daily check-ins."""
    found = []
    for day in clock.days():
        weekday = day.weekday()
        if prefs.weekly_goals and weekday == FRIDAY:
            found.append(_friday(day, clock, has_goals))
        if prefs.weekly_review and weekday == SUNDAY:
            due = clock.at(day, WEEKLY_REVIEW_AT)
            found.append(
                Candidate(
                    ReminderKind.WEEKLY_REVIEW,
                    f"week:{day.isoformat()}",
                    due,
                    due + WEEKEND_RELEVANT,
                    _("Sunday: your weekly review is ready"),
                    _("What you sent, what came back and what you learned, in one quiet page."),
                    reverse("insights:review"),
                )
            )
        if prefs.digest and weekday == MONDAY:
            due = clock.at(day, DIGEST_AT)
            found.append(
                Candidate(
                    ReminderKind.DIGEST,
                    f"week:{day.isoformat()}",
                    due,
                    clock.at(day + dt.timedelta(days=1), dt.time.min),
                    _("Your week in numbers"),
                    "",  # filled in by digest.py when it is sent: counts only
                    reverse("momentum:today"),
                )
            )
        if prefs.check_in and day not in checked_in:
            due = clock.at(day, CHECK_IN_AT)
            found.append(
                Candidate(
                    ReminderKind.CHECK_IN,
                    f"day:{day.isoformat()}",
                    due,
                    clock.at(day + dt.timedelta(days=1), dt.time.min),
                    _("How was today? A ten-second check-in"),
                    _("One tap for your mood, and a word if you like. Nobody sees it but you."),
                    reverse("journal:checkin"),
                )
            )
    return found
