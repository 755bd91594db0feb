"""The inbox upload in a real browser: the progress display, then the summary and the kept mail."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from tests.browser.test_ritual import sign_in
from tests.conftest import make_user
from tests.inbox.mail_helpers import mbox, message
from tests.worker.helpers import run_worker

_NOTE_PROGRESS_SHOWN = """
document.addEventListener("DOMContentLoaded", () => {
  const box = document.querySelector("[data-inbox-progress]");
  if (!box) return;
  new MutationObserver(() => {
    if (!box.hidden) sessionStorage.setItem("progress-shown", "1");
  }).observe(box, { attributes: true, attributeFilter: ["hidden"] });
});
"""


def test_it_uploads_an_mbox_with_a_progress_display(
    page: Page, site: str, tmp_path: Path, transactional_db: None
) -> None:
    make_user("alice")
    path = mbox(
        tmp_path / "mail.mbox",
        [
            message(
                "Your application to Acme",
                "Thank you for your interest. Unfortunately we have decided to move forward "
                "with other candidates whose experience more closely matches the role.",
            ),
            message(
                "Ten houseplants that forgive you",
                "This week in the garden club newsletter: watering tips and a lemon cake.",
            ),
        ]
        + [message(f"Digest {n}", "Sale on socks. " * 400) for n in range(300)],
    )
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    # The progress box shows while the upload runs; on a fast machine the upload is over and the
    # page has moved on before a check could look, so the page notes (in sessionStorage, which
    # survives the move) that the box was shown.
    page.add_init_script(_NOTE_PROGRESS_SHOWN)
    sign_in(page, site)
    page.goto(site + "/inbox/")
    page.set_input_files("input[type=file]", str(path))
    page.get_by_role("button", name="Upload and import").click()
    # The script shows the upload's progress box (the plain form would just reload the page),
    # then the inbox page shows the worker's part, which htmx keeps up to date.
    expect(page.get_by_text("waiting to start")).to_be_visible(timeout=60_000)
    assert page.evaluate("sessionStorage.getItem('progress-shown')") == "1"
    run_worker()
    expect(page.get_by_text("Read 302 messages: 1 kept about your search.")).to_be_visible(
        timeout=60_000
    )
    expect(page.get_by_role("link", name="Your application to Acme")).to_be_visible()
    expect(page.get_by_text("Ten houseplants")).to_have_count(0)
    assert errors == []


def test_it_uploads_without_javascript(
    browser: Browser, site: str, tmp_path: Path, transactional_db: None
) -> None:
    make_user("alice")
    path = mbox(tmp_path / "mail.mbox", [message("Interview: Globex", "Tuesday at ten?")])
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in(page, site)
    page.goto(site + "/inbox/")
    page.set_input_files("input[type=file]", str(path))
    page.get_by_role("button", name="Upload and import").click()
    expect(page.get_by_text("Your mail is uploaded.")).to_be_visible(timeout=60_000)
    run_worker()
    # No script polls the page: the refresh link shows how far the worker got.
    page.get_by_role("link", name="Refresh to see how far it got").click()
    expect(page.get_by_text("Read 1 message:")).to_be_visible(timeout=60_000)
    context.close()
