"""Forms of the inbox settings page: the person's own addresses."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from nextyes.inbox.own_mail import parse_addresses


class AddressesForm(forms.Form):
    addresses = forms.CharField(
        label=_("Your email addresses"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "email", "spellcheck": "false"}),
        help_text=_(
            "One per line. Mail from these is yours: NextYes keeps it with your search but never "
            "proposes anything from it. Each mail account you add teaches its own address."
        ),
    )

    def clean_addresses(self) -> list[str]:
        return parse_addresses(self.cleaned_data.get("addresses") or "")
