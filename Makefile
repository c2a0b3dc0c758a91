# Two entry points for a fresh machine: `make demo` and `make check` (style, types, tests; what CI runs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared/data/dev
MODEL_VERSION ?= ranker-2026.12.06.9

.PHONY: demo check lint test bench eval model clean

# The test environment holds nothing under the GPL; SoMaJo (GPL-3.0) and the other peers come with `make bench`.
$(BIN)/kurz: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

$(VENV)/.bench: $(BIN)/kurz
	$(BIN)/python -m pip install -q -e '.[dev,bench]'
	touch $@

demo: $(BIN)/kurz
	$(BIN)/kurz summarize examples/artikel.txt

check: lint test

lint: $(BIN)/kurz
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

test: $(BIN)/kurz
	./scripts/ensure-chromium
	$(BIN)/python -m pytest -q

bench: $(VENV)/.bench
	$(BIN)/python benchmarks/splitter.py --data $(SHARED)
	$(BIN)/python benchmarks/speed.py --data $(SHARED)
	$(BIN)/python benchmarks/speedup.py --data $(SHARED)
	$(BIN)/python benchmarks/stages.py --data $(SHARED)
	$(BIN)/python benchmarks/peers.py --data $(SHARED)
	$(BIN)/python benchmarks/ranker_ablations.py --data $(SHARED)
	$(BIN)/python benchmarks/carryover.py --data $(SHARED) --sweep
	$(BIN)/python benchmarks/guard.py --data $(SHARED)
	$(BIN)/python benchmarks/editorial.py --data $(SHARED)
	$(BIN)/python benchmarks/push.py --data $(SHARED)
	$(BIN)/python benchmarks/teaser_compression.py --data $(SHARED)
	$(BIN)/python benchmarks/webpages.py
	$(BIN)/python benchmarks/batch.py --data $(SHARED)
	$(BIN)/python benchmarks/load.py
	$(BIN)/python benchmarks/spark.py --data $(SHARED) --measure 20000

# Quality on publishers the model never saw: leave-one-source-out and publisher-disjoint folds (docs/figures).
eval: $(BIN)/kurz
	mkdir -p reports docs/figures && cat $(SHARED)/*.jsonl > reports/dev.jsonl
	$(BIN)/kurz eval reports/dev.jsonl --cv source --method default --markdown -q -o reports/eval_by_source.json > docs/figures/eval_by_source.md
	$(BIN)/kurz eval reports/dev.jsonl --cv publisher --method default --method textrank --markdown -q -o reports/eval_by_publisher.json > docs/figures/eval_by_publisher.md

# Refit the shipped default model on the dev data (see src/kurz/models/MODEL_CARD.md).
model: $(BIN)/kurz
	$(BIN)/kurz train $(SHARED)/*.jsonl -o src/kurz/models/ranker.json --version $(MODEL_VERSION)

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
