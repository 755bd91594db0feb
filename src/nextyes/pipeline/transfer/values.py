"""Reading the values other tools write: dates in many shapes, status words, channels, work mode.

Pure functions, no database: the importer, the mapping guess and the tests all use them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from nextyes.pipeline.choices import Channel, Stage, WorkMode
from nextyes.pipeline.transfer.synonyms import CHANNEL_HINTS, CHANNELS, STATUSES, WORK_MODES

DMY = "dmy"
MDY = "mdy"
DATE_ORDERS = (DMY, MDY)


def norm_key(text: str) -> str:
    """The comparable core of a word: no accents, no case, no spaces or punctuation."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "", plain.lower())


def status_key(word: str) -> str:
    """How the person's own status answers are keyed (a word of emoji or dashes keys as itself)."""
    return norm_key(word) or word.strip().casefold()


_STATUS_INDEX = {norm_key(word): stage for stage, words in STATUSES.items() for word in words}
_STATUS_INDEX.update({norm_key(s.value): s.value for s in Stage})
# "Interview round 2", "2nd interview", "Final round": the counting words say nothing of the stage.
_COUNTING = re.compile(
    r"\b(\d+(st|nd|rd|th)?|round|rounds|first|second|third|fourth|fifth|final|last|next)\b"
)


def status_for(word: str, extra: dict[str, str] | None = None) -> str | None:
    """The stage a status word from another tool means, or None when we do not know it.

    `extra` is the person's own answers (status_key(word) → stage); they win over the table.
    """
    if extra and status_key(word) in extra:
        return extra[status_key(word)]
    key = norm_key(word)
    if not key:
        return None
    if key in _STATUS_INDEX:
        return _STATUS_INDEX[key]
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii").lower()
    stripped = norm_key(_COUNTING.sub(" ", plain))
    return _STATUS_INDEX.get(stripped) if stripped else None


_CHANNEL_INDEX = {norm_key(word): channel for channel, words in CHANNELS.items() for word in words}
_CHANNEL_INDEX.update({norm_key(c.value): c.value for c in Channel})


def channel_for(word: str) -> str | None:
    """The channel a source word means; None when the word says nothing we recognise."""
    key = norm_key(word)
    if not key:
        return None
    if key in _CHANNEL_INDEX:
        return _CHANNEL_INDEX[key]
    # "LinkedIn recruiter InMail", "Referral via Sam": the telling part wins, in hint order.
    for hint, channel in CHANNEL_HINTS:
        if hint in key:
            return channel
    return None


def channel_or_other(word: str) -> str:
    return channel_for(word) or Channel.OTHER.value


_WORK_MODE_INDEX = {norm_key(w): mode for mode, words in WORK_MODES.items() for w in words}
_WORK_MODE_INDEX.update({norm_key(m.value): m.value for m in WorkMode if m.value})


def work_mode_for(word: str) -> str | None:
    return _WORK_MODE_INDEX.get(norm_key(word))


class ValueProblem(ValueError):
    """A value we cannot read; the message is shown to the person after “line N, field:”."""


# --- Dates -----------------------------------------------------------------------------------

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS = {
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
    "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
}  # fmt: skip
FILLERS = {"at", "of", "the", "on"}  # "the 4th of March 2026 at 10:00"
_YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})")
_COMPACT = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})")
# A time and whatever follows it (seconds, AM/PM, a zone): dates only keep the day.
_TIME_TAIL = re.compile(r"(?<=\d)[Tt]\d.*$|[\s,]+\d{1,2}:\d{2}.*$")


@dataclass(frozen=True)
class NumericDate:
    """A date written as two small numbers and a year: which is the day depends on the file."""

    first: int
    second: int
    year: int

    def as_date(self, order: str) -> dt.date:
        day, month = (self.first, self.second) if order == DMY else (self.second, self.first)
        return dt.date(self.year, month, day)

    @property
    def evidence(self) -> str | None:
        """The order this value proves (a number over 12 can only be a day), if any."""
        if self.first > 12 >= self.second:
            return DMY
        if self.second > 12 >= self.first:
            return MDY
        return None

    @property
    def ambiguous(self) -> bool:
        return self.first <= 12 and self.second <= 12 and self.first != self.second


def _year(text: str) -> int:
    number = int(text)
    if len(text) == 2:
        # Two-digit years in a job search are recent ones.
        return 2000 + number if number < 70 else 1900 + number
    return number


def read_date(value: str) -> dt.date | NumericDate | None:
    """A date, a day/month-order-dependent NumericDate, or None for an empty value.

    Raises ValueProblem for text that is no date we know.
    """
    text = value.strip()
    if not text:
        return None
    core = _TIME_TAIL.sub("", text).strip() or text
    try:
        if match := _YEAR_FIRST.fullmatch(core):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _COMPACT.fullmatch(core):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _NUMERIC.fullmatch(core):
            numeric = NumericDate(int(match[1]), int(match[2]), _year(match[3]))
            if numeric.first > 12 and numeric.second > 12:
                raise ValueProblem(_("“%(value)s” is not a date I can read") % {"value": value})
            numeric.as_date(numeric.evidence or DMY)  # 31/31 or 30/02 fail here
            return numeric
        return _text_date(core, value)
    except ValueError as exc:
        if isinstance(exc, ValueProblem):
            raise
        raise ValueProblem(_("“%(value)s” is not a real date") % {"value": value}) from exc


def _text_date(core: str, original: str) -> dt.date:
    """ "Mar 4, 2026", "4 March 2026", "Wed 4th Mar 26", "2026 March 4"."""
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", core.lower())
    tokens = re.findall(r"[a-z]+|\d+", cleaned)
    months = [MONTHS[t] for t in tokens if t in MONTHS]
    numbers = [t for t in tokens if t.isdigit()]
    others = [
        t for t in tokens if not t.isdigit() and t not in MONTHS and t not in WEEKDAYS | FILLERS
    ]
    if len(months) != 1 or len(numbers) != 2 or others:
        raise ValueProblem(_("“%(value)s” is not a date I can read") % {"value": original})
    long = [n for n in numbers if len(n) == 4]
    if len(long) == 1:
        year_text = long[0]
        day_text = numbers[1] if numbers[0] == year_text else numbers[0]
    else:
        day_text, year_text = numbers
    return dt.date(_year(year_text), months[0], int(day_text))


@dataclass(frozen=True)
class DateOrderVerdict:
    """What the dates of a file say about day/month order."""

    order: str | None  # dmy, mdy, or None when the values prove nothing
    example: str | None  # an ambiguous value to ask about, when the order is unknown

    @property
    def needs_answer(self) -> bool:
        return self.order is None and self.example is not None


def decide_date_order(values: Iterable[str]) -> DateOrderVerdict:
    """Decide day/month order for a whole file: a day over 12 decides; else it is a question."""
    votes = {DMY: 0, MDY: 0}
    example: str | None = None
    for value in values:
        try:
            text = value.strip()
            core = _TIME_TAIL.sub("", text).strip() or text
            match = _NUMERIC.fullmatch(core)
        except (TypeError, AttributeError):
            continue
        if match is None:
            continue
        numeric = NumericDate(int(match[1]), int(match[2]), _year(match[3]))
        if numeric.evidence:
            votes[numeric.evidence] += 1
        elif numeric.ambiguous and example is None:
            example = text
    if votes[DMY] or votes[MDY]:
        # Mixed evidence: the majority wins and the odd rows fail as unreadable dates.
        return DateOrderVerdict(DMY if votes[DMY] >= votes[MDY] else MDY, None)
    return DateOrderVerdict(None, example)


def parse_date(value: str, order: str | None) -> dt.date | None:
    """The date in `value` read with the file's order; ValueProblem when it cannot be read."""
    reading = read_date(value)
    if not isinstance(reading, NumericDate):
        return reading
    chosen = order or reading.evidence or (DMY if reading.first == reading.second else None)
    if chosen is None:
        raise ValueProblem(_("“%(value)s” could be day/month or month/day") % {"value": value})
    try:
        return reading.as_date(chosen)
    except ValueError as exc:
        if chosen == DMY:
            message = _("“%(value)s” is not a day/month date like the others in this file")
        else:
            message = _("“%(value)s” is not a month/day date like the others in this file")
        raise ValueProblem(message % {"value": value}) from exc


def is_ambiguous(value: str) -> bool:
    """Whether only the file's day/month order can tell what date this is."""
    try:
        reading = read_date(value)
    except ValueProblem:
        return False
    return isinstance(reading, NumericDate) and reading.ambiguous


def looks_like_date(value: str) -> bool:
    try:
        return read_date(value) is not None
    except ValueProblem:
        return False


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st: for the English date question."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def both_readings(value: str) -> tuple[dt.date, dt.date] | None:
    """The day-first and month-first readings of an ambiguous value, for the question we ask."""
    try:
        reading = read_date(value)
    except ValueProblem:
        return None
    if not isinstance(reading, NumericDate):
        return None
    try:
        return reading.as_date(DMY), reading.as_date(MDY)
    except ValueError:
        return None
