"""Installable NextYes: the manifest, the service worker and the offline page."""

from __future__ import annotations

import json
import re

from django.test import Client

from nextyes.accounts.models import User


def test_it_links_the_manifest_from_every_page(alice_client: Client) -> None:
    html = alice_client.get("/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest" data-service-worker="/sw.js">' in html


def test_it_serves_a_manifest_with_icons(client: Client, alice: User) -> None:
    response = client.get("/manifest.webmanifest")
    assert response["Content-Type"] == "application/manifest+json"
    data = json.loads(response.content)
    assert (data["name"], data["start_url"], data["display"]) == ("NextYes", "/", "standalone")
    sizes = {icon["sizes"] for icon in data["icons"]}
    assert {"192x192", "512x512"} <= sizes
    assert any(icon.get("purpose") == "maskable" for icon in data["icons"])


def test_it_serves_the_worker_from_the_root(client: Client, alice: User) -> None:
    response = client.get("/sw.js")
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"


def test_the_worker_caches_only_the_shell(alice_client: Client) -> None:
    body = alice_client.get("/sw.js").content.decode()
    shell = json.loads(re.search(r"const SHELL = (\[.*?\]);", body).group(1))  # type: ignore[union-attr]
    assert "/offline/" in shell
    # Static files and the offline page only: never a page with someone's data.
    assert all(url.startswith("/static/") or url == "/offline/" for url in shell)


def test_the_offline_page_is_kind_and_holds_nobody(alice_client: Client, alice: User) -> None:
    alice.display_name = "Alice Secret"
    alice.save()
    html = alice_client.get("/offline/").content.decode()
    assert "Nothing you saved is lost" in html
    assert "Try again" in html
    assert "Alice Secret" not in html
    assert "csrfmiddlewaretoken" not in html


def test_it_serves_them_before_any_account_exists(client: Client, db: None) -> None:
    for path in ("/manifest.webmanifest", "/sw.js", "/offline/"):
        assert client.get(path).status_code == 200
