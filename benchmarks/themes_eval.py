"""How well lesson themes find the labelled themes: adjusted Rand index and time.

    .venv/bin/python benchmarks/themes_eval.py            # the method as shipped
    .venv/bin/python benchmarks/themes_eval.py --no-lexicon   # TF-IDF and clustering alone

Reads training/themes/lesson_themes.jsonl (sentences we wrote, each with one theme),
groups them as the themes page would and compares the groups with the labels.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-lexicon", action="store_true", help="leave out the known-theme cues (a baseline)"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nextyes.settings")
    import django

    django.setup()
    started = time.perf_counter()
    import numpy  # noqa: F401  (the themes load it on first use)

    from nextyes.insights import theme_lexicon, themes

    imported = time.perf_counter() - started
    from sklearn.metrics import adjusted_rand_score  # the score only; the themes never load it

    if args.no_lexicon:
        zeros = [0.0] * len(theme_lexicon.KNOWN_THEMES)
        theme_lexicon.lexicon_scores = lambda text: list(zeros)  # type: ignore[assignment]
    path = ROOT / "training" / "themes" / "lesson_themes.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    items = [themes.ThemeItem("lesson", i, row["text"]) for i, row in enumerate(rows)]
    started = time.perf_counter()
    result = themes.group_items(items)
    first = time.perf_counter() - started
    # Once the libraries have warmed up, as on a running server.
    started = time.perf_counter()
    themes.group_items(items)
    again = time.perf_counter() - started
    found = {item.id: n for n, theme in enumerate(result.themes) for item in theme.items}
    ari = adjusted_rand_score([r["theme"] for r in rows], [found[i] for i in range(len(rows))])
    print(f"sentences: {len(rows)} in {len({r['theme'] for r in rows})} labelled themes")
    print(f"themes found: {len(result.themes)}")
    for theme in result.themes:
        print(f"  {len(theme.items):3d}  {theme.label}")
    print(f"adjusted Rand index: {ari:.3f}")
    print(
        f"time: {again * 1000:.0f} ms to group ({first * 1000:.0f} ms the first time,"
        f" and {imported * 1000:.0f} ms to import numpy and the themes)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
