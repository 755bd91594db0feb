"""The site's map: six sections, each with its pages, and which section a page belongs to.

Every page is found by its URL name (`pipeline:board`), so the header, the section's sub-navigation,
the phone's tab bar and the "More" page all read one table. Patterns are fnmatch-style, so a
page's edit and delete views mark the same entry as its list.
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase

from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Page:
    label: str | Promise
    url_name: str
    # The URL names that count as this page (its forms, its edit and delete views).
    matches: tuple[str, ...] = ()
    owner_only: bool = False

    def owns(self, view_name: str) -> bool:
        return any(fnmatchcase(view_name, p) for p in (self.url_name, *self.matches))


@dataclass(frozen=True)
class Section:
    slug: str
    label: str | Promise
    # A heroicons name (https://heroicons.com), drawn beside the label and above it on a phone.
    icon: str
    pages: tuple[Page, ...]
    # Shown in the phone's bottom tab bar; the others are reached through "More".
    on_phone: bool = True
    # Pages of the section that have no entry of their own in its sub-navigation.
    matches: tuple[str, ...] = ()

    @property
    def url_name(self) -> str:
        return self.pages[0].url_name


SECTIONS: tuple[Section, ...] = (
    Section(
        "today",
        _("Today"),
        "sun",
        (
            Page(_("Today"), "momentum:today", ("momentum:action_*",)),
            Page(_("Weekly goals"), "momentum:goal_*", ("momentum:entry_delete",)),
            Page(_("Points and rewards"), "momentum:points", ("momentum:reward_*",)),
            Page(_("Breaks"), "momentum:break_*"),
        ),
    ),
    Section(
        "search",
        _("Search"),
        "briefcase",
        (
            Page(_("Board"), "pipeline:board", ("pipeline:move",)),
            Page(
                _("Applications"),
                "pipeline:list",
                (
                    "pipeline:application*",
                    "pipeline:event_*",
                    "pipeline:interview_*",
                    "pipeline:save_job",
                ),
            ),
            Page(
                _("Contacts"),
                "pipeline:contacts",
                ("pipeline:contact*", "pipeline:touchpoint_*", "pipeline:company_*"),
            ),
            Page(_("Inbox"), "inbox:index", ("inbox:*",)),
            Page(
                _("Import / export"),
                "pipeline:import",
                ("pipeline:import_*", "pipeline:export_*", "pipeline:restore_export"),
            ),
        ),
    ),
    Section(
        "bounce",
        _("Bounce back"),
        "arrow-uturn-up",
        (
            Page(_("After a no"), "recovery:ritual_list", ("recovery:ritual*",)),
            Page(_("Lessons"), "recovery:lesson_list", ("recovery:lesson_*",)),
            Page(_("Feedback"), "recovery:feedback_list", ("recovery:feedback_*",)),
            Page(_("Wins"), "journal:win_list", ("journal:win_*",)),
            Page(_("Jar"), "journal:jar", ("journal:jar_*",)),
        ),
        matches=("recovery:help_typical",),
    ),
    Section(
        "mind",
        _("Mind"),
        "heart",
        (
            Page(_("Check-ins"), "journal:checkin_list", ("journal:checkin*", "journal:care_*")),
            Page(_("Thoughts"), "journal:thought_list", ("journal:thought*",)),
            Page(_("Gratitude"), "journal:gratitude", ("journal:gratitude_*",)),
            Page(_("Vision"), "journal:vision", ("journal:aspiration_*",)),
            Page(_("Breathe"), "journal:breathe"),
            Page(_("Before an interview"), "journal:visualise"),
            Page(_("Unsent letter"), "journal:letter"),
        ),
        matches=("journal:help", "journal:support_*"),
    ),
    Section(
        "insights",
        _("Insights"),
        "chart-bar",
        (
            Page(
                _("Insights"),
                "insights:index",
                ("insights:settings", "insights:mark_ghosted", "insights:dismiss_fatigue"),
            ),
            Page(_("Weekly review"), "insights:review", ("insights:review_*",)),
            Page(_("Themes"), "insights:themes"),
        ),
        on_phone=False,
    ),
    Section(
        "you",
        _("You"),
        "user-circle",
        (
            Page(
                _("Profile"),
                "accounts:profile",
                ("accounts:password_change", "accounts:delete", "momentum:calendar_*", "tokens:*"),
            ),
            Page(_("Reminders"), "reminders:list", ("reminders:*",)),
            Page(_("Buddy"), "accounts:buddy", ("accounts:buddy_*", "insights:buddy_*")),
            Page(_("People"), "accounts:people", ("accounts:invitation_*",), owner_only=True),
        ),
        on_phone=False,
    ),
)


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    current: bool


@dataclass(frozen=True)
class SectionLink(Link):
    slug: str
    icon: str
    on_phone: bool
    pages: tuple[Link, ...]


def _find(view_name: str) -> tuple[Section | None, Page | None]:
    for section in SECTIONS:
        for page in section.pages:
            if page.owns(view_name):
                return section, page
    for section in SECTIONS:
        if any(fnmatchcase(view_name, p) for p in section.matches):
            return section, None
    return None, None


def site_map(view_name: str, user: object) -> list[SectionLink]:
    """Every section with its pages, the current ones marked (for `aria-current`)."""
    here_section, here_page = _find(view_name)
    is_owner = bool(getattr(user, "is_owner", False))
    return [
        SectionLink(
            label=str(section.label),
            url=reverse(section.url_name),
            current=section is here_section,
            slug=section.slug,
            icon=section.icon,
            on_phone=section.on_phone,
            pages=tuple(
                Link(str(page.label), reverse(_first_name(page)), page is here_page)
                for page in section.pages
                if is_owner or not page.owner_only
            ),
        )
        for section in SECTIONS
    ]


def _first_name(page: Page) -> str:
    # "momentum:goal_*" names a family; its list is the page the link opens.
    return page.url_name.replace("_*", "_list")


def navigation(request: HttpRequest) -> dict[str, object]:
    """Context processor: `sections` (the map) and `section` (the one this page belongs to)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    match = request.resolver_match
    sections = site_map(match.view_name if match else "", user)
    current = next((s for s in sections if s.current), None)
    more = match is not None and match.view_name == "momentum:more"
    return {"sections": sections, "section": current, "more_current": more}
