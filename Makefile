# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup demo test test-fast check lint typecheck imports pytest translations bench bench-search screenshots clean package package-test

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

# Quick loop while working: the same checks, without the scale tests marked `slow`.
test-fast: setup check
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow"

check: lint typecheck imports

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

translations: $(STAMP)
	$(BIN)/python -m casebench.i18n_build

# Every benchmark at the sizes of the targets (each prints its ratios and targets last and
# removes what it wrote). Long: about an hour on a 2-core machine; BENCH_QUICK=1 for small sizes.

bench: setup
	$(BIN)/python bench/store.py $(if $(BENCH_QUICK),--statements 100000 --insert-rows 20000,)
	$(BIN)/python bench/search.py $(if $(BENCH_QUICK),--statements 100000 --phones 10000,)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/queries.py $(if $(BENCH_QUICK),--graph-people 3200 --statements 100000 --entities 20000 --events 100000,)
	$(BIN)/python bench/intake.py $(if $(BENCH_QUICK),--size-mib 64 --files 500,)
	$(BIN)/python bench/bundle.py $(if $(BENCH_QUICK),--size-mib 64,)
	$(BIN)/python bench/table_import.py $(if $(BENCH_QUICK),--rows 20000,)
	$(BIN)/python bench/rename_links.py $(if $(BENCH_QUICK),--calls 5000,)
	$(BIN)/python bench/ftm_import.py $(if $(BENCH_QUICK),--entities 10000,)
	$(BIN)/python bench/briefing.py $(if $(BENCH_QUICK),--size 1 --entities 1000,)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/analysis.py $(if $(BENCH_QUICK),--events 100000 --chart-case 5000,)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/gui.py $(if $(BENCH_QUICK),--entities 20000 --intake-mib 64,)
	$(BIN)/python bench/cli.py $(if $(BENCH_QUICK),--reps 3,)

bench-search: setup
	$(BIN)/python bench/search.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info demo out

# ---------------------------------------------------------------------------
# Packaging (issue 9): a PyInstaller one-folder app in dist/casebench/.
# The build venv is separate from .venv so the frozen app cannot lean on it.
# `make package` builds; `make package-test` smoke-tests the built binary.
# ---------------------------------------------------------------------------
PKGVENV := build/pkgvenv
PKGBIN := $(PKGVENV)/bin
PKGSTAMP := $(PKGVENV)/.installed-stamp

$(PKGSTAMP): pyproject.toml
	test -x $(PKGBIN)/python || $(PYTHON) -m venv $(PKGVENV)
	$(PKGBIN)/python -m pip install --quiet --upgrade pip
	$(PKGBIN)/python -m pip install --quiet '.[gui]' 'pyinstaller>=6.6' 'pillow>=10'
	touch $(PKGSTAMP)

package: $(PKGSTAMP)
	PYTHONPATH=src $(PKGBIN)/python -m casebench.i18n_build
	$(PKGBIN)/python packaging/make_icons.py
	$(PKGBIN)/pyinstaller --noconfirm --clean --log-level WARN \
	    --workpath build/pyinstaller --distpath dist packaging/casebench.spec
	@echo "built dist/casebench: $$(du -sh dist/casebench | cut -f1)"
	@echo "biggest parts:"
	@for d in dist/casebench/_internal/* dist/casebench/_internal/PySide6/Qt/* \
	    dist/casebench/_internal/PySide6/Qt/lib/*; do du -sk "$$d"; done \
	    | sort -rn | head -15 | awk '{printf "  %7.1f MB  %s\n", $$1/1024, $$2}'

package-test:
	test -x dist/casebench/casebench || { echo "run 'make package' first" >&2; exit 1; }
	packaging/smoke_test.sh dist/casebench
