"""The site's map (issue 13): six sections, the current one and its pages marked, every page
belonging somewhere, and a "More" page that reaches everything without JavaScript."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from nextyes.accounts.models import User
from nextyes.home import navigation

# Pages that belong to no section on purpose: signing in and out, and the buddy's own link.
OUTSIDE = {
    "accounts:signup",
    "accounts:login",
    "accounts:logout",
    "insights:buddy_link",
    "momentum:more",
    # What makes the app installable: files for the browser, and the page it shows offline.
    "manifest",
    "service_worker",
    "offline",
}


def _view_names(patterns: Iterable[object], namespace: str = "") -> list[str]:
    names = []
    for p in patterns:
        if isinstance(p, URLResolver):
            names += _view_names(p.url_patterns, p.namespace or namespace)
        elif isinstance(p, URLPattern) and p.name:
            names.append(f"{namespace}:{p.name}" if namespace else p.name)
    return names


def _main_nav(html: str) -> str:
    return html.split('aria-label="Main"')[1].split("</nav>")[0]


def _nav_words(html: str) -> str:
    """The main navigation without its icons and label wrappers, to read its links as text."""
    words = re.sub(r"<svg.*?</svg>", "", _main_nav(html), flags=re.DOTALL)
    return words.replace("<span>", "").replace("</span>", "")


def test_it_has_six_sections_and_more_for_phones(alice_client: Client) -> None:
    html = alice_client.get(reverse("momentum:today")).content.decode()
    nav = _nav_words(html)
    labels = [">Today<", ">Search<", ">Bounce back<", ">Mind<", ">Insights<", ">You<", ">More<"]
    positions = [nav.index(label) for label in labels]
    assert positions == sorted(positions)
    assert nav.count("<li") == 7
    assert 'class="nav-more phone-only"><a href="/more/"' in nav
    # Each tab has its icon (hidden from screen readers: the label says it all).
    icons = _main_nav(html)
    assert icons.count("<svg") == 7 and icons.count('aria-hidden="true"') >= 7


def test_every_page_belongs_to_one_section() -> None:
    names = set(_view_names(get_resolver().url_patterns)) - OUTSIDE
    # The REST API answers JSON to scripts (its docs page included): no section of the site.
    names = {name for name in names if not name.startswith("api:")}
    lost = [name for name in sorted(names) if navigation._find(name)[0] is None]
    assert lost == []


@pytest.mark.parametrize(
    ("url_name", "section", "page"),
    [
        ("pipeline:board", "Search", "Board"),
        ("pipeline:import", "Search", "Import / export"),
        ("inbox:proposals", "Search", "Inbox"),
        ("recovery:lesson_list", "Bounce back", "Lessons"),
        ("journal:win_list", "Bounce back", "Wins"),
        ("journal:breathe", "Mind", "Breathe"),
        ("insights:review", "Insights", "Weekly review"),
        ("momentum:points", "Today", "Points and rewards"),
        ("accounts:buddy", "You", "Buddy"),
    ],
)
def test_it_marks_the_current_section_and_page(
    alice_client: Client, url_name: str, section: str, page: str
) -> None:
    html = alice_client.get(reverse(url_name)).content.decode()
    # "page" when this is the section's own landing page, else "true" (somewhere inside it).
    marks = {f'aria-current="{m}">{section}</a>' for m in ("page", "true")}
    assert any(mark in _nav_words(html) for mark in marks)
    subnav = html.split(f'<nav class="subnav" aria-label="{section}">')[1].split("</nav>")[0]
    assert f'aria-current="page">{page}</a>' in subnav
    assert subnav.count("aria-current") == 1


def test_the_landing_page_of_a_section_is_the_current_page(alice_client: Client) -> None:
    nav = _nav_words(alice_client.get(reverse("momentum:today")).content.decode())
    assert 'href="/" aria-current="page">Today</a>' in nav


def test_people_is_only_listed_for_the_owner(alice: User, alice_client: Client) -> None:
    html = alice_client.get(reverse("accounts:profile")).content.decode()
    assert (reverse("accounts:people") in html) == bool(getattr(alice, "is_owner", False))


def test_the_more_page_links_every_section_and_page_and_signs_out(alice_client: Client) -> None:
    html = alice_client.get(reverse("momentum:more")).content.decode()
    main = html.split('<main id="main"')[1]
    for section in navigation.SECTIONS:
        assert f">{section.label}</a></h2>" in main
        for page in section.pages:
            if not page.owner_only:
                assert f">{page.label}</a></li>" in main
    assert reverse("accounts:logout") in main
    assert 'aria-current="page">More</a>' in _nav_words(html)


def test_every_link_in_the_map_opens(alice_client: Client) -> None:
    for section in navigation.site_map("", None):
        for link in section.pages:
            assert alice_client.get(link.url).status_code == 200, link.url


def test_strangers_see_no_navigation(client: Client, db: None) -> None:
    html = client.get(reverse("accounts:login")).content.decode()
    assert 'aria-label="Main"' not in html and "subnav" not in html
