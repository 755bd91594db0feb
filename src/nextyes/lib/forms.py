"""Form pieces every app uses."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError


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
