"""The insights part of the person's export: only their settings (the rest is computed)."""

from __future__ import annotations

from nextyes.lib.exports import Section, register

register(Section("insight_settings", "insights.InsightSettings"))
