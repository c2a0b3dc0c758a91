# Two entry points for a fresh machine: `make demo` and `make test`. Everything else builds on them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared/data/dev

.PHONY: demo test bench eval clean

$(BIN)/kurz: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,bench]'
	touch $@

demo: $(BIN)/kurz
	$(BIN)/kurz summarize examples/artikel.txt

test: $(BIN)/kurz
	./scripts/ensure-chromium
	$(BIN)/python -m pytest -q

bench: $(BIN)/kurz
	$(BIN)/python benchmarks/splitter.py --data $(SHARED)
	$(BIN)/python benchmarks/speed.py --data $(SHARED)
	$(BIN)/python benchmarks/peers.py --data $(SHARED)

eval: $(BIN)/kurz
	mkdir -p reports && cat $(SHARED)/*.jsonl > reports/dev.jsonl
	$(BIN)/kurz eval reports/dev.jsonl --cv 5 --method default --method textrank --markdown -o reports/eval.json

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
