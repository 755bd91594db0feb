"""Render the demo account's main pages into docs/screenshots/ (`make screenshots`).

Starts a throwaway NextYes (its own data dir, the demo account, `nextyes serve` on a free
port), signs in once in Debian's Chromium, then takes each page at phone (390 px) and desktop
(1,366 px) widths, in light and dark. Nothing outside the temporary data dir is touched.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from PIL import Image
from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the page list is shared with the browser tests

from tests.browser.pages import CHROMIUM_ARGS, MAIN_PAGES, THEMES, page_url  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
NEXTYES = str(Path(sys.executable).with_name("nextyes"))
CHROMIUM = os.environ.get("NEXTYES_CHROMIUM", "/usr/bin/chromium")
VIEWPORTS = {"desktop": (1366, 900), "phone": (390, 844)}
# The pages the README's gallery draws from: the main pages of the browser tests, a few left out.
PAGES = {
    name: target
    for name, target in MAIN_PAGES.items()
    if name not in {"gratitude", "inbox", "import-export", "profile", "rituals", "tokens"}
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"NextYes did not answer at {url}")


def small(path: Path) -> None:
    """Re-save with a 256-colour palette: a fifth of the size, and text stays sharp."""
    with Image.open(path) as image:
        image.convert("RGB").quantize(256, dither=Image.Dither.NONE).save(path, optimize=True)


def resolve(page: Page, site: str, target: str | tuple[str, str]) -> str:
    url = page_url(page, site, target)
    if url is None:
        raise SystemExit(f"no link for {target}")
    return url


def shoot(site: str, user: str, password: str, names: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for theme in THEMES:
            for label, (width, height) in VIEWPORTS.items():
                context = browser.new_context(
                    viewport={"width": width, "height": height},
                    color_scheme=theme,  # the profile says "same as my device"
                    reduced_motion="reduce",
                    service_workers="block",
                )
                page = context.new_page()
                page.goto(site + "/accounts/login/")
                page.fill("input[name=username]", user)
                page.fill("input[name=password]", password)
                page.click("main button[type=submit]")
                page.wait_for_url(re.compile(r"/$"))
                urls = {name: resolve(page, site, PAGES[name]) for name in names}
                for name, url in urls.items():
                    page.goto(url)
                    path = OUT / f"{name}-{label}-{theme}.png"
                    page.screenshot(path=str(path))
                    small(path)
                    print(path.relative_to(ROOT))
                context.close()
        browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", choices=[[], *PAGES], help="default: all")
    args = parser.parse_args(argv)
    names = args.pages or list(PAGES)
    with tempfile.TemporaryDirectory(prefix="nextyes-shots-") as data:
        env = {**os.environ, "NEXTYES_DATA_DIR": data, "NEXTYES_LOG_LEVEL": "ERROR"}
        password = secrets.token_urlsafe(16)
        password_file = Path(data) / "password"
        password_file.write_text(password)
        subprocess.run([NEXTYES, "migrate"], env=env, check=True, capture_output=True)
        subprocess.run(
            [NEXTYES, "demo", "--password-file", str(password_file)],
            env=env,
            check=True,
            capture_output=True,
        )
        port = free_port()
        server = subprocess.Popen(
            [NEXTYES, "serve", "--port", str(port), "--workers", "1"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            site = f"http://127.0.0.1:{port}"
            wait_for(site + "/accounts/login/", seconds=120)
            shoot(site, "demo", password, names)
        finally:
            server.terminate()
            server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
