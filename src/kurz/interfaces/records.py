"""Streaming readers and writers for `kurz batch`: one row at a time, so a file of any size fits in memory.

Readers yield `Item`s (row number, raw record, bytes read so far). JSONL lines stay bytes until a worker parses
them, so the parent process only moves bytes. Writers take what an encoder made in a worker (bytes for JSONL and
CSV, a typed dict for Parquet) and append it; each also knows how to find where an interrupted run stopped.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any, NamedTuple

import click

from kurz.errors import InputError
from kurz.text.normalize import SURROGATES

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
SUMMARY_COLUMNS = ("summary", "method", "model_version", "over_budget", "words", "chars", "warnings", "budget", "sentences")
ERROR_COLUMNS = ("error_code", "error_message")
RESERVED = frozenset({"id", "error", *SUMMARY_COLUMNS, *ERROR_COLUMNS})
INPUT_PREFIX = "input_"
JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true/false", type(None): "null"}
PEEK_ROWS = 100
BINARY_SAMPLE = 65536  # bytes at the start of a CSV input checked for binary data
PARQUET_GROUP_ROWS = 5000

csv.field_size_limit(2**31 - 1)  # an article (or its summary's provenance) can exceed the default 128 KiB cell


class RecordError(InputError):
    """A row that is not a record at all (not a JSON object, wrong number of CSV cells)."""

    code = "invalid_record"


class JsonLineError(RecordError):
    code = "invalid_json"


class ResumeMismatch(Exception):
    """OUTPUT already holds more rows than INPUT has: it was made from another input."""


class Item(NamedTuple):
    """One input row: `payload` is a JSONL line (bytes), a record (dict), or why the row could not be read."""

    number: int
    payload: bytes | dict[str, Any] | RecordError
    offset: int | None


class Existing(NamedTuple):
    """What an interrupted run left in OUTPUT: complete rows, their columns (CSV/Parquet), where they end."""

    rows: int
    columns: list[str] | None
    end: int


def format_of(path: str, hint: str) -> str:
    """The format named by a file extension; `-` is JSONL on stdin/stdout."""
    if path == "-":
        return "jsonl"
    try:
        return FORMATS[Path(path).suffix.lower()]
    except KeyError:
        message = f"{path!r} has no known extension; use .jsonl, .ndjson, .csv or .parquet (or - for JSONL)"
        raise click.BadParameter(message, param_hint=hint) from None


def plural(n: int, noun: str) -> str:
    """`1 row`, `2 rows`: counts in messages read right."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def output_name(field: str) -> str:
    """The output name of a passed-through input field: one that clashes with kurz's own gets an `input_` prefix.

    So does one that merely looks renamed (`input_summary` beside `summary`): the names stay distinct, whatever the
    input holds, without knowing its other fields (JSONL rows have no header).
    """
    core = field
    while core.startswith(INPUT_PREFIX):
        core = core[len(INPUT_PREFIX) :]
    return INPUT_PREFIX + field if core in RESERVED else field


def output_columns(fields: list[str], text_field: str, id_field: str) -> list[str]:
    """Columns of a CSV/Parquet output: id, the input's other fields (not its text), then kurz's."""
    passed = [output_name(f) for f in fields if f not in (text_field, id_field)]
    if bad := [repr(without_surrogates(f)) for f in passed if SURROGATES.search(f)]:
        problem = "unpaired surrogate code points (such as \\ud800), which are not valid Unicode"
        names = ", ".join(bad)
        raise click.UsageError(f"INPUT has field names with {problem}: {names}; a CSV or Parquet header cannot hold them")
    return ["id", *passed, *SUMMARY_COLUMNS, *ERROR_COLUMNS]


def without_surrogates(text: str) -> str:
    """`text` with U+FFFD for each lone surrogate, so that it can be written and shown."""
    return SURROGATES.sub("\ufffd", text)


def unwritable(row: dict[str, Any]) -> list[str]:
    """Fields of an output row whose name or value holds a lone surrogate: UTF-8, so no output format, can encode it."""
    return [k for k, v in row.items() if SURROGATES.search(json.dumps({k: v}, ensure_ascii=False, default=str))]


def parse_line(number: int, line: bytes) -> dict[str, Any]:
    """A JSONL line as a record, or a RecordError naming the line."""
    try:
        value = json.loads(line)
    except UnicodeDecodeError:
        raise JsonLineError(f"line {number}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise JsonLineError(f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(value, dict):
        raise RecordError(f"line {number}: expected a JSON object, found {JSON_TYPES.get(type(value), 'a value')}")
    return value


def peek_fields(items: Iterator[Item], rows: int = PEEK_ROWS) -> tuple[list[str], Iterator[Item]]:
    """Field names of the first rows (JSONL declares no columns), and the items with those rows put back."""
    head = list(islice(items, rows))
    fields: dict[str, None] = {}
    for item in head:
        record = item.payload
        if isinstance(record, bytes):
            try:
                record = parse_line(item.number, record)
            except RecordError:
                continue
        if isinstance(record, dict):
            fields.update(dict.fromkeys(record))
    return list(fields), chain(head, items)


# --- readers ---


class JsonlSource:
    """JSONL from a file or stdin, line by line; blank lines are not rows, ids default to the line number."""

    fields: list[str] | None = None
    rows: int | None = None

    def __init__(self, path: str) -> None:
        self.path = path
        self.size = None if path == "-" else os.path.getsize(path)

    def items(self, start: int) -> Iterator[Item]:
        """Skip `start` rows now (without parsing them), then read the rest lazily."""
        handle: IO[bytes] = sys.stdin.buffer if self.path == "-" else open(self.path, "rb")  # noqa: SIM115
        number = offset = skipped = 0
        while skipped < start:
            line = handle.readline()
            if not line:
                raise ResumeMismatch(skipped)
            number, offset = number + 1, offset + len(line)
            skipped += bool(line.strip())
        return self._rest(handle, number, offset)

    def _rest(self, handle: IO[bytes], number: int, offset: int) -> Iterator[Item]:
        with nullcontext(handle) if self.path == "-" else handle:
            for line in handle:
                number, offset = number + 1, offset + len(line)
                if line.strip():
                    yield Item(number, line, offset)


class Lines:
    """Decoded lines of a binary file, counting the bytes read and keeping the last line (to spot a cut-off row)."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.offset = 0
        self.last = ""

    def __iter__(self) -> Iterator[str]:
        for i, line in enumerate(self.handle):
            self.offset += len(line)
            self.last = line.decode("utf-8-sig" if i == 0 else "utf-8", errors="replace")
            yield self.last


class CsvSource:
    """CSV with a header row, via the csv module (quoted cells may span lines); undecodable bytes become U+FFFD."""

    rows: int | None = None

    def __init__(self, path: str) -> None:
        self.size = os.path.getsize(path)
        handle = open(path, "rb", buffering=BINARY_SAMPLE)  # noqa: SIM115 - closed when the rows are exhausted
        self._lines = Lines(handle)
        self._reader = csv.reader(self._lines)
        try:
            start = handle.peek(BINARY_SAMPLE)[:BINARY_SAMPLE]
            if start.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise csv.Error("it is UTF-16 text (such as Excel's 'Unicode text'); save it as 'CSV UTF-8'")
            if b"\x00" in start:  # as kurz.text.normalize.decode tells binary
                raise csv.Error("it looks like binary data (it contains NUL bytes), not UTF-8 text")
            self.fields: list[str] = next(self._reader, [])
        except csv.Error as exc:
            handle.close()
            raise click.BadParameter(f"cannot read {path!r} as CSV: {exc}", param_hint="INPUT") from None

    def _rows(self) -> Iterator[list[str] | csv.Error]:
        """Non-blank rows; a row the csv module rejects is reported, not fatal."""
        while True:
            try:
                row = next(self._reader)
            except StopIteration:
                self._lines.handle.close()
                return
            except csv.Error as exc:
                yield exc
                continue
            if row:
                yield row

    def items(self, start: int) -> Iterator[Item]:
        rows = self._rows()
        for skipped in range(start):
            if next(rows, None) is None:
                raise ResumeMismatch(skipped)
        return self._rest(rows, start)

    def _rest(self, rows: Iterator[list[str] | csv.Error], number: int) -> Iterator[Item]:
        width = len(self.fields)
        for row in rows:
            number += 1
            if isinstance(row, csv.Error):
                payload: dict[str, Any] | RecordError = RecordError(f"row {number}: {row}")
            elif len(row) != width:
                payload = RecordError(f"row {number}: {plural(len(row), 'cell')}, but the header has {plural(width, 'column')}")
            else:
                payload = dict(zip(self.fields, row, strict=True))
            yield Item(number, payload, self._lines.offset)


def pyarrow_modules() -> tuple[Any, Any]:
    """pyarrow and pyarrow.parquet, imported only when a .parquet file is used."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise click.UsageError("Parquet files need pyarrow: pip install 'kurz[parquet]'") from None
    return pyarrow, pyarrow.parquet


class ParquetSource:
    """Parquet, one record batch at a time; rows already done on resume are skipped by row group."""

    size: int | None = None

    def __init__(self, path: str) -> None:
        pa, pq = pyarrow_modules()
        try:
            self._file = pq.ParquetFile(path)
        except (pa.ArrowException, OSError) as exc:
            raise click.BadParameter(f"cannot read {path!r} as Parquet: {exc}", param_hint="INPUT") from None
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


Source = JsonlSource | CsvSource | ParquetSource


def open_source(path: str, fmt: str) -> Source:
    if fmt == "parquet":
        return ParquetSource(path)
    return CsvSource(path) if fmt == "csv" else JsonlSource(path)


# --- encoders: run in the workers, so the parent only writes what they made ---


def cell(value: Any) -> str:
    """A CSV cell: text as is, true/false, numbers, nested values as JSON, nothing for null."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=False, default=str)


def flatten(row: dict[str, Any], columns: tuple[str, ...]) -> list[Any]:
    """A result row as values in column order, the error object split into two columns."""
    error = row.get("error") or {}
    values = {**row, "error_code": error.get("code"), "error_message": error.get("message")}
    return [values.get(c) for c in columns]


class JsonlEncoder:
    def __call__(self, row: dict[str, Any]) -> bytes:
        return json.dumps(row, ensure_ascii=False, default=str).encode() + b"\n"


@dataclass(frozen=True)
class CsvEncoder:
    columns: tuple[str, ...]

    def __call__(self, row: dict[str, Any]) -> bytes:
        return csv_line([cell(v) for v in flatten(row, self.columns)])


PARQUET_TYPED = ("over_budget", "words", "chars", "warnings")  # the columns parquet_schema does not make strings


@dataclass(frozen=True)
class ParquetEncoder:
    """Typed values for kurz's own columns; every other column is text (JSON for nested or non-text values)."""

    columns: tuple[str, ...]

    def __call__(self, row: dict[str, Any]) -> dict[str, Any]:
        values = zip(self.columns, flatten(row, self.columns), strict=True)
        data = {c: v if c in PARQUET_TYPED or v is None or isinstance(v, str) else cell(v) for c, v in values}
        for value in data.values():
            if isinstance(value, str):
                value.encode()  # a lone surrogate fails here, in the worker, as for JSONL and CSV; pyarrow fails later, in the parent
        return data


Encoder = Callable[[dict[str, Any]], Any]


def csv_line(cells: list[str]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue().encode()


# --- finding where an interrupted run stopped ---


def existing_jsonl(path: str) -> Existing:
    """Complete lines of a JSONL output; a last line without its newline was cut off and does not count."""
    rows = end = position = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            newlines = chunk.count(b"\n")
            if newlines:
                rows += newlines
                end = position + chunk.rfind(b"\n") + 1
            position += len(chunk)
    return Existing(rows, None, end)


def existing_csv(path: str) -> Existing | None:
    """Complete rows of a CSV output (a quoted cell may span lines); counting stops at a cut-off or damaged row."""
    with open(path, "rb") as handle:
        lines = Lines(handle)
        reader = csv.reader(lines, strict=True)
        try:
            columns = next(reader)
        except (StopIteration, csv.Error):
            return None
        if not lines.last.endswith("\n"):
            return None
        check_columns(path, columns)
        rows, end = 0, lines.offset
        try:
            for row in reader:
                if len(row) != len(columns) or not lines.last.endswith("\n"):
                    break
                rows, end = rows + 1, lines.offset
        except csv.Error:
            pass
    return Existing(rows, columns, end)


def existing_parquet(path: str) -> Existing:
    _, pq = pyarrow_modules()
    try:
        meta = pq.ParquetFile(path).metadata
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a damaged file
        raise click.UsageError(f"cannot resume: {path!r} is not a readable Parquet file ({exc}); run without --resume") from None
    columns = list(meta.schema.to_arrow_schema().names)
    check_columns(path, columns)
    return Existing(meta.num_rows, columns, 0)


def check_columns(path: str, columns: list[str]) -> None:
    if "id" not in columns or "error_code" not in columns:
        raise click.UsageError(f"cannot resume: {path!r} is not the output of 'kurz batch' (it has no id and error_code columns)")


def existing_output(path: str, fmt: str) -> Existing | None:
    """What OUTPUT already holds, or None when there is nothing to resume."""
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return None
    return {"jsonl": existing_jsonl, "csv": existing_csv, "parquet": existing_parquet}[fmt](path)


# --- writers ---


class ByteSink:
    """JSONL or CSV: each row is appended and flushed, so the file is valid up to the last row written."""

    def __init__(self, handle: IO[bytes], close: bool) -> None:
        self._handle = handle
        self._close = close

    def write(self, data: bytes) -> None:
        self._handle.write(data)
        self._handle.flush()

    def close(self) -> None:
        if self._close:
            self._handle.close()


def parquet_schema(pa: Any, columns: list[str]) -> Any:
    """kurz's own columns typed (flag, counts, warnings); the rest are strings, as ParquetEncoder makes them."""
    types = {"over_budget": pa.bool_(), "words": pa.int64(), "chars": pa.int64(), "warnings": pa.list_(pa.string())}
    return pa.schema([(c, types.get(c, pa.string())) for c in columns])


class ParquetSink:
    """Parquet in row groups, written to OUTPUT.partial and renamed on close: OUTPUT is always a whole file.

    On resume the rows already in OUTPUT are copied first, batch by batch (a Parquet file cannot be appended to).
    """

    def __init__(self, path: str, columns: list[str], resume: bool) -> None:
        self._pa, pq = pyarrow_modules()
        self._schema = pq.ParquetFile(path).schema_arrow if resume else parquet_schema(self._pa, columns)
        self._path, self._partial = path, path + ".partial"
        self._writer = pq.ParquetWriter(self._partial, self._schema)
        self._rows: list[dict[str, Any]] = []
        if resume:
            for batch in pq.ParquetFile(path).iter_batches(batch_size=PARQUET_GROUP_ROWS):
                self._writer.write_batch(batch)

    def write(self, data: dict[str, Any]) -> None:
        self._rows.append(data)
        if len(self._rows) >= PARQUET_GROUP_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        os.replace(self._partial, self._path)


Sink = ByteSink | ParquetSink


def open_sink(path: str, fmt: str, columns: list[str], existing: Existing | None) -> tuple[Sink, Encoder]:
    """A writer for OUTPUT that appends after the `existing` rows (a cut-off tail removed), and its rows' encoder."""
    try:
        if fmt == "parquet":
            return ParquetSink(path, columns, existing is not None), ParquetEncoder(tuple(columns))
        if path == "-":
            return ByteSink(sys.stdout.buffer, close=False), JsonlEncoder()
        handle = open(path, "wb" if existing is None else "r+b")  # noqa: SIM115 - closed by the sink
    except OSError as exc:
        raise click.BadParameter(f"cannot write {path!r}: {exc.strerror}", param_hint="OUTPUT") from None
    if existing is None:
        handle.write(csv_line(columns) if fmt == "csv" else b"")
    else:
        handle.truncate(existing.end)
        handle.seek(existing.end)
    return ByteSink(handle, close=True), (CsvEncoder(tuple(columns)) if fmt == "csv" else JsonlEncoder())
