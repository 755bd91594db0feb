from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError

from nextyes.accounts.models import User
from nextyes.lib.forms import add_service_errors
from nextyes.pipeline import services
from nextyes.pipeline.forms import (
    ApplicationFilterForm,
    ApplicationForm,
    EventForm,
    InterviewForm,
)
from nextyes.pipeline.models import Contact

D = dt.date


def test_it_accepts_a_minimal_application(db: None) -> None:
    form = ApplicationForm({"company": "Acme", "role": "Engineer", "channel": "job-board"})
    assert form.is_valid(), form.errors
    fields = form.service_fields()
    assert fields["company"] == "Acme" and fields["role"] == "Engineer"
    assert fields["applied_on"] is None and fields["fit"] is None


def test_it_keeps_fit_between_one_and_five(db: None) -> None:
    for fit in ("0", "7", "three"):
        form = ApplicationForm(
            {"company": "Acme", "role": "Dev", "channel": "job-board", "fit": fit}
        )
        assert form.errors["fit"] == ["Please use a number from 1 to 5."], fit


def test_it_adds_https_to_a_bare_link(db: None) -> None:
    form = ApplicationForm(
        {"company": "Acme", "role": "Dev", "channel": "job-board", "link": "acme.example/jobs"}
    )
    assert form.is_valid()
    assert form.cleaned_data["link"] == "https://acme.example/jobs"


def test_it_shows_the_current_company_name_when_editing(alice: User) -> None:
    app = services.create_application(alice, company="Acme", role="Dev")
    form = ApplicationForm(instance=app)
    assert form["company"].value() == "Acme"


def test_it_puts_service_errors_next_to_their_field(db: None) -> None:
    form = ApplicationForm({"company": "Acme", "role": "Dev", "channel": "job-board"})
    assert form.is_valid()
    add_service_errors(
        form, ValidationError({"company": "A company name is needed.", "owner": "x"})
    )
    assert form.errors["company"] == ["A company name is needed."]
    assert form.non_field_errors() == ["x"]


def test_it_asks_for_a_step_and_a_date(db: None) -> None:
    form = EventForm({"stage": "", "occurred_on": ""})
    assert form.errors["stage"] == ["Which step was it?"]
    assert form.errors["occurred_on"] == ["When did this happen?"]
    form = EventForm({"stage": "interview", "occurred_on": "2026-03-01", "round": "0"})
    assert form.errors["round"] == ["Rounds start at 1."]


def test_it_reads_interview_times_in_the_active_timezone(alice: User) -> None:
    from django.utils import timezone

    with timezone.override("Europe/Paris"):
        form = InterviewForm(
            {"scheduled_at": "2026-07-01T09:00", "round": "1", "kind": "phone"}, user=alice
        )
        assert form.is_valid(), form.errors
    assert form.cleaned_data["scheduled_at"] == dt.datetime(2026, 7, 1, 7, 0, tzinfo=dt.UTC)


def test_it_limits_interview_contacts_to_the_owner(alice: User, bob: User) -> None:
    mine = Contact.objects.create(owner=alice, name="Jo")
    Contact.objects.create(owner=bob, name="Sam")
    form = InterviewForm(user=alice)
    assert [c.name for c in form.fields["contacts"].queryset] == [mine.name]  # type: ignore[attr-defined]


def test_it_reads_the_list_filters(db: None) -> None:
    form = ApplicationFilterForm(
        {
            "q": " acme ",
            "status": "screen",
            "from": "2026-01-01",
            "to": "2026-02-01",
            "sort": "-fit",
        }
    )
    assert form.filters() == {
        "q": "acme",
        "status": "screen",
        "channel": "",
        "applied_from": D(2026, 1, 1),
        "applied_to": D(2026, 2, 1),
        "sort": "-fit",
    }
    assert form.is_filtered


def test_it_ignores_what_is_not_valid_in_the_filters(db: None) -> None:
    form = ApplicationFilterForm({"status": "hired", "from": "soon", "sort": "-salary", "q": "x"})
    filters = form.filters()
    assert filters["status"] == "" and filters["applied_from"] is None
    assert filters["sort"] == "-applied_on"
    assert filters["q"] == "x"
    assert not ApplicationFilterForm({"sort": "company"}).is_filtered
