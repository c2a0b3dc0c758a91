"""kurz on Spark against `kurz batch`: articles/s at local[1] and local[2] and --workers 1 and 2, on the same rows.

Builds a Parquet archive of the dev articles cycled with new ids (read at run time, never copied into the
repository; without them the script says so and exits 0), then, in one run and on the same rows:

- `kurz batch ARCHIVE -o out.parquet --workers 1|2`, each a fresh process (start-up included);
- Spark `local[1]` and `local[2]`, each a fresh driver process: session start-up, an identity `mapInArrow`
  written to Spark's `noop` sink (what Spark and Arrow cost per row without kurz), then
  `kurz.spark.summarize(...).write.parquet(...)` through the committer.

    .venv/bin/python benchmarks/spark.py                       # 200,000 rows, all of them measured
    .venv/bin/python benchmarks/spark.py --measure 20000       # archive of 200,000; the first 20,000 timed

Writes docs/figures/spark.md and prints it. A script, never a test: the machine's load decides the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path
from typing import Any

from common import load_examples, machine, parser, table, write_report

from kurz.methods import DEFAULT_METHOD

ROW_GROUP = 1000  # rows per Parquet row group: Spark splits the file into partitions along them
THREADS = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def build_archive(data: Path, rows: int, path: Path) -> str:
    """`rows` dev articles, cycled with new ids, as one Parquet file; returns a description."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    examples = load_examples(data)  # exits 0 without the dev data
    schema = pa.schema([("id", pa.string()), ("title", pa.string()), ("text", pa.string())])
    with pq.ParquetWriter(path, schema) as writer:
        stream = ((f"{e.id}#{i}", e.title, e.text) for i, e in enumerate(islice(cycle(examples), rows)))
        while chunk := list(islice(stream, ROW_GROUP)):
            ids, titles, texts = zip(*chunk)
            writer.write_table(pa.table({"id": ids, "title": titles, "text": texts}, schema=schema))
    return f"the {len(examples)} dev articles cycled to {rows:,} rows"


def head(archive: Path, rows: int, path: Path) -> Path:
    """The first `rows` rows of the archive as their own file (both engines then read the same file)."""
    import pyarrow.parquet as pq

    table_ = pq.read_table(archive).slice(0, rows)
    pq.write_table(table_, path, row_group_size=ROW_GROUP)
    return path


def timed(command: list[str]) -> tuple[float, str]:
    env = {**os.environ, **THREADS, "PYSPARK_PYTHON": sys.executable}
    started = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    return time.perf_counter() - started, done.stdout


def run_batch(source: Path, out: Path, workers: int, method: str) -> float:
    seconds, _ = timed(
        [sys.executable, "-m", "kurz", "batch", str(source), "-o", str(out), "-w", str(workers), "-q", "-m", method]
    )
    return seconds


def run_spark(source: Path, out: Path, master: str, method: str) -> dict[str, float]:
    seconds, stdout = timed([sys.executable, __file__, "--child", master, str(source), str(out), method])
    figures: dict[str, float] = json.loads(stdout.strip().splitlines()[-1])
    return {**figures, "process": seconds}


def child(master: str, source: str, out: str, method: str) -> None:
    """One Spark driver: prints JSON with the seconds of start-up, the identity pass and the kurz pass."""
    started = time.perf_counter()
    from pyspark.sql import SparkSession

    import kurz.spark

    with tempfile.TemporaryDirectory(prefix="kurz-bench-spark-") as scratch:
        spark = (
            SparkSession.builder.master(master)
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.local.dir", scratch)
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.files.maxPartitionBytes", str(4 << 20))  # a few row groups per partition
            .config("spark.driver.memory", "2g")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        spark.range(4).repartition(int(master.split("[")[1].rstrip("]"))).mapInArrow(lambda b: b, "id long").count()
        start = time.perf_counter() - started  # the session and Python workers up, as a first job would find them
        df = spark.read.parquet(source)
        rows = df.count()
        t0 = time.perf_counter()
        df.mapInArrow(lambda batches: batches, df.schema).write.format("noop").mode("overwrite").save()
        t1 = time.perf_counter()
        kurz.spark.summarize(df, title_col="title", id_col="id", method=method).write.mode("overwrite").parquet(out)
        t2 = time.perf_counter()
        written = spark.read.parquet(out).count()
        partitions = df.rdd.getNumPartitions()
        spark.stop()
    if written != rows:
        raise SystemExit(f"Spark wrote {written} rows for {rows}")
    print(json.dumps({"start": start, "identity": t1 - t0, "kurz": t2 - t1, "partitions": partitions}))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:6])
        return
    ap: argparse.ArgumentParser = parser(__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=200_000, help="rows in the archive (at least 200,000 for the issue's figure)")
    ap.add_argument("--measure", type=int, help="time the first N rows of the archive only (default: all)")
    ap.add_argument("--method", default=DEFAULT_METHOD)
    args = ap.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="kurz-bench-") as tmp:
        archive = Path(tmp) / "archive.parquet"
        origin = build_archive(args.data, args.rows, archive)
        size_mb = archive.stat().st_size / 1e6
        n = min(args.measure or args.rows, args.rows)
        source = archive if n == args.rows else head(archive, n, Path(tmp) / "measured.parquet")
        results: dict[str, Any] = {}
        for workers in (1, 2):
            results[f"batch {workers}"] = run_batch(source, Path(tmp) / f"batch{workers}.parquet", workers, args.method)
            print(f"kurz batch --workers {workers}: {results[f'batch {workers}']:.1f} s", file=sys.stderr)
        for cores in (1, 2):
            results[f"spark {cores}"] = run_spark(source, str(Path(tmp) / f"spark{cores}"), f"local[{cores}]", args.method)
            print(f"Spark local[{cores}]: {results[f'spark {cores}']}", file=sys.stderr)
    print(report(results, n, origin, size_mb, args, load_before))


def report(results: dict[str, Any], n: int, origin: str, size_mb: float, args: Any, load_before: float) -> str:
    base = n / results["batch 1"]
    lines = []
    for workers in (1, 2):
        seconds = results[f"batch {workers}"]
        lines.append(
            [
                f"`kurz batch --workers {workers}`",
                f"{seconds:.1f}",
                "–",
                f"{n / seconds:,.0f}",
                f"{n / seconds / base:.2f}×",
                cpu_hours(workers, n / seconds),
            ]
        )
    for cores in (1, 2):
        r = results[f"spark {cores}"]
        rate = n / r["kurz"]
        lines.append(
            [
                f"Spark `local[{cores}]` ({r['partitions']} partitions)",
                f"{r['process']:.1f}",
                f"{r['start']:.1f}",
                f"{rate:,.0f}",
                f"{rate / base:.2f}×",
                cpu_hours(cores, rate),
            ]
        )
    overhead = [(results[f"spark {c}"]["identity"] * c / n) * 1000 for c in (1, 2)]
    per_row = [(results[f"spark {c}"]["kurz"] * c / n - results[f"batch {c}"] * c / n) * 1000 for c in (1, 2)]
    text = "\n".join(
        [
            "# kurz on Spark against kurz batch\n",
            f"{machine()}; load average {load_before:.1f} before and {os.getloadavg()[0]:.1f} after the runs.\n",
            f"Archive: {origin} ({size_mb:.0f} MB of Parquet); timed on {'all' if n == args.rows else 'the first'} {n:,} rows, "
            f"method `{args.method}`, default budget, Parquet in and out.\n",
            table(["run", "process s", "Spark start-up s", "articles / s", "vs batch -w 1", "CPU-hours / M articles"], lines),
            "",
            f"- Spark start-up (JVM, session, first Python workers): {results['spark 1']['start']:.1f} s at local[1], "
            f"{results['spark 2']['start']:.1f} s at local[2]. articles/s for Spark are the kurz write job alone.",
            f"- Spark and Arrow alone (identity mapInArrow to the noop sink): {overhead[0]:.3f} / {overhead[1]:.3f} ms of core time per row "
            "(local[1] / local[2]).",
            f"- Spark's extra core time per row over `kurz batch` with as many processes (kurz job minus whole batch run): "
            f"{per_row[0]:.3f} / {per_row[1]:.3f} ms.",
            "- CPU-hours per million articles: cores × wall-clock seconds per million / 3600; start-up not included.",
            "",
        ]
    )
    write_report("spark.md", text)
    return text


def cpu_hours(cores: int, rate: float) -> str:
    return f"{cores * 1e6 / rate / 3600:.2f}"


if __name__ == "__main__":
    main()
