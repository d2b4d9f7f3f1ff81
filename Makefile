# newsfacts: `make run` does everything (install, Prefect server + worker, one extract run);
# `make test` runs the test suite. Everything installs from requirements.lock (pinned, hashed).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
UV_VERSION := 0.13.9

.PHONY: install run stop test test-fast eval eval-unseen eval-errors eval-synthetic bench fit-confidence fit-carry lint lock clean

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
	@echo
	$(BIN)/python -m pipeline overview

stop:
	scripts/down.sh

test: install
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m "not slow"

# The three shared dev sets extracted together (as a user's folder would hold them), scored per
# set and on their union: one line each. dev3 is the check split: read only its line.
# Scratch files are per checkout, so two worktrees can evaluate at once.
EVAL_SETS ?= dev dev2 dev3
EVAL_TMP := /tmp/newsfacts-$(notdir $(CURDIR))
EVAL_DIR ?= $(EVAL_TMP)-eval
eval: install
	@test -f $(SHARED)/eval/score.py || { echo "no $(SHARED)/eval here"; exit 0; }
	@rm -rf $(EVAL_DIR) && mkdir -p $(EVAL_DIR)/articles
	@for set in $(EVAL_SETS); do \
	  cp $(SHARED)/eval/$$set/articles/* $(EVAL_DIR)/articles/; \
	  cat $(SHARED)/eval/$$set/gold.jsonl >> $(EVAL_DIR)/union.jsonl; \
	done
	@$(BIN)/python -m pipeline extract --seeds $(EVAL_DIR)/articles --db $(EVAL_DIR)/dev.duckdb \
	  >$(EVAL_DIR)/extract.log 2>&1 || { tail -n 5 $(EVAL_DIR)/extract.log; exit 1; }
	@for set in $(EVAL_SETS); do \
	  printf '%-6s %s\n' $$set "$$($(BIN)/python $(SHARED)/eval/score.py --db $(EVAL_DIR)/dev.duckdb --gold $(SHARED)/eval/$$set/gold.jsonl | tail -n 1)"; \
	done
	@printf '%-6s %s\n' union "$$($(BIN)/python $(SHARED)/eval/score.py --db $(EVAL_DIR)/dev.duckdb --gold $(EVAL_DIR)/union.jsonl | tail -n 1)"

# The same, with the known-model name rules switched off: every model name reads as new, as
# in next week's news. The gap to `make eval` is what the name list, not the reading, supplies.
eval-unseen: install
	NEWSFACTS_KNOWN_MODELS=0 $(MAKE) --no-print-directory eval EVAL_DIR=$(EVAL_TMP)-eval-unseen

# One working set's errors (never the check split's): make eval-errors SET=dev2
SET ?= dev2
eval-errors: install
	@test "$(SET)" != dev3 || { echo "dev3 is the check split: read its summary line only (make eval)"; exit 2; }
	rm -f $(EVAL_TMP)-$(SET).duckdb
	$(BIN)/python -m pipeline extract --seeds $(SHARED)/eval/$(SET)/articles --db $(EVAL_TMP)-$(SET).duckdb
	$(BIN)/python $(SHARED)/eval/score.py --db $(EVAL_TMP)-$(SET).duckdb --gold $(SHARED)/eval/$(SET)/gold.jsonl --show-errors

# Invented article sets written for unseen-article checks (eval/synthetic/README.md): set3 is a
# check split, set4 and set5 calibrate claim confidence (make fit-confidence).
eval-synthetic: install
	@test -f $(SHARED)/eval/score.py || { echo "no $(SHARED)/eval/score.py here"; exit 0; }
	@for set in eval/synthetic/set1 eval/synthetic/set2 eval/synthetic/set3 eval/synthetic/set4 eval/synthetic/set5 eval/synthetic/set6 eval/synthetic/set7 eval/synthetic/set8 eval/synthetic/set9 eval/synthetic/set10 eval/synthetic/set11; do \
	  rm -f $(EVAL_TMP)-$$(basename $$set).duckdb; \
	  $(BIN)/python -m pipeline extract --seeds $$set/articles --db $(EVAL_TMP)-$$(basename $$set).duckdb || exit 1; \
	  echo "$$set:"; \
	  $(BIN)/python $(SHARED)/eval/score.py --db $(EVAL_TMP)-$$(basename $$set).duckdb --gold $$set/gold.jsonl | tail -n 1; \
	done

bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# Refit claim confidence on dev + dev2 (never dev3), leave-one-article-out (docs/confidence.md).
fit-confidence: install
	$(BIN)/python bench/fit_confidence.py --untuned set4 --untuned set5 $(FIT_ARGS)

# Refit the release-carry weights (extractors/patterns/date_carry.json) on the working sets
fit-carry: install
	$(BIN)/python bench/fit_carry.py $(FIT_ARGS)

lint: install
	$(BIN)/ruff check extractors pipeline warehouse tests bench

# Re-resolve the lock (maintainers only; needs the registry).
lock:
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes -o requirements.lock

clean: stop
	rm -rf $(VENV) .prefect warehouse/*.duckdb warehouse/*.duckdb.lock warehouse/*.report.html
