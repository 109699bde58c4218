# Two commands on a fresh machine: `make test` and `make book`.
# Each builds .venv/ from pinned versions first when it is missing, stale or broken.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LAB    := .venv-lab
LAB_STAMP := $(LAB)/.installed
CONSTRAINTS := requirements/constraints.txt

.PHONY: env server test test-offline lint book student lab environment bench bench-suite clean

# A .venv whose python does not run (a failed first `make env`, a moved folder, a removed
# interpreter) or cannot import azru is rebuilt, whatever its stamp says.
ifneq ($(shell $(BIN)/python -c "import azru" >/dev/null 2>&1 && echo ok),ok)
.PHONY: $(STAMP)
endif
ifneq ($(filter lab,$(MAKECMDGOALS)),)
ifneq ($(shell $(LAB)/bin/python -c "import azru, jupyterlab" >/dev/null 2>&1 && echo ok),ok)
.PHONY: $(LAB_STAMP)
endif
endif

env: $(STAMP)

$(STAMP): pyproject.toml $(CONSTRAINTS)
	@$(BIN)/python -c "import sys" >/dev/null 2>&1 || { echo "$(VENV): missing or broken, creating it afresh"; rm -rf $(VENV); }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25"
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[test,geo]"
	touch $@

# The tests no longer start a Jupyter server, so nothing is installed for them beside .venv; the target
# stays so that `make env server` (in older notes) still works.
server: env

lint: env
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/ruff format --check src tests scripts benchmarks

# Two workers, one test file each at a time (nbval runs a notebook's cells in order in one kernel).
test: env lint
	$(BIN)/python -m pytest -n 2 --dist loadfile

# The same suite with no network at all: a new network namespace holding only loopback (Linux
# `unshare`; -r maps the user to root inside, so it also works unprivileged where user namespaces
# are allowed). Installing still needs the network, so env comes first. Not used by CI.
test-offline: env lint
	unshare -rn sh -c 'ip link set lo up && exec $(BIN)/python -m pytest -n 2 --dist loadfile'

book: env
	$(BIN)/azru book

student: env
	$(BIN)/azru book --edition student

# JupyterLab in its own environment (.venv-lab), never in the test environment: jupyterlab's
# dependencies slow every `import nbformat` there (see shared TOOLCHAIN notes).
$(LAB_STAMP): pyproject.toml $(CONSTRAINTS)
	@$(LAB)/bin/python -c "import sys" >/dev/null 2>&1 || { echo "$(LAB): missing or broken, creating it afresh"; rm -rf $(LAB); }
	$(PYTHON) -m venv $(LAB)
	$(LAB)/bin/python -m pip install --quiet --upgrade "pip>=25"
	$(LAB)/bin/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[lab]"
	touch $@

lab: $(LAB_STAMP)
	$(LAB)/bin/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/

# environment.yml (conda, Binder) is generated from requirements/constraints.txt; a test keeps them equal.
environment: env
	$(BIN)/python scripts/make_environment.py

# Each writes its numbers under _build/bench/ (git-ignored); benchmarks/README.md keeps the latest by hand.
bench: env
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/book.py

# `make test` warm (a second run) and from a fresh clone of HEAD, wall and CPU time: about 10 minutes.
bench-suite: env
	$(BIN)/python benchmarks/suite.py

clean:
	rm -rf _build .pytest_cache .ruff_cache
