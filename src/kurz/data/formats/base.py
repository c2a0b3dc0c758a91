"""What every file format of `kurz batch` shares: the row item, errors, cells, and the byte writer.

A format is one module (`jsonl`, `csvfile`, `parquet`) with a reader (`items(start)` yields `Item`s), an
encoder (run in the workers), a writer and `existing(path)` (where an interrupted run stopped); the registry in
`kurz.data.formats` maps file extensions to them. Problems are raised as `KurzError`s; interfaces translate.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import IO, Any, NamedTuple

from kurz.errors import InputError, KurzError


class FormatError(KurzError):
    """A file cannot be used at all (unknown extension, not CSV, damaged Parquet, wrong columns)."""

    code = "invalid_file"


class RecordError(InputError):
    """A row that is not a record at all (not a JSON object, wrong number of CSV cells)."""

    code = "invalid_record"


class JsonLineError(RecordError):
    code = "invalid_json"


@dataclass(frozen=True)
class WriteOptions:
    """How to write a CSV OUTPUT: UTF-8 with a byte-order mark (so that Excel reads it as UTF-8) and `,`, unless set."""

    encoding: str = "utf-8-sig"
    separator: str = ","


class ResumeMismatch(Exception):
    """OUTPUT already holds more rows than INPUT has: it was made from another input."""


class Item(NamedTuple):
    """One input row: `payload` is a JSONL line (bytes), a record (dict), or why the row could not be read.

    `number` says where the row is in INPUT: its line for JSONL, its row after the header for CSV, its
    position for Parquet (all from 1).
    """

    number: int
    payload: bytes | dict[str, Any] | RecordError
    offset: int | None


class Existing(NamedTuple):
    """What an interrupted run left in OUTPUT: complete rows, their columns (CSV/Parquet), where they end."""

    rows: int
    columns: list[str] | None
    end: int


@dataclass(frozen=True)
class ReadOptions:
    """How to read INPUT: the text column (it tells a CSV separator) and a forced encoding, if any."""

    text_field: str = "text"
    encoding: str | None = None


def plural(n: int, noun: str) -> str:
    """`1 row`, `2 rows`: counts in messages read right."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def repeated_ids(n: int) -> str:
    """`1 id appears` / `2 ids appear` more than once: the warning `kurz batch` and `kurz spark` share."""
    return f"{plural(n, 'id')} {'appears' if n == 1 else 'appear'} more than once"


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


def csv_line(cells: list[str], separator: str = ",", encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=separator, lineterminator="\n").writerow(cells)
    return buffer.getvalue().encode(encoding)


def check_columns(path: str, columns: list[str]) -> None:
    if "id" not in columns or "error_code" not in columns:
        raise FormatError(f"cannot resume: {path!r} is not the output of 'kurz batch' (it has no id and error_code columns)")


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


def open_bytes(path: str, existing: Existing | None, header: bytes) -> ByteSink:
    """A byte writer that appends after the `existing` rows (a cut-off tail removed), or a new file with `header`."""
    try:
        handle = open(path, "wb" if existing is None else "r+b")  # noqa: SIM115 - closed by the sink
    except OSError as exc:
        raise FormatError(f"cannot write {path!r}: {exc.strerror}") from None
    if existing is None:
        handle.write(header)
    else:
        handle.truncate(existing.end)
        handle.seek(existing.end)
    return ByteSink(handle, close=True)
