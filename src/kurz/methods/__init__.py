"""Summarization methods: one file each behind `Method`, found by name in this registry."""

from __future__ import annotations

from inspect import signature

from kurz.errors import OptionError, UnknownMethodError
from kurz.methods.base import Method, select
from kurz.methods.lead import Lead
from kurz.methods.random import Random
from kurz.methods.ranker import Ranker
from kurz.methods.textrank import TextRank

REGISTRY: dict[str, type[Method]] = {cls.name: cls for cls in (Ranker, Lead, TextRank, Random)}


def takes(name: str, param: str) -> bool:
    """Whether the method `name` accepts the constructor parameter `param` (e.g. a server-wide `model`)."""
    return name in REGISTRY and param in signature(REGISTRY[name]).parameters


def get_method(name: str, **params: object) -> Method:
    """Instantiate a method by name with its own parameters (e.g. `seed` for random)."""
    if name not in REGISTRY:
        raise UnknownMethodError(f"unknown method {name!r}; choose one of: {', '.join(REGISTRY)}")
    unknown = [p for p in params if not takes(name, p)]
    if unknown:
        raise OptionError(f"method {name!r} does not take {', '.join(unknown)}")
    return REGISTRY[name](**params)


__all__ = ["REGISTRY", "Method", "get_method", "select", "takes"]
