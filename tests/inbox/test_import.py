"""Importing mail: only job-search mail kept, nothing twice, dry runs write nothing, purge forgets."""

from __future__ import annotations

import resource
from pathlib import Path

import pytest

from nextyes.accounts.models import User
from nextyes.inbox import services
from nextyes.inbox.models import ImportStatus, MailImport, MailMessage, SeenMessage
from nextyes.inbox.reading import SourceProblem
from tests.inbox.mail_helpers import NEWSLETTER, REJECTION, mbox, message

CORPUS = Path(__file__).parent / "corpus"


def mixed(tmp_path: Path, name: str = "mail.mbox") -> Path:
    return mbox(
        tmp_path / name,
        [
            message("Rejection: Data Analyst at Acme", "We went another way."),
            message("Interview: Globex", "Can you talk on Tuesday?"),
            message("Garden club news", "Lemon cake inside."),
            message("Offer: Initech", "We are happy to offer you the job."),
            message("Sale on socks", "Forty per cent off."),
        ],
    )


def test_it_keeps_job_search_mail_and_only_remembers_the_rest(
    alice: User, tmp_path: Path, by_subject: None
) -> None:
    result = services.import_mail(alice, mixed(tmp_path))
    assert (result.read, result.kept, result.not_kept, result.duplicates) == (5, 3, 2, 0)
    assert dict(result.labels) == {"rejection": 1, "interview": 1, "offer": 1}
    stored = MailMessage.objects.filter(owner=alice).order_by("subject")
    assert [(m.subject, m.label, m.confidence, m.status) for m in stored] == [
        ("Interview: Globex", "interview", 0.9, "new"),
        ("Offer: Initech", "offer", 0.9, "new"),
        ("Rejection: Data Analyst at Acme", "rejection", 0.9, "new"),
    ]
    assert stored[2].text == "We went another way."
    assert stored[2].sender_address == "talent@acme.example"
    # The newsletter and the sale are not stored: no subject, no text, only their ids.
    assert SeenMessage.objects.filter(owner=alice).count() == 2
    assert not MailMessage.objects.filter(subject__contains="socks").exists()
    run = MailImport.objects.get(owner=alice)
    assert (run.status, run.read, run.kept, run.not_kept, run.position) == ("finished", 5, 3, 2, 5)
    assert run.report["labels"] == {"rejection": 1, "interview": 1, "offer": 1}


def test_it_adds_nothing_the_second_time(alice: User, tmp_path: Path, by_subject: None) -> None:
    path = mixed(tmp_path)
    services.import_mail(alice, path)
    again = services.import_mail(alice, path)
    assert (again.read, again.kept, again.not_kept, again.duplicates) == (5, 0, 0, 5)
    assert MailMessage.objects.filter(owner=alice).count() == 3
    assert SeenMessage.objects.filter(owner=alice).count() == 2


def test_it_dedupes_across_formats_and_within_a_file(
    alice: User, tmp_path: Path, by_subject: None
) -> None:
    one = message("Rejection: Acme", "No, thanks.")
    no_id = message("Received: Hooli", "Got it.", message_id=None)
    mbox(tmp_path / "twice.mbox", [one, one, no_id, no_id])
    first = services.import_mail(alice, tmp_path / "twice.mbox")
    assert (first.kept, first.duplicates) == (2, 2)
    folder = tmp_path / "eml"
    folder.mkdir()
    (folder / "a.eml").write_bytes(one)
    (folder / "b.eml").write_bytes(no_id.replace(b"\n", b"\r\n"))
    second = services.import_mail(alice, folder)
    assert (second.read, second.kept, second.duplicates) == (2, 0, 2)
    assert MailMessage.objects.filter(owner=alice).count() == 2


def test_it_keeps_other_mail_when_asked_once_and_only_once(
    alice: User, tmp_path: Path, by_subject: None
) -> None:
    path = mixed(tmp_path)
    services.import_mail(alice, path)
    result = services.import_mail(alice, path, keep_other=True)
    # The two `other` messages seen before are kept now; their bare ids are no longer needed.
    assert (result.kept, result.duplicates) == (2, 3)
    assert SeenMessage.objects.filter(owner=alice).count() == 0
    kept = MailMessage.objects.filter(owner=alice, label="other")
    assert sorted(kept.values_list("subject", "kept")) == [
        ("Garden club news", True),
        ("Sale on socks", True),
    ]
    assert services.import_mail(alice, path, keep_other=True).kept == 0


def test_it_writes_nothing_on_a_dry_run(alice: User, tmp_path: Path, by_subject: None) -> None:
    path = mbox(tmp_path / "dry.mbox", [message("Rejection: A", "x"), message("Rejection: A", "x")])
    result = services.import_mail(alice, path, dry_run=True)
    assert (result.read, result.kept, result.duplicates, result.import_id) == (2, 1, 1, None)
    assert not MailMessage.objects.exists()
    assert not SeenMessage.objects.exists()
    assert not MailImport.objects.exists()


def test_it_reports_every_skipped_message_and_carries_on(
    alice: User, tmp_path: Path, by_subject: None
) -> None:
    result = services.import_mail(alice, CORPUS)
    assert result.read == 23
    # The two mboxes share two messages (same Message-ID): kept once.
    assert (result.skipped, result.duplicates) == (2, 2)
    assert result.skips == [
        {"where": "empty.eml", "reason": "empty message"},
        {
            "where": "not_an_email.eml",
            "reason": "no email headers: this does not look like an email",
        },
    ]
    run = MailImport.objects.get(owner=alice)
    assert run.report["skipped"] == result.skips
    assert run.skipped == 2
    assert result.kept + result.not_kept + result.duplicates + result.skipped == result.read


def test_it_keeps_the_nasty_corpus_readable_in_the_database(alice: User, by_subject: None) -> None:
    services.import_mail(alice, CORPUS, keep_other=True)
    jp = MailMessage.objects.get(owner=alice, message_id="sjis-0002@sakura-soft.example")
    assert jp.subject == "面接のご案内"
    nul = MailMessage.objects.get(owner=alice, message_id="fwd-0014@example.org")
    assert nul.text == "Look at this one, what do you think?"
    undated = MailMessage.objects.get(owner=alice, message_id="nodate-0010@hooli.example")
    assert undated.sent_at is None


def test_it_saves_in_batches_and_says_where_a_stopped_run_got_to(
    alice: User, tmp_path: Path, by_subject: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = mbox(
        tmp_path / "long.mbox", [message(f"Rejection: Company {n}", "No.") for n in range(10)]
    )

    def stop_after_seven(done: int, total: int, read: int) -> None:
        if read == 7:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        services.import_mail(alice, path, batch_size=3, progress=stop_after_seven)
    run = MailImport.objects.get(owner=alice)
    # Batches of 3: messages 1–6 are saved whole; the seventh was read but never saved.
    assert (run.status, run.position, run.kept) == (ImportStatus.STOPPED, 6, 6)
    assert run.report["error"] == "interrupted"
    assert run.report["saved_up_to"] == "long.mbox, message 6 (byte 1330)"
    assert MailMessage.objects.filter(owner=alice).count() == 6
    again = services.import_mail(alice, path, batch_size=3)
    assert (again.kept, again.duplicates) == (4, 6)
    assert MailMessage.objects.filter(owner=alice).count() == 10


def test_it_calls_progress_with_bytes_read(alice: User, tmp_path: Path, by_subject: None) -> None:
    path = mixed(tmp_path)
    seen: list[tuple[int, int, int]] = []
    services.import_mail(alice, path, progress=lambda *a: seen.append(a))
    assert [read for _, _, read in seen] == [1, 2, 3, 4, 5]
    assert seen[-1][:2] == (path.stat().st_size, path.stat().st_size)
    assert [done for done, _, _ in seen] == sorted(done for done, _, _ in seen)


def test_it_refuses_a_path_that_is_not_there(alice: User, tmp_path: Path) -> None:
    with pytest.raises(SourceProblem, match="no such file or folder"):
        services.import_mail(alice, tmp_path / "nope.mbox")
    assert not MailImport.objects.exists()


def test_it_keeps_each_persons_mail_apart(
    alice: User, bob: User, tmp_path: Path, by_subject: None
) -> None:
    path = mixed(tmp_path)
    services.import_mail(alice, path)
    result = services.import_mail(bob, path)
    assert (result.kept, result.duplicates) == (3, 0)
    assert MailMessage.objects.filter(owner=bob).count() == 3


def test_it_purges_everything_of_one_person_only(
    alice: User, bob: User, tmp_path: Path, by_subject: None
) -> None:
    path = mixed(tmp_path)
    services.import_mail(alice, path)
    services.import_mail(bob, path)
    assert services.purge(alice) == {"messages": 3, "seen": 2, "imports": 1}
    assert not MailMessage.objects.filter(owner=alice).exists()
    assert not SeenMessage.objects.filter(owner=alice).exists()
    assert not MailImport.objects.filter(owner=alice).exists()
    assert MailMessage.objects.filter(owner=bob).count() == 3
    # After a purge the same mail can come in again, as if for the first time.
    assert services.import_mail(alice, path).kept == 3


def test_it_uses_the_real_classifier_for_clear_cases(alice: User, tmp_path: Path) -> None:
    path = mbox(tmp_path / "real.mbox", [message(*REJECTION), message(*NEWSLETTER)])
    result = services.import_mail(alice, path)
    assert dict(result.labels) == {"rejection": 1}
    assert result.not_kept == 1
    assert MailMessage.objects.get(owner=alice).subject == REJECTION[0]


def test_it_streams_a_large_mbox_with_flat_memory(
    alice: User, tmp_path: Path, by_subject: None
) -> None:
    # ~40 MB of mail in 4,000 messages: memory must not grow with the file.
    padding = "Lorem ipsum dolor sit amet. " * 350
    path = tmp_path / "big.mbox"
    with path.open("wb") as out:
        for n in range(4000):
            subject = f"Rejection: Company {n}" if n % 10 == 0 else f"Digest {n}"
            out.write(b"From x@y Mon Mar  2 10:00:00 2026\n")
            out.write(message(subject, padding) + b"\n")
    assert path.stat().st_size > 35_000_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = services.import_mail(alice, path)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert (result.read, result.kept, result.not_kept) == (4000, 400, 3600)
    assert grown_mb < 30, f"peak memory grew by {grown_mb:.0f} MB"
