"""Options that several commands share, built once from the core's own tables so their names never drift."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, TypeVar

import click

from kurz.llm import LLM_METHOD, Endpoint
from kurz.methods import DEFAULT_METHOD, method_names
from kurz.summary import LENGTH_OPTIONS, PRESETS, Budget

F = TypeVar("F", bound=Callable[..., Any])
SHORT_FLAGS = {"sentences": "-n"}


def length_options(func: F) -> F:
    """--sentences/-n, --max-words, --max-chars (the names of `kurz.summary.LENGTH_OPTIONS`) and --preset."""
    for name, help_text in reversed(LENGTH_OPTIONS.items()):
        flags = ["--" + name.replace("_", "-"), *([SHORT_FLAGS[name]] if name in SHORT_FLAGS else [])]
        func = click.option(*flags, name, type=click.IntRange(min=1), help=help_text)(func)
    presets = "; ".join(f"{name}: {', '.join(f'{k}={v}' for k, v in values.items())}" for name, values in PRESETS.items())
    return click.option(
        "--preset", type=click.Choice(list(PRESETS)), help=f"a named length ({presets}); options given override it"
    )(func)


def method_option(func: F) -> F:
    return click.option(
        "--method",
        "-m",
        default=DEFAULT_METHOD,
        show_default=True,
        type=click.Choice([*method_names(), LLM_METHOD]),
        help="summarization method ('llm': a language model rewrites the default teaser; see --llm-url)",
    )(func)


def model_option(func: F) -> F:
    return click.option("--model", type=click.Path(exists=True, dir_okay=False), help="a ranker model trained with 'kurz train'")(
        func
    )


def summarizing_options(func: F) -> F:
    """The method, the length options and the model file: what every summarising command takes."""
    return method_option(length_options(model_option(func)))


def _finite_weight(ctx: click.Context, param: click.Parameter, value: float) -> float:
    if not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a finite number")
    return value


def extra_options(func: F) -> F:
    """--extra and --extra-weight: pairs learned from beside the data (`kurz.methods.ranker_fit.fit`), for `kurz
    train` and for the folds of `kurz eval --cv`."""
    func = click.option(
        "--extra-weight",
        default=1.0,
        show_default=True,
        type=click.FloatRange(min=0, min_open=True),
        callback=_finite_weight,
        help="weight of each --extra pair against a pair of the data",
    )(func)
    return click.option(
        "--extra",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False),
        help="JSONL pairs to learn from beside the data (genres the archive lacks; never scored); repeatable",
    )(func)


def budget_from(options: dict[str, Any]) -> Budget:
    """The Budget for a command's keyword arguments (the length options among them)."""
    return Budget.of(**{name: options.get(name) for name in LENGTH_OPTIONS}, preset=options.get("preset"))


LLM_OPTIONS = ("llm_url", "llm_model", "llm_timeout", "llm_concurrency", "llm_cache")


def llm_options(func: F) -> F:
    """The language model's server for `--method llm` (the key only from KURZ_LLM_API_KEY: never on a command line)."""
    options = [
        click.option(
            "--llm-url",
            metavar="URL",
            help="base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1 [env: KURZ_LLM_URL]",
        ),
        click.option(
            "--llm-model", metavar="NAME", help="the model to ask [env: KURZ_LLM_MODEL]; the key comes from KURZ_LLM_API_KEY"
        ),
        click.option("--llm-timeout", type=click.FloatRange(min=0, min_open=True), help="seconds per LLM call [default: 60]"),
        click.option("--llm-concurrency", type=click.IntRange(min=1), help="LLM calls at once [default: 4]"),
        click.option(
            "--llm-cache",
            metavar="DIR|off",
            help="where LLM answers are cached [default: ~/.cache/kurz/llm; env: KURZ_LLM_CACHE]",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def endpoint_from(options: dict[str, Any], methods: tuple[str, ...] | list[str]) -> Endpoint | None:
    """The Endpoint the LLM options (and the environment) name, when one of `methods` is "llm"; else None."""
    if LLM_METHOD not in methods:
        return None
    return Endpoint.from_env(
        options.get("llm_url"),
        options.get("llm_model"),
        timeout=options.get("llm_timeout"),
        concurrency=options.get("llm_concurrency"),
        cache=options.get("llm_cache"),
    )
