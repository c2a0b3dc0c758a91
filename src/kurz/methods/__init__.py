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
# Names of roles rather than algorithms, accepted wherever a method name is.
ALIASES: dict[str, str] = {"default": Ranker.name}
DEFAULT_METHOD = "default"


def resolve(name: str) -> str:
    """The registry name behind `name` (an alias such as "default", or the name itself)."""
    return ALIASES.get(name, name)


def method_names() -> list[str]:
    """Every name a user may give: the aliases, then the registry."""
    return [*ALIASES, *REGISTRY]


def takes(name: str, param: str) -> bool:
    """Whether the method `name` accepts the constructor parameter `param` (e.g. a server-wide `model`)."""
    name = resolve(name)
    return name in REGISTRY and param in signature(REGISTRY[name]).parameters


def get_method(name: str, **params: object) -> Method:
    """Instantiate a method by name with its own parameters (e.g. `seed` for random)."""
    if resolve(name) not in REGISTRY:
        raise UnknownMethodError(f"unknown method {name!r}; choose one of: {', '.join(method_names())}")
    unknown = [p for p in params if not takes(name, p)]
    if unknown:
        what = ", ".join("a model file" if p == "model" else f"the option {p!r}" for p in unknown)
        raise OptionError(f"method {name!r} does not use {what}")
    return REGISTRY[resolve(name)](**params)


__all__ = ["ALIASES", "DEFAULT_METHOD", "REGISTRY", "Method", "get_method", "method_names", "resolve", "select", "takes"]
