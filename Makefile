# Two commands on a fresh machine: `make test` and `make book`.
# Each builds .venv/ from pinned versions first when it is missing or stale.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CONSTRAINTS := requirements/constraints.txt
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9]*.ipynb))

.PHONY: env test lint book student lab bench clean

env: $(STAMP)

$(STAMP): pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25"
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[test]"
	touch $@

lint: env
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/ruff format --check src tests scripts benchmarks

test: env lint
	$(BIN)/python -m pytest -n 2 --dist loadfile

book: env
	$(BIN)/azru book

student: env
	$(BIN)/azru book --edition student

lab: env
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[test,lab]"
	$(BIN)/jupyter lab notebooks/

bench: env
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf _build .pytest_cache .ruff_cache
