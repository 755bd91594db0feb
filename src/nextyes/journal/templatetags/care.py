"""`{% support_panel %}` and `{% vision_board %}`: one line drops each into any page.

Both read `care.care_state` once per request (one query), so Today showing both costs one.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import timezone

from nextyes.journal import care
from nextyes.journal.care import helplines

register = template.Library()

# Where the state is kept on the request for the second tag on the same page.
CACHE_ATTR = "_nextyes_care_state"


# Any: a template context holds whatever the view put there (a user, or None off a page).
def _user(context: template.Context) -> Any:
    request = context.get("request")
    return getattr(request, "user", None) or context.get("user")


def _state(context: template.Context) -> care.CareState:
    request = context.get("request")
    cached = getattr(request, CACHE_ATTR, None)
    if cached is None:
        cached = care.care_state(_user(context))
        if request is not None:
            setattr(request, CACHE_ATTR, cached)
    return cached


@register.inclusion_tag("journal/_support_panel.html", takes_context=True)
def support_panel(context: template.Context) -> dict[str, object]:
    """A calm panel with helplines while a risk flag is open; nothing at all otherwise."""
    state = _state(context)
    if state.flag_id is None:
        return {"flag_id": None}
    user = _user(context)
    request = context.get("request")
    return {
        "flag_id": state.flag_id,
        "country": helplines.for_country(getattr(user, "country", "")),
        "generic": helplines.generic(),
        "north_star": getattr(user, "north_star", ""),
        "aspirations": state.aspirations[:5],
        "next": request.get_full_path() if request is not None else "",
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("journal/_vision_board.html", takes_context=True)
def vision_board(context: template.Context, compact: bool = False) -> dict[str, object]:
    """The person's aspirations (and, when `compact`, their why too, for the ritual)."""
    return {
        "aspirations": _state(context).aspirations,
        "north_star": getattr(_user(context), "north_star", "") if compact else "",
        "compact": compact,
    }


@register.filter
def is_upcoming(interview: object) -> bool:
    """Whether an interview is still ahead, to offer the visualisation before it."""
    scheduled = getattr(interview, "scheduled_at", None)
    return scheduled is not None and scheduled > timezone.now()
