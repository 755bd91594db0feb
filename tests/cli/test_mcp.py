"""`nextyes mcp --user NAME`: the MCP server, driven by the official SDK's own client.

The client launches `nextyes mcp` as a subprocess over stdio, as an assistant would, against a
NextYes of its own (a fresh SQLite file the test migrates and fills), then each tool is called and
what it answered and wrote is checked.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path

import anyio
import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from mcp.types import CallToolResult

SEED = """
import datetime as dt
import django
django.setup()
from nextyes.journal.services.checkins import save_checkin
from nextyes.pipeline import services
from tests.conftest import make_user
alice = make_user("alice", display_name="Alice")
bob = make_user("bob", display_name="Bob")
services.create_application(alice, company="Quillfeather", role="Data Analyst",
                            applied_on=dt.date.today() - dt.timedelta(days=3))
services.create_application(alice, company="Brightwater", role="Designer")
secret = services.create_application(bob, company="Bobcorp", role="Bob's role")
save_checkin(alice, mood=4, note="Slept well")
print(secret.pk)
"""


class Instance:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.env = {
            "NEXTYES_DATA_DIR": str(data_dir),
            "NEXTYES_SECRET_KEY": "tests-only",
            "DJANGO_SETTINGS_MODULE": "nextyes.settings",
            "PYTHONPATH": os.pathsep.join(sys.path),
        }

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, **self.env}
        env.pop("DATABASE_URL", None)  # this instance is its own SQLite file
        return subprocess.run(
            [sys.executable, "-m", "nextyes", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    def rows(self, sql: str, *params: object) -> list[tuple[object, ...]]:
        db = sqlite3.connect(self.data_dir / "nextyes.sqlite3")
        try:
            return db.execute(sql, params).fetchall()
        finally:
            db.close()

    def serve(self, *args: str) -> StdioServerParameters:
        return StdioServerParameters(
            command=sys.executable, args=["-m", "nextyes", "mcp", *args], env=self.env
        )


@pytest.fixture(scope="module")
def instance(tmp_path_factory: pytest.TempPathFactory) -> tuple[Instance, int]:
    made = Instance(tmp_path_factory.mktemp("mcp"))
    done = made.run("migrate")
    assert done.returncode == 0, done.stderr
    env = {**os.environ, **made.env}
    env.pop("DATABASE_URL", None)
    seeded = subprocess.run(
        [sys.executable, "-c", SEED], env=env, capture_output=True, text=True, timeout=120
    )
    assert seeded.returncode == 0, seeded.stderr
    return made, int(seeded.stdout.strip().splitlines()[-1])


Session = Callable[[Client], Awaitable[None]]


def session(params: StdioServerParameters, work: Session) -> None:
    """Run `work` with a client connected to the server. In a thread of its own: an earlier
    test (Playwright's sync API) may have left an event loop running in this one."""
    failed: list[BaseException] = []

    async def main() -> None:
        async with Client(params, read_timeout_seconds=60) as client:
            await work(client)

    def run() -> None:
        try:
            anyio.run(main)
        except BaseException as exc:
            failed.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=300)
    assert not thread.is_alive(), "the MCP session did not finish"
    if failed:
        raise failed[0]


CALLS: list[tuple[str, str, dict[str, object]]] = [
    ("all", "list_applications", {}),
    ("search", "list_applications", {"search": "quill"}),
    ("saved", "list_applications", {"status": "saved"}),
    (
        "added",
        "add_application",
        {
            "company": "Lumen Kites",
            "role": "Platform Engineer",
            "closes_on": "2027-01-15",
            "salary": "€60k",
        },
    ),
    ("win", "log_win", {"text": "Finished the take-home", "kind": "learning"}),
    ("today", "today", {}),
    ("stats", "funnel_and_odds", {}),
    ("bad", "list_applications", {"status": "ghosted-ish"}),
]


def test_every_tool_reads_and_writes_alices_tracker(instance: tuple[Instance, int]) -> None:
    made, bobs_id = instance
    answers: dict[str, CallToolResult] = {}
    names: list[str] = []

    async def work(client: Client) -> None:
        names.extend(sorted(tool.name for tool in (await client.list_tools()).tools))
        for key, tool, arguments in CALLS:
            answers[key] = await client.call_tool(tool, arguments)
        answers["bobs"] = await client.call_tool(
            "move_application", {"application_id": bobs_id, "stage": "rejected"}
        )
        new_id = content(answers["added"])["id"]
        answers["moved"] = await client.call_tool(
            "move_application", {"application_id": new_id, "stage": "rejected"}
        )

    session(made.serve("--user", "alice"), work)

    assert names == [
        "add_application",
        "funnel_and_odds",
        "list_applications",
        "log_win",
        "move_application",
        "today",
    ]
    assert content(answers["all"])["count"] == 2
    assert {row["company"] for row in items(answers["all"])} == {"Quillfeather", "Brightwater"}
    assert [row["role"] for row in items(answers["search"])] == ["Data Analyst"]
    assert [row["company"] for row in items(answers["saved"])] == ["Brightwater"]

    added = content(answers["added"])
    assert (added["company"], added["status"]) == ("Lumen Kites", "saved")
    assert made.rows(
        "SELECT role, closes_on, salary FROM pipeline_application WHERE id = ?", added["id"]
    ) == [("Platform Engineer", "2027-01-15", "€60k")]

    assert content(answers["moved"])["status"] == "rejected"
    # The same service as the board: the rejection opened its ritual.
    assert made.rows(
        "SELECT COUNT(*) FROM recovery_ritual_applications WHERE application_id = ?", added["id"]
    ) == [(1,)]

    win = content(answers["win"])
    assert made.rows("SELECT text, kind FROM journal_win WHERE id = ?", win["id"]) == [
        ("Finished the take-home", "learning")
    ]

    today = content(answers["today"])
    assert "next_actions" in today and "goals" in today
    assert "recent_wins" not in today and "jar_note" not in today  # journal: not allowed
    stats = content(answers["stats"])
    assert stats["funnel"] and "odds" in stats
    assert "fatigue" not in stats  # it reads the check-ins' mood

    # Bob's application reads exactly like a missing one, and stays as it was.
    assert answers["bobs"].is_error
    assert f"no application with id {bobs_id}" in text(answers["bobs"])
    assert made.rows("SELECT status FROM pipeline_application WHERE id = ?", bobs_id) == [
        ("saved",)
    ]
    assert answers["bad"].is_error
    assert "“ghosted-ish” is not a status" in text(answers["bad"])


def test_the_journal_opens_only_with_the_flag(instance: tuple[Instance, int]) -> None:
    made, _ = instance
    answers: dict[str, CallToolResult] = {}
    names: set[str] = set()

    async def work(client: Client) -> None:
        names.update(tool.name for tool in (await client.list_tools()).tools)
        answers["checkins"] = await client.call_tool("list_checkins", {"days": 7})
        answers["wins"] = await client.call_tool("list_wins", {})
        answers["today"] = await client.call_tool("today", {})

    session(made.serve("--user", "alice", "--allow-journal"), work)

    assert {"list_checkins", "list_wins"} <= names
    assert [(c["mood"], c["note"]) for c in items(answers["checkins"])] == [(4, "Slept well")]
    assert "recent_wins" in content(answers["today"])
    assert isinstance(content(answers["wins"])["items"], list)


def test_an_unknown_account_stops_before_serving(instance: tuple[Instance, int]) -> None:
    made, _ = instance
    done = made.run("mcp", "--user", "nobody")
    assert done.returncode == 1
    assert "there is no account named “nobody”" in done.stderr
    assert done.stdout == ""


def content(result: CallToolResult) -> dict[str, object]:
    assert not result.is_error, text(result)
    assert isinstance(result.structured_content, dict), result
    return result.structured_content


def items(result: CallToolResult) -> list[dict[str, object]]:
    found = content(result)["items"]
    assert isinstance(found, list)
    return found


def text(result: CallToolResult) -> str:
    return " ".join(getattr(part, "text", "") for part in result.content)
