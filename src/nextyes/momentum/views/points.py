"""Effort points and the person's own rewards menu: thin views over momentum.services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from nextyes.accounts.http import AuthedRequest
from nextyes.lib.http import GET_POST
from nextyes.lib.ownership import get_owned_or_404, owned
from nextyes.lib.views import Confirm, confirm_then, service_saved
from nextyes.momentum import services
from nextyes.momentum.forms import RewardForm
from nextyes.momentum.models import EffortPoint, PointReason, Reward

# The ledger shows this many recent lines; the balance always counts them all.
LEDGER_LINES = 100


@login_required
@require_http_methods(["GET"])
def points(request: AuthedRequest) -> HttpResponse:
    user = request.user
    redeemed = None
    if request.GET.get("redeemed", "").isdigit():
        redeemed = (
            owned(EffortPoint, user)
            .filter(pk=request.GET["redeemed"], reason=PointReason.REDEMPTION)
            .first()
        )
    context = {
        "balance": services.points_balance(user),
        "ledger": list(owned(EffortPoint, user).select_related("reward")[:LEDGER_LINES]),
        "rewards": list(owned(Reward, user)),
        "reward_form": RewardForm(),
        "redeemed": redeemed,
        "redeemed_cost": -redeemed.points if redeemed else 0,
    }
    return render(request, "momentum/points.html", context)


def _reward_form(request: AuthedRequest, reward: Reward | None) -> HttpResponse:
    initial = {"name": reward.name, "cost": reward.cost} if reward else {}
    form = RewardForm(request.POST or None, initial=initial)
    if service_saved(
        form, lambda: services.save_reward(request.user, reward=reward, **form.cleaned_data)
    ):
        messages.success(request, _("Reward saved: %(name)s.") % form.cleaned_data)
        return redirect("momentum:points")
    return render(request, "momentum/reward_form.html", {"form": form, "reward": reward})


@login_required
@GET_POST
def reward_new(request: AuthedRequest) -> HttpResponse:
    return _reward_form(request, None)


@login_required
@GET_POST
def reward_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    return _reward_form(request, get_owned_or_404(Reward, request.user, pk))


@login_required
@GET_POST
def reward_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    reward = get_owned_or_404(Reward, request.user, pk)
    confirm = Confirm(
        title=_("Remove this reward?"),
        paragraphs=[
            _("“%(name)s” leaves your menu; past redemptions stay in the ledger.")
            % {"name": reward.name}
        ],
        cancel_url=reverse("momentum:points"),
        button=_("Yes, remove it"),
        cancel=_("No, keep it"),
    )
    return confirm_then(
        request,
        confirm,
        lambda: services.delete_reward(reward),
        done=_("Reward removed from your menu."),
        to="momentum:points",
    )


@login_required
@require_http_methods(["POST"])
def reward_redeem(request: AuthedRequest, pk: int) -> HttpResponse:
    """Spend points on a reward; with `undo` (a ledger line of this reward) give them back."""
    reward = get_owned_or_404(Reward, request.user, pk)
    if "undo" in request.POST:
        entry = get_owned_or_404(EffortPoint, request.user, request.POST["undo"])
        if entry.reward_id != reward.pk:
            raise Http404("No such redemption.")
        services.undo_redemption(entry)
        messages.success(
            request, _("Undone: %(points)s points are back.") % {"points": -entry.points}
        )
        return redirect("momentum:points")
    try:
        entry = services.redeem_reward(reward)
    except services.NotEnoughPoints as exc:
        messages.info(request, exc.messages[0])
        return redirect("momentum:points")
    messages.success(
        request,
        _("Enjoy it: %(name)s. You spent %(cost)s points; changed your mind? Undo it below.")
        % {"name": reward.name, "cost": reward.cost},
    )
    return redirect(reverse("momentum:points") + f"?redeemed={entry.pk}")
