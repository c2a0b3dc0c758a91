"""`kurz train`: fit the default method's sentence ranker on your own archive of (article, teaser) pairs."""

from __future__ import annotations

import math

import click

from kurz.data.examples import read_examples
from kurz.data.formats import plural
from kurz.interfaces.options import extra_options
from kurz.interfaces.paths import check_output
from kurz.methods.ranker_fit import DEFAULT_ALPHA, describe, fit


def _finite(ctx: click.Context, param: click.Parameter, value: float) -> float:
    if not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a finite number")
    return value


def _version(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not value.strip():
        raise click.BadParameter("must not be empty")
    return value


FEW_ARTICLES = 100  # below this, a fitted ranker mostly learns the noise of its few teasers


@click.command("train")
@click.argument("data", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--output", "-o", required=True, type=click.Path(dir_okay=False, writable=True), help="where to write the model (JSON)"
)
@click.option(
    "--alpha",
    default=DEFAULT_ALPHA,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    callback=_finite,
    help="L2 penalty of the ridge regression",
)
@click.option("--limit", type=click.IntRange(min=1), help="only the first N pairs of each file")
@extra_options
@click.option(
    "--version", "model_version", callback=_version, help="version string stored in the model and reported with every summary"
)
def train_command(
    data: tuple[str, ...],
    output: str,
    alpha: float,
    limit: int | None,
    extra: tuple[str, ...],
    extra_weight: float,
    model_version: str | None,
) -> None:
    """Fit the ranker on DATA (JSONL with text and summary); use it with --model."""
    check_output(output, *data, *extra, hint="--output")
    examples = [example for path in data for example in read_examples(path, limit)]
    added = [example for path in extra for example in read_examples(path)]
    model = fit(examples, alpha=alpha, version=model_version, extra=added, extra_weight=extra_weight)
    model.save(output)
    articles, sentences = model.info["articles"], model.info["sentences"]
    click.echo(f"trained {model.version} on {plural(articles, 'article')} ({plural(sentences, 'sentence')}) -> {output}")
    if articles < FEW_ARTICLES:
        tried, shipped = compare_commands(data, output, articles)
        click.echo(
            f"kurz train: warning: {plural(articles, 'article')} is very little to learn a house style from; use a few "
            f"hundred. To see whether it beats the shipped model, compare '{tried}' with '{shipped}'",
            err=True,
        )
    click.echo("the features it weighs most (+ prefers such sentences, - avoids them):")
    described = describe(model)[:8]
    width = max(len(name) for name, _, _ in described)
    for name, weight, meaning in described:
        click.echo(f"  {weight:+.3f}  {name:<{width}}  {meaning}")


def compare_commands(data: tuple[str, ...], output: str, articles: int) -> tuple[str, str]:
    """Two `kurz eval` runs that work on these pairs: the house model (cross-validated where there are enough
    articles for folds, so it is scored on articles it did not learn from) and the shipped model."""
    source = data[0] if len(data) == 1 else "PAIRS.jsonl (all files in one)"
    tried = f"kurz eval {source} --cv {min(5, articles)}" if articles >= 2 else f"kurz eval {source} --model {output}"
    return tried, f"kurz eval {source}"
