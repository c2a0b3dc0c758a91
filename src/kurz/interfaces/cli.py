"""The `kurz` command line. Heavy commands (eval, train, batch, serve, spark) are imported only when called."""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any

import click
from threadpoolctl import threadpool_limits

from kurz.errors import KurzError
from kurz.interfaces.fetch import fetch, is_url
from kurz.interfaces.options import endpoint_from, llm_options, summarizing_options
from kurz.methods import ALIASES, DEFAULT_METHOD, REGISTRY, resolve
from kurz.pipeline import summarize
from kurz.text.normalize import decode

_LAZY = {
    "eval": ("kurz.interfaces.eval_cli", "eval_command", "score methods against reference teasers (ROUGE, faithfulness, speed)"),
    "train": ("kurz.interfaces.train_cli", "train_command", "fit the sentence ranker on your own (article, teaser) pairs"),
    "batch": ("kurz.interfaces.batch", "batch_command", "summarise JSONL/CSV/Parquet files with progress and resume"),
    "serve": ("kurz.interfaces.serve_cli", "serve_command", "run the HTTP API and the web page for editors"),
    "spark": (
        "kurz.interfaces.spark_cli",
        "spark_command",
        "summarise archives of any size with Apache Spark (local or a cluster)",
    ),
}


class KurzGroup(click.Group):
    """Loads sub-commands lazily and turns kurz errors into a message and exit code 2."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *_LAZY])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in _LAZY:
            module, attr, _ = _LAZY[name]
            try:
                return getattr(importlib.import_module(module), attr)
            except ImportError as exc:
                raise click.UsageError(
                    f"'kurz {name}' needs an optional dependency ({exc.name}); install kurz with its extra, e.g. pip install 'kurz[{name}]'"
                ) from None
        return super().get_command(ctx, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, cmd.get_short_help_str()) for name, cmd in self.commands.items()]
        rows += [(name, help_) for name, (_, _, help_) in _LAZY.items()]
        with formatter.section("Commands"):
            formatter.write_dl(sorted(rows))

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KurzError as exc:
            click.echo(f"kurz: error: {exc.message}", err=True)
            ctx.exit(2)


@click.group(cls=KurzGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kurz")
def main() -> None:
    """kurz: short, faithful teasers for German news articles."""
    # kurz's matrices are tiny (one article's sentences): BLAS threads only spin, burning a second core for
    # nothing (twice the CPU time of `kurz batch -w 1`, benchmarks/batch.py). Library callers keep their setting.
    threadpool_limits(1)


def read_input(source: str) -> tuple[str, bool | None, str | None]:
    """The text of a URL, a file or stdin, decoded (UTF-8 or detected; binary refused), whether it is an HTML
    page (True for a fetched page or an .html file, None to recognise it by its tags) and its URL."""
    if is_url(source):
        page = fetch(source)
        return page.text, page.html, page.url
    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            with open(source, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            raise click.BadParameter(f"cannot read {source!r}: {exc.strerror}", param_hint="FILE") from None
    return decode(data), True if source.lower().endswith((".html", ".htm")) else None, None


@main.command("summarize", short_help="print a teaser for an article file or stdin")
@click.argument("source", default="-", metavar="[FILE|URL|-]")
@click.option("--title", help="the article's headline, if known")
@summarizing_options
@llm_options
@click.option(
    "--json", "as_json", is_flag=True, help="print the full result as JSON: provenance, and what was recognised in the article"
)
def summarize_command(
    source: str,
    title: str | None,
    method: str,
    sentences: int | None,
    max_words: int | None,
    max_chars: int | None,
    preset: str | None,
    model: str | None,
    as_json: bool,
    **llm: Any,
) -> None:
    """Print a teaser for the article in FILE, at URL (a web page, fetched) or on stdin; HTML pages are read as
    web pages (their article text is extracted)."""
    text, html, url = read_input(source)
    result = summarize(
        text,
        title,
        method=method,
        sentences=sentences,
        max_words=max_words,
        max_chars=max_chars,
        preset=preset,
        model=model,
        html=html,
        url=url,
        llm=endpoint_from(llm, [method]),
    )
    for warning in result.warnings:
        click.echo(f"kurz: warning: {warning}", err=True)
    if result.llm is not None and result.llm.verdict == "accepted":  # a rejection says so in its warning
        click.echo(f"kurz: the teaser was written by the LLM ({result.llm.model}) and accepted by the fact guard", err=True)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(result.text)


@main.command("methods", short_help="list the summarization methods")
def methods_command() -> None:
    """List the summarization methods."""
    width = max(map(len, REGISTRY))
    for name, cls in REGISTRY.items():
        aliases = [alias for alias, target in ALIASES.items() if target == name]
        marker = f" (also: {', '.join(aliases)})" if aliases else ""
        click.echo(f"{name:<{width}}  {cls.description}{marker}")
    click.echo(f"'{DEFAULT_METHOD}' is used when no method is named; it is '{resolve(DEFAULT_METHOD)}'.")
