"""The moment of the no: whichever way a rejection arrived, the next page offers its ritual.

A context processor, so every page (and the board's htmx swap) can show the panel without its
view knowing about recovery: the pipeline's views sit below recovery and may not ask it.
"""

from __future__ import annotations

from django.http import HttpRequest

from nextyes.accounts.models import User
from nextyes.recovery import selectors
from nextyes.recovery.selectors import Prompt

# The ritual's own pages need no invitation to themselves.
QUIET_VIEWS = ("recovery:ritual", "recovery:ritual_step", "recovery:ritual_later")


class LazyPrompt:
    """Asked only when a template shows it, and once per request."""

    def __init__(self, user: User) -> None:
        self._user = user
        self._asked = False
        self._prompt: Prompt | None = None

    def __call__(self) -> Prompt | None:
        if not self._asked:
            self._prompt, self._asked = selectors.pending_prompt(self._user), True
        return self._prompt


def rejection_prompt(request: HttpRequest) -> dict[str, object]:
    """Context processor: `rejection_prompt`, the unanswered ritual the panel offers (or None)."""
    user = getattr(request, "user", None)
    match = request.resolver_match
    # A signed-in person is always a User; anyone else gets no panel.
    if not isinstance(user, User) or not user.is_authenticated:
        return {}
    if match and match.view_name in QUIET_VIEWS:
        return {}
    return {"rejection_prompt": LazyPrompt(user)}
