"""What the worker keeps between runs: each periodic job's last run, and who is alive."""

from __future__ import annotations

from django.db import models


class PeriodicRun(models.Model):
    """When a registered job (`nextyes.lib.periodic`) last ran, so a restart does not repeat it."""

    name = models.CharField(max_length=100, unique=True)
    last_run_at = models.DateTimeField()

    def __str__(self) -> str:
        return self.name


class WorkerBeat(models.Model):
    """One running `nextyes worker`: a heartbeat while it lives.

    A task the backend marks "running" belongs to a worker; when that worker is gone (no beat
    for a while, or its process no longer exists on this machine), the task goes back in line.
    """

    worker_id = models.CharField(max_length=64, unique=True)
    host = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField(auto_now_add=True)
    beat_at = models.DateTimeField()

    def __str__(self) -> str:
        return self.worker_id
