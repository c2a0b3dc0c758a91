"""Lead: the first sentences, the classic news baseline and the answer to "is it better than the first sentences?"."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from kurz.document import Document, Sentence, Span
from kurz.methods import compress
from kurz.methods.base import Method
from kurz.methods.context import Needs
from kurz.text.ends import stands_alone


class Lead(Method):
    name = "lead"
    description = "the first sentences of the article, shortened only where the budget needs it (news baseline)"
    contiguous = True

    def score(self, document: Document, candidates: list[Sentence]) -> np.ndarray:
        return -np.arange(len(candidates), dtype=float)

    def variants(self, sentence: Sentence) -> list[tuple[Span, ...]]:
        """The whole sentence first, then its safe compressions; a headline or fragment is not a lead sentence."""
        return compress.variants(sentence) if stands_alone(sentence.content.text) else []

    def needs(self, document: Document, candidates: list[Sentence]) -> Callable[[int], Needs]:
        return lambda i: ()  # in article order, what a sentence needs is there already, or nothing is
