# Two commands on a fresh machine: `make test` and `make book`.
# Each builds .venv/ from pinned versions first when it is missing or stale.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CONSTRAINTS := requirements/constraints.txt
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9]*.ipynb))

.PHONY: env server test test-offline lint book student lab bench clean

env: $(STAMP)

$(STAMP): pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25"
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[test,geo]"
	touch $@

# jupyter_server for tests/test_lab.py, installed beside the test environment, not in it: its
# dependencies (jsonschema's format checkers) make every `import nbformat` about 3 s slower.
SERVER := $(VENV)/jupyter-server
server: $(SERVER)/.installed

$(SERVER)/.installed: $(STAMP) $(CONSTRAINTS)
	$(BIN)/python -m pip install --quiet --upgrade -c $(CONSTRAINTS) --target $(SERVER) jupyter_server
	touch $@

lint: env
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/ruff format --check src tests scripts benchmarks

test: env server lint
	$(BIN)/python -m pytest -n 2 --dist loadfile

# The same suite with no network at all: a new network namespace holding only loopback (Linux
# `unshare`; -r maps the user to root inside, so it also works unprivileged where user namespaces
# are allowed). Installing still needs the network, so env and server come first. Not used by CI.
test-offline: env server lint
	unshare -rn sh -c 'ip link set lo up && exec $(BIN)/python -m pytest -n 2 --dist loadfile'

book: env
	$(BIN)/azru book

student: env
	$(BIN)/azru book --edition student

lab: env
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[test,lab]"
	$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/

bench: env
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/book.py

clean:
	rm -rf _build .pytest_cache .ruff_cache
