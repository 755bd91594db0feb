"""The person's own account: a new password, and leaving with everything they wrote."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.contrib.auth.views import PasswordChangeView
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _

from nextyes.accounts.deletion import delete_account
from nextyes.accounts.forms import ChangePasswordForm, DeleteAccountForm
from nextyes.accounts.http import AuthedRequest


class ChangePasswordView(PasswordChangeView):
    """Django's password change; it keeps this session signed in and ends the others."""

    template_name = "accounts/password_change.html"
    form_class = ChangePasswordForm
    success_url = reverse_lazy("accounts:profile")

    def form_valid(self, form: PasswordChangeForm) -> HttpResponse:
        response = super().form_valid(form)
        messages.success(self.request, _("Your password is changed. You are still signed in here."))
        return response


@login_required
def delete(request: AuthedRequest) -> HttpResponse:
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        name = request.user.get_username()
        # Delete first: if that fails, the person is still signed in and can try again.
        removed = delete_account(request.user)
        logout(request)
        return render(request, "accounts/deleted.html", {"name": name, "removed": removed})
    return render(request, "accounts/delete.html", {"form": form})
