"""Sentence features for the learned ranker: cheap, model-free signals computed once per document.

Training (`kurz.methods.ranker_fit`) and scoring (`kurz.methods.ranker`) both call `sentence_features`, so the two can
never drift apart; `FEATURES` names the columns and is stored in every model file.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from itertools import chain

import numpy as np

from kurz.document import Document, Sentence
from kurz.methods.textrank import centrality, stem_overlaps
from kurz.text.cohesion import refers_back
from kurz.text.datelines import DATE_LED
from kurz.text.ends import ends_firmly
from kurz.text.lexicon import SPEECH_VERBS, STOP_WORDS, SUBJUNCTIVE
from kurz.text.tokens import LOWERING_DIFFERS, WORD, content_stems, stem_set, words

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
    # Features that mean the same in every house style (benchmarks/carryover.py): positions counted among
    # real news sentences (page furniture such as kickers, date lines and captions skipped), and ranks or
    # ratios within the article instead of raw values.
    "real_first",
    "real_second",
    "real_inverse",
    "furniture",
    "wire_first",
    "title_overlap_relative",
    "real_lead_overlap",
    "centrality_rank",
    "topic_rank",
    "words_relative",
    "entity_rank",
    "title_slug",
)

_COLUMN = {name: i for i, name in enumerate(FEATURES)}
_QUOTES = re.compile('[„“”"»«]')
_NUMBER = re.compile(r"\d")
FURNITURE_WORDS = 6  # a "sentence" shorter than this, or without final punctuation, is not yet the lead


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


def _overlap_with(shared: np.ndarray, sizes: np.ndarray, k: int) -> np.ndarray:
    """`_overlap` of every sentence with sentence `k`, from the shared-stem counts."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(sizes * sizes[k] > 0, shared[:, k] / np.sqrt(sizes * sizes[k]), 0.0)


def _top_entities(capitalised: list[list[str]], k: int = 5) -> set[str]:
    """The article's most frequent capitalised words that are not sentence-initial: its main actors and places."""
    counts = Counter(chain.from_iterable(capitalised))
    for word in [w for w in counts if w.lower() in STOP_WORDS]:  # each distinct word lowered once
        del counts[word]
    return {w for w, c in counts.most_common(k) if c > 1}  # most_common keeps first-seen order among ties


def _rank_inverse(values: np.ndarray) -> np.ndarray:
    """1 / (rank + 1) of each value within the article, highest first (ties in article order)."""
    ranks = np.empty(len(values))
    ranks[np.argsort(-values, kind="stable")] = np.arange(len(values))
    return 1.0 / (ranks + 1)


def is_furniture(text: str, n_words: int) -> bool:
    """Page furniture rather than a news sentence: no final punctuation (kicker, headline, caption line), very
    short, or led by a date."""
    return not ends_firmly(text) or n_words < FURNITURE_WORDS or DATE_LED.match(text) is not None


def sentence_features(document: Document, candidates: list[Sentence]) -> np.ndarray:
    """A (len(candidates), len(FEATURES)) matrix; rows follow `candidates`.

    Each sentence is tokenised once; overlaps, stem frequencies and centrality all come from one sentence-by-stem
    matrix, and the columns are filled whole (this runs for every article: see benchmarks/speed.py).
    """
    n = len(candidates)
    rows = np.zeros((n, len(FEATURES)))
    if not n:
        return rows
    texts = [s.content.text for s in candidates]
    tokens = [WORD.findall(text) for text in texts]
    # one lower() a sentence, not one a word: tokens hold no line break
    lowered = ["\n".join(written).lower().split("\n") if written else [] for written in tokens]
    # lowercasing word by word is what `words` does, unless the article holds one of the rare characters where
    # the two differ (checked once for the whole text)
    normalised = [words(text) for text in texts] if LOWERING_DIFFERS.search(document.text) else lowered
    stem_sets = [stem_set(w) for w in normalised]
    matrix, shared = stem_overlaps(stem_sets)
    sizes = shared.diagonal().copy()
    frequency = matrix.sum(axis=0)  # sentences per stem; a stem of one sentence would add 0 to the topic weight
    title_text = document.headline or ""
    slug = bool(title_text) and " " not in title_text.strip() and "-" in title_text  # "adac-kindersitztest-2018"
    title = set(content_stems(title_text.replace("-", " ").replace("_", " ") if slug else title_text)) if title_text else set()
    capitalised = [[t for t in written[1:] if t[0].isupper()] for written in tokens]
    entities = _top_entities(capitalised)
    word_counts = np.array([len(t) for t in tokens], dtype=float)
    n_words = np.maximum(word_counts, 1)
    position = np.arange(n)
    paragraphs = [s.paragraph for s in candidates]
    first_of: dict[int, int] = {}
    for i, p in enumerate(paragraphs):
        first_of.setdefault(p, i)
    order = {p: rank for rank, p in enumerate(first_of)}
    col = _COLUMN
    rows[:, col["position_first"]] = position == 0
    rows[:, col["position_second"]] = position == 1
    rows[:, col["position_third"]] = position == 2
    rows[:, col["position_inverse"]] = 1.0 / (position + 1)
    rows[:, col["position_relative"]] = position / n
    rows[:, col["paragraph_first"]] = [first_of[p] == i for i, p in enumerate(paragraphs)]
    rows[:, col["paragraph_inverse"]] = [1.0 / (order[p] + 1) for p in paragraphs]
    rows[:, col["last"]] = position == n - 1
    rows[:, col["words_log"]] = [math.log(k) for k in n_words.tolist()]
    rows[:, col["words_short"]] = n_words < 8
    rows[:, col["words_long"]] = n_words > 40
    rows[:, col["centrality"]] = centrality(shared) * n
    if n > 1:
        with np.errstate(divide="ignore", invalid="ignore"):
            rows[:, col["topic_weight"]] = np.where(sizes > 0, (matrix @ (frequency - 1)) / (sizes * n), 0.0)
    rows[:, col["lead_overlap"]] = _overlap_with(shared, sizes, 0)
    rows[0, col["lead_overlap"]] = 1.0
    title_overlap = np.array([_overlap(s, title) for s in stem_sets])
    rows[:, col["title_overlap"]] = title_overlap
    rows[:, col["capitalised_density"]] = [len(c) for c in capitalised] / n_words
    if entities:
        rows[:, col["entity_coverage"]] = [len(entities.intersection(t)) / len(entities) for t in tokens]
    rows[:, col["number_density"]] = [len(_NUMBER.findall(text)) for text in texts] / n_words
    rows[:, col["quote"]] = [_QUOTES.search(text) is not None for text in texts]
    rows[:, col["quote_start"]] = [_QUOTES.match(text) is not None for text in texts]
    rows[:, col["question"]] = [text.rstrip().endswith("?") for text in texts]
    rows[:, col["exclamation"]] = ["!" in text for text in texts]
    rows[:, col["colon"]] = [":" in text for text in texts]
    rows[:, col["anaphoric_start"]] = [refers_back(text) for text in texts]
    rows[:, col["speech_verb"]] = [not SPEECH_VERBS.isdisjoint(w) for w in lowered]
    rows[:, col["subjunctive"]] = [not SUBJUNCTIVE.isdisjoint(w) for w in lowered]
    rows[:, col["parentheses"]] = [text.count("(") for text in texts]
    rows[:, col["dateline"]] = [s.content_start > s.start for s in candidates]
    # Features that mean the same in every house style (see FEATURES).
    furniture = np.array([is_furniture(text, len(t)) for text, t in zip(texts, tokens)])
    news = ~furniture
    real = np.cumsum(news) - 1  # position among the real news sentences
    first_real = int(np.argmax(news)) if news.any() else 0
    rows[:, col["real_first"]] = (real == 0) & news
    rows[:, col["real_second"]] = (real == 1) & news
    rows[:, col["real_inverse"]] = np.where(furniture, 0.0, 1.0 / (np.maximum(real, 0) + 1))
    rows[:, col["furniture"]] = furniture
    rows[:, col["wire_first"]] = rows[:, col["real_first"]] * document.wire
    best_title = title_overlap.max()
    relative_title = title_overlap / best_title if best_title > 0 else 0.0
    rows[:, col["title_overlap_relative"]] = relative_title
    rows[:, col["real_lead_overlap"]] = _overlap_with(shared, sizes, first_real)
    rows[first_real, col["real_lead_overlap"]] = 1.0
    rows[:, col["centrality_rank"]] = _rank_inverse(rows[:, col["centrality"]])
    rows[:, col["topic_rank"]] = _rank_inverse(rows[:, col["topic_weight"]])
    # statistics.median, not np.median: the same value at a tenth of the cost
    rows[:, col["words_relative"]] = np.log(n_words) - math.log(max(1.0, statistics.median(word_counts.tolist())))
    rows[:, col["entity_rank"]] = _rank_inverse(rows[:, col["entity_coverage"]])
    rows[:, col["title_slug"]] = rows[:, col["title_overlap_relative"]] * slug
    return rows
