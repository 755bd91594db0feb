"""Proposals: made once per message, applied through the tracker's rules, edited, dismissed, undone."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import pytest
from django.utils import timezone

from nextyes.accounts.models import User
from nextyes.inbox import proposals, proposing, services
from nextyes.inbox.models import MailMessage, Proposal
from nextyes.pipeline import services as pipeline
from nextyes.pipeline.models import Application, Company, Interview, StageEvent
from nextyes.recovery.models import Ritual
from tests.inbox.mail_helpers import mbox, message

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def mail(
    user: User,
    label: str,
    *,
    subject: str = "Your application",
    text: str = "",
    sender: str = "Acme Talent",
    address: str = "talent@acme.com",
    days_ago: float = 1,
    confidence: float = 0.97,
    key: str | None = None,
) -> MailMessage:
    return MailMessage.objects.create(
        owner=user,
        message_id=key or f"{label}-{subject}-{address}-{days_ago}",
        content_hash="0" * 64,
        sender_name=sender,
        sender_address=address,
        subject=subject,
        text=text,
        sent_at=timezone.now() - dt.timedelta(days=days_ago),
        label=label,
        confidence=confidence,
    )


@pytest.fixture
def acme(alice: User) -> Application:
    return pipeline.create_application(
        alice,
        company="Acme",
        role="Data Analyst",
        applied_on=timezone.localdate() - dt.timedelta(days=20),
    )


def test_applying_a_rejection_adds_an_email_event_and_opens_the_ritual(
    alice: User, acme: Application
) -> None:
    message_ = mail(alice, "rejection", subject="Acme: your application", days_ago=2)
    [proposal] = proposing.propose(alice, [message_])
    assert (proposal.kind, proposal.application, proposal.stage) == ("stage", acme, "rejected")
    assert message_.sent_at is not None
    assert proposal.on == message_.sent_at.astimezone(PARIS).date()
    applied = proposals.apply(proposal)
    event = StageEvent.objects.get(pk=applied.applied_records["event"])
    assert (event.stage, event.source, event.occurred_on) == ("rejected", "email", proposal.on)
    acme.refresh_from_db()
    assert acme.status == "rejected"
    ritual = Ritual.objects.get(owner=alice)
    assert list(ritual.events.all()) == [event]
    assert proposals.ritual_id(applied) == ritual.pk
    message_.refresh_from_db()
    assert (message_.status, message_.application) == ("applied", acme)


def test_an_old_rejection_is_history_and_opens_no_ritual(alice: User, acme: Application) -> None:
    [proposal] = proposing.propose(alice, [mail(alice, "rejection", subject="Acme", days_ago=30)])
    proposals.apply(proposal)
    assert StageEvent.objects.filter(owner=alice, stage="rejected", source="email").exists()
    assert not Ritual.objects.filter(owner=alice).exists()


def test_an_interview_proposal_adds_the_interview_at_the_time_found(
    alice: User, acme: Application
) -> None:
    sent = timezone.now() - dt.timedelta(days=1)
    day = (sent.astimezone(PARIS) + dt.timedelta(days=3)).date()
    text = f"Could we talk by phone on {day.day} {day:%B} at 10:30?"
    message_ = mail(alice, "interview", subject="Acme: next step", text=text)
    [proposal] = proposing.propose(alice, [message_])
    assert proposal.kind == "interview"
    assert proposal.interview_at == dt.datetime.combine(day, dt.time(10, 30), tzinfo=PARIS)
    applied = proposals.apply(proposal)
    interview = Interview.objects.get(pk=applied.applied_records["interview"])
    assert (interview.scheduled_at, interview.kind, interview.round) == (
        proposal.interview_at,
        "phone",
        1,
    )
    acme.refresh_from_db()
    assert acme.status == "interview"


def test_an_unknown_company_becomes_a_create_proposal(alice: User) -> None:
    message_ = mail(
        alice,
        "received",
        subject="We received your application for the Data Engineer position",
        sender="Jo from Startup",
        address="hello@startup.io",
    )
    [proposal] = proposing.propose(alice, [message_])
    assert (proposal.kind, proposal.company_name, proposal.role) == (
        "create",
        "Startup",
        "Data Engineer",
    )
    applied = proposals.apply(proposal)
    application = Application.objects.get(pk=applied.applied_records["application"])
    assert (application.company.name, application.role, application.channel) == (
        "Startup",
        "Data Engineer",
        "other",
    )
    assert application.status == "acknowledged"
    assert application.company.mail_domains == "startup.io"
    # Undo removes exactly that: application, company, learned domain.
    proposals.undo(applied)
    assert not Application.objects.filter(owner=alice).exists()
    assert not Company.objects.filter(owner=alice).exists()
    assert Proposal.objects.get(pk=proposal.pk).status == "undone"


def test_undo_restores_the_status_and_removes_the_ritual_and_learned_domain(
    alice: User, acme: Application
) -> None:
    [proposal] = proposing.propose(
        alice, [mail(alice, "rejection", sender="Acme Talent", address="jobs@acme-mail.com")]
    )
    applied = proposals.apply(proposal)
    assert Company.objects.get(pk=acme.company_id).mail_domains == "acme-mail.com"
    assert Ritual.objects.filter(owner=alice).count() == 1
    assert proposals.undo(applied) == []
    acme.refresh_from_db()
    assert acme.status == "applied"
    assert not StageEvent.objects.filter(owner=alice, stage="rejected").exists()
    assert not Ritual.objects.filter(owner=alice).exists()
    assert Company.objects.get(pk=acme.company_id).mail_domains == ""
    with pytest.raises(proposals.ProposalError):
        proposals.undo(applied)


def test_a_confirmed_domain_is_learned_and_matches_next_time(
    alice: User, acme: Application
) -> None:
    first = mail(alice, "received", subject="Acme: thanks", address="no-reply@acmecareers.com")
    proposals.apply(proposing.propose(alice, [first])[0])
    later = mail(
        alice, "rejection", sender="Recruiting", subject="Update", address="x@acmecareers.com"
    )
    [proposal] = proposing.propose(alice, [later])
    assert (proposal.application, proposal.match_reason) == (acme, "sender domain acmecareers.com")


def test_editing_before_applying_changes_what_is_made(alice: User, acme: Application) -> None:
    other = pipeline.create_application(
        alice, company="Globex", role="Designer", applied_on=dt.date(2026, 1, 5)
    )
    [proposal] = proposing.propose(alice, [mail(alice, "offer", subject="Acme news")])
    on = timezone.localdate() - dt.timedelta(days=3)
    proposals.apply(proposal, edits=proposals.Edits(application=other, stage="interview", on=on))
    other.refresh_from_db()
    acme.refresh_from_db()
    assert (other.status, other.status_on, acme.status) == ("interview", on, "applied")
    assert Proposal.objects.get(pk=proposal.pk).kind == "interview"


def test_the_same_message_is_proposed_once(
    alice: User, acme: Application, tmp_path: Path, by_subject: None
) -> None:
    path = mbox(
        tmp_path / "mail.mbox",
        [
            message("Rejection: Acme", "Thank you, but no.", sender="Acme <hr@acme.example>"),
            message("Interview: Initrode", "Tuesday?", sender="Bill <bill@initrode.example>"),
            message("Sale on socks", "Forty per cent off."),
        ],
    )
    services.import_mail(alice, path)
    services.import_mail(alice, path)
    made = Proposal.objects.filter(owner=alice).order_by("kind")
    assert [(p.kind, p.company_name) for p in made] == [
        ("create", "Initrode"),
        ("stage", "Acme"),
    ]
    proposing.propose(alice, MailMessage.objects.filter(owner=alice))
    assert Proposal.objects.filter(owner=alice).count() == 2


def test_auto_apply_applies_confident_clear_matches_only(alice: User, acme: Application) -> None:
    proposing.set_auto_threshold(alice, 0.95)
    sure = mail(alice, "rejection", subject="Acme: update", confidence=0.97)
    unsure = mail(alice, "received", subject="Acme: received", confidence=0.9)
    unknown = mail(alice, "rejection", sender="Jo", address="jo@initrode.example", confidence=0.99)
    made = {p.message_id: p for p in proposing.propose(alice, [sure, unsure, unknown])}
    statuses = {m: Proposal.objects.get(pk=made[m.pk].pk).status for m in (sure, unsure, unknown)}
    assert statuses == {sure: "applied", unsure: "open", unknown: "open"}
    automatic = Proposal.objects.get(pk=made[sure.pk].pk)
    assert automatic.automatic is True
    assert Ritual.objects.filter(owner=alice).count() == 1
    proposals.undo(automatic)
    acme.refresh_from_db()
    assert acme.status == "applied"


def test_auto_apply_is_off_by_default(alice: User, acme: Application) -> None:
    [proposal] = proposing.propose(alice, [mail(alice, "rejection", confidence=0.999)])
    assert Proposal.objects.get(pk=proposal.pk).status == "open"
    with pytest.raises(Exception, match="between 0 and 1"):
        proposing.set_auto_threshold(alice, 1.5)


def test_apply_all_by_choice_or_above_a_confidence(alice: User, acme: Application) -> None:
    globex = pipeline.create_application(
        alice, company="Globex", role="Designer", applied_on=dt.date(2026, 1, 5)
    )
    made = proposing.propose(
        alice,
        [
            mail(alice, "received", subject="Acme: thanks", confidence=0.97),
            mail(alice, "rejection", sender="Globex", address="hr@globex.example", confidence=0.8),
            mail(
                alice, "offer", sender="Jo", address="jo@gmail.com", subject="hi", confidence=0.99
            ),
        ],
    )
    done = proposals.apply_all(alice, min_confidence=0.95)
    # The offer from an unknown company has no company name to create: left for the person.
    assert [(o.proposal.company_name, o.applied) for o in done] == [("Acme", True)]
    done = proposals.apply_all(alice, ids=[made[1].pk])
    globex.refresh_from_db()
    assert globex.status == "rejected"
    assert Proposal.objects.filter(owner=alice, status="open").count() == 1


def test_dismissing_changes_nothing_and_cannot_be_applied_after(
    alice: User, acme: Application
) -> None:
    [proposal] = proposing.propose(alice, [mail(alice, "rejection")])
    proposals.dismiss(proposal)
    acme.refresh_from_db()
    assert acme.status == "applied"
    with pytest.raises(proposals.ProposalError):
        proposals.apply(proposal)


def test_it_never_proposes_for_other_mail_or_another_persons_message(
    alice: User, bob: User, acme: Application
) -> None:
    assert proposing.propose(alice, [mail(alice, "other", subject="Acme newsletter")]) == []
    assert proposing.propose(alice, [mail(bob, "rejection")]) == []


def test_a_stage_already_logged_by_hand_is_said_and_never_auto_applied(
    alice: User, acme: Application
) -> None:
    pipeline.move_application(acme, "rejected", on=timezone.localdate())
    proposing.set_auto_threshold(alice, 0.9)
    [proposal] = proposing.propose(alice, [mail(alice, "rejection", subject="Acme: update")])
    assert proposal.match_reason == "name in sender; already marked rejected"
    assert Proposal.objects.get(pk=proposal.pk).status == "open"
