# Two commands on a fresh machine: `make demo` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO   := build/demo

.PHONY: demo test check lint types pytest postgres chromium bench clean

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

pytest: $(VENV)/.installed-test postgres chromium
	$(BIN)/python -m pytest

# The storage tests also run against a real PostgreSQL server, which they start themselves from
# Debian's binaries. Install the package when it is missing and we may (root or passwordless
# sudo); otherwise those tests skip and say why.
postgres:
	@if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
		SUDO=$$([ "$$(id -u)" -eq 0 ] && echo "" || echo "sudo -n"); \
		echo "installing PostgreSQL (Debian package) for the storage tests"; \
		( $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null ) \
			|| echo "could not install PostgreSQL: its storage tests will be skipped"; \
	else echo "no apt-get: PostgreSQL storage tests will be skipped"; fi

test: check pytest

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/extraction_quality.py
	$(BIN)/python benchmarks/extract_speed.py

clean:
	rm -rf $(VENV) build .mypy_cache .ruff_cache .pytest_cache

# The web page is tested in a real headless Chromium (Debian's package, driven by Playwright; no
# browser download). Installed like PostgreSQL above; without it the browser tests skip.
chromium:
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
		SUDO=$$([ "$$(id -u)" -eq 0 ] && echo "" || echo "sudo -n"); \
		echo "installing Chromium (Debian package) for the browser tests"; \
		( $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null ) \
			|| echo "could not install Chromium: the browser tests will be skipped"; \
	else echo "no apt-get: the browser tests will be skipped"; fi
