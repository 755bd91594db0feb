"""Which column is which: guessed from header names first, then from the values themselves."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from nextyes.pipeline.transfer import values as v
from nextyes.pipeline.transfer.reading import Table

IGNORE = ""
KEEP = "keep"  # no field of its own: kept as a "Column: value" line at the end of the notes
# NextYes fields a column can go to, in the order the mapping page lists them.
FIELDS: dict[str, Promise] = {
    KEEP: _("— keep in notes —"),
    IGNORE: _("— leave out —"),
    "company": _("Company"),
    "role": _("Role"),
    "status": _("Status"),
    "applied_on": _("Date applied"),
    "stage_on": _("Date of the status"),
    "link": _("Link"),
    "channel": _("Channel (where you found it)"),
    "location": _("Location"),
    "work_mode": _("On-site / remote"),
    "salary": _("Salary"),
    "fit": _("Fit (1–5)"),
    "resume_version": _("Résumé version"),
    "notes": _("Notes"),
    "job_description": _("Job description"),
}
REQUIRED = ("company", "role")
DATE_FIELDS = ("applied_on", "stage_on")
# Several columns may feed the notes (e.g. "Notes" and "Contact"); every other field takes one.
MULTI = frozenset({"notes", KEEP})

# Header names per field, normalised by `norm_header`; earlier names are stronger guesses.
HEADERS: dict[str, tuple[str, ...]] = {
    "company": (
        "company", "employer", "company name", "employer name", "organization", "organisation",
        "organization name", "firm", "business", "entreprise", "societe", "firma", "unternehmen",
        "empresa", "hiring company",
    ),
    "role": (
        "role", "position", "title", "job title", "job", "position title", "job position",
        "job role", "role title", "job name", "opportunity", "poste", "stelle", "puesto",
        "vacancy",
    ),
    "status": (
        "status", "stage", "application status", "pipeline stage", "state", "list", "column",
        "progress", "current status", "statut", "etape",
    ),
    "applied_on": (
        "date applied", "applied on", "applied", "applied date", "application date",
        "date of application", "submitted", "date submitted", "submitted on", "date",
        "date postulee", "beworben am",
    ),
    "stage_on": (
        "status date", "stage date", "status on", "status changed", "last status change",
        "last updated", "updated", "date updated", "updated at", "last update",
        "last modified", "modified", "last activity", "last contact",
    ),
    "link": (
        "url", "link", "job url", "job link", "posting url", "posting", "posting link",
        "listing", "listing url", "job posting", "job posting url", "offer link", "lien",
    ),
    "channel": (
        "channel", "source", "found via", "found on", "found through", "how found",
        "how did you find it", "where found", "job board", "platform", "applied via",
        "applied through", "application source", "origin",
    ),
    "location": (
        "location", "city", "place", "office location", "country", "lieu", "ville", "ort",
        "standort",
    ),
    "work_mode": (
        "work mode", "remote", "remote?", "on site remote", "on site / remote", "workplace type",
        "work type", "arrangement", "work arrangement", "remote hybrid", "remote policy",
    ),
    "salary": (
        "salary", "salary range", "compensation", "pay", "comp", "rate", "expected salary",
        "salary expectation", "max salary", "min salary", "base salary", "salaire", "gehalt",
    ),
    "fit": (
        "fit", "rating", "excitement", "interest", "interest level", "score", "fit score",
        "match score", "fit rating", "match", "stars", "match rate", "priority score",
    ),
    "resume_version": (
        "resume version", "resume", "cv", "cv version", "resume used", "cv used", "version",
        "resume name", "resume file", "cv file",
    ),
    "notes": ("notes", "note", "comments", "comment", "remarks", "details", "memo"),
    "job_description": ("job description", "description", "jd", "posting text"),
}  # fmt: skip
# Columns we know to skip, so the value-based guess does not claim their dates or URLs.
KNOWN_SKIPS = frozenset(
    {
        "id", "no", "number", "row", "date saved", "date created", "created", "created at",
        "date added", "added", "deadline", "follow up", "follow up date", "next step",
        "next action", "reminder", "archived", "company website", "company url", "website",
        "company linkedin", "contact", "contact email", "email", "tags", "next action date",
        "date found", "posted date", "date posted", "referral", "referral source",
        "cover letter", "cover letter file",
    }
)  # fmt: skip

# Row numbers and ids mean nothing once the rows are applications: left out unless chosen.
DROPS = frozenset({"id", "no", "number", "row", "uuid", "guid", "record id"})

Mapping = dict[int, str]


def norm_header(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9?]+", " ", plain.lower()).split()
    return " ".join(w for w in words if w != "?") or plain.lower().strip()


def _header_guess(name: str) -> tuple[str, int] | None:
    """The field a header names and how strongly (lower is stronger)."""
    key = norm_header(name)
    if not key or key in KNOWN_SKIPS:
        return None
    for field, names in HEADERS.items():
        if key in names:
            return field, names.index(key)
    # "Company Name (Employer)", "Job Title / Role": a known name among the words.
    words = f" {key} "
    for field, names in HEADERS.items():
        for rank, known in enumerate(names):
            if len(known) > 3 and f" {known} " in words:
                return field, 100 + rank
    return None


def _share(values: Sequence[str], test: Callable[[str], bool]) -> float:
    filled = [x for x in values if x.strip()][:200]
    if not filled:
        return 0.0
    return sum(1 for x in filled if test(x)) / len(filled)


GUESS_ROWS = 2_000  # rows read to guess what a column holds and to show examples of it


def looks_like_url(value: str) -> bool:
    text = value.strip().lower()
    return text.startswith(("http://", "https://", "www.")) and " " not in text


def guess_mapping(table: Table) -> Mapping:
    """A guess for every column: a field, KEEP or IGNORE. Header names first, then values."""
    mapping: Mapping = dict.fromkeys(range(len(table.header)), IGNORE)
    candidates = []
    for index, name in enumerate(table.header):
        guess = _header_guess(name)
        if guess is not None:
            candidates.append((guess[1], index, guess[0]))
    taken: set[str] = set()
    for _rank, index, field in sorted(candidates):
        if field in taken and field not in MULTI:
            continue
        mapping[index] = field
        taken.add(field)

    # The first rows are enough to recognise a column, and a big file would not fit twice over.
    head = table.head(GUESS_ROWS)
    columns = {i: [row.get(i) for row in head] for i in mapping}
    skipped = {i for i, name in enumerate(table.header) if norm_header(name) in KNOWN_SKIPS}
    urls = {i for i, values in columns.items() if _share(values, looks_like_url) >= 0.6}
    # A column of URLs is the link whatever its header, unless a column already is.
    for index in sorted(urls - skipped):
        if "link" in taken:
            break
        if mapping[index] in MULTI:
            continue
        if mapping[index]:
            taken.discard(mapping[index])
        mapping[index] = "link"
        taken.add("link")

    value_tests = (
        ("status", 0.6, lambda x: v.status_for(x) is not None),
        ("channel", 0.6, lambda x: v.channel_for(x) is not None),
        ("work_mode", 0.8, lambda x: v.work_mode_for(x) is not None),
        ("applied_on", 0.8, v.looks_like_date),
        ("stage_on", 0.8, v.looks_like_date),
    )
    for field, threshold, test in value_tests:
        if field in taken:
            continue
        for index, values in columns.items():
            if mapping[index] or index in skipped | urls or _share(values, test) < threshold:
                continue
            mapping[index] = field
            taken.add(field)
            break
    # Whatever NextYes has no field for stays with the application, in its notes.
    unnamed = [i for i in columns if not mapping[i] and norm_header(table.header[i]) not in DROPS]
    for index in _with_values(table, unnamed, columns):
        mapping[index] = KEEP
    return mapping


def _with_values(table: Table, indexes: list[int], head: dict[int, list[str]]) -> set[int]:
    """Which of these columns hold a value somewhere: the head first, the rest in one pass."""
    found = {i for i in indexes if any(head[i])}
    unknown = [i for i in indexes if i not in found]
    if unknown and len(table.rows) > GUESS_ROWS:
        for row in table.rows:
            found.update(i for i in unknown if row.get(i))
    return found


def sample_values(table: Table, index: int, count: int = 3) -> list[str]:
    """A few distinct, non-empty values of a column, shortened for the mapping page."""
    seen: list[str] = []
    for value in (row.get(index) for row in table.head(GUESS_ROWS)):
        short = value if len(value) <= 60 else value[:57] + "…"
        if short and short not in seen:
            seen.append(short)
            if len(seen) == count:
                break
    return seen


def mapping_problems(mapping: Mapping) -> list[str]:
    """What keeps a mapping from being usable: a required field missing or a field twice."""
    chosen = [f for f in mapping.values() if f]
    problems = [
        str(_("Choose the column that holds the %(field)s.") % {"field": str(FIELDS[f]).lower()})
        for f in REQUIRED
        if f not in chosen
    ]
    for field in dict.fromkeys(chosen):
        if field not in MULTI and chosen.count(field) > 1:
            problems.append(
                str(
                    _("Two columns are set to “%(field)s”; choose one of them.")
                    % {"field": FIELDS[field]}
                )
            )
    return problems
