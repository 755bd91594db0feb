"""The words of the demo account: companies, people, notes, wins, lessons and feedback.

Made up for the demo (every company and person is fictional); kept apart so the story's code in
demo and demo_bounce stays readable, with the shape of one application's story (Plan). The demo's own texts also tell its records from a person's
own (see demo_bounce.holds_own_records).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from nextyes.journal.models import WinKind
from nextyes.pipeline.choices import Channel


@dataclass
class Plan:
    """One application's story: its stages as (stage, days after applying, note)."""

    kind: str
    steps: list[tuple[str, int, str]] = field(default_factory=list)
    applied_on: dt.date | None = None
    channel: str = Channel.JOB_BOARD


def _split(text: str) -> list[str]:
    return text.split(", ")


COMPANIES = _split(
    "Brightloom, Copperleaf Systems, Quillfeather Labs, Harbor & Pine, Tessellate Health, "
    "Bluefin Ledger, Marigold Freight, Otterbank, Lumenfold, Kestrel Metrics, Saltmarsh Software, "
    "Pebblecast, Driftwood Data, Ninebark Studios, Amberline Energy, Fernhollow, Glasswing Security, "
    "Hollowtree Games, Ironbloom, Juniper Row, Kitewell, Larchmont Analytics, Moonwell Bio, "
    "Northgale, Oakum & Reed, Pinwheel Payments, Quarryline, Riverlight Learning, Sablecrest, "
    "Thistledown, Umberfield, Verdant Grid, Willowmere Health, Yarrowby, Zephyrline Travel, "
    "Cobaltwing, Dovetail Commons, Emberlane, Foxglove Foods, Goldcrest Mobility, Heronsgate, "
    "Inkwell Tech, Jadeport, Kindlewood, Lanternfish, Mossgrove, Nettlefield, Opaline, "
    "Parchment & Co, Quietwater, Rookery Labs, Silverbirch Insurance, Tidewell, Upland Carbon, "
    "Vesperline, Wrenfield, Asterbrook, Bramblecode, Cinderpath, Dewpoint Weather, "
    "Eelgrass Robotics, Flintlock Cloud, Gullwing, Hazelnut HR, Ivywell, Juncture, Kelpforest, "
    "Loamwise, Millpond, Nimbleridge, Orrery Space, Plover"
)
ROLES = [
    "Backend Engineer",
    "Senior Backend Engineer",
    "Software Engineer",
    "Senior Software Engineer",
    "Python Developer",
    "Platform Engineer",
    "Data Engineer",
    "Full-Stack Developer",
    "Site Reliability Engineer",
    "Backend Developer (Django)",
    "Software Engineer, Payments",
    "API Engineer",
]
PLACES = [
    ("Remote", "remote"),
    ("Remote (EU)", "remote"),
    ("Berlin", "hybrid"),
    ("Amsterdam", "hybrid"),
    ("Lyon", "on-site"),
    ("London", "hybrid"),
    ("Lisbon", "remote"),
]
SALARIES = ["", "", "55–65k", "60–70k", "65–75k", "70–85k"]
# Earlier searches used a general résumé; it got sharper as feedback came in.
RESUMES = [(0, "v1 general"), (35, "v2 backend focus"), (70, "v3 metrics first")]
NOTES = [
    "",
    "",
    "",
    "Small team, strong writing culture.",
    "Posting mentions on-call every six weeks.",
    "They use Django and PostgreSQL, a good match.",
    "Salary range not posted; ask in the screen.",
    "Found through the newsletter of a former colleague.",
    "Mission I care about: climate data.",
]
REJECTION_NOTES = [
    "",
    "Template email.",
    "They went with someone with more Kubernetes experience.",
    "Role closed before they reviewed applications.",
    "Feedback: strong Python, wanted more system design depth.",
    "Kind note from the recruiter; they would like to stay in touch.",
]
PEOPLE = _split(
    "Priya Raman, Tomás Ortega, Hannah Becker, Kwame Mensah, Léa Marchand, Jonas Lindqvist, "
    "Aiko Tanaka, Daniel Okafor, Sofia Rossi, Mateo Silva, Nadia Haddad, Ruth Adeyemi, "
    "Felix Brandt, Ines Duarte, Omar Farouk, Grace Liu, Marta Kowalska, Theo Laurent, "
    "Amara Nwosu, Lukas Novak"
)


# --- After the "no"s (demo_bounce) -----------------------------------------------------------

NORTH_STAR = "A backend role on a kind, curious team, where I keep learning and help others grow."

JAR_NOTES = [
    "Explained the caching bug I fixed last year so clearly that the interviewer took notes.",
    "Sent five applications in one week without rushing a single one.",
    "Asked for feedback after a no, and got a kind, useful answer.",
    "My mentor said my system design answers have come a long way.",
    "Finished the take-home on time, with tests I am proud of.",
    "Said no to a role that was not right for me. That took courage too.",
    "Rewrote my résumé summary in four lines, and it finally sounds like me.",
    "Kept my long walk every weekend of the search.",
    "A recruiter remembered me from an earlier process and wrote to me first.",
]
# (kind, what went well, days ago)
MANUAL_WINS = [
    (WinKind.APPLICATION, "Sent an application I am proud of: tailored, short and clear", 2),
    (WinKind.LEARNING, "Worked through the chapter on PostgreSQL indexes and tried it out", 4),
    (
        WinKind.NETWORKING,
        "Went to the Python meetup and talked to three people about their teams",
        16,
    ),
    (WinKind.PERSONAL, "Took a whole day off and went hiking", 20),
    (WinKind.INTERVIEW, "Stayed calm when the live-coding exercise went sideways", 30),
    (WinKind.OTHER, "Cleaned up my GitHub profile and pinned my three best projects", 40),
]
# (lesson, tags, the kind of application it came from, which one: 0 the latest, 1 the one before)
LESSONS = [
    ("Before a system design round, practise drawing the whole flow out loud.",
     "interviews, system design", "rejected-interview", 0),
    ("Lead with numbers: the résumé lines with results are the ones they ask about.",
     "résumé", "rejected-screen", 0),
    ("Ask about on-call and team size in the first call, not the last.",
     "screens, questions", "rejected-screen", 1),
    ("A referral gets a reply far more often than a cold application.",
     "channels, networking", "offer", 0),
]  # fmt: skip
RITUAL_LESSONS = [
    ("In a final round, tie every answer back to what the team said it needs.",
     "interviews, final rounds"),
    ("Prepare a one-minute story about why this company, before every screen.",
     "screens, preparation"),
    ("Read the on-call section of a posting before I apply.", "targeting"),
]  # fmt: skip
KEPT_FEEDBACK = (
    "It came down to two people. Your testing story stood out, and we would be glad to hear "
    "from you for the next opening."
)
OTHER_FEEDBACK = [
    ("They wanted more depth on distributed systems; the coding part went well.",
     "rejected-interview", 0),
    ("The team hired internally in the end; nothing in my application was the problem.",
     "rejected-screen", 2),
]  # fmt: skip
CUSTOM_GOAL = "Portfolio project sessions"
REWARDS = [("Fancy coffee at the corner café", 30), ("Cinema night", 80), ("A new book", 150)]
CUSTOM_STEP = "Add the rate-limiter project to my portfolio README"
