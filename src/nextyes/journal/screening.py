"""Screening of a person's own words for warning signs of suicide or self-harm.

A thin front for `nextyes.lib.screening` (concept rules in English, French, German and Spanish
plus a small shipped model), kept so every caller in the app uses the same two functions.
This is not a diagnosis: a match only means NextYes shows its help resources, gently.
"""

from __future__ import annotations

from nextyes.lib.screening import needs_support, risk_cues

__all__ = ["needs_support", "risk_cues"]
