"""Throughput of `kurz batch`, end to end (read JSONL, summarise, write JSONL), at --workers 1 and 2 in one run.

Each run is a fresh `python -m kurz batch` process, so start-up (imports, model load, starting the workers) is
included, as a user would see it. The articles are the dev set's, cycled to the wanted count with new ids (read
at run time, never copied), or, without it, generated from a few sentences written for this benchmark.

    .venv/bin/python benchmarks/batch.py                          # writes reports/batch.md and prints the table
    .venv/bin/python benchmarks/batch.py --articles 10000 --workers 1,2,4 --method lead
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path
from typing import Any

from common import load_examples, machine, parser, table, write_report

from kurz.methods import DEFAULT_METHOD

# Written for this benchmark; {n} varies the numbers so that no two generated articles are the same.
SENTENCES = [
    "Der Stadtrat von Leipzig hat am Dienstag einen Haushalt von {n} Millionen Euro beschlossen.",
    "Die Opposition kritisierte die geplanten Kürzungen bei Bibliotheken und Schwimmbädern.",
    "„Wir müssen sparen, aber nicht bei den Kindern“, sagte die Bürgermeisterin in der Sitzung.",
    "Nach Angaben der Verwaltung fehlen in den kommenden Jahren rund {n} Stellen in Kitas.",
    "Der Landesrechnungshof hatte die Finanzplanung der Stadt bereits im Frühjahr bemängelt.",
    "Die Abstimmung fiel mit 38 zu 22 Stimmen deutlich aus.",
    "Ein Bürgerbegehren gegen die Schließung des Hallenbads sammelte bisher {n}00 Unterschriften.",
    "Der Haushalt muss noch von der Landesdirektion genehmigt werden. (dpa)",
]


def generated(count: int) -> list[dict[str, Any]]:
    """Articles of 6–8 sentences in two paragraphs, when the dev data is not there."""
    rows = []
    for i in range(count):
        sentences = [s.format(n=i % 97 + 3) for s in SENTENCES[: 6 + i % 3]]
        rows.append({"id": f"gen-{i}", "text": " ".join(sentences[:3]) + "\n" + " ".join(sentences[3:])})
    return rows


def articles(data: Path, count: int) -> tuple[list[dict[str, Any]], str]:
    if not (data.is_dir() and any(data.glob("*.jsonl"))):
        return generated(count), f"generated: no dev data in {data}"
    examples = load_examples(data)
    rows = [{"id": f"{e.id}#{i}", "title": e.title, "text": e.text} for i, e in enumerate(islice(cycle(examples), count))]
    return rows, f"the {len(examples)} dev articles, cycled"


def run_batch(source: Path, output: Path, workers: int, method: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds (all its processes) of one `kurz batch` run; fails loudly if a row is missing."""
    options = ["--workers", str(workers), "--method", method, "--quiet"]
    command = [sys.executable, "-m", "kurz", "batch", str(source), "-o", str(output), *options]
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(command, check=True)
    seconds, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    written = output.read_bytes().count(b"\n")
    expected = source.read_bytes().count(b"\n")
    if written != expected:
        raise SystemExit(f"kurz batch wrote {written} rows for {expected} articles")
    return seconds, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main() -> None:
    ap = parser(__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=3000, help="articles per run")
    ap.add_argument("--workers", default="1,2", help="worker counts to compare, comma-separated")
    ap.add_argument("--method", default=DEFAULT_METHOD)
    ap.add_argument("--repeats", type=int, default=2, help="runs per worker count; the fastest is reported")
    args = ap.parse_args()
    rows, origin = articles(args.data, args.articles)
    load_before = os.getloadavg()[0]
    counts = [int(w) for w in args.workers.split(",")]
    runs: dict[int, list[tuple[float, float]]] = {w: [] for w in counts}
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        size_mb = source.stat().st_size / 1e6
        for _ in range(args.repeats):  # interleaved, so that a busy machine slows every worker count alike
            for workers in counts:
                runs[workers].append(run_batch(source, Path(tmp) / "out.jsonl", workers, args.method))
    best = {w: min(r) for w, r in runs.items()}
    base = best[counts[0]][0]
    lines = [
        [str(w), f"{len(rows):,}", f"{s:.2f}", f"{len(rows) / s:,.0f}", f"{base / s:.2f}×", f"{cpu:.2f}"]
        for w, (s, cpu) in best.items()
    ]
    report = "\n".join(
        [
            "# kurz batch throughput\n",
            f"{machine()}; load average {load_before:.1f} before and {os.getloadavg()[0]:.1f} after the runs.\n",
            (
                f"{len(rows):,} articles ({origin}; {size_mb:.1f} MB of JSONL), method `{args.method}`, default budget, "
                f"JSONL in and out; wall-clock time of a whole `python -m kurz batch` process (start-up included), "
                f"fastest of {args.repeats} runs, interleaved.\n"
            ),
            table(["workers", "articles", "seconds", "articles / s", f"speed-up vs {counts[0]}", "CPU seconds"], lines),
            (
                "\nCPU seconds: user + system time of all the run's processes; what workers cost beyond one process shows"
                " there, whatever else the machine is doing."
            ),
            "",
        ]
    )
    print(report)
    print(f"written to {write_report('batch.md', report)}")


if __name__ == "__main__":
    main()
