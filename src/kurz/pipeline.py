"""The one flow every interface calls: text -> Document -> method scores -> selection -> Summary [-> LLM rewrite].

`summarize_document` is the one entry point for an analysed document; with an LLM endpoint it hands the
method's teaser to the LLM stage (`kurz.llm.teaser`) as draft and fallback, so that rule lives here only.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kurz.document import Document
from kurz.errors import EmptyInputError, NoFitError, OptionError
from kurz.limits import MAX_ANALYSED_CHARS, MAX_CANDIDATES
from kurz.llm import LLM_METHOD, Endpoint
from kurz.methods import DEFAULT_METHOD, Method, get_method, select
from kurz.summary import Budget, Summary

DEFAULT_BUDGET = Budget.of()


def load_method(name: str = DEFAULT_METHOD, model: str | None = None) -> Method:
    """A method instance by name, cached per process; a model file changed on disk is read again.

    For "llm" it is the method that writes the draft and the fallback: the default one.
    """
    name = DEFAULT_METHOD if name == LLM_METHOD else name
    return _load_method(name, model, _mtime(model))


def _mtime(model: str | None) -> int | None:
    """The model file's modification time (None without a file, or when it cannot be read: loading says why)."""
    try:
        return Path(model).stat().st_mtime_ns if model is not None else None
    except OSError:
        return None


@lru_cache(maxsize=32)
def _load_method(name: str, model: str | None, mtime: int | None) -> Method:
    """Cached on the path and its modification time: the key alone tells a changed file from the one read."""
    return get_method(name, model=model) if model is not None else get_method(name)


def summarize_document(
    document: Document, method: Method, budget: Budget = DEFAULT_BUDGET, llm: Endpoint | None = None
) -> Summary:
    """`method`'s teaser of an analysed document; with `llm`, the model's rewrite of it where the guard accepts one.

    `method`'s teaser is the draft and the fallback of the LLM stage (`kurz.llm.teaser.rewrite`).
    """
    extractive = extract(document, method, budget)
    if llm is None:
        return extractive
    from kurz.llm.teaser import rewrite  # the fact guard and the prompt are loaded only in the LLM mode

    return rewrite(document, extractive, llm)


def extract(document: Document, method: Method, budget: Budget) -> Summary:
    """The extractive teaser of an analysed document; boilerplate never reaches the candidates."""
    candidates = document.content_sentences
    warnings = list(document.warnings)
    if not candidates:
        kinds = ", ".join(sorted({m.kind.replace("_", " ") for m in document.marks})) or "boilerplate"
        raise EmptyInputError(f"the article has no news sentence, only boilerplate ({kinds}); there is nothing to summarise")
    if len(candidates) == 1:
        warnings.append("the article has only one sentence")
    elif len(candidates) > MAX_CANDIDATES:
        warnings.append(f"the article has {len(candidates):,} sentences; only the first {MAX_CANDIDATES} were considered")
        candidates = candidates[:MAX_CANDIDATES]
    selected, over = select(method, document, candidates, budget)
    if over:
        warnings.append("no sentence fits the length budget; the shortest form of the best sentence is returned over budget")
    text = " ".join(s.text for s in selected)
    return Summary(text, selected, method.name, method.version, budget, over, warnings, document)


def within_chars(summary: Summary) -> Summary:
    """The summary, if it keeps to the character budget, which is a hard limit (a push notice, a meta description):
    when even its shortest faithful form is longer, or the only sentence short enough points back to what it lacks
    ("Dabei werden …", returned over budget by the selection), NoFitError carries that form instead."""
    limit = summary.budget.max_chars
    if limit is not None and len(summary.text) > limit:
        raise NoFitError(
            f"no faithful form of the article fits {limit} characters; the shortest has {len(summary.text)}: {summary.text}",
            summary,
        )
    if limit is not None and summary.over_budget:
        raise NoFitError(
            f"no sentence of the article stands alone within {limit} characters; the best one needs what comes before "
            f"it: {summary.text}",
            summary,
        )
    return summary


def summarize(
    text: str,
    title: str | None = None,
    *,
    method: str | Method = DEFAULT_METHOD,
    sentences: int | None = None,
    max_words: int | None = None,
    max_chars: int | None = None,
    preset: str | None = None,
    model: str | None = None,
    html: bool | None = None,
    url: str | None = None,
    llm: Endpoint | None = None,
) -> Summary:
    """Summarise a German article into a teaser made of its own sentences (with offsets).

    `text` may be an HTML page (recognised by its tags, or forced with `html=True`; `url` helps extraction): its
    article text is extracted, and the offsets refer to it (`result.document.text`).
    `method="llm"` has a language model rewrite the default method's teaser and ships the rewrite only when
    `kurz.guard` accepts it; `llm` is the server (`kurz.llm.Endpoint`), else KURZ_LLM_URL and KURZ_LLM_MODEL.
    `preset` names a length (push, meta, teaser, summary: `kurz.summary.PRESETS`); `max_chars` is a hard limit:
    when no faithful form fits, NoFitError is raised (its `summary` is the shortest form).
    """
    budget = Budget.of(sentences, max_words, max_chars, preset)
    if isinstance(method, Method) and model is not None:
        raise OptionError(f"model= is for a method given by name; the {method.name!r} instance given brings its own model")
    endpoint = (llm if llm is not None else Endpoint.from_env()) if method == LLM_METHOD else None
    chosen = method if isinstance(method, Method) else load_method(method, model)
    document = Document.from_text(text, title, MAX_ANALYSED_CHARS, html=html, url=url)
    return within_chars(summarize_document(document, chosen, budget, endpoint))
