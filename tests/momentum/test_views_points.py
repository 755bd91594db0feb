"""The points page: balance, ledger, the person's rewards menu, redeeming and undoing."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.momentum import services
from nextyes.momentum.models import EffortPoint, Reward
from tests.conftest import page


def test_it_shows_the_balance_and_a_dated_ledger(alice: User, alice_client: Client) -> None:
    app = services.award_points(alice, "application", key="application:1", note="Acme")
    services.award_points(alice, "outreach", key="touchpoint:1")
    body = page(alice_client.get(reverse("momentum:points")))
    assert "15 points to spend" in body
    assert "Application sent · Acme" in body
    assert "Reached out" in body
    assert f'datetime="{app.occurred_on:%Y-%m-%d}"' in body  # type: ignore[union-attr]


def test_it_adds_edits_and_removes_rewards(alice: User, alice_client: Client) -> None:
    alice_client.post(reverse("momentum:reward_new"), {"name": " Fancy   coffee ", "cost": "30"})
    reward = Reward.objects.get(owner=alice)
    assert (reward.name, reward.cost) == ("Fancy coffee", 30)
    alice_client.post(
        reverse("momentum:reward_edit", args=[reward.pk]), {"name": "Film night", "cost": "45"}
    )
    body = page(alice_client.get(reverse("momentum:points")))
    assert "Film night" in body and "45 points" in body
    assert "Remove this reward?" in page(
        alice_client.get(reverse("momentum:reward_delete", args=[reward.pk]))
    )
    alice_client.post(reverse("momentum:reward_delete", args=[reward.pk]))
    assert not Reward.objects.exists()


def test_it_refuses_a_reward_with_no_price(alice: User, alice_client: Client) -> None:
    response = alice_client.post(reverse("momentum:reward_new"), {"name": "Cake", "cost": "0"})
    assert "Ensure this value is greater than or equal to 1." in page(response)
    assert not Reward.objects.exists()


def test_it_kindly_says_how_many_points_are_missing(alice: User, alice_client: Client) -> None:
    reward = Reward.objects.create(owner=alice, name="Concert", cost=42)
    services.award_points(alice, "other", key="x", points=30)
    response = alice_client.post(reverse("momentum:reward_redeem", args=[reward.pk]), follow=True)
    assert "You need 12 more points for this one — every application and message counts." in page(
        response
    )
    assert services.points_balance(alice) == 30


def test_it_redeems_and_offers_to_undo(alice: User, alice_client: Client) -> None:
    reward = Reward.objects.create(owner=alice, name="Fancy coffee", cost=30)
    services.award_points(alice, "other", key="x", points=40)
    response = alice_client.post(reverse("momentum:reward_redeem", args=[reward.pk]), follow=True)
    body = page(response)
    entry = EffortPoint.objects.get(owner=alice, reason="redemption")
    assert entry.points == -30
    assert "Enjoy it: Fancy coffee." in body
    assert "10 points to spend" in body
    assert f'name="undo" value="{entry.pk}"' in body
    undone = alice_client.post(
        reverse("momentum:reward_redeem", args=[reward.pk]), {"undo": entry.pk}, follow=True
    )
    assert "Undone: 30 points are back." in page(undone)
    assert services.points_balance(alice) == 40


def test_it_undoes_only_redemptions_of_that_reward(alice: User, alice_client: Client) -> None:
    coffee = Reward.objects.create(owner=alice, name="Coffee", cost=5)
    cake = Reward.objects.create(owner=alice, name="Cake", cost=5)
    earned = services.award_points(alice, "other", key="x", points=40)
    spent = services.redeem_reward(cake)
    url = reverse("momentum:reward_redeem", args=[coffee.pk])
    assert alice_client.post(url, {"undo": spent.pk}).status_code == 404
    assert alice_client.post(url, {"undo": earned.pk}).status_code == 404  # type: ignore[union-attr]
    assert services.points_balance(alice) == 35


def test_it_never_lets_bob_undo_alices_redemption(
    alice: User, bob: User, bob_client: Client
) -> None:
    theirs = Reward.objects.create(owner=alice, name="Coffee", cost=5)
    services.award_points(alice, "other", key="x", points=10)
    spent = services.redeem_reward(theirs)
    own = Reward.objects.create(owner=bob, name="Coffee", cost=5)
    response = bob_client.post(reverse("momentum:reward_redeem", args=[own.pk]), {"undo": spent.pk})
    assert response.status_code == 404
    assert EffortPoint.objects.filter(pk=spent.pk).exists()
    assert "Coffee" not in page(bob_client.get(reverse("momentum:points"))).split("Add a reward")[1]
