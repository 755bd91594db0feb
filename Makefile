# The two commands: `make run` serves NextYes, `make test` runs every check.
# Only Python 3.11+ is needed; uv is bootstrapped through pip when missing.
PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null)
ifeq ($(UV),)
UV := .venv-uv/bin/uv
endif
VENV := .venv
# Use the Python that is here; never download an interpreter.
export UV_PYTHON_DOWNLOADS := never
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test venv lint typecheck pytest demo bench screenshots clean

$(UV):
	$(PYTHON) -m venv .venv-uv
	.venv-uv/bin/pip install --quiet uv

# Two markers: `make test` needs the dev group, `make run` only what serving needs. `--inexact`
# keeps dev tools a `make test` installed; `make test` after `make run` still installs them.
$(VENV)/.synced: uv.lock pyproject.toml | $(UV)
	$(UV) sync --frozen --python $(PYTHON)
	touch $@

$(VENV)/.synced-run: uv.lock pyproject.toml | $(UV)
	$(UV) sync --frozen --no-dev --inexact --python $(PYTHON)
	touch $@

venv: $(VENV)/.synced

run: $(VENV)/.synced-run
	$(VENV)/bin/nextyes serve --host $(HOST) --port $(PORT)

# lint-imports: the layers between apps (pyproject.toml, [tool.importlinter]); import_cycles.py:
# no ring of imports between any modules, inside an app included.
lint: venv
	$(VENV)/bin/ruff check src tests benchmarks training tools
	$(VENV)/bin/ruff format --check src tests benchmarks training tools
	$(VENV)/bin/lint-imports --no-logo --no-cache
	PYTHONPATH=src $(VENV)/bin/python tools/import_cycles.py
	$(VENV)/bin/python tools/module_sizes.py
	$(VENV)/bin/python tools/any_signatures.py

# The training scripts are not a package (each folder has its own train.py): one run per folder.
typecheck: venv
	$(VENV)/bin/mypy
	for folder in inbox risk traps; do $(VENV)/bin/mypy training/$$folder/*.py || exit 1; done

pytest: venv
	$(VENV)/bin/pytest $(PYTEST_ARGS)

test: lint typecheck pytest

demo: venv
	$(VENV)/bin/nextyes demo

# The demo account's main pages, phone and desktop, light and dark (docs/screenshots/).
screenshots: venv
	$(VENV)/bin/python tools/screenshots.py

bench: venv
	$(VENV)/bin/python benchmarks/pages.py
	$(VENV)/bin/python benchmarks/stats_cli.py
	$(VENV)/bin/python benchmarks/analyze_cli.py
	$(VENV)/bin/python benchmarks/inbox_classify_cli.py
	$(VENV)/bin/python benchmarks/inbox_import.py

clean:
	rm -rf $(VENV) .venv-uv .mypy_cache .ruff_cache
