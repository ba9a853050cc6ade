# Two commands on a fresh machine: `make demo` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO   := build/demo

.PHONY: demo test check lint types pytest bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when the dependency list changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	@mkdir -p $(DEMO)
	$(BIN)/lintas compare examples/articles --format html -o $(DEMO)/report.html; \
	code=$$?; [ $$code -le 1 ] || exit $$code
	$(BIN)/lintas compare examples/articles --format json -o $(DEMO)/report.json; \
	code=$$?; [ $$code -le 1 ] || exit $$code
	$(BIN)/lintas compare examples/articles --format text; \
	code=$$?; [ $$code -le 1 ] || exit $$code
	@echo
	@echo "Demo output: $(DEMO)/report.html (open in a browser) and $(DEMO)/report.json (JSON report)"

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

types: $(VENV)/.installed-test
	$(BIN)/mypy

check: lint types

pytest: $(VENV)/.installed-test
	$(BIN)/python -m pytest

test: check pytest

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/extraction_quality.py
	$(BIN)/python benchmarks/extract_speed.py

clean:
	rm -rf $(VENV) build .mypy_cache .ruff_cache .pytest_cache
