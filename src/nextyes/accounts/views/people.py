"""The owner's page: who has an account here, and the invitation links. Nobody's private data."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nextyes.accounts import services
from nextyes.accounts.forms import InvitationForm
from nextyes.accounts.http import AuthedRequest
from nextyes.accounts.models import Invitation


def _owner_only(request: AuthedRequest) -> None:
    # Everyone else gets "not found": the page is not theirs, and need not be known to exist.
    if not getattr(request.user, "is_owner", False):
        raise Http404


@login_required
def people(request: AuthedRequest) -> HttpResponse:
    _owner_only(request)
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        invitation = services.create_invitation(
            form.cleaned_data["days"], note=form.cleaned_data["note"]
        )
        messages.success(request, _("Your invitation link is ready. Copy it and send it."))
        return redirect(f"{request.path}?new={invitation.pk}#invitation-{invitation.pk}")
    new = request.GET.get("new", "")
    invitations = [
        {"invitation": inv, "url": services.invitation_url(inv), "new": str(inv.pk) == new}
        for inv in Invitation.objects.all()[:100]
    ]
    context = {
        "members": services.group_members(),
        "invitations": invitations,
        "form": form,
        "mode": services.signup_mode(),
    }
    return render(request, "accounts/people.html", context)


@login_required
@require_POST
def revoke(request: AuthedRequest, pk: int) -> HttpResponse:
    _owner_only(request)
    invitation = get_object_or_404(Invitation, pk=pk)
    services.revoke_invitation(invitation)
    messages.success(request, _("That link no longer works."))
    return redirect("accounts:people")
