"""`{% support_panel %}` and `{% vision_board %}`: one line drops each into any page."""

from __future__ import annotations

from typing import Any

from django import template

from nextyes.journal import care, vision
from nextyes.journal.care import helplines

register = template.Library()


def _user(context: template.Context) -> Any:
    request = context.get("request")
    return getattr(request, "user", None) or context.get("user")


@register.inclusion_tag("journal/_support_panel.html", takes_context=True)
def support_panel(context: template.Context) -> dict[str, Any]:
    """A calm panel with helplines while a risk flag is open; nothing at all otherwise."""
    user = _user(context)
    flag = care.open_risk_flag(user) if user is not None else None
    if flag is None:
        return {"flag": None}
    request = context.get("request")
    return {
        "flag": flag,
        "country": helplines.for_country(getattr(user, "country", "")),
        "generic": helplines.generic(),
        "north_star": getattr(user, "north_star", ""),
        "aspirations": list(vision.aspirations(user)[:5]),
        "next": request.get_full_path() if request is not None else "",
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("journal/_vision_board.html", takes_context=True)
def vision_board(context: template.Context, compact: bool = False) -> dict[str, Any]:
    """The person's aspirations (and, when `compact`, their why too, for the ritual)."""
    user = _user(context)
    return {
        "aspirations": list(vision.aspirations(user)) if user is not None else [],
        "north_star": getattr(user, "north_star", "") if compact else "",
        "compact": compact,
    }
