# newsfacts: `make run` does everything (install, Prefect server + worker, one extract run);
# `make test` runs the test suite. Everything installs from requirements.lock (pinned, hashed).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
UV_VERSION := 0.13.9

.PHONY: install run stop test test-fast eval eval-synthetic bench lint lock clean

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip sync --python $(BIN)/python --require-hashes requirements.lock
	$(BIN)/uv pip install --python $(BIN)/python --no-deps -e .
	$(BIN)/python -c "import extractors; extractors.build_nlp()" >/dev/null
	touch $(STAMP)

run: install
	scripts/up.sh
	source scripts/env.sh && prefect deployment run extract/extract --watch
	$(BIN)/python -m pipeline facts --limit 40

stop:
	scripts/down.sh

test: install
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m "not slow"

eval: install
	@test -d $(SHARED)/eval/dev || { echo "no $(SHARED)/eval/dev here"; exit 0; }
	rm -f /tmp/newsfacts-dev.duckdb
	$(BIN)/python -m pipeline extract --seeds $(SHARED)/eval/dev/articles --db /tmp/newsfacts-dev.duckdb
	$(BIN)/python $(SHARED)/eval/score.py --db /tmp/newsfacts-dev.duckdb --gold $(SHARED)/eval/dev/gold.jsonl --show-errors

# Two invented article sets written for unseen-article checks (eval/synthetic/README.md).
eval-synthetic: install
	@test -f $(SHARED)/eval/score.py || { echo "no $(SHARED)/eval/score.py here"; exit 0; }
	@for set in eval/synthetic/set1 eval/synthetic/set2; do \
	  rm -f /tmp/newsfacts-$$(basename $$set).duckdb; \
	  $(BIN)/python -m pipeline extract --seeds $$set/articles --db /tmp/newsfacts-$$(basename $$set).duckdb || exit 1; \
	  echo "$$set:"; \
	  $(BIN)/python $(SHARED)/eval/score.py --db /tmp/newsfacts-$$(basename $$set).duckdb --gold $$set/gold.jsonl | tail -n 1; \
	done

bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

lint: install
	$(BIN)/ruff check extractors pipeline warehouse tests bench

# Re-resolve the lock (maintainers only; needs the registry).
lock:
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes -o requirements.lock

clean: stop
	rm -rf $(VENV) .prefect warehouse/*.duckdb warehouse/*.duckdb.lock
