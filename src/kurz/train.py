"""Fit the sentence ranker from (article, teaser) pairs: a newsroom can learn its own house style.

The model is a ridge regression over `FEATURES`, predicting how much each sentence overlaps the editor's
teaser: the mean of its ROUGE-1 and ROUGE-2 F1, plus a bonus when it belongs to the article's greedy oracle
(the 1–3 sentences that together match the teaser best), all standardised within each article so that only
the ranking inside an article counts. It is stored as plain JSON: feature names, scaling, weights.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date

import numpy as np

from kurz.data.examples import Example
from kurz.document import Document
from kurz.errors import ModelError
from kurz.limits import MAX_ANALYSED_CHARS, MAX_CANDIDATES
from kurz.methods.features import FEATURES, sentence_features
from kurz.methods.ranker_model import RankerModel
from kurz.metrics.oracle import oracle_gain, oracle_indices
from kurz.metrics.rouge import tokenize

# The oracle bonus, in standard deviations of the per-sentence gain. The gain alone rewards every sentence
# that shares words with the teaser; the bonus marks the ones that together make it. Cross-validated on the
# dev data, every bonus from 1 to 6 beats none overall; 3 is best on MLSUM, higher ones only on 10kGNAD
# (benchmarks/ranker_ablations.py).
ORACLE_BONUS = 3.0
# The ridge penalty. Strong shrinkage keeps the weights close to each feature's own correlation with the label,
# which carries over to publishers the model never saw: publisher-disjoint and leave-one-source-out CV rise from
# alpha 10 to 1000–10000 and fall again at 100000 (benchmarks/carryover.py --sweep).
DEFAULT_ALPHA = 3000.0


def article_rows(example: Example, oracle_bonus: float = ORACLE_BONUS) -> tuple[np.ndarray, np.ndarray]:
    """Features and standardised labels for the candidate sentences of one article."""
    document = Document.from_text(example.text, example.title, MAX_ANALYSED_CHARS)
    candidates = document.content_sentences[:MAX_CANDIDATES]
    if not candidates:
        return np.zeros((0, len(FEATURES))), np.zeros(0)
    reference = tokenize(example.summary)
    tokens = [tokenize(s.content.text) for s in candidates]
    gains = _standardised(np.array([oracle_gain(t, reference) for t in tokens]))
    gains[oracle_indices(tokens, reference)] += oracle_bonus
    return sentence_features(document, candidates), _standardised(gains)


def _standardised(values: np.ndarray) -> np.ndarray:
    return (values - values.mean()) / values.std() if values.std() > 0 else np.zeros_like(values)


def fit(
    examples: Iterable[Example], alpha: float = DEFAULT_ALPHA, version: str | None = None, oracle_bonus: float = ORACLE_BONUS
) -> RankerModel:
    """Ridge regression on standardised features; `alpha` is the L2 penalty, `oracle_bonus` see ORACLE_BONUS."""
    if not (math.isfinite(alpha) and alpha > 0 and math.isfinite(oracle_bonus) and oracle_bonus >= 0):
        raise ModelError(f"alpha must be a positive number and oracle_bonus a number >= 0 (got {alpha!r}, {oracle_bonus!r})")
    rows, labels, n = [], [], 0
    for example in examples:
        x, y = article_rows(example, oracle_bonus)
        rows.append(x)
        labels.append(y)
        n += 1
    if not n or not sum(len(y) for y in labels):
        raise ModelError("no training examples with sentences were given")
    x, y = np.vstack(rows), np.concatenate(labels)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    weights = np.linalg.solve(z.T @ z + alpha * np.eye(z.shape[1]), z.T @ (y - y.mean()))
    info = {"articles": n, "sentences": len(y), "alpha": alpha, "oracle_bonus": oracle_bonus, "trained": date.today().isoformat()}
    return RankerModel(
        list(FEATURES),
        mean.tolist(),
        scale.tolist(),
        weights.tolist(),
        float(y.mean()),
        version or f"ranker-{date.today():%Y%m%d}-{n}",
        info,
    )


def describe(model: RankerModel) -> list[tuple[str, float]]:
    """Features by the absolute size of their standardised weight: what the model relies on."""
    return sorted(zip(model.features, model.weights), key=lambda item: -math.fabs(item[1]))
