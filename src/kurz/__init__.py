"""kurz: short, faithful teasers for German news articles, built from the article's own words.

The public API: `summarize`, `split_sentences` and `guard` (does a teaser state only what the article says?), the
types they return (`Summary` of `Selected` sentences, each with `Span` pieces into the article, or of `Written`
sentences with their `Support` and an `LLMReport` in the LLM mode; `Verdict` with its `Reason`s; `Document`,
`Sentence`, `Token`; `Budget`), what they take (`Method`, `Endpoint`), and the errors they raise.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from kurz.document import Document, Sentence, Span, Token
from kurz.errors import (
    EmptyInputError,
    InputError,
    InputTooLargeError,
    KurzError,
    ModelError,
    NoFitError,
    OptionError,
    UnknownMethodError,
)
from kurz.llm import Endpoint
from kurz.methods import Method
from kurz.pipeline import summarize
from kurz.summary import Budget, LLMReport, Selected, Summary, Support, Written

if TYPE_CHECKING:  # loaded on first use (`__getattr__`): summarising never pays for the fact guard
    from kurz.facts import Reason, Verdict, guard

try:
    __version__ = version("kurz")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

LAZY = ("guard", "Reason", "Verdict")  # from kurz.facts


def split_sentences(text: str) -> list[Sentence]:
    """German sentences of `text`, each with `.text`, `.start`, `.end` (offsets into the cleaned text).

    The text goes through the same checks and cleaning as `summarize` (HTML stripped, bad input refused with a
    `KurzError`), so both see the same sentences, as far as `summarize` reads: it analyses only the first
    200,000 characters (cut at a line break), while this splits the whole text.
    """
    return Document.from_text(text).sentences


__all__ = [
    "Budget",
    "Document",
    "EmptyInputError",
    "Endpoint",
    "InputError",
    "InputTooLargeError",
    "KurzError",
    "LLMReport",
    "Method",
    "ModelError",
    "NoFitError",
    "OptionError",
    "Reason",
    "Selected",
    "Sentence",
    "Span",
    "Summary",
    "Support",
    "Token",
    "UnknownMethodError",
    "Verdict",
    "Written",
    "__version__",
    "guard",
    "split_sentences",
    "summarize",
]


def __getattr__(name: str) -> object:
    """`guard`, `Verdict` and `Reason` load the fact guard (kurz.facts) on first use: summarising never pays for it."""
    if name in LAZY:
        from kurz import facts

        return getattr(facts, name)
    raise AttributeError(f"module 'kurz' has no attribute {name!r}")
