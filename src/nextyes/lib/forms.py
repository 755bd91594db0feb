"""Form pieces every app uses."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Generic, TypedDict, TypeVar

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db.models import Model
from django.utils.datastructures import MultiValueDict

M = TypeVar("M", bound=Model)

# What a form is bound to: request.POST, request.GET, or a plain dict (the CLI, the tests).
FormData = Mapping[str, object]
FormFiles = MultiValueDict[str, UploadedFile[bytes]]


class FormOptions(TypedDict, total=False):
    """The keyword arguments our forms pass on to Django's: a form's own __init__ takes the data
    (and the files, for an upload), its extra arguments by name, and these as
    `**kwargs: Unpack[FormOptions]`, typed throughout."""

    initial: MutableMapping[str, object]
    prefix: str | None


class ModelFormOptions(FormOptions, Generic[M], total=False):
    """FormOptions for a ModelForm over M: the record it edits as well."""

    instance: M | None


def date_input() -> forms.DateInput:
    """A native date picker that shows and reads ISO dates."""
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def add_service_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Show a service's ValidationError next to the matching fields, the rest above the form."""
    if hasattr(error, "error_dict"):
        for name, errors in error.message_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)
