# Two commands on a fresh machine: `make demo` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO   := build/demo

.PHONY: demo test check lint types pytest wheel postgres chromium bench bench-long mutants clean

# LINTAS_WHEEL=1 (set by .ci/run): the tests run against the built wheel installed as a user gets
# it, so a file missing from package-data fails. LINTAS_REQUIRE_ALL=1: a skipped test fails.
TEST_INSTALL := $(if $(filter 1,$(LINTAS_WHEEL)),wheel,$(VENV)/.installed-test)

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
	@echo "lintas follow: outlets served on this machine (no internet), followed into $(DEMO)/follow.db"
	@rm -f $(DEMO)/follow.db $(DEMO)/follow.db-wal $(DEMO)/follow.db-shm
	$(BIN)/python -m lintas.follow.demo --db $(DEMO)/follow.db
	@echo
	@echo "Demo output: $(DEMO)/report.html (open in a browser) and $(DEMO)/report.json (JSON report)"

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

types: $(VENV)/.installed-test
	$(BIN)/mypy

check: lint types

pytest: $(TEST_INSTALL) postgres chromium
	$(BIN)/python -m pytest

# Build the wheel and install it over the editable install; the stamps go, so that the next
# plain `make test` puts the editable install back.
wheel: $(VENV)/.installed-test
	rm -rf build/wheel
	$(BIN)/python -m pip wheel --quiet --no-deps -w build/wheel .
	$(BIN)/python -m pip install --quiet --force-reinstall --no-deps build/wheel/lintas-*.whl
	rm -f $(VENV)/.installed-test $(VENV)/.installed

# Test services from Debian packages, installed when missing and we may (root or passwordless
# sudo); otherwise their tests skip and say why.
# $(call debian,CHECK,PACKAGE,WHAT) installs PACKAGE unless the shell test CHECK passes.
define debian
	@if $(1); then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
		SUDO=$$([ "$$(id -u)" -eq 0 ] && echo "" || echo "sudo -n"); \
		echo "installing $(2) (Debian package) for $(3)"; \
		( $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(2) >/dev/null ) \
			|| echo "could not install $(2): $(3) will be skipped"; \
	else echo "no apt-get: $(3) will be skipped"; fi
endef

# The storage tests also run against a real PostgreSQL server, which they start themselves.
postgres:
	$(call debian,command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1,postgresql,the PostgreSQL storage tests)

# The web page is tested in a real headless Chromium, driven by Playwright (no browser download).
chromium:
	$(call debian,command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1,chromium,the browser tests)

test: check pytest

# Each benchmark prints its figures beside the recorded ones (benchmarks/results.json) and flags a
# change over 10%; BENCH_ARGS=--record writes the new figures. bench-long: the corpus-scale ones.
BENCH      := junk_lines extraction_quality extract_speed compare_speed analyse_speed gva_discrepancies contradictions unlabelled_discrepancies id_stories list_stories
BENCH_LONG := gva_clusters gva_months ingest_synth cluster_scale
bench: $(VENV)/.installed-test
	@cd benchmarks && for b in $(BENCH); do echo "== $$b"; ../$(BIN)/python $$b.py $(BENCH_ARGS) || exit 1; done

bench-long: $(VENV)/.installed-test
	@cd benchmarks && for b in $(BENCH_LONG); do echo "== $$b"; ../$(BIN)/python $$b.py $(BENCH_ARGS) || exit 1; done

# Deliberate breakages, each of which a quality gate must catch (tests/mutants.py; needs ../shared).
mutants: $(VENV)/.installed-test
	$(BIN)/python tests/mutants.py

clean:
	rm -rf $(VENV) build .mypy_cache .ruff_cache .pytest_cache
