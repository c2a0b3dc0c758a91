"""`kurz eval`: methods side by side with their floor and ceiling, on any JSONL of (text, summary) pairs."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from kurz.data.examples import Example, read_examples, read_predictions
from kurz.evaluate.report import build_report, render_markdown, render_table
from kurz.evaluate.runner import (
    CV,
    REFERENCES,
    System,
    cross_validates,
    lead_at_budget,
    llm_system,
    method_system,
    predictions_system,
    reference_system,
    run_system,
)
from kurz.interfaces.options import LLM_OPTIONS, budget_from, endpoint_from, extra_options, length_options, llm_options
from kurz.interfaces.paths import check_output
from kurz.llm import LLM_METHOD, Endpoint
from kurz.methods import DEFAULT_METHOD, method_names, takes
from kurz.pipeline import load_method
from kurz.summary import Budget


class FoldsType(click.ParamType):
    """--cv: a number of folds, "source" for leave-one-source-out, or "publisher" for publisher-disjoint folds."""

    name = "K|source|publisher"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> CV:
        if isinstance(value, int):
            return value
        text = str(value).strip()
        if text.lower() in ("source", "publisher"):
            return text.lower()  # type: ignore[return-value]
        if text.isascii() and text.isdigit():
            return int(text)
        self.fail(f"{value!r} is neither a number of folds nor 'source' or 'publisher'", param, ctx)


def build_systems(
    methods: tuple[str, ...],
    predictions: tuple[str, ...],
    references: bool,
    seed: int,
    budget: Budget,
    model: str | None,
    cv: CV,
    llm: Endpoint | None = None,
    extra: list[Example] | None = None,
    extra_weight: float = 1.0,
) -> list[System]:
    """References, each method (a trainable one refitted per fold under --cv) paired with lead@budget, predictions."""
    systems = [reference_system(name, seed) for name in REFERENCES] if references else []
    if methods:
        systems.append(lead_at_budget(budget))
    for name in methods:
        if name == LLM_METHOD and llm is not None:
            system = llm_system(llm, load_method(name, model), budget)
            system.compare_to = lead_at_budget(budget).name
            systems.append(system)
            continue
        own_model = model if takes(name, "model") else None
        method = load_method(name, own_model)
        label = f"{name} ({Path(own_model).name})" if own_model else name
        fit_options = {"extra": extra, "extra_weight": extra_weight} if extra else {}
        system = method_system(label, method, budget, refit=cross_validates(cv), **fit_options)
        system.compare_to = lead_at_budget(budget).name
        systems.append(system)
    for path in predictions:
        preds = read_predictions(path)
        systems.append(predictions_system(Path(path).stem, preds))
    return systems


@click.command("eval")
@click.argument("data", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--method",
    "-m",
    "methods",
    multiple=True,
    type=click.Choice([*method_names(), LLM_METHOD]),
    help="method to evaluate (repeatable; default: the default method); 'llm' needs --llm-url and --llm-model",
)
@click.option(
    "--predictions",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="JSONL of {id, summary} from any system (repeatable)",
)
@click.option("--baseline", help="system the paired bootstrap compares against [default: lead-3; none with --no-references]")
@click.option("--no-references", is_flag=True, help="leave out lead-1/2/3, random and oracle")
@length_options
@click.option(
    "--model", type=click.Path(exists=True, dir_okay=False), help="model file for the trainable methods (the default ranker)"
)
@click.option("--limit", type=click.IntRange(min=1), help="only the first N articles")
@click.option(
    "--cv",
    default=0,
    type=FoldsType(),
    help="cross-validate trainable methods, retrained per fold: K folds, 'source' (each source tested on a model trained on the others) or 'publisher' (publisher-disjoint folds)",
)
@extra_options
@click.option("--seed", default=0, show_default=True, type=click.IntRange(min=0), help="seed for random and the bootstrap")
@click.option("--json", "fmt", flag_value="json", help="print the full JSON report")
@click.option("--markdown", "fmt", flag_value="markdown", help="print Markdown tables")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="also write the JSON report here")
@click.option("--quiet", "-q", is_flag=True, help="no progress bar")
@llm_options
def eval_command(
    data: str,
    methods: tuple[str, ...],
    predictions: tuple[str, ...],
    baseline: str | None,
    no_references: bool,
    sentences: int | None,
    max_words: int | None,
    max_chars: int | None,
    preset: str | None,
    model: str | None,
    limit: int | None,
    cv: CV,
    extra: tuple[str, ...],
    extra_weight: float,
    seed: int,
    fmt: str | None,
    output: str | None,
    quiet: bool,
    **options: Any,
) -> None:
    """Score methods on DATA (JSONL with id, text, summary) with German ROUGE, faithfulness and speed."""
    if output:
        check_output(output, data, *predictions, *extra, hint="--output")
    examples = read_examples(data, limit)
    if not examples:
        raise click.UsageError(f"{data} holds no examples")
    if cv and len(examples) < 2:
        raise click.BadParameter(f"cross-validation needs at least 2 examples; {data} holds 1", param_hint="--cv")
    if cv == "source" and len({e.source for e in examples}) < 2:
        raise click.BadParameter(f"{data} holds only one source; leave-one-source-out needs at least two", param_hint="--cv")
    if cv == "publisher" and len({e.publisher or e.source for e in examples}) < 2:
        raise click.BadParameter(
            f"{data} holds only one publisher (or source); publisher-disjoint folds need at least two", param_hint="--cv"
        )
    if isinstance(cv, int) and (cv == 1 or cv > len(examples)):
        raise click.BadParameter(
            f"{cv} folds: use 0 (no cross-validation) or 2 to {len(examples)} (the number of examples)", param_hint="--cv"
        )
    if extra and not cv:
        raise click.BadParameter("--extra adds pairs to the training folds; it needs --cv", param_hint="--extra")
    if cv and model:
        raise click.BadParameter("cross-validation trains its own models; leave out --model or --cv", param_hint="--model")
    if not methods and not predictions:
        methods = (DEFAULT_METHOD,)
    budget = budget_from({"sentences": sentences, "max_words": max_words, "max_chars": max_chars, "preset": preset})
    llm = endpoint_from({k: options[k] for k in LLM_OPTIONS}, methods)
    if llm is not None and cv:
        raise click.BadParameter("method llm is not trained; run it without --cv", param_hint="--cv")
    added = [example for path in extra for example in read_examples(path)]
    systems = build_systems(methods, predictions, not no_references, seed, budget, model, cv, llm, added, extra_weight)
    names = [s.name for s in systems]
    if baseline is None and not no_references:
        baseline = "lead-3"
    if baseline is not None and baseline not in names:
        raise click.BadParameter(f"{baseline!r} is not among the evaluated systems ({', '.join(names)})", param_hint="--baseline")
    show = not quiet and sys.stderr.isatty()

    results = {}
    for system in systems:

        def progress(items: Iterable[Example], name: str = system.name) -> Iterable[Example]:
            return tqdm(items, desc=name, unit="art", disable=not show, leave=False)

        results[system.name] = run_system(system, examples, cv, progress, budget)
    report = build_report(
        results, {s.name: s for s in systems}, baseline, seed, {"data": str(data), "model": model, "seed": seed, "cv": cv}
    )
    for name, figures in report["methods"].items():
        if figures.get("missing_predictions"):
            click.echo(
                f"kurz: warning: {name}: {figures['missing_predictions']} of {len(examples)} articles have no prediction; scored as empty summaries",
                err=True,
            )
    if output:
        Path(output).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(render_markdown(report) if fmt == "markdown" else render_table(report))
