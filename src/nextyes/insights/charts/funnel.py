"""The funnel: how many applications reached each step, as horizontal bars."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.translation import gettext as _

from nextyes.lib.svg import Chart, open_svg, pct, rect, text

WIDTH, LABEL_W, ROW_H, BAR_H = 640, 150, 34, 22


def funnel_chart(steps: Sequence[tuple[str, int]], *, rates: bool = True) -> Chart:
    """`steps` are (label, count) from applications down to offers, in order; without `rates`
    (too few outcomes to mean anything) the table gives the counts only."""
    title = _("Funnel: how far your applications went")
    top = max((count for _label, count in steps), default=0)
    height = max(ROW_H * len(steps) + 10, 40)
    bar_space = WIDTH - LABEL_W - 60
    parts = open_svg("funnel", title, WIDTH, height)
    rows: list[list[str]] = []
    previous: int | None = None
    for i, (label, count) in enumerate(steps):
        y = 5 + i * ROW_H
        width = bar_space * count / top if top else 0
        parts.append(text(LABEL_W - 8, y + BAR_H - 6, label, anchor="end"))
        parts.append(rect(LABEL_W, y, width, BAR_H, f"bar bar-{i}", f"{label}: {count}"))
        parts.append(text(LABEL_W + width + 6, y + BAR_H - 6, count, cls="value"))
        step_rate = pct(count / previous) if previous else "—"
        rows.append([str(label), str(count), step_rate if i else "—"][: 3 if rates else 2])
        previous = count
    parts.append("</svg>")
    return Chart(
        key="funnel",
        title=title,
        svg="".join(parts),
        caption=_(
            "Applications that reached each step, and the share that went on from the step before"
        )
        if rates
        else _("Applications that reached each step"),
        headers=[_("Step"), _("Applications"), _("From the step before")][: 3 if rates else 2],
        rows=rows if top else [],
    )
