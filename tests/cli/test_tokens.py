"""`nextyes token create|list|revoke`: the token printed once, alone on the last line."""

from __future__ import annotations

from nextyes.accounts.models import User
from nextyes.api.models import AccessToken
from nextyes.api.tokens import digest
from tests.api.helpers import call
from tests.conftest import Run


def test_create_prints_the_token_alone_on_its_last_line_and_stores_only_its_hash(
    run: Run, alice: User
) -> None:
    code, out, err = run("token", "create", "laptop", "--scope", "write", "--user", "alice")

    assert (code, err) == (0, "")
    raw = out.rstrip("\n").splitlines()[-1]
    assert raw.startswith("nyt_") and " " not in raw and len(raw) > 40
    stored = AccessToken.objects.get(owner=alice, name="laptop")
    assert (stored.scope, stored.token_hash) == ("write", digest(raw))
    assert raw not in str(list(AccessToken.objects.values()))  # only the hash is kept
    assert call("POST", "/api/wins", raw, {"text": "Made a token"}).status_code == 201


def test_list_shows_scope_use_and_expiry_and_revoke_stops_it(run: Run, alice: User) -> None:
    run("token", "create", "reader", "--user", "alice", "--expires", "2099-01-31")
    raw = run("token", "create", "script", "--scope", "write", "--user", "alice")[1].split()[-1]
    assert call("GET", "/api/wins", raw).status_code == 200

    code, out, _err = run("token", "list", "--user", "alice")
    assert code == 0
    lines = out.splitlines()
    reader = next(line for line in lines if line.startswith("reader"))
    script = next(line for line in lines if line.startswith("script"))
    assert "read" in reader and "never used" in reader and "expires 2099-01-31" in reader
    assert "write" in script and "last used" in script

    code, out, _err = run("token", "revoke", "script", "--user", "alice")
    assert (code, out.strip()) == (0, "Revoked “script”: it no longer works.")
    assert call("GET", "/api/wins", raw).status_code == 401
    assert "script" not in run("token", "list", "--user", "alice")[1]


def test_it_refuses_a_bad_scope_a_repeated_name_and_an_unknown_token(run: Run, alice: User) -> None:
    run("token", "create", "laptop", "--user", "alice")

    bad_scope = run("token", "create", "x", "--scope", "admin", "--user", "alice")
    twice = run("token", "create", "laptop", "--user", "alice")
    unknown = run("token", "revoke", "nope", "--user", "alice")

    assert bad_scope[0] == 1 and "read, write" in bad_scope[2]
    assert twice[0] == 1 and "You already have a token called “laptop”." in twice[2]
    assert unknown[0] == 1 and "You have no token called “nope”." in unknown[2]
    assert AccessToken.objects.filter(owner=alice).count() == 1
