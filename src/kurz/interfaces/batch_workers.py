"""The worker lifecycle of `kurz batch`: processes that parse, summarise and encode rows, fed through a gate.

Worker processes are spawned with the settings, die with their parent, and send results back in order; the parent
never reads more than a few chunks ahead of the writer, and a watchdog ends a run whose workers stop answering.
"""

from __future__ import annotations

import ctypes
import json
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any, NamedTuple

from kurz.data.formats import Item
from kurz.llm import map_calls
from kurz.pipeline import load_method
from kurz.rows import RowSettings, build_row, unwritable_row

CHUNK_ROWS = 16  # rows per task sent to a worker: amortises inter-process overhead, keeps results flowing in order
CHUNKS_AHEAD = 4  # tasks per worker read ahead of the writer: bounds memory
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
# The watchdog: seconds without a result, while rows are out with the workers, before the run is given up.
# Starting a worker imports kurz and loads the model (about a second); a chunk of rows takes well under a second.
START_TIMEOUT = 120.0
ROW_TIMEOUT = 300.0
POLL = 0.5  # seconds between the watchdog's looks
BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


class ReadError(Exception):
    """INPUT could not be read any further (I/O error, damaged Parquet page); rows before it are written."""


class WorkerError(Exception):
    """The worker processes stopped answering (they could not start, or hang); rows before are written."""


@dataclass(frozen=True)
class WorkerSettings:
    """What a worker needs: the row settings and the encoder of the output format."""

    rows: RowSettings
    encode: Any


class Result(NamedTuple):
    data: Any  # what the sink writes: bytes, or a dict for Parquet
    error: str | None  # the error code of a failed row
    id: Any
    offset: int | None


# --- in the workers ---

_settings: WorkerSettings | None = None


def use_settings(settings: WorkerSettings) -> None:
    """Keep the settings for `process` and load the method once (load_method caches it per process)."""
    global _settings
    _settings = settings
    load_method(settings.rows.method, settings.rows.model)


def start_worker(settings: WorkerSettings, parent: int) -> None:
    """Pool initializer: Ctrl-C is the parent's to handle, and a worker dies with its parent, quietly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)
    use_settings(settings)


def die_with_parent(parent: int) -> None:
    """Ask Linux to end this process when its parent ends (after `kill -9` of kurz batch), so no orphan lingers
    and writes tracebacks about closed pipes; elsewhere a watcher thread does the same within a second."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def process_chunk(items: list[Item]) -> list[Result]:
    return list(process_all(items))


def process_all(items: Iterable[Item]) -> Iterator[Result]:
    """Results in order; with method llm, up to --llm-concurrency rows at once in threads (they wait on the server)."""
    assert _settings is not None, "use_settings() runs first"
    llm = _settings.rows.llm
    return map(process, items) if llm is None else map_calls(llm, process, items)


def process(item: Item) -> Result:
    assert _settings is not None, "use_settings() runs first"
    row = build_row(item, _settings.rows)
    try:
        data = _settings.encode(row)
    except UnicodeEncodeError:  # a lone surrogate, which only JSON escapes can bring in: the row fails, not the run
        row = unwritable_row(row)
        data = _settings.encode(row)
    error = row.get("error")
    return Result(data, error["code"] if error else None, hashable(row.get("id")), item.offset)


def hashable(value: Any) -> Any:
    """An id as a set member (a JSON id may be a list or an object)."""
    return value if isinstance(value, (str, int, float, bool, type(None))) else json.dumps(value, sort_keys=True, default=str)


# --- in the parent ---


class Gate:
    """Lets the pool read at most `limit` rows ahead of the writer (Pool.imap alone would read all the input).

    It runs in the pool's feeder thread, so a read error is kept in `error` and ends the stream instead.
    `outstanding` counts rows handed to the workers and not yet written: the watchdog waits only on those.
    """

    def __init__(self, items: Iterable[Item], limit: int | None) -> None:
        self._items = items
        self._slots = threading.Semaphore(limit) if limit else None
        self._closed = threading.Event()
        self.error: Exception | None = None
        self.fed = 0  # changed only by the pool's feeder thread
        self.written = 0  # changed only by the main thread

    def __iter__(self) -> Iterator[Item]:
        try:
            for item in self._items:
                if not self._wait():
                    return
                self.fed += 1
                yield item
        except Exception as exc:
            self.error = exc

    def chunks(self, size: int) -> Iterator[list[Item]]:
        """The items in lists of `size` (the last may be shorter): one task for a worker."""
        rows = iter(self)
        while chunk := list(islice(rows, size)):
            yield chunk

    def _wait(self) -> bool:
        while self._slots is not None and not self._slots.acquire(timeout=0.1):
            if self._closed.is_set():
                return False
        return not self._closed.is_set()

    @property
    def outstanding(self) -> int:
        """Rows handed to the workers and not yet written (two counters, each with one writer: no lock needed)."""
        return self.fed - self.written

    def release(self) -> None:
        self.written += 1
        if self._slots is not None:
            self._slots.release()

    def close(self) -> None:
        self._closed.set()


def results(items: Iterable[Item], settings: WorkerSettings, workers: int) -> Generator[Result, None, None]:
    """Results in input order: in this process for one worker, else from a pool fed through a Gate."""
    if workers == 1:
        gate = Gate(items, None)
        use_settings(settings)
        yield from process_all(gate)
    else:
        gate = Gate(items, workers * CHUNK_ROWS * CHUNKS_AHEAD)
        yield from pooled(gate, settings, workers)
    if gate.error is not None:
        raise ReadError(f"{type(gate.error).__name__}: {gate.error}")


def pooled(gate: Gate, settings: WorkerSettings, workers: int) -> Generator[Result, None, None]:
    """Results from worker processes, watched: a pool that stops answering ends the run with a message.

    Workers are spawned, not forked: a fork would copy this process's signal handlers and locks into workers
    that are still starting, and terminating such a worker could leave a queue lock held for ever. When all
    rows are written the pool is closed and joined; it is terminated only when the run stops early.
    """
    for variable in BLAS_THREADS:  # workers are the parallelism: numpy's own threads would only compete with them
        os.environ.setdefault(variable, "1")
    pool = multiprocessing.get_context("spawn").Pool(workers, start_worker, (settings, os.getpid()))
    finished = False
    try:
        stream = pool.imap(process_chunk, gate.chunks(CHUNK_ROWS))  # chunks of our own: imap's would hide `next(timeout)`
        started, waited_since = False, time.monotonic()
        while True:
            try:
                chunk = stream.next(timeout=POLL)
            except StopIteration:
                break
            except multiprocessing.TimeoutError:
                limit = ROW_TIMEOUT if started else START_TIMEOUT
                if gate.outstanding and time.monotonic() - waited_since > limit:
                    what = "answered" if started else "started"
                    raise WorkerError(f"the worker processes have not {what} for {limit:.0f} s") from None
                if not gate.outstanding:
                    waited_since = time.monotonic()  # waiting on INPUT (a slow pipe), not on the workers
                continue
            started, waited_since = True, time.monotonic()
            for result in chunk:
                gate.release()
                yield result
        finished = True
    finally:
        gate.close()
        if finished:
            pool.close()
        else:
            pool.terminate()
        pool.join()
