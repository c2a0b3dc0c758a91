"""Run systems (kurz methods, references, prediction files) over examples and score them in one pass."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from kurz.document import Document
from kurz.evaluate.data import Example
from kurz.evaluate.faithfulness import faithfulness
from kurz.evaluate.oracle import oracle_indices
from kurz.evaluate.rouge import rouge, tokenize
from kurz.limits import MAX_ANALYSED_CHARS
from kurz.methods import Method, get_method
from kurz.methods.ranker import Ranker
from kurz.pipeline import DEFAULT_BUDGET, summarize_document
from kurz.summary import Budget, count_words
from kurz.text.sentences import segment
from kurz.train import fit

REFERENCES = ("lead-1", "lead-2", "lead-3", "random", "oracle")


@dataclass
class System:
    """Something that turns an example into a summary; `fit` (optional) learns from training examples."""

    name: str
    run: Callable[[Example], str]
    extractive: bool = True
    fit: Callable[[list[Example]], None] | None = None
    known_ids: frozenset[str] | None = None  # for prediction files: ids that have a prediction


@dataclass
class Row:
    """One system on one article: its summary and every per-article figure the report aggregates."""

    example: Example
    summary: str
    seconds: float
    scores: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    words: int = 0
    chars: int = 0
    sentences: int = 0
    token_share: float = 1.0
    novel_names: int = 0
    novel_numbers: int = 0
    novel_dates: int = 0


def method_system(name: str, method: Method, budget: Budget) -> System:
    def run(example: Example) -> str:
        return summarize_document(Document.from_text(example.text, example.title, MAX_ANALYSED_CHARS), method, budget).text

    return System(name, run)


def cross_validated_system(name: str, method: Ranker, budget: Budget, **fit_options: float) -> System:
    """The ranker refitted on each training fold (`fit_options` go to `kurz.train.fit`), so every article is
    summarised by a model that never saw it."""
    system = method_system(name, method, budget)

    def refit(train: list[Example]) -> None:
        method.model = fit(train, **fit_options)
        method.version = method.model.version

    system.fit = refit
    return system


def oracle_system(max_sentences: int = 3) -> System:
    def run(example: Example) -> str:
        doc = Document.from_text(example.text, example.title, MAX_ANALYSED_CHARS)
        sentences = doc.content_sentences
        picked = oracle_indices([tokenize(s.content.text) for s in sentences], tokenize(example.summary), max_sentences)
        return " ".join(sentences[i].content.text for i in picked)

    return System("oracle", run)


def predictions_system(name: str, predictions: dict[str, str]) -> System:
    """An external system's summaries; an id without a prediction is scored as an empty summary."""
    return System(name, lambda example: predictions.get(example.id, ""), extractive=False, known_ids=frozenset(predictions))


def reference_system(name: str, seed: int = 0) -> System:
    """The built-in floors and ceiling: lead-k, random, oracle."""
    if name == "oracle":
        return oracle_system()
    if name == "random":
        return method_system(name, get_method("random", seed=seed), DEFAULT_BUDGET)
    return method_system(name, get_method("lead"), Budget(sentences=int(name.split("-")[1])))


def score_row(example: Example, summary: str, seconds: float) -> Row:
    row = Row(example, summary, seconds)
    row.scores = {k: (v.precision, v.recall, v.f1) for k, v in rouge(summary, example.summary).items()}
    row.words, row.chars, row.sentences = count_words(summary), len(summary), len(segment(summary)) if summary.strip() else 0
    faith = faithfulness(summary, example.text)
    row.token_share = faith.source_token_share
    row.novel_names, row.novel_numbers, row.novel_dates = len(faith.novel_names), len(faith.novel_numbers), len(faith.novel_dates)
    return row


CV = int | Literal["source"]


def folds(examples: list[Example], cv: CV) -> list[tuple[list[Example], list[Example]]]:
    """(train, test) pairs covering every example once as test.

    An int K gives K folds by index modulo; "source" gives one fold per source, trained on all the other
    sources: how well a model carries over to a publisher it has never seen.
    """
    if cv == "source":
        sources = sorted({e.source for e in examples})
        return [([e for e in examples if e.source != s], [e for e in examples if e.source == s]) for s in sources]
    return [([e for i, e in enumerate(examples) if i % cv != f], [e for i, e in enumerate(examples) if i % cv == f]) for f in range(cv)]


def cross_validates(cv: CV) -> bool:
    """Whether `cv` asks for cross-validation (0 and 1 do not)."""
    return cv == "source" or cv > 1


def run_system(system: System, examples: list[Example], cv: CV = 0, progress: Callable[[Iterable[Example]], Iterable[Example]] = iter) -> list[Row]:
    """Summarise and score every example; a system with `fit` is cross-validated when `cv` is "source" or > 1."""
    splits = folds(examples, cv) if system.fit is not None and cross_validates(cv) else [([], examples)]
    by_id: dict[int, Row] = {}
    for train, test in splits:
        if system.fit is not None and train:
            system.fit(train)
        for example in progress(test):
            started = time.perf_counter()
            summary = system.run(example)
            by_id[id(example)] = score_row(example, summary, time.perf_counter() - started)
    return [by_id[id(e)] for e in examples]
