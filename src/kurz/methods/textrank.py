"""TextRank: PageRank over a sentence-similarity graph of stemmed content words (Mihalcea & Tarau 2004)."""

from __future__ import annotations

import numpy as np

from kurz.document import Document, Sentence
from kurz.methods.base import Method
from kurz.text.tokens import content_stems


def centrality(stems: list[list[str]], damping: float = 0.85, iterations: int = 50, tol: float = 1e-6) -> np.ndarray:
    """PageRank scores of sentences linked by shared stems, weighted |Si ∩ Sj| / (log|Si| + log|Sj|)."""
    n = len(stems)
    if n == 0:
        return np.zeros(0)
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, sent in enumerate(stems):
        for s in set(sent):
            rows.append(i)
            cols.append(vocab.setdefault(s, len(vocab)))
    incidence = np.zeros((n, max(1, len(vocab))))
    incidence[rows, cols] = 1.0
    overlap = incidence @ incidence.T
    log_len = np.log(np.maximum(incidence.sum(axis=1), 1.0) + 1.0)
    weights = overlap / (log_len[:, None] + log_len[None, :])
    np.fill_diagonal(weights, 0.0)
    out_degree = weights.sum(axis=1)
    transition = np.divide(weights, out_degree[:, None], out=np.full_like(weights, 1.0 / n), where=out_degree[:, None] > 0)
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        new = (1 - damping) / n + damping * (transition.T @ rank)
        if np.abs(new - rank).sum() < tol:
            return new
        rank = new
    return rank


class TextRank(Method):
    name = "textrank"
    description = "graph centrality over sentences (TextRank with German stems and stop words)"

    def score(self, document: Document, candidates: list[Sentence]) -> np.ndarray:
        return centrality([content_stems(s.text) for s in candidates])
