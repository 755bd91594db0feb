"""How long the person's whole export takes for a heavy user, and in how many queries.

    .venv/bin/python benchmarks/export.py

The page benchmark's heavy user (about 2,000 applications and their events, interviews and
touchpoints) plus a year of check-ins and gratitude, 300 thought records with three trap
suggestions each and 2,000 kept mails. Prints three runs of building the export, writing it as
JSON and zipping the CSVs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pages


def main() -> int:
    pages.setup(argparse.Namespace(database_url=None), tempfile.mkdtemp(prefix="nextyes-export-"))
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from nextyes.inbox.models import MailMessage
    from nextyes.journal.models import CheckIn, Gratitude, ThoughtRecord, TrapSuggestion
    from nextyes.pipeline.transfer import exporter

    user, _counts = pages.heavy_user()
    today = dt.date(2026, 12, 1)
    days = [today - dt.timedelta(days=n) for n in range(365)]
    CheckIn.objects.bulk_create([CheckIn(owner=user, day=d, mood=3, note="ok " * 40) for d in days])
    Gratitude.objects.bulk_create([Gratitude(owner=user, day=d, text="tea") for d in days])
    records = ThoughtRecord.objects.bulk_create(
        [
            ThoughtRecord(owner=user, thought=f"thought {n}", situation="x " * 100)
            for n in range(300)
        ]
    )
    TrapSuggestion.objects.bulk_create(
        [
            TrapSuggestion(owner=user, record=r, slug=s, score=0.5)
            for r in records
            for s in ("labelling", "mind-reading", "fortune-telling")
        ]
    )
    MailMessage.objects.bulk_create(
        [
            MailMessage(
                owner=user, message_id=f"m{n}@x", content_hash="0" * 64, subject="Your application",
                text="Thank you for applying. " * 60, label="received", confidence=0.9,
            )
            for n in range(2000)
        ]
    )  # fmt: skip
    for attempt in range(3):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            data = exporter.export_data(user)
            built = time.perf_counter()
            text = json.dumps(data, ensure_ascii=False, indent=2)
            written = time.perf_counter()
        zipped = exporter.export_zip(user)
        done = time.perf_counter()
        print(
            f"run {attempt + 1}: export_data {built - started:.2f} s ({len(queries)} queries), "
            f"JSON {written - built:.2f} s ({len(text) / 1e6:.1f} MB), "
            f"zip {done - written:.2f} s ({len(zipped) / 1e6:.1f} MB)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
