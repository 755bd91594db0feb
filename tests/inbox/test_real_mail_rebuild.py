"""The real-mail rebuild script's readers for the third set: no email text here, only made-up
snippets shaped like the sources (a PHP language file, a Blade view)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import real_mail_rebuild as R  # noqa: E402

LANG_FILE = """<?php
return [
    'subject' => 'Hello there',
    "first" => "Line one,
    <br><br>
    line two.",
    'short' => 'plain',
];
"""


def fake_sources(files: dict[str, str]) -> object:
    """The script's offline sources, answering from `files` instead of a mirror."""
    sources = R.Sources(None, True)
    sources.repo_file = lambda repo, commit, path: files.get(path)
    return sources


def test_literal_last_reads_a_value_spanning_lines() -> None:
    lines = "\n".join(LANG_FILE.splitlines()[3:6])
    assert R.read_format(lines, "literal-last") == "Line one,\n\nline two."


def test_php_catalog_answers_file_dot_key_in_either_quote() -> None:
    view = "{{ __('mail.subject') }} {{ __('mail.first') }} {{ __('mail.short') }}"
    item = {
        "repo": "o/r",
        "commit": "0" * 40,
        "path": "view.blade.php",
        "locator": {"lines": [1, 1], "format": "laravel-i18n", "po": "lang/de/mail.php"},
    }
    sources = fake_sources({"view.blade.php": view, "lang/de/mail.php": LANG_FILE})
    subject, body = R.from_repo(item, sources)
    assert subject == ""
    assert R.words(body) == R.words("Hello there Line one, line two. plain")


def test_bare_php_keys_are_unchanged() -> None:
    # Earlier sets read PHP files by bare key (twig-trans); those lookups must not change.
    assert R.parse_php_array(LANG_FILE) == {"subject": "Hello there", "short": "plain"}
    twig = "{{ 'plugins/x::mail.subject' | trans }} {{ 'plugins/x::mail.first' | trans }}"
    out = R.read_format(twig, "twig-trans", R.parse_php_array(LANG_FILE))
    assert R.words(out) == ["hello", "there", "first"]


def test_php_template_fills_echoes_and_drops_code_and_partials() -> None:
    view = (
        "<?php $user = $this->user; ?>\n"
        "<div><?= $this->partial('mail/header'); ?>\n"
        "<p>Hello <?= $user->getLastName(); ?>,</p>\n"
        '<p>Open <a href="<?= $this->resetlink; ?>">this page</a>.</p></div>'
    )
    text = R.read_format(view, "php-template")
    assert text.split() == ["Hello", "Martin,", "Open", "this", "page."]
