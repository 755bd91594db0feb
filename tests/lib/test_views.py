"""The shared view helpers: a confirm page that acts on POST, and a service call on a form."""

from __future__ import annotations

from typing import Any

import pytest
from django import forms
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.lib.views import Checkbox, Confirm, Saved, confirm_then, form_status, service_saved


class NoteForm(forms.Form):
    text = forms.CharField(max_length=20)


# Any: a RequestFactory request given a user, session and messages
def _with_messages(request: Any, user: User) -> Any:
    request.user = user
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


# Any: a bare RequestFactory request, and the view's answer
def _confirm(request: Any, done: list[str]) -> Any:
    confirm = Confirm(
        title="Delete this note?",
        paragraphs=["The note about Monday goes."],
        cancel_url="/back/",
    )
    return confirm_then(
        request,
        confirm,
        lambda: done.append("deleted"),
        done="Note deleted.",
        to="/notes/",
    )


def test_it_shows_the_confirm_page_on_get_and_changes_nothing(
    alice: User, rf: RequestFactory
) -> None:
    done: list[str] = []
    request = _with_messages(rf.get("/notes/1/delete/"), alice)
    response = _confirm(request, done)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Delete this note?" in page and "The note about Monday goes." in page
    assert 'href="/back/"' in page
    assert done == []
    assert list(get_messages(request)) == []


def test_it_acts_says_so_and_moves_on_after_a_post(alice: User, rf: RequestFactory) -> None:
    done: list[str] = []
    request = _with_messages(rf.post("/notes/1/delete/"), alice)
    response = _confirm(request, done)
    assert response.status_code == 302
    assert response["Location"] == "/notes/"
    assert done == ["deleted"]
    assert [str(m) for m in get_messages(request)] == ["Note deleted."]


def test_it_redirects_to_a_url_name_too(alice: User, rf: RequestFactory) -> None:
    request = _with_messages(rf.post("/"), alice)
    confirm = Confirm(title="Unused", cancel_url="/")
    response = confirm_then(request, confirm, lambda: None, done="Gone.", to="momentum:today")
    assert response["Location"] == reverse("momentum:today")


def test_the_one_confirm_page_shows_every_part_a_view_passes(
    alice: User, rf: RequestFactory
) -> None:
    confirm = Confirm(
        title="Delete a note",
        heading="Take <this> out?",
        quote="Monday & Tuesday",
        quote_note="12 May",
        paragraphs=["First.", "Second."],
        button="Yes, take it out",
        cancel="Leave it",
        cancel_url="/back/",
        action="/notes/1/delete/",
        hidden={"next": "/today/"},
        checkbox=Checkbox("also", "Also the other one"),
    )
    request = _with_messages(rf.get("/notes/1/delete/"), alice)
    page = confirm_then(request, confirm, lambda: None, done="", to="/").content.decode()
    assert "<title>Delete a note · NextYes</title>" in page
    assert "<h1>Take &lt;this&gt; out?</h1>" in page  # what a person wrote is escaped
    assert 'Monday &amp; Tuesday<br><small class="muted">12 May</small>' in page
    assert "<p>First.</p>" in page and "<p>Second.</p>" in page
    assert 'action="/notes/1/delete/"' in page
    assert '<input type="hidden" name="next" value="/today/">' in page
    assert 'name="also" value="yes" checked> Also the other one' in page
    assert "Yes, take it out</button>" in page and '<a href="/back/">Leave it</a>' in page


def test_the_confirm_page_leaves_out_what_is_not_given(alice: User, rf: RequestFactory) -> None:
    request = _with_messages(rf.get("/notes/1/delete/"), alice)
    response = _confirm(request, [])
    page = response.content.decode()
    assert "<h1>Delete this note?</h1>" in page
    assert "<blockquote" not in page and 'type="checkbox"' not in page
    assert '<form method="post"><input type="hidden" name="csrfmiddlewaretoken"' in page
    assert "Yes, delete it</button>" in page and ">Keep it</a>" in page


def test_it_gives_back_what_the_service_returned() -> None:
    form = NoteForm({"text": "call Sam"})
    saved = service_saved(form, lambda: form.cleaned_data["text"].upper())
    assert saved == Saved("CALL SAM")
    assert form.errors == {}


def test_it_counts_a_service_that_returns_nothing_as_saved() -> None:
    form = NoteForm({"text": "call Sam"})
    saved = service_saved(form, lambda: None)
    assert saved is not None and saved.value is None
    assert saved  # truthy: `if service_saved(...)` reads as "it went through"


def test_it_does_not_call_the_service_for_an_unbound_or_invalid_form() -> None:
    calls: list[str] = []
    for form in (NoteForm(), NoteForm({"text": ""}), NoteForm({"text": "x" * 21})):
        assert service_saved(form, lambda: calls.append("called")) is None
    assert calls == []


def _refuse(error: ValidationError) -> None:
    raise error


@pytest.mark.parametrize(
    ("error", "field_errors", "page_errors"),
    [
        (
            ValidationError({"text": "That note is already in the jar."}),
            ["That note is already in the jar."],
            [],
        ),
        (
            ValidationError({"elsewhere": "Too many notes for one day."}),
            [],
            ["Too many notes for one day."],
        ),
        (ValidationError("The jar is full."), [], ["The jar is full."]),
    ],
)
def test_it_puts_what_the_service_refused_on_the_form(
    error: ValidationError, field_errors: list[str], page_errors: list[str]
) -> None:
    form = NoteForm({"text": "call Sam"})
    assert service_saved(form, lambda: _refuse(error)) is None
    assert form.errors.get("text", []) == field_errors
    assert form.non_field_errors() == page_errors


def test_it_answers_400_for_a_form_shown_again_after_a_post(rf: RequestFactory) -> None:
    assert form_status(rf.post("/")) == 400
    assert form_status(rf.get("/")) == 200
