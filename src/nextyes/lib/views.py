"""The two shapes most of our form views share, written once.

- A delete (or any "are you sure?") view: GET shows a confirm page, POST does it, says so and
  moves on: `confirm_then`.
- An add/edit view: the form is checked, then a service may still refuse (a ValidationError),
  and what it says goes on the form next to the fields: `service_saved`, with `form_status`
  for the page shown again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from nextyes.lib.forms import add_service_errors

T = TypeVar("T")


def confirm_then(
    request: HttpRequest,
    template: str,
    context: Mapping[str, Any],
    act: Callable[[], object],
    *,
    done: str,
    to: str,
) -> HttpResponse:
    """GET: the confirm page. POST: `act()`, the `done` message, then a redirect to `to`
    (a URL or a URL name without arguments, as `redirect` takes them)."""
    if request.method != "POST":
        return render(request, template, dict(context))
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
