"""The email classifier: hard cases written here (not in the training data), confidences,
batching, and the shipped model being the one the training script makes from the data file."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from training.inbox import train as inbox_train

from nextyes.inbox import classifier
from nextyes.inbox.classifier import LABELS, MODEL_VERSION, Verdict, classify, classify_many
from nextyes.inbox.classifier.model import MODEL_PATH, LinearModel

# Emails written for these tests only, in voices the data file does not have.
HARD_CASES = [
    (  # a rejection full of praise
        "rejection",
        "You made this hard for us",
        "Hi Alice, honestly, you were one of the best people we spoke to this year and the "
        "panel loved your portfolio. We have decided to go with another candidate whose "
        "experience is closer to the team's needs. Please stay in touch.",
        "Mo Reyes <mo@brightpath.example>",
    ),
    (  # keeps the résumé on file
        "rejection",
        "Data Engineer role",
        "Thank you for applying. We will not be moving forward with your application, but we "
        "would like to keep your CV on file for future openings.",
        "Talent <talent@quarry.example>",
    ),
    (  # the role is gone
        "rejection",
        "Update: Analyst opening",
        "Dear Sam, the Analyst position has been filled, so we cannot consider your application "
        "further. Kind regards, HR",
        "HR <hr@lakeside.example>",
    ),
    (
        "rejection",
        "Votre candidature",
        "Bonjour, malheureusement votre profil n'a pas été retenu pour ce poste. Bonne continuation.",
        "RH <rh@exemple.example>",
    ),
    (
        "rejection",
        "Ihre Bewerbung",
        "Guten Tag, leider haben wir uns für eine andere Kandidatin entschieden. Alles Gute!",
        "Personal <personal@firma.example>",
    ),
    (
        "rejection",
        "Tu candidatura",
        "Hola, lamentablemente no seguiremos adelante con tu candidatura. Mucha suerte.",
        "Empleo <empleo@empresa.example>",
    ),
    (  # an invitation mentioning that the earlier slot was taken
        "interview",
        "Re: our call",
        "Hi Priya, sorry, the 11:00 slot got taken by another candidate before your booking went "
        "through. Could you do Thursday at 15:00 for the interview instead? I'll send the video link.",
        "Jo Tan <jo@harbourline.example>",
    ),
    (
        "interview",
        "Next step: technical assessment",
        "Thanks for your application! Please complete the online coding assessment within five "
        "days using this link: https://assess.example/abc",
        "Hiring <hiring@gridworks.example>",
    ),
    (
        "offer",
        "Offer letter",
        "Dear Tom, we are delighted to offer you the role of QA Lead with a salary of €60,000 and "
        "a start date of 1 April. Please sign the attached contract.",
        "People <people@orchard.example>",
    ),
    (
        "received",
        "We received your application",
        "Thank you for applying to Orchard. We have received your application and our team "
        "will review it. We'll be in touch if your profile matches.",
        "Orchard Careers <no-reply@ats.example>",
    ),
    (  # a job alert whose subject says "offer"
        "other",
        "New job offers for Data Analyst",
        "Here are new jobs matching your alert: Data Analyst at Birch, Analyst at Cedar. "
        "Manage your alerts or unsubscribe.",
        "JobBoard Alerts <alerts@jobboard.example>",
    ),
    (  # tips about interviews
        "other",
        "Interview tips: how to prepare",
        "Our newsletter this week: five ways to prepare for your next interview, and how to "
        "talk about salary. Unsubscribe at any time.",
        "JobBoard <newsletter@jobboard.example>",
    ),
    (
        "other",
        "Your application was viewed",
        "Good news: Cedar viewed your application. See similar jobs and apply today.",
        "JobBoard <notifications@jobboard.example>",
    ),
    (  # recruiter outreach
        "other",
        "Open to a new role?",
        "Hi Alice, I came across your profile and have an exciting opportunity with a client. "
        "Would you be open to a quick chat?",
        "Ray <ray@searchfirm.example>",
    ),
]


@pytest.mark.parametrize(("expected", "subject", "body", "sender"), HARD_CASES)
def test_it_understands_hard_cases_it_was_never_trained_on(
    expected: str, subject: str, body: str, sender: str
) -> None:
    verdict = classify(subject, body, sender)
    assert verdict.label == expected, verdict


def test_it_has_the_five_labels_in_order() -> None:
    assert LABELS == ("rejection", "interview", "offer", "received", "other")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.text(max_size=2000), st.text(max_size=80))
def test_it_gives_a_known_label_and_a_confidence_between_0_and_1_for_any_text(
    subject: str, body: str, sender: str
) -> None:
    verdict = classify(subject, body, sender)
    assert verdict.label in LABELS
    assert 0.0 <= verdict.confidence <= 1.0


def test_it_gives_the_same_verdicts_in_batches_as_one_by_one() -> None:
    items = [(s, b, f) for _, s, b, f in HARD_CASES] * 80  # more than one internal batch
    together = classify_many(items)
    assert len(together) == len(items)
    assert together[: len(HARD_CASES)] == [classify(*item) for item in items[: len(HARD_CASES)]]
    assert together[-1] == together[len(HARD_CASES) - 1]
    assert all(isinstance(v, Verdict) for v in together)


def test_it_is_confident_on_a_plain_rejection_and_unsure_on_an_empty_message() -> None:
    plain = classify(
        "Your application",
        "Unfortunately we have decided not to move forward with your application.",
    )
    assert plain.label == "rejection" and plain.confidence >= 0.95
    assert classify("", "").confidence < 0.95


def test_it_does_not_load_numpy_until_the_first_classification() -> None:
    code = "import sys, nextyes.inbox.classifier; print('numpy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_it_names_the_model_by_its_file() -> None:
    expected = "inbox-" + hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest()[:12]
    assert expected == MODEL_VERSION
    # It ships in the wheel: small enough to install anywhere (1.07 MB after 9,020 training emails).
    assert MODEL_PATH.stat().st_size < 1_500_000


def test_the_shipped_model_was_trained_on_the_data_file_as_it_is() -> None:
    model = LinearModel.load(MODEL_PATH)
    rows = inbox_train.load_rows()
    assert model.meta["data_sha256"] == inbox_train.data_checksum()
    train_rows = [r for r in rows if r["split"] == "train"]
    assert model.meta["train_rows"] == len(train_rows)
    licensed_rows = model.meta.get("licensed_rows", 0)
    if licensed_rows:
        # Trained with the licensed real mail too: the index it came from is the committed one,
        # and the vocabulary can be rebuilt only where the licensed texts were rebuilt.
        index_sha256 = hashlib.sha256(inbox_train.LICENSED_INDEX.read_bytes()).hexdigest()
        assert model.meta["licensed_index_sha256"] == index_sha256
        licensed = inbox_train.load_licensed()
        if len(licensed) != licensed_rows:
            pytest.skip("licensed.local.jsonl not rebuilt here (real_mail_rebuild.py)")
        train_rows = train_rows + licensed
    # Same features from the same rows: the vocabulary the training script would build.
    expected = inbox_train.vectoriser(inbox_train.featurise(train_rows))
    assert model.vocab == expected.vocab
    assert np.allclose(model.idf, expected.idf, atol=1e-5)


def test_training_is_deterministic_and_the_numpy_scorer_matches_scikit_learn(
    tmp_path: Path,
) -> None:
    from sklearn.linear_model import LogisticRegression

    rows = inbox_train.load_rows()
    tiny = [r for r in rows if r["split"] == "train"][::12]
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    inbox_train.train(tiny, 3.0, "tiny").save(first)
    inbox_train.train(tiny, 3.0, "tiny").save(second)
    assert first.read_bytes() == second.read_bytes()

    docs = inbox_train.featurise(tiny)
    model = inbox_train.fit(docs, [r["label"] for r in tiny], 3.0)
    lr = LogisticRegression(C=3.0, max_iter=2000)
    lr.fit(inbox_train.matrix(model, docs), [LABELS.index(r["label"]) for r in tiny])
    held = [r for r in rows if r["split"] == "test"][:40]
    ours = model.probabilities([(r["subject"], r["body"], r["from"]) for r in held])
    theirs = lr.predict_proba(inbox_train.matrix(model, inbox_train.featurise(held)))
    assert np.allclose(ours, theirs, atol=1e-6)


def test_the_held_out_split_shares_no_family_and_no_email_with_training() -> None:
    rows = inbox_train.load_rows()
    train = [r for r in rows if r["split"] == "train"]
    test = [r for r in rows if r["split"] == "test"]
    assert len(rows) >= 1000
    # The held-out split is the same 378 emails since the first round; later rounds only add
    # training families, so its share falls as the training data grows (9 % after round 4,
    # under 5 % once round 8 was added, 3.6 % once round 10 was added).
    assert len(test) >= 378 and 0.035 <= len(test) / len(rows) <= 0.3
    assert not {r["family"] for r in train} & {r["family"] for r in test}
    assert not {(r["subject"], r["body"]) for r in train} & {
        (r["subject"], r["body"]) for r in test
    }
    for lang in ("fr", "de", "es"):
        assert sum(r["lang"] == lang for r in rows) >= 60
    for row in rows[:50]:
        assert set(row) == {"subject", "body", "from", "label", "lang", "split", "family"}
        assert row["label"] in LABELS
    assert json.loads(json.dumps(rows[0])) == rows[0]


def test_it_reuses_the_loaded_model() -> None:
    classify("a", "b")
    loaded = classifier._model
    classify("c", "d")
    assert classifier._model is loaded


def test_the_data_file_is_what_the_generator_writes() -> None:
    from training.inbox import make_data as inbox_make_data

    rows = inbox_make_data.build()
    written = inbox_train.DATA.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in written] == rows


def test_the_second_fresh_check_is_its_own_file_and_never_trained_on() -> None:
    from training.inbox import make_data as inbox_make_data

    fresh2 = inbox_make_data.build_fresh2()
    written = inbox_make_data.OUT_FRESH2.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in written] == fresh2
    assert len(fresh2) >= 150 and len({r["family"] for r in fresh2}) >= 25
    assert {r["label"] for r in fresh2} == set(LABELS)
    assert {r["lang"] for r in fresh2} == {"en", "fr", "de", "es"}
    assert {r["split"] for r in fresh2} == {"fresh2"}
    rows = inbox_train.load_rows()
    assert not {r["family"] for r in rows} & {r["family"] for r in fresh2}
    assert not {(r["subject"], r["body"]) for r in rows} & {
        (r["subject"], r["body"]) for r in fresh2
    }


def test_it_reads_only_the_reply_above_an_unmarked_quote() -> None:
    from nextyes.inbox.classifier.features import tokens

    reply = "Thursday at 10 works for me, thanks!\n\nOn Tue 3 June, Dana Cole wrote:\n"
    quoted = "Unfortunately we will not be moving forward."
    seen = tokens("Re: next steps", reply + quoted)
    assert "unfortunately" not in seen and "cue:rejection" not in seen
    assert "unfortunately" in tokens("", quoted)  # a body that is only a quote is still read


@pytest.mark.parametrize(
    "text",
    [
        "we will not be taking your application further",
        "nous ne pouvons pas donner suite a votre candidature",
        "wir konnen ihre bewerbung nicht weiter berucksichtigen",
        "no vamos a seguir adelante con tu candidatura",
    ],
)
def test_it_notices_a_refusal_said_with_a_negation_in_four_languages(text: str) -> None:
    from nextyes.inbox.classifier.cues import cue_features

    assert "cue:negated" in cue_features(text)


def test_it_notices_the_persons_own_voice() -> None:
    from nextyes.inbox.classifier.cues import cue_features

    assert "cue:own" in cue_features("thank you for taking the time to meet me today")
    assert "cue:own" not in cue_features("we would like to invite you to an interview")


def test_it_does_not_let_the_sender_alone_decide_when_the_text_says_nothing_it_knows() -> None:
    # A line repeated from a company's talent address: the sender sounds like hiring, the text
    # holds nothing the model knows, so nothing is proposed.
    verdict = classify("Digest 3", "Sale on socks. " * 400, "Acme Talent <talent@acme.example>")
    assert verdict.label == "other" and 0.5 <= verdict.confidence <= 1
    # A real, short rejection from the same sender still reads as one.
    short_no = classify(
        "Your application",
        "Thank you for applying. Unfortunately we have decided not to move forward with your "
        "application.",
        "Acme Talent <talent@acme.example>",
    )
    assert short_no.label == "rejection"


# Written for these tests only, in languages the classifier does not read.
OTHER_LANGUAGES = [
    (  # Italian: a rejection
        "La sua candidatura",
        "Gentile Marco, la ringraziamo per averci inviato la sua candidatura. Purtroppo abbiamo "
        "deciso di proseguire con altri candidati. Cordiali saluti",
    ),
    (  # Dutch: a rejection
        "Je sollicitatie",
        "Beste Sanne, bedankt voor je sollicitatie. Helaas hebben wij besloten om niet verder te "
        "gaan met je kandidatuur. Met vriendelijke groeten",
    ),
    (  # Portuguese: an invitation
        "Entrevista",
        "Olá João, obrigado pela sua candidatura à vaga de analista. Gostaríamos de convidá-lo "
        "para uma entrevista na próxima semana. Atenciosamente",
    ),
    (  # Polish: a rejection
        "Rekrutacja",
        "Dzień dobry, dziękujemy za przesłanie aplikacji. Niestety nie możemy zaproponować Panu "
        "dalszego udziału w rekrutacji. Pozdrawiamy",
    ),
    (  # Japanese: a rejection
        "選考結果のご連絡",
        "田中様 この度は弊社の求人にご応募いただき、誠にありがとうございます。選考の結果、"
        "誠に残念ながら今回はご期待に添えない結果となりました。",
    ),
    (  # Swedish: an invitation
        "Intervju",
        "Hej Erik, tack för din ansökan. Vi vill gärna träffa dig för en intervju nästa vecka. "
        "Vänliga hälsningar",
    ),
]


@pytest.mark.parametrize(("subject", "body"), OTHER_LANGUAGES)
def test_it_answers_other_unsure_in_a_language_it_does_not_read(subject: str, body: str) -> None:
    verdict = classify(subject, body, "jobs@example.org")
    assert verdict.label == "other" and verdict.confidence <= 0.5


def test_it_never_states_a_rejection_at_0_9_when_the_text_offers_the_job() -> None:
    # Written here: an offer that sounds sorry, the kind a model can read as a rejection.
    verdict = classify(
        "Sorry for the wait",
        "Unfortunately our process took far longer than planned and we regret the delay. "
        "We are pleased to offer you the position; the offer letter follows.",
    )
    assert verdict.label != "rejection" or verdict.confidence < 0.9
    from nextyes.inbox.classifier.guard import strong_offer_or_interview

    assert strong_offer_or_interview("we would like to invite you to an interview next week")
    assert strong_offer_or_interview("has sido aceptado para la vacante")
    assert not strong_offer_or_interview("you have not been selected for the role")
    assert not strong_offer_or_interview("lamentablemente no has sido seleccionado")
    # Written here: a public vacancy's ranking, told as congratulations.
    assert strong_offer_or_interview("felicitaciones, obtuvo el mejor puntaje del concurso docente")
    ranking = classify(
        "Resultado del concurso", "Felicitaciones. Obtuvo el mejor puntaje del concurso."
    )
    assert ranking.label != "rejection" or ranking.confidence < 0.9


def test_the_shipped_model_carries_its_calibration() -> None:
    model = LinearModel.load(MODEL_PATH)
    assert model.calibration is not None
    x, y = model.calibration
    assert list(x) == sorted(x) and list(y) == sorted(y)
    assert y.min() >= 0.0 and y.max() <= 1.0
