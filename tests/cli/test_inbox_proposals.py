"""`nextyes inbox proposals|apply|undo|dismiss`, run in-process."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.inbox import proposing
from nextyes.inbox.models import MailMessage, Proposal
from nextyes.pipeline import services as pipeline
from nextyes.pipeline.models import Application
from nextyes.recovery.models import Ritual


def mail(user: User, label: str, **fields: object) -> MailMessage:
    values = {
        "sender_name": "Acme Talent",
        "sender_address": "talent@acme.com",
        "subject": "Your application",
        "confidence": 0.97,
        **fields,
    }
    return MailMessage.objects.create(
        owner=user,
        message_id=f"{label}-{values['subject']}-{values['sender_address']}",
        content_hash="0" * 64,
        sent_at=dt.datetime(2026, 3, 12, 9, 0, tzinfo=dt.UTC),
        label=label,
        **values,
    )


@pytest.fixture
def made(alice: User) -> list[Proposal]:
    pipeline.create_application(
        alice, company="Acme", role="Data Analyst", applied_on=dt.date(2026, 3, 1)
    )
    return proposing.propose(
        alice,
        [
            mail(alice, "rejection"),
            mail(
                alice,
                "interview",
                sender_name="Globex Recruiting",
                sender_address="jobs@globex.example",
                subject="Interview for the Designer role",
                text="Could you come in on Tuesday 17 March at 10:30?",
                confidence=0.9,
            ),
        ],
    )


def test_it_lists_proposals_in_words(
    made: list[Proposal], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["inbox", "proposals", "--user", "alice"]) == 0
    out = capsys.readouterr().out.splitlines()
    rejection, interview = made
    assert out[0] == (
        f"#{rejection.pk}  Acme — Data Analyst: rejection (97%) → mark rejected on 12 Mar"
    )
    why = "(matched by name in sender)"
    assert out[1] == f"      from Acme Talent: Your application  {why}"
    assert out[2] == (
        f"#{interview.pk}  Globex — Designer: interview invitation (90%) → create an application? "
        "(then mark it interview)"
    )
    assert out[-1].startswith("Apply one with `nextyes inbox apply ID`")


def test_it_lists_proposals_as_json(
    made: list[Proposal], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["inbox", "proposals", "--json", "--user", "alice"]) == 0
    rows = json.loads(capsys.readouterr().out)
    first = rows[0]
    assert {
        k: first[k] for k in ("id", "kind", "label", "confidence", "stage", "on", "status")
    } == {
        "id": made[0].pk,
        "kind": "stage",
        "label": "rejection",
        "confidence": 0.97,
        "stage": "rejected",
        "on": "2026-03-12",
        "status": "open",
    }
    assert first["application"]["company"] == "Acme"
    assert first["message"] == {
        "subject": "Your application",
        "from": "Acme Talent <talent@acme.com>",
        "date": "2026-03-12T09:00:00+00:00",
    }
    second = rows[1]
    assert second["application"] is None
    assert (second["company_name"], second["role"]) == ("Globex", "Designer")
    assert second["interview_at"] == "2026-03-17T10:30:00+01:00"


def test_apply_undo_and_dismiss(
    made: list[Proposal], alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    rejection, interview = made
    assert main(["inbox", "apply", str(rejection.pk), "--user", "alice"]) == 0
    out = capsys.readouterr().out
    assert f"Applied #{rejection.pk}: Acme — Data Analyst, marked rejected on 12 Mar." in out
    acme = Application.objects.get(owner=alice, company__name="Acme")
    assert acme.status == "rejected"
    assert main(["inbox", "undo", str(rejection.pk), "--user", "alice"]) == 0
    assert capsys.readouterr().out.strip() == f"Undone #{rejection.pk}: it is as it was before."
    acme.refresh_from_db()
    assert acme.status == "applied"
    assert main(["inbox", "dismiss", str(interview.pk), "--user", "alice"]) == 0
    assert "Dismissed" in capsys.readouterr().out
    assert main(["inbox", "apply", str(interview.pk), "--user", "alice"]) == 1
    assert "already decided" in capsys.readouterr().err


def test_apply_all_above_says_what_was_done_and_points_to_the_ritual(
    made: list[Proposal], alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    # A recent rejection (history rule: older than two weeks opens no ritual).
    Proposal.objects.filter(pk=made[0].pk).update(on=timezone.localdate())
    assert main(["inbox", "apply", "--all-above", "0.95", "--user", "alice"]) == 0
    out = capsys.readouterr().out
    assert f"Applied #{made[0].pk}" in out
    ritual = Ritual.objects.get(owner=alice)
    assert f"/rituals/{ritual.pk}/" in out
    assert f"#{made[1].pk}" not in out  # 90%: left for you
    assert main(["inbox", "apply", "--all-above", "0.95", "--user", "alice"]) == 0
    assert "No open proposal at 95% or more." in capsys.readouterr().out


def test_mistakes_are_said_plainly(
    made: list[Proposal], bob: User, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["inbox", "apply", "--user", "alice"]) == 1
    assert "say which" in capsys.readouterr().err
    assert main(["inbox", "apply", "--all-above", "95", "--user", "alice"]) == 1
    assert "between 0 and 1" in capsys.readouterr().err
    # Another person's proposal does not exist for bob.
    assert main(["inbox", "apply", str(made[0].pk), "--user", "bob"]) == 1
    assert f"no proposal #{made[0].pk}" in capsys.readouterr().err
    assert main(["inbox", "undo", str(made[0].pk), "--user", "alice"]) == 1
    assert "Only an applied proposal can be undone." in capsys.readouterr().err


def test_nothing_waiting(alice: User, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inbox", "proposals", "--user", "alice"]) == 0
    assert capsys.readouterr().out.startswith("Nothing waiting.")
