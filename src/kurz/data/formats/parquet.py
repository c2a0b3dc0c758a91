"""Parquet, one record batch at a time (pyarrow, the `kurz[parquet]` extra, imported only when used)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from kurz.data.formats.base import (
    Existing,
    FormatError,
    Item,
    ReadOptions,
    ResumeMismatch,
    WriteOptions,
    cell,
    check_columns,
    flatten,
)

GROUP_ROWS = 5000
TYPED = ("over_budget", "words", "chars", "warnings", "row")  # the columns `schema` does not make strings


def pyarrow_modules() -> tuple[Any, Any]:
    """pyarrow and pyarrow.parquet, imported only when a .parquet file is used."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise FormatError("Parquet files need pyarrow: pip install 'kurz[parquet]'") from None
    return pyarrow, pyarrow.parquet


class Reader:
    """Rows already done on resume are skipped by row group, without reading them."""

    size: int | None = None
    notes: tuple[str, ...] = ()

    def __init__(self, path: str, options: ReadOptions) -> None:
        pa, pq = pyarrow_modules()
        try:
            self._file = pq.ParquetFile(path)
        except (pa.ArrowException, OSError) as exc:
            raise FormatError(f"cannot read {path!r} as Parquet: {exc}") from None
        self.fields: list[str] = list(self._file.schema_arrow.names)
        self.rows: int | None = self._file.metadata.num_rows

    def items(self, start: int) -> Iterator[Item]:
        meta = self._file.metadata
        if start > meta.num_rows:
            raise ResumeMismatch(meta.num_rows)
        first, skip = 0, start
        while first < meta.num_row_groups and skip >= meta.row_group(first).num_rows:
            skip -= meta.row_group(first).num_rows
            first += 1
        return self._rest(list(range(first, meta.num_row_groups)), skip, start)

    def _rest(self, groups: list[int], skip: int, number: int) -> Iterator[Item]:
        if not groups:
            return
        for batch in self._file.iter_batches(batch_size=1024, row_groups=groups):
            if skip >= batch.num_rows:
                skip -= batch.num_rows
                continue
            for record in batch.slice(skip).to_pylist():
                number += 1
                yield Item(number, record, None)
            skip = 0


class Encoder:
    """Typed values for kurz's own columns; every other column is text (JSON for nested or non-text values)."""

    def __init__(self, columns: list[str]) -> None:
        self.columns = tuple(columns)

    def __call__(self, row: dict[str, Any]) -> dict[str, Any]:
        values = zip(self.columns, flatten(row, self.columns), strict=True)
        data = {c: v if c in TYPED or v is None or isinstance(v, str) else cell(v) for c, v in values}
        for value in data.values():
            if isinstance(value, str):
                value.encode()  # a lone surrogate fails here, in the worker, as for JSONL and CSV; pyarrow fails later, in the parent
        return data


def encoder(columns: list[str], options: WriteOptions) -> Encoder:
    return Encoder(columns)


def schema(pa: Any, columns: list[str]) -> Any:
    """kurz's own columns typed (flag, counts, warnings); the rest are strings, as `Encoder` makes them."""
    types = {
        "over_budget": pa.bool_(),
        "words": pa.int64(),
        "chars": pa.int64(),
        "row": pa.int64(),
        "warnings": pa.list_(pa.string()),
    }
    return pa.schema([(c, types.get(c, pa.string())) for c in columns])


class Writer:
    """Row groups written to OUTPUT.partial and renamed on close: OUTPUT is always a whole file.

    On resume the rows already in OUTPUT are copied first, batch by batch (a Parquet file cannot be appended to).
    """

    def __init__(self, path: str, columns: list[str], resume: bool) -> None:
        self._pa, pq = pyarrow_modules()
        self._schema = pq.ParquetFile(path).schema_arrow if resume else schema(self._pa, columns)
        self._path, self._partial = path, path + ".partial"
        try:
            self._writer = pq.ParquetWriter(self._partial, self._schema)
        except OSError as exc:
            raise FormatError(f"cannot write {path!r}: {exc}") from None
        self._rows: list[dict[str, Any]] = []
        if resume:
            for batch in pq.ParquetFile(path).iter_batches(batch_size=GROUP_ROWS):
                self._writer.write_batch(batch)

    def write(self, data: dict[str, Any]) -> None:
        self._rows.append(data)
        if len(self._rows) >= GROUP_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        os.replace(self._partial, self._path)


def writer(path: str, columns: list[str], existing: Existing | None, options: WriteOptions) -> Writer:
    return Writer(path, columns, existing is not None)


def existing(path: str) -> Existing:
    _, pq = pyarrow_modules()
    try:
        meta = pq.ParquetFile(path).metadata
    except Exception as exc:
        raise FormatError(f"cannot resume: {path!r} is not a readable Parquet file ({exc}); run without --resume") from None
    columns = list(meta.schema.to_arrow_schema().names)
    check_columns(path, columns)
    return Existing(meta.num_rows, columns, 0)
