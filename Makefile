# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLES := $(sort $(wildcard examples/*.md))
DEMO_TITLE := Harbor Bridge: closure, repairs and reopening

# axe-core (npm) checks accessibility in tests/test_browser.py; it lives inside the venv folder.
AXE_VERSION := 4.14.1
AXE := $(VENV)/axe/node_modules/axe-core/axe.min.js
# TimelineJS3 (npm) reads the timelinejs output in tests/test_browser.py, as a site would.
TIMELINEJS_VERSION := 3.9.11
TIMELINEJS := $(VENV)/timelinejs/node_modules/@knight-lab/timelinejs/dist/js/timeline.js

# apt-get runs as root, or through sudo when it needs no password; otherwise the browser tests skip.
SUDO := $(shell [ "$$(id -u)" = 0 ] || (sudo -n true 2>/dev/null && echo sudo))

.PHONY: install demo test test-browser browser-tools site-tools chromium lint bench golden accuracy clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: install
	mkdir -p out
	$(BIN)/timeline build $(EXAMPLES) --title "$(DEMO_TITLE)" --format html -o out/timeline.html
	$(BIN)/timeline build $(EXAMPLES) --title "$(DEMO_TITLE)" --format md -o out/timeline.md
	$(BIN)/timeline build $(EXAMPLES) --title "$(DEMO_TITLE)" --format json -o out/timeline.json
	@echo "Wrote out/timeline.html, out/timeline.md and out/timeline.json"

# The whole suite, browser and static-site tests included: chromium, axe-core, TimelineJS, Hugo and
# Jekyll are installed first when missing (where that is impossible — no root, no apt-get or npm —
# those tests say why they skip).
test: install browser-tools site-tools
	$(BIN)/pytest

# Hugo and Jekyll build the Markdown output in tests/test_render_formats.py, as sites do.
site-tools:
	@test -x /usr/bin/hugo -a -x /usr/bin/jekyll || ($(SUDO) apt-get update \
	  && $(SUDO) apt-get install -y --no-install-recommends hugo jekyll) \
	  || echo "make: could not install hugo and jekyll (apt-get needs root): their tests will skip" >&2

browser-tools:
	@test -x /usr/bin/chromium || $(MAKE) --no-print-directory chromium \
	  || echo "make: could not install chromium (apt-get needs root): the browser tests will skip" >&2
	@test -f $(AXE) || ! command -v npm >/dev/null || $(MAKE) --no-print-directory $(AXE) \
	  || echo "make: could not install axe-core with npm: the accessibility tests will skip" >&2
	@test -f $(TIMELINEJS) || ! command -v npm >/dev/null || $(MAKE) --no-print-directory $(TIMELINEJS) \
	  || echo "make: could not install TimelineJS with npm: its test will skip" >&2

# The page and the fragment in headless Debian chromium: screenshots in out/browser/, phone-width
# overflow and axe-core. Installs chromium with apt-get when it is missing.
test-browser: install chromium $(AXE) $(TIMELINEJS)
	$(BIN)/pytest -q tests/test_browser.py
	@echo "Screenshots in out/browser/"

chromium:
	@test -x /usr/bin/chromium || ($(SUDO) apt-get update && $(SUDO) apt-get install -y chromium)

$(AXE):
	npm install --prefix $(VENV)/axe --no-save --no-audit --no-fund --loglevel=error axe-core@$(AXE_VERSION)

$(TIMELINEJS):
	npm install --prefix $(VENV)/timelinejs --no-save --no-audit --no-fund --loglevel=error \
	  @knight-lab/timelinejs@$(TIMELINEJS_VERSION)

# Rewrite tests/golden/ from the current renderer (and pipeline, for the examples); review the diff.
golden: install
	TIMELINE_REGENERATE_GOLDEN=1 $(BIN)/pytest -q tests/test_render_golden.py
	@echo "Rewrote tests/golden/: review it with git diff tests/golden"

fuzz: install
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest tests/test_fuzz.py tests/test_tagger_properties.py

# ruff, and the import contracts of pyproject.toml (the pipeline's layers; tests/test_architecture.py
# runs them in `make test` too).
lint: install
	$(BIN)/ruff check timeline tests bench
	$(BIN)/lint-imports

# Every accuracy figure of the README from the dev corpora beside this checkout (../shared/corpora),
# through the CLI as the held-out sets are scored: the tagger (TempEval-3), the gold event set,
# event dating on real news (TimeML links, TimeBank-EventTime) and key dates (Date F1, ROUGE).
CORPORA := ../shared/corpora
accuracy: install
	$(BIN)/timeline eval $(CORPORA)/tbaq-cleaned
	$(BIN)/timeline eval $(CORPORA)/tweets-train
	$(BIN)/timeline eval $(CORPORA)/wikiwars-train --ignore-types
	$(BIN)/timeline eval-events tests/gold_events
	$(BIN)/timeline eval-events --timeml $(CORPORA)/tbaq-cleaned
	$(BIN)/timeline eval-events --timeml $(CORPORA)/tbaq-cleaned/TimeBank \
	    --event-times $(CORPORA)/eventtime/event-times_normalized.tab
	$(BIN)/timeline eval-tls $(CORPORA)/t17-dev
	$(BIN)/timeline eval-tls $(CORPORA)/entities-dev --pad 7

bench: install
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) out/timeline.* .pytest_cache .ruff_cache .hypothesis
