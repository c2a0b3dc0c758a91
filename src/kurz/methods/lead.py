"""Lead: the first sentences, the classic news baseline."""

from __future__ import annotations

import numpy as np

from kurz.document import Document, Sentence
from kurz.methods.base import Method


class Lead(Method):
    name = "lead"
    description = "the first sentences of the article (news baseline)"

    def score(self, document: Document, candidates: list[Sentence]) -> np.ndarray:
        return -np.arange(len(candidates), dtype=float)
