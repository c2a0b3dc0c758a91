"""Where the default method's time goes: each stage of `kurz.summarize` timed on its own, on one core.

Each row runs one stage over all dev articles with its inputs prepared beforehand; the figure is the best of
several passes, per article. Rows marked · are parts of the stage above (their sum is less than the stage:
the rest is the glue between them). For a call-level view: `python -m cProfile -s tottime benchmarks/stages.py`.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

import time
from collections.abc import Callable

from common import load_examples, machine, parser, table, write_report

import kurz
from kurz.document import Document
from kurz.limits import MAX_ANALYSED_CHARS
from kurz.methods import get_method, select
from kurz.methods.features import sentence_features
from kurz.methods.textrank import centrality, stem_overlaps
from kurz.pipeline import DEFAULT_BUDGET
from kurz.text import normalize, sentences
from kurz.text.cohesion import refers_back
from kurz.text.tokens import WORD, stems_of

PASSES = 5


def best(run: Callable[[], object], n: int) -> float:
    """Milliseconds per article of the fastest pass."""
    times = []
    for _ in range(PASSES):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return 1000 * min(times) / n


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    examples = load_examples(args.data)
    n = len(examples)
    ranker = get_method("default")
    pairs = [(e.text, e.title) for e in examples]
    for text, title in pairs:  # warm-up: model, stem cache
        kurz.summarize(text, title, method=ranker)
    documents = [Document.from_text(text, title, MAX_ANALYSED_CHARS) for text, title in pairs]
    candidates = [d.content_sentences for d in documents]
    texts = [[s.content.text for s in c] for c in candidates]
    tokens = [[WORD.findall(t) for t in ts] for ts in texts]
    lowered = [[[w.lower() for w in t] for t in ts] for ts in tokens]
    stem_sets = [[set(stems_of(w)) for w in ls] for ls in lowered]
    matrices = [stem_overlaps(sets)[0] for sets in stem_sets]
    considered = sum(len(select(ranker, d, c, DEFAULT_BUDGET)[0]) for d, c in zip(documents, candidates))

    stages: list[tuple[str, Callable[[], object]]] = [
        ("`kurz.summarize`, whole", lambda: [kurz.summarize(t, ti, method=ranker) for t, ti in pairs]),
        (
            "`Document.from_text` (checks, splitting, marks)",
            lambda: [Document.from_text(t, ti, MAX_ANALYSED_CHARS) for t, ti in pairs],
        ),
        ("· input checks and warnings", lambda: [(normalize.check(t), normalize.warnings_for(t)) for t, _ in pairs]),
        ("· sentence splitting", lambda: [sentences.segment(t) for t, _ in pairs]),
        ("ranker features (`sentence_features`)", lambda: [sentence_features(d, c) for d, c in zip(documents, candidates)]),
        ("· words (`WORD.findall`)", lambda: [[WORD.findall(t) for t in ts] for ts in texts]),
        ("· lowercase words", lambda: [[[w.lower() for w in t] for t in ts] for ts in tokens]),
        ("· content stems", lambda: [[set(stems_of(w)) for w in ls] for ls in lowered]),
        ("· sentences that refer back", lambda: [[refers_back.__wrapped__(t) for t in ts] for ts in texts]),
        ("· stem matrix and TextRank", lambda: [centrality(stem_overlaps(s)[1]) for s in stem_sets]),
    ]
    measured = {label: best(run, n) for label, run in stages}
    # Selection on documents analysed afresh (nothing cached on their sentences), less analysis and features.
    analysed = best(lambda: [Document.analyse(t, ti) for t, ti in pairs], n)
    analysed_and_selected = best(
        lambda: [select(ranker, d, d.content_sentences, DEFAULT_BUDGET) for d in (Document.analyse(t, ti) for t, ti in pairs)], n
    )
    selection = "selection after scoring (compressions, budget)"
    measured[selection] = analysed_and_selected - analysed - measured["ranker features (`sentence_features`)"]
    whole = measured["`kurz.summarize`, whole"]
    rows = [[label, f"{ms:.3f}", f"{100 * ms / whole:.0f} %"] for label, ms in measured.items()]
    lead = get_method("lead")
    lead_ms = best(lambda: [kurz.summarize(t, ti, method=lead) for t, ti in pairs], n)
    report = "\n".join(
        [
            "# Where the default method's time goes (one core)\n",
            f"{machine()}; process pinned to one CPU, BLAS threads = 1. {n} dev articles, {considered / n:.1f} sentences "
            f"in a teaser on average; best of {PASSES} passes per row, after a warm-up pass. "
            f"Matrices for TextRank: {sum(m.shape[0] for m in matrices) / n:.1f} sentences × "
            f"{sum(m.shape[1] for m in matrices) / n:.0f} stems shared by two sentences or more, per article on average.\n",
            table(["stage", "ms / article", "share of the whole"], rows),
            f"\nFor comparison, the `lead` method (the same `from_text`, no ranking) takes {lead_ms:.3f} ms per article "
            f"in this run ({whole / lead_ms:.1f}× less than the default).",
            "",
        ]
    )
    print(report)
    print(f"written to {write_report('stages.md', report)}")


if __name__ == "__main__":
    main()
