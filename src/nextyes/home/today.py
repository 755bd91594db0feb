"""What the Today page shows, as one plain dataclass: the page and `nextyes today` both read it.

Built only from the apps' read-only selectors (each scoped with `owned()`), so the rules stay in
one place. The number of queries does not grow with the person's data, and every list is capped,
so Today stays quick for a long search.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop as N_

from nextyes.accounts.models import User
from nextyes.home import today_ahead
from nextyes.insights.fatigue_card import card_for
from nextyes.journal import selectors as journal
from nextyes.journal.models import Mood
from nextyes.journal.selectors.checkins import is_low_stretch, recent_moods
from nextyes.journal.services.checkins import care_card_due
from nextyes.lib.dates import today_for
from nextyes.lib.ownership import owned
from nextyes.momentum import selectors as momentum
from nextyes.pipeline.models import Application
from nextyes.recovery import selectors as recovery
from nextyes.reminders import selectors as reminders

if TYPE_CHECKING:
    from nextyes.home.today_ahead import OfferItem, UpcomingInterview
    from nextyes.insights.fatigue import Fatigue
    from nextyes.recovery.models import Ritual

RECENT_WINS = 5
SAVED_LEADS = 3
OPEN_STEPS = 5
FOLLOW_UPS = 5
# The fatigue signal's whole window (two weeks against the four before).
FATIGUE_MOOD_DAYS = 42


@dataclass(frozen=True, slots=True)
class AppRef:
    id: int
    company: str
    role: str


@dataclass(frozen=True, slots=True)
class RitualItem:
    id: int
    step: str
    step_label: str
    started: bool
    applications: tuple[AppRef, ...]

    @property
    def companies(self) -> str:
        names = list(dict.fromkeys(a.company for a in self.applications))
        return ", ".join(names)


@dataclass(frozen=True, slots=True)
class BreakItem:
    starts_on: dt.date
    ends_on: dt.date


@dataclass(frozen=True, slots=True)
class SmallStep:
    text: str
    url_name: str
    link_text: str


@dataclass(frozen=True, slots=True)
class GoalItem:
    id: int
    kind: str
    label: str
    target: int | float
    done: int | float
    percent: int
    met: bool


@dataclass(frozen=True, slots=True)
class FollowUp:
    id: int
    contact_id: int
    contact: str
    company: str | None
    application: AppRef | None
    follow_up_on: dt.date


@dataclass(frozen=True, slots=True)
class StepItem:
    id: int
    text: str
    kind: str
    due_on: dt.date | None
    application: AppRef | None


@dataclass(frozen=True, slots=True)
class WinItem:
    id: int
    text: str
    kind: str
    occurred_on: dt.date
    automatic: bool


@dataclass
class Today:
    """Everything on the Today page for one person on one day."""

    day: dt.date
    north_star: str
    is_new: bool
    open_rituals: list[RitualItem] = field(default_factory=list)
    has_set_aside: bool = False
    active_break: BreakItem | None = None
    small_step: SmallStep | None = None
    goals: list[GoalItem] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    saved_leads: list[AppRef] = field(default_factory=list)
    more_saved_leads: bool = False
    steps: list[StepItem] = field(default_factory=list)
    jar_note: str | None = None
    # Sent back by "Draw another", so the first draw shows a different note.
    jar_note_id: int | None = None
    recent_wins: list[WinItem] = field(default_factory=list)
    # A gentle card when the no's pile up while effort falls (None when calm or put off).
    fatigue: Fatigue | None = None
    # Today's check-in mood (None until the person checks in) and the "talk to someone" card.
    checkin_mood: int | None = None
    care: bool = False
    # Interviews in the next seven days, and an offer from the last month to celebrate.
    interviews: list[UpcomingInterview] = field(default_factory=list)
    offer: OfferItem | None = None
    # Reminders due and not dismissed (none during a break: nothing nags then).
    reminders_due: int = 0

    @property
    def checkin_word(self) -> str:
        return str(Mood(self.checkin_mood).label) if self.checkin_mood else ""

    @property
    def moods(self) -> list[tuple[int, str]]:
        """The five moods the check-in card offers, as (value, word)."""
        return [(value, str(label)) for value, label in Mood.choices]

    @property
    def has_next_actions(self) -> bool:
        return bool(self.follow_ups or self.saved_leads or self.steps)

    def as_json(self) -> dict[str, object]:
        """The shape `nextyes today --json` prints (dates as YYYY-MM-DD)."""
        return {
            "north_star": self.north_star,
            "open_rituals": [
                {"id": r.id, "step": r.step, "applications": [_app(a) for a in r.applications]}
                for r in self.open_rituals
            ],
            "break": (
                {
                    "starts_on": self.active_break.starts_on.isoformat(),
                    "ends_on": self.active_break.ends_on.isoformat(),
                }
                if self.active_break
                else None
            ),
            "small_step": self.small_step.text if self.small_step else None,
            "goals": [
                {
                    "id": g.id,
                    "kind": g.kind,
                    "label": g.label,
                    "target": g.target,
                    "done": g.done,
                    "percent": g.percent,
                    "met": g.met,
                }
                for g in self.goals
            ],
            "next_actions": {
                "follow_ups": [
                    {
                        "id": f.id,
                        "contact_id": f.contact_id,
                        "contact": f.contact,
                        "company": f.company,
                        "application": _app(f.application) if f.application else None,
                        "follow_up_on": f.follow_up_on.isoformat(),
                    }
                    for f in self.follow_ups
                ],
                "saved_leads": [_app(a) for a in self.saved_leads],
                "steps": [
                    {
                        "id": s.id,
                        "text": s.text,
                        "kind": s.kind,
                        "due_on": s.due_on.isoformat() if s.due_on else None,
                        "application": _app(s.application) if s.application else None,
                    }
                    for s in self.steps
                ],
            },
            "jar_note": self.jar_note,
            "recent_wins": [
                {
                    "id": w.id,
                    "text": w.text,
                    "kind": w.kind,
                    "occurred_on": w.occurred_on.isoformat(),
                    "automatic": w.automatic,
                }
                for w in self.recent_wins
            ],
        }


def _app(ref: AppRef) -> dict[str, object]:
    return {"id": ref.id, "company": ref.company, "role": ref.role}


def _ref(application: Application | None) -> AppRef | None:
    if application is None:
        return None
    return AppRef(application.pk, application.company.name, application.role)


def _number(value: Decimal | int | None) -> int | float:
    """4.0 reads as 4 and 1.5 as 1.5, in the page and in JSON alike."""
    value = Decimal(value or 0)
    return int(value) if value == value.to_integral_value() else float(value)


# (what to do, where to do it, the link's words); translated when shown.
SMALL_STEPS: tuple[tuple[str, str, str], ...] = (
    (
        N_("Send one message to someone you like working with."),
        "pipeline:contacts",
        N_("Your contacts"),
    ),
    (N_("Save one job that looks interesting."), "pipeline:application_new", N_("Save a job")),
    (N_("Write down one thing you did well lately."), "journal:win_new", N_("Add a win")),
)


def small_step_for(day: dt.date) -> SmallStep:
    """One small step, the same all day and a different one tomorrow: steady, never stale."""
    text, url_name, link_text = SMALL_STEPS[day.toordinal() % len(SMALL_STEPS)]
    return SmallStep(_(text), url_name, _(link_text))


def build_today(user: User, day: dt.date | None = None) -> Today:
    """The Today data for `user` on `day` (default: their today, in their timezone)."""
    day = day or today_for(user)
    today = Today(
        day=day,
        north_star=(getattr(user, "north_star", "") or "").strip(),
        is_new=not owned(Application, user).exists(),
    )
    if not today.is_new:
        today.offer = today_ahead.recent_offer(user, day)
        today.interviews = today_ahead.upcoming_interviews(user, day)
    today.open_rituals = [_ritual(r) for r in recovery.open_rituals(user)]
    today.has_set_aside = recovery.set_aside_rituals(user).exists()
    pause = momentum.current_break(user, day)
    if pause is not None:
        today.active_break = BreakItem(pause.starts_on, pause.ends_on)
    else:
        today.reminders_due = reminders.due_count(user)
        if momentum.overdue_break(user, day) is not None:
            today.small_step = small_step_for(day)
    today.goals = [
        GoalItem(
            id=p.goal.pk,
            kind=p.goal.kind,
            label=p.label,
            target=_number(p.target),
            done=_number(p.done),
            percent=p.percent,
            met=p.met,
        )
        for p in momentum.goals_progress(user, day)
    ]
    today.follow_ups = [
        FollowUp(
            id=t.pk,
            contact_id=t.contact_id,
            contact=t.contact.name,
            company=t.contact.company.name if t.contact.company else None,
            application=_ref(t.application),
            follow_up_on=t.follow_up_on,
        )
        for t in momentum.due_followups(user, day, limit=FOLLOW_UPS)
        if t.follow_up_on is not None
    ]
    # One more than shown tells whether to link to the rest, without counting them all.
    leads = momentum.saved_leads(user, limit=SAVED_LEADS + 1)
    today.saved_leads = [AppRef(a.pk, a.company.name, a.role) for a in leads[:SAVED_LEADS]]
    today.more_saved_leads = len(leads) > SAVED_LEADS
    today.steps = [
        StepItem(a.pk, a.text, a.kind, a.due_on, _ref(a.application))
        for a in momentum.open_next_actions(user)[:OPEN_STEPS]
    ]
    note = journal.jar_note_for_today(user)
    if note is not None:
        today.jar_note, today.jar_note_id = note.text, note.pk
    today.recent_wins = [
        WinItem(w.pk, w.text, w.kind, w.occurred_on, w.automatic)
        for w in journal.recent_wins(user, RECENT_WINS)
    ]
    # One query for the check-in card and the low-mood stretch (the fatigue window's moods).
    moods = recent_moods(user, day, FATIGUE_MOOD_DAYS)
    today.checkin_mood = next((mood for on, mood in moods if on == day), None)
    # During a planned break less effort is the point, and the break is already the care.
    if not today.is_new and today.active_break is None:
        today.fatigue = card_for(user, day, moods=[(on, float(mood)) for on, mood in moods])
    today.care = care_card_due(
        user,
        low_stretch=is_low_stretch(moods, day),
        fatigue_high=today.fatigue is not None and today.fatigue.level == "high",
    )
    return today


def _ritual(ritual: Ritual) -> RitualItem:
    return RitualItem(
        id=ritual.pk,
        step=ritual.step,
        step_label=str(ritual.get_step_display()),
        started=bool(ritual.visited_steps),
        applications=tuple(AppRef(a.pk, a.company.name, a.role) for a in ritual.applications.all()),
    )
