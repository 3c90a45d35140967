# Everything runs inside .venv, made here from the python3 on PATH.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench format clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	# printworks' own bytecode, compiled now: a first run (or one with PYTHONDONTWRITEBYTECODE=1)
	# starts as fast as any other
	$(BIN)/python -m compileall -q printworks
	touch $(STAMP)

run: $(STAMP)  ## the main job: every role's case file and deck, then the zine, into out/
	$(BIN)/printworks zine

test: $(STAMP)  ## lint, format check, then the whole test suite
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

bench: $(STAMP)  ## the benchmark table (takes a few minutes)
	$(BIN)/python bench/bench.py

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) out build dist
