"""The IMAP account form: where the mailbox is, how to sign in, which folders to read."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Unpack

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from nextyes.inbox import imap_connect, own_mail, secrets
from nextyes.inbox.models import DEFAULT_SYNC_MINUTES, MailAccount, Security
from nextyes.lib.forms import FormData, ModelFormOptions
from nextyes.lib.ownership import owned

if TYPE_CHECKING:
    from nextyes.accounts.models import User

MAX_SYNC_MINUTES = 7 * 24 * 60
DEFAULT_PORTS = {Security.TLS: 993, Security.STARTTLS: 143, Security.PLAIN: 143}
ANOTHER_SERVER = _(
    "You changed the server, so please type the password again: a saved password is only ever "
    "sent to the server it was saved for."
)


def parse_folders(text: str) -> list[str]:
    """Folder names from a line or comma per folder, without blanks or repeats, in order."""
    seen: list[str] = []
    for name in re.split(r"[\n,]", text):
        name = name.strip()
        if name and name not in seen:
            seen.append(name)
    return seen


class AccountForm(forms.ModelForm[MailAccount]):
    # Never filled in from the database: blank on an edit keeps the saved password.
    password = forms.CharField(
        label=_("Password"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text=_(
            "An app password if your provider offers them (Gmail, Outlook, iCloud, Fastmail…). "
            "It is stored encrypted and never shown again."
        ),
    )
    folder_names = forms.CharField(
        label=_("Folders to read"),
        initial="INBOX",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line (or separated by commas). “Test the connection” lists them."),
    )

    class Meta:
        model = MailAccount
        fields = [
            "name",
            "host",
            "port",
            "security",
            "username",
            "since",
            "sync_every",
            "keep_other",
        ]
        labels = {"keep_other": _("Also keep mail that is not about my search")}
        help_texts = {
            "name": _("Any name you like, e.g. “Personal mail”."),
            "host": _("Your provider's IMAP server, e.g. imap.gmail.com."),
            "since": _("Older mail is not read. Leave empty to read the whole folder."),
            "keep_other": _("Off by default: other mail is only remembered by its id."),
            "sync_every": _(
                "NextYes reads new mail by itself this often. 0: only when you press “Check now”."
            ),
        }
        widgets = {"since": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    field_order = [
        "name",
        "host",
        "port",
        "security",
        "username",
        "password",
        "folder_names",
        "since",
        "sync_every",
        "keep_other",
    ]

    def __init__(
        self,
        data: FormData | None = None,
        *,
        owner: User,
        **kwargs: Unpack[ModelFormOptions[MailAccount]],
    ) -> None:
        super().__init__(data, **kwargs)
        self.owner = owner
        # Where the saved password may go (the instance changes once the form is valid).
        self.saved_server: dict[str, object] | None = None
        if self.instance.pk:
            self.saved_server = {
                name: getattr(self.instance, name)
                for name in ("host", "port", "username", "security")
            }
        self.fields["port"].required = False
        # Left out (an older form, the command line): the account keeps what it had.
        self.fields["sync_every"].required = False
        self.fields["port"].help_text = _(
            "Leave empty for the usual one (993 for TLS, 143 otherwise)."
        )
        if self.instance.pk:
            self.fields["folder_names"].initial = "\n".join(self.instance.folders)
            self.fields["password"].help_text = _(
                "Leave empty to keep the saved password. Type a new one to replace it."
            )

    def clean_name(self) -> str:
        name: str = self.cleaned_data["name"].strip()
        others = owned(MailAccount, self.owner).filter(name__iexact=name)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(_("You already have an account with this name."))
        return name

    def clean_host(self) -> str:
        host: str = self.cleaned_data["host"].strip()
        if not host or any(c.isspace() for c in host) or "/" in host:
            raise forms.ValidationError(_("A server name like imap.example.org, without https://."))
        return host

    def clean_security(self) -> str:
        security: str = self.cleaned_data["security"]
        if security == Security.PLAIN and not settings.IMAP_ALLOW_PLAIN:
            raise forms.ValidationError(imap_connect.PLAIN_REFUSED)
        return security

    def clean_sync_every(self) -> int:
        minutes: int | None = self.cleaned_data.get("sync_every")
        if minutes is None:
            return self.instance.sync_every if self.instance.pk else DEFAULT_SYNC_MINUTES
        if minutes > MAX_SYNC_MINUTES:
            raise forms.ValidationError(_("At most once a week: 10080 minutes."))
        return minutes

    def clean_folder_names(self) -> list[str]:
        folders = parse_folders(self.cleaned_data["folder_names"])
        if not folders:
            raise forms.ValidationError(_("Name at least one folder, e.g. INBOX."))
        return folders

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if not data.get("port") and data.get("security"):
            data["port"] = DEFAULT_PORTS.get(data["security"], 993)
        if not self.instance.pk and not data.get("password"):
            self.add_error("password", _("Enter the password for this mailbox."))
        elif not data.get("password") and self.moves_the_password(data):
            # The saved password only ever goes to the server it was saved for.
            self.add_error("password", ANOTHER_SERVER)
        return data

    def moves_the_password(
        self, data: Mapping[str, object], *, fields: tuple[str, ...] = ()
    ) -> bool:
        """Whether the typed server (host, port, and `fields`) is not the one saved."""
        saved = self.saved_server
        if saved is None or "host" not in data or "port" not in data:
            return False
        if str(data["host"]).lower() != str(saved["host"]).lower() or data["port"] != saved["port"]:
            return True
        return any(data.get(name) != saved[name] for name in fields)

    def save(self, commit: bool = True) -> MailAccount:
        account: MailAccount = super().save(commit=False)
        account.owner = self.owner
        account.folders = self.cleaned_data["folder_names"]
        password = self.cleaned_data.get("password")
        if password:
            account.password_encrypted = secrets.encrypt(password)
            account.last_error = ""
        if commit:
            account.save()
            if "username" in self.changed_data:
                # The mailbox's own address is the person's: what they send from it is theirs.
                # Only when it is new, so an address the person took off stays off.
                own_mail.learn_address(self.owner, account.username)
            if self.instance.pk and {"host", "username"} & set(self.changed_data):
                # Another mailbox: its UIDs say nothing about this one's (dedupe keeps it safe).
                account.states.all().delete()
        return account
