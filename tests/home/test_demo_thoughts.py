"""The demo's thought records: finished, with suggestions and answers, refreshed cleanly."""

from __future__ import annotations

from nextyes.accounts.models import User
from nextyes.home import demo_thoughts
from nextyes.journal.models import ThoughtRecord, TrapSuggestion
from nextyes.journal.selectors.thoughts import intensity_drop
from nextyes.journal.services.thoughts import start_record
from nextyes.lib.dates import today_for
from nextyes.pipeline import services as pipeline


def test_it_builds_finished_records_with_suggestions_and_answers(alice: User) -> None:
    apps = [
        pipeline.create_application(alice, company=name, role="Analyst")
        for name in ("Ashgrove", "Birchfield", "Copperlane", "Dunmore")
    ]
    today = today_for(alice)
    assert demo_thoughts.build(alice, today, [apps[0], None, apps[2], apps[3]]) == 4
    records = list(ThoughtRecord.objects.filter(owner=alice).order_by("created_at"))
    assert len(records) == 4
    assert all(r.finished_at is not None and r.step == "done" for r in records)
    # Dated on the news of their application (today here), the others on their own day.
    assert sorted(r.application_id or 0 for r in records) == [0, 0, apps[0].pk, apps[2].pk]
    assert [r.created_at.date() <= today for r in records] == [True] * 4
    assert all(intensity_drop(r) for r in records)
    rows = TrapSuggestion.objects.filter(owner=alice)
    assert rows.filter(score__isnull=False, confirmed=True).exists()  # suggested, then confirmed
    assert rows.filter(score__isnull=True, confirmed=True).exists()  # named by the person
    first = next(r for r in records if r.application == apps[0])
    assert first.created_at.date() == today
    assert first.traps[:1] == ["fortune-telling"]
    assert not demo_thoughts.holds_own_records(alice)


def test_it_clears_and_keeps_track_of_a_persons_own_records(alice: User) -> None:
    demo_thoughts.build(alice, today_for(alice))
    start_record(alice, situation="mine")
    assert demo_thoughts.holds_own_records(alice)
    demo_thoughts.clear(alice)
    assert not ThoughtRecord.objects.filter(owner=alice).exists()
    assert not TrapSuggestion.objects.filter(owner=alice).exists()
