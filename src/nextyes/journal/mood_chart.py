"""Mood over time from the daily check-ins, with the days a rejection came in marked.

A line through the check-ins (broken where more than a week went by without one, so a gap is
not drawn as a trend), a dot per check-in and a small marker under each rejection day. Colours
are SVG presentation attributes, so the chart looks right wherever it is shown without CSS.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nextyes.journal.models import Mood
from nextyes.lib.svg import Chart, esc, num, open_svg, text

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 640, 230, 78, 12, 26, 42
# A gap longer than this breaks the line.
GAP_DAYS = 7
LINE = "#2f6f5e"
MARK = "#9a3b2e"


def _word(mood: int) -> str:
    return str(Mood(mood).label)


def mood_chart(
    points: Sequence[tuple[dt.date, int]],
    rejections: Iterable[dt.date] = (),
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Chart | None:
    """The chart for (day, mood 1–5) points; None when there is no check-in to draw."""
    if not points:
        return None
    points = sorted(points)
    start = start or points[0][0]
    end = end or points[-1][0]
    span = max((end - start).days, 1)
    refused = Counter(d for d in rejections if start <= d <= end)
    title = _("Your mood over time, with rejections marked")
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: dt.date) -> float:
        return LEFT + plot_w * (day - start).days / span

    def y(mood: float) -> float:
        return TOP + plot_h * (5 - mood) / 4

    parts = open_svg("mood", title, WIDTH, HEIGHT)
    for mood in (1, 2, 3, 4, 5):
        parts.append(
            f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{num(y(mood))}" '
            f'y2="{num(y(mood))}" stroke="currentColor" stroke-width="0.5" opacity="0.4"/>'
        )
        parts.append(text(LEFT - 6, y(mood) + 4, _word(mood), cls="axis", anchor="end"))
    for segment in _segments(points):
        coords = " ".join(f"{num(x(d))},{num(y(m))}" for d, m in segment)
        if len(segment) > 1:
            parts.append(
                f'<polyline class="mood-line" points="{coords}" fill="none" stroke="{LINE}" '
                'stroke-width="2" stroke-linejoin="round"/>'
            )
    for day, mood in points:
        tip = f"{date_format(day, 'D j M')}: {_word(mood)}"
        parts.append(
            f'<circle class="mood-dot" cx="{num(x(day))}" cy="{num(y(mood))}" r="3" '
            f'fill="{LINE}"><title>{esc(tip)}</title></circle>'
        )
    base = HEIGHT - BOTTOM + 10
    for day, n in sorted(refused.items()):
        cx = x(day)
        tip = ngettext("%(day)s: %(n)d rejection", "%(day)s: %(n)d rejections", n) % {
            "day": date_format(day, "D j M"),
            "n": n,
        }
        parts.append(
            f'<path class="rejection-mark" d="M{num(cx - 4)},{num(base + 7)} '
            f'L{num(cx + 4)},{num(base + 7)} L{num(cx)},{num(base)} Z" fill="{MARK}">'
            f"<title>{esc(tip)}</title></path>"
        )
    parts.append(text(LEFT, HEIGHT - 4, date_format(start, "DATE_FORMAT"), cls="axis"))
    parts.append(
        text(WIDTH - RIGHT, HEIGHT - 4, date_format(end, "DATE_FORMAT"), cls="axis", anchor="end")
    )
    if refused:
        parts.append(
            f'<path class="legend-mark" d="M{WIDTH - RIGHT - 130},16 l8,0 l-4,-7 z" fill="{MARK}"/>'
            + text(WIDTH - RIGHT - 118, 16, _("a rejection came in"), cls="axis")
        )
    parts.append("</svg>")
    return Chart(
        key="mood",
        title=title,
        svg="".join(parts),
        caption=_("Each check-in's mood (1 very low to 5 very good) and the rejections that day"),
        headers=[_("Day"), _("Mood"), _("Rejections")],
        rows=_rows(points, refused),
    )


def _segments(points: Sequence[tuple[dt.date, int]]) -> list[list[tuple[dt.date, int]]]:
    segments: list[list[tuple[dt.date, int]]] = []
    for point in points:
        if segments and (point[0] - segments[-1][-1][0]).days <= GAP_DAYS:
            segments[-1].append(point)
        else:
            segments.append([point])
    return segments


def _rows(points: Sequence[tuple[dt.date, int]], refused: Counter[dt.date]) -> list[list[str]]:
    moods = dict(points)
    rows = []
    for day in sorted(set(moods) | set(refused)):
        mood = moods.get(day)
        rows.append(
            [
                date_format(day, "D j M Y"),
                f"{mood} · {_word(mood)}" if mood else "—",
                str(refused[day]) if refused[day] else "",
            ]
        )
    return rows
