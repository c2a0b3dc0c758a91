"""Options that several commands share, built once from the core's own tables so their names never drift."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from kurz.methods import DEFAULT_METHOD, method_names
from kurz.summary import LENGTH_OPTIONS, Budget

F = TypeVar("F", bound=Callable[..., Any])
SHORT_FLAGS = {"sentences": "-n"}


def budget_options(func: F) -> F:
    """--sentences/-n, --max-words, --max-chars: the names of `kurz.summary.LENGTH_OPTIONS` on the command line."""
    for name, help_text in reversed(LENGTH_OPTIONS.items()):
        flags = ["--" + name.replace("_", "-"), *([SHORT_FLAGS[name]] if name in SHORT_FLAGS else [])]
        func = click.option(*flags, name, type=click.IntRange(min=1), help=help_text)(func)
    return func


def method_option(func: F) -> F:
    return click.option(
        "--method",
        "-m",
        default=DEFAULT_METHOD,
        show_default=True,
        type=click.Choice(method_names()),
        help="summarization method",
    )(func)


def model_option(func: F) -> F:
    return click.option("--model", type=click.Path(exists=True, dir_okay=False), help="a ranker model trained with 'kurz train'")(
        func
    )


def length_options(func: F) -> F:
    """The method, the length options and the model file: what every summarising command takes."""
    return method_option(budget_options(model_option(func)))


def budget_from(options: dict[str, Any]) -> Budget:
    """The Budget for a command's keyword arguments (the length options among them)."""
    return Budget.of(**{name: options.get(name) for name in LENGTH_OPTIONS})
