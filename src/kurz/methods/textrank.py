"""TextRank: PageRank over a sentence-similarity graph of stemmed content words (Mihalcea & Tarau 2004)."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

import numpy as np

from kurz.document import Document, Sentence
from kurz.methods.base import Method
from kurz.text.tokens import content_stems


def incidence(stem_sets: Sequence[Collection[str]]) -> np.ndarray:
    """The 0/1 sentence-by-stem matrix (stems in order of first use): `m @ m.T` counts the stems every pair of
    sentences shares (the diagonal: each sentence's own), `m.sum(axis=0)` the sentences each stem occurs in.

    One matrix product replaces a set intersection per pair of sentences.
    """
    vocabulary: dict[str, int] = {}
    columns = [vocabulary.setdefault(stem, len(vocabulary)) for stems in stem_sets for stem in stems]
    matrix = np.zeros((len(stem_sets), len(vocabulary)))
    matrix[np.repeat(np.arange(len(stem_sets)), [len(stems) for stems in stem_sets]), columns] = 1.0
    return matrix


def centrality(shared: np.ndarray, damping: float = 0.85) -> np.ndarray:
    """PageRank scores of sentences linked by shared stems, weighted |Si ∩ Sj| / (log|Si| + log|Sj|); `shared`
    is `m @ m.T` of the `incidence` matrix `m`.

    Solved exactly as the linear system (I - d·Mᵀ) r = (1 - d)/n instead of by power iteration.
    """
    n = len(shared)
    if n == 0:
        return np.zeros(0)
    # math.log, not np.log: numpy's vectorised log may differ in the last bit, and teasers must not move
    log_len = np.array([math.log(size + 1.0) if size else 0.0 for size in shared.diagonal().tolist()])
    linked = shared > 0
    np.fill_diagonal(linked, False)
    weights = np.divide(shared, log_len[:, None] + log_len, out=np.zeros_like(shared), where=linked)
    out_degree = weights.sum(axis=1)
    transition = np.divide(weights, out_degree[:, None], out=np.full_like(weights, 1.0 / n), where=out_degree[:, None] > 0)
    rank = np.linalg.solve(np.eye(n) - damping * transition.T, np.full(n, (1 - damping) / n))
    return rank / rank.sum()


class TextRank(Method):
    name = "textrank"
    description = "graph centrality over sentences (TextRank with German stems and stop words)"

    def score(self, document: Document, candidates: list[Sentence]) -> np.ndarray:
        matrix = incidence([set(content_stems(s.text)) for s in candidates])
        return centrality(matrix @ matrix.T)
