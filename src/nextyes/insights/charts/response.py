"""Response times: how many days passed between applying and the first reply."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.translation import gettext as _

from nextyes.lib.svg import Chart, open_svg, rect, text

WIDTH, HEIGHT, LEFT, TOP, BOTTOM = 640, 200, 20, 20, 28
# (lowest day, highest day or None for "and more"); the first week split finer, as most replies
# that come at all come early.
BUCKETS: tuple[tuple[int, int | None], ...] = (
    (0, 3),
    (4, 7),
    (8, 14),
    (15, 21),
    (22, 30),
    (31, 45),
    (46, None),
)


def bucket_label(low: int, high: int | None) -> str:
    if high is None:
        return _("%(low)s+ days") % {"low": low}
    return _("%(low)s–%(high)s days") % {"low": low, "high": high}


def bucket_counts(days: Sequence[int]) -> list[int]:
    counts = [0] * len(BUCKETS)
    for d in days:
        for i, (low, high) in enumerate(BUCKETS):
            if d >= low and (high is None or d <= high):
                counts[i] += 1
                break
    return counts


def response_chart(days: Sequence[int]) -> Chart:
    """`days` holds, per application that got a reply, the days from applying to that reply."""
    title = _("Response times: days from applying to the first reply")
    counts = bucket_counts(days)
    top = max(counts, default=0)
    slot = (WIDTH - LEFT * 2) / len(BUCKETS)
    bar = slot * 0.8
    scale_h = HEIGHT - TOP - BOTTOM
    parts = open_svg("response", title, WIDTH, HEIGHT)
    rows: list[list[str]] = []
    for i, ((low, high), count) in enumerate(zip(BUCKETS, counts, strict=True)):
        label = bucket_label(low, high)
        h = scale_h * count / top if top else 0
        x = LEFT + i * slot + (slot - bar) / 2
        parts.append(rect(x, TOP + scale_h - h, bar, h, "bar replies", f"{label}: {count}"))
        parts.append(text(x + bar / 2, TOP + scale_h - h - 4, count, cls="value", anchor="middle"))
        parts.append(text(x + bar / 2, HEIGHT - 8, label, cls="axis", anchor="middle"))
        rows.append([label, str(count)])
    parts.append("</svg>")
    return Chart(
        key="response",
        title=title,
        svg="".join(parts),
        caption=_("How long replies took, counting each application's first reply"),
        headers=[_("Time to first reply"), _("Applications")],
        rows=rows if top else [],
    )
