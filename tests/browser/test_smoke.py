from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_shows_create_your_account_on_a_fresh_install(page: Page, site: str) -> None:
    page.goto(site + "/")
    expect(page).to_have_url(re.compile(r"/accounts/signup/$"))
    expect(page.get_by_role("heading", name="Create your account")).to_be_visible()
