"""An ordered, bounded parallel map: the one way kurz runs work that waits (LLM calls) on several threads."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def ordered_map(func: Callable[[T], R], items: Iterable[T], threads: int, name: str = "kurz-llm") -> Iterator[R]:
    """`map(func, items)` on `threads` threads, in input order, never more than 2 × `threads` items ahead.

    Lazy like `map`: a caller that stops reading (Ctrl-C, a closed generator) leaves no queued work behind.
    """
    if threads <= 1:
        yield from map(func, items)
        return
    pool = ThreadPoolExecutor(threads, thread_name_prefix=name)
    try:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(func, item))
            if len(pending) >= 2 * threads:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:  # on Ctrl-C, do not wait for work nobody will read
        pool.shutdown(wait=False, cancel_futures=True)
