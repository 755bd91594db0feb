"""Draw the app icons (the favicon's mark: a white tick on the brand green) as PNG files.

Run `python tools/make_icons.py` after changing the mark; the PNGs are committed, so serving
NextYes never needs Pillow.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

BRAND = (0x2F, 0x6F, 0x5E, 255)
WHITE = (255, 255, 255, 255)
OUT = Path(__file__).resolve().parent.parent / "src/nextyes/static/nextyes/icons"
# The favicon's tick, on its 32-unit grid: (8, 17) → (13, 22) → (24, 10).
TICK = ((8, 17), (13, 22), (24, 10))
SCALE = 4  # drawn large, then reduced, for smooth edges


def draw(size: int, *, maskable: bool) -> Image.Image:
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    if maskable:
        # Full bleed: the launcher cuts its own shape, and the tick stays in the safe centre.
        pen.rectangle((0, 0, big, big), fill=BRAND)
        inset, unit = big * 0.2, big * 0.6 / 32
    else:
        pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=big * 7 / 32, fill=BRAND)
        inset, unit = 0.0, big / 32
    points = [(inset + x * unit, inset + y * unit) for x, y in TICK]
    width = round(3.5 * unit)
    pen.line(points, fill=WHITE, width=width, joint="curve")
    for x, y in (points[0], points[-1]):  # round caps, as in the SVG
        pen.ellipse((x - width / 2, y - width / 2, x + width / 2, y + width / 2), fill=WHITE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        draw(size, maskable=False).save(OUT / f"icon-{size}.png", optimize=True)
    draw(512, maskable=True).save(OUT / "maskable-512.png", optimize=True)
    print(f"icons written to {OUT}")


if __name__ == "__main__":
    main()
