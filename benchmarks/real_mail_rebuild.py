"""Rebuild the real-mail evaluation texts locally from `data/real_mail_index.jsonl`.

The texts of the real-mail set belong to others, so the repository holds only an index: where
each email was published and how to find it again. This script fetches each source and writes
the git-ignored `benchmarks/data/real_mail.local.jsonl` (`{id, subject, body, from, label,
lang}` per line), checking every email against the SHA-256 in the index.

    .venv/bin/python benchmarks/real_mail_rebuild.py                    # download what it needs
    .venv/bin/python benchmarks/real_mail_rebuild.py --mirror DIR       # repositories from local
                                                                        # bare clones DIR/owner+name/repo
    .venv/bin/python benchmarks/real_mail_rebuild.py --pages-from FILE  # page emails from a file of
                                                                        # {id, subject, body} you saved
    .venv/bin/python benchmarks/real_mail_rebuild.py --index benchmarks/data/real_mail_index_round2.jsonl
                                  # the second, non-English set -> data/real_mail_round2.local.jsonl
    .venv/bin/python benchmarks/real_mail_rebuild.py --index benchmarks/data/real_mail_index_round3.jsonl
                                  # the held-out third set -> data/real_mail_round3.local.jsonl
    .venv/bin/python benchmarks/real_mail_rebuild.py --index benchmarks/data/real_mail_index_round4.jsonl
                                  # the held-out fourth set -> data/real_mail_round4.local.jsonl

Repository items are read at the pinned commit (a local bare clone with `--mirror`, else
raw.githubusercontent.com); the locator gives the path, the line range and how to read it
(`format`: markup, text, literal, literal-last, po, yaml, ... see `read_format`), and
placeholders are filled the same way every time.
Page items are downloaded, turned into text, and the email is found by scanning the page's words
for the window whose first 8 and last 8 normalised words hash to the locator's `anchors`; the
subject (when the page shows one) is found by its own hash (`subject_anchor`). Nothing is guessed: an
email that cannot be found or whose hash differs is listed as not rebuilt.

The set is for evaluation only. Never train or tune on it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import io
import json
import re
import subprocess
import sys
import unicodedata
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
INDEX = HERE / "data" / "real_mail_index.jsonl"
LOCAL = HERE / "data" / "real_mail.local.jsonl"
INDEX_ROUND2 = HERE / "data" / "real_mail_index_round2.jsonl"
ANCHOR = 8
USER_AGENT = "NextYes-eval-rebuild/1 (+https://github.com/nextyes)"

WORD = re.compile(r"\w+")


# --- normalisation (the index's hashes are computed with exactly these functions) -------------


def words(text: str) -> list[str]:
    """The normalised words of a text: NFKC, case-folded, runs of letters and digits only."""
    return [m.group().casefold() for m in WORD.finditer(unicodedata.normalize("NFKC", text))]


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """Normalised words with their character spans in the NFKC form of `text`."""
    return [(m.group().casefold(), m.start(), m.end()) for m in WORD.finditer(text)]


def digest(items: list[str]) -> str:
    return hashlib.sha256(" ".join(items).encode("utf-8")).hexdigest()


def text_sha256(subject: str, body: str) -> str:
    """The index's `sha256`: of the normalised subject words, a newline, the body words."""
    payload = " ".join(words(subject)) + "\n" + " ".join(words(body))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def anchors(text: str) -> dict[str, object]:
    """How to find `text` in a page again without quoting it: hashes of its ends and its length."""
    w = words(text)
    return {"first8": digest(w[:ANCHOR]), "last8": digest(w[-ANCHOR:]), "n_words": len(w)}


def subject_anchor(subject: str) -> dict[str, object] | None:
    w = words(subject)
    return {"sha256": digest(w), "n_words": len(w)} if w else None


# --- turning markup and templates into the text a person would read --------------------------

PLACEHOLDER_VALUES = (
    # full names first: "candidate" contains "date", "jobofferuser.fullname" contains "job"
    (
        (
            "candidatename",
            "candidate_name",
            "applicantname",
            "applicant_name",
            "fullname",
            "full_name",
            "application_name",
        ),
        "Alex Martin",
    ),
    (
        (
            "company",
            "entreprise",
            "firma",
            "empresa",
            "organi",
            "group",
            "employer",
            "school",
            "provider",
            "etablissement",
            "établissement",
            "société",
        ),
        "Northwind",
    ),
    (("salary", "salario", "salaire", "gehalt", "sueldo"), "45 000"),
    (("first_name", "firstname", "prenom", "prénom", "vorname"), "Alex"),
    (("last_name", "lastname", "nachname", "apellido", "nom_famille"), "Martin"),
    (
        (
            "job",
            "position",
            "poste",
            "stelle",
            "puesto",
            "title",
            "role",
            "vacancy",
            "offre",
            "offer",
            "course",
            "formation",
        ),
        "Data Analyst",
    ),
    (("date", "datum", "fecha", "day", "jour"), "12 March"),
    (("time", "heure", "uhrzeit", "hora"), "10:00"),
    (("url", "link", "lien", "href", "enlace"), "https://example.org"),
    (("email", "mail", "courriel"), "jobs@example.org"),
    (("phone", "telephone", "téléphone", "telefon"), "01 23 45 67 89"),
    (("location", "address", "adresse", "lieu", "ort", "dirección"), "12 High Street"),
    (
        ("name", "nombre", "candidate", "applicant", "candidat", "bewerber", "solicitante", "user"),
        "Alex Martin",
    ),
)


def placeholder_value(expression: str) -> str:
    key = expression.casefold()
    for needles, value in PLACEHOLDER_VALUES:
        if any(n in key for n in needles):
            return value
    return ""


TEMPLATE_TAGS = (
    re.compile(r"<%[=-]?(.*?)-?%>", re.S),  # ERB / EJS
    re.compile(r"\{\{-?(.*?)-?\}\}", re.S),  # Jinja, Django, Handlebars, Blade, Liquid
    re.compile(r"\{!!(.*?)!!\}", re.S),  # Blade raw
    re.compile(r"\$\{([^{}]*)\}"),  # JS template literal
    re.compile(r"__([A-Z][A-Z0-9_]+)__"),  # Dolibarr-style __NAME__
)
BLOCK_TAGS = re.compile(
    r"\{%.*?%\}"  # Jinja / Django / Liquid blocks
    r"|@(?:if|elseif|else|endif|foreach|endforeach|php|endphp|component|endcomponent|slot|endslot)\b[^\n]*"  # Blade
    r"|</?#[^>]*>|<@[^>]*/?>",  # FreeMarker directives and macros
    re.S,
)
PRINTF = re.compile(r"%(?:\d+\$)?[sd]")


ERB_OUTPUT = re.compile(r"<%=(.*?)%>", re.S)
RUBY_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
RUBY_INTERPOLATION = re.compile(r"#\{([^{}]*)\}")


def _erb(match: re.Match[str]) -> str:
    """An ERB output tag: its string literals as written (interpolations filled), else a value."""
    code = match.group(1)
    strings = RUBY_STRING.findall(code)
    if not strings or code.strip().startswith(("link_to", "t(", "t ")):
        return placeholder_value(code)
    text = "".join(unescape(s) for s in strings)
    return RUBY_INTERPOLATION.sub(lambda m: placeholder_value(m.group(1)), text)


def fill_placeholders(text: str) -> str:
    text = BLOCK_TAGS.sub("", text)
    text = ERB_OUTPUT.sub(_erb, text)
    text = re.sub(r"<%(?!=).*?%>", "", text, flags=re.S)  # ERB / EJS code without output
    for pattern in TEMPLATE_TAGS:
        text = pattern.sub(lambda m: placeholder_value(m.group(1)), text)
    text = re.sub(r"(?<![\w/]):([a-z_]{3,})\b", lambda m: placeholder_value(m.group(1)), text)
    text = re.sub(r"\{([A-Za-z_][\w.]*)\}", lambda m: placeholder_value(m.group(1)), text)
    text = re.sub(r"\$([A-Za-z_]\w*)", lambda m: placeholder_value(m.group(1)), text)  # PHP
    text = re.sub(r"%([A-Z][A-Z_]+)%", lambda m: placeholder_value(m.group(1)), text)
    return PRINTF.sub("…", text)


class _Text(HTMLParser):
    """Visible text of an HTML fragment or page, with line breaks where blocks end."""

    SKIP = {
        "style",
        "script",
        "head",
        "title",
        "mj-style",
        "mj-head",
        "noscript",
        "svg",
        "template",
    }
    BREAK = {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "section",
        "mj-text",
        "mj-section",
        "mj-column",
        "mj-button",
        "blockquote",
        "pre",
        "article",
        "ul",
        "ol",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BREAK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BREAK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return tidy("".join(parser.parts))


def tidy(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


STRING_LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'|`((?:[^`\\]|\\.)*)`', re.S)


def unescape(s: str) -> str:
    return (
        s.replace("\\n", "\n")
        .replace("\\r", "")
        .replace("\\t", " ")
        .replace('\\"', '"')
        .replace("\\'", "'")
        .replace("\\`", "`")
        .replace("\\\\", "\\")
    )


PHP_BLOCK = re.compile(r"<\?php(.*?)(?:\?>|$)", re.S)
PHP_ECHO = re.compile(r"<\?=(.*?)(?:\?>|$)", re.S)
GETTEXT_CALL = re.compile(
    r"\b(?:esc_html__|esc_html_e|esc_attr__|esc_attr_e|__|_e|_x)\(\s*(['\"])((?:\\.|(?!\1).)*)\1",
    re.S,
)


def parse_po(text: str) -> dict[str, str]:
    """msgid -> msgstr of a gettext PO file (empty translations left out)."""
    catalog: dict[str, str] = {}
    key: str | None = None
    msgid: list[str] = []
    msgstr: list[str] = []

    def flush() -> None:
        if msgid and "".join(msgstr):
            catalog["".join(msgid)] = "".join(msgstr)

    for line in text.splitlines():
        line = line.strip()
        if line.startswith("msgid "):
            flush()
            key, msgid, msgstr = "id", [unescape(line[7:-1])], []
        elif line.startswith("msgstr "):
            key = "str"
            msgstr.append(unescape(line[8:-1]))
        elif line.startswith('"') and key == "id":
            msgid.append(unescape(line[1:-1]))
        elif line.startswith('"') and key == "str":
            msgstr.append(unescape(line[1:-1]))
        elif not line:
            key = None
    flush()
    return catalog


GETTEXT_WRAPPED = re.compile(
    r"(?:<%=\s*|#\{)?\bd?gettext\(\s*(?:\"[^\"]*\"\s*,\s*)?\"((?:[^\"\\]|\\.)*)\"[^()]*\)(?:\s*%>|\})?"
)


LARAVEL_I18N = re.compile(r"\{\{\s*__\(\s*(['\"])((?:\\.|(?!\1).)*)\1[^}]*\}\}")


TWIG_TRANS = re.compile(
    r"\{\{\s*'[^']*?\.(\w+)'\s*\|\s*trans(?:\((?:[^()]|\([^()]*\))*\))?[^{}]*\}\}"
)
PHP_ARRAY_ENTRY = re.compile(r"'([\w.-]+)'\s*=>\s*'((?:[^'\\]|\\.)*)'")


SQL_STRING = re.compile(r"(\bE)?'((?:[^'\\]|''|\\.)*)'")


PHP_ARRAY_ENTRY_ANY = re.compile(
    r"""(['"])([\w.-]+)\1\s*=>\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")""", re.S
)


def parse_php_file_keys(text: str) -> dict[str, str]:
    """key -> text of a PHP language file, values in single or double quotes (may span lines)."""
    return {
        m.group(2): unescape(m.group(3) if m.group(3) is not None else m.group(4))
        for m in PHP_ARRAY_ENTRY_ANY.finditer(text)
    }


def parse_php_array(text: str) -> dict[str, str]:
    """key -> text of a PHP language file (`'key' => 'text'`, nested arrays flattened by key)."""
    return {m.group(1): unescape(m.group(2)) for m in PHP_ARRAY_ENTRY.finditer(text)}


def read_format(raw: str, fmt: str, catalog: dict[str, str] | None = None) -> str:
    """The text in `raw` (some lines of a file) read according to `fmt`."""
    if fmt == "literal":
        # The string literals in the lines, in order (code that builds an email from strings).
        raw = "".join(
            unescape(next(g for g in m.groups() if g is not None))
            for m in STRING_LITERAL.finditer(raw)
        )
    elif fmt == "literal-value":
        # `'key' => 'value'` lines: the last string literal of each line.
        values = []
        for line in raw.splitlines():
            found = list(STRING_LITERAL.finditer(line))
            if found:
                values.append(unescape(next(g for g in found[-1].groups() if g is not None)))
        raw = "\n".join(values)
    elif fmt == "literal-lines":
        # One string literal per line, each its own line.
        raw = "\n".join(
            unescape(next(g for g in m.groups() if g is not None))
            for m in STRING_LITERAL.finditer(raw)
        )
    elif fmt == "po":
        chunks: list[str] = []
        active = False
        for line in raw.splitlines():
            stripped = line.strip()
            if stripped.startswith("msgstr"):
                active = True
                stripped = stripped[len("msgstr") :].strip()
            elif stripped.startswith(("msgid", "#")):
                active = False
                continue
            if active and stripped.startswith('"'):
                chunks.append(unescape(stripped[1:-1]))
        raw = "".join(chunks)
    elif fmt == "yaml":
        values = []
        for line in raw.splitlines():
            _, _, value = line.partition(": ")
            value = value.strip()
            if value[:1] in "\"'" and value[-1:] == value[:1]:
                value = unescape(value[1:-1])
            values.append(value)
        raw = "\n".join(values)
    elif fmt == "csv-cell":
        # One CSV record spread over the lines; the email is its first cell.
        raw = next(csv.reader(io.StringIO(raw)))[0]
    elif fmt == "sql-last":
        # SQL seed data: the last complete '...' literal in the lines ('' is a quote; backslash
        # escapes are read, as MySQL and E'...' strings do), so a range ending on a row's body
        # gives the body and its first line alone gives the subject.
        found = SQL_STRING.findall(raw)
        raw = unescape(found[-1][1].replace("''", "'")) if found else ""
    elif fmt == "literal-last":
        # A language file's `"key" => "value"` entry whose value spans several lines: the last
        # complete string literal in the lines (the key's literal comes before it).
        found = list(STRING_LITERAL.finditer(raw))
        raw = unescape(next(g for g in found[-1].groups() if g is not None)) if found else ""
    elif fmt == "pystr":
        # The content of a triple-quoted string that starts and ends in these lines.
        raw = raw.split('"""', 1)[1].rsplit('"""', 1)[0]
    elif fmt == "json-value":
        # Lines of `"key": "value",`: the values, as JSON strings.
        raw = "\n".join(
            json.loads(line.split(":", 1)[1].strip().rstrip(","))
            for line in raw.splitlines()
            if ":" in line
        )
    elif fmt == "field":
        # A `Label: value` line (a Markdown subject line): the value, without emphasis marks.
        raw = raw.split(":", 1)[1].replace("**", "").strip() if ":" in raw else raw
    elif fmt == "quote":
        # A Markdown block quote: the lines without their leading "> ".
        raw = "\n".join(re.sub(r"^\s*> ?", "", line) for line in raw.splitlines())
    elif fmt == "php-template":
        # A plain PHP template (.phtml): each `<?= expression ?>` echo becomes the placeholder value
        # of its expression (nothing for a rendered partial), each `<?php ... ?>` block is dropped.
        raw = PHP_ECHO.sub(
            lambda m: "" if "partial(" in m.group(1) else placeholder_value(m.group(1)), raw
        )
        raw = PHP_BLOCK.sub("", raw)
    elif fmt == "php-gettext":
        # A PHP template: the HTML as is, and of each PHP block only its translatable strings.
        raw = PHP_BLOCK.sub(
            lambda m: " ".join(unescape(g[1]) for g in GETTEXT_CALL.findall(m.group(1))), raw
        )
    elif fmt == "twig-trans":
        # A Twig template whose text is in {{ 'group::file.section.key' | trans(...) }} calls:
        # each key's text from the language's PHP array file (the key itself when missing).
        messages = catalog or {}
        raw = TWIG_TRANS.sub(lambda m: messages.get(m.group(1), m.group(1)), raw)
    elif fmt == "laravel-i18n":
        # A Blade template whose text is in {{ __('...') }} calls: each in the JSON catalog's
        # language (the string itself when there is no catalog).
        messages = catalog or {}
        raw = LARAVEL_I18N.sub(
            lambda m: messages.get(unescape(m.group(2)), unescape(m.group(2))), raw
        )
    elif fmt == "gettext-call":
        # Only the messages of the gettext calls in the lines (a subject passed as an argument).
        messages = catalog or {}
        raw = " ".join(
            messages.get(unescape(m.group(1)), unescape(m.group(1)))
            for m in GETTEXT_WRAPPED.finditer(raw)
        )
        raw = re.sub(r"%\{(\w+)\}", lambda m: placeholder_value(m.group(1)), raw)
    elif fmt == "gettext":
        # Elixir/EEx lines built from gettext calls: each call's message in the catalog's language
        # (the message itself when there is no catalog), then %{name} and #{...} filled.
        messages = catalog or {}
        raw = GETTEXT_WRAPPED.sub(
            lambda m: messages.get(unescape(m.group(1)), unescape(m.group(1))), raw
        )
        raw = re.sub(r"%\{(\w+)\}", lambda m: placeholder_value(m.group(1)), raw)
        raw = re.sub(r"#\{([^{}]*)\}", lambda m: placeholder_value(m.group(1)), raw)
    elif fmt == "markup":
        # a JavaScript function's template literal: without `return \`` and the closing \`;
        raw = re.sub(r"^\s*return\s*`", "", raw)
        raw = re.sub(r"`\s*;?\s*$", "", raw)
    elif fmt != "text":
        raise ValueError(f"unknown format {fmt!r}")
    raw = fill_placeholders(raw)
    if fmt != "text" or re.search(r"<(p|br|div|a|strong|b|table|span)\b", raw, re.I):
        raw = html.unescape(raw) if "<" not in raw else html_to_text(raw)
    return tidy(raw)


# --- sources ------------------------------------------------------------------------------


class Sources:
    def __init__(self, mirror: Path | None, offline: bool) -> None:
        self.mirror = mirror
        self.offline = offline
        self.cache: dict[tuple[str, str, str], str | None] = {}

    def repo_file(self, repo: str, commit: str, path: str) -> str | None:
        key = (repo, commit, path)
        if key in self.cache:
            return self.cache[key]
        text = None
        if self.mirror is not None:
            git_dir = self.mirror / repo.replace("/", "+") / "repo"
            if (git_dir / ".git").is_dir():  # a clone with a work tree rather than a bare one
                git_dir = git_dir / ".git"
            if git_dir.exists():
                done = subprocess.run(
                    ["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                    capture_output=True,
                )
                if done.returncode == 0:
                    text = done.stdout.decode("utf-8", "replace")
        if text is None and not self.offline:
            url = f"https://raw.githubusercontent.com/{repo}/{commit}/{urllib.parse.quote(path)}"
            text = download(url)
        self.cache[key] = text
        return text

    def page(self, url: str) -> str | None:
        if self.offline:
            return None
        key = ("page", url, "")
        if key not in self.cache:
            markup = download(url)
            self.cache[key] = html_to_text(markup) if markup is not None else None
        return self.cache[key]


def download(url: str) -> str | None:
    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read().decode("utf-8", "replace")
    except Exception:  # any failure means "could not rebuild"
        return None


def lines_of(text: str, span: list[int]) -> str:
    first, last = span
    return "\n".join(text.splitlines()[first - 1 : last])


def from_repo(item: dict, sources: Sources) -> tuple[str, str] | str:
    loc = item["locator"]
    text = sources.repo_file(item["repo"], item["commit"], item["path"])
    if text is None:
        return "file not available"
    catalog = None
    if loc.get("po"):
        po_text = sources.repo_file(item["repo"], item["commit"], loc["po"])
        if po_text is None:
            return "translation catalog not available"
        if loc["po"].endswith(".json"):
            catalog = json.loads(po_text)
        elif loc["po"].endswith(".php"):
            catalog = parse_php_array(po_text)
            # Laravel also looks a language file's strings up as `file.key` (`__('mail.subject')`),
            # single- or double-quoted; these keys hold a dot, so the bare keys above are unchanged.
            stem = Path(loc["po"]).stem
            catalog.update({f"{stem}.{k}": v for k, v in parse_php_file_keys(po_text).items()})
        else:
            catalog = parse_po(po_text)
    body = read_format(lines_of(text, loc["lines"]), loc.get("format", "markup"), catalog)
    subject = ""
    if loc.get("subject"):
        s = loc["subject"]
        s_text = sources.repo_file(item["repo"], item["commit"], s.get("path", item["path"]))
        if s_text is None:
            return "subject file not available"
        subject = read_format(lines_of(s_text, s["lines"]), s.get("format", "literal"), catalog)
    return subject, body


def find_window(page: str, anchor: dict) -> str | None:
    """The stretch of `page` whose normalised words match the anchors (first 8, last 8, count)."""
    text = unicodedata.normalize("NFKC", page)
    spans = word_spans(text)
    tokens = [w for w, _, _ in spans]
    n = int(anchor["n_words"])
    for i in range(0, len(tokens) - n + 1):
        if digest(tokens[i : i + min(n, ANCHOR)]) != anchor["first8"]:
            continue
        if digest(tokens[max(i, i + n - ANCHOR) : i + n]) == anchor["last8"]:
            return tidy(text[spans[i][1] : spans[i + n - 1][2]])
    return None


def find_subject(page: str, anchor: dict) -> str | None:
    spans = word_spans(unicodedata.normalize("NFKC", page))
    tokens = [w for w, _, _ in spans]
    n = int(anchor["n_words"])
    for i in range(0, len(tokens) - n + 1):
        if digest(tokens[i : i + n]) == anchor["sha256"]:
            text = unicodedata.normalize("NFKC", page)
            return text[spans[i][1] : spans[i + n - 1][2]]
    return None


def from_page(item: dict, sources: Sources, saved: dict[str, dict]) -> tuple[str, str] | str:
    loc = item["locator"]
    if item["id"] in saved:
        row = saved[item["id"]]
        return row.get("subject", ""), row["body"]
    page = sources.page(item["source"])
    if page is None:
        return "page not available (offline, gone or refused)"
    body = find_window(page, loc["anchors"])
    if body is None:
        return "email not found on the page (the page changed?)"
    subject = ""
    if loc.get("subject_anchor"):
        found = find_subject(page, loc["subject_anchor"])
        if found is None:
            return "subject not found on the page"
        subject = found
    return subject, body


def local_for(index: Path) -> Path:
    """The git-ignored file an index's texts are rebuilt into: `real_mail_index<_x>.jsonl` ->
    `real_mail<_x>.local.jsonl` next to it (so round 2 never overwrites the first set)."""
    if index.resolve() == INDEX.resolve():
        return LOCAL
    stem = index.name.removesuffix(".jsonl").replace("_index", "", 1)
    return index.parent / f"{stem}.local.jsonl"


def load_index(path: Path = INDEX) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def rebuild(
    index: list[dict], sources: Sources, saved: dict[str, dict]
) -> tuple[list[dict], list[tuple[str, str]]]:
    rows: list[dict] = []
    missing: list[tuple[str, str]] = []
    for item in index:
        got = from_repo(item, sources) if item.get("repo") else from_page(item, sources, saved)
        if isinstance(got, str):
            missing.append((item["id"], got))
            continue
        subject, body = got
        if text_sha256(subject, body) != item["sha256"]:
            missing.append((item["id"], "text differs from the index (sha256)"))
            continue
        rows.append(
            {
                "id": item["id"],
                "subject": subject,
                "body": body,
                "from": item.get("from", ""),
                "label": item["label"],
                "lang": item["lang"],
            }
        )
    return rows, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--index",
        type=Path,
        default=INDEX,
        help=f"the index to rebuild (round 2: {INDEX_ROUND2.name})",
    )
    parser.add_argument(
        "--out", type=Path, help="where to write the texts (default: the index's own .local.jsonl)"
    )
    parser.add_argument("--mirror", type=Path, help="directory of bare clones, owner+name/repo")
    parser.add_argument(
        "--pages-from", type=Path, help="JSONL of {id, subject, body} already saved"
    )
    parser.add_argument("--offline", action="store_true", help="never download")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    saved: dict[str, dict] = {}
    if args.pages_from and args.pages_from.exists():
        for line in args.pages_from.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                saved[row["id"]] = row
    index = load_index(args.index)
    if args.out is None:
        args.out = local_for(args.index)
    rows, missing = rebuild(index, Sources(args.mirror, args.offline), saved)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"rebuilt {len(rows)} of {len(index)} emails into {args.out}")
    if missing:
        print(f"{len(missing)} could not be rebuilt:")
        if not args.quiet:
            for item_id, why in missing:
                print(f"  {item_id}: {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
