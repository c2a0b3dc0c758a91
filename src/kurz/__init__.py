"""kurz: short, faithful teasers for German news articles, built from the article's own words.

The public API: `summarize`, `split_sentences` and `guard` (does a teaser state only what the article says?), the types they return (`Summary` of `Selected` sentences, each
with `Span` pieces into the article; `Document`, `Sentence`, `Token`; `Budget`), and the errors they raise.
"""

from __future__ import annotations

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
from kurz.pipeline import summarize
from kurz.summary import Budget, Selected, Summary

__version__ = "0.1.0"


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
    "InputError",
    "InputTooLargeError",
    "KurzError",
    "ModelError",
    "NoFitError",
    "OptionError",
    "Selected",
    "Sentence",
    "Span",
    "Summary",
    "Token",
    "UnknownMethodError",
    "Verdict",
    "__version__",
    "guard",
    "split_sentences",
    "summarize",
]


def __getattr__(name: str) -> object:
    """`guard` and `Verdict` load the fact guard (kurz.facts) on first use: summarising never pays for it."""
    if name in ("guard", "Verdict"):
        from kurz import facts

        return getattr(facts, name)
    raise AttributeError(f"module 'kurz' has no attribute {name!r}")
