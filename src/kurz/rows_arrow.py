"""The row contract over Arrow: a RecordBatch of articles in, the same rows with their teasers out.

This is the engine-neutral core that Spark's `mapInArrow` runs (and any other Arrow engine can: DuckDB,
Polars, Ray, a plain pyarrow loop). Each row goes through `kurz.rows.build_row`, the function `kurz batch`
runs for each of its rows, so the two cannot drift apart. pyarrow is imported only when a batch is summarised.

Every input column comes out unchanged (one whose name clashes with an added column gets an `input_` prefix),
followed by:

- `summary` (string): the teaser, null when the row has an error;
- `error` (string): null on success, else `"<code>: <message>"`, the code being one of the row error codes of
  `kurz batch` (`missing_text`, `empty_input`, `invalid_input`, `input_too_large`, `internal_error`, …);
- `method`, `model_version` (string): on every row, errors included;
- `pieces` (list of struct<start: int32, end: int32>): the spans of the text that make up the teaser, in order,
  as character (code point) offsets into the text column; empty on error.

A batch that holds the JSON Lines columns (`LINE_COLUMNS`: each row's line number and its line as it was read, as
`kurz spark` gives them for JSONL input) is summarised from those lines, parsed as `kurz batch` parses them: the same
`invalid_json` errors with their line numbers, the same type checks. Those two columns are not in the output.

Nothing a row holds makes `summarize_batch` raise: a bad value, a method that fails on one row, even a bug in
kurz becomes that row's `error`, so an engine never retries or loses a task because of its data.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kurz.data.formats.base import Item
from kurz.errors import InputError, KurzError
from kurz.rows import RowSettings, build_row, output_name

ADDED_COLUMNS = ("summary", "error", "method", "model_version", "pieces")
LINE_COLUMNS = ("_kurz_line_number", "_kurz_line")  # (int64, binary): a JSONL row's line number and its raw bytes
SLICE_ROWS = 256  # rows per output batch: results stream out and Python objects stay few whatever the input batch size
_NOT_READ = object()
_ABSENT = object()


def pieces_type(pa: Any) -> Any:
    return pa.list_(pa.struct([("start", pa.int32()), ("end", pa.int32())]))


def added_fields(pa: Any) -> list[Any]:
    string = pa.string()
    return [pa.field(n, string) for n in ADDED_COLUMNS[:-1]] + [pa.field("pieces", pieces_type(pa))]


def output_schema(schema: Any) -> Any:
    """The output schema for an input schema (both pyarrow.Schema)."""
    import pyarrow as pa

    kept = [field.with_name(output_name(field.name, ADDED_COLUMNS)) for field in schema if field.name not in LINE_COLUMNS]
    return pa.schema([*kept, *added_fields(pa)])


def summarize_batch(batch: Any, settings: RowSettings, first_row: int = 1) -> Iterator[Any]:
    """The output batches for one input `pyarrow.RecordBatch`, `SLICE_ROWS` rows at a time, in input order.

    `settings.text_field` names the text column and `settings.title_field` the headline column (None, or a
    column the batch lacks: no headline). `first_row` numbers the rows for messages. Never raises for a row.
    """
    import pyarrow as pa

    schema = output_schema(batch.schema)
    for offset in range(0, batch.num_rows, SLICE_ROWS):
        part = batch.slice(offset, SLICE_ROWS)
        if all(name in batch.schema.names for name in LINE_COLUMNS):
            added = summarize_lines(part, settings)
        else:
            added = summarize_columns(part, settings, first_row + offset)
        kept = [column for name, column in zip(part.schema.names, part.columns) if name not in LINE_COLUMNS]
        yield pa.RecordBatch.from_arrays([*kept, *added], schema=schema)


def summarize_columns(batch: Any, settings: RowSettings, first_row: int) -> list[Any]:
    """The added columns (pyarrow arrays, in ADDED_COLUMNS order) for the rows of `batch`."""
    names = batch.schema.names
    if settings.text_field in names:
        texts = read_column(batch.column(names.index(settings.text_field)))
    else:  # every row lacks the text: each gets missing_text, as a JSONL row without the field does
        texts = [_ABSENT] * batch.num_rows
    titles, pages = (optional_column(batch, field, settings) for field in (settings.title_field, settings.html_field))
    rows = (
        safe_row(first_row + i, text, None if headline is _NOT_READ else headline, page, settings)
        for i, (text, headline, page) in enumerate(zip(texts, titles, pages))
    )
    return added_arrays(rows)


def summarize_lines(batch: Any, settings: RowSettings) -> list[Any]:
    """The added columns for JSONL rows given as their lines: each parsed by `build_row`, as `kurz batch` does."""
    names = batch.schema.names
    numbers, lines = (batch.column(names.index(name)).to_pylist() for name in LINE_COLUMNS)
    return added_arrays(guarded(Item(number, line, None), settings) for number, line in zip(numbers, lines))


def added_arrays(rows: Iterator[dict[str, Any]]) -> list[Any]:
    """The added columns (pyarrow arrays, in ADDED_COLUMNS order) for `build_row` rows."""
    import pyarrow as pa

    out: dict[str, list[Any]] = {name: [] for name in ADDED_COLUMNS}
    for row in rows:
        for name, value in arrow_row(row).items():
            out[name].append(value)
    return [pa.array(out[name], type=field.type) for name, field in zip(ADDED_COLUMNS, added_fields(pa))]


def optional_column(batch: Any, field: str | None, settings: RowSettings) -> list[Any]:
    """The values of a column the rows may have (headline, HTML page), or None for each row."""
    names = batch.schema.names
    if field is None or field not in names or field == settings.text_field:
        return [None] * batch.num_rows
    return read_column(batch.column(names.index(field)))


def read_column(column: Any) -> list[Any]:
    """A column's values as Python objects; a value that cannot be read (text that is not UTF-8) is `_NOT_READ`."""
    import pyarrow as pa

    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        binary = pa.large_binary() if pa.types.is_large_string(column.type) else pa.binary()
        return [None if raw is None else utf8(raw) for raw in column.cast(binary).to_pylist()]
    try:
        return list(column.to_pylist())
    except Exception:  # one value pyarrow cannot convert (an out-of-range timestamp): read the others one by one
        return [as_py(column, i) for i in range(len(column))]


def utf8(raw: bytes) -> Any:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return _NOT_READ


def as_py(column: Any, i: int) -> Any:
    try:
        return column[i].as_py()
    except Exception:
        return _NOT_READ


def safe_row(number: int, text: Any, headline: Any, page: Any, settings: RowSettings) -> dict[str, Any]:
    """`build_row` for one text (or, where there is none, its HTML page), guarded: whatever fails becomes the
    row's error, never an exception."""
    fields = {} if text is _ABSENT else {settings.text_field: text}
    if settings.title_field is not None and settings.title_field != settings.text_field:
        fields[settings.title_field] = headline
    if page is not None and page is not _NOT_READ:
        fields[settings.html_field] = page
    if text is _NOT_READ:
        return failed(
            settings, InputError.code, f"the {settings.text_field!r} value cannot be read as text (it is not valid UTF-8)"
        )
    return guarded(Item(number, fields, None), settings)


def guarded(item: Item, settings: RowSettings) -> dict[str, Any]:
    """`build_row`, with whatever escapes it (the method or its model failing to load here) as the row's error."""
    try:
        return build_row(item, settings)
    except KurzError as exc:  # the method or its model could not be loaded here
        return failed(settings, exc.code, exc.message)
    except Exception as exc:
        return failed(settings, "internal_error", f"{type(exc).__name__}: {exc}")


def failed(settings: RowSettings, code: str, message: str) -> dict[str, Any]:
    return {"method": settings.method, "model_version": None, "error": {"code": code, "message": message}}


def arrow_row(row: dict[str, Any]) -> dict[str, Any]:
    """The added columns of a `build_row` row."""
    error = row.get("error")
    pieces = [
        {"start": piece["start"], "end": piece["end"]} for sentence in row.get("sentences") or () for piece in sentence["pieces"]
    ]
    return {
        "summary": None if error else row.get("summary"),
        "error": f"{error['code']}: {error['message']}" if error else None,
        "method": row.get("method"),
        "model_version": row.get("model_version"),
        "pieces": [] if error else pieces,
    }
