"""`kurz spark`: summarise an archive of any size with Apache Spark, the row contract of `kurz.spark.summarize`.

Runs as a plain command (a local Spark in this process, `--master local[*]`) or under `spark-submit` on a
cluster (the master then comes from spark-submit). OUTPUT is a directory written through Spark's committer:
`_SUCCESS` marks a complete run, and a re-run replaces it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from typing import Any

import click
import pyarrow  # noqa: F401 - imported here so that a missing kurz[spark] extra is named by `kurz spark`
import pyspark  # noqa: F401

from kurz.data.formats.base import repeated_ids
from kurz.errors import KurzError
from kurz.interfaces.options import budget_from, summarizing_options
from kurz.methods import method_names
from kurz.rows_arrow import LINE_COLUMNS

FORMATS = ("parquet", "json", "csv")
INPUT_FORMATS = {".parquet": "parquet", ".jsonl": "json", ".ndjson": "json", ".json": "json", ".csv": "csv"}
POLL = 1.0  # seconds between looks at Spark's status tracker
CSV_OPTIONS = {"header": "true", "multiLine": "true", "escape": '"'}


def format_of_input(path: str, given: str | None) -> str:
    """The INPUT format: as given, else by extension (a directory of part files without one: Parquet)."""
    if given:
        return given
    _, ext = os.path.splitext(path.rstrip("/"))
    if ext.lower() in INPUT_FORMATS:
        return INPUT_FORMATS[ext.lower()]
    if ext:
        raise click.UsageError(f"cannot tell the format of INPUT {path!r} from {ext!r}; name it with --input-format")
    return "parquet"


def session(master: str | None, scratch: str, quiet: bool) -> tuple[Any, bool]:
    """The Spark session, and whether this command started it (and so stops it).

    The master is `--master`, else spark-submit's (or spark-defaults'), else `local[*]`. A local master binds to this
    machine only, keeps its shuffle and spill files in `scratch` and runs its workers on this Python (see
    `worker_python`). A session already running in this process (a notebook, a test) is used as it is.
    """
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active, False
    conf = SparkConf()  # what spark-submit and spark-defaults.conf set
    builder = SparkSession.builder.appName("kurz spark").config("spark.ui.showConsoleProgress", "false")
    if master is not None:
        builder = builder.master(master)
    if (master or conf.get("spark.master", "local[*]")).startswith("local"):
        worker_python(conf)
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        builder = builder.config("spark.local.dir", scratch)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR" if quiet else "WARN")
    return spark, True


def worker_python(conf: Any) -> None:
    """Local Python workers run the interpreter running this command, the one that has kurz installed.

    pyspark otherwise starts `python3` from PATH, which lacks kurz unless a virtual environment is activated. A
    Python the user chose (`PYSPARK_PYTHON`, `spark.pyspark.python`) is kept.
    """
    if conf.get("spark.pyspark.python") is None:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)


def read_input(spark: Any, path: str, fmt: str) -> Any:
    """INPUT as a DataFrame; JSON Lines with each row's line and line number, so that the workers parse every
    line as `kurz batch` does (the same ids, error codes and messages), not as Spark's JSON reader does."""
    if fmt != "json":
        return read(spark, path, fmt)
    from pyspark.sql import functions as F
    from pyspark.sql.types import BinaryType, LongType, StructField, StructType

    number, line = LINE_COLUMNS
    corrupt = spark.conf.get("spark.sql.columnNameOfCorruptRecord")
    fields = StructType([f for f in read(spark, path, fmt).schema.fields if f.name != corrupt])
    lines = spark.read.text(path).select(F.col("value").cast("binary"))
    numbered = lines.rdd.zipWithIndex().map(lambda pair: (pair[1] + 1, pair[0][0]))
    rows = spark.createDataFrame(numbered, StructType([StructField(number, LongType()), StructField(line, BinaryType())]))
    rows = rows.where(F.col(line).cast("string").rlike(r"[^ \t\n\r\x0B\f]"))  # blank lines are no rows, as in batch
    parsed = F.from_json(F.col(line).cast("string"), fields).alias("record")
    return rows.select(parsed, number, line).select("record.*", number, line)


def read(spark: Any, path: str, fmt: str, schema: Any = None) -> Any:
    reader = spark.read.options(**CSV_OPTIONS) if fmt == "csv" else spark.read
    reader = reader.schema(schema) if schema is not None and fmt != "parquet" else reader
    return reader.format(fmt).load(path)


def for_format(df: Any, fmt: str) -> Any:
    """CSV holds no arrays or structs: nested columns (`pieces` among them) are written as JSON text."""
    if fmt != "csv":
        return df
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, MapType, StructType

    nested = (ArrayType, MapType, StructType)
    return df.select(*[F.to_json(f.name).alias(f.name) if isinstance(f.dataType, nested) else F.col(f.name) for f in df.schema])


class StageLog:
    """One line on stderr per finished stage (and every 30 s for a long one), from Spark's status tracker.

    Python has no SparkListener; polling the tracker in a thread sees every stage that runs for more than a
    poll interval, which is every stage that matters for progress.
    """

    def __init__(self, spark: Any, quiet: bool) -> None:
        self._tracker = spark.sparkContext.statusTracker()
        self._quiet = quiet
        self._stop = threading.Event()
        self._seen: dict[int, tuple[int, int, float]] = {}  # stage id -> (done, total, last line)
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> StageLog:
        if not self._quiet:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)
            self._finish(set())

    def _run(self) -> None:
        while not self._stop.wait(POLL):
            try:
                self._look()
            except Exception:  # the context is stopping; progress is not worth an error
                return

    def _look(self) -> None:
        active = set(self._tracker.getActiveStageIds())
        now = time.monotonic()
        for stage in active:
            info = self._tracker.getStageInfo(stage)
            if info is None:
                continue
            done, total = info.numCompletedTasks, info.numTasks
            last = self._seen.get(stage, (0, total, now))[2]
            if now - last >= 30:
                self._echo(f"stage {stage}: {done}/{total} tasks")
                last = now
            self._seen[stage] = (done, total, last)
        self._finish(active)

    def _finish(self, active: set[int]) -> None:
        for stage in [s for s in self._seen if s not in active]:
            info = self._tracker.getStageInfo(stage)
            done, total, _ = self._seen.pop(stage)
            if info is not None:
                done, total = info.numCompletedTasks, info.numTasks
            self._echo(f"stage {stage} finished: {done}/{total} tasks")

    @staticmethod
    def _echo(line: str) -> None:
        click.echo(f"kurz spark: {line}", err=True)


def counts_line(spark: Any, output: str, fmt: str, schema: Any, id_field: str | None) -> str:
    """Rows, errors by code and repeated ids in OUTPUT, read back from what the committer wrote."""
    from pyspark.sql import functions as F

    written = read(spark, output, fmt, schema)
    code = F.regexp_extract("error", r"^([a-z_]+):", 1)
    by_code = {
        r["code"]: r["n"]
        for r in written.where(F.col("error").isNotNull()).groupBy(code.alias("code")).agg(F.count("*").alias("n")).collect()
    }
    total = written.count()
    failed = sum(by_code.values())
    codes = f" ({', '.join(f'{c} {n}' for c, n in sorted(by_code.items(), key=lambda kv: -kv[1]))})" if by_code else ""
    line = f"{total - failed} ok, {failed} error{'' if failed == 1 else 's'}{codes}, {total} rows -> {output}"
    if id_field is not None and id_field in written.columns:
        repeated = written.where(F.col(id_field).isNotNull()).groupBy(id_field).count().where("count > 1").count()
        if repeated:
            line += f"; warning: {repeated_ids(repeated)} in INPUT (every row was still written)"
    return line


@click.command("spark")
@click.argument("source", metavar="INPUT")
@click.option("-o", "--output", required=True, metavar="OUTPUT", help="output directory (local path or any Hadoop URI)")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="parquet", show_default=True, help="OUTPUT format")
@click.option("--input-format", type=click.Choice(FORMATS), help="INPUT format (default: by extension; a directory: parquet)")
@click.option("--master", help="Spark master, e.g. local[*] (default: spark-submit's, else local[*])")
@click.option("--partitions", type=click.IntRange(min=1), help="repartition INPUT into N partitions (default: as read)")
@click.option("--text-field", default="text", show_default=True, help="column holding the article text")
@click.option(
    "--id-field", default="id", show_default=True, help="column holding the row's id (passed through; repeats reported)"
)
@click.option("--title-field", default="title", show_default=True, help="column holding the headline, if there is one")
@summarizing_options
@click.option("--quiet", "-q", is_flag=True, help="no progress lines and no closing counts line")
def spark_command(
    source: str,
    output: str,
    fmt: str,
    input_format: str | None,
    master: str | None,
    partitions: int | None,
    text_field: str,
    id_field: str,
    title_field: str,
    method: str,
    model: str | None,
    quiet: bool,
    **length: int | None,
) -> None:
    """Summarise every row of INPUT into the directory OUTPUT with Apache Spark (needs kurz[spark]).

    OUTPUT has INPUT's columns, then summary, error, method, model_version and pieces (offsets into the
    text). A row that cannot be summarised gets an error instead of a summary. OUTPUT is replaced if it exists.
    """
    import kurz.spark

    in_fmt = format_of_input(source, input_format)
    if method not in method_names():
        raise click.BadParameter(
            f"{method!r} cannot run on Spark; choose one of: {', '.join(method_names())}", param_hint="--method"
        )
    inside, outside = sorted((os.path.abspath(source.rstrip("/")), os.path.abspath(output.rstrip("/"))), key=len)
    if outside == inside or outside.startswith(inside + os.sep):
        raise click.UsageError("OUTPUT may not be INPUT, hold it or lie inside it: replacing OUTPUT would delete INPUT")
    budget = budget_from(length)
    with tempfile.TemporaryDirectory(prefix="kurz-spark-") as scratch:
        spark, started = session(master, scratch, quiet)
        try:
            df = read_input(spark, source, in_fmt)
            columns = set(df.columns) - set(LINE_COLUMNS)
            if text_field not in columns:
                found = ", ".join(c for c in df.columns if c in columns) or "none"
                raise click.UsageError(f"INPUT has no column {text_field!r} (its columns: {found}); name it with --text-field")
            ids = id_field if id_field in columns else None
            if partitions is not None:
                df = df.repartition(partitions)
            out = for_format(
                kurz.spark.summarize(
                    df,
                    text_field,
                    title_col=title_field if title_field in columns else None,
                    id_col=ids,
                    method=method,
                    model=model,
                    sentences=budget.sentences,
                    max_words=budget.max_words,
                    max_chars=budget.max_chars,
                ),
                fmt,
            )
            if not quiet and spark.sparkContext.uiWebUrl:
                click.echo(f"kurz spark: Spark UI at {spark.sparkContext.uiWebUrl}", err=True)
            with StageLog(spark, quiet):
                writer(out, fmt).save(output)
            if not quiet:
                click.echo(f"kurz spark: {counts_line(spark, output, fmt, out.schema, ids)}", err=True)
        except KurzError as exc:
            raise click.UsageError(exc.message) from None
        except Exception as exc:
            if type(exc).__name__ == "AnalysisException":  # INPUT missing or unreadable: nothing was written
                raise click.UsageError(first_line(exc)) from None
            if isinstance(exc, click.ClickException):
                raise
            click.echo(f"kurz spark: error: the Spark job failed: {first_line(exc)}", err=True)
            sys.exit(1)
        finally:
            if started:
                spark.stop()


def writer(df: Any, fmt: str) -> Any:
    """Overwrite through Spark's committer; JSON keeps null fields, so every row has every column."""
    out = df.write.mode("overwrite").format(fmt)
    if fmt == "csv":
        return out.option("header", "true").option("escape", '"')
    if fmt == "json":
        return out.option("ignoreNullFields", "false")
    return out


def first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


if __name__ == "__main__":  # spark-submit runs a .py file: `spark-submit …/kurz/interfaces/spark_cli.py INPUT -o OUTPUT`
    spark_command(prog_name="kurz spark")
