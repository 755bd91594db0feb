"""The registry of time-based jobs, and what `now` means for one person."""

import datetime as dt
import zoneinfo

import pytest

from nextyes.lib import periodic


def test_a_naive_moment_is_read_in_the_persons_zone() -> None:
    moment = periodic.moment_for(dt.datetime(2026, 12, 8, 12, 0), zoneinfo.ZoneInfo("Europe/Paris"))
    assert moment == dt.datetime(2026, 12, 8, 11, 0, tzinfo=dt.UTC)


def test_an_aware_moment_is_the_same_for_everyone() -> None:
    instant = dt.datetime(2026, 12, 8, 12, 0, tzinfo=zoneinfo.ZoneInfo("America/New_York"))
    assert periodic.moment_for(instant, zoneinfo.ZoneInfo("Europe/Paris")) == instant


def test_no_moment_is_the_present() -> None:
    before = dt.datetime.now(dt.UTC)
    assert periodic.moment_for(None, zoneinfo.ZoneInfo("Asia/Tokyo")) >= before


def test_registering_again_replaces_the_job(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(periodic, "_JOBS", {})  # the real registry stays as the apps left it
    calls: list[str] = []
    periodic.register("test.job", dt.timedelta(minutes=1), lambda now: calls.append("first"))
    periodic.register("test.job", dt.timedelta(minutes=5), lambda now: calls.append("second"))
    (job,) = [job for job in periodic.jobs() if job.name == "test.job"]
    job.run(None)
    assert job.every == dt.timedelta(minutes=5) and calls == ["second"]
