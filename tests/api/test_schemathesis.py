"""schemathesis against the OpenAPI schema on a live server: no 500s, no answer off the schema.

A few examples per operation keep it to seconds; CI runs it with the rest of the suite.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import pytest
import schemathesis
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from pytest_django.live_server_helper import LiveServer
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from nextyes.accounts.models import User
from nextyes.api.tokens import create_token
from nextyes.pipeline import services
from tests.test_isolation import alice_world

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
# A few per operation keep the suite fast; NEXTYES_SCHEMATHESIS_EXAMPLES=50 digs deeper.
EXAMPLES = int(os.environ.get("NEXTYES_SCHEMATHESIS_EXAMPLES", "4"))


@pytest.mark.django_db(transaction=True)
@override_settings(API_RATE="100000/min")
def test_schemathesis_finds_no_errors(live_server: LiveServer) -> None:
    from tests.conftest import make_user

    alice: User = make_user("alice", timezone="Europe/Paris")
    alice_world(alice)
    services.create_application(
        alice, company="Acme", role="Analyst", applied_on=dt.date(2026, 3, 1)
    )
    token = create_token(alice, "schemathesis", scope="write")[1]
    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/openapi.json")
    headers = {"Authorization": f"Bearer {token}"}
    tried = 0
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        # Any: schemathesis' operation type is generic in four internals we never touch
        def check(case: schemathesis.Case[Any]) -> None:
            case.call_and_validate(base_url=live_server.url, headers=headers, checks=CHECKS)

        check()
        tried += 1
    assert tried >= 35
