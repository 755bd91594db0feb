"""IMAP accounts: add, edit, remove, test the connection and "check now"."""

from __future__ import annotations

import time
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_GET, require_POST

from nextyes.accounts.http import AuthedRequest
from nextyes.inbox import imap_connect, secrets, tasks
from nextyes.inbox.account_forms import AccountForm
from nextyes.inbox.models import FolderState, MailAccount
from nextyes.lib.http import GET_POST
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.lib.views import Confirm, confirm_then

# Connection tests per person in a window: enough to fix a typo or two, too few to scan ports.
TESTS_PER_WINDOW = 5
TEST_WINDOW_SECONDS = 10 * 60


@login_required
@require_GET
def accounts(request: AuthedRequest) -> HttpResponse:
    mine = list(owned(MailAccount, request.user))
    states = owned(FolderState, request.user).filter(account__in=mine).order_by("folder")
    by_account: dict[int, list[FolderState]] = {}
    for state in states:
        by_account.setdefault(state.account_id, []).append(state)
    rows = [
        (account, by_account.get(account.pk, []), tasks.shown_task(request.user, "sync", account))
        for account in mine
    ]
    return render(request, "inbox/accounts.html", {"rows": rows})


@sensitive_post_parameters("password")
@login_required
@GET_POST
def account_add(request: AuthedRequest) -> HttpResponse:
    return _account_form(request, MailAccount())


@sensitive_post_parameters("password")
@login_required
@GET_POST
def account_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    return _account_form(request, get_owned_or_404(MailAccount, request.user, pk))


def _account_form(request: AuthedRequest, account: MailAccount) -> HttpResponse:
    testing = request.method == "POST" and request.POST.get("action") == "test"
    if request.method != "POST":
        form = AccountForm(instance=account, owner=request.user)
        return _render_form(request, form, account)
    form = AccountForm(request.POST, instance=account, owner=request.user)
    if not form.is_valid():
        return _render_form(request, form, account, status=400)
    if testing:
        return _test(request, form, account)
    saved = form.save()
    messages.success(
        request,
        _("“%(name)s” is saved. NextYes checks it for new mail by itself; “Check now” does it now.")
        % {"name": saved.name},
    )
    return redirect("inbox:accounts")


@sensitive_variables("password", "data")
def _test(request: AuthedRequest, form: AccountForm, account: MailAccount) -> HttpResponse:
    """Sign in with what was typed (or the saved password) and list the server's folders."""
    data = form.cleaned_data
    password = data.get("password") or ""
    folders: list[str] = []
    problem = ""
    if not password and form.moves_the_password(data, fields=("username",)):
        # The saved password is only ever sent to the saved server, as the saved user.
        problem = _(
            "You changed the server or the user name, so please type the password again to "
            "test: a saved password is only ever sent to the server it was saved for."
        )
    elif not take_a_test(request.user.pk or 0):
        problem = _(
            "That was a lot of connection tests in a short time. Please wait a few minutes, "
            "then try again."
        )
    else:
        try:
            if not password:  # an edit that keeps the saved password, for the saved server
                password = secrets.decrypt(account.password_encrypted)
            folders = imap_connect.folders_of(
                data["host"], data["port"], data["security"], data["username"], password
            )
        except (imap_connect.ImapProblem, secrets.PasswordUnreadable) as exc:
            problem = str(exc)
    retype = bool(data.get("password"))  # never sent back: the person types it again to save
    context: dict[str, Any] = {
        "tested": True,
        "folders": folders,
        "problem": problem,
        "retype": retype,
    }
    return _render_form(request, form, account, **context)


def take_a_test(user_id: int) -> bool:
    """Count one connection test for the person; False once they used up TESTS_PER_WINDOW."""
    key = f"nextyes:imap-tests:{user_id}"
    now = time.time()
    recent = [t for t in cache.get(key, []) if now - t < TEST_WINDOW_SECONDS]
    if len(recent) >= TESTS_PER_WINDOW:
        return False
    cache.set(key, [*recent, now], TEST_WINDOW_SECONDS)
    return True


def _render_form(
    request: AuthedRequest,
    form: AccountForm,
    account: MailAccount,
    status: int = 200,
    **extra: object,
) -> HttpResponse:
    context = {"form": form, "account": account if account.pk else None, **extra}
    return render(request, "inbox/account_form.html", context, status=status)


@login_required
@GET_POST
def account_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    account = get_owned_or_404(MailAccount, request.user, pk)
    confirm = Confirm(
        title=_("Remove a mail account"),
        heading=_("Remove “%(name)s”?") % {"name": account.name},
        paragraphs=[
            _(
                "NextYes forgets the server, the saved password and how far each folder was "
                "read. The mail it already brought in stays; “Forget my mail” on the inbox page "
                "removes that."
            )
        ],
        button=_("Yes, remove it"),
        cancel_url=reverse("inbox:accounts"),
        action=reverse("inbox:account_delete", args=[account.pk]),
    )
    return confirm_then(
        request,
        confirm,
        account.delete,  # its folder positions go with it; the mail it brought in stays
        done=_("“%(name)s” is removed. The mail it brought in is still here.")
        % {"name": account.name},
        to="inbox:accounts",
    )


@login_required
@require_POST
def account_sync(request: AuthedRequest, pk: int) -> HttpResponse:
    account = get_owned_or_404(MailAccount, request.user, pk)
    tasks.start_sync(request.user, account)
    messages.info(
        request,
        _("Checking “%(name)s” now. This page shows how far it got.") % {"name": account.name},
    )
    return redirect("inbox:accounts")
