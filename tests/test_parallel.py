"""The ordered, bounded parallel map that server, batch and evaluation use for LLM calls."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

from kurz.parallel import ordered_map


def test_results_come_in_input_order_with_at_most_twice_the_threads_read_ahead() -> None:
    pulled, names = [], set()

    def items() -> Iterator[int]:
        for i in range(50):
            pulled.append(i)
            yield i

    def slow_first(i: int) -> int:
        names.add(threading.current_thread().name)
        time.sleep(0.05 if i == 0 else 0)  # the first finishes last: order must not follow completion
        return i * i

    results = ordered_map(slow_first, items(), threads=3)
    assert next(results) == 0 and len(pulled) <= 2 * 3
    assert list(results) == [i * i for i in range(1, 50)]
    assert all(name.startswith("kurz-llm") for name in names)


def test_one_thread_is_a_plain_map_in_the_caller() -> None:
    names: list[str] = []

    def named(i: int) -> int:
        names.append(threading.current_thread().name)
        return i

    assert list(ordered_map(named, range(3), threads=1)) == [0, 1, 2]
    assert set(names) == {threading.current_thread().name}
