"""The upload form: one or more .eml files, or an mbox."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented pattern)."""

    # Django makes the field's widget from this class when none is given.
    widget = MultipleFileInput

    def clean(self, data: object, initial: object = None) -> list[UploadedFile[bytes]]:
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

    def clean_mail(self) -> list[UploadedFile[bytes]]:
        uploads: list[UploadedFile[bytes]] = self.cleaned_data["mail"]
        too_big = too_big_message(sum(upload.size or 0 for upload in uploads))
        if too_big:
            raise forms.ValidationError(too_big)
        return uploads


def too_big_message(size: int) -> str:
    """What to say about an upload of `size` bytes over NEXTYES_MAIL_UPLOAD_MAX_MB, or ""."""
    limit: int = settings.MAIL_UPLOAD_MAX_MB
    if size <= limit * 1024 * 1024:
        return ""
    return str(
        _(
            "This upload is %(size)s MB, and this NextYes takes at most %(limit)s MB at a time, "
            "so nothing was imported. Upload fewer files at once, or import a big mbox on the "
            "server with `nextyes inbox import`."
        )
        % {"size": f"{size / 1024 / 1024:,.1f}", "limit": limit}
    )
