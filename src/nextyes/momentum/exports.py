"""The momentum part of the person's export: goals and their entries, the points ledger and its
rewards, breaks and next steps."""

from __future__ import annotations

from nextyes.lib.exports import Section, register

# The key prefixes of momentum/receivers.py and services.py, and the rows they name.
POINT_KEYS = {
    "application": "pipeline.Application",
    "interview-event": "pipeline.StageEvent",
    "touchpoint": "pipeline.Touchpoint",
    "goal": "momentum.Goal",
}

register(
    Section("goals", "momentum.Goal"),
    Section("goal_entries", "momentum.GoalEntry"),
    Section("rewards", "momentum.Reward"),
    # Each action earns once by its key ("application:12"): the ids in it follow a restore.
    Section("effort_points", "momentum.EffortPoint", id_keys={"key": POINT_KEYS}),
    Section("breaks", "momentum.Break"),
    Section("next_actions", "momentum.NextAction"),
)
