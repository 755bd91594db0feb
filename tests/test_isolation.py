"""Every URL that takes an object is closed to other people: generated from the URL conf.

A new view with a URL parameter fails `test_it_knows_how_to_build_every_object_url` until a factory
is added below, so no view can skip the cross-user check.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TypeVar

import pytest
from django.db.models import Model
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from nextyes.accounts import buddy
from nextyes.accounts.models import BuddyShare, Invitation, User
from nextyes.api.models import AccessToken
from nextyes.inbox.models import MailAccount, MailMessage, MailTask, Proposal
from nextyes.journal.models import (
    Aspiration,
    CheckIn,
    Gratitude,
    JarNote,
    SupportFlag,
    ThoughtRecord,
    Win,
)
from nextyes.momentum.calendar import links as calendar_links
from nextyes.momentum.models import Break, EffortPoint, Goal, GoalEntry, NextAction, Reward
from nextyes.pipeline import services
from nextyes.pipeline.models import Application, Company, Contact, Interview, StageEvent, Touchpoint
from nextyes.recovery.models import Feedback, Lesson, Ritual

# Alice's records by name, and how to get the URL keyword arguments of one of them.
World = dict[str, Model]
Factory = Callable[[User, World], Mapping[str, object]]

ALICE_COMPANY = "Quillfeather Analytics"
M = TypeVar("M", bound=Model)


def of(world: World, key: str, model: type[M]) -> M:
    """One of alice's records, as its model."""
    found = world[key]
    assert isinstance(found, model)
    return found


ALICE_CONTACT = "Ottoline Marchbanks"


def walk(patterns: Iterable[object], namespace: str = "") -> Iterator[tuple[str, URLPattern]]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue  # staff-only, and no personal model is registered there
            if entry.namespace == "api":
                continue  # the REST API: tests/api/test_api_isolation.py, method by method
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from walk(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", entry


ALL_URLS = dict(walk(get_resolver().url_patterns))
OBJECT_URLS = sorted(name for name, p in ALL_URLS.items() if p.pattern.converters)
PLAIN_URLS = sorted(name for name, p in ALL_URLS.items() if not p.pattern.converters)


def alice_world(alice: User) -> World:
    app = services.create_application(
        alice, company=ALICE_COMPANY, role="Data Engineer", applied_on=dt.date(2026, 3, 2)
    )
    event = services.move_application(app, "screen", on=dt.date(2026, 3, 9))
    contact = Contact.objects.create(owner=alice, name=ALICE_CONTACT, company=app.company)
    contact.applications.add(app)
    touchpoint = Touchpoint.objects.create(
        owner=alice, contact=contact, occurred_on=dt.date(2026, 3, 3), kind="email"
    )
    interview = Interview.objects.create(
        owner=alice, application=app, scheduled_at=timezone.now(), round=1, kind="video"
    )
    ritual = Ritual.objects.create(owner=alice, opened_on=dt.date(2026, 3, 10))
    ritual.applications.add(app)
    goal = Goal.objects.create(owner=alice, kind="custom", label="Read", weekly_target=2)
    reward = Reward.objects.create(owner=alice, name="Fancy coffee", cost=30)
    message = MailMessage.objects.create(
        owner=alice,
        message_id="no@quillfeather.example",
        content_hash="0" * 64,
        subject="Your application",
        label="rejection",
        confidence=0.97,
    )
    return {
        "ritual": ritual,
        "lesson": Lesson.objects.create(
            owner=alice, text="Tailor the summary", learned_on=dt.date(2026, 3, 10), application=app
        ),
        "feedback": Feedback.objects.create(
            owner=alice, text="Strong SQL", received_on=dt.date(2026, 3, 11), application=app
        ),
        "win": Win.objects.create(owner=alice, text="Sent 5", occurred_on=dt.date(2026, 3, 3)),
        "jar_note": JarNote.objects.create(owner=alice, text="I explained my project well"),
        "goal": goal,
        "goal_entry": GoalEntry.objects.create(owner=alice, goal=goal, on=dt.date(2026, 3, 3)),
        "reward": reward,
        "break": Break.objects.create(
            owner=alice, starts_on=dt.date(2026, 3, 10), ends_on=dt.date(2026, 3, 12)
        ),
        "action": NextAction.objects.create(owner=alice, kind="custom", text="Call Sam"),
        "checkin": CheckIn.objects.create(
            owner=alice, day=dt.date(2026, 3, 10), mood=2, note="Heavy day after the no"
        ),
        "thought": ThoughtRecord.objects.create(
            owner=alice, thought="I will never get hired", application=app
        ),
        "gratitude": Gratitude.objects.create(
            owner=alice, text="My sister's call", day=dt.date(2026, 3, 10)
        ),
        "aspiration": Aspiration.objects.create(owner=alice, text="Work that helps patients"),
        "support_flag": SupportFlag.objects.create(owner=alice, kind="low-mood", source="trend"),
        "mail_message": message,
        "proposal": Proposal.objects.create(
            owner=alice,
            message=message,
            kind="stage",
            application=app,
            stage="rejected",
            on=dt.date(2026, 3, 12),
            confidence=0.97,
        ),
        "mail_account": MailAccount.objects.create(
            owner=alice,
            name="Work mail",
            host="127.0.0.1",
            username="alice",
            password_encrypted="not-a-real-token",
            folders=["INBOX"],
        ),
        "application": app,
        "event": event,
        "contact": contact,
        "touchpoint": touchpoint,
        "interview": interview,
        "company": app.company,
    }


def import_token(alice: User) -> str:
    client = Client()
    client.force_login(alice)
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(
        "apps.csv", b"Company,Role,Date Applied\nAcme,Engineer,2026-03-02\n", "text/csv"
    )
    response = client.post(reverse("pipeline:import"), {"file": upload})
    assert response.status_code == 302, response.content.decode()[:500]
    return response["Location"].rstrip("/").split("/")[-2]


# URL name → how to get alice's object for it (kwargs of the URL).
FACTORIES: dict[str, Factory] = {}


def _by(key: str, *names: str) -> None:
    for name in names:
        FACTORIES[name] = _pk_of(key)


def _pk_of(key: str) -> Factory:
    def factory(alice: User, world: World) -> Mapping[str, object]:
        return {"pk": world[key].pk}

    return factory


_by(
    "application",
    "pipeline:move",
    "pipeline:application",
    "pipeline:application_edit",
    "pipeline:application_delete",
    "pipeline:event_new",
    "pipeline:interview_new",
)
_by("event", "pipeline:event_edit", "pipeline:event_delete")
_by("interview", "pipeline:interview_edit", "pipeline:interview_delete")
_by(
    "contact",
    "pipeline:contact",
    "pipeline:contact_edit",
    "pipeline:contact_delete",
    "pipeline:touchpoint_new",
)
_by("touchpoint", "pipeline:touchpoint_edit", "pipeline:touchpoint_delete")
_by("company", "pipeline:company_edit")
_by(
    "ritual",
    "recovery:ritual",
    "recovery:ritual_set_aside",
    "recovery:ritual_reopen",
    "recovery:ritual_later",
    "recovery:ritual_delete",
)
FACTORIES["recovery:ritual_step"] = lambda alice, world: {"pk": world["ritual"].pk, "step": "feel"}
_by("lesson", "recovery:lesson_edit", "recovery:lesson_delete")
_by("feedback", "recovery:feedback_edit", "recovery:feedback_delete", "recovery:feedback_win")
_by("win", "journal:win_edit", "journal:win_delete")
_by("jar_note", "journal:jar_edit", "journal:jar_delete")
_by("goal", "momentum:goal_edit", "momentum:goal_delete", "momentum:goal_log")
_by("goal_entry", "momentum:entry_delete")
_by("reward", "momentum:reward_edit", "momentum:reward_delete", "momentum:reward_redeem")
_by("break", "momentum:break_end", "momentum:break_delete")
_by("action", "momentum:action_done", "momentum:action_delete")
# Mind and body (issue 5): the journal is private to its owner above all.
_by("checkin", "journal:checkin_edit", "journal:checkin_delete")
_by(
    "thought",
    "journal:thought",
    "journal:thought_edit",
    "journal:thought_delete",
    "journal:thought_suggest",
    "journal:thought_trap",
    "journal:thought_evidence",
)
FACTORIES["journal:thought_step"] = lambda alice, world: {
    "pk": world["thought"].pk,
    "step": "thought",
}
_by("gratitude", "journal:gratitude_edit", "journal:gratitude_delete")
_by("aspiration", "journal:aspiration_edit", "journal:aspiration_delete", "journal:aspiration_move")
_by("support_flag", "journal:support_answer")
_by("mail_message", "inbox:message")
_by(
    "proposal",
    "inbox:proposal_apply",
    "inbox:proposal_edit",
    "inbox:proposal_dismiss",
    "inbox:proposal_undo",
)
_by("mail_account", "inbox:account_edit", "inbox:account_delete", "inbox:account_sync")
FACTORIES["inbox:task"] = lambda alice, world: {
    "pk": MailTask.objects.create(owner=alice, kind="sync", source="Personal mail").pk
}
# Alice is the first account, so she runs the install: only she may withdraw its invitations.
FACTORIES["accounts:invitation_revoke"] = lambda alice, world: {
    "pk": Invitation.objects.create(expires_at=timezone.now() + dt.timedelta(days=7)).pk
}


# Buddy sharing: alice's shares are hers to stop or resume, and an account share opens for its
# buddy only (carol here, never bob). A live link opens for whoever holds it, by design; one
# alice stopped opens for nobody.
def _stopped_link(alice: User) -> buddy.NewLink:
    made = buddy.create_link(alice, "Jo")
    buddy.revoke(made.share)
    return made


def _share_for_carol(alice: User) -> BuddyShare:
    from tests.conftest import make_user

    make_user("carol")
    return buddy.invite_account(alice, "carol")


FACTORIES["tokens:revoke"] = lambda alice, world: {
    "pk": AccessToken.objects.create(owner=alice, name="laptop", token_hash="0" * 64).pk
}
FACTORIES["accounts:buddy_revoke"] = lambda alice, world: {
    "pk": buddy.create_link(alice, "Sam").share.pk
}
FACTORIES["accounts:buddy_resume"] = lambda alice, world: {"pk": _stopped_link(alice).share.pk}
FACTORIES["insights:buddy_account"] = lambda alice, world: {"pk": _share_for_carol(alice).pk}
FACTORIES["insights:buddy_link"] = lambda alice, world: {"token": _stopped_link(alice).token}


# The calendar feed opens for whoever holds its secret, by design; one alice replaced opens for
# nobody.
def _replaced_feed_token(alice: User) -> str:
    old = calendar_links.feed_for(alice).token
    calendar_links.rotate(alice)
    return old


FACTORIES["momentum:calendar_feed"] = lambda alice, world: {"token": _replaced_feed_token(alice)}
for _name in ("pipeline:import_map", "pipeline:import_preview"):
    FACTORIES[_name] = lambda alice, world: {"token": import_token(alice)}


def _reminder(alice: User) -> dict[str, int]:
    from nextyes.reminders.models import Reminder

    moment = timezone.now()
    reminder = Reminder.objects.create(
        owner=alice,
        kind="follow-up",
        subject="touchpoint:1",
        due_at=moment,
        relevant_until=moment + dt.timedelta(days=1),
        title=f"Get back in touch with {ALICE_CONTACT}",
    )
    return {"pk": reminder.pk}


FACTORIES["reminders:dismiss"] = lambda alice, world: _reminder(alice)


# An unsubscribe link works for whoever holds it, by design (it comes in alice's mail and needs
# no sign-in); one this NextYes did not sign opens for nobody.
def _forged_unsubscribe(alice: User) -> dict[str, str]:
    from nextyes.reminders.mail import unsubscribe_token

    return {"token": unsubscribe_token(alice, "follow-up")[:-4] + "AAAA"}


FACTORIES["reminders:unsubscribe"] = lambda alice, world: _forged_unsubscribe(alice)


def test_it_knows_how_to_build_every_object_url() -> None:
    assert OBJECT_URLS, "the URL conf has object URLs"
    missing = [name for name in OBJECT_URLS if name not in FACTORIES]
    assert not missing, f"add a cross-user factory for {missing}"


def snapshot(alice: User) -> tuple[object, ...]:
    return (
        list(Application.objects.filter(owner=alice).values_list("role", "status", "notes")),
        StageEvent.objects.filter(owner=alice).count(),
        list(Contact.objects.filter(owner=alice).values_list("name", "notes")),
        Touchpoint.objects.filter(owner=alice).count(),
        Interview.objects.filter(owner=alice).count(),
        list(Company.objects.filter(owner=alice).values_list("name", "mail_domains")),
        list(Ritual.objects.filter(owner=alice).values_list("status", "step", "feeling_note")),
        list(Lesson.objects.filter(owner=alice).values_list("text")),
        list(Feedback.objects.filter(owner=alice).values_list("text", "positive")),
        list(Win.objects.filter(owner=alice).values_list("text")),
        list(JarNote.objects.filter(owner=alice).values_list("text")),
        list(Goal.objects.filter(owner=alice).values_list("label", "weekly_target", "active")),
        GoalEntry.objects.filter(owner=alice).count(),
        list(Reward.objects.filter(owner=alice).values_list("name", "cost")),
        EffortPoint.objects.filter(owner=alice).count(),
        list(Break.objects.filter(owner=alice).values_list("starts_on", "ends_on")),
        list(NextAction.objects.filter(owner=alice).values_list("text", "done_on")),
        list(CheckIn.objects.filter(owner=alice).values_list("day", "mood", "note")),
        list(ThoughtRecord.objects.filter(owner=alice).values_list("thought", "traps", "step")),
        list(Gratitude.objects.filter(owner=alice).values_list("text")),
        list(Aspiration.objects.filter(owner=alice).values_list("text", "position")),
        list(SupportFlag.objects.filter(owner=alice).values_list("answered_at")),
        list(MailMessage.objects.filter(owner=alice).values_list("status", "application")),
        list(Proposal.objects.filter(owner=alice).values_list("status", "stage", "on")),
        list(MailAccount.objects.filter(owner=alice).values_list("name", "host", "folders")),
        list(BuddyShare.objects.filter(owner=alice).values_list("label", "revoked_at", "buddy")),
        list(BuddyShare.objects.filter(owner=alice).values_list("last_viewed_at")),
    )


@pytest.mark.parametrize("name", OBJECT_URLS)
def test_it_gives_another_person_404(name: str, alice: User, bob_client: Client) -> None:
    world = alice_world(alice)
    url = reverse(name, kwargs=dict(FACTORIES[name](alice, world)))
    before = snapshot(alice)
    payload = {
        "stage": "rejected",
        "role": "Hacked",
        "name": "Hacked",
        "notes": "hacked",
        "company": "Hacked",
        "occurred_on": "2026-03-10",
        "kind": "email",
        "confirm": "yes",
        "text": "hacked",
        "label": "hacked",
        "cost": "1",
        "weekly_target": "9",
        "amount": "3",
        "ends_on": "2026-03-11",
        "mood": "1",
        "day": "2026-03-10",
        "thought": "hacked",
        "situation": "hacked",
        "confirmed": "no",
    }
    got = {
        "GET": bob_client.get(url).status_code,
        "POST": bob_client.post(url, payload).status_code,
    }
    assert set(got.values()) <= {404, 405}, f"{name} {url}: {got}"
    assert 404 in got.values(), f"{name} {url}: {got}"
    assert snapshot(alice) == before


@pytest.mark.parametrize("name", PLAIN_URLS)
def test_it_never_shows_another_persons_data_on_list_pages(
    name: str, alice: User, bob_client: Client
) -> None:
    alice_world(alice)
    response = bob_client.get(reverse(name), follow=True)
    body = response.content.decode(errors="replace")
    assert ALICE_COMPANY not in body
    assert ALICE_CONTACT not in body
    for private in ("Heavy day after the no", "I will never get hired", "My sister's call"):
        assert private not in body, private


def _import_run(alice: User) -> dict[str, str]:
    from nextyes.pipeline.models import ImportRun

    return {"token": ImportRun.objects.create(owner=alice, filename="apps.csv", total=3).token}


FACTORIES["pipeline:import_run"] = lambda alice, world: _import_run(alice)
FACTORIES["pipeline:import_stop"] = lambda alice, world: _import_run(alice)
