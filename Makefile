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

# Bytecode is cached under .venv, not beside the sources, even where PYTHONDONTWRITEBYTECODE is set
# (.ci/run sets it): every in-process bot and every bot process the tests start imports the
# extensions again, and compiling them afresh each time took half of the suite's time.
# Two workers (pytest-xdist), each taking whole test files (--dist loadfile): the tests of a module
# that share its bot process or its store run on one worker, in file order, so the fixture is made
# once and a test that picks up the bot where the previous one left it still follows it.
# (loadgroup would split files finer, but xdist 3.8 cannot rename pytest 9.2's node ids for it.)
# TEST_WORKERS=0 runs everything in this one process.
TEST_WORKERS ?= 2
test: lint
	env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX=$(abspath $(VENV))/pycache \
		$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

# mypy's files and strictness are in pyproject.toml ([tool.mypy]).
lint: $(VENV)/.installed-test
	$(BIN)/ruff check bot tests bench
	$(BIN)/mypy

bench: $(VENV)/.installed-test
	$(BIN)/python -m bot bench

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
