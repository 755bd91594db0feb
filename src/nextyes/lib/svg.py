"""Small pieces shared by the charts: the result type, escaping and number formatting."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape


@dataclass(frozen=True)
class Chart:
    """An SVG drawing and the same numbers as a table (caption, column headers, rows)."""

    key: str
    title: str
    svg: str
    caption: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.rows


def esc(text: object) -> str:
    """Text safe inside SVG elements and attribute values."""
    return escape(str(text), quote=True)


def num(value: float) -> str:
    """A coordinate with at most one decimal, without a trailing .0."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def pct(rate: float) -> str:
    return f"{round(rate * 100)}%"


def open_svg(key: str, title: str, width: int, height: int) -> list[str]:
    """The opening tags: role="img", an accessible name and a <title> tooltip."""
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{esc(key)}" role="img" '
        f'aria-label="{esc(title)}" viewBox="0 0 {width} {height}" '
        f'preserveAspectRatio="xMinYMin meet">',
        f"<title>{esc(title)}</title>",
    ]


def text(x: float, y: float, label: object, cls: str = "label", anchor: str = "start") -> str:
    return (
        f'<text class="{cls}" x="{num(x)}" y="{num(y)}" text-anchor="{anchor}">{esc(label)}</text>'
    )


def rect(x: float, y: float, w: float, h: float, cls: str, label: object = "") -> str:
    tip = f"<title>{esc(label)}</title>" if label else ""
    return (
        f'<rect class="{cls}" x="{num(x)}" y="{num(y)}" width="{num(max(w, 0))}" '
        f'height="{num(max(h, 0))}">{tip}</rect>'
    )
