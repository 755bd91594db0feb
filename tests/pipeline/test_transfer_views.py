from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from nextyes.accounts.models import User
from nextyes.pipeline.models import Application, ImportDraft
from nextyes.pipeline.transfer import drafts
from tests.pipeline.transfer_helpers import DATA

if TYPE_CHECKING:
    # What the test client answers (the stubs' name; not importable at run time).
    from django.test.client import _MonkeyPatchedWSGIResponse as Response


def _upload(client: Client, name: str, content: bytes) -> Response:
    return client.post(
        reverse("pipeline:import"), {"file": SimpleUploadedFile(name, content, "text/csv")}
    )


def _draft_from_upload(client: Client, name: str) -> ImportDraft:
    response = _upload(client, name, (DATA / name).read_bytes())
    draft = ImportDraft.objects.get()
    assert response["Location"] == reverse("pipeline:import_map", args=[draft.token])
    return draft


def test_it_shows_the_upload_form_and_the_export_buttons(alice_client: Client) -> None:
    page = alice_client.get(reverse("pipeline:import")).content.decode()
    assert 'accept=".csv,.tsv,.txt"' in page
    assert reverse("pipeline:export_csv") in page
    assert reverse("pipeline:export_json") in page
    assert "Bring in applications from a CSV file" in page


def test_it_walks_from_upload_to_imported_applications(alice_client: Client, alice: User) -> None:
    draft = _draft_from_upload(alice_client, "teal_export.csv")
    assert draft.owner == alice and draft.filename == "teal_export.csv"

    mapping = alice_client.get(reverse("pipeline:import_map", args=[draft.token])).content.decode()
    assert "Job Position" in mapping and "Frontend Developer" in mapping  # a sample value
    assert '<option value="role" selected>' in mapping

    preview = alice_client.get(reverse("pipeline:import_preview", args=[draft.token]))
    text = preview.content.decode()
    assert "Import 8 applications" in text
    assert "Stark Industries" in text and "Negotiating" not in text and "Offer" in text
    assert not Application.objects.exists()  # a preview writes nothing

    done = alice_client.post(reverse("pipeline:import_preview", args=[draft.token]), follow=True)
    assert "Imported 8 applications (0 were already there)." in done.content.decode()
    assert Application.objects.filter(owner=alice).count() == 8
    assert not ImportDraft.objects.exists()


def test_it_counts_what_is_already_there(alice_client: Client, alice: User) -> None:
    for _ in range(2):
        draft = _draft_from_upload(alice_client, "tab_separated.tsv")
        preview_url = reverse("pipeline:import_preview", args=[draft.token])
        done = alice_client.post(preview_url, follow=True)
    assert "Imported 0 applications (4 were already there)." in done.content.decode()
    assert Application.objects.filter(owner=alice).count() == 4


def test_it_asks_for_unknown_statuses_and_the_date_order(alice_client: Client, alice: User) -> None:
    text = "Company,Role,Status,Date\nAcme,Dev,Maybe,03/04/2026\nGlobex,Ops,Applied,05/06/2026\n"
    _upload(alice_client, "mine.csv", text.encode())
    draft = ImportDraft.objects.get()
    map_url = reverse("pipeline:import_map", args=[draft.token])
    page = alice_client.get(map_url).content.decode()
    assert "Is 03/04/2026 the 3rd of April or March 4th?" in page
    assert "Status words I do not know yet" in page and "Maybe" in page

    missing = alice_client.post(
        map_url, {"col_0": "company", "col_1": "role", "col_2": "status", "col_3": "applied_on"}
    )
    assert "Choose the stage “Maybe” means." in missing.content.decode()

    answered = alice_client.post(
        map_url,
        {
            "col_0": "company",
            "col_1": "role",
            "col_2": "status",
            "col_3": "applied_on",
            "status_0": "applied",
            "date_order": "dmy",
        },
    )
    assert answered["Location"] == reverse("pipeline:import_preview", args=[draft.token])
    alice_client.post(answered["Location"])
    acme = Application.objects.get(owner=alice, role="Dev")
    assert acme.status == "applied" and acme.applied_on == dt.date(2026, 4, 3)


def test_it_lists_bad_rows_with_line_and_field_and_imports_nothing(alice_client: Client) -> None:
    text = "Company,Role,Date Applied\nAcme,Dev,2026-03-01\n,Ops,2026-03-02\nGlobex,Ops,soon\n"
    _upload(alice_client, "bad.csv", text.encode())
    draft = ImportDraft.objects.get()
    preview_url = reverse("pipeline:import_preview", args=[draft.token])
    page = alice_client.get(preview_url).content.decode()
    assert "line 3, company: the company is missing" in page
    assert "line 4, date applied: “soon” is not a date I can read" in page
    assert "2 rows need fixing" in page
    assert "Import 1 application" not in page
    refused = alice_client.post(preview_url)
    assert refused.status_code == 400
    assert "line 3, company" in refused.content.decode()
    assert not Application.objects.exists()


def test_it_requires_a_company_and_a_role_column(alice_client: Client) -> None:
    _upload(alice_client, "x.csv", b"Company,Role\nAcme,Dev\n")
    draft = ImportDraft.objects.get()
    page = alice_client.post(
        reverse("pipeline:import_map", args=[draft.token]), {"col_0": "company", "col_1": ""}
    ).content.decode()
    assert "Choose the column that holds the role." in page


def test_it_says_when_a_file_is_empty(alice_client: Client) -> None:
    page = _upload(alice_client, "empty.csv", b"").content.decode()
    assert "This file is empty" in page
    blank = _upload(alice_client, "blank.csv", b"\n\n  \n").content.decode()
    assert "This file is empty" in blank
    assert not ImportDraft.objects.exists()


def test_it_refuses_a_file_over_ten_megabytes(alice_client: Client) -> None:
    big = b"Company,Role\n" + b"Acme,Dev\n" * (10 * 1024 * 1024 // 9 + 1)
    page = _upload(alice_client, "big.csv", big).content.decode()
    assert "the limit is 10 MB" in page
    assert not ImportDraft.objects.exists()


def test_it_keeps_drafts_to_their_owner(bob_client: Client, alice: User) -> None:
    draft = ImportDraft.objects.create(owner=alice, filename="a.csv", content="Company,Role\nA,B\n")
    for name in ("pipeline:import_map", "pipeline:import_preview"):
        url = reverse(name, args=[draft.token])
        assert bob_client.get(url).status_code == 404
        assert bob_client.post(url).status_code == 404
    assert ImportDraft.objects.filter(pk=draft.pk).exists()  # bob's POST imported nothing
    assert not Application.objects.exists()


def test_it_sweeps_drafts_older_than_a_day(alice_client: Client, alice: User) -> None:
    old = ImportDraft.objects.create(owner=alice, filename="old.csv", content="a,b\n1,2\n")
    ImportDraft.objects.filter(pk=old.pk).update(created_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    _upload(alice_client, "new.csv", b"Company,Role\nAcme,Dev\n")
    assert list(ImportDraft.objects.values_list("filename", flat=True)) == ["new.csv"]


def test_it_asks_again_when_a_newly_chosen_status_column_has_new_words(
    alice_client: Client,
) -> None:
    _upload(alice_client, "x.csv", b"Company,Role,Col X\nAcme,Dev,Maybe\nGlobex,Ops,Perhaps\n")
    draft = ImportDraft.objects.get()
    map_url = reverse("pipeline:import_map", args=[draft.token])
    answer = {"col_0": "company", "col_1": "role", "col_2": "status"}
    again = alice_client.post(map_url, answer, follow=True)
    page = again.content.decode()
    assert "The columns you chose need a few more answers." in page
    assert "Status words I do not know yet" in page and "Perhaps" in page
    done = alice_client.post(map_url, {**answer, "status_0": "saved", "status_1": "ghosted"})
    assert done["Location"] == reverse("pipeline:import_preview", args=[draft.token])
    alice_client.post(done["Location"])
    assert dict(Application.objects.values_list("role", "status")) == {
        "Dev": "saved",
        "Ops": "ghosted",
    }


def test_it_says_on_the_preview_how_fit_was_rescaled_and_where_columns_go(
    alice_client: Client, alice: User
) -> None:
    draft = _draft_from_upload(alice_client, "careerforge_tracker.csv")
    mapping = alice_client.get(reverse("pipeline:import_map", args=[draft.token])).content.decode()
    assert '<option value="keep" selected>— keep in notes —</option>' in mapping
    assert "kept in each application's notes, as a “Column: value” line" in mapping

    page = alice_client.get(reverse("pipeline:import_preview", args=[draft.token])).content.decode()
    assert (
        "Fit was on a 0–100 scale in your “fit_rating” column; "
        "I turned it into 1–5: 72 → 4, 85 → 4, 91 → 5." in page
    )
    assert "Kept in the notes, as “Column: value” lines" in page
    for column in ("sector", "role_type", "contact_person", "cover_letter_file"):
        assert f"<li>{column}</li>" in page
    assert "<li>fit_rating → Fit (1–5)</li>" in page
    assert "Nothing: every column is kept somewhere." in page
    assert "Import 8 applications" in page


def test_it_leaves_out_a_column_the_person_chose_to_leave_out(
    alice_client: Client, alice: User
) -> None:
    draft = _draft_from_upload(alice_client, "careerforge_tracker.csv")
    map_url = reverse("pipeline:import_map", args=[draft.token])
    answer = {
        f"col_{i}": field for i, field in enumerate(drafts.draft_options(draft).columns.values())
    }
    answer["col_2"] = ""  # sector: leave out
    done = alice_client.post(map_url, answer)
    assert done["Location"] == reverse("pipeline:import_preview", args=[draft.token])
    page = alice_client.get(done["Location"]).content.decode()
    assert "Left out</dt>\n    <dd><ul><li>sector</li></ul>" in page
    alice_client.post(done["Location"])
    quill = Application.objects.get(owner=alice, company__name="Quillfeather")
    assert "sector:" not in quill.notes
    assert "contact_person: Jonas Reyes" in quill.notes
