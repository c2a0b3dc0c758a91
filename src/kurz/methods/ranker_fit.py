"""Fit the sentence ranker (`Ranker.fit`) from (article, teaser) pairs: a newsroom can learn its own house style.

It sits beside the estimator it fits, as in scikit-learn; its labels come from `kurz.metrics`, a lower layer.

The model is a ridge regression over `FEATURES`, predicting how much each sentence overlaps the editor's
teaser: the mean of its ROUGE-1 and ROUGE-2 F1, plus a bonus when it belongs to the article's greedy oracle
(the 1–3 sentences that together match the teaser best), all standardised within each article so that only
the ranking inside an article counts. It is stored as plain JSON: feature names, scaling, weights.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
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

# What each feature of the ranker says about a sentence, in one line: `kurz train` prints these beside the weights.
FEATURE_MEANINGS: dict[str, str] = {
    "position_first": "is the article's first sentence",
    "position_second": "is the second sentence",
    "position_third": "is the third sentence",
    "position_inverse": "how early it stands (1 / position)",
    "position_relative": "how far into the article it stands (0 at the start, near 1 at the end)",
    "paragraph_first": "opens its paragraph",
    "paragraph_inverse": "how early its paragraph stands (1 / paragraph number)",
    "last": "is the article's last sentence",
    "words_log": "its length (log of the words)",
    "words_short": "is short (under 8 words)",
    "words_long": "is long (over 40 words)",
    "centrality": "how much it shares words with the other sentences (TextRank centrality)",
    "topic_weight": "how many of its words recur in other sentences",
    "lead_overlap": "how many words it shares with the first sentence",
    "title_overlap": "how many words it shares with the headline",
    "capitalised_density": "share of capitalised words (names, nouns)",
    "entity_coverage": "share of the article's most frequent names it mentions",
    "number_density": "share of numbers among its words",
    "quote": "contains a quotation",
    "quote_start": "begins with a quotation",
    "question": "is a question",
    "exclamation": "contains an exclamation mark",
    "colon": "contains a colon",
    "anaphoric_start": 'begins by pointing back ("Das …", "Er …"), so it needs the sentence before',
    "speech_verb": "has a verb of saying (sagte, erklärte, …)",
    "subjunctive": "is in reported speech (subjunctive: habe, sei, …)",
    "parentheses": "how many brackets it holds",
    "dateline": 'begins with a dateline ("Wien – ", "Berlin (dpa) - ")',
    "real_first": "is the first real news sentence (kickers, date lines and captions skipped)",
    "real_second": "is the second real news sentence",
    "real_inverse": "how early it stands among the real news sentences (1 / position among them)",
    "furniture": "is page furniture (a kicker, date line, caption or other line that is no news sentence)",
    "wire_first": 'is the first news sentence of agency copy ("Berlin (dpa) - …"), which editors restate',
    "title_overlap_relative": "its headline overlap relative to the article's best sentence",
    "real_lead_overlap": "how many words it shares with the first real news sentence",
    "centrality_rank": "its rank by centrality within the article (1 / rank)",
    "topic_rank": "its rank by topic weight within the article (1 / rank)",
    "words_relative": "its length relative to the article's median sentence (log ratio)",
    "entity_rank": "its rank by the main names it mentions (1 / rank)",
    "title_slug": 'its headline overlap when the headline is a URL slug ("adac-kindersitztest-2018")',
}

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
    examples: Iterable[Example],
    alpha: float = DEFAULT_ALPHA,
    version: str | None = None,
    oracle_bonus: float = ORACLE_BONUS,
    extra: Sequence[Example] = (),
    extra_weight: float = 1.0,
) -> RankerModel:
    """Ridge regression on standardised features; `alpha` is the L2 penalty, `oracle_bonus` see ORACLE_BONUS.

    `extra` are pairs learned from with `extra_weight` per sentence, beside `examples`: genres an archive lacks
    (`kurz eval --cv --extra` adds them to every training fold and never scores them; the model card gives what adding
    the texts written for kurz did).
    """
    valid = math.isfinite(alpha) and alpha > 0 and math.isfinite(oracle_bonus) and oracle_bonus >= 0
    if not (valid and math.isfinite(extra_weight) and extra_weight > 0):
        raise ModelError(
            f"alpha and extra_weight must be positive numbers and oracle_bonus a number >= 0 "
            f"(got {alpha!r}, {extra_weight!r}, {oracle_bonus!r})"
        )
    rows, labels, weighting, n = [], [], [], 0
    for weight, part in ((1.0, examples), (extra_weight, extra)):
        for example in part:
            x, y = article_rows(example, oracle_bonus)
            rows.append(x)
            labels.append(y)
            weighting.append(np.full(len(y), weight))
            n += 1
    if not n or not sum(len(y) for y in labels):
        raise ModelError("no training examples with sentences were given")
    x, y, w = np.vstack(rows), np.concatenate(labels), np.concatenate(weighting)
    mean = np.average(x, axis=0, weights=w)
    scale = np.sqrt(np.average((x - mean) ** 2, axis=0, weights=w))
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    offset = float(np.average(y, weights=w))
    weights = np.linalg.solve(z.T @ (z * w[:, None]) + alpha * np.eye(z.shape[1]), z.T @ (w * (y - offset)))
    info = {"articles": n, "sentences": len(y), "alpha": alpha, "oracle_bonus": oracle_bonus, "trained": date.today().isoformat()}
    if extra:
        info |= {"extra_articles": len(extra), "extra_weight": extra_weight}
    return RankerModel(
        list(FEATURES),
        mean.tolist(),
        scale.tolist(),
        weights.tolist(),
        offset,
        version or f"ranker-{date.today():%Y%m%d}-{n}",
        info,
    )


def describe(model: RankerModel) -> list[tuple[str, float, str]]:
    """Features by the absolute size of their standardised weight, each with what it means: what the model relies on."""
    ranked = sorted(zip(model.features, model.weights), key=lambda item: -math.fabs(item[1]))
    return [(name, weight, FEATURE_MEANINGS.get(name, "")) for name, weight in ranked]
