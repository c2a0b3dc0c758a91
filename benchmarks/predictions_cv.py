"""Write the default method's publisher-disjoint teasers as a predictions file (`id`, `summary`), so that any
version of kurz can be scored by the current `kurz eval --predictions` (its editorial checks included).

It uses only what every version since the publisher folds has (`method_system`, `run_system`), so an earlier
commit runs it too:

    git worktree add /tmp/before 0283c1e
    PYTHONPATH=/tmp/before/src .venv/bin/python benchmarks/predictions_cv.py reports/dev.jsonl reports/before.jsonl
    .venv/bin/kurz eval reports/dev.jsonl --predictions reports/before.jsonl --method default --cv publisher --no-references
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kurz.data.examples import read_examples
from kurz.evaluate.runner import method_system, run_system
from kurz.pipeline import DEFAULT_BUDGET, load_method


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="JSONL of (id, text, summary, publisher or source)")
    ap.add_argument("output", type=Path)
    args = ap.parse_args()
    examples = read_examples(args.data)
    rows = run_system(method_system("default", load_method("default"), DEFAULT_BUDGET, refit=True), examples, "publisher")
    with args.output.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps({"id": row.example.id, "summary": row.summary}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} teasers written to {args.output}")


if __name__ == "__main__":
    main()
