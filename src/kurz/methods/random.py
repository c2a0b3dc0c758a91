"""Random: a seeded floor for evaluation, reproducible per article."""

from __future__ import annotations

import zlib

import numpy as np

from kurz.document import Document, Sentence
from kurz.methods.base import Method


class Random(Method):
    name = "random"
    description = "random sentences, seeded per article (evaluation floor)"

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed

    def score(self, document: Document, candidates: list[Sentence]) -> np.ndarray:
        rng = np.random.default_rng([self.seed, zlib.crc32(document.text.encode("utf-8", "surrogatepass"))])
        return rng.random(len(candidates))
