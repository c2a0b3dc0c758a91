"""`kurz batch`: summarise every row of a JSONL, CSV or Parquet file, in order, with workers, progress and resume.

This module is the command (options, paths, signals, progress, counts); the worker processes are in
`batch_workers`, and the ordered parallel map for LLM rows is `kurz.parallel`.

Every input row gives exactly one output row: its summary, or an `error` object saying why there is none. The
parent process reads and writes; worker processes parse, summarise and encode, never more than a few chunks
ahead of the writer, so memory stays bounded whatever the size of the input.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections import Counter
from collections.abc import Generator, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from itertools import chain, islice
from types import FrameType
from typing import Any, final

import click
from tqdm import tqdm

from kurz.data.formats import (
    Existing,
    FormatError,
    Item,
    ReadOptions,
    ResumeMismatch,
    Sink,
    Source,
    WriteOptions,
    csvfile,
    existing_output,
    format_of,
    open_sink,
    open_source,
    plural,
    repeated_ids,
)
from kurz.data.formats.jsonl import parse
from kurz.errors import KurzError
from kurz.interfaces.batch_workers import ReadError, Result, WorkerError, WorkerSettings, results
from kurz.interfaces.options import LLM_OPTIONS, budget_from, endpoint_from, llm_options, summarizing_options
from kurz.interfaces.paths import check_output
from kurz.pipeline import load_method
from kurz.rows import RowSettings, output_columns

EXIT_INTERRUPTED = 130
PEEK_ROWS = 100  # JSONL rows read to find the columns of a CSV/Parquet output
SEPARATOR_NAMES = {("tab" if sep == "\t" else sep): sep for sep in csvfile.SEPARATORS}  # --separator's choices
DUPLICATE_WINDOW = 1_000_000  # ids remembered to report repeated ones: bounded memory on archives of any size


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
    """Rows written by outcome, errors by code, and ids seen more than once (among the first DUPLICATE_WINDOW)."""

    output: str
    resumed: int = 0
    ok: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    seen: set[Any] = field(default_factory=set)
    duplicates: Counter[Any] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return self.resumed + self.ok + self.failed

    @property
    def failed(self) -> int:
        return sum(self.errors.values())

    def add(self, result: Result) -> None:
        if result.error is None:
            self.ok += 1
        else:
            self.errors[result.error] += 1
        if result.id is not None and len(self.seen) < DUPLICATE_WINDOW:
            if result.id in self.seen:
                self.duplicates[result.id] += 1
            self.seen.add(result.id)

    def report(self) -> str:
        target = "stdout" if self.output == "-" else self.output
        codes = f" ({', '.join(f'{code} {n}' for code, n in self.errors.most_common())})" if self.errors else ""
        line = f"{self.ok} ok, {plural(self.failed, 'error')}{codes}, {plural(self.ok + self.failed, 'row')} -> {target}"
        if self.resumed:
            line += f" (after {plural(self.resumed, 'row')} from an earlier run; {self.total} in all)"
        return line

    def warnings(self) -> list[str]:
        if not self.duplicates:
            return []
        examples = ", ".join(repr(i) for i, _ in self.duplicates.most_common(3))
        rows = sum(self.duplicates.values())
        return [
            f"{repeated_ids(len(self.duplicates))} ({plural(rows, 'repeated row')}; e.g. {examples}); every row was still written"
        ]


def write_all(stream: Generator[Result, None, None], sink: Sink, counts: Counts, progress: Progress, stop: StopRequest) -> None:
    """Write results as they come; raises KeyboardInterrupt on Ctrl-C or SIGTERM, never in the middle of a row."""
    with closing(stream):
        for result in stream:
            with stop.deferred():
                sink.write(result.data)
                counts.add(result)
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
    except (ReadError, WorkerError) as exc:
        what = "cannot read INPUT" if isinstance(exc, ReadError) else "stopped"
        click.echo(f"kurz batch: error: {what} after row {counts.total}: {exc}", err=True)
        click.echo(f"kurz batch: {counts.report()}; fix the cause and run the same command with --resume", err=True)
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


def check_fields(fields: list[str] | None, text_field: str, html_field: str) -> None:
    """INPUT's columns (CSV, Parquet) hold the text (or HTML pages), and each only once: a repeated name would lose
    one of its cells."""
    if fields is None:
        return
    if text_field not in fields and html_field not in fields:
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


def peek_fields(items: Iterator[Item], rows: int = PEEK_ROWS) -> tuple[list[str], Iterator[Item]]:
    """Field names of the first rows (JSONL declares no columns), and the items with those rows put back."""
    head = list(islice(items, rows))
    fields: dict[str, None] = {}
    for item in head:
        with suppress(KurzError):
            fields.update(dict.fromkeys(parse(item)))
    return list(fields), chain(head, items)


def columns_for(
    out_fmt: str, existing: Existing | None, fields: list[str] | None, items: Iterator[Item], settings: RowSettings
) -> tuple[list[str], Iterator[Item]]:
    """Columns of a CSV/Parquet output: those already there on resume, else from INPUT's columns (JSONL: first rows)."""
    if out_fmt == "jsonl":
        return [], items
    if existing is not None and existing.columns:
        return existing.columns, items
    if fields is None:
        fields, items = peek_fields(items)
    return output_columns(fields, settings), items


def silence_stdout() -> None:
    """After a closed pipe (`| head`), point stdout at /dev/null so Python's exit flush stays quiet."""
    with suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def input_separator(reader: Source) -> str:
    """The separator a CSV INPUT used (a CSV OUTPUT keeps it, so a file goes back to the spreadsheet it came from)."""
    return reader.separator if isinstance(reader, csvfile.Reader) else ","


@click.command("batch")
@click.argument("source", metavar="INPUT", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("-o", "--output", required=True, metavar="OUTPUT", help="file (.jsonl/.ndjson, .csv, .parquet), - for stdout")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=1, show_default=True, help="worker processes")
@click.option("--text-field", default="text", show_default=True, help="field holding the article text")
@click.option(
    "--id-field", default="id", show_default=True, help="field holding the row's id (copied to the output's id; null if absent)"
)
@click.option("--title-field", default="title", show_default=True, help="field holding the headline, if any")
@click.option("--html-field", default="html", show_default=True, help="field holding an HTML page, used where a row has no text")
@click.option("--encoding", help="encoding of a CSV INPUT (default: detected, e.g. utf-8 or cp1252)")
@click.option(
    "--output-encoding",
    type=click.Choice(["utf-8-sig", "utf-8"]),
    default="utf-8-sig",
    show_default=True,
    help="encoding of a CSV OUTPUT: UTF-8 with a byte-order mark (what Excel needs to read UTF-8), or without",
)
@click.option(
    "--separator",
    type=click.Choice(sorted(SEPARATOR_NAMES)),
    help="separator of a CSV OUTPUT (default: the CSV INPUT's, so German Excel's ';' stays; else ',')",
)
@summarizing_options
@llm_options
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
    html_field: str,
    encoding: str | None,
    output_encoding: str,
    separator: str | None,
    method: str,
    model: str | None,
    resume: bool,
    quiet: bool,
    **options: Any,
) -> None:
    """Summarise every row of INPUT into OUTPUT, in input order; a row that cannot be summarised gets an `error`.

    Formats follow the file extensions (.jsonl/.ndjson, .csv, .parquet); - is JSONL on stdin or stdout. Every
    output row has the input's `id` (null if it has none) and `row`, where the row is in INPUT.
    """
    try:
        in_fmt, out_fmt = format_of(source, "INPUT"), format_of(output, "OUTPUT")
    except FormatError as exc:
        raise click.UsageError(exc.message) from None
    check_paths(source, output, resume)
    try:
        llm = endpoint_from({k: options.pop(k) for k in LLM_OPTIONS}, [method])
    except KurzError as exc:
        raise click.UsageError(exc.message) from None
    row_settings = RowSettings(method, model, budget_from(options), text_field, id_field, title_field, html_field, llm)
    load_method(method, model)  # a bad model fails here, before OUTPUT is touched
    with StopRequest() as stop:
        try:
            reader = open_source(source, in_fmt, ReadOptions(text_field, encoding))
            check_fields(reader.fields, text_field, html_field)
            existing = existing_output(output, out_fmt) if resume else None  # reads all of OUTPUT: can take a while
            items = start_items(reader, existing, output)
            columns, items = columns_for(out_fmt, existing, reader.fields, items, row_settings)
            write = WriteOptions(output_encoding, SEPARATOR_NAMES[separator] if separator else input_separator(reader))
            sink, encode = open_sink(output, out_fmt, columns, existing, write)
        except KeyboardInterrupt:
            click.echo("kurz batch: interrupted before the first row; OUTPUT is as it was", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except KurzError as exc:
            raise click.UsageError(exc.message) from None
        for note in reader.notes:
            click.echo(f"kurz batch: {note}", err=True)
        counts = Counts(output, resumed=existing.rows if existing else 0)
        progress = Progress(reader.rows, reader.size, counts.resumed, enabled=not quiet and sys.stderr.isatty())
        interrupted = run(ctx, results(items, WorkerSettings(row_settings, encode), workers), sink, counts, progress, stop)
    for warning in counts.warnings():
        click.echo(f"kurz batch: warning: {warning}", err=True)
    if interrupted:
        click.echo(f"kurz batch: interrupted: {counts.report()}; run the same command with --resume to continue", err=True)
        ctx.exit(EXIT_INTERRUPTED)
    if not quiet:
        click.echo(f"kurz batch: {counts.report()}", err=True)
