# Two commands matter: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test console build lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

# Builds the content store if the documents changed, then connects to Discord when
# DISCORD_TOKEN is set, otherwise opens the local console.
run: $(VENV)/.installed
	$(BIN)/python -m bot build
	$(BIN)/python -m bot run

console: $(VENV)/.installed
	$(BIN)/python -m bot console

build: $(VENV)/.installed
	$(BIN)/python -m bot build

test: lint
	$(BIN)/python -m pytest

# mypy's files and strictness are in pyproject.toml ([tool.mypy]).
lint: $(VENV)/.installed-test
	$(BIN)/ruff check bot tests bench
	$(BIN)/mypy

bench: $(VENV)/.installed-test
	$(BIN)/python -m bot bench

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
