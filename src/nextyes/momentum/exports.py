"""The momentum part of the person's export: goals and their entries, the points ledger and its
rewards, breaks and next steps."""

from __future__ import annotations

from nextyes.lib.exports import Section, register

register(
    Section("goals", "momentum.Goal"),
    Section("goal_entries", "momentum.GoalEntry"),
    Section("rewards", "momentum.Reward"),
    Section("effort_points", "momentum.EffortPoint"),
    Section("breaks", "momentum.Break"),
    Section("next_actions", "momentum.NextAction"),
)
