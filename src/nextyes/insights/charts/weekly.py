"""Weekly activity: effort (applications, outreach) above the line, answers below it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nextyes.lib.svg import Chart, esc, open_svg, rect, text

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 640, 240, 36, 10, 24, 26


@dataclass(frozen=True)
class Week:
    start: dt.date
    applications: int
    outreach: int
    rejections: int
    interviews: int


def weekly_chart(weeks: Sequence[Week]) -> Chart:
    """One column per week: effort stacked upwards, rejections and interviews downwards."""
    title = _("Weekly activity: what you put in and what came back")
    up = max((w.applications + w.outreach for w in weeks), default=0)
    down = max((w.rejections + w.interviews for w in weeks), default=0)
    scale_h = HEIGHT - TOP - BOTTOM
    total = (up + down) or 1
    # The baseline sits where effort and answers share the height in proportion.
    base = TOP + scale_h * up / total
    unit = scale_h / total
    slot = (WIDTH - LEFT - RIGHT) / max(len(weeks), 1)
    bar = slot * 0.7
    parts = open_svg("weekly", title, WIDTH, HEIGHT)
    parts.append(_legend())
    rows: list[list[str]] = []
    for i, w in enumerate(weeks):
        x = LEFT + i * slot + (slot - bar) / 2
        day = date_format(w.start, "M j")
        y = base
        for value, cls in ((w.applications, "applications"), (w.outreach, "outreach")):
            y -= value * unit
            if value:
                parts.append(
                    rect(x, y, bar, value * unit, f"bar {cls}", f"{day}: {_tip(cls, value)}")
                )
        y = base
        for value, cls in ((w.interviews, "interviews"), (w.rejections, "rejections")):
            if value:
                parts.append(
                    rect(x, y, bar, value * unit, f"bar {cls}", f"{day}: {_tip(cls, value)}")
                )
            y += value * unit
        if i % 4 == 0:
            parts.append(text(x + bar / 2, HEIGHT - 8, day, cls="axis", anchor="middle"))
        rows.append(
            [day, str(w.applications), str(w.outreach), str(w.interviews), str(w.rejections)]
        )
    parts.append(
        f'<line class="baseline" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{base:.1f}" y2="{base:.1f}" '
        'stroke="currentColor" stroke-width="1"/>'
    )
    parts.append(text(4, TOP + 10, up, cls="axis"))
    parts.append(text(4, HEIGHT - BOTTOM, down, cls="axis"))
    parts.append("</svg>")
    has_any = bool(up or down)
    return Chart(
        key="weekly",
        title=title,
        svg="".join(parts),
        caption=_(
            "Per week (starting on the day shown): your applications and outreach, and the interviews and rejections that came in"
        ),
        headers=[_("Week of"), _("Applications"), _("Outreach"), _("Interviews"), _("Rejections")],
        rows=rows if has_any else [],
    )


def _tip(kind: str, n: int) -> str:
    """A bar's tooltip count with its noun in the right number ("1 rejection", "2 rejections")."""
    words = {
        "applications": ngettext("%(n)s application", "%(n)s applications", n),
        "outreach": ngettext("%(n)s outreach", "%(n)s outreach", n),
        "interviews": ngettext("%(n)s interview", "%(n)s interviews", n),
        "rejections": ngettext("%(n)s rejection", "%(n)s rejections", n),
    }
    return words[kind] % {"n": n}


def _legend() -> str:
    items = (
        ("applications", _("Applications")),
        ("outreach", _("Outreach")),
        ("interviews", _("Interviews")),
        ("rejections", _("Rejections")),
    )
    parts = ['<g class="legend">']
    for i, (cls, label) in enumerate(items):
        x = LEFT + i * 130
        parts.append(f'<rect class="bar {cls}" x="{x}" y="4" width="12" height="12"/>')
        parts.append(f'<text class="label" x="{x + 16}" y="14">{esc(label)}</text>')
    parts.append("</g>")
    return "".join(parts)
