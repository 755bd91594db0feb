"""A demo account: a realistic four-month search, built through the services so hooks fire.

`build_demo(user)` is deterministic for a given day: the same seed gives the same companies, dates
and outcomes. What follows the "no"s (rituals, wins, the jar, lessons, goals) is in demo_bounce.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from django.db import transaction

from nextyes.accounts.models import User
from nextyes.home import demo_bounce, demo_mind
from nextyes.home.demo_texts import (
    COMPANIES,
    NOTES,
    PEOPLE,
    PLACES,
    REJECTION_NOTES,
    RESUMES,
    ROLES,
    SALARIES,
    Plan,
)
from nextyes.lib.dates import today_for, zone_for
from nextyes.lib.ownership import owned
from nextyes.pipeline import services
from nextyes.pipeline.choices import Channel, InterviewKind, Relationship, Stage, TouchpointKind
from nextyes.pipeline.models import Application, Company, Contact, Interview, Touchpoint
from nextyes.reminders.models import Reminder

SEED = 20260304
WINDOW_DAYS = 120
# Every demo address lives under the reserved `.example` domain: never a real company, and the
# mark that tells demo data from a person's own (see is_demo_account).
DEMO_TLD = ".example"


# How many applications end each way; the counts are the story the demo tells.
OUTCOMES = [
    ("offer", 1),
    ("rejected-final", 1),
    ("rejected-interview", 8),
    ("rejected-screen", 8),
    ("rejected-applied", 28),
    ("ghosted", 9),
    ("no-reply", 6),
    ("interviewing", 2),
    ("assessment", 1),
    ("screen", 3),
    ("acknowledged", 3),
    ("applied-recent", 4),
    ("withdrawn", 1),
    ("saved", 5),
]
INTERVIEWED = {"offer", "rejected-final", "rejected-interview", "interviewing"}
CHANNEL_WEIGHTS = {
    Channel.JOB_BOARD: 48,
    Channel.COMPANY_SITE: 20,
    Channel.REFERRAL: 5,
    Channel.RECRUITER: 12,
    Channel.NETWORKING: 6,
    Channel.DIRECT_OUTREACH: 6,
    Channel.OTHER: 3,
}


def is_demo_account(user: User) -> bool:
    """True when everything the person has was made by the demo (nothing a refresh would lose)."""
    real_apps = owned(Application, user).exclude(link__contains=f"{DEMO_TLD}/")
    real_companies = owned(Company, user).exclude(website__contains=DEMO_TLD)
    return not (
        real_apps.exists()
        or real_companies.exists()
        or demo_bounce.holds_own_records(user)
        or demo_mind.holds_own_records(user)
    )


@transaction.atomic
def clear_demo(user: User) -> None:
    """Remove everything of a demo account, so a refresh does not double it."""
    demo_mind.clear(user)
    demo_bounce.clear(user)
    # Reminders name the records below by id: they go with them.
    owned(Reminder, user).delete()
    owned(Touchpoint, user).delete()
    owned(Contact, user).delete()
    # Applications take their events and interviews with them; companies are protected till then.
    owned(Application, user).delete()
    owned(Company, user).delete()


@transaction.atomic
def build_demo(user: User, today: dt.date | None = None) -> dict[str, int]:
    """Fill (or refresh) `user`'s account with a four-month search ending today.

    `today` can only be the person's today (the default): the services date rituals, wins and
    points by it, and only rejections from the last two weeks open a ritual.
    """
    if today is not None and today != today_for(user):
        raise ValueError("The demo is built for the person's today (see lib.dates.today_for).")
    today = today or today_for(user)
    clear_demo(user)
    rng = random.Random(SEED)
    plans = _plans(rng, today)
    applications = [_create(user, rng, today, plan, n) for n, plan in enumerate(plans)]
    made = list(zip(plans, applications, strict=True))
    _people(user, rng, today, made)
    demo_bounce.build(user, today, made)
    mind = demo_mind.build(user, today, made)
    apps = owned(Application, user)
    return {
        "applications": apps.count(),
        "rejected": apps.filter(status=Stage.REJECTED).count(),
        "interviews": apps.filter(events__stage=Stage.INTERVIEW).distinct().count(),
        "offers": apps.filter(status=Stage.OFFER).count(),
        **demo_bounce.summary(user),
        **mind,
    }


def _plans(rng: random.Random, today: dt.date) -> list[Plan]:
    plans = [_plan(rng, kind) for kind, count in OUTCOMES for _ in range(count)]
    rng.shuffle(plans)
    for plan in plans:
        plan.channel = _channel(rng, plan.kind)
    # Early rejections cover every channel once, so no channel in the insights is empty.
    plain = [plan for plan in plans if plan.kind == "rejected-applied"]
    for plan, channel in zip(plain, Channel.values, strict=False):
        plan.channel = channel
    start = today - dt.timedelta(days=WINDOW_DAYS)
    for plan in plans:
        if plan.kind == "saved":
            continue
        length = plan.steps[-1][1] if plan.steps else 0
        recent = {
            "offer": 6,
            "interviewing": 8,
            "assessment": 8,
            "screen": 10,
            "acknowledged": 12,
            "applied-recent": 9,
        }
        if plan.kind in recent:
            days_ago = length + rng.randint(1, recent[plan.kind])
        elif plan.kind == "no-reply":
            days_ago = rng.randint(22, 70)
        else:
            days_ago = length + rng.randint(1, max(1, WINDOW_DAYS - length - 1))
        plan.applied_on = max(start, today - dt.timedelta(days=days_ago))
    demo_bounce.arrange_rejections(rng, plans, today)
    return plans


def _plan(rng: random.Random, kind: str) -> Plan:
    """The stages of one outcome, with realistic gaps between them."""
    steps: list[tuple[str, int, str]] = []
    day = 0

    def step(stage: str, low: int, high: int, note: str = "") -> None:
        nonlocal day
        day += rng.randint(low, high)
        steps.append((stage, day, note))

    if kind == "saved":
        return Plan(kind, [(Stage.SAVED, 0, "")])
    if kind not in {"offer", "no-reply", "applied-recent"} and rng.random() < 0.5:
        step(Stage.ACKNOWLEDGED, 1, 3)
    if kind in INTERVIEWED | {"rejected-screen", "screen", "assessment", "withdrawn"}:
        step(Stage.SCREEN, 4, 12, "Call with the recruiter.")
    rounds = {"offer": 3, "rejected-final": 3, "rejected-interview": rng.choice([1, 1, 2])}
    for n in range(1, rounds.get(kind, 1 if kind == "interviewing" else 0) + 1):
        step(Stage.INTERVIEW, 4, 10, "Final round." if n == 3 else "")
    if kind == "assessment":
        step(Stage.ASSESSMENT, 2, 6, "Take-home: a small API with tests.")
    if kind == "offer":
        step(Stage.OFFER, 2, 5, "Verbal offer, written one to follow.")
    elif kind == "rejected-final":
        step(Stage.REJECTED, 3, 7, "After the final round: close call, they said.")
    elif kind == "rejected-applied":
        step(Stage.REJECTED, 4, 30, rng.choice(REJECTION_NOTES))
    elif kind.startswith("rejected-"):
        step(Stage.REJECTED, 2, 10, rng.choice(REJECTION_NOTES))
    elif kind == "ghosted":
        step(Stage.GHOSTED, 30, 42, "No reply after a month and a follow-up.")
    elif kind == "withdrawn":
        step(Stage.WITHDRAWN, 2, 6, "Withdrew: the salary was well below my range.")
    elif kind == "acknowledged" and not steps:
        step(Stage.ACKNOWLEDGED, 1, 3)
    return Plan(kind, steps)


def _channel(rng: random.Random, kind: str) -> str:
    if kind == "offer":
        return Channel.REFERRAL
    weights = dict(CHANNEL_WEIGHTS)
    if kind in INTERVIEWED:
        weights[Channel.REFERRAL] *= 3
        weights[Channel.NETWORKING] *= 2
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", name.lower())


def _create(user: User, rng: random.Random, today: dt.date, plan: Plan, n: int) -> Application:
    name = COMPANIES[n % len(COMPANIES)]
    company = services.company_named(user, name)
    if not company.website:
        company.website = f"https://{_slug(name)}{DEMO_TLD}"
        company.mail_domains = f"{_slug(name)}{DEMO_TLD}"
        company.save(update_fields=["website", "mail_domains"])
    place, mode = rng.choice(PLACES)
    role = rng.choice(ROLES)
    applied = plan.applied_on or today
    age = (applied - (today - dt.timedelta(days=WINDOW_DAYS))).days
    resume = [label for since, label in RESUMES if age >= since][-1]
    high_fit = plan.kind in INTERVIEWED or plan.kind == "offer"
    fit = rng.choice([3, 4, 4, 5, 5]) if high_fit else rng.choice([None, 1, 2, 3, 3, 4])
    application = services.create_application(
        user,
        company=company,
        role=role,
        link=f"https://jobs.{_slug(name)}{DEMO_TLD}/{n + 1000}-{_slug(role)}",
        channel=plan.channel,
        applied_on=plan.applied_on,
        fit=fit,
        resume_version="" if plan.kind == "saved" else resume,
        salary=rng.choice(SALARIES),
        location=place,
        work_mode=mode,
        notes=rng.choice(NOTES),
    )
    if plan.kind == "saved":
        # Leads saved over the last weeks, not all today.
        first = application.events.get()
        services.update_event(first, occurred_on=today - dt.timedelta(days=rng.randint(0, 20)))
        return application
    for stage, offset, note in plan.steps:
        on = applied + dt.timedelta(days=offset)
        event = services.move_application(application, stage, on=on, note=note)
        if stage == Stage.INTERVIEW:
            _interview(user, rng, application, on, event.round or 1, done=True)
    if plan.kind == "interviewing":
        last = applied + dt.timedelta(days=plan.steps[-1][1])
        next_on = max(last, today) + dt.timedelta(days=rng.randint(2, 6))
        _interview(user, rng, application, next_on, 2, done=False)
    return application


def _interview(
    user: User, rng: random.Random, app: Application, on: dt.date, round: int, *, done: bool
) -> Interview:
    tz = zone_for(user)
    hour = rng.choice([9, 10, 11, 14, 15, 16])
    kind = (
        InterviewKind.ON_SITE
        if round >= 3
        else rng.choice([InterviewKind.VIDEO] * 3 + [InterviewKind.PHONE])
    )
    interview = Interview(
        owner=user,
        application=app,
        scheduled_at=dt.datetime.combine(on, dt.time(hour), tzinfo=tz),
        round=round,
        kind=kind,
        prep_notes="Reread the posting; two stories about incidents I handled.",
        questions_asked=(
            "Design a rate limiter. Tell us about a disagreement with a colleague." if done else ""
        ),
        rating=rng.choice([2, 3, 4, 4, 5]) if done else None,
        notes="Good conversation; they liked the testing story." if done else "",
    )
    interview.full_clean()
    interview.save()
    return interview


def _people(
    user: User, rng: random.Random, today: dt.date, made: list[tuple[Plan, Application]]
) -> None:
    """About 20 contacts and 40 touchpoints: recruiters, interviewers, a mentor, peers, a friend."""
    names = iter(PEOPLE)
    days = dt.timedelta

    def touch(who: Contact, app: Application | None, on: dt.date, kind: str, note: str) -> None:
        _touch(user, who, app, min(on, today), kind, note)

    for plan, app in [(p, a) for p, a in made if p.kind in INTERVIEWED]:
        role = rng.choice([Relationship.RECRUITER, Relationship.HIRING_MANAGER])
        person = _contact(user, next(names), app.company, role, [app])
        events = list(app.events.order_by("occurred_on", "id"))
        touch(person, app, events[1].occurred_on, TouchpointKind.EMAIL, "Scheduling a first call.")
        if plan.kind in {"offer", "interviewing"}:
            follow = today + days(rng.randint(2, 7))
            last = events[-1].occurred_on
            _touch(user, person, app, last, TouchpointKind.CALL, "Talked about next steps.", follow)
        else:
            touch(person, app, events[-1].occurred_on, TouchpointKind.EMAIL, "Thanked them.")
    for app in [a for _, a in made if a.channel == Channel.RECRUITER][:3]:
        person = _contact(user, next(names), None, Relationship.RECRUITER, [app])
        start = app.applied_on or today
        touch(person, app, start - days(2), TouchpointKind.MESSAGE, "They reached out.")
        touch(person, app, start + days(10), TouchpointKind.EMAIL, "Asked for an update.")
    mentor = _contact(user, next(names), None, Relationship.MENTOR, [])
    for month in range(4):
        on = today - days(WINDOW_DAYS - 5 - 30 * month)
        note = "Monthly check-in on the search."
        _touch(user, mentor, None, on, TouchpointKind.COFFEE, note, on + days(30))
    referral = next(a for p, a in made if p.kind == "offer")
    friend = _contact(user, next(names), referral.company, Relationship.FRIEND, [referral])
    asked = (referral.applied_on or today) - days(3)
    touch(
        friend, referral, asked, TouchpointKind.CALL, "Asked about the team; offered to refer me."
    )
    touch(
        friend, referral, asked + days(4), TouchpointKind.MESSAGE, "Thanked them for the referral."
    )
    for _ in range(2):
        peer = _contact(user, next(names), None, Relationship.PEER, [])
        for weeks in rng.sample(range(1, 16), 2):
            touch(peer, None, today - days(weeks * 7), TouchpointKind.MESSAGE, "Swapped notes.")
    colleague = _contact(user, next(names), None, Relationship.OTHER, [])
    note = "Met again at a Python meetup; promised to send my portfolio."
    _touch(user, colleague, None, today - days(60), TouchpointKind.EVENT, note, today - days(3))


def _contact(
    user: User, name: str, company: Company | None, relationship: str, apps: list[Application]
) -> Contact:
    domain = f"{_slug(company.name)}{DEMO_TLD}" if company else f"mail{DEMO_TLD}"
    first = name.split()[0].lower()
    contact = Contact(
        owner=user,
        name=name,
        title={"recruiter": "Talent partner", "hiring-manager": "Engineering manager"}.get(
            relationship, ""
        ),
        company=company,
        email=f"{_slug(first)}@{domain}",
        relationship=relationship,
    )
    contact.full_clean()
    contact.save()
    contact.applications.set(apps)
    return contact


def _touch(
    user: User,
    contact: Contact,
    app: Application | None,
    on: dt.date,
    kind: str,
    note: str,
    follow_up_on: dt.date | None = None,
) -> None:
    touch = Touchpoint(
        owner=user,
        contact=contact,
        application=app,
        occurred_on=on,
        kind=kind,
        note=note,
        follow_up_on=follow_up_on,
    )
    touch.full_clean()
    touch.save()
