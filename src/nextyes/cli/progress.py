"""One Rich progress bar for long commands: on stderr, only on a terminal, gone when done."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING, TypedDict, Unpack

if TYPE_CHECKING:
    from rich.progress import ProgressColumn

Update = Callable[..., None]


class BarFields(TypedDict, total=False):
    """What a bar's columns may show besides its progress."""

    messages: int


@contextmanager
def terminal_bar(
    columns: Callable[[ModuleType], tuple[ProgressColumn, ...]], **fields: Unpack[BarFields]
) -> Iterator[Update | None]:
    """Yield `update(**changes)` for the bar's one task, or None when stderr is not a terminal.

    `columns` gets the `rich.progress` module and returns the bar's columns, so Rich is only
    imported when a bar is shown.
    """
    if not sys.stderr.isatty():
        yield None
        return
    from rich import progress
    from rich.console import Console

    with progress.Progress(*columns(progress), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=None, **fields)
        yield lambda **changes: bar.update(task, **changes)
