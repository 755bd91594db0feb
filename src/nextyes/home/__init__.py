"""The composition layer: what gathers from every feature app (Today, the demo account).

Nothing below imports from here; see docs/architecture.md, "Layers".
"""
