"""kurz: short, faithful teasers for German news articles, built from the article's own words."""

from __future__ import annotations

from kurz.document import Document, Sentence, Span, Token
from kurz.errors import InputError, KurzError, OptionError
from kurz.pipeline import summarize
from kurz.summary import Budget, Summary

__version__ = "0.1.0"


def split_sentences(text: str) -> list[Sentence]:
    """German sentences of `text`, each with `.text`, `.start`, `.end` (offsets into `text`)."""
    return Document.analyse(text).sentences


__all__ = ["Budget", "Document", "InputError", "KurzError", "OptionError", "Sentence", "Span", "Summary", "Token", "__version__", "split_sentences", "summarize"]
