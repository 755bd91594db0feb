"""Server time of the main pages for one heavy user.

    python benchmarks/pages.py                      # fresh SQLite database in a temp dir
    python benchmarks/pages.py --database-url postgres://user:pw@host/db   # a throwaway database

Creates the database (migrations), fills it with 2,000 applications, 12,000 events, 500 contacts,
3,000 touchpoints and what the Today page shows (saved leads, rituals, wins, jar notes, goals,
steps), then times Today, the board, the list, one application page and the insights page through
Django's test client, signed in. Exits 1 when the p95 of Today, the board or the insights page is
over its budget.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", help="Run against this (throwaway) database instead.")
    parser.add_argument("--requests", type=int, default=50, help="Timed requests per page.")
    parser.add_argument("--warmup", type=int, default=5, help="Untimed requests per page first.")
    parser.add_argument("--budget-ms", type=float, default=150.0, help="Board p95 budget.")
    parser.add_argument(
        "--today-budget-ms", type=float, default=100.0, help="Today page p95 budget."
    )
    parser.add_argument(
        "--insights-budget-ms", type=float, default=200.0, help="Insights page p95 budget."
    )
    parser.add_argument("--queries", action="store_true", help="Print every page's SQL queries.")
    parser.add_argument("--keep", action="store_true", help="Keep the temp data dir afterwards.")
    return parser.parse_args(argv)


def setup(args: argparse.Namespace, data_dir: str) -> None:
    """Point the settings at a throwaway data dir (before Django loads), then migrate."""
    os.environ["NEXTYES_DATA_DIR"] = data_dir
    os.environ["NEXTYES_SECRET_KEY"] = "benchmarks-only-not-secret"
    os.environ["NEXTYES_ALLOWED_HOSTS"] = "testserver"
    os.environ["DJANGO_SETTINGS_MODULE"] = "nextyes.settings"
    os.environ.pop("NEXTYES_DEBUG", None)
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    sys.path.insert(0, str(ROOT / "src"))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    # As `nextyes serve` does: pages link hashed static names from the manifest.
    call_command("collectstatic", interactive=False, verbosity=0)


def heavy_user() -> tuple[Any, dict[str, Any]]:
    from django.contrib.auth import get_user_model
    from fill import fill  # benchmarks/ is on sys.path when run as a script

    user_model = get_user_model()
    # A rerun against the same server starts over rather than doubling the data.
    for old in user_model.objects.filter(username="bench"):
        forget(old)
    user = user_model.objects.create_user("bench", password=None, timezone="Europe/Paris")
    return user, fill(user)


def forget(user: Any) -> None:
    """Delete the user and their data (applications first: they protect their companies)."""
    from nextyes.pipeline.models import Application

    Application.objects.filter(owner=user).delete()
    user.delete()


def measure(get: Callable[[], Any], requests: int, warmup: int) -> list[float]:
    """Milliseconds per request, after `warmup` untimed ones (templates, caches, connections)."""
    for _ in range(warmup):
        get()
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        get()
        times.append((time.perf_counter() - started) * 1000)
    return times


def describe(connection: Any) -> str:
    if connection.vendor == "sqlite":
        return f"SQLite {connection.Database.sqlite_version}"
    version = connection.pg_version  # e.g. 150020 for 15.20
    return f"{connection.display_name} {version // 10000}.{version % 10000}"


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20, method="inclusive")[18]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    data_dir = tempfile.mkdtemp(prefix="nextyes-bench-")
    try:
        return run(args, data_dir)
    finally:
        if args.keep:
            print(f"Data dir kept: {data_dir}")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)


def run(args: argparse.Namespace, data_dir: str) -> int:
    setup(args, data_dir)
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from nextyes.pipeline.models import Application

    user, counts = heavy_user()
    if connection.vendor == "postgresql":
        # Planner statistics as autovacuum would soon have them, so the timings are steady.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(
        f"Database: {describe(connection)}. Filled in {counts.pop('seconds'):.1f} s: "
        + ", ".join(f"{v:,} {k}" for k, v in counts.items())
    )
    # The application page is timed on the longest timeline: the worst case, not the typical one.
    busiest = (
        Application.objects.filter(owner=user).annotate(n=Count("events")).order_by("-n").first()
    )
    assert busiest is not None
    pages = {
        "today": reverse("momentum:today"),
        "board": reverse("pipeline:board"),
        "list": reverse("pipeline:list"),
        "application": reverse("pipeline:application", args=[busiest.pk]),
        "insights": reverse("insights:index"),
    }
    budgets = {
        "today": args.today_budget_ms,
        "board": args.budget_ms,
        "insights": args.insights_budget_ms,
    }
    client = Client()
    client.force_login(user)
    results: dict[str, tuple[float, float, int, float]] = {}
    failed = False
    for name, url in pages.items():

        def get(url: str = url) -> Any:
            return client.get(url)

        response = get()
        if response.status_code != 200:
            print(f"{name}: {url} answered {response.status_code}; not timed.")
            failed = True
            continue
        times = measure(get, args.requests, args.warmup)
        with CaptureQueriesContext(connection) as captured:
            get()
        db_ms = sum(float(q["time"]) for q in captured.captured_queries) * 1000
        results[name] = (statistics.median(times), p95(times), len(captured), db_ms)
        over = p95(times) > budgets.get(name, float("inf"))
        if args.queries or over:
            print(f"\n{name} ({url}): {len(captured)} queries, slowest first")
            for q in sorted(captured.captured_queries, key=lambda q: -float(q["time"]))[:15]:
                print(f"  {float(q['time']) * 1000:7.1f} ms  {q['sql'][:300]}")
    print(f"\n{'page':<12} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'db ms':>7}  url")
    for name, (median, high, queries, db_ms) in results.items():
        print(f"{name:<12} {median:>10.1f} {high:>8.1f} {queries:>8} {db_ms:>7.1f}  {pages[name]}")
    if args.database_url:
        forget(user)  # leave a shared server as we found it; a temp SQLite file just goes
    print()
    for name, budget in budgets.items():
        if name not in results:
            failed = True
        elif results[name][1] > budget:
            print(
                f"The {name} page's p95 ({results[name][1]:.0f} ms) is over its {budget:.0f} ms budget."
            )
            failed = True
        else:
            print(f"The {name} page's p95 is within its {budget:.0f} ms budget.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
