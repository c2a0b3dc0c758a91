"""TextRank: PageRank over a sentence-similarity graph of stemmed content words (Mihalcea & Tarau 2004)."""

from __future__ import annotations

import math

import numpy as np

from kurz.document import Document, Sentence
from kurz.methods.base import Method
from kurz.text.tokens import content_stems


def centrality(stems: list[list[str]], damping: float = 0.85) -> np.ndarray:
    """PageRank scores of sentences linked by shared stems, weighted |Si ∩ Sj| / (log|Si| + log|Sj|).

    Solved exactly as the linear system (I - d·Mᵀ) r = (1 - d)/n instead of by power iteration.
    """
    n = len(stems)
    if n == 0:
        return np.zeros(0)
    sets = [set(s) for s in stems]
    log_len = [math.log(len(s) + 1.0) if s else 0.0 for s in sets]
    weights = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            shared = len(sets[i] & sets[j])
            if shared:
                weights[i, j] = weights[j, i] = shared / (log_len[i] + log_len[j])
    out_degree = weights.sum(axis=1)
    transition = np.divide(weights, out_degree[:, None], out=np.full_like(weights, 1.0 / n), where=out_degree[:, None] > 0)
    rank = np.linalg.solve(np.eye(n) - damping * transition.T, np.full(n, (1 - damping) / n))
    return rank / rank.sum()


class TextRank(Method):
    name = "textrank"
    description = "graph centrality over sentences (TextRank with German stems and stop words)"

    def score(self, document: Document, candidates: list[Sentence]) -> np.ndarray:
        return centrality([content_stems(s.text) for s in candidates])
