"""Reading a job ad: schema.org `JobPosting` data from a page's HTML, as an application's fields.

Pure and framework-free: `extract(html, url)` reads JSON-LD (including `@graph` arrays and
`@id` references), then microdata, then the page's <title> and Open Graph tags, and fills what
each one knows. The bookmarklet's page, the phone's share target and `nextyes add
--from-url-file` all use it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from bs4 import BeautifulSoup

from nextyes.pipeline.job_posting import mapping
from nextyes.pipeline.job_posting.reading import (
    Node,
    json_ld_postings,
    microdata_postings,
    page_meta,
)

# The application's field sizes (pipeline.models.Application): longer values are cut.
LIMITS = {"company": 200, "role": 200, "location": 200, "salary": 100, "link": 1000}
DESCRIPTION_LIMIT = 20_000
# "Senior Engineer at Acme | Board" or "Acme hiring Senior Engineer in Berlin | LinkedIn".
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]+$")
_AT = re.compile(r"^(?P<role>.+?)\s+(?:at|@|bei|chez)\s+(?P<company>.+)$", re.IGNORECASE)
_HIRING = re.compile(r"^(?P<company>.+?)\s+hiring\s+(?P<role>.+?)(?:\s+in\s+.+)?$", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class JobPosting:
    """What a page says about a job; "" (or None) for what it does not say."""

    company: str = ""
    role: str = ""
    location: str = ""
    salary: str = ""
    description: str = ""
    closes_on: dt.date | None = None
    link: str = ""
    # Whether schema.org data was found (else only the title and address were read).
    structured: bool = False

    def filled_from(self, other: JobPosting) -> JobPosting:
        """This posting with its empty fields taken from `other`."""
        changes = {
            field.name: getattr(other, field.name)
            for field in dataclasses.fields(self)
            if not getattr(self, field.name) and getattr(other, field.name)
        }
        return dataclasses.replace(self, **changes)


def extract(page: str, url: str = "", title: str = "") -> JobPosting:
    """Everything the page says about its job; `url` and `title` are the browser's own."""
    soup = BeautifulSoup(page, "html.parser")
    found = JobPosting()
    for node in json_ld_postings(soup) + microdata_postings(soup):
        found = found.filled_from(_from_node(node))
    meta = page_meta(soup)
    found = found.filled_from(from_title(title or meta.get("og:title") or meta.get("title", "")))
    link = url.strip() or found.link or meta.get("og:url") or meta.get("canonical", "")
    return _clipped(dataclasses.replace(found, link=link))


def _from_node(node: Node) -> JobPosting:
    return JobPosting(
        company=mapping.company_of(node),
        role=mapping.text(node.get("title")) or mapping.text(node.get("name")),
        location=mapping.location_of(node),
        salary=mapping.salary_of(node),
        description=mapping.description_of(node),
        closes_on=mapping.closing_date(node.get("validThrough")),
        link=_web_address(mapping.text(node.get("url"))),
        structured=True,
    )


def from_title(title: str) -> JobPosting:
    """A role (and maybe a company) from a page title such as "Designer at Acme | Jobs"."""
    clean = " ".join(title.split())
    if not clean:
        return JobPosting()
    bare = _SITE_SUFFIX.sub("", clean) or clean
    for pattern in (_HIRING, _AT):
        match = pattern.match(bare)
        if match:
            return JobPosting(company=match["company"].strip(), role=match["role"].strip())
    return JobPosting(role=bare)


def _web_address(value: str) -> str:
    return value if value.lower().startswith(("http://", "https://")) else ""


def _clipped(posting: JobPosting) -> JobPosting:
    return dataclasses.replace(
        posting,
        company=posting.company[: LIMITS["company"]],
        role=posting.role[: LIMITS["role"]],
        location=posting.location[: LIMITS["location"]],
        salary=posting.salary[: LIMITS["salary"]],
        link=posting.link[: LIMITS["link"]],
        description=posting.description[:DESCRIPTION_LIMIT],
    )


__all__ = ["JobPosting", "extract", "from_title"]
