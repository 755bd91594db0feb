"""CLI tests: `nextyes` run in-process, with what it printed (the `run` fixture and its `Run`
type live in tests/conftest.py, for the worker's tests too)."""
