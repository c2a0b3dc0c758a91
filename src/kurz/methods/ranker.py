"""The default method: a learned sentence ranker plus safe German sentence compression."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from kurz.document import Document, Sentence, Span
from kurz.methods import compress
from kurz.methods.base import Method
from kurz.methods.features import sentence_features
from kurz.text.cohesion import refers_back
from kurz.text.quotes import balanced
from kurz.train import RankerModel

_FINAL = re.compile(r"[.!?][\"“”»«’)\]]*\s*$")
# Brackets ("(SPÖ)"), appositions and inserted attributions go even when the teaser would fit: editors drop
# them, and cross-validated ROUGE does not suffer (README). Final attributions and clauses go only for length.
ALWAYS_LEVELS = 2
SHIPPED_MODEL = Path(__file__).resolve().parent.parent / "models" / "ranker.json"


@lru_cache(maxsize=8)
def _load(path: str) -> RankerModel:
    return RankerModel.load(path)


class Ranker(Method):
    name = "default"
    description = "learned sentence ranking with safe German sentence compression"

    def __init__(self, model: str | Path | RankerModel | None = None) -> None:
        self.model = model if isinstance(model, RankerModel) else _load(str(model or SHIPPED_MODEL))
        self.version = self.model.version

    def score(self, document: Document, candidates: list[Sentence]) -> np.ndarray:
        return self.model.score(sentence_features(document, candidates))

    def variants(self, sentence: Sentence) -> list[tuple[Span, ...]]:
        """Compressions of the sentence; none for what cannot stand alone in a teaser."""
        return compress.variants(sentence, always=ALWAYS_LEVELS) if stands_alone(sentence.content.text) else []

    def refers_back(self, sentence: Sentence) -> bool:
        return refers_back(sentence.content.text)


def stands_alone(text: str) -> bool:
    """A complete sentence: closed quotes and brackets, final punctuation (not a headline, table row or fragment)."""
    return balanced(text) and _FINAL.search(text) is not None
