"""The one flow every interface calls: text -> Document -> method scores -> selection -> Summary."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kurz.document import Document
from kurz.errors import EmptyInputError, NoFitError
from kurz.limits import MAX_ANALYSED_CHARS, MAX_CANDIDATES
from kurz.methods import DEFAULT_METHOD, Method, get_method, select
from kurz.summary import Budget, Summary

if TYPE_CHECKING:
    from kurz.llm import Endpoint

DEFAULT_BUDGET = Budget.of()
LLM_METHOD = "llm"  # not a Method: the default method's teaser rewritten by a language model (kurz.llm)


@lru_cache(maxsize=32)
def load_method(name: str = DEFAULT_METHOD, model: str | None = None) -> Method:
    """A method instance by name, cached so a model file is read once per process."""
    return get_method(name, model=model) if model is not None else get_method(name)


def summarize_document(document: Document, method: Method, budget: Budget = DEFAULT_BUDGET) -> Summary:
    """Summarise an analysed document; boilerplate never reaches the candidates."""
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
    when even its shortest faithful form is longer, NoFitError carries that form instead."""
    limit = summary.budget.max_chars
    if limit is not None and len(summary.text) > limit:
        raise NoFitError(
            f"no faithful form of the article fits {limit} characters; the shortest has {len(summary.text)}: {summary.text}",
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
    if method == LLM_METHOD:
        from kurz.llm import Endpoint
        from kurz.llm.teaser import summarize_llm

        endpoint = llm if llm is not None else Endpoint.from_env()
        document = Document.from_text(text, title, MAX_ANALYSED_CHARS, html=html, url=url)
        return within_chars(summarize_llm(document, load_method(DEFAULT_METHOD, model), budget, endpoint))
    chosen = method if isinstance(method, Method) else load_method(method, model)
    return within_chars(
        summarize_document(Document.from_text(text, title, MAX_ANALYSED_CHARS, html=html, url=url), chosen, budget)
    )
