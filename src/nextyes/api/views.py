"""The access tokens page, reached from the profile: create one (shown once), see, revoke."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from nextyes.accounts.http import AuthedRequest
from nextyes.api import tokens
from nextyes.api.forms import TokenForm
from nextyes.api.models import AccessToken
from nextyes.lib.dates import today_for
from nextyes.lib.forms import add_service_errors
from nextyes.lib.ownership import get_owned_or_404


@login_required
@require_http_methods(["GET", "POST"])
def token_list(request: AuthedRequest) -> HttpResponse:
    form = TokenForm(request.POST or None)
    new_token = ""
    if request.method == "POST" and form.is_valid():
        try:
            _token, new_token = tokens.create_token(request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            # Shown in this answer only, never stored: a fresh form for the next one.
            form = TokenForm()
    context = {
        "form": form,
        "new_token": new_token,
        "tokens": tokens.live_tokens(request.user),
        "today": today_for(request.user),
    }
    return render(request, "api/tokens.html", context)


@login_required
@require_POST
def token_revoke(request: AuthedRequest, pk: int) -> HttpResponse:
    token = get_owned_or_404(AccessToken, request.user, pk)
    if not token.revoked:
        tokens.revoke_token(request.user, token.name)
    messages.success(request, _("“%(name)s” no longer works.") % {"name": token.name})
    return redirect("tokens:list")
