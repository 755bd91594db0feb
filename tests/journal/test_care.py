"""Care: risk flags, "I'm fine" answering one flag only, the help page, the ritual note hook."""

from __future__ import annotations

from django.test import Client, RequestFactory
from django.urls import reverse
from pytest_django import DjangoAssertNumQueries

from nextyes.accounts.models import User
from nextyes.journal import care
from nextyes.journal.care import helplines
from nextyes.journal.models import SupportFlag, SupportKind
from tests.conftest import make_user
from tests.recovery.helpers import rejected

RISKY = "I want to kill myself"
INDIRECT = "Everyone would be better off without me"
CALM = "This job search is killing me, but I'll go for a walk"


def test_it_flags_a_risky_entry_and_leaves_a_calm_one_alone(alice: User) -> None:
    assert care.flag_if_needed(alice, CALM, source="checkin", source_id=1) is None
    flag = care.flag_if_needed(alice, RISKY, source="checkin", source_id=2)
    assert flag is not None
    assert (flag.kind, flag.source, flag.source_id, flag.answered_at) == (
        SupportKind.RISK,
        "checkin",
        2,
        None,
    )
    assert list(care.open_flags(alice)) == [flag]


def test_it_offers_help_for_indirect_words_too(alice: User) -> None:
    assert care.flag_if_needed(alice, INDIRECT, source="thought", source_id=7) is not None


def test_it_does_not_stack_flags_when_the_same_entry_is_saved_again(alice: User) -> None:
    first = care.flag_if_needed(alice, RISKY, source="checkin", source_id=3)
    again = care.flag_if_needed(alice, RISKY + ".", source="checkin", source_id=3)
    assert again == first
    assert SupportFlag.objects.filter(owner=alice).count() == 1


def test_it_answers_one_flag_and_flags_the_next_entry_again(alice: User) -> None:
    flag = care.flag_if_needed(alice, RISKY, source="checkin", source_id=4)
    assert flag is not None
    care.answer(flag)
    assert not care.open_flags(alice).exists()
    later = care.flag_if_needed(
        alice, "I keep thinking about ending my life", source="checkin", source_id=5
    )
    assert later is not None and later.pk != flag.pk
    assert list(care.open_flags(alice)) == [later]


def test_it_lets_im_fine_answer_only_its_own_flag(alice: User, alice_client: Client) -> None:
    first = care.flag_if_needed(alice, RISKY, source="checkin", source_id=1)
    second = care.flag_if_needed(alice, INDIRECT, source="thought", source_id=9)
    assert first is not None and second is not None
    response = alice_client.post(reverse("journal:support_answer", args=[second.pk]))
    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert second.answered_at is not None and first.answered_at is None


def test_it_shows_the_support_panel_on_today_until_answered(
    alice: User, alice_client: Client
) -> None:
    alice.country = "GB"
    alice.save()
    today = reverse("momentum:today")
    assert "I'm fine, thanks" not in alice_client.get(today).content.decode()
    flag = care.flag_if_needed(alice, RISKY, source="checkin", source_id=1)
    assert flag is not None
    body = alice_client.get(today).content.decode()
    assert "You matter more than any job" in body
    assert "116 123" in body and 'href="tel:116123"' in body  # her country's line
    assert "I'm fine, thanks" in body
    response = alice_client.post(
        reverse("journal:support_answer", args=[flag.pk]), {"next": today}, follow=True
    )
    body = response.content.decode()
    assert "You matter more than any job" not in body
    assert "Help stays one click away" in body


def test_it_answers_with_a_small_fragment_for_htmx(alice: User, alice_client: Client) -> None:
    flag = care.flag_if_needed(alice, RISKY, source="ritual", source_id=1)
    assert flag is not None
    response = alice_client.post(
        reverse("journal:support_answer", args=[flag.pk]), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert "Help stays one click away" in response.content.decode()
    assert "<html" not in response.content.decode()


def test_it_only_answers_with_a_post(alice: User, alice_client: Client) -> None:
    flag = care.flag_if_needed(alice, RISKY, source="ritual", source_id=1)
    assert flag is not None
    assert alice_client.get(reverse("journal:support_answer", args=[flag.pk])).status_code == 405
    flag.refresh_from_db()
    assert flag.answered_at is None


def test_it_flags_a_worrying_ritual_note_and_keeps_it_as_written(
    alice: User, alice_client: Client
) -> None:
    _app, ritual = rejected(alice)
    note = "Honestly I don't see the point of going on"
    url = reverse("recovery:ritual_step", kwargs={"pk": ritual.pk, "step": "feel"})
    alice_client.post(url, {"emotions": ["sad"], "intensity": "8", "feeling_note": note})
    ritual.refresh_from_db()
    assert ritual.feeling_note == note
    flag = SupportFlag.objects.get(owner=alice)
    assert (flag.kind, flag.source, flag.source_id) == (SupportKind.RISK, "ritual", ritual.pk)
    body = alice_client.get(reverse("momentum:today")).content.decode()
    assert "You matter more than any job" in body


def test_it_does_not_flag_an_ordinary_ritual_note(alice: User, alice_client: Client) -> None:
    _app, ritual = rejected(alice)
    url = reverse("recovery:ritual_step", kwargs={"pk": ritual.pk, "step": "feel"})
    alice_client.post(
        url,
        {
            "emotions": ["sad"],
            "intensity": "5",
            "feeling_note": "Dead tired, and sad it didn't work out",
        },
    )
    assert not SupportFlag.objects.filter(owner=alice).exists()


# --- The help page -------------------------------------------------------------------------


def test_it_shows_the_help_page_to_a_visitor_with_the_generic_advice(
    client: Client, alice: User
) -> None:
    body = client.get(reverse("journal:help")).content.decode()
    assert "Need help now?" in body
    assert "local emergency number" in body
    assert "it does not treat" in body and "not for emergencies" in body
    assert 'method="get"' in body  # a visitor's choice is not stored anywhere


def test_it_lists_a_countrys_helplines_for_a_visitor(client: Client, alice: User) -> None:
    body = client.get(reverse("journal:help") + "?country=us").content.decode()
    assert "988 Suicide &amp; Crisis Lifeline" in body and 'href="tel:988"' in body
    assert "911" in body
    body = client.get(reverse("journal:help") + "?country=FR").content.decode()
    assert "3114" in body


def test_it_falls_back_to_generic_for_an_unknown_country(client: Client, alice: User) -> None:
    body = client.get(reverse("journal:help") + "?country=ZZ").content.decode()
    assert "Helplines in" not in body
    assert "local emergency number" in body


def test_it_reaches_the_help_page_on_a_fresh_install(client: Client, db: None) -> None:
    # No account yet: every other page goes to sign-up, help never does.
    response = client.get(reverse("journal:help"))
    assert response.status_code == 200
    assert client.get(reverse("momentum:today")).status_code == 302


def test_it_remembers_a_signed_in_persons_country(alice: User, alice_client: Client) -> None:
    response = alice_client.post(reverse("journal:help"), {"country": "DE"}, follow=True)
    alice.refresh_from_db()
    assert alice.country == "DE"
    assert "0800 111 0 111" in response.content.decode()
    body = alice_client.get(reverse("journal:help")).content.decode()
    assert "Helplines in Germany" in body
    alice_client.post(reverse("journal:help"), {"country": ""})
    alice.refresh_from_db()
    assert alice.country == ""


def test_it_links_help_from_every_page_and_the_sign_up(client: Client, alice: User) -> None:
    help_url = reverse("journal:help")
    for url in (reverse("accounts:login"), reverse("accounts:signup")):
        body = client.get(url).content.decode()
        assert f'href="{help_url}"' in body and "Need help now?" in body
    client.force_login(alice)
    body = client.get(reverse("momentum:today")).content.decode()
    assert f'href="{help_url}"' in body and "not for emergencies" in body


def test_it_reads_every_country_in_the_data_file() -> None:
    codes = [c.code for c in helplines.countries()]
    assert {"US", "GB", "IE", "FR", "DE", "CA", "AU"} <= set(codes)
    for country in helplines.countries():
        assert len(country.code) == 2 and country.lines and country.emergency
        assert all(line.name and (line.phone or line.text) for line in country.lines)
    assert helplines.for_country("gb") == helplines.for_country("GB")
    assert helplines.generic().lines


def test_it_keeps_flags_private(alice: User, bob: User) -> None:
    care.flag_if_needed(alice, RISKY, source="checkin", source_id=1)
    assert not care.open_flags(bob).exists()
    carol = make_user("carol")
    assert care.open_risk_flag(carol) is None


def test_it_offers_support_after_a_worrying_check_in_note(
    alice: User, alice_client: Client
) -> None:
    note = "I keep thinking I want to disappear forever"
    response = alice_client.post(
        reverse("journal:checkin"), {"mood": "1", "note": note}, follow=True
    )
    assert response.status_code == 200
    assert "You matter more than any job" in response.content.decode()
    flag = SupportFlag.objects.get(owner=alice, kind=SupportKind.RISK)
    assert flag.source == "checkin"
    assert (
        "You matter more than any job"
        in alice_client.get(reverse("momentum:today")).content.decode()
    )


def test_it_reads_the_panel_and_the_board_in_one_query(
    alice: User, rf: RequestFactory, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    from django.template import Context, Template

    from nextyes.journal.services.vision import add_aspiration

    add_aspiration(alice, "Quiet mornings")
    flag = care.flag_if_needed(alice, RISKY, source="checkin", source_id=1)
    assert flag is not None
    request = rf.get("/")
    request.user = alice
    page = Template("{% load care %}{% support_panel %}{% vision_board %}")
    with django_assert_num_queries(1):
        shown = page.render(Context({"request": request, "csrf_token": "t"}))
    assert f"/support/{flag.pk}/answer/" in shown and shown.count("Quiet mornings") == 2
