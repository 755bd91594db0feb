"""The rules the services keep as the forms do: a break resumes after it begins, a next step
links only the person's own records."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from nextyes.accounts.models import User
from nextyes.momentum import services
from nextyes.momentum.forms import BreakForm
from nextyes.momentum.models import Break
from nextyes.pipeline import services as pipeline
from tests.momentum.momentum_support import D

MESSAGE = "Pick a day after the break begins."


@pytest.mark.parametrize("ends_on", [D(2026, 3, 9), D(2026, 3, 10)])
def test_the_service_refuses_a_break_resuming_before_it_begins(
    alice: User, ends_on: dt.date
) -> None:
    with pytest.raises(ValidationError) as error:
        services.start_break(alice, starts_on=D(2026, 3, 10), ends_on=ends_on)
    assert error.value.message_dict == {"ends_on": [MESSAGE]}
    assert not Break.objects.exists()


def test_the_form_says_the_same(alice: User) -> None:
    form = BreakForm({"starts_on": "2026-03-10", "ends_on": "2026-03-09"})
    assert not form.is_valid()
    assert form.errors["ends_on"] == [MESSAGE]


def test_a_break_resuming_the_next_day_is_kept(alice: User) -> None:
    pause = services.start_break(alice, starts_on=D(2026, 3, 10), ends_on=D(2026, 3, 11))
    assert (pause.starts_on, pause.ends_on) == (D(2026, 3, 10), D(2026, 3, 11))


def test_a_next_step_links_only_the_persons_own_records(alice: User, bob: User) -> None:
    theirs = pipeline.create_application(bob, company="Acme", role="Analyst")
    with pytest.raises(ValidationError) as error:
        services.add_next_action(alice, "Write to Sam", application=theirs)
    assert error.value.message_dict == {"application": ["That is not one of your records."]}
