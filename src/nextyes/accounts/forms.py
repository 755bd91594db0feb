from __future__ import annotations

import zoneinfo
from typing import Unpack

from django import forms
from django.conf import settings
from django.contrib.auth.forms import BaseUserCreationForm, PasswordChangeForm
from django.utils.translation import gettext_lazy as _

from nextyes.accounts.models import Invitation, User
from nextyes.lib.forms import FormData, FormOptions, ModelFormOptions

TIMEZONE_CHOICES = [(tz, tz) for tz in sorted(zoneinfo.available_timezones())]


class SignUpForm(BaseUserCreationForm[User]):
    """Django's sign-up form without its "that name exists" check: sign-up must not reveal names."""

    class Meta:
        model = User
        fields = ("username", "display_name")

    def validate_unique(self) -> None:
        """Whether the name is free is decided by `services.sign_up`, out of the stranger's sight."""


class ProfileForm(forms.ModelForm[User]):
    timezone = forms.ChoiceField(label=_("Timezone"), choices=TIMEZONE_CHOICES)

    class Meta:
        model = User
        fields = ("display_name", "email", "timezone", "week_start", "theme", "north_star")
        widgets = {"north_star": forms.Textarea(attrs={"rows": 4})}
        labels = {"email": _("Email address (optional)")}
        help_texts = {
            "email": _(
                "Where your reminders go, if you want them by email. Nobody else sees it. "
                "Leave it empty to keep them in the app."
            )
        }

    def __init__(
        self, data: FormData | None = None, **kwargs: Unpack[ModelFormOptions[User]]
    ) -> None:
        super().__init__(data, **kwargs)
        # A form posted without it (an older page, a script) keeps the colours already chosen.
        self.fields["theme"].required = False

    def clean_theme(self) -> str:
        return str(self.cleaned_data.get("theme") or self.instance.theme)


class InvitationForm(forms.ModelForm[Invitation]):
    days = forms.IntegerField(
        label=_("Link works for (days)"),
        min_value=1,
        max_value=90,
        initial=lambda: settings.INVITATION_DAYS,
    )

    class Meta:
        model = Invitation
        fields = ("note",)


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To be sure it is you."),
    )

    def __init__(
        self, user: User, data: FormData | None = None, **kwargs: Unpack[FormOptions]
    ) -> None:
        self.user = user
        super().__init__(data, **kwargs)

    def clean_password(self) -> str:
        password = str(self.cleaned_data["password"])
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("That is not the password of this account. Nothing was deleted."),
                code="wrong_password",
            )
        return password


class ChangePasswordForm(PasswordChangeForm):
    """Django's form, in our words when the current password does not match."""

    error_messages = {
        **PasswordChangeForm.error_messages,
        "password_incorrect": _("That is not your current password. Nothing was changed."),
    }


class BuddyLinkForm(forms.Form):
    label = forms.CharField(
        label=_("Who is it for?"),
        max_length=100,
        required=False,
        help_text=_("Optional, and only you see it: a name like “Sam” helps you tell links apart."),
    )


class BuddyInviteForm(forms.Form):
    username = forms.CharField(
        label=_("Their user name on this NextYes"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "none"}),
    )
