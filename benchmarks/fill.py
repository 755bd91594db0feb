"""Fill the database with one heavy user, fast (bulk_create), with statuses consistent with events.

Imported by pages.py after Django is set up. Deterministic for a given seed.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from typing import Any

from nextyes.journal.models import JarNote, Win, WinKind
from nextyes.momentum.models import Break, Goal, GoalEntry, GoalKind, NextAction
from nextyes.pipeline.choices import (
    Channel,
    InterviewKind,
    Relationship,
    Stage,
    TouchpointKind,
)
from nextyes.pipeline.models import (
    Application,
    Company,
    Contact,
    Interview,
    StageEvent,
    Touchpoint,
)
from nextyes.pipeline.status import derive_status
from nextyes.recovery.models import Ritual, RitualStatus

PREFIXES = ["Amber", "Birch", "Cedar", "Delta", "Ember", "Fern", "Granite", "Harbor", "Iris"]
PREFIXES += ["Juniper", "Kestrel", "Lumen"]
SUFFIXES = ["Labs", "Systems", "Health", "Data", "Cloud", "Works", "Analytics", "Robotics"]
SUFFIXES += ["Foods", "Energy"]
ROLES = [
    "Backend Engineer",
    "Software Engineer",
    "Senior Software Engineer",
    "Data Engineer",
    "Platform Engineer",
    "Full-Stack Developer",
    "Site Reliability Engineer",
    "Python Developer",
]
OUTCOMES = [Stage.REJECTED] * 14 + [Stage.GHOSTED] * 3 + [Stage.WITHDRAWN, Stage.OFFER]
BATCH = 1000


def _event_counts(rng: random.Random, applications: int, events: int) -> list[int]:
    """Between 1 and 12 events per application, adding up to exactly `events`."""
    counts = [events // applications] * applications
    for i in range(events - sum(counts)):
        counts[i % applications] += 1
    for _ in range(applications * 4):
        i, j = rng.randrange(applications), rng.randrange(applications)
        if counts[i] > 1 and counts[j] < 12:
            counts[i] -= 1
            counts[j] += 1
    return counts


def _path(rng: random.Random, n: int) -> list[tuple[str, int | None]]:
    """A sensible order of `n` stages: applied, acknowledged, screen, interviews, then an end."""
    if n == 1:
        return [(Stage.APPLIED, None)]
    head: list[tuple[str, int | None]] = [(Stage.APPLIED, None)]
    if n >= 4:
        head.append((Stage.ACKNOWLEDGED, None))
    if n >= 3:
        head.append((Stage.SCREEN, None))
    middle = n - len(head) - 1
    head += [(Stage.INTERVIEW, r + 1) for r in range(middle)]
    end = rng.choice(OUTCOMES) if rng.random() < 0.8 else Stage.INTERVIEW
    return [*head, (end, middle + 1 if end == Stage.INTERVIEW else None)]


def fill(
    user: Any,
    *,
    applications: int = 2000,
    events: int = 12000,
    contacts: int = 500,
    touchpoints: int = 3000,
    today: dt.date | None = None,
    seed: int = 1,
) -> dict[str, Any]:
    """Create the heavy user's data; returns the counts and how long it took."""
    started = time.perf_counter()
    rng = random.Random(seed)
    today = today or dt.date.today()
    companies = Company.objects.bulk_create(
        [
            Company(owner=user, name=f"{p} {s} {n}")
            for n in range(1, 7)
            for p in PREFIXES
            for s in SUFFIXES
        ][: applications // 3],
        batch_size=BATCH,
    )
    channels = Channel.values
    apps: list[Application] = []
    plans: list[list[tuple[str, int | None, dt.date]]] = []
    for n in _event_counts(rng, applications, events):
        steps = _path(rng, n)
        gaps = [0] + [rng.randint(1, 10) for _ in steps[1:]]
        start = today - dt.timedelta(days=sum(gaps) + rng.randint(0, 540))
        day, plan = start, []
        for (stage, round_), gap in zip(steps, gaps, strict=True):
            day += dt.timedelta(days=gap)
            plan.append((stage, round_, day))
        plans.append(plan)
        apps.append(
            Application(
                owner=user,
                company=rng.choice(companies),
                role=rng.choice(ROLES),
                channel=rng.choice(channels),
                applied_on=start,
                fit=rng.choice([None, 1, 2, 3, 4, 5]),
                resume_version=rng.choice(["v1", "v2", "v3"]),
                notes="Some notes about the role. " * rng.randint(0, 5),
                job_description="A long job description. " * 80,
            )
        )
    event_rows: list[StageEvent] = []
    for app, plan in zip(apps, plans, strict=True):
        rows = [
            StageEvent(owner=user, stage=stage, round=round_, occurred_on=day, id=i)
            for i, (stage, round_, day) in enumerate(plan, start=1)
        ]
        app.status, app.status_on = derive_status(rows)
    apps = Application.objects.bulk_create(apps, batch_size=BATCH)
    interviews: list[Interview] = []
    for app, plan in zip(apps, plans, strict=True):
        for stage, round_, day in plan:
            event_rows.append(
                StageEvent(owner=user, application=app, stage=stage, round=round_, occurred_on=day)
            )
            if stage == Stage.INTERVIEW:
                interviews.append(
                    Interview(
                        owner=user,
                        application=app,
                        scheduled_at=dt.datetime.combine(day, dt.time(10), tzinfo=dt.UTC),
                        round=round_ or 1,
                        kind=rng.choice(InterviewKind.values),
                        rating=rng.choice([None, 2, 3, 4, 5]),
                    )
                )
    StageEvent.objects.bulk_create(event_rows, batch_size=BATCH)
    Interview.objects.bulk_create(interviews, batch_size=BATCH)
    people = Contact.objects.bulk_create(
        [
            Contact(
                owner=user,
                name=f"Contact {n:03d}",
                company=rng.choice(companies) if rng.random() < 0.7 else None,
                email=f"person{n}@example.com",
                relationship=rng.choice(Relationship.values),
            )
            for n in range(contacts)
        ],
        batch_size=BATCH,
    )
    links = Contact.applications.through
    links.objects.bulk_create(
        [
            links(contact_id=person.pk, application_id=app.pk)
            for person in people
            for app in rng.sample(apps, rng.randint(0, 3))
        ],
        batch_size=BATCH,
    )
    touches = []
    for _ in range(touchpoints):
        on = today - dt.timedelta(days=rng.randint(0, 540))
        touches.append(
            Touchpoint(
                owner=user,
                contact=rng.choice(people),
                application=rng.choice(apps) if rng.random() < 0.5 else None,
                occurred_on=on,
                kind=rng.choice(TouchpointKind.values),
                note="Followed up.",
                follow_up_on=on + dt.timedelta(days=7) if rng.random() < 0.2 else None,
            )
        )
    Touchpoint.objects.bulk_create(touches, batch_size=BATCH)
    counts: dict[str, Any] = {
        "applications": len(apps),
        "events": len(event_rows),
        "interviews": len(interviews),
        "contacts": len(people),
        "touchpoints": len(touches),
    }
    counts.update(fill_today(user, rng, apps, companies, today))
    counts["seconds"] = time.perf_counter() - started
    return counts


def fill_today(
    user: Any,
    rng: random.Random,
    apps: list[Application],
    companies: list[Company],
    today: dt.date,
    *,
    saved: int = 40,
    wins: int = 400,
    notes: int = 60,
    actions: int = 60,
) -> dict[str, int]:
    """What the Today page shows, over the same 18 months: saved leads, rituals (finished, put
    aside and two still open), wins, jar notes, goals with hand-logged entries, steps, a break."""
    leads = Application.objects.bulk_create(
        [
            Application(
                owner=user,
                company=rng.choice(companies),
                role=rng.choice(ROLES),
                fit=rng.choice([None, 3, 4, 5]),
                status=Stage.SAVED,
                status_on=today - dt.timedelta(days=rng.randint(0, 60)),
            )
            for _ in range(saved)
        ]
    )
    StageEvent.objects.bulk_create(
        StageEvent(owner=user, application=a, stage=Stage.SAVED, occurred_on=a.status_on or today)
        for a in leads
    )
    rejected = sorted(
        (a for a in apps if a.status == Stage.REJECTED),
        key=lambda a: a.status_on or today,
        reverse=True,
    )
    statuses = [RitualStatus.OPEN] * 2 + [RitualStatus.SET_ASIDE] * 3
    statuses += [RitualStatus.FINISHED] * 45
    rituals = Ritual.objects.bulk_create(
        Ritual(
            owner=user,
            status=status,
            step="perspective" if status == RitualStatus.OPEN else "next-step",
            opened_on=app.status_on or today,
            visited_steps=["feel", "pause"],
        )
        for status, app in zip(statuses, rejected, strict=False)
    )
    links = Ritual.applications.through
    links.objects.bulk_create(
        links(ritual_id=r.pk, application_id=a.pk) for r, a in zip(rituals, rejected, strict=False)
    )
    Win.objects.bulk_create(
        [
            Win(
                owner=user,
                text=f"Small win number {n}",
                kind=rng.choice(WinKind.values),
                occurred_on=today - dt.timedelta(days=rng.randint(0, 540)),
                automatic=rng.random() < 0.3,
            )
            for n in range(wins)
        ],
        batch_size=BATCH,
    )
    JarNote.objects.bulk_create(
        JarNote(owner=user, text=f"Something I did well, number {n}") for n in range(notes)
    )
    goals = Goal.objects.bulk_create(
        Goal(owner=user, kind=kind, label=label, weekly_target=target)
        for kind, label, target in [
            (GoalKind.APPLICATIONS, "", 5),
            (GoalKind.OUTREACH, "", 3),
            (GoalKind.LEARNING_HOURS, "", 4),
            (GoalKind.CUSTOM, "Mock interview", 1),
        ]
    )
    GoalEntry.objects.bulk_create(
        GoalEntry(owner=user, goal=goal, on=today - dt.timedelta(days=d), amount=1)
        for goal in goals[2:]
        for d in range(0, 120, 2)
    )
    NextAction.objects.bulk_create(
        NextAction(
            owner=user,
            kind="custom",
            text=f"A small step, number {n}",
            due_on=today + dt.timedelta(days=rng.randint(-30, 14)),
            application=rng.choice(leads),
            done_on=today - dt.timedelta(days=rng.randint(0, 90)) if n % 4 else None,
        )
        for n in range(actions)
    )
    Break.objects.create(
        owner=user, starts_on=today - dt.timedelta(days=65), ends_on=today - dt.timedelta(days=60)
    )
    return {
        "saved leads": len(leads),
        "rituals": len(rituals),
        "wins": wins,
        "jar notes": notes,
        "next actions": actions,
    }
