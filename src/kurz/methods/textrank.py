"""TextRank: PageRank over a sentence-similarity graph of stemmed content words (Mihalcea & Tarau 2004)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Sequence
from itertools import chain

import numpy as np

from kurz.document import Document, Sentence
from kurz.methods.base import Method
from kurz.text.tokens import content_stems


def stem_overlaps(stem_sets: Sequence[Collection[str]]) -> tuple[np.ndarray, np.ndarray]:
    """How sentences share stems: a 0/1 sentence-by-stem matrix `m` over the stems found in two sentences or more,
    and `m @ m.T` with each sentence's own number of stems on the diagonal (|Si ∩ Sj| off it, |Si| on it).

    One matrix product replaces a set intersection per pair of sentences. A stem of one sentence only adds
    nothing between sentences, so it gets no column: the matrix stays small however long the article.
    """
    counts = Counter(chain.from_iterable(stem_sets))
    vocabulary = {stem: k for k, stem in enumerate(stem for stem, count in counts.items() if count > 1)}
    sizes = [len(stems) for stems in stem_sets]
    columns = np.array([vocabulary.get(stem, -1) for stems in stem_sets for stem in stems], dtype=np.intp)
    rows = np.repeat(np.arange(len(stem_sets)), sizes)
    kept = columns >= 0
    matrix = np.zeros((len(stem_sets), len(vocabulary)))
    matrix[rows[kept], columns[kept]] = 1.0
    shared = matrix @ matrix.T
    np.fill_diagonal(shared, sizes)
    return matrix, shared


def centrality(shared: np.ndarray, damping: float = 0.85) -> np.ndarray:
    """PageRank scores of sentences linked by shared stems, weighted |Si ∩ Sj| / (log|Si| + log|Sj|), from the
    `shared` counts of `stem_overlaps`.

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
        return centrality(stem_overlaps([set(content_stems(s.text)) for s in candidates])[1])
