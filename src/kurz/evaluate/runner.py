"""Run systems (kurz methods, references, prediction files) over examples and score them in one pass."""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from kurz import editorial
from kurz.data.examples import Example
from kurz.document import Document
from kurz.limits import MAX_ANALYSED_CHARS
from kurz.llm import LLM_METHOD, Endpoint, map_calls
from kurz.methods import Method, get_method
from kurz.metrics.faithfulness import faithfulness
from kurz.metrics.oracle import oracle_indices
from kurz.metrics.rouge import rouge, tokenize
from kurz.pipeline import DEFAULT_BUDGET, summarize_document
from kurz.summary import Budget, count_words
from kurz.text.sentences import segment

REFERENCES = ("lead-1", "lead-2", "lead-3", "random", "oracle")
LEAD_AT_BUDGET = "lead@budget"
PUBLISHER_FOLDS = 5


@dataclass
class System:
    """Something that turns an example into a summary; `fit` (optional) learns from training examples.

    `compare_to` names the system this one is paired against besides the report's baseline (a method against
    the lead at its own budget).
    """

    name: str
    run: Callable[[Example], str]
    extractive: bool = True
    fit: Callable[[list[Example]], None] | None = None
    known_ids: frozenset[str] | None = None  # for prediction files: ids that have a prediction
    compare_to: str | None = None
    endpoint: Endpoint | None = None  # the LLM server a system waits on: its articles run at the endpoint's concurrency
    verdicts: dict[int, str] | None = None  # the LLM's verdict per article (by id() of the example), method llm only
    model_version: str | None = None  # the version of the model a kurz method ran with, for the report


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
    llm_verdict: str | None = None  # accepted, rejected or error (method llm only)
    defects: tuple[str, ...] = ()  # the editorial defects found (kurz.editorial.KINDS)


def method_system(name: str, method: Method, budget: Budget, refit: bool = False, **fit_options: Any) -> System:
    """A kurz method at a budget. With `refit`, a trainable method is fitted anew on each training fold (its
    `fit`, with `fit_options`), so every article is summarised by a model that never saw it."""
    current = [method]

    def run(example: Example) -> str:
        document = Document.from_text(example.text, example.title, MAX_ANALYSED_CHARS)
        return summarize_document(document, current[0], budget).text

    def fit(train: list[Example]) -> None:
        current[0] = method.fit(train, **fit_options)

    refits = refit and method.trainable()
    version = ("retrained on each training fold" if refits else method.version) if method.trainable() else None
    return System(name, run, fit=fit if refits else None, model_version=version)


def llm_system(endpoint: Endpoint, fallback: Method, budget: Budget) -> System:
    """Method llm: the model's teaser where the fact guard accepts it, else `fallback`'s; each verdict is kept."""
    verdicts: dict[int, str] = {}
    lock = threading.Lock()

    def run(example: Example) -> str:
        document = Document.from_text(example.text, example.title, MAX_ANALYSED_CHARS)
        result = summarize_document(document, fallback, budget, endpoint)
        with lock:
            verdicts[id(example)] = result.llm.verdict if result.llm else "error"
        return result.text

    return System(LLM_METHOD, run, extractive=False, endpoint=endpoint, verdicts=verdicts)


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


def lead_at_budget(budget: Budget) -> System:
    """The lead at a method's own length settings: the answer to "is it better than the first sentences?"."""
    return method_system(LEAD_AT_BUDGET, get_method("lead"), budget)


def editorial_defects(example: Example, summary: str, budget: Budget | None = None) -> tuple[str, ...]:
    """The kinds of editorial defect in `summary` (any system's, or the editor's own) against its article."""
    document = Document.from_text(example.text, example.title, MAX_ANALYSED_CHARS)
    return tuple(sorted({d.kind for d in editorial.check(summary, document, budget)}))


def score_row(example: Example, summary: str, seconds: float, budget: Budget | None = None) -> Row:
    row = Row(example, summary, seconds)
    row.defects = editorial_defects(example, summary, budget)
    row.scores = {k: (v.precision, v.recall, v.f1) for k, v in rouge(summary, example.summary).items()}
    row.words, row.chars, row.sentences = count_words(summary), len(summary), len(segment(summary)) if summary.strip() else 0
    faith = faithfulness(summary, example.text)
    row.token_share = faith.source_token_share
    row.novel_names, row.novel_numbers, row.novel_dates = len(faith.novel_names), len(faith.novel_numbers), len(faith.novel_dates)
    return row


CV = int | Literal["source", "publisher"]


def folds(examples: list[Example], cv: CV) -> list[tuple[list[Example], list[Example]]]:
    """(train, test) pairs covering every example once as test.

    An int K gives K folds by index modulo. "source" gives one fold per source, trained on all the other
    sources. "publisher" gives grouped folds: no publisher (the `publisher` field, else the source) is ever
    on both sides, so each is scored by a model that never saw it — what a new user's outlet gets.
    """
    if cv == "source":
        return grouped(examples, [e.source for e in examples], len({e.source for e in examples}))
    if cv == "publisher":
        groups = [e.publisher or e.source for e in examples]
        return grouped(examples, groups, min(PUBLISHER_FOLDS, len(set(groups))))
    return [
        ([e for i, e in enumerate(examples) if i % cv != f], [e for i, e in enumerate(examples) if i % cv == f])
        for f in range(cv)
    ]


def grouped(examples: list[Example], groups: list[str], k: int) -> list[tuple[list[Example], list[Example]]]:
    """K folds of whole groups, balanced by size: largest groups first, each into the smallest fold so far
    (ties broken by a hash of the group name, so the folds are the same on every run and machine)."""
    sizes: dict[str, int] = {}
    for group in groups:
        sizes[group] = sizes.get(group, 0) + 1
    fold_of: dict[str, int] = {}
    load = [0] * k
    for group in sorted(sizes, key=lambda g: (-sizes[g], zlib.crc32(g.encode()), g)):
        fold_of[group] = min(range(k), key=lambda f: (load[f], f))
        load[fold_of[group]] += sizes[group]
    return [
        ([e for e, g in zip(examples, groups) if fold_of[g] != f], [e for e, g in zip(examples, groups) if fold_of[g] == f])
        for f in range(k)
    ]


def cross_validates(cv: CV) -> bool:
    """Whether `cv` asks for cross-validation (0 and 1 do not)."""
    return isinstance(cv, str) or cv > 1


def run_system(
    system: System,
    examples: list[Example],
    cv: CV = 0,
    progress: Callable[[Iterable[Example]], Iterable[Example]] = iter,
    budget: Budget | None = None,
) -> list[Row]:
    """Summarise and score every example; a system with `fit` is cross-validated when `cv` asks for it. `budget`
    is the length asked for, which the editorial check `over_budget` holds every system to."""
    splits = folds(examples, cv) if system.fit is not None and cross_validates(cv) else [([], examples)]
    by_id: dict[int, Row] = {}
    for train, test in splits:
        if system.fit is not None and train:
            system.fit(train)

        def one(example: Example) -> Row:
            started = time.perf_counter()
            summary = system.run(example)
            return score_row(example, summary, time.perf_counter() - started, budget)

        todo = progress(test)
        done = list(map_calls(system.endpoint, one, todo) if system.endpoint else map(one, todo))
        for row in done:
            by_id[id(row.example)] = row
            if system.verdicts is not None:
                row.llm_verdict = system.verdicts.get(id(row.example))
    return [by_id[id(e)] for e in examples]
