"""From a JobPosting's data to what an application holds: readable location, salary, text, date."""

from __future__ import annotations

import datetime as dt
import html
import re
from decimal import Decimal, InvalidOperation

from bs4 import BeautifulSoup, Tag

from nextyes.pipeline.job_posting.reading import Node

# Currencies written with their sign in front; any other is written as its code ("CHF 90,000").
_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹"}
_PER = {
    "HOUR": "an hour",
    "DAY": "a day",
    "WEEK": "a week",
    "MONTH": "a month",
    "YEAR": "a year",
    "ANNUAL": "a year",
    "ANNUALLY": "a year",
}
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "section"}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")
# "Thu Dec 31 00:00:00 UTC 2026": how Java's Date.toString writes a date (SuccessFactors does).
_JAVA_DATE = re.compile(r"^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) [\d:]+ \S+ (\d{4})$")


def first(value: object) -> object:
    """A property's first value: JSON-LD and microdata both allow one value or a list."""
    if isinstance(value, list):
        return next((item for item in value if item not in (None, "", {})), None)
    return value


def text(value: object) -> str:
    """A plain one-line string from a text property (a name, a title), or ""."""
    value = first(value)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return " ".join(html.unescape(value).split()) if isinstance(value, str) else ""


def company_of(posting: Node) -> str:
    organization = first(posting.get("hiringOrganization"))
    if isinstance(organization, dict):
        return text(organization.get("name")) or text(organization.get("legalName"))
    return text(organization)


def location_of(posting: Node) -> str:
    """Each place as "City, Region, Country" (parts given), several joined by "; "."""
    places = posting.get("jobLocation")
    places_list = places if isinstance(places, list) else [places]
    found: list[str] = []
    for place in places_list:
        where = _place(place)
        if where and where not in found:
            found.append(where)
    if not found:
        # Microdata without nested itemscopes leaves the address's parts on the posting itself.
        found = [where] if (where := _address(posting)) else []
    remote = text(posting.get("jobLocationType")).upper() == "TELECOMMUTE"
    if remote:
        allowed = _applicants_from(posting.get("applicantLocationRequirements"))
        found.insert(0, f"Remote ({allowed})" if allowed else "Remote")
    return "; ".join(found)


def _place(place: object) -> str:
    if isinstance(place, str):
        return text(place)
    if not isinstance(place, dict):
        return ""
    address = first(place.get("address"))
    if isinstance(address, str):
        return text(address)
    if isinstance(address, dict):
        written = _address(address)
        if written:
            return written
    return text(place.get("name"))


def _address(address: Node) -> str:
    parts = [
        text(address.get(key)) for key in ("addressLocality", "addressRegion", "addressCountry")
    ]
    unique = [part for i, part in enumerate(parts) if part and part not in parts[:i]]
    # Some boards put the whole place in the street's field.
    return ", ".join(unique) or text(address.get("streetAddress"))


def _applicants_from(requirements: object) -> str:
    values = requirements if isinstance(requirements, list) else [requirements]
    return ", ".join(name for name in (text(value) for value in values) if name)


# --- Salary.


def salary_of(posting: Node) -> str:
    """A readable range, e.g. "€50,000–60,000 a year"; "" when the posting gives none."""
    amount = first(posting.get("baseSalary")) or first(posting.get("estimatedSalary"))
    currency = text(posting.get("salaryCurrency"))
    if isinstance(amount, dict):
        currency = text(amount.get("currency")) or currency
        value = first(amount.get("value"))
        unit = text(amount.get("unitText"))
        if isinstance(value, dict):
            unit = text(value.get("unitText")) or unit
            low = _number(value.get("minValue"))
            high = _number(value.get("maxValue"))
            exact = value.get("value")
        else:
            low = high = None
            exact = value
        written = _range(low, high, _number(exact), currency) or text(exact)
        return _with_unit(written, unit)
    if amount is not None:
        number = _number(amount)
        return _range(None, None, number, currency) if number is not None else text(amount)
    # A few boards write the salary as free text outside schema.org's baseSalary.
    return text(posting.get("salary"))


def _number(value: object) -> Decimal | None:
    value = first(value)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, dict):
        return _number(value.get("value"))
    try:
        return Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        return None


def _amount(number: Decimal) -> str:
    return f"{number:,.0f}" if number == number.to_integral_value() else f"{number:,.2f}"


def _range(low: Decimal | None, high: Decimal | None, exact: Decimal | None, currency: str) -> str:
    if low is not None and high is not None:
        if low == high:
            return _currency(_amount(low), currency)
        return _currency(f"{_amount(low)}–{_amount(high)}", currency)
    if exact is not None:
        return _currency(_amount(exact), currency)
    if low is not None:
        return f"from {_currency(_amount(low), currency)}"
    if high is not None:
        return f"up to {_currency(_amount(high), currency)}"
    return ""


def _currency(figures: str, currency: str) -> str:
    code = currency.upper()
    if code in _SIGNS:
        return f"{_SIGNS[code]}{figures}"
    return f"{code} {figures}" if code else figures


def _with_unit(written: str, unit: str) -> str:
    per = _PER.get(unit.upper().strip())
    return f"{written} {per}" if written and per else written


# --- Description and closing date.


def plain_text(markup: str) -> str:
    """A description's HTML as plain text with its paragraphs and list items on their own lines.

    JSON-LD often carries the HTML escaped once more (`&lt;p&gt;`): that is unescaped first.
    """
    if "&lt;" in markup and "<" not in markup:
        markup = html.unescape(markup)
    soup = BeautifulSoup(markup, "html.parser")
    for hidden in soup.find_all(["script", "style", "template"]):
        hidden.decompose()
    for element in soup.find_all(True):
        if not isinstance(element, Tag):
            continue
        if element.name == "li":
            element.insert(0, "\n- ")
        elif element.name in _BLOCKS:
            element.insert(0, "\n")
            element.append("\n")
    lines = (_SPACES.sub(" ", line).strip() for line in soup.get_text().split("\n"))
    joined = "\n".join(lines)
    return _BLANK_LINES.sub("\n\n", joined).strip()


def description_of(posting: Node) -> str:
    value = first(posting.get("description"))
    return plain_text(value) if isinstance(value, str) else ""


def closing_date(value: object) -> dt.date | None:
    """validThrough as a date: the day as the posting writes it, whatever its time zone."""
    raw = text(value)
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        pass
    java = _JAVA_DATE.match(raw)
    if java:
        month, day, year = java.groups()
        try:
            return dt.datetime.strptime(f"{day} {month} {year}", "%d %b %Y").date()
        except ValueError:
            return None
    return None
