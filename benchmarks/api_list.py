"""The REST API's p95 for listing 2,000 applications, page by page, on the production server.

    .venv/bin/python benchmarks/api_list.py                    # SQLite in a temp data dir
    .venv/bin/python benchmarks/api_list.py --rounds 10 --limit 50

Fills a throwaway database with one heavy user (fill.py: 2,000 applications and their events),
makes a read token with `nextyes token create`, starts `nextyes serve` (gunicorn) and walks
`GET /api/applications?limit=N&offset=…` through every page, --rounds times, over one
keep-alive connection with the token. Prints the median and p95 of a page and of a whole walk;
exits 1 when the page p95 is over --budget-ms. About a minute on a busy two-core machine.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from load import BIN, Server
from load_data import ROOT, server_env, setup_django


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--applications", type=int, default=2000)
    parser.add_argument("--limit", type=int, default=100, help="Applications per page.")
    parser.add_argument("--rounds", type=int, default=5, help="Walks through every page.")
    parser.add_argument("--budget-ms", type=float, default=300.0, help="Page p95 budget.")
    return parser.parse_args(argv)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def walk(conn: http.client.HTTPConnection, token: str, limit: int, pages: list[float]) -> int:
    """Every page of the list once; returns how many applications came back."""
    seen, offset, count = 0, 0, None
    while count is None or offset < count:
        started = time.perf_counter()
        conn.request(
            "GET",
            f"/api/applications?limit={limit}&offset={offset}",
            headers={"Authorization": f"Bearer {token}"},
        )
        answer = conn.getresponse()
        body = answer.read()
        pages.append((time.perf_counter() - started) * 1000)
        if answer.status != 200:
            raise SystemExit(f"the API answered {answer.status}: {body[:200]!r}")
        data = json.loads(body)
        count = data["count"]
        seen += len(data["items"])
        offset += limit
    return seen


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    data_dir = Path(tempfile.mkdtemp(prefix="nextyes-api-bench-"))
    env = server_env(str(data_dir), None, max_rows=1_000)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    env["NEXTYES_API_RATE"] = "100000/min"  # measuring the server, not the throttle
    setup_django(env)
    from django.contrib.auth import get_user_model
    from fill import fill

    user = get_user_model().objects.create(username="bench")
    filled = fill(user, applications=args.applications, events=args.applications * 6)
    made = subprocess.run(
        [str(BIN / "nextyes"), "token", "create", "bench", "--user", "bench"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    token = made.stdout.strip().splitlines()[-1]
    server = Server(env, data_dir, None)
    try:
        server.wait_ready()
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        warmup: list[float] = []
        walk(conn, token, args.limit, warmup)
        pages: list[float] = []
        walks: list[float] = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            seen = walk(conn, token, args.limit, pages)
            walks.append((time.perf_counter() - started) * 1000)
        conn.close()
    finally:
        server.stop()
        shutil.rmtree(data_dir, ignore_errors=True)
    p95 = percentile(pages, 0.95)
    print(f"{server.described}, SQLite, {seen} applications, {args.limit} a page")
    print(f"filled in {filled.get('seconds', 0):.1f} s; load average {os.getloadavg()[0]:.2f}")
    print(
        f"page: median {statistics.median(pages):.1f} ms, p95 {p95:.1f} ms ({len(pages)} requests)"
    )
    print(
        f"whole list ({-(-seen // args.limit)} pages): median {statistics.median(walks):.0f} ms, "
        f"slowest {max(walks):.0f} ms"
    )
    return 0 if p95 <= args.budget_ms else 1


if __name__ == "__main__":
    sys.exit(main())
