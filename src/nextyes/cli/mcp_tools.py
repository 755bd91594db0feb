"""What `nextyes mcp` lets the person's own assistant do: one method per MCP tool.

Each method takes plain values, calls the same services and selectors as the CLI and the web
pages (so a rejection moved here opens its ritual, as on the board), and answers JSON-ready
dicts. Everything is for the one account `nextyes mcp --user` names. The journal (check-ins,
wins, the jar; the mood behind the fatigue signal) stays out unless the person allows it with
--allow-journal; logging a win is always allowed, since it only adds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar, cast

from django.core.exceptions import ValidationError
from django.db import close_old_connections, connection
from mcp.server.mcpserver.exceptions import ToolError

from nextyes.cli import messages
from nextyes.cli.base import validation_message
from nextyes.cli.tracker import application_row

if TYPE_CHECKING:
    from nextyes.accounts.models import User

# Journal data in what `nextyes today` and `nextyes stats` give: left out unless allowed.
TODAY_JOURNAL_KEYS = ("jar_note", "recent_wins")
STATS_JOURNAL_KEYS = ("fatigue",)
MAX_ROWS = 200
T = TypeVar("T")


def in_thread(work: Callable[[], T]) -> T:
    """Run a tool's database work in the worker thread the SDK gave it, then let go of its
    connection: each thread has its own, and a long-running server must not gather them."""
    close_old_connections()
    try:
        return work()
    except ValidationError as exc:
        raise ToolError(validation_message(exc)) from exc
    finally:
        connection.close()


def _choice(value: str | None, allowed: list[str], what: str) -> str | None:
    if value is None or value == "":
        return None
    clean = value.strip().lower()
    if clean not in allowed:
        raise ToolError(
            messages.BAD_CHOICE.format(value=value, what=what, choices=", ".join(allowed))
        )
    return clean


@dataclass(frozen=True)
class Tools:
    user: User
    allow_journal: bool = False

    def list_applications(
        self, status: str | None = None, search: str | None = None, limit: int = 50
    ) -> dict[str, object]:
        from nextyes.pipeline import selectors
        from nextyes.pipeline.choices import Stage

        wanted = _choice(status, list(Stage.values), "status")
        rows = selectors.application_list(self.user, q=search or "", status=wanted or "")
        items = [application_row(a) for a in rows[: max(1, min(limit, MAX_ROWS))]]
        return {"items": items, "count": rows.count()}

    def add_application(
        self,
        company: str,
        role: str,
        channel: str | None = None,
        applied_on: dt.date | None = None,
        link: str | None = None,
        location: str | None = None,
        salary: str | None = None,
        closes_on: dt.date | None = None,
        notes: str | None = None,
    ) -> dict[str, object]:
        from nextyes.pipeline import services
        from nextyes.pipeline.choices import Channel

        given: services.ApplicationDetails = {
            "channel": _choice(channel, list(Channel.values), "channel"),
            "applied_on": applied_on,
            "link": link,
            "location": location,
            "salary": salary,
            "closes_on": closes_on,
            "notes": notes,
        }
        # Left out, a field keeps the model's default (a channel is never blank).
        fields = cast(
            services.ApplicationDetails,
            {name: value for name, value in given.items() if value is not None},
        )
        application = services.create_application(self.user, company=company, role=role, **fields)
        return dict(application_row(application))

    def move_application(
        self, application_id: int, stage: str, on: dt.date | None = None
    ) -> dict[str, object]:
        from nextyes.lib.ownership import owned
        from nextyes.pipeline import services
        from nextyes.pipeline.choices import Stage
        from nextyes.pipeline.models import Application

        clean = _choice(stage, list(Stage.values), "stage")
        assert clean is not None
        # Someone else's id reads exactly like a missing one.
        application = (
            owned(Application, self.user)
            .select_related("company")
            .filter(pk=application_id)
            .first()
        )
        if application is None:
            raise ToolError(messages.NO_APPLICATION.format(id=application_id))
        event = services.move_application(application, clean, on=on)
        application.refresh_from_db()
        return {
            **application_row(application),
            "event": {"stage": event.stage, "on": event.occurred_on.isoformat()},
        }

    def log_win(
        self, text: str, kind: str | None = None, on: dt.date | None = None
    ) -> dict[str, object]:
        from nextyes.journal import services
        from nextyes.journal.models import WinKind

        clean = _choice(kind, list(WinKind.values), "kind of win") or WinKind.OTHER
        win = services.add_win(self.user, text, clean, on=on)
        assert win is not None  # only wins with a source_key can be skipped
        return {"id": win.pk, "text": win.text, "kind": win.kind, "on": win.occurred_on.isoformat()}

    def today(self) -> dict[str, object]:
        from nextyes.home.today import build_today

        data = build_today(self.user).as_json()
        return data if self.allow_journal else _without(data, TODAY_JOURNAL_KEYS)

    def funnel_and_odds(
        self,
        channel: str | None = None,
        applied_from: dt.date | None = None,
        applied_to: dt.date | None = None,
    ) -> dict[str, object]:
        from nextyes.insights.funnel import Filters
        from nextyes.insights.stats import build_stats
        from nextyes.pipeline.choices import Channel

        filters = Filters(
            start=applied_from,
            end=applied_to,
            channel=_choice(channel, list(Channel.values), "channel"),
        )
        data = build_stats(self.user, filters).as_json()
        return data if self.allow_journal else _without(data, STATS_JOURNAL_KEYS)

    # --- Read-only journal tools, offered only with --allow-journal.

    def list_checkins(self, days: int = 14) -> dict[str, object]:
        from nextyes.cli.checkin import as_json
        from nextyes.journal.models import CheckIn
        from nextyes.lib.dates import today_for
        from nextyes.lib.ownership import owned

        end = today_for(self.user)
        start = end - dt.timedelta(days=max(1, min(days, 366)) - 1)
        found = owned(CheckIn, self.user).filter(day__range=(start, end)).order_by("-day")
        return {"items": [as_json(c) for c in found]}

    def list_wins(self, days: int = 30) -> dict[str, object]:
        from nextyes.journal.models import Win
        from nextyes.lib.dates import today_for
        from nextyes.lib.ownership import owned

        start = today_for(self.user) - dt.timedelta(days=max(1, min(days, 366)) - 1)
        found = owned(Win, self.user).filter(occurred_on__gte=start).order_by("-occurred_on", "-id")
        return {
            "items": [
                {"id": w.pk, "text": w.text, "kind": w.kind, "on": w.occurred_on.isoformat()}
                for w in found
            ]
        }


def _without(data: dict[str, object], keys: tuple[str, ...]) -> dict[str, object]:
    return {key: value for key, value in data.items() if key not in keys}
