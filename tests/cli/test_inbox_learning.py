"""`nextyes inbox corrections|addresses`, run in-process."""

from __future__ import annotations

import json

import pytest

from nextyes.accounts.models import User
from nextyes.cli import main
from nextyes.inbox import learning, own_mail
from nextyes.inbox.models import Correction, MailMessage


def _corrected(user: User, subject: str, *, dismissed: bool = False) -> Correction:
    message = MailMessage.objects.create(
        owner=user,
        message_id=subject,
        content_hash="0" * 64,
        sender_address="recruitment@marlow.example",
        subject=subject,
        label="rejection",
        confidence=0.95,
    )
    correction = learning.remember(
        message, "other" if dismissed else "received", dismissed=dismissed
    )
    assert correction is not None
    return correction


def test_it_lists_what_the_person_taught(
    alice: User, bob: User, capsys: pytest.CaptureFixture[str]
) -> None:
    _corrected(alice, "Application reference 48213/2")
    _corrected(alice, "Weekly jobs", dismissed=True)
    _corrected(bob, "Bob's own")

    assert main(["inbox", "corrections", "--user", "alice"]) == 0

    out = capsys.readouterr().out
    assert (
        "Application reference 48213/2  (recruitment@marlow.example): read as rejection, you said application received"
        in out
    )
    assert "Weekly jobs  (recruitment@marlow.example): read as rejection, you dismissed it" in out
    assert "Bob's own" not in out
    assert "2 correction(s)." in out


def test_it_lists_them_as_json(alice: User, capsys: pytest.CaptureFixture[str]) -> None:
    _corrected(alice, "Application reference 48213/2")

    assert main(["inbox", "corrections", "--json", "--user", "alice"]) == 0

    [row] = json.loads(capsys.readouterr().out)
    assert (row["original_label"], row["corrected_label"], row["dismissed"]) == (
        "rejection",
        "received",
        False,
    )
    assert row["message"]["subject"] == "Application reference 48213/2"


def test_reset_forgets_only_the_persons_own(
    alice: User, bob: User, capsys: pytest.CaptureFixture[str]
) -> None:
    _corrected(alice, "One")
    _corrected(alice, "Two")
    _corrected(bob, "Bob's own")

    assert main(["inbox", "corrections", "--reset", "--user", "alice"]) == 0

    assert "Forgot 2 correction(s)" in capsys.readouterr().out
    assert not Correction.objects.filter(owner=alice).exists()
    assert Correction.objects.filter(owner=bob).count() == 1
    assert main(["inbox", "corrections", "--user", "alice"]) == 0
    assert "Nothing taught yet." in capsys.readouterr().out


def test_it_adds_and_removes_the_persons_addresses(
    alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["inbox", "addresses", "--user", "alice"]) == 0
    assert "No addresses yet." in capsys.readouterr().out

    args = ["inbox", "addresses", "--add", "Alice@Example.org", "--add", "a@work.example"]
    assert main([*args, "--user", "alice"]) == 0
    assert main(["inbox", "addresses", "--remove", "a@work.example", "--user", "alice"]) == 0

    assert own_mail.my_addresses(alice) == ["alice@example.org"]
    assert main(["inbox", "addresses", "--add", "not an address", "--user", "alice"]) == 1
    assert "do not look like email addresses" in capsys.readouterr().err
