"""Save a job from any page: the bookmarklet's and the phone's share target's landing page.

The bookmarklet posts from the job board's page into a new tab. That POST comes from another
site, so the browser leaves out our SameSite=Lax session cookie: whoever is signed in looks
anonymous. So the first answer is a tiny relay page that posts the same fields again, now from
our own page (a static script submits it; a button does without scripts), and that request
carries the cookie. Neither request changes anything: they only fill in the form that the person
confirms with the usual "Add application" (CSRF-protected, `application_new`). The relay page
does not extend base.html, whose CSRF token would replace the person's cookie from a foreign
request and break their other tabs' forms.

The phone's share target (the manifest's `share_target`) arrives as a GET from our own app, so
it needs no relay: only the address and title are known then.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from nextyes.pipeline.bookmarklet import MAX_MARKUP
from nextyes.pipeline.forms import ApplicationForm

if TYPE_CHECKING:
    from nextyes.pipeline.job_posting import JobPosting

_WEB_ADDRESS = re.compile(r"https?://\S+")
# The fields the bookmarklet sends, each cut to a size no page needs more of.
_SIZES = {"url": 1000, "title": 500, "markup": MAX_MARKUP}


@csrf_exempt  # it only shows a form; saving goes through the CSRF-protected application_new
@require_http_methods(["GET", "POST"])
def save_job(request: HttpRequest) -> HttpResponse:
    source = request.POST if request.method == "POST" else request.GET
    sent = {name: source.get(name, "")[:size] for name, size in _SIZES.items()}
    if not request.user.is_authenticated:
        if request.method == "POST" and not source.get("relayed"):
            return render(request, "pipeline/save_job_relay.html", {"sent": sent})
        if request.method == "GET":
            return redirect_to_login(request.get_full_path())
        return render(request, "pipeline/save_job_signed_out.html", status=403)
    # Loaded on first use: BeautifulSoup would add about 90 ms to every server start.
    from nextyes.pipeline import job_posting

    if request.method == "POST":
        posting = job_posting.extract(sent["markup"], sent["url"], sent["title"])
    else:
        posting = _shared(sent["url"], sent["title"], source.get("text", "")[:2000])
    form = ApplicationForm(initial=_initial(posting))
    context = {"form": form, "posting": posting, "site": urlsplit(posting.link).hostname or ""}
    return render(request, "pipeline/save_job.html", context)


def _shared(url: str, title: str, text: str) -> JobPosting:
    """What a phone's share gives: a title, and an address (some apps put it in the text)."""
    found = _WEB_ADDRESS.search(text)
    link = url.strip() or (found.group(0) if found else "")
    from nextyes.pipeline import job_posting  # see save_job

    posting = job_posting.from_title(title or _WEB_ADDRESS.sub("", text))
    return job_posting.JobPosting(company=posting.company, role=posting.role, link=link[:1000])


def _initial(posting: JobPosting) -> dict[str, object]:
    return {
        "company": posting.company,
        "role": posting.role,
        "location": posting.location,
        "salary": posting.salary,
        "job_description": posting.description,
        "closes_on": posting.closes_on,
        "link": posting.link,
    }
