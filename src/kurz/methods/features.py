"""Sentence features for the learned ranker: cheap, model-free signals computed once per document.

Training (`kurz.train`) and scoring (`kurz.methods.ranker`) both call `sentence_features`, so the two can
never drift apart; `FEATURES` names the columns and is stored in every model file.
"""

from __future__ import annotations

import math
import re

import numpy as np

from kurz.document import Document, Sentence
from kurz.methods.textrank import centrality
from kurz.text.cohesion import refers_back
from kurz.text.lexicon import SPEECH_VERBS, STOP_WORDS, SUBJUNCTIVE
from kurz.text.tokens import WORD, content_stems

FEATURES: tuple[str, ...] = (
    "position_first",
    "position_second",
    "position_third",
    "position_inverse",
    "position_relative",
    "paragraph_first",
    "paragraph_inverse",
    "last",
    "words_log",
    "words_short",
    "words_long",
    "centrality",
    "topic_weight",
    "lead_overlap",
    "title_overlap",
    "capitalised_density",
    "entity_coverage",
    "number_density",
    "quote",
    "quote_start",
    "question",
    "exclamation",
    "colon",
    "anaphoric_start",
    "speech_verb",
    "subjunctive",
    "parentheses",
    "dateline",
)

_QUOTES = re.compile('[„“”"»«]')
_NUMBER = re.compile(r"\d")


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


def _top_entities(tokens: list[list[str]], k: int = 5) -> set[str]:
    """The article's most frequent capitalised words that are not sentence-initial: its main actors and places."""
    counts: dict[str, int] = {}
    for sentence in tokens:
        for token in sentence[1:]:
            if token[0].isupper() and token.lower() not in STOP_WORDS:
                counts[token] = counts.get(token, 0) + 1
    return {w for w, c in sorted(counts.items(), key=lambda item: -item[1])[:k] if c > 1}


def sentence_features(document: Document, candidates: list[Sentence]) -> np.ndarray:
    """A (len(candidates), len(FEATURES)) matrix; rows follow `candidates`."""
    n = len(candidates)
    texts = [s.content.text for s in candidates]
    tokens = [WORD.findall(text) for text in texts]
    stems = [content_stems(text) for text in texts]
    stem_sets = [set(s) for s in stems]
    frequency: dict[str, int] = {}
    for stem_set in stem_sets:
        for stem in stem_set:
            frequency[stem] = frequency.get(stem, 0) + 1
    ranks = centrality(stems) * n
    lead = stem_sets[0] if stem_sets else set()
    title = set(content_stems(document.title)) if document.title else set()
    entities = _top_entities(tokens)
    paragraph_seen: dict[int, int] = {}
    paragraph_order: dict[int, int] = {}
    rows = np.zeros((n, len(FEATURES)))
    for i, sentence in enumerate(candidates):
        text, words = texts[i], tokens[i]
        n_words = max(1, len(words))
        lowered = {t.lower() for t in words}
        in_paragraph = paragraph_seen.get(sentence.paragraph, 0)
        paragraph_seen[sentence.paragraph] = in_paragraph + 1
        paragraph_rank = paragraph_order.setdefault(sentence.paragraph, len(paragraph_order))
        topic = sum(frequency[s] - 1 for s in stem_sets[i]) / (len(stem_sets[i]) * n) if stem_sets[i] and n > 1 else 0.0
        rows[i] = (
            i == 0,
            i == 1,
            i == 2,
            1.0 / (i + 1),
            i / n,
            in_paragraph == 0,
            1.0 / (paragraph_rank + 1),
            i == n - 1,
            math.log(n_words),
            n_words < 8,
            n_words > 40,
            ranks[i],
            topic,
            1.0 if i == 0 else _overlap(stem_sets[i], lead),
            _overlap(stem_sets[i], title),
            sum(t[0].isupper() for t in words[1:]) / n_words,
            len(entities & set(words)) / len(entities) if entities else 0.0,
            len(_NUMBER.findall(text)) / n_words,
            bool(_QUOTES.search(text)),
            bool(_QUOTES.match(text)),
            text.rstrip().endswith("?"),
            "!" in text,
            ":" in text,
            refers_back(text),
            bool(lowered & SPEECH_VERBS),
            bool(lowered & SUBJUNCTIVE),
            text.count("("),
            sentence.content_start > sentence.start,
        )
    return rows
