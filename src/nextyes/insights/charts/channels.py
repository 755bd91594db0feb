"""Channel comparison: interview rate per channel, with its 90% credible interval as whiskers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _

from nextyes.lib.svg import Chart, esc, num, open_svg, pct, text

WIDTH, LABEL_W, ROW_H, RIGHT = 640, 150, 30, 20


@dataclass(frozen=True)
class RateRow:
    label: str
    hits: int
    total: int
    rate: float
    low: float
    high: float


def channels_chart(rows_in: Sequence[RateRow]) -> Chart:
    """A dot at each channel's estimate and a whisker across its interval, on a 0–100% axis."""
    title = _("Interview rate per channel, with how sure we can be")
    height = ROW_H * len(rows_in) + 40
    span = WIDTH - LABEL_W - RIGHT

    def x(rate: float) -> float:
        return LABEL_W + span * rate

    parts = open_svg("channels", title, WIDTH, height)
    for tick in (0, 0.25, 0.5, 0.75, 1):
        parts.append(
            f'<line class="grid" x1="{num(x(tick))}" x2="{num(x(tick))}" y1="0" '
            f'y2="{height - 20}" stroke="currentColor" stroke-width="0.5"/>'
        )
        parts.append(text(x(tick), height - 6, pct(tick), cls="axis", anchor="middle"))
    rows: list[list[str]] = []
    for i, r in enumerate(rows_in):
        y = 18 + i * ROW_H
        tip = f"{r.label}: {pct(r.rate)} ({pct(r.low)}–{pct(r.high)}), {r.hits}/{r.total}"
        parts.append(text(LABEL_W - 8, y + 4, r.label, anchor="end"))
        parts.append(
            f'<g class="estimate"><title>{esc(tip)}</title>'
            f'<line class="whisker" x1="{num(x(r.low))}" x2="{num(x(r.high))}" y1="{y}" y2="{y}" '
            'stroke="currentColor" stroke-width="2"/>'
            f'<circle class="dot" cx="{num(x(r.rate))}" cy="{y}" r="5"/></g>'
        )
        rows.append([r.label, f"{r.hits} / {r.total}", pct(r.rate), f"{pct(r.low)}–{pct(r.high)}"])
    parts.append("</svg>")
    return Chart(
        key="channels",
        title=title,
        svg="".join(parts),
        caption=_(
            "Interview rate per channel among applications with an outcome, with a 90% credible interval"
        ),
        headers=[_("Channel"), _("Interviews / outcomes"), _("Rate"), _("90% interval")],
        rows=rows,
    )
