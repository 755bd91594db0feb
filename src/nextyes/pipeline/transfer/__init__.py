"""Moving a person's data in and out: CSV import (read, map, preview, commit) and CSV/JSON export.

The pieces are plain functions so the web flow and the CLI share every rule:
`reading` turns bytes into rows, `mapping` guesses which column is which, `values` reads dates,
stages and channels, `fit` turns any scale into 1–5, `columns` says where each column goes (a field,
the notes, nowhere), `importer` plans and commits, `exporter` writes everything back out.
"""
