"""Abstractive teasers from any OpenAI-compatible chat server, shipped only when the German fact guard accepts them.

`method="llm"`: the default method's extractive teaser is the draft and the fallback; the model rewrites it from
the article; `kurz.guard` decides which one ships, and the result's `llm` object says why. Importing this package
is cheap; httpx is loaded on the first call.
"""

from __future__ import annotations

from kurz.llm.endpoint import Endpoint
from kurz.pipeline import LLM_METHOD

__all__ = ["LLM_METHOD", "Endpoint"]
