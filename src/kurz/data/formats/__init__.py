"""The file formats of `kurz batch`, one module each, found by file extension.

Every format module offers the same five names: `Reader(path, options)` (with `fields`, `rows`, `size`,
`notes` and `items(start)`), `encoder(columns, options)`, `writer(path, columns, existing, options)` and
`existing(path)`; the write options matter to CSV only.
A new format is one module and one line in `FORMATS`.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from kurz.data.formats import csvfile, jsonl, parquet
from kurz.data.formats.base import (
    Existing,
    FormatError,
    Item,
    ReadOptions,
    RecordError,
    ResumeMismatch,
    WriteOptions,
    plural,
    repeated_ids,
)

FORMATS: dict[str, ModuleType] = {"jsonl": jsonl, "csv": csvfile, "parquet": parquet}
EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}


class Source(Protocol):
    fields: list[str] | None
    rows: int | None
    size: int | None
    notes: tuple[str, ...]

    def items(self, start: int) -> Any: ...


class Sink(Protocol):
    def write(self, data: Any) -> None: ...

    def close(self) -> None: ...


def format_of(path: str, what: str) -> str:
    """The format named by a file extension; `-` is JSONL on stdin/stdout."""
    if path == "-":
        return "jsonl"
    try:
        return EXTENSIONS[Path(path).suffix.lower()]
    except KeyError:
        raise FormatError(
            f"{what} {path!r} has no known extension; use .jsonl, .ndjson, .csv or .parquet (or - for JSONL)"
        ) from None


def open_source(path: str, fmt: str, options: ReadOptions) -> Source:
    return FORMATS[fmt].Reader(path, options)


def open_sink(path: str, fmt: str, columns: list[str], existing: Existing | None, options: WriteOptions) -> tuple[Sink, Any]:
    """A writer for OUTPUT that appends after the `existing` rows, and the encoder for its rows."""
    module = FORMATS[fmt]
    return module.writer(path, columns, existing, options), module.encoder(columns, options)


def existing_output(path: str, fmt: str) -> Existing | None:
    """What OUTPUT already holds, or None when there is nothing to resume."""
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return None
    return FORMATS[fmt].existing(path)


__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "Existing",
    "FormatError",
    "Item",
    "ReadOptions",
    "RecordError",
    "ResumeMismatch",
    "Sink",
    "Source",
    "WriteOptions",
    "existing_output",
    "format_of",
    "open_sink",
    "open_source",
    "plural",
    "repeated_ids",
]
