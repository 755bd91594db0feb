"""Batch sizes for the import's short transactions: each near BATCH_SECONDS of write lock, on
whatever machine, with a pause between two on SQLite so that a waiting writer goes first."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeVar

from django.db import connection

# Aim for this much write lock per transaction: on two busy cores a batch can take several times
# its usual time, and the bound is 1 s (benchmarks/load.py saw 1.2 s at a 0.25 s aim).
BATCH_SECONDS = 0.15
FIRST_BATCH, MAX_BATCH = 100, 1_000
SQLITE_PAUSE = 0.1  # seconds between two write transactions (see Pacer.took)


T = TypeVar("T")


@dataclass
class Pacer:
    """Batch sizes that keep each transaction near BATCH_SECONDS, whatever the machine."""

    size: int = FIRST_BATCH

    def took(self, seconds: float) -> None:
        if seconds < BATCH_SECONDS / 2:
            self.size = min(MAX_BATCH, self.size * 3 // 2)
        elif seconds > BATCH_SECONDS:
            self.size = max(10, self.size // 2)
        # SQLite's busy handler polls a waiting writer every 100 ms: back-to-back transactions
        # would starve it past its timeout. A pause as long lets whoever waits go first.
        if connection.vendor == "sqlite":
            time.sleep(SQLITE_PAUSE)


def batches(items: Iterator[T], pacer: Pacer) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= pacer.size:
            yield batch
            batch = []
    if batch:
        yield batch
