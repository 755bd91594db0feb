"""Read an invitation: what kind of interview, and its date and time ("Tuesday 14 March at
10:30", "on 3/14 at 2pm", "2026-03-14 14:00", "le 14 mars à 10h30", "am 14. März um 10:30 Uhr",
"el 14 de marzo a las 10:30").

Small on purpose: it only pre-fills a form the person checks, so when it is unsure (no time, an
impossible date) it answers None rather than guess. Dates without a year are read relative to
the message's date: the first such day on or after it (an invitation talks about what is next).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from nextyes.pipeline.choices import InterviewKind

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan janvier janv januar jän enero ene",
        "february feb février fevrier févr fevr februar febrero",
        "march mar mars märz maerz marzo",
        "april apr avril avr abril abr",
        "may mai mayo",
        "june jun juin juni junio",
        "july jul juillet juil juli julio",
        "august aug août aout agosto",
        "september sep sept septembre septiembre",
        "october oct octobre oktober okt octubre",
        "november nov novembre noviembre",
        "december dec décembre decembre dezember dez diciembre dic",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

# Monday is 0, as in `date.weekday()`.
WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "monday mon lundi montag lunes",
        "tuesday tue tues mardi dienstag martes",
        "wednesday wed mercredi mittwoch miércoles miercoles",
        "thursday thu thurs jeudi donnerstag jueves",
        "friday fri vendredi freitag viernes",
        "saturday sat samedi samstag sábado sabado",
        "sunday sun dimanche sonntag domingo",
    )
):
    for _name in _names.split():
        WEEKDAYS[_name] = _number

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th|er|\.)?"

# Each date pattern names its groups: day, month (a name), mon (a number), year, weekday.
_DATES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # 2026-03-14 (the time, if any, is found next to it like any other)
        r"\b(?P<year>20\d\d)-(?P<mon>\d{1,2})-(?P<day>\d{1,2})\b",
        # (Tuesday,) 14(th) (of|de) March (2026) / 14. März
        rf"(?:\b(?P<weekday>{_WEEKDAY})\.?,?\s+(?:the\s+|le\s+|den\s+|el\s+)?)?\b(?P<day>\d{{1,2}}){_ORD}"
        rf"\s+(?:of\s+|de\s+)?(?P<month>{_MONTH})\b\.?(?:,?\s+(?:de\s+)?(?P<year>20\d\d)\b)?",
        # (Tuesday,) March 14(th)(, 2026)
        rf"(?:\b(?P<weekday>{_WEEKDAY})\.?,?\s+)?\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}}){_ORD}"
        r"(?!\d|:)(?:,?\s+(?P<year>20\d\d)\b)?",
        # 3/14 or 3/14/2026 (month first, as English mail writes it; 14/3 is read day first)
        r"(?<![\d/])(?P<mon>\d{1,2})/(?P<day>\d{1,2})(?:/(?P<year>(?:20)?\d\d))?(?![\d/])",
        # 14.03.2026 (German and others: day first, with a year so it is not a version number)
        r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>20\d\d)\b",
        # Tuesday (next one after the message), tomorrow
        rf"\b(?:(?:next|this|on)\s+)?(?P<weekday>{_WEEKDAY})\b(?!\s+\d)",
        r"\b(?P<tomorrow>tomorrow|demain|morgen|mañana)\b",
    )
]

# 10:30, 10.30 am, 2pm, 14h30, 14 h, 10:30 Uhr
_TIME = re.compile(
    r"(?<![\d:./-])(?P<hour>\d{1,2})(?:(?::|\.|h\s?)(?P<minute>[0-5]\d))?\s*"
    r"(?P<half>a\.?m\.?|p\.?m\.?|h(?![a-z])|uhr)?(?![\d:/])",
    re.IGNORECASE,
)
# How far from a date its time may be written ("Tuesday 14 March, from 10:30" / "at 3pm on …").
_AFTER, _BEFORE = 45, 30
# When the message moves a slot, the new one is the one meant.
_NEW_SLOT = re.compile(
    r"\b(instead|new time|moved to|reschedul\w*|works better|how about|would .{0,20}work)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    date: dt.date


def find_when(text: str, sent: dt.datetime | dt.date, tz: dt.tzinfo) -> dt.datetime | None:
    """The first date with a time in `text`, as an aware datetime in `tz`; None when unsure."""
    base = sent.astimezone(tz).date() if isinstance(sent, dt.datetime) else sent
    text = text[:20_000]
    found = _dates(text, base)
    times = [(m.start(), m.end(), t) for m in _TIME.finditer(text) if (t := _time(m)) is not None]
    candidates: list[tuple[int, dt.datetime]] = []
    for date in found:
        moment = _time_near(date, times)
        if moment is not None:
            candidates.append((date.start, dt.datetime.combine(date.date, moment, tzinfo=tz)))
    if not candidates:
        return None
    for start, when in candidates:
        if _NEW_SLOT.search(text, max(0, start - 80), start):
            return when
    return candidates[0][1]


def _dates(text: str, base: dt.date) -> list[_Found]:
    """Every readable date, the most precise pattern winning where two overlap."""
    taken: list[tuple[int, int]] = []
    found: list[_Found] = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            date = _date(match.groupdict(), base)
            if date is not None:
                taken.append((match.start(), match.end()))
                found.append(_Found(match.start(), match.end(), date))
    return sorted(found, key=lambda f: f.start)


def _date(groups: dict[str, str | None], base: dt.date) -> dt.date | None:
    if groups.get("tomorrow"):
        return base + dt.timedelta(days=1)
    day, month = groups.get("day"), groups.get("month") or groups.get("mon")
    weekday = WEEKDAYS.get((groups.get("weekday") or "").lower().rstrip("."))
    if day is None:
        if weekday is None:
            return None
        ahead = (weekday - base.weekday()) % 7 or 7
        return base + dt.timedelta(days=ahead)
    name = groups.get("month")
    number = MONTHS.get(name.lower().rstrip("."), 0) if name else int(month or 0)
    day_number = int(day)
    if groups.get("mon") and not groups.get("month") and number and number > 12 >= day_number:
        number, day_number = day_number, number  # 14/3: day first
    if not number:
        return None
    year = groups.get("year")
    if year:
        return _valid(int(year) + (2000 if len(year) == 2 else 0), number, day_number)
    # No year: this year's, or next year's when this year's is well before the message.
    for candidate_year in (base.year, base.year + 1):
        date = _valid(candidate_year, number, day_number)
        if date is not None and date >= base - dt.timedelta(days=7):
            return date
    return None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _time(match: re.Match[str]) -> dt.time | None:
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    half = (match["half"] or "").lower().replace(".", "")
    if half in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif match["minute"] is None and half not in ("h", "uhr"):
        return None  # a bare number is not a time
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def _time_near(date: _Found, times: list[tuple[int, int, dt.time]]) -> dt.time | None:
    """The time written just after the date, else just before it."""
    for start, _end, moment in times:
        if date.end <= start <= date.end + _AFTER:
            return moment
    for _start, end, moment in reversed(times):
        if date.start - _BEFORE <= end <= date.start:
            return moment
    return None


_KINDS = [
    (InterviewKind.PHONE, r"\b(phone|call you|téléphon\w*|telefon\w*|llamada)\b"),
    (
        InterviewKind.ON_SITE,
        r"\b(on-?site|in person|our office|visit us|dans nos locaux|vor Ort)\b",
    ),
    (InterviewKind.TAKE_HOME, r"\b(take-?home|assignment|case study|coding exercise)\b"),
]


def interview_kind(text: str) -> str:
    """Phone, on-site or take-home when the message says so; video otherwise (the usual)."""
    for kind, pattern in _KINDS:
        if re.search(pattern, text[:5000], re.IGNORECASE):
            return kind
    return InterviewKind.VIDEO
