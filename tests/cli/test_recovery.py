from __future__ import annotations

import json

from nextyes.accounts.models import User
from nextyes.lib.dates import today_for
from nextyes.recovery import services
from nextyes.recovery.models import Lesson
from tests.conftest import Run
from tests.recovery.helpers import rejected


def test_it_lists_rituals_as_json(alice: User, bob: User, run: Run) -> None:
    app, ritual = rejected(alice, company="Acme", role="Analyst")
    services.skip_step(ritual, "feel")
    rejected(bob, company="Bob Corp")
    code, out, err = run("ritual", "list", "--json", "--user", "alice")
    assert (code, err) == (0, "")
    assert json.loads(out) == [
        {
            "id": ritual.pk,
            "status": "open",
            "step": "pause",
            "opened_on": today_for(alice).isoformat(),
            "applications": [{"id": app.pk, "company": "Acme", "role": "Analyst"}],
        }
    ]


def test_it_lists_rituals_as_text(alice: User, run: Run) -> None:
    app, ritual = rejected(alice, company="Acme", role="Analyst")
    _other, done = rejected(alice, company="Globex", role="Designer")
    services.finish(done)
    code, out, _ = run("ritual", "list")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].startswith(f"{ritual.pk}  Open  opened ")
    assert "step 1 of 6: Feel it" in lines[0] and f"Analyst at Acme (id {app.pk})" in lines[0]
    assert "Finished" in lines[1] and "finished" in lines[1] and "Globex" in lines[1]


def test_it_says_when_there_are_no_rituals(alice: User, run: Run) -> None:
    code, out, _ = run("ritual", "list")
    assert code == 0 and out.startswith("No rituals yet.")


def test_it_adds_a_lesson_and_prints_its_id(alice: User, run: Run) -> None:
    app, _ritual = rejected(alice, stages=("interview",))
    code, out, err = run(
        "lesson",
        "add",
        "Ask what success looks like",
        "--application",
        str(app.pk),
        "--tag",
        "Interviews",
        "--tag",
        "questions",
    )
    assert (code, err) == (0, "")
    lesson = Lesson.objects.get(pk=int(out))
    assert (lesson.owner, lesson.text, lesson.application, lesson.stage, lesson.tags) == (
        alice,
        "Ask what success looks like",
        app,
        "interview",
        "interviews, questions",
    )


def test_it_refuses_someone_elses_application(alice: User, bob: User, run: Run) -> None:
    app, _ritual = rejected(bob)
    code, _, err = run("lesson", "add", "x", "--application", str(app.pk), "--user", "alice")
    assert code == 1 and f"no application with id {app.pk}" in err
    assert not Lesson.objects.exists()


def test_it_refuses_an_empty_lesson(alice: User, run: Run) -> None:
    code, _, err = run("lesson", "add", "   ")
    assert code == 1 and "Write the lesson in a few words." in err
