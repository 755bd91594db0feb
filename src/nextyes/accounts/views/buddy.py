"""The person's buddy page (make, list and stop shares) and "Shared with me": thin views over
accounts.buddy. What the buddy then sees is insights' page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from nextyes.accounts import buddy
from nextyes.accounts.forms import BuddyInviteForm, BuddyLinkForm
from nextyes.accounts.http import AuthedRequest
from nextyes.accounts.models import BuddyShare
from nextyes.lib.http import GET_POST
from nextyes.lib.ownership import get_owned_or_404
from nextyes.lib.views import service_saved


def _page(
    request: AuthedRequest,
    *,
    link_form: BuddyLinkForm | None = None,
    invite_form: BuddyInviteForm | None = None,
    new_link: buddy.NewLink | None = None,
    status: int = 200,
) -> HttpResponse:
    shares = buddy.shares_of(request.user)
    ended = request.GET.get("ended", "")
    context = {
        "shares": shares,
        "link_form": link_form or BuddyLinkForm(prefix="link"),
        "invite_form": invite_form or BuddyInviteForm(prefix="invite"),
        "new_link": new_link,
        # Just stopped (after `revoke`): the undo is offered right there.
        "just_ended": next((s for s in shares.ended if str(s.pk) == ended), None),
    }
    return render(request, "accounts/buddy.html", context, status=status)


@login_required
@GET_POST
def buddy_page(request: AuthedRequest) -> HttpResponse:
    """GET: the page. POST: a new secret link, shown on this answer only (it is never stored)."""
    if request.method != "POST":
        return _page(request)
    form = BuddyLinkForm(request.POST, prefix="link")
    if not form.is_valid():
        return _page(request, link_form=form, status=400)
    return _page(request, new_link=buddy.create_link(request.user, form.cleaned_data["label"]))


@login_required
@require_POST
def invite(request: AuthedRequest) -> HttpResponse:
    form = BuddyInviteForm(request.POST, prefix="invite")
    saved = service_saved(
        form, lambda: buddy.invite_account(request.user, form.cleaned_data["username"])
    )
    if not saved:
        return _page(request, invite_form=form, status=400)
    # The same words whether or not the name exists: this page never tells who is here.
    messages.success(
        request,
        _(
            "Shared with “%(name)s”. If that is a user name on this NextYes, they will find your "
            "week under “Shared with me”. If they can’t, check the spelling with them."
        )
        % {"name": saved.value.label},
    )
    return redirect(f"{reverse('accounts:buddy')}#shares")


@login_required
@require_POST
def revoke(request: AuthedRequest, pk: int) -> HttpResponse:
    share = get_owned_or_404(BuddyShare, request.user, pk)
    buddy.revoke(share)
    return redirect(f"{reverse('accounts:buddy')}?ended={share.pk}#ended-{share.pk}")


@login_required
@require_POST
def resume(request: AuthedRequest, pk: int) -> HttpResponse:
    share = get_owned_or_404(BuddyShare, request.user, pk)
    buddy.resume(share)
    messages.success(request, _("Shared again, just as before."))
    return redirect(f"{reverse('accounts:buddy')}#share-{share.pk}")


@login_required
@require_GET
def shared_with_me(request: AuthedRequest) -> HttpResponse:
    return render(
        request, "accounts/buddy_shared.html", {"shares": buddy.shared_with(request.user)}
    )
