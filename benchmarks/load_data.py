"""The load benchmark's data: a throwaway database, 50 filled people, the CSV to import, counts.

Imported by load.py. Django is set up here, in the benchmark's own process, only to create and
fill the database and to count rows afterwards; the server and the import run as subprocesses.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "load-benchmark-pass-7Q"
# Prefixes the benchmark's own saves carry, so the rows they wrote can be counted afterwards.
ADDED_COMPANY = "Loadtest"
WIN_TEXT = "Load win"
TIMEZONES = ["Europe/Paris", "Europe/London", "America/New_York", "UTC", "Asia/Kolkata"]


@dataclass
class Person:
    username: str
    application_ids: list[int]


# --- PostgreSQL: a throwaway database, created before and dropped after.


def _admin_conninfo(url: str) -> tuple[str, str]:
    """The server's maintenance database to connect to, and the database the URL names."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(url)
    name = str(params.get("dbname") or "")
    if not name:
        raise SystemExit(f"--database-url names no database: {url}")
    params["dbname"] = "postgres"
    return make_conninfo(**{k: str(v) for k, v in params.items()}), name


def create_postgres(url: str, *, replace: bool) -> None:
    """Create the database the URL names; one already there is dropped first only on `replace`,
    and never while someone is connected to it (another run of this benchmark, say)."""
    import psycopg
    from psycopg import sql

    admin, name = _admin_conninfo(url)
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and not replace:
            raise SystemExit(
                f"The database {name} exists already. Give --database-url a new name, or pass "
                "--replace to drop it first (it must be a throwaway one)."
            )
        if exists:
            drop_postgres(url)
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop_postgres(url: str) -> None:
    """Drop the database, never with FORCE: one in use is left alone and the run stops."""
    import psycopg
    from psycopg import sql

    admin, name = _admin_conninfo(url)
    with psycopg.connect(admin, autocommit=True) as conn:
        try:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        except psycopg.errors.ObjectInUse:
            raise SystemExit(
                f"The database {name} is in use (another run of this benchmark?) and was left "
                "alone: give --database-url a name of its own."
            ) from None


def postgres_sessions(url: str) -> list[int]:
    """The PostgreSQL processes serving the throwaway database: all of them are ours."""
    import psycopg

    query = "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
    with psycopg.connect(url, autocommit=True) as conn:
        return [int(row[0]) for row in conn.execute(query).fetchall()]


# --- The environment the server, the import and this process share.


def server_env(data_dir: str, database_url: str | None, max_rows: int) -> dict[str, str]:
    """The environment for everything NextYes runs here, as a person would set it."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        NEXTYES_DATA_DIR=data_dir,
        NEXTYES_SECRET_KEY="load-benchmark-only-not-secret",
        NEXTYES_ALLOWED_HOSTS="127.0.0.1,localhost",
        # The importer's row limit (being added in issue 11): well above the file's rows.
        NEXTYES_IMPORT_MAX_ROWS=str(max_rows),
        DJANGO_SETTINGS_MODULE="nextyes.settings",
    )
    env.pop("NEXTYES_DEBUG", None)
    env.pop("NEXTYES_USER", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def setup_django(env: dict[str, str]) -> None:
    """Set Django up in this process on the throwaway database and create the tables."""
    os.environ.update(env)
    if "DATABASE_URL" not in env:
        os.environ.pop("DATABASE_URL", None)
    sys.path.insert(0, str(ROOT / "src"))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)


# --- People.


def fill_people(count: int, seed: int) -> tuple[list[Person], dict[str, Any]]:
    """`count` people with sign-in passwords and 18 months of data each, of varied sizes."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.db import connection
    from fill import fill  # benchmarks/ is on sys.path when load.py runs as a script

    from nextyes.pipeline.models import Application

    started = time.perf_counter()
    rng = random.Random(seed)
    user_model = get_user_model()
    hashed = make_password(PASSWORD)  # one Argon2 hash for all: the sign-in still checks it
    people: list[Person] = []
    totals: dict[str, int] = {}
    for n in range(1, count + 1):
        user = user_model.objects.create(
            username=f"person{n:02d}",
            password=hashed,
            timezone=TIMEZONES[n % len(TIMEZONES)],
            north_star="A job where I can learn and help people.",
        )
        # From a quiet search (60 applications) to a very busy one (600), 300 on average.
        applications = rng.choice([60, 120, 200, 300, 300, 400, 500, 600])
        counts = fill(
            user,
            applications=applications,
            events=applications * 6,
            contacts=max(applications // 4, 10),
            touchpoints=applications * 3 // 2,
            seed=seed + n,
        )
        counts.pop("seconds")
        for key, value in counts.items():
            totals[key] = totals.get(key, 0) + int(value)
        ids = list(Application.objects.filter(owner=user).values_list("pk", flat=True))
        people.append(Person(user.username, ids))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # planner statistics, as autovacuum would soon have them
    connection.close()
    return people, {**totals, "seconds": time.perf_counter() - started}


def describe_database() -> str:
    from django.db import connection as default

    connection: Any = default  # the vendor's own attributes, which the base class lacks
    if connection.vendor == "sqlite":
        return f"SQLite {connection.Database.sqlite_version}"
    version = connection.pg_version
    return f"PostgreSQL {version // 10000}.{version % 10000}"


def count_rows(since: dt.datetime) -> dict[str, int]:
    """Rows the benchmark's saves (and the import) wrote since `since`."""
    from django.db import connection
    from django.utils import timezone

    from nextyes.journal.models import CheckIn, Win
    from nextyes.pipeline.choices import EventSource
    from nextyes.pipeline.models import Application, StageEvent

    today = timezone.now().date()
    counts = {
        "applications added": Application.objects.filter(
            company__name__startswith=ADDED_COMPANY, created_at__gte=since
        ).count(),
        "manual stage events": StageEvent.objects.filter(
            source=EventSource.MANUAL, created_at__gte=since
        ).count(),
        "wins added": Win.objects.filter(text__startswith=WIN_TEXT, created_at__gte=since).count(),
        "people checked in": CheckIn.objects.filter(day__gte=today - dt.timedelta(days=1))
        .values("owner")
        .distinct()
        .count(),
        "imported applications": StageEvent.objects.filter(
            source=EventSource.IMPORT, created_at__gte=since
        )
        .values("application")
        .distinct()
        .count(),
    }
    connection.close()
    return counts


# --- The CSV one person imports: short, realistic values under the reader's 10 MiB limit.

CSV_HEADER = ["Company", "Role", "Status", "Date applied", "Link", "Notes"]
_NAMES = ["Amber", "Birch", "Cedar", "Delta", "Ember", "Fern", "Granite", "Harbor", "Iris", "Jade"]
_NAMES += ["Kite", "Lumen", "Maple", "Nova", "Onyx", "Pine", "Quill", "Reed", "Sage", "Tide"]
_NAMES += ["Umber", "Vale", "Willow", "Xeno", "Yarrow", "Zest"]
_KINDS = ["Labs", "AI", "Health", "Data", "Cloud", "Works", "Bank", "Foods", "Energy", "Media"]
_KINDS += ["Retail", "Games"]
_ROLES = ["Data Engineer", "Backend Dev", "SRE", "ML Engineer", "Analyst", "QA Engineer"]
_ROLES += ["Product Manager", "iOS Dev", "DevOps", "Designer", "Tech Lead", "Data Scientist"]
# Weighted like a real search: mostly applied or no answer, some rejections, a few interviews.
_STATUSES = ["Applied"] * 9 + ["Rejected"] * 5 + ["No response"] * 3 + ["Wishlist"] * 2
_STATUSES += ["Phone screen", "Interviewing", "Ghosted", "Offer"]
_NOTES = ["Referral", "Follow up", "Remote ok", "Via LinkedIn", "Great team", "Low pay"]


def write_csv(path: Path, target_bytes: int, seed: int) -> int:
    """Write rows until the file is just under `target_bytes`; returns the number of rows."""
    rng = random.Random(seed)
    start = dt.date.today() - dt.timedelta(days=3 * 365)
    rows = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        while handle.tell() < target_bytes - 200:
            link = f"https://jobs.example/{rng.randint(1, 10**6)}" if rng.random() < 0.03 else ""
            note = rng.choice(_NOTES) if rng.random() < 0.06 else ""
            company = f"{rng.choice(_NAMES)} {rng.choice(_KINDS)}"
            status = rng.choice(_STATUSES)
            day = start + dt.timedelta(days=rng.randint(0, 3 * 365))
            applied = "" if status == "Wishlist" else day.isoformat()  # a lead is not sent yet
            writer.writerow([company, rng.choice(_ROLES), status, applied, link, note])
            rows += 1
    return rows
