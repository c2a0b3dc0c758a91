"""Summarization methods: one file each behind `Method`, found by name in this registry."""

from __future__ import annotations

from kurz.errors import OptionError, UnknownMethodError
from kurz.methods.base import Method, select
from kurz.methods.lead import Lead
from kurz.methods.random import Random
from kurz.methods.ranker import Ranker
from kurz.methods.textrank import TextRank

REGISTRY: dict[str, type[Method]] = {cls.name: cls for cls in (Ranker, Lead, TextRank, Random)}


def get_method(name: str, **params: object) -> Method:
    """Instantiate a method by name with its own parameters (e.g. `seed` for random)."""
    try:
        cls = REGISTRY[name]
    except KeyError:
        raise UnknownMethodError(f"unknown method {name!r}; choose one of: {', '.join(REGISTRY)}") from None
    try:
        return cls(**params)
    except TypeError:
        raise OptionError(f"method {name!r} does not take {', '.join(params)}") from None


__all__ = ["REGISTRY", "Method", "get_method", "select"]
