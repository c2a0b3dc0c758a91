"""CSV with a header row, as spreadsheets write it: the encoding and the separator are detected, never guessed silently.

German Excel saves "CSV" in Windows-1252 with `;` between columns. The encoding is taken from a byte-order
mark, else UTF-8 if the start of the file is valid UTF-8, else charset-normalizer's verdict (or `--encoding`);
the separator is the one under which the header names the text column. A byte that is not valid in that
encoding makes its row an error row; no replacement character is ever written silently.
"""

from __future__ import annotations

import codecs
import csv
import os
import re
from collections.abc import Iterator
from typing import IO, Any

from charset_normalizer import from_bytes

from kurz.data.formats.base import (
    ByteSink,
    Existing,
    FormatError,
    Item,
    ReadOptions,
    RecordError,
    ResumeMismatch,
    WriteOptions,
    cell,
    check_columns,
    csv_line,
    flatten,
    open_bytes,
    plural,
)

SAMPLE = 1 << 20  # bytes at the start of a CSV input used to tell its encoding and check for binary data
SEPARATORS = (",", ";", "\t", "|")
# What surrogateescape makes of bytes that the encoding does not define: the mark of an undecodable row.
_ESCAPED = re.compile("[\udc80-\udcff]")
# Single-byte encodings a detector may name for German text; Windows-1252 is what they mean in practice (it adds
# „ “ – € to Latin-1, and short German samples are often taken for Central European cp1250).
_WESTERN = {"latin_1", "iso8859_1", "iso8859_15", "cp1252", "windows_1252"}

csv.field_size_limit(2**31 - 1)  # an article (or its summary's provenance) can exceed the default 128 KiB cell


def detect_encoding(sample: bytes) -> str:
    """The encoding of a CSV file from its first bytes; refuses UTF-16/32 and binary data."""
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FormatError("it is UTF-16 text (such as Excel's 'Unicode text'); save it as 'CSV UTF-8'")
    if b"\x00" in sample:
        raise FormatError("it looks like binary data (it contains NUL bytes), not text")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)  # a character cut at the sample's end is fine
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8-sig"
    best = from_bytes(sample).best()
    if best is None or best.encoding is None:
        raise FormatError("it is not UTF-8 and its encoding could not be detected; save it as 'CSV UTF-8' or give --encoding")
    name = codecs.lookup(best.encoding).name
    if name.replace("-", "_") in _WESTERN or (name.startswith(("cp125", "iso8859")) and _decodes(sample, "cp1252")):
        return "cp1252"  # German text reads the same in the single-byte code pages a detector confuses; 1252 is Excel's
    return best.encoding


def _decodes(sample: bytes, encoding: str) -> bool:
    try:
        sample.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def detect_separator(header: str, text_field: str) -> str:
    """The separator under which the header names the text column, else the one that splits it most, else `,`."""
    splits = {sep: next(csv.reader([header], delimiter=sep), []) for sep in SEPARATORS}
    named = [sep for sep, cells in splits.items() if text_field in cells]
    if named:
        return named[0]
    widest = max(SEPARATORS, key=lambda sep: len(splits[sep]))
    return widest if len(splits[widest]) > 1 else ","


class Lines:
    """Decoded lines of a binary file, counting the bytes read and keeping the last line (to spot a cut-off row).

    Undecodable bytes become lone surrogates (surrogateescape), which mark their row as an error later.
    """

    def __init__(self, handle: IO[bytes], encoding: str = "utf-8-sig") -> None:
        self.handle = handle
        self.encoding = encoding
        self.offset = 0
        self.last = ""

    def __iter__(self) -> Iterator[str]:
        for i, line in enumerate(self.handle):
            self.offset += len(line)
            encoding = self.encoding if i == 0 or self.encoding != "utf-8-sig" else "utf-8"
            self.last = line.decode(encoding, errors="surrogateescape")
            yield self.last


class Reader:
    """Rows of a CSV file (quoted cells may span lines) as records keyed by the header."""

    rows: int | None = None

    def __init__(self, path: str, options: ReadOptions) -> None:
        self.size = os.path.getsize(path)
        handle = open(path, "rb", buffering=SAMPLE)  # noqa: SIM115 - closed when the rows are exhausted
        try:
            sample = handle.peek(SAMPLE)[:SAMPLE]  # type: ignore[attr-defined]  # a BufferedReader
            self.encoding = codecs.lookup(options.encoding).name if options.encoding else detect_encoding(sample)
            first = sample.split(b"\n", 1)[0].decode(self.encoding, errors="replace").lstrip("\ufeff")
            self.separator = detect_separator(first.rstrip("\r"), options.text_field)
            self._lines = Lines(handle, self.encoding)
            self._reader = csv.reader(self._lines, delimiter=self.separator)
            self.fields: list[str] = next(self._reader, [])
        except (csv.Error, FormatError, LookupError) as exc:
            handle.close()
            message = exc.message if isinstance(exc, FormatError) else str(exc)
            raise FormatError(f"cannot read {path!r} as CSV: {message}") from None
        if any(_ESCAPED.search(f) for f in self.fields):
            handle.close()
            raise FormatError(f"cannot read {path!r} as CSV: its header is not valid {self.encoding} text; give --encoding")
        self.notes: tuple[str, ...] = ()
        if self.encoding not in ("utf-8-sig", "utf-8") or self.separator != ",":
            self.notes = (f"INPUT read as {self.encoding} text with {self.separator!r} between columns",)

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
            payload: dict[str, Any] | RecordError
            if isinstance(row, csv.Error):
                payload = RecordError(f"row {number}: {row}")
            elif any(_ESCAPED.search(c) for c in row):
                payload = RecordError(
                    f"row {number}: holds bytes that are not valid {self.encoding} text; give the file's --encoding"
                )
            elif len(row) != width:
                payload = RecordError(f"row {number}: {plural(len(row), 'cell')}, but the header has {plural(width, 'column')}")
            else:
                payload = dict(zip(self.fields, row, strict=True))
            yield Item(number, payload, self._lines.offset)


class Encoder:
    def __init__(self, columns: list[str], options: WriteOptions) -> None:
        self.columns = tuple(columns)
        self.separator = options.separator
        self.encoding = "utf-8" if options.encoding == "utf-8-sig" else options.encoding  # the mark opens the file only

    def __call__(self, row: dict[str, Any]) -> bytes:
        return csv_line([cell(v) for v in flatten(row, self.columns)], self.separator, self.encoding)


def encoder(columns: list[str], options: WriteOptions) -> Encoder:
    return Encoder(columns, options)


def writer(path: str, columns: list[str], existing: Existing | None, options: WriteOptions) -> ByteSink:
    return open_bytes(path, existing, csv_line(columns, options.separator, options.encoding))


def existing(path: str) -> Existing | None:
    """Complete rows of a CSV output (a quoted cell may span lines); counting stops at a cut-off or damaged row."""
    with open(path, "rb") as handle:
        header = handle.readline().decode("utf-8-sig", errors="replace")
        handle.seek(0)
        lines = Lines(handle)
        reader = csv.reader(lines, delimiter=detect_separator(header.rstrip("\r\n"), "error_code"), strict=True)
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
