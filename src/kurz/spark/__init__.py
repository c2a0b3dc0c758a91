"""kurz on Apache Spark: `kurz.spark.summarize(df)` adds teasers to a DataFrame of articles, lazily.

Needs the `kurz[spark]` extra (pyspark, pyarrow, pandas). Each partition goes through Spark's `mapInArrow`
to `kurz.rows_arrow.summarize_batch`, the Arrow form of the row contract `kurz batch` uses, so a Spark run
and a `kurz batch` run give the same teasers for the same rows and settings. The method and its model load
once per Python worker (Spark reuses its workers between tasks). Nothing runs until an action (write, count).

```python
import kurz.spark
teasers = kurz.spark.summarize(spark.read.parquet("archiv/"), "text", title_col="title", max_words=30)
teasers.write.mode("overwrite").parquet("teaser/")
```

See docs/spark.md for the output columns, clusters and object stores.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from threadpoolctl import threadpool_limits

from kurz.errors import ModelError, OptionError
from kurz.methods import DEFAULT_METHOD
from kurz.pipeline import load_method
from kurz.rows import RowSettings
from kurz.rows_arrow import ADDED_COLUMNS, LINE_COLUMNS, output_name, summarize_batch
from kurz.summary import Budget

__all__ = ["ADDED_COLUMNS", "output_schema", "summarize"]


@dataclass(frozen=True)
class Job:
    """What each Python worker needs, small enough to travel with every task: the settings and the model's bytes.

    The model file is read on the driver and written once per worker machine to a temporary file named by its
    hash, so executors need no shared file system and a changed file can never be mixed with an old one.
    """

    settings: RowSettings
    model_bytes: bytes | None = None

    def local_settings(self) -> RowSettings:
        if self.model_bytes is None:
            return self.settings
        return replace(self.settings, model=local_model(self.model_bytes))


@lru_cache(maxsize=4)
def local_model(data: bytes) -> str:
    """A path on this machine holding the model `data` (written once, atomically), in a folder only this user can
    write: a file someone else planted under the same name in a shared /tmp is never read."""
    folder = os.path.join(tempfile.gettempdir(), f"kurz-models-{os.getuid()}")
    os.makedirs(folder, mode=0o700, exist_ok=True)
    status = os.stat(folder)
    if status.st_uid != os.getuid() or status.st_mode & 0o022:
        folder = tempfile.mkdtemp(prefix="kurz-models-")
    path = os.path.join(folder, f"{hashlib.sha256(data).hexdigest()}.json")
    if not os.path.exists(path):
        handle, partial = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".partial")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(partial, path)
    return path


def partition_function(job: Job) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """The function `mapInArrow` runs on each partition: every input batch through `summarize_batch`."""

    def summarize_partition(batches: Iterator[Any]) -> Iterator[Any]:
        threadpool_limits(1)  # Spark's cores are the parallelism; BLAS threads would only spin (as in the CLI)
        settings = job.local_settings()
        row = 1
        for batch in batches:
            yield from summarize_batch(batch, settings, first_row=row)
            row += batch.num_rows

    return summarize_partition


def output_schema(schema: Any) -> Any:
    """The Spark schema of `summarize`'s output for an input schema (pyspark StructType)."""
    from pyspark.sql.types import ArrayType, IntegerType, StringType, StructField, StructType

    kept = [
        StructField(output_name(f.name, ADDED_COLUMNS), f.dataType, f.nullable, f.metadata)
        for f in schema.fields
        if f.name not in LINE_COLUMNS
    ]
    piece = StructType([StructField("start", IntegerType()), StructField("end", IntegerType())])
    added = [StructField(name, StringType()) for name in ADDED_COLUMNS[:-1]]
    return StructType([*kept, *added, StructField("pieces", ArrayType(piece))])


def summarize(
    df: Any,
    text_col: str = "text",
    *,
    title_col: str | None = None,
    id_col: str | None = None,
    method: str = DEFAULT_METHOD,
    max_words: int | None = None,
    sentences: int | None = None,
    max_chars: int | None = None,
    model: str | None = None,
) -> Any:
    """`df` with a teaser for each row: its columns, then `summary`, `error`, `method`, `model_version`, `pieces`.

    The length options are those of `kurz.summarize`: with none given, the default budget of 40 words.
    `title_col` names a headline column; `id_col` an id column, checked to exist (the ids pass through like
    every input column). A row that cannot be summarised gets `error` ("<code>: <message>") and a null
    `summary`; it never fails the task. Bad options, an unknown method or an unreadable `model` file raise a
    `kurz.errors.KurzError` here, on the driver, before any job runs. Lazy: returns a DataFrame.
    """
    budget = Budget.of(sentences, max_words, max_chars)
    load_method(method, model)  # an unknown method or a bad model fails here, not in a thousand tasks
    columns = list(df.columns)
    for role, column in (("text_col", text_col), ("title_col", title_col), ("id_col", id_col)):
        if column is not None and column not in columns:
            raise OptionError(f"the DataFrame has no column {column!r} for {role} (its columns: {', '.join(columns) or 'none'})")
    if len(set(columns)) != len(columns):
        raise OptionError("the DataFrame names a column more than once; give every column its own name")
    settings = RowSettings(method, None, budget, text_col, id_col, title_col)
    job = Job(settings, read_model(model) if model is not None else None)
    return df.mapInArrow(partition_function(job), output_schema(df.schema))


def read_model(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise ModelError(f"cannot read the model {path!r}: {exc.strerror}") from None
