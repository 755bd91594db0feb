"""The two shapes most of our form views share, written once.

- A delete (or any "are you sure?") view: GET shows the one confirm page (templates/confirm.html,
  filled from a `Confirm`), POST does it, says so and moves on: `confirm_then`.
- An add/edit view: the form is checked, then a service may still refuse (a ValidationError),
  and what it says goes on the form next to the fields: `service_saved`, with `form_status`
  for the page shown again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, NamedTuple, TypeVar

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy

from nextyes.lib.forms import add_service_errors

T = TypeVar("T")


CONFIRM_TEMPLATE = "confirm.html"
# The answers most confirm pages give; lazy, so each request says them in its own language.
YES_DELETE_IT = gettext_lazy("Yes, delete it")
KEEP_IT = gettext_lazy("Keep it")


class Checkbox(NamedTuple):
    """A ticked box on the confirm page, for a choice that goes with the yes."""

    name: str
    label: str
    value: str = "yes"


@dataclass(frozen=True)
class Confirm:
    """What one confirm page says. The words live in the view that asks, so each page keeps its
    own; the layout lives once, in templates/confirm.html."""

    title: str  # the tab's title, and the heading unless `heading` is given
    cancel_url: str
    heading: str = ""
    quote: str = ""  # what goes, shown in a card
    quote_note: str = ""  # a small line under the quote: its date, its kind
    paragraphs: Sequence[str] = ()  # what will happen
    button: str | Promise = YES_DELETE_IT
    cancel: str | Promise = KEEP_IT
    action: str = ""  # where the form posts; the page's own URL when empty
    hidden: Mapping[str, str] = field(default_factory=dict)
    checkbox: Checkbox | None = None


def render_confirm(request: HttpRequest, confirm: Confirm) -> HttpResponse:
    return render(request, CONFIRM_TEMPLATE, {"confirm": confirm})


def confirm_then(
    request: HttpRequest,
    confirm: Confirm,
    act: Callable[[], object],
    *,
    done: str,
    to: str,
) -> HttpResponse:
    """GET: the confirm page. POST: `act()`, the `done` message, then a redirect to `to`
    (a URL or a URL name without arguments, as `redirect` takes them)."""
    if request.method != "POST":
        return render_confirm(request, confirm)
    act()
    messages.success(request, done)
    return redirect(to)


@dataclass(frozen=True)
class Saved(Generic[T]):
    """A service call that went through, with what it gave back. Always truthy, so a view can
    write `if service_saved(...)` even when the service itself returns None."""

    value: T


def service_saved(form: forms.BaseForm, act: Callable[[], T]) -> Saved[T] | None:
    """Run `act` (the service call) once the form is valid; None when the form is not (an
    unbound form, as on a GET, never is) or when the service refuses, its errors then on the
    form."""
    if not form.is_valid():
        return None
    try:
        return Saved(act())
    except ValidationError as exc:
        add_service_errors(form, exc)
        return None


def form_status(request: HttpRequest) -> int:
    """The status of a form page: shown again after a POST, the POST failed (400); else 200."""
    return 400 if request.method == "POST" else 200
