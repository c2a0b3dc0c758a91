"""Summarizer throughput on one core: every registered method, raw text in, teaser out, plus model load time.

The thread limits are set before numpy is imported (through kurz), and the process is pinned to one CPU, so
the figures say what one worker process delivers.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS"):
    os.environ[_var] = "1"
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

import subprocess
import sys
import time

_import_started = time.perf_counter()
from common import ROOT, load_examples, machine, parser, table, write_report

import kurz
from kurz.data.examples import Example
from kurz.methods import REGISTRY, Method, get_method
from kurz.pipeline import DEFAULT_BUDGET

IMPORT_SECONDS = time.perf_counter() - _import_started

MIN_SECONDS = 2.0
MIN_PASSES = 3  # a range, not one figure: this machine is shared
STARTS = 5  # `kurz summarize` process starts timed (users call it from shell loops)


def startup() -> list[float]:
    """Wall seconds of whole `kurz summarize examples/artikel.txt` processes: interpreter, import, model, teaser."""
    command = [sys.executable, "-m", "kurz", "summarize", str(ROOT / "examples" / "artikel.txt")]
    times = []
    for _ in range(STARTS):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def load(name: str) -> tuple[Method, float]:
    """The first instantiation in this process, timed: what a fresh worker pays before its first teaser."""
    started = time.perf_counter()
    method = get_method(name)
    return method, time.perf_counter() - started


def throughput(method: Method, examples: list[Example]) -> list[float]:
    """Seconds of each whole pass over the corpus, at least MIN_PASSES passes and MIN_SECONDS."""
    for e in examples:  # a whole warm-up pass: the stem cache is warm, as in any long run over an archive
        kurz.summarize(e.text, e.title, method=method)
    passes: list[float] = []
    while sum(passes) < MIN_SECONDS or len(passes) < MIN_PASSES:
        started = time.perf_counter()
        for e in examples:
            kurz.summarize(e.text, e.title, method=method)
        passes.append(time.perf_counter() - started)
    return passes


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    examples = load_examples(args.data)
    rows, rates = [], {}
    for name in REGISTRY:
        method, load_s = load(name)
        passes = throughput(method, examples)
        n, seconds = len(examples) * len(passes), sum(passes)
        rates[name] = n / seconds
        rows.append(
            [
                name,
                f"{n / seconds:,.0f}",
                f"{len(examples) / max(passes):,.0f}–{len(examples) / min(passes):,.0f}",
                f"{1000 * seconds / n:.2f}",
                f"{1000 * load_s:.2f}",
                str(len(passes)),
            ]
        )
    for row, name in zip(rows, REGISTRY):
        row.insert(2, f"{rates[name] / rates['lead']:.2f}")
    starts = startup()
    chars = sum(len(e.text) for e in examples) / len(examples)
    report = "\n".join(
        [
            "# Summarizer speed (one core)\n",
            f"{machine()}; process pinned to one CPU, BLAS/OpenMP threads = 1.\n",
            f"{len(examples)} dev articles ({chars:,.0f} characters on average), `kurz.summarize` on raw text "
            f"(sentence splitting included), default budget {DEFAULT_BUDGET.to_dict()}.\n",
            table(
                [
                    "method",
                    "articles / s",
                    "× lead (same run)",
                    "range over passes",
                    "ms / article",
                    "load ms (first `get_method`)",
                    "passes",
                ],
                rows,
            ),
            f"\nImporting kurz (with numpy, the stemmer and the lexicons) took {1000 * IMPORT_SECONDS:.0f} ms in this process, before any method loads.",
            f"A whole `kurz summarize examples/artikel.txt` process (start, import, model, teaser) took "
            f"{1000 * min(starts):.0f}–{1000 * max(starts):.0f} ms over {STARTS} starts.",
            "",
        ]
    )
    print(report)
    print(f"written to {write_report('speed.md', report)}")


if __name__ == "__main__":
    main()
