"""Every API route, with every method, is closed to other people: generated from the routers.

A new route with an `{id}` fails `test_it_knows_whose_record_every_route_takes` until its
resource is named in RECORDS, so no route can skip the cross-user check.
"""

from __future__ import annotations

import re

import pytest

from nextyes.accounts.models import User
from nextyes.api.core import api
from nextyes.api.tokens import create_token
from tests.api.helpers import call
from tests.test_isolation import alice_world, snapshot


def operations() -> list[tuple[str, str]]:
    """(method, path) of every operation the API's routers declare, e.g. ("POST", "/api/wins")."""
    found = []
    for prefix, router in api._routers:
        for path, view in router.path_operations.items():
            for operation in view.operations:
                for method in operation.methods:
                    found.append((method, f"/api/{prefix.strip('/')}{path}".replace("//", "/")))
    return sorted(set(found))


OPERATIONS = operations()
WITH_ID = [(m, p) for m, p in OPERATIONS if "{id}" in p]
UNSAFE = [(m, p) for m, p in OPERATIONS if m not in {"GET", "HEAD", "OPTIONS"}]
# The resource a path starts with → alice's record of that kind in tests.test_isolation's world.
RECORDS = {
    "applications": "application",
    "interviews": "interview",
    "companies": "company",
    "contacts": "contact",
    "touchpoints": "touchpoint",
    "wins": "win",
    "lessons": "lesson",
    "checkins": "checkin",
}
# A body every route accepts (extra fields are ignored), so validation cannot answer first.
BODY = {"stage": "rejected", "text": "hacked", "name": "hacked", "mood": 1}


def body_for(path: str) -> dict[str, object]:
    return BODY | {"kind": "email"} if "touchpoints" in path else BODY


def resource(path: str) -> str:
    return re.match(r"/api/([a-z]+)", path).group(1)  # type: ignore[union-attr]


def test_the_routers_have_routes_with_ids() -> None:
    assert len(WITH_ID) >= 20 and len(OPERATIONS) >= 35, OPERATIONS


def test_it_knows_whose_record_every_route_takes() -> None:
    missing = sorted({resource(p) for _m, p in WITH_ID} - set(RECORDS))
    assert not missing, f"add the resources {missing} to RECORDS"


@pytest.mark.parametrize(("method", "path"), WITH_ID)
def test_another_persons_id_is_404(method: str, path: str, alice: User, bob: User) -> None:
    world = alice_world(alice)
    bob_token = create_token(bob, "bob's script", scope="write")[1]
    url = path.replace("{id}", str(world[RECORDS[resource(path)]].pk))
    before = snapshot(alice)

    response = call(method, url, bob_token, body_for(path) if method != "GET" else None)

    assert response.status_code == 404, (method, url, response.content)
    assert snapshot(alice) == before


@pytest.mark.parametrize(
    ("method", "path"), [(m, p) for m, p in OPERATIONS if m == "GET" and "{id}" not in p]
)
def test_lists_show_nothing_of_another_person(
    method: str, path: str, alice: User, bob: User
) -> None:
    alice_world(alice)
    bob_token = create_token(bob, "bob's script", scope="read")[1]

    response = call(method, path, bob_token)

    assert response.status_code == 200
    text = response.content.decode()
    for private in (
        "Quillfeather",
        "Ottoline",
        "Heavy day after the no",
        "Tailor the summary",
        "Sent 5",
    ):
        assert private not in text, (path, private)


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_every_route_needs_a_valid_token(method: str, path: str, alice: User) -> None:
    url = path.replace("{id}", "1")
    assert call(method, url).status_code == 401
    assert call(method, url, "nyt_made-up").status_code == 401


@pytest.mark.parametrize(("method", "path"), UNSAFE)
def test_a_read_token_cannot_write(method: str, path: str, alice: User) -> None:
    world = alice_world(alice)
    reader = create_token(alice, "reader", scope="read")[1]
    before = snapshot(alice)
    url = path.replace("{id}", str(world[RECORDS[resource(path)]].pk)) if "{id}" in path else path

    assert call(method, url, reader, body_for(path)).status_code == 403
    assert snapshot(alice) == before
