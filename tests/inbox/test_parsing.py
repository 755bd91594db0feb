"""The mail parser on a corpus of nasty messages and on generated ones: never a crash, always an answer."""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nextyes.inbox.parsing import ParsedMail, Unreadable, parse_message
from nextyes.inbox.reading import Source, iter_messages, open_source

CORPUS = Path(__file__).parent / "corpus"


def parsed(name: str) -> ParsedMail:
    result = parse_message((CORPUS / name).read_bytes())
    assert isinstance(result, ParsedMail), result
    return result


def test_it_reads_latin1_quoted_printable_and_encoded_subjects() -> None:
    mail = parsed("latin1.eml")
    assert mail.subject == "Votre candidature à Rhône Données"
    assert mail.sender_name == "Équipe Rhône Données"
    assert mail.sender_address == "recrutement@rhone-donnees.example"
    assert "nous avons décidé de poursuivre" in mail.text
    assert mail.sent_at == dt.datetime(2026, 3, 2, 8, 15, tzinfo=dt.UTC)


def test_it_reads_shift_jis_bodies_and_iso_2022_jp_subjects() -> None:
    mail = parsed("shift_jis.eml")
    assert mail.subject == "面接のご案内"
    assert mail.sender_name == "採用担当"
    assert "一次面接のご案内をお送りします" in mail.text


def test_it_guesses_an_unknown_charset() -> None:
    mail = parsed("unknown_charset.eml")
    assert "Leider müssen wir Ihnen mitteilen" in mail.text
    assert any("unknown charset" in note for note in mail.notes)


def test_it_guesses_a_missing_charset_and_raw_8bit_headers() -> None:
    mail = parsed("no_charset_cp1252.eml")
    assert "entretien jeudi à 10h" in mail.text
    assert "l’équipe du café" in mail.text
    assert mail.subject == "Entretien – café Lumière"
    assert mail.sender_name == "Café Lumière"
    raw8 = parsed("raw_8bit_headers.eml")
    assert raw8.subject == "Invitación a entrevista — Analista de datos"
    assert raw8.sender_name == "José Núñez"


def test_it_takes_the_text_of_nested_multiparts_and_leaves_attachments_out() -> None:
    mail = parsed("nested_multipart.eml")
    assert mail.text.startswith("Dear Alice, we are delighted to offer you the role")
    assert "PDF" not in mail.text and "<b>" not in mail.text
    assert "2 attachments left out" in mail.notes
    assert mail.sent_at == dt.datetime(2026, 3, 6, 21, 45, tzinfo=dt.UTC)


def test_it_turns_html_only_mail_into_plain_text() -> None:
    mail = parsed("html_only.eml")
    assert "Thanks for applying to Initech & friends. Your application is under review." in (
        mail.text
    )
    assert "We’ll be in touch within two weeks." in mail.text
    assert "tracking" not in mail.text and "color" not in mail.text and "<" not in mail.text
    assert "HTML only: turned into plain text" in mail.notes


def test_it_keeps_what_it_can_of_broken_headers() -> None:
    mail = parsed("broken_headers.eml")
    assert mail.subject.startswith("Interview invitation — broken word")
    assert "quote@broken.example" in mail.sender
    assert mail.sent_at is None and "no date could be read" in mail.notes
    assert "invite you to an interview next week" in mail.text


def test_it_dedupes_mail_without_a_message_id_by_its_content() -> None:
    mail = parsed("no_message_id.eml")
    assert mail.message_id == ""
    assert mail.key == f"hash:{mail.content_hash}"
    again = parse_message((CORPUS / "no_message_id.eml").read_bytes().replace(b"\n", b"\r\n"))
    assert isinstance(again, ParsedMail) and again.key == mail.key


def test_it_keeps_a_message_without_a_date() -> None:
    mail = parsed("no_date.eml")
    assert mail.sent_at is None
    assert mail.key == "nodate-0010@hooli.example"
    assert "phone screen" in mail.text


def test_it_finds_parts_whose_boundary_is_wrong_or_unclosed() -> None:
    wrong = parsed("malformed_mime.eml")
    assert "We will not be moving forward" in wrong.text
    unclosed = parsed("unclosed_multipart.eml")
    assert unclosed.text == (
        "Please pick an interview slot that suits you, Alice. The first one was taken already."
    )
    assert "1 attachment left out" in unclosed.notes


def test_it_keeps_a_message_that_is_only_an_attachment_by_its_subject() -> None:
    mail = parsed("attachment_only.eml")
    assert mail.subject == "Documents for your application"
    assert mail.text == ""


def test_it_never_reads_a_forwarded_attachment_and_drops_nul_bytes() -> None:
    mail = parsed("forwarded_with_nul.eml")
    assert mail.text == "Look at this one, what do you think?"
    assert "Inner" not in mail.text


def test_it_reads_crlf_mail() -> None:
    mail = parsed("crlf.eml")
    assert mail.text == "See you on Monday at 9:30.\nBest, Soylent"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.eml", "empty message"),
        ("not_an_email.eml", "no email headers: this does not look like an email"),
    ],
)
def test_it_gives_a_reason_for_what_is_not_mail(name: str, reason: str) -> None:
    assert parse_message((CORPUS / name).read_bytes()) == Unreadable(reason)


def test_it_skips_a_huge_attachment_without_storing_it() -> None:
    attachment = base64.encodebytes(b"\x00\x01binary" * 500_000).decode()  # ~4 MB of base64
    raw = (
        "From: Big <big@corp.example>\nSubject: Portfolio\nMessage-ID: <big@corp.example>\n"
        'Content-Type: multipart/mixed; boundary="x"\n\n--x\nContent-Type: text/plain\n\n'
        "Your portfolio reached us, thank you.\n--x\n"
        'Content-Type: application/zip; name="all.zip"\nContent-Transfer-Encoding: base64\n\n'
        f"{attachment}\n--x--\n"
    ).encode()
    mail = parse_message(raw)
    assert isinstance(mail, ParsedMail)
    assert mail.text == "Your portfolio reached us, thank you."
    assert "1 attachment left out" in mail.notes


def test_it_reads_only_the_beginning_of_a_message_over_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.eml"
    big.write_bytes(
        b"From: Big <big@corp.example>\nSubject: Huge\nMessage-ID: <huge@corp.example>\n\n"
        + b"We would like to invite you.\n"
        + b"x" * 300_000
    )
    (raw,) = iter_messages(open_source(big), max_bytes=1000)
    assert raw.cut and len(raw.data) == 1000
    mail = parse_message(raw.data, cut=raw.cut)
    assert isinstance(mail, ParsedMail)
    assert mail.text.startswith("We would like to invite you.")
    assert "the message was too big: only its beginning was read" in mail.notes
    assert raw.done == big.stat().st_size


def test_it_survives_a_charset_name_with_a_nul_in_it() -> None:
    raw = (
        b"From: A <a@b.example>\nSubject: Odd\nMessage-ID: <odd@b.example>\n"
        b'Content-Type: text/plain; charset="utf\x008"\n\nStill readable text.\n'
    )
    mail = parse_message(raw)
    assert isinstance(mail, ParsedMail)
    assert mail.text == "Still readable text."


def test_it_reads_a_message_saved_after_a_bom_and_blank_lines() -> None:
    raw = b"\xef\xbb\xbf\r\n\n" + (CORPUS / "crlf.eml").read_bytes()
    mail = parse_message(raw)
    assert isinstance(mail, ParsedMail)
    assert mail.subject == "Your interview on Monday"


# ── mbox splitting ──


def test_it_splits_an_mbox_and_unescapes_from_lines() -> None:
    raws = list(iter_messages(open_source(CORPUS / "escaped.mbox")))
    assert [r.where for r in raws] == [
        "escaped.mbox, message 1 (byte 0)",
        "escaped.mbox, message 2 (byte 254)",
        "escaped.mbox, message 3 (byte 496)",
    ]
    texts = [
        m.text for m in map(parse_message, (r.data for r in raws)) if isinstance(m, ParsedMail)
    ]
    assert texts == [
        "Hello.\nFrom the start we liked you.\n>From here, quoted twice.",
        "Line one\nFrom inside a paragraph, not a separator.",
        "Last one.",
    ]
    assert raws[-1].done == (CORPUS / "escaped.mbox").stat().st_size


def test_it_reads_a_truncated_mbox_up_to_where_it_stops() -> None:
    results = [parse_message(r.data) for r in iter_messages(open_source(CORPUS / "truncated.mbox"))]
    assert [m.subject for m in results if isinstance(m, ParsedMail)] == [
        "Complete",
        "Also complete",
        "The end is mis",
    ]


def test_it_splits_on_a_postmark_even_without_a_blank_line_before_it(tmp_path: Path) -> None:
    path = tmp_path / "tight.mbox"
    path.write_bytes(
        b"From a@x Mon Mar 16 10:01:00 2026\nSubject: One\n\nbody one\n"
        b"From b@x Mon Mar 16 10:02:00 2026\nSubject: Two\n\nbody two\n"
    )
    subjects = [parse_message(r.data) for r in iter_messages(open_source(path))]
    assert [m.subject for m in subjects if isinstance(m, ParsedMail)] == ["One", "Two"]


def test_it_walks_a_folder_in_order_and_skips_hidden_and_index_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.eml").write_bytes((CORPUS / "crlf.eml").read_bytes())
    (tmp_path / "1.eml").write_bytes((CORPUS / "no_date.eml").read_bytes())
    (tmp_path / ".DS_Store").write_bytes(b"junk")
    (tmp_path / "Inbox.msf").write_bytes(b"index")
    source: Source = open_source(tmp_path)
    assert [r.where for r in iter_messages(source)] == ["1.eml", "b/2.eml"]


def test_it_reads_the_whole_corpus_with_an_answer_for_every_message() -> None:
    source = open_source(CORPUS)
    answers = [parse_message(r.data, cut=r.cut) for r in iter_messages(source)]
    assert len(answers) == len(list(CORPUS.glob("*.eml"))) + 3 + 3
    assert sum(isinstance(a, Unreadable) for a in answers) == 2


# ── Generated messages: nothing crashes, every message yields a result or a reason ──

_header_names = st.sampled_from(
    ["From", "To", "Subject", "Date", "Message-ID", "Content-Type", "Content-Transfer-Encoding"]
)
_header_values = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "=?utf-8?q?caf=C3=A9?=",
            "=?x-unknown?b?!!!?=",
            '"Name" <a@b.c>',
            "<<<@>>>",
            "multipart/mixed; boundary=",
            'multipart/alternative; boundary="z"',
            "text/plain; charset=x-nope",
            "text/html; charset=shift_jis",
            "base64",
            "quoted-printable",
            "Mon, 32 Foo 99999 99:99:99 +9999",
        ]
    ),
)
_bodies = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.just(b"--z\nContent-Type: text/plain\n\nhi\n--z\n--z--\n"),
    st.just(b"--z\n--z\n" * 30),
)


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    headers = draw(st.lists(st.tuples(_header_names, _header_values), max_size=8))
    head = "".join(f"{name}: {value}\n" for name, value in headers)
    return head.encode("utf-8", "surrogatepass") + b"\n" + draw(_bodies)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages())
def test_it_answers_every_generated_message(raw: bytes) -> None:
    result = parse_message(raw)
    assert isinstance(result, (ParsedMail, Unreadable))
    if isinstance(result, ParsedMail):
        assert "\x00" not in result.text + result.subject + result.sender
        (result.text + result.subject + result.sender + result.key).encode("utf-8")
        assert len(result.key) <= 255
    else:
        assert result.reason


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_it_answers_any_bytes_at_all(raw: bytes) -> None:
    result = parse_message(raw)
    assert isinstance(result, (ParsedMail, Unreadable))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.binary(max_size=300), max_size=6))
def test_it_splits_any_mbox_without_losing_bytes_it_reports(parts: list[bytes]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.mbox"
        path.write_bytes(
            b"".join(b"From x@y Mon Mar 16 10:01:00 2026\n" + p + b"\n" for p in parts)
        )
        raws = list(iter_messages(open_source(path)))
        assert len(raws) >= min(1, len(parts))
        assert all(isinstance(parse_message(r.data), (ParsedMail, Unreadable)) for r in raws)
        if raws:
            assert raws[-1].done == path.stat().st_size
