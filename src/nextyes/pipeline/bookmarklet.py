"""The "Save to NextYes" bookmarklet: a `javascript:` link that sends the job page one is on.

It runs on the job board's page, not ours, so it cannot call NextYes in the background (that
would need CORS) and our strict CSP does not apply to it. It builds a form on the page and posts
it into a new tab: the page's address, its title and its schema.org markup (the JSON-LD scripts,
the microdata JobPosting items, the Open Graph tags), nothing else of the page. NextYes reads
them (`pipeline.job_posting`) and shows a prefilled form to confirm; see views/save_job.py for
why that takes one hop through a tiny relay page.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote

# The most the bookmarklet sends: enough for any job ad's markup, far below Django's upload limit.
MAX_MARKUP = 1_000_000

_SOURCE = """
(function () {
  var d = document, parts = [];
  function grab(selector) {
    Array.prototype.forEach.call(d.querySelectorAll(selector), function (e) {
      parts.push(e.outerHTML);
    });
  }
  grab('script[type="application/ld+json"]');
  grab('[itemtype*="JobPosting"],[itemtype*="jobposting"]');
  grab('meta[property^="og:"],link[rel="canonical"]');
  var form = d.createElement("form");
  form.method = "post";
  form.action = ENDPOINT;
  form.target = "_blank";
  form.acceptCharset = "utf-8";
  [["url", location.href], ["title", d.title], ["markup", parts.join("\\n").slice(0, MAX)]]
    .forEach(function (pair) {
      var input = d.createElement("input");
      input.type = "hidden";
      input.name = pair[0];
      input.value = pair[1];
      form.appendChild(input);
    });
  (d.body || d.documentElement).appendChild(form);
  form.submit();
  form.remove();
})();
"""


def script(endpoint: str) -> str:
    """The bookmarklet's JavaScript, posting to `endpoint` (an absolute address of ours)."""
    code = _SOURCE.replace("ENDPOINT", json.dumps(endpoint)).replace("MAX", str(MAX_MARKUP))
    # One line: bookmarks keep a single line, and the code has no // comments to break.
    return re.sub(r"\s*\n\s*", " ", code).strip()


def href(endpoint: str) -> str:
    """The link to drag to the bookmarks bar: `javascript:` and the script, percent-encoded."""
    return "javascript:" + quote(script(endpoint), safe="()[];,=._'*!~/:")
