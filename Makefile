# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup demo test check lint typecheck imports pytest translations bench screenshots clean package package-test

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[gui,dev]'
	touch $(STAMP)

setup: $(STAMP) translations

# Builds the demo case and opens it in the workbench; without a display it writes the demo's outputs.
demo: setup
	$(BIN)/casebench demo demo/Mar-Azul.casebench --replace

test: setup check pytest

check: lint typecheck imports

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	$(BIN)/python -m pytest

translations: $(STAMP)
	$(BIN)/python -m casebench.i18n_build

bench: setup
	$(BIN)/python bench/store.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info demo out
