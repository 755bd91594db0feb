"""Learning from corrections: held-out template emails right before and after two corrections.

    .venv/bin/python benchmarks/inbox_corrections.py            # 8 emails per template
    .venv/bin/python benchmarks/inbox_corrections.py --per-template 12 --seed 3

Every template below is ours (written for this benchmark, in the style of real employer and
applicant-tracking mail; none is copied). Each employer's template is filled with other names,
roles, dates and reference numbers; some emails also get a tracking footer or a short signature,
as real ones do. Per template, the person corrects the first two emails (they say what each
really is), and the rest are held out. We print how many held-out emails the shipped model gets
right alone, and with the person's two corrections (inbox.learning). "Same sender, other
template" emails (a second template from a corrected employer) and every other template's
emails must keep the shipped model's verdicts: the script counts any that change, and the time
the adjustment adds per message. Exits 1 if a correction does not carry to its template's next
email in most cases, or if anything unrelated changes.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass

NAMES = ["Maria Lopez", "Tom Becker", "Priya Nair", "Jonas Berg", "Aiko Sato", "Leila Haddad"]
NAMES += ["Carlos Ruiz", "Ngozi Okafor", "Emma Walsh", "Yusuf Demir", "Hana Novak", "Li Wei"]
ROLES = ["Data Analyst", "Backend Engineer", "Product Designer", "Marketing Manager", "QA Lead"]
ROLES += ["Site Reliability Engineer", "Finance Assistant", "Customer Success Lead"]
DATES = ["Tuesday 14 April", "Friday 3 May", "Monday 9 June", "Thursday 21 March", "2 July"]
COUNCIL_FOOTER = (
    "\n\nMarlow County Council is an equal opportunities employer. This email and any files "
    "transmitted with it are confidential and intended solely for the use of the individual to "
    "whom they are addressed. If you have received this email in error please notify the sender. "
    "Please consider the environment before printing this email. Follow us for news about "
    "services in your area."
)
FOOTERS = [
    "\n\nYou are receiving this email because you applied through our careers site. "
    "Manage your email preferences at https://careers.example/prefs",
    "\n\n--\nThis message and any attachments are confidential.",
    "",
    "",
]


@dataclass(frozen=True)
class Template:
    name: str
    label: str  # what the email really is
    sender: str
    subject: str
    body: str
    # False for a template the shipped model already got right: it shows nothing breaks.
    hard: bool = True
    # What the employer puts under all its mail.
    footer: str = ""


# Ours. The first six are the ones the shipped model got wrong or was unsure about (below 0.8)
# on 3 December 2026; the last two it already knew.
TEMPLATES = [
    Template(
        "council acknowledgement",
        "received",
        "Marlow County Council <recruitment@marlow.example>",
        "Application reference {ref}",
        "Dear {n},\n\nThank you for your application for the post of {r}. Due to the high volume "
        "of applications we are unable to respond to each applicant individually. Unfortunately, "
        "if you have not heard from us within four weeks of the closing date, please assume that "
        "your application has been unsuccessful on this occasion.\n\nMarlow County Council "
        "Recruitment Team",
        footer=COUNCIL_FOOTER,
    ),
    Template(
        "talent pool",
        "rejection",
        "Ostrava Labs <careers@ostrava.example>",
        "Your profile at Ostrava Labs",
        "Hi {n},\n\nThank you for applying for {r}. After reviewing all profiles we have chosen to "
        "continue with a small number of people for this role. We've saved your profile in our "
        "talent pool and may reach out if something fitting opens up.\n\nAll the best,\nOstrava "
        "Labs Talent",
    ),
    Template(
        "open house",
        "other",
        "Lumen Studio <hello@lumenstudio.example>",
        "You're invited, {first}!",
        "Hi {first},\n\nWe'd love to welcome you to the Lumen Studio open house on {d}. Meet the "
        "team behind our {r} projects, enjoy some food and see the new office. Spaces are "
        "limited, so save your spot today!\n\nThe Lumen Studio team",
    ),
    Template(
        "offer after a delay",
        "offer",
        "Aster Bank <careers@asterbank.example>",
        "Sorry for the wait, {first}",
        "Dear {n},\n\nApologies for the delay in getting back to you after your final interview "
        "for {r}. Unfortunately our approvals took longer than planned. I'm pleased to say we "
        "would like to offer you the role, starting {d}. The written offer follows by separate "
        "email.\n\nBest regards,\nAster Bank Talent",
    ),
    Template(
        "call in kind words",
        "interview",
        "Wren Analytics <jobs@wrenanalytics.example>",
        "Thanks for applying, {first}",
        "Hi {first},\n\nThank you for applying for {r}. We really appreciate the time you put in. "
        "We'd like to learn more about you - are you free for a video call with our hiring "
        "manager on {d}?\n\nBest wishes,\nWren Analytics Recruiting",
    ),
    Template(
        "phone screen",
        "interview",
        "Harbor & Finch <recruiting@harborfinch.example>",
        "Quick call about {r}?",
        "Hi {first},\n\nI'm on the recruiting team at Harbor & Finch and I came across your "
        "application for {r}. Would you have 20 minutes on {d} for a quick phone call so I can "
        "tell you more and hear about your background?\n\nBest,\nDana",
    ),
    Template(
        "regret",
        "rejection",
        "Vellum Press <hr@vellumpress.example>",
        "{r} at Vellum Press",
        "Dear {n},\n\nMany thanks for your interest in the {r} role. We received a great many "
        "strong applications and, regrettably, yours was not among those we are taking to the "
        "next round on this occasion.\n\nWith best wishes for your search,\nVellum Press HR",
        hard=False,
    ),
    Template(
        "reschedule",
        "interview",
        "Cobalt Insurance <hr@cobalt.example>",
        "Change to your interview on {d}",
        "Dear {n},\n\nUnfortunately your interviewer for the {r} position is no longer available "
        "at the agreed time. We apologise for the inconvenience. Could we move your interview to "
        "{d} at 2pm instead? Please reply to confirm.\n\nRegards,\nCobalt Insurance HR",
        hard=False,
    ),
]
# A second template from a corrected employer: a correction of the first must not touch it.
SAME_SENDER = [
    Template(
        "council interview",
        "interview",
        "Marlow County Council <recruitment@marlow.example>",
        "Interview invitation: {r}",
        "Dear {n},\n\nWe are pleased to invite you to interview for the post of {r} on {d} at "
        "County Hall. Please bring photo identification and confirm your attendance by replying "
        "to this email.\n\nMarlow County Council Recruitment Team",
        footer=COUNCIL_FOOTER,
    ),
    Template(
        "bank rejection",
        "rejection",
        "Aster Bank <careers@asterbank.example>",
        "Your application for {r}",
        "Dear {n},\n\nThank you for your interest in Aster Bank. We have reviewed your "
        "application for {r} carefully and will not be moving forward with it.\n\nKind "
        "regards,\nAster Bank Talent",
    ),
]


def fill(template: Template, rng: random.Random) -> tuple[str, str, str]:
    name = rng.choice(NAMES)
    values = {
        "n": name,
        "first": name.split()[0],
        "r": rng.choice(ROLES),
        "d": rng.choice(DATES),
        "ref": f"{rng.randint(10000, 99999)}/{rng.randint(1, 9)}",
    }
    body = template.body.format(**values) + template.footer + rng.choice(FOOTERS)
    return template.subject.format(**values), body, template.sender


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-template", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    os.environ.setdefault("NEXTYES_DATA_DIR", tempfile.mkdtemp(prefix="nextyes-bench-"))
    os.environ.setdefault("NEXTYES_SECRET_KEY", "benchmark-only")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nextyes.settings")
    import django

    django.setup()
    from nextyes.inbox.classifier import classify_many
    from nextyes.inbox.learning import Taught

    rng = random.Random(args.seed)
    emails = {t.name: [fill(t, rng) for _ in range(args.per_template)] for t in TEMPLATES}
    others = {t.name: [fill(t, rng) for _ in range(args.per_template)] for t in SAME_SENDER}
    # The person corrects the first two emails of every template.
    taught = Taught.build(
        (sender, subject, body, t.label, "")
        for t in TEMPLATES
        for subject, body, sender in emails[t.name][:2]
    )
    assert taught is not None

    print(f"{'template':26} {'truth':10} {'before':>8} {'after':>8}   (held-out emails right)")
    totals = [0, 0, 0]
    hard_totals = [0, 0, 0]
    for t in TEMPLATES:
        held = emails[t.name][2:]
        before = classify_many(held)
        after = taught.adjust(held, before)
        right_before = sum(v.label == t.label for v in before)
        right_after = sum(v.label == t.label for v in after)
        for bucket in (totals, *([hard_totals] if t.hard else [])):
            bucket[0] += len(held)
            bucket[1] += right_before
            bucket[2] += right_after
        note = "" if t.hard else "  (one the model already knew)"
        print(
            f"{t.name:26} {t.label:10} {right_before:>5}/{len(held)} {right_after:>5}/{len(held)}{note}"
        )
    print(f"{'all templates':37} {totals[1]:>5}/{totals[0]} {totals[2]:>5}/{totals[0]}")
    print(
        f"{'the six hard ones':37} {hard_totals[1]:>5}/{hard_totals[0]} {hard_totals[2]:>5}/{hard_totals[0]}"
    )

    changed = 0
    for t in SAME_SENDER:
        items = others[t.name]
        before = classify_many(items)
        changed += sum(a != b for a, b in zip(before, taught.adjust(items, before), strict=True))
    print(f"same sender, other template: {changed} of {sum(map(len, others.values()))} changed")

    # Unrelated mail: every template's emails, seen by someone who taught about other senders.
    elsewhere = Taught.build(
        (s.replace(".example>", ".elsewhere>"), subj, body, "other", "")
        for t in TEMPLATES
        for subj, body, s in emails[t.name][:2]
    )
    assert elsewhere is not None
    every = [e for t in TEMPLATES for e in emails[t.name]]
    plain = classify_many(every)
    moved = sum(a != b for a, b in zip(plain, elsewhere.adjust(every, plain), strict=True))
    print(f"other senders: {moved} of {len(every)} changed")

    many = every * (10_000 // len(every) + 1)
    start = time.perf_counter()
    base = classify_many(many)
    alone = time.perf_counter() - start
    start = time.perf_counter()
    taught.adjust(many, base)
    extra = time.perf_counter() - start
    start = time.perf_counter()
    elsewhere.adjust(many, base)
    unrelated = time.perf_counter() - start
    print(
        f"cost: the model {len(many) / alone:,.0f} messages/s; the adjustment adds "
        f"{extra / len(many) * 1e6:.1f} µs per message when every sender resembles a correction, "
        f"{unrelated / len(many) * 1e6:.1f} µs when none does"
    )
    carried = hard_totals[2] >= 0.9 * hard_totals[0] and totals[2] >= totals[1]
    return 0 if carried and not changed and not moved else 1


if __name__ == "__main__":
    sys.exit(main())
