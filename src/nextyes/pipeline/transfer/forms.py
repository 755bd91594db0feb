"""The two import forms: the upload, and the mapping page (built from the file's own columns)."""

from __future__ import annotations

import datetime as dt
from typing import Unpack

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nextyes.lib.forms import FormData, FormFiles, FormOptions
from nextyes.pipeline.choices import Stage
from nextyes.pipeline.transfer import values as v
from nextyes.pipeline.transfer.importer import ImportOptions
from nextyes.pipeline.transfer.mapping import FIELDS, mapping_problems, sample_values
from nextyes.pipeline.transfer.reading import Table, max_bytes

MAX_STATUS_QUESTIONS = 50


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Your CSV file"),
        error_messages={
            "required": gettext_lazy("Choose a file to upload."),
            "empty": gettext_lazy("This file is empty. Is it the one you meant?"),
        },
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.tsv,.txt"}),
    )

    def __init__(
        self,
        data: FormData | None = None,
        files: FormFiles | None = None,
        **kwargs: Unpack[FormOptions],
    ) -> None:
        super().__init__(data, files, **kwargs)
        self.fields["file"].help_text = _(
            "Comma, semicolon or tab separated, as spreadsheets save it. Up to %(mb)s MB."
        ) % {"mb": settings.IMPORT_MAX_MB}

    def clean_file(self) -> UploadedFile[bytes]:
        upload: UploadedFile[bytes] = self.cleaned_data["file"]
        if (upload.size or 0) > max_bytes():
            raise forms.ValidationError(
                _(
                    "This file is %(size)s MB; the limit is %(mb)s MB. Split it in two, "
                    "or remove columns you do not need, and upload each part."
                )
                % {"size": f"{(upload.size or 0) / 1024 / 1024:.1f}", "mb": settings.IMPORT_MAX_MB}
            )
        return upload


def date_question(example: str) -> str:
    """ "Is 03/04/2026 the 3rd of April or March 4th?" for the file's first ambiguous date."""
    readings = v.both_readings(example)
    if readings is None:
        return _("Which comes first in this file's dates, the day or the month?")
    dmy, mdy = readings
    return _("Is %(value)s the %(day_first)s or %(month_first)s?") % {
        "value": example,
        "day_first": _("%(day)s of %(month)s") % {"day": v.ordinal(dmy.day), "month": _month(dmy)},
        "month_first": f"{_month(mdy)} {v.ordinal(mdy.day)}",
    }


def _month(day: dt.date) -> str:
    return formats.date_format(day, "F")


class MappingForm(forms.Form):
    """One select per column, one per status word we do not know, and the date order if needed."""

    def __init__(
        self,
        data: FormData | None,
        *,
        table: Table,
        options: ImportOptions,
        unknown_words: list[str],
        date_example: str | None,
    ) -> None:
        super().__init__(data)
        self.table = table
        self.previous = options
        self.columns: list[tuple[forms.BoundField, list[str]]] = []
        for index, header in enumerate(table.header):
            name = f"col_{index}"
            self.fields[name] = forms.ChoiceField(
                label=header or _("Column %(number)d (no name)") % {"number": index + 1},
                choices=[(key, label) for key, label in FIELDS.items()],
                initial=options.columns.get(index, ""),
                required=False,
            )
        self.words = unknown_words[:MAX_STATUS_QUESTIONS]
        for number, word in enumerate(self.words):
            self.fields[f"status_{number}"] = forms.ChoiceField(
                label=word,
                choices=[("", _("— choose a stage —")), *Stage.choices],
                initial=options.status_map.get(v.status_key(word), ""),
                error_messages={
                    "required": _("Choose the stage “%(word)s” means.") % {"word": word}
                },
            )
        self.date_example = date_example
        if date_example:
            dmy_mdy = v.both_readings(date_example)
            day_first = formats.date_format(dmy_mdy[0], "DATE_FORMAT") if dmy_mdy else ""
            month_first = formats.date_format(dmy_mdy[1], "DATE_FORMAT") if dmy_mdy else ""
            self.fields["date_order"] = forms.ChoiceField(
                label=date_question(date_example),
                choices=[
                    (v.DMY, _("Day first: %(date)s (day/month/year)") % {"date": day_first}),
                    (v.MDY, _("Month first: %(date)s (month/day/year)") % {"date": month_first}),
                ],
                widget=forms.RadioSelect,
                initial=options.date_order,
                error_messages={"required": _("Tell me which way your dates are written.")},
            )

    def column_rows(self) -> list[tuple[forms.BoundField, list[str]]]:
        """Each column's select with a few of its values, for the mapping table."""
        return [
            (self[f"col_{i}"], sample_values(self.table, i)) for i in range(len(self.table.header))
        ]

    def status_fields(self) -> list[forms.BoundField]:
        return [self[f"status_{n}"] for n in range(len(self.words))]

    def clean(self) -> dict[str, object]:
        cleaned = super().clean() or {}
        columns = {i: cleaned.get(f"col_{i}", "") or "" for i in range(len(self.table.header))}
        for problem in mapping_problems(columns):
            self.add_error(None, problem)
        return cleaned

    def options(self) -> ImportOptions:
        """The person's answers, on top of what they had said before."""
        columns = {
            i: self.cleaned_data.get(f"col_{i}", "") or "" for i in range(len(self.table.header))
        }
        options = ImportOptions(
            columns=columns,
            status_map=dict(self.previous.status_map),
            date_order=self.cleaned_data.get("date_order") or self.previous.date_order,
        )
        for number, word in enumerate(self.words):
            options.add_status(word, self.cleaned_data[f"status_{number}"])
        return options
