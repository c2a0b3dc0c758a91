"""kurz: short, faithful teasers for German news articles, built from the article's own words."""

from __future__ import annotations

from kurz.document import Document, Sentence, Span, Token
from kurz.errors import InputError, KurzError, OptionError

# Imported eagerly (cheap: the noun lexicon loads on the first check): binding the function after the subpackage
# is imported keeps `kurz.guard` the function, not the package of the same name.
from kurz.guard import Verdict, guard
from kurz.pipeline import summarize
from kurz.summary import Budget, Summary

__version__ = "0.1.0"


def split_sentences(text: str) -> list[Sentence]:
    """German sentences of `text`, each with `.text`, `.start`, `.end` (offsets into `text`)."""
    return Document.analyse(text).sentences


__all__ = ["Budget", "Document", "InputError", "KurzError", "OptionError", "Sentence", "Span", "Summary", "Token", "Verdict", "__version__", "guard", "split_sentences", "summarize"]
