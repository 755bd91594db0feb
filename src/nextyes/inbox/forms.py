"""The upload form: one or more .eml files, or an mbox."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented pattern)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        single = super().clean
        if isinstance(data, list | tuple) and data:
            return [single(one, initial) for one in data]
        if isinstance(data, list | tuple):  # nothing chosen: the field's own "required" message
            data = None
        return [single(data, initial)]


class UploadForm(forms.Form):
    mail = MultipleFileField(
        label=_("Your mail"),
        help_text=_(
            "One or more .eml files, or an mbox file (what Thunderbird, Apple Mail and "
            "Google Takeout export). Only job-search mail is kept."
        ),
        error_messages={
            "required": _("Choose a file to upload."),
            "empty": _("This file is empty. Is it the one you meant?"),
        },
        widget=MultipleFileInput(attrs={"accept": ".eml,.mbox,.mbx,.txt,message/rfc822"}),
    )
    keep_other = forms.BooleanField(
        label=_("Also keep mail that is not about my search"),
        required=False,
        help_text=_("Off by default: other mail is only remembered by its id, never stored."),
    )
