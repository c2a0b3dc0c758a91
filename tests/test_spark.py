"""`kurz.spark` and `kurz spark` on a real local Spark (local[2,2]: two threads, a failed task is retried once).

The row contract: every input row comes out exactly once with its id, with the teaser `kurz batch` gives for the
same row and settings, or an error row; an executor failure on one partition's first attempt changes nothing.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from test_batch import article, read_jsonl

import kurz.spark
from kurz.errors import KurzError
from kurz.interfaces.cli import main
from kurz.text.normalize import MAX_INPUT_CHARS

ROOT = Path(__file__).resolve().parents[1]
BAD = {
    "empty": ("", "empty_input"),
    "blank": ("  \n\t ", "empty_input"),
    "null": (None, "missing_text"),
    "binary": ("PK\x03\x04\x00\x00\x08\x00" * 40, "invalid_input"),
    "oversized": ("Ein Satz. " * (MAX_INPUT_CHARS // 10 + 1), "input_too_large"),
}
ROWS = 40  # good articles


def spark_missing() -> str | None:
    """Why Spark cannot run here (pyspark or Java absent), or None."""
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark is not installed (kurz[spark])"
    home = os.environ.get("JAVA_HOME")
    java = os.path.join(home, "bin", "java") if home else shutil.which("java")
    if not java or not os.access(java, os.X_OK):
        return "no Java (Spark needs Java 17 or later)"
    return None


needs_spark = pytest.mark.skipif(spark_missing() is not None, reason=spark_missing() or "")


@pytest.fixture(scope="module")
def spark(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if reason := spark_missing():
        pytest.skip(reason)
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2,2]")
        .appName("kurz tests")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.local.dir", str(tmp_path_factory.mktemp("spark-local")))
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "4")  # several Arrow batches per partition
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Good articles (one the README's example, read from disk) and the bad texts, shuffled in, as Parquet."""
    rows = [article(i) for i in range(ROWS)]
    rows.append(
        {"id": "example", "title": None, "ressort": "Steiermark", "text": (ROOT / "examples" / "artikel.txt").read_text()}
    )
    for n, (name, (text, _)) in enumerate(BAD.items()):
        rows.insert(7 * n + 3, {"id": f"bad-{name}", "title": "Titel", "ressort": None, "text": text})
    path = tmp_path_factory.mktemp("archive") / "archive.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=8)
    return path


@pytest.fixture(scope="module")
def batch_rows(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """`kurz batch` on the same archive, by id."""
    out = tmp_path_factory.mktemp("batch") / "out.jsonl"
    result = CliRunner().invoke(main, ["batch", str(archive), "-o", str(out), "--quiet", "--max-words", "30"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {row["id"]: row for row in rows}


def texts(archive: Path) -> dict[str, str | None]:
    return {r["id"]: r["text"] for r in pq.read_table(archive, columns=["id", "text"]).to_pylist()}


def test_every_row_once_with_the_teaser_kurz_batch_gives(spark: Any, archive: Path, batch_rows: dict[str, Any]) -> None:
    df = spark.read.parquet(str(archive)).repartition(3)
    out = kurz.spark.summarize(df, "text", title_col="title", id_col="id", max_words=30)
    assert out.columns == ["id", "title", "ressort", "text", "summary", "error", "method", "model_version", "pieces"]
    assert out.schema["pieces"].dataType.simpleString() == "array<struct<start:int,end:int>>"
    rows = [r.asDict(recursive=True) for r in out.drop("text").collect()]
    assert Counter(r["id"] for r in rows) == Counter(list(texts(archive)))  # every id, exactly once
    assert set(batch_rows) == set(texts(archive))
    source = texts(archive)
    for row in rows:
        expected = batch_rows[row["id"]]
        assert (row["method"], row["model_version"]) == (expected["method"], expected["model_version"])
        if "error" in expected:
            code, message = row["error"].split(": ", 1)
            assert (code, message) == (expected["error"]["code"], expected["error"]["message"])
            assert row["summary"] is None and row["pieces"] == []
            continue
        assert row["error"] is None
        assert row["summary"] == expected["summary"]
        assert row["pieces"] == [{"start": p["start"], "end": p["end"]} for s in expected["sentences"] for p in s["pieces"]]
        text = source[row["id"]]
        assert text is not None and all(text[p["start"] : p["end"]] in row["summary"] for p in row["pieces"])
    errors = {r["id"]: r["error"].split(":")[0] for r in rows if r["error"]}
    assert errors == {f"bad-{name}": code for name, (_, code) in BAD.items()}


def test_other_settings_match_kurz_batch_too(spark: Any, archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "lead.jsonl"
    args = ["batch", str(archive), "-o", str(out), "-q", "--method", "lead", "-n", "1", "--title-field", "none"]
    assert CliRunner().invoke(main, args).exit_code == 0
    expected = {r["id"]: r.get("summary") for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    df = kurz.spark.summarize(spark.read.parquet(str(archive)), method="lead", sentences=1)
    assert {r["id"]: r["summary"] for r in df.select("id", "summary").collect()} == expected


def test_a_failed_first_attempt_leaves_every_id_exactly_once(spark: Any, archive: Path, tmp_path: Path) -> None:
    """Partition 0's first attempt dies after writing part of its rows; the retry and the committer hide it."""
    from pyspark import TaskContext

    out = kurz.spark.summarize(spark.read.parquet(str(archive)).repartition(3), title_col="title")
    marker = tmp_path / "failed"

    def die_once(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        context = TaskContext.get()
        for n, batch in enumerate(batches):
            if n == 1 and context.partitionId() == 0 and context.attemptNumber() == 0:
                marker.touch()  # local mode: the executor shares this file system
                raise RuntimeError("injected executor failure")
            yield batch

    target = tmp_path / "out"
    out.mapInArrow(die_once, out.schema).write.mode("overwrite").parquet(str(target))
    assert marker.exists() and (target / "_SUCCESS").exists()
    ids = [r["id"] for r in spark.read.parquet(str(target)).select("id").collect()]
    assert Counter(ids) == Counter(list(texts(archive)))


def test_a_bad_option_fails_on_the_driver_before_any_job(spark: Any, archive: Path) -> None:
    df = spark.read.parquet(str(archive))
    with pytest.raises(KurzError, match="no column 'body'"):
        kurz.spark.summarize(df, "body")
    with pytest.raises(KurzError, match="unknown method"):
        kurz.spark.summarize(df, method="gpt")
    with pytest.raises(KurzError, match="max_words"):
        kurz.spark.summarize(df, max_words=0)


def test_clashing_input_columns_are_renamed(spark: Any) -> None:
    df = spark.createDataFrame(
        [("a", "Der Rat tagt heute. Er berät das Budget.", "alt")], "id string, text string, summary string"
    )
    row = kurz.spark.summarize(df).collect()[0]
    assert row["input_summary"] == "alt" and row["summary"] == "Der Rat tagt heute. Er berät das Budget."


def test_the_command_writes_through_the_committer_and_a_rerun_overwrites(spark: Any, archive: Path, tmp_path: Path) -> None:
    target = tmp_path / "teaser"
    for _ in range(2):
        result = CliRunner().invoke(main, ["spark", str(archive), "-o", str(target), "--partitions", "2", "--max-words", "30"])
        assert result.exit_code == 0, result.output
    assert (target / "_SUCCESS").exists()
    assert "kurz spark: 41 ok, 5 errors" in result.output
    written = spark.read.parquet(str(target))
    assert written.count() == ROWS + 1 + len(BAD)
    csv = tmp_path / "teaser-csv"
    result = CliRunner().invoke(main, ["spark", str(archive), "-o", str(csv), "--format", "csv", "-q", "--method", "lead"])
    assert result.exit_code == 0, result.output
    rows = spark.read.option("header", "true").option("multiLine", "true").option("escape", '"').csv(str(csv)).collect()
    assert len(rows) == ROWS + 1 + len(BAD)
    assert all(isinstance(json.loads(r["pieces"]), list) for r in rows)


def test_the_command_refuses_a_missing_text_column(spark: Any, archive: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["spark", str(archive), "-o", str(tmp_path / "x"), "--text-field", "body"])
    assert result.exit_code == 2 and "no column 'body'" in result.output
    assert not (tmp_path / "x").exists()


@needs_spark
@pytest.mark.parametrize("inside", [False, True])
def test_the_command_never_overwrites_its_input(archive: Path, tmp_path: Path, inside: bool) -> None:
    """Replacing OUTPUT deletes it first: OUTPUT may not hold INPUT or lie inside it."""
    output = archive / "teaser" if inside else archive.parent
    result = CliRunner().invoke(main, ["spark", str(archive), "-o", str(output)])
    assert result.exit_code == 2 and "would delete INPUT" in result.output and archive.exists()


@needs_spark
def test_the_command_refuses_the_llm_method(archive: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["spark", str(archive), "-o", str(tmp_path / "x"), "--method", "llm"])
    assert result.exit_code == 2 and "cannot run on Spark" in result.output


def test_an_html_column_is_read_where_the_text_is_missing() -> None:
    from kurz.rows import RowSettings
    from kurz.rows_arrow import summarize_batch
    from kurz.summary import Budget

    page = "<html><body><article><p>Der Rat von Graz hat am Montag das Budget beschlossen. Die Opposition stimmte dagegen.</p></article></body></html>"
    batch = pa.record_batch({"text": pa.array([None], pa.string()), "html": pa.array([page])})
    [out] = summarize_batch(batch, RowSettings("lead", None, Budget.of(), "text", None, None))
    assert out.column(out.schema.names.index("summary")).to_pylist() == [
        "Der Rat von Graz hat am Montag das Budget beschlossen. Die Opposition stimmte dagegen."
    ]


def test_the_arrow_function_alone_never_raises_for_a_row() -> None:
    """What Spark cannot easily produce: text that is not UTF-8, a text column of numbers, no text column."""
    from kurz.rows import RowSettings
    from kurz.rows_arrow import summarize_batch
    from kurz.summary import Budget

    settings = RowSettings("lead", None, Budget.of(), "text", None, None)
    good = "Der Rat tagt heute. Er berät das Budget."
    broken = pa.array([b"\xff\xfe kaputt", good.encode()], pa.binary()).view(pa.string())
    cases = {
        "not UTF-8": (pa.record_batch({"text": broken}), ["invalid_input", None]),
        "numbers": (pa.record_batch({"text": pa.array([1, 2])}), ["invalid_input", "invalid_input"]),
        "no text column": (pa.record_batch({"body": pa.array([good, good])}), ["missing_text", "missing_text"]),
    }
    for name, (batch, codes) in cases.items():
        rows = [r for out in summarize_batch(batch, settings) for r in out.select(["summary", "error"]).to_pylist()]
        assert [r["error"] and r["error"].split(":")[0] for r in rows] == codes, name
        assert all((r["summary"] is None) == (r["error"] is not None) for r in rows), name


@needs_spark
def test_the_readme_command_runs_as_written_without_the_venv_on_path(tmp_path: Path) -> None:
    """`.venv/bin/kurz spark …` from a shell where `python3` is a Python without kurz: the workers must not use it."""
    [line] = [ln for ln in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if " spark examples/" in ln]
    command = line.split("#")[0].strip()
    (tmp_path / ".venv").symlink_to(sys.prefix)
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    shell_bin = tmp_path / "bin"  # a plain system's python3: not the venv's, without kurz
    shell_bin.mkdir()
    (shell_bin / "python3").write_text("#!/bin/sh\necho 'python3 without kurz' >&2\nexit 1\n")
    (shell_bin / "python3").chmod(0o755)
    venv_bin = os.path.dirname(sys.executable)
    path = [str(shell_bin), *(p for p in os.environ["PATH"].split(os.pathsep) if p and os.path.abspath(p) != venv_bin)]
    unset = ("VIRTUAL_ENV", "PYSPARK_PYTHON", "PYSPARK_DRIVER_PYTHON", "PYTHONPATH")
    env = {**{k: v for k, v in os.environ.items() if k not in unset}, "PATH": os.pathsep.join(path)}
    done = subprocess.run(["sh", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "3 ok, 0 errors, 3 rows" in done.stderr
    assert (tmp_path / "teaser" / "_SUCCESS").exists()


def test_without_java_the_spark_tests_skip_instead_of_erroring(tmp_path: Path) -> None:
    """On a machine without Java, the Spark tests are skipped; the ones that need only pyarrow still run."""
    env = {k: v for k, v in os.environ.items() if k not in ("JAVA_HOME", "PYSPARK_PYTHON")}
    env["PATH"] = str(tmp_path)  # no java on it
    args = [sys.executable, "-m", "pytest", __file__, "-q", "-p", "no:cacheprovider", "-k", "not without_java", "-rs"]
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout[-3000:]
    reason = "no Java" if importlib.util.find_spec("pyspark") else "pyspark is not installed"
    assert reason in done.stdout and " passed" in done.stdout and "error" not in done.stdout.lower()


def test_broken_jsonl_rows_come_out_as_kurz_batch_gives_them(spark: Any, tmp_path: Path) -> None:
    """One file of broken rows through `kurz batch` and `kurz spark`: the same ids, error codes and messages (with
    line numbers), and no column of Spark's own (`_corrupt_record`) in the output."""
    good = json.dumps(article(1), ensure_ascii=False)
    lines = [
        good,
        '{"id": "number", "title": "Zahl", "text": 12345}',
        '{"id": "cut", "text": "Der Rat',
        "",
        '["not", "an object"]',
        '{"id": "empty", "text": ""}',
        '{"id": "no-text", "title": "Nur ein Titel"}',
        '{"id": "control", "text": "Der Rat\x01 tagt."}',
        json.dumps(article(2), ensure_ascii=False),
        good,  # its id again
    ]
    source = tmp_path / "broken.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "batch.jsonl"), "-q"]).exit_code == 0
    batch = read_jsonl(tmp_path / "batch.jsonl")
    result = CliRunner().invoke(main, ["spark", str(source), "-o", str(tmp_path / "spark"), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "3 ok, 6 errors" in result.output and "warning: 1 id appears more than once in INPUT" in result.output
    written = [
        json.loads(ln) for part in sorted((tmp_path / "spark").glob("part-*.json")) for ln in part.read_text().splitlines()
    ]

    def error(row: dict[str, Any]) -> str | None:
        return row.get("error") and f"{row['error']['code']}: {row['error']['message']}"

    expected = sorted(((r["id"], r.get("summary"), error(r)) for r in batch), key=repr)
    assert sorted(((r["id"], r["summary"], r["error"]) for r in written), key=repr) == expected
    codes = sorted(r["error"].split(":")[0] for r in written if r["error"])
    assert codes == ["empty_input", "invalid_input", "invalid_json", "invalid_json", "invalid_record", "missing_text"]
    assert "invalid_json: line 3: not valid JSON: unterminated string starting at column 23" in codes_and_messages(written)
    assert "invalid_json: line 8: not valid JSON: invalid control character U+0001 at column 35 (write it as \\u0001)" in (
        codes_and_messages(written)
    )
    assert set(written[0]) == {"id", "ressort", "text", "title", *kurz.spark.ADDED_COLUMNS}


def codes_and_messages(rows: list[dict[str, Any]]) -> list[str]:
    return [r["error"] for r in rows if r["error"]]
