"""Server-made SVG charts: one module per chart, each a pure function from plain data.

Every chart returns a `Chart`: the SVG text (all text escaped, no inline style, so a strict CSP
holds) and the rows of the data table shown beside it for screen readers.
"""
