"""Abstractive teasers from any OpenAI-compatible chat server, shipped only when the German fact guard accepts them.

`method="llm"`: the default method's extractive teaser is the draft and the fallback; the model rewrites it from
the article (`kurz.llm.teaser.rewrite`); `kurz.guard` decides which one ships, and the result's `llm` object says
why. Importing this package is cheap; httpx is loaded on the first call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from kurz.llm.endpoint import Endpoint
from kurz.parallel import ordered_map

LLM_METHOD = "llm"  # not a Method: a stage after one (the default method writes its draft and fallback)

T = TypeVar("T")
R = TypeVar("R")


def map_calls(endpoint: Endpoint, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
    """`func` over `items`, `endpoint.concurrency` at once, in order: the one LLM executor of server, batch and eval."""
    return ordered_map(func, items, endpoint.concurrency, name="kurz-llm")


__all__ = ["LLM_METHOD", "Endpoint", "map_calls"]
