"""The one owner check every service uses, and the scoping every query starts from."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError

from nextyes.accounts.models import User
from nextyes.lib.ownership import NOT_YOURS, check_same_owner, owned
from nextyes.pipeline import services as pipeline
from nextyes.pipeline.models import Application


def test_it_lets_the_persons_own_records_through(alice: User) -> None:
    mine = pipeline.create_application(alice, company="Acme", role="Analyst")
    check_same_owner(alice, mine, None)  # None: nothing linked, nothing to check


def test_it_refuses_someone_elses_record_with_one_message(alice: User, bob: User) -> None:
    mine = pipeline.create_application(alice, company="Acme", role="Analyst")
    theirs = pipeline.create_application(bob, company="Acme", role="Analyst")
    with pytest.raises(ValidationError) as plain:
        check_same_owner(alice, mine, theirs)
    assert plain.value.messages == [str(NOT_YOURS)] == ["That is not one of your records."]
    with pytest.raises(ValidationError) as by_field:
        check_same_owner(alice, theirs, field="application")
    assert by_field.value.message_dict == {"application": [str(NOT_YOURS)]}


def test_it_compares_with_the_owner_of_a_record(alice: User, bob: User) -> None:
    mine = pipeline.create_application(alice, company="Acme", role="Analyst")
    also_mine = pipeline.create_application(alice, company="Brightmoor", role="Analyst")
    theirs = pipeline.create_application(bob, company="Acme", role="Analyst")
    check_same_owner(mine, also_mine)
    with pytest.raises(ValidationError):
        check_same_owner(mine, theirs)


def test_it_scopes_nothing_to_an_anonymous_visitor(alice: User) -> None:
    pipeline.create_application(alice, company="Acme", role="Analyst")
    assert owned(Application, AnonymousUser()).count() == 0
    assert owned(Application, None).count() == 0
    assert owned(Application, alice).count() == 1
