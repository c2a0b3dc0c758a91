"""`kurz batch`: summarise every row of a JSONL, CSV or Parquet file, in order, with workers, progress and resume.

Every input row gives exactly one output row: its summary, or an `error` object saying why there is none. The
parent process reads and writes; worker processes parse, summarise and encode, never more than a few chunks
ahead of the writer, so memory stays bounded whatever the size of the input.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import signal
import sys
import threading
from collections import Counter
from collections.abc import Generator, Iterable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from types import FrameType
from typing import Any, NamedTuple, final

import click
from tqdm import tqdm

from kurz.document import Document
from kurz.errors import InputError, KurzError
from kurz.interfaces.options import length_options
from kurz.interfaces.paths import check_output
from kurz.interfaces.records import (
    RESERVED,
    Encoder,
    Existing,
    Item,
    RecordError,
    ResumeMismatch,
    Sink,
    Source,
    cell,
    existing_output,
    format_of,
    open_sink,
    open_source,
    output_columns,
    output_name,
    parse_line,
    peek_fields,
    plural,
    unwritable,
    without_surrogates,
)
from kurz.limits import MAX_ANALYSED_CHARS
from kurz.pipeline import load_method, summarize_document
from kurz.summary import Budget

CHUNK_ROWS = 16  # rows per task sent to a worker: amortises inter-process overhead, keeps results flowing in order
CHUNKS_AHEAD = 4  # tasks per worker read ahead of the writer: bounds memory
EXIT_INTERRUPTED = 130


class MissingTextError(InputError):
    code = "missing_text"


class ReadError(Exception):
    """INPUT could not be read any further (I/O error, damaged Parquet page); rows before it are written."""


@dataclass(frozen=True)
class Settings:
    """What a worker needs to turn an input row into an encoded output row."""

    method: str
    model: str | None
    budget: Budget
    text_field: str
    id_field: str
    title_field: str
    encode: Encoder


class Result(NamedTuple):
    data: Any  # what the sink writes: bytes, or a dict for Parquet
    failed: bool
    offset: int | None


# --- in the workers ---

_settings: Settings | None = None


def use_settings(settings: Settings) -> None:
    """Keep the settings for `process` and load the method once (load_method caches it per process)."""
    global _settings
    _settings = settings
    load_method(settings.method, settings.model)


def start_worker(settings: Settings) -> None:
    """Pool initializer: Ctrl-C is the parent's to handle, and SIGTERM (pool.terminate) must end the worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    use_settings(settings)


def process(item: Item) -> Result:
    assert _settings is not None, "use_settings() runs first"
    row = build_row(item, _settings)
    try:
        data = _settings.encode(row)
    except UnicodeEncodeError:  # a lone surrogate, which only JSON escapes can bring in: the row fails, not the run
        row = unwritable_row(row)
        data = _settings.encode(row)
    return Result(data, "error" in row, item.offset)


def build_row(item: Item, settings: Settings) -> dict[str, Any]:
    """The output row for one input row: id, passed-through fields, then the summary or an error."""
    method = load_method(settings.method, settings.model)
    stamp = {"method": method.name, "model_version": method.version}
    try:
        record = read_record(item)
    except KurzError as exc:
        return {"id": item.number, **stamp, "error": error_object(exc)}
    row = {"id": row_id(json_safe(record.get(settings.id_field)), item.number), **passthrough(record, settings)}
    try:
        text, headline = article_text(record, settings.text_field), title(record, settings.title_field)
        document = Document.from_text(text, headline, MAX_ANALYSED_CHARS)
        row.update(summarize_document(document, method, settings.budget).to_dict())
    except KurzError as exc:
        row.update(stamp, error=error_object(exc))
    except Exception as exc:  # noqa: BLE001 - a bug must cost one row, not the run
        row.update(stamp, error={"code": "internal_error", "message": f"{type(exc).__name__}: {exc}"})
    return row


def read_record(item: Item) -> dict[str, Any]:
    if isinstance(item.payload, RecordError):
        raise item.payload
    return parse_line(item.number, item.payload) if isinstance(item.payload, bytes) else item.payload


def row_id(value: Any, number: int) -> Any:
    """The record's own id, or its 1-based row (CSV, Parquet) or line (JSONL) number."""
    return number if value is None or value == "" else value


def passthrough(record: dict[str, Any], settings: Settings) -> dict[str, Any]:
    return {output_name(k): json_safe(v) for k, v in record.items() if k not in (settings.text_field, settings.id_field)}


def json_safe(value: Any) -> Any:
    """`value` with None for NaN and infinities, nested ones too: JSONL and Parquet inputs can hold them, JSON cannot."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_safe(v) for v in value]
    return value


def unwritable_row(row: dict[str, Any]) -> dict[str, Any]:
    """An error row in place of one that cannot be encoded: the fields with lone surrogates left out, the id cleaned."""
    bad = unwritable(row)
    clean_id = without_surrogates(cell(row["id"])) if "id" in bad else row["id"]
    kept = {k: v for k, v in row.items() if k not in RESERVED and k not in bad}  # the passed-through fields
    names = list(dict.fromkeys("the text" if k in RESERVED - {"id"} else repr(without_surrogates(k)) for k in bad))
    fixes = ["U+FFFD replaces them in the id"] if "id" in bad else []
    fixes += ["the fields that hold them are left out"] if set(bad) - {"id"} else []
    problem = f"{'contains' if len(names) == 1 else 'contain'} unpaired surrogate code points (such as \\ud800)"
    message = f"{', '.join(names)} {problem}, which are not valid Unicode and cannot be written; {' and '.join(fixes)}"
    stamp = {"method": row["method"], "model_version": row["model_version"]}
    return {"id": clean_id, **kept, **stamp, "error": {"code": InputError.code, "message": message}}


def article_text(record: dict[str, Any], field: str) -> Any:
    """The text as given; type and emptiness are checked by Document.from_text like everywhere else."""
    if record.get(field) is None:
        raise MissingTextError(f"the row has no {field!r} field" if field not in record else f"the row's {field!r} is null")
    return record[field]


def title(record: dict[str, Any], field: str) -> str | None:
    value = record.get(field)
    return value if isinstance(value, str) and value.strip() else None


def error_object(exc: KurzError) -> dict[str, str]:
    return {"code": exc.code, "message": exc.message}


# --- in the parent ---


class Gate:
    """Lets the pool read at most `limit` rows ahead of the writer (Pool.imap alone would read all the input).

    It runs in the pool's feeder thread, so a read error is kept in `error` and ends the stream instead.
    """

    def __init__(self, items: Iterable[Item], limit: int | None) -> None:
        self._items = items
        self._slots = threading.Semaphore(limit) if limit else None
        self._closed = threading.Event()
        self.error: Exception | None = None

    def __iter__(self) -> Iterator[Item]:
        try:
            for item in self._items:
                if not self._wait():
                    return
                yield item
        except Exception as exc:  # noqa: BLE001 - reported by the parent, after the rows before it are written
            self.error = exc

    def _wait(self) -> bool:
        while self._slots is not None and not self._slots.acquire(timeout=0.1):
            if self._closed.is_set():
                return False
        return not self._closed.is_set()

    def release(self) -> None:
        if self._slots is not None:
            self._slots.release()

    def close(self) -> None:
        self._closed.set()


def results(items: Iterable[Item], settings: Settings, workers: int) -> Generator[Result, None, None]:
    """Results in input order: in this process for one worker, else from a pool fed through a Gate."""
    if workers == 1:
        gate = Gate(items, None)
        use_settings(settings)
        yield from map(process, gate)
    else:
        gate = Gate(items, workers * CHUNK_ROWS * CHUNKS_AHEAD)
        with multiprocessing.Pool(workers, start_worker, (settings,)) as pool:
            try:
                for result in pool.imap(process, gate, CHUNK_ROWS):
                    gate.release()
                    yield result
            finally:
                gate.close()
    if gate.error is not None:
        raise ReadError(f"{type(gate.error).__name__}: {gate.error}")


@final
class StopRequest:
    """Ctrl-C or SIGTERM stops the run at once, except while a row is being written: then right after it.

    So OUTPUT always ends with a whole row, and a run blocked on a slow stdin still stops immediately.
    """

    def __init__(self) -> None:
        self.requested = False
        self._writing = False
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> StopRequest:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self.requested = True
        if not self._writing:
            raise KeyboardInterrupt

    @contextmanager
    def deferred(self) -> Iterator[None]:
        """A section (writing a row, closing OUTPUT) that a signal must not cut in half."""
        self._writing = True
        try:
            yield
        finally:
            self._writing = False

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)


class Progress:
    """Rows written, with rate and ETA; for JSONL and CSV the total is extrapolated from the bytes read so far."""

    def __init__(self, total: int | None, size: int | None, done: int, enabled: bool) -> None:
        self._bar = tqdm(total=total, initial=done, unit="rows", file=sys.stderr, disable=not enabled, dynamic_ncols=True)
        self._size = size if enabled and total is None else None

    def advance(self, offset: int | None) -> None:
        if self._size and offset:
            self._bar.total = max(self._bar.n + 1, round((self._bar.n + 1) * self._size / offset))
        self._bar.update()

    def close(self) -> None:
        self._bar.close()


@dataclass
class Counts:
    output: str
    resumed: int = 0
    ok: int = 0
    errors: int = 0

    @property
    def total(self) -> int:
        return self.resumed + self.ok + self.errors

    def report(self) -> str:
        target = "stdout" if self.output == "-" else self.output
        line = f"{self.ok} ok, {plural(self.errors, 'error')}, {plural(self.ok + self.errors, 'row')} -> {target}"
        if self.resumed:
            line += f" (after {plural(self.resumed, 'row')} from an earlier run; {self.total} in all)"
        return line


def write_all(stream: Generator[Result, None, None], sink: Sink, counts: Counts, progress: Progress, stop: StopRequest) -> None:
    """Write results as they come; raises KeyboardInterrupt on Ctrl-C or SIGTERM, never in the middle of a row."""
    with closing(stream):
        for result in stream:
            with stop.deferred():
                sink.write(result.data)
                counts.ok += not result.failed
                counts.errors += result.failed
            if stop.requested:
                raise KeyboardInterrupt
            progress.advance(result.offset)


def run(
    ctx: click.Context, stream: Generator[Result, None, None], sink: Sink, counts: Counts, progress: Progress, stop: StopRequest
) -> bool:
    """Write all results and close OUTPUT whatever happens; True when stopped by Ctrl-C or SIGTERM."""
    try:
        write_all(stream, sink, counts, progress, stop)
    except KeyboardInterrupt:
        return True
    except BrokenPipeError:
        silence_stdout()
        ctx.exit(1)
    except ReadError as exc:
        click.echo(f"kurz batch: error: cannot read INPUT after row {counts.total}: {exc}", err=True)
        click.echo(f"kurz batch: {counts.report()}; fix INPUT and run the same command with --resume", err=True)
        ctx.exit(1)
    finally:
        with stop.deferred():
            sink.close()
            progress.close()
    return False


def check_paths(source: str, output: str, resume: bool) -> None:
    if resume and output == "-":
        raise click.UsageError("--resume needs an OUTPUT file: rows already written to stdout cannot be counted")
    if output != "-":
        check_output(output, source, hint="OUTPUT")


def check_fields(fields: list[str] | None, text_field: str) -> None:
    """INPUT's columns (CSV, Parquet) hold the text, and each only once: a repeated name would lose one of its cells."""
    if fields is None:
        return
    if text_field not in fields:
        columns = ", ".join(fields) or "none"
        raise click.UsageError(f"INPUT has no column {text_field!r} (its columns: {columns}); name it with --text-field")
    if twice := [f for f, n in Counter(fields).items() if n > 1]:
        names = ", ".join(map(repr, twice))
        noun = "column" if len(twice) == 1 else "columns"
        raise click.UsageError(f"INPUT names {noun} {names} more than once; give every column its own name")


def start_items(source: Source, existing: Existing | None, output: str) -> Iterator[Item]:
    """Input rows after those OUTPUT already holds; refuses an OUTPUT longer than the input."""
    done = existing.rows if existing else 0
    try:
        return source.items(done)
    except ResumeMismatch as exc:
        message = f"cannot resume: {output!r} already has {done} rows but INPUT has only {exc}; is it from another input?"
        raise click.UsageError(message) from None


def columns_for(
    out_fmt: str, existing: Existing | None, fields: list[str] | None, items: Iterator[Item], text_field: str, id_field: str
) -> tuple[list[str], Iterator[Item]]:
    """Columns of a CSV/Parquet output: those already there on resume, else from INPUT's columns (JSONL: first rows)."""
    if out_fmt == "jsonl":
        return [], items
    if existing is not None and existing.columns:
        return existing.columns, items
    if fields is None:
        fields, items = peek_fields(items)
    return output_columns(fields, text_field, id_field), items


def silence_stdout() -> None:
    """After a closed pipe (`| head`), point stdout at /dev/null so Python's exit flush stays quiet."""
    with suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@click.command("batch")
@click.argument("source", metavar="INPUT", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("-o", "--output", required=True, metavar="OUTPUT", help="file (.jsonl/.ndjson, .csv, .parquet), - for stdout")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=1, show_default=True, help="worker processes")
@click.option("--text-field", default="text", show_default=True, help="field holding the article text")
@click.option("--id-field", default="id", show_default=True, help="field holding the row's id (else its row/line number)")
@click.option("--title-field", default="title", show_default=True, help="field holding the headline, if any")
@length_options
@click.option("--resume", is_flag=True, help="continue an interrupted run: keep OUTPUT's complete rows, append the rest")
@click.option("--quiet", "-q", is_flag=True, help="no progress bar and no closing counts line")
@click.pass_context
def batch_command(
    ctx: click.Context,
    source: str,
    output: str,
    workers: int,
    text_field: str,
    id_field: str,
    title_field: str,
    method: str,
    sentences: int | None,
    max_words: int | None,
    max_chars: int | None,
    model: str | None,
    resume: bool,
    quiet: bool,
) -> None:
    """Summarise every row of INPUT into OUTPUT, in input order; a row that cannot be summarised gets an `error`.

    Formats follow the file extensions (.jsonl/.ndjson, .csv, .parquet); - is JSONL on stdin or stdout.
    """
    in_fmt, out_fmt = format_of(source, "INPUT"), format_of(output, "'-o' / '--output'")
    check_paths(source, output, resume)
    budget = Budget.of(sentences, max_words, max_chars)
    load_method(method, model)  # a bad model fails here, before OUTPUT is touched
    with StopRequest() as stop:
        try:
            reader = open_source(source, in_fmt)
            check_fields(reader.fields, text_field)
            existing = existing_output(output, out_fmt) if resume else None  # reads all of OUTPUT: can take a while
            items = start_items(reader, existing, output)
            columns, items = columns_for(out_fmt, existing, reader.fields, items, text_field, id_field)
            sink, encode = open_sink(output, out_fmt, columns, existing)
        except KeyboardInterrupt:
            click.echo("kurz batch: interrupted before the first row; OUTPUT is as it was", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        settings = Settings(method, model, budget, text_field, id_field, title_field, encode)
        counts = Counts(output, resumed=existing.rows if existing else 0)
        progress = Progress(reader.rows, reader.size, counts.resumed, enabled=not quiet and sys.stderr.isatty())
        interrupted = run(ctx, results(items, settings, workers), sink, counts, progress, stop)
    if interrupted:
        click.echo(f"kurz batch: interrupted: {counts.report()}; run the same command with --resume to continue", err=True)
        ctx.exit(EXIT_INTERRUPTED)
    if not quiet:
        click.echo(f"kurz batch: {counts.report()}", err=True)
