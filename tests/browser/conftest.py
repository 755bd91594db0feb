"""Browser tests: Playwright driving Debian's Chromium against a live NextYes.

Without a Chromium they are skipped with a note on how to get one; with NEXTYES_REQUIRE_BROWSER=1
(as in CI) a missing browser fails the run instead.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pytest_django.live_server_helper import LiveServer

from tests.browser.pages import CHROMIUM_ARGS

# Playwright's sync API runs an event loop in the test thread; Django must allow ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

HOW_TO_GET_ONE = (
    "no Chromium found: install Debian's package (`apt-get install chromium`) "
    "or point NEXTYES_CHROMIUM at a Chromium binary"
)


def find_chromium() -> str | None:
    configured = os.environ.get("NEXTYES_CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    for candidate in (
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    return None


CHROMIUM = find_chromium()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    browser_items = [item for item in items if "tests/browser/" in str(item.fspath)]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
    if CHROMIUM is None and not os.environ.get("NEXTYES_REQUIRE_BROWSER"):
        for item in browser_items:
            item.add_marker(pytest.mark.skip(reason=HOW_TO_GET_ONE))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, object]) -> dict[str, object]:
    if CHROMIUM is None:
        pytest.fail(f"NEXTYES_REQUIRE_BROWSER is set but {HOW_TO_GET_ONE}")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture
def site(live_server: LiveServer) -> str:
    return str(live_server.url)
