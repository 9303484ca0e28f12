# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLES := $(sort $(wildcard examples/*.md))
DEMO_TITLE := Harbor Bridge: closure, repairs and reopening

.PHONY: install demo test lint bench golden clean

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

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check timeline tests bench

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) out/timeline.* .pytest_cache .ruff_cache .hypothesis
