# Everything runs in .venv, created and kept up to date here: a fresh machine
# needs only Python 3.11.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: help venv demo test lint typecheck check-generated generate wheel-check bench clean

help:
	@echo "make demo             drive every client end to end against the bundled local fakes"
	@echo "make test             ruff, mypy --strict, check-generated, wheel-check and the test suite"
	@echo "make generate         regenerate models and endpoints from specs/"
	@echo "make check-generated  fail when generated code differs from what specs/ produce"
	@echo "make wheel-check      build the wheel, install it with its extras in a fresh virtualenv, use it from there"
	@echo "make bench            benchmarks of every platform (BENCH_JSON=out.json writes the results)"

venv: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (Python 3.11) on PATH, or run: make PYTHON=/path/to/python3.11"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev,redis]"
	@touch $(STAMP)

demo: venv
	@$(PY) -m demo

lint: venv
	$(VENV)/bin/ruff check src codegen tests demo bench tools examples
	$(VENV)/bin/ruff format --check src codegen

typecheck: venv
	$(VENV)/bin/mypy --strict src/gameplatform codegen

generate: venv
	$(PY) -m codegen

check-generated: venv
	$(PY) -m codegen --check

wheel-check: venv
	$(PY) tools/wheel_check.py

test: lint typecheck check-generated wheel-check
	$(VENV)/bin/pytest

# make bench BENCH_JSON=out.json also writes the results as JSON; BENCH_ARGS passes more
# options (python -m bench --help), e.g. BENCH_ARGS="--compare before.json".
bench: venv
	$(PY) -m bench $(if $(BENCH_JSON),--json $(BENCH_JSON)) $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build dist src/*.egg-info
