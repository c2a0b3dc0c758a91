"""Sentence features for the learned ranker: cheap, model-free signals computed once per document.

Training (`kurz.train`) and scoring (`kurz.methods.ranker`) both call `sentence_features`, so the two can
never drift apart; `FEATURES` names the columns and is stored in every model file.
"""

from __future__ import annotations

import math
import re
import statistics

import numpy as np

from kurz.document import Document, Sentence
from kurz.methods.compress import ends_sentence
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

_BASE = FEATURES.index("dateline") + 1  # the per-sentence columns; the rest are filled by _relative_features
_QUOTES = re.compile('[„“”"»«]')
_NUMBER = re.compile(r"\d")
# A date line or date-led kicker at the start of a scraped body: "23.10.2018", "5. März 2019 …", "2019-03-05".
_DATE_LINE = re.compile(r"^\W*(?:\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)\s?\d{2,4}|\d{4}-\d{2}-\d{2})")
# Agency copy: an agency in brackets or a dateline with a dash near the start ("Berlin (dpa) - ", "Wien – ").
_WIRE = re.compile(
    r"\((?:dpa|AFP|APA|Reuters|AP|sda|SDA|KNA|epd|dts|ots|red|APA/[A-Za-z]+|dpa-AFX)\)|^[A-ZÄÖÜ][\w.'’/ -]{1,40} [-–—] "
)
FURNITURE_WORDS = 6  # a "sentence" shorter than this, or without final punctuation, is not yet the lead


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


def _rank_inverse(values: np.ndarray) -> np.ndarray:
    """1 / (rank + 1) of each value within the article, highest first (ties in article order)."""
    ranks = np.empty(len(values))
    ranks[np.argsort(-values, kind="stable")] = np.arange(len(values))
    return 1.0 / (ranks + 1)


def is_furniture(text: str, n_words: int) -> bool:
    """Page furniture rather than a news sentence: no final punctuation (kicker, headline, caption line), very
    short, or led by a date."""
    return not ends_sentence(text) or n_words < FURNITURE_WORDS or _DATE_LINE.match(text) is not None


def is_wire(document: Document) -> bool:
    """Agency copy: an agency in brackets or a "Place – " dateline near the start, or a recognised dateline."""
    return _WIRE.search(document.text[:300]) is not None or any(m.kind == "dateline" for m in document.marks)


def sentence_features(document: Document, candidates: list[Sentence]) -> np.ndarray:
    """A (len(candidates), len(FEATURES)) matrix; rows follow `candidates`."""
    n = len(candidates)
    texts = [s.content.text for s in candidates]
    tokens = [WORD.findall(text) for text in texts]
    stems = [content_stems(text) for text in texts]
    stem_sets = [set(s) for s in stems]
    frequency: dict[str, int] = {}
    for stem_set in stem_sets:
        for shared in stem_set:
            frequency[shared] = frequency.get(shared, 0) + 1
    ranks = centrality(stems) * n
    lead = stem_sets[0] if stem_sets else set()
    title_text = document.title or ""
    slug = bool(title_text) and " " not in title_text.strip() and "-" in title_text  # "adac-kindersitztest-2018"
    title = set(content_stems(title_text.replace("-", " ").replace("_", " ") if slug else title_text)) if title_text else set()
    entities = _top_entities(tokens)
    paragraph_seen: dict[int, int] = {}
    paragraph_order: dict[int, int] = {}
    base: list[tuple[float, ...]] = []
    for i, sentence in enumerate(candidates):
        text, words = texts[i], tokens[i]
        n_words = max(1, len(words))
        lowered = {t.lower() for t in words}
        in_paragraph = paragraph_seen.get(sentence.paragraph, 0)
        paragraph_seen[sentence.paragraph] = in_paragraph + 1
        paragraph_rank = paragraph_order.setdefault(sentence.paragraph, len(paragraph_order))
        topic = sum(frequency[s] - 1 for s in stem_sets[i]) / (len(stem_sets[i]) * n) if stem_sets[i] and n > 1 else 0.0
        base.append(
            (
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
        )
    rows = np.zeros((n, len(FEATURES)))
    if n:
        rows[:, :_BASE] = base  # one conversion for the whole matrix, not one per row
    _relative_features(document, candidates, texts, tokens, stem_sets, title, slug, rows)
    return rows


def _relative_features(
    document: Document,
    candidates: list[Sentence],
    texts: list[str],
    tokens: list[list[str]],
    stem_sets: list[set[str]],
    title: set[str],
    slug: bool,
    rows: np.ndarray,
) -> None:
    """Fill the columns from `real_first` on (see FEATURES)."""
    n = len(candidates)
    if not n:
        return
    col = {name: i for i, name in enumerate(FEATURES)}
    words = np.array([len(t) for t in tokens], dtype=float)
    furniture = np.array([is_furniture(text, len(tokens[i])) for i, text in enumerate(texts)])
    real = np.cumsum(~furniture) - 1  # position among the real news sentences
    first_real = int(np.argmax(~furniture)) if (~furniture).any() else 0
    wire = is_wire(document)
    title_overlap = np.array([_overlap(s, title) for s in stem_sets])
    lead = stem_sets[first_real]
    rows[:, col["real_first"]] = (real == 0) & ~furniture
    rows[:, col["real_second"]] = (real == 1) & ~furniture
    rows[:, col["real_inverse"]] = np.where(furniture, 0.0, 1.0 / (np.maximum(real, 0) + 1))
    rows[:, col["furniture"]] = furniture
    rows[:, col["wire_first"]] = rows[:, col["real_first"]] * wire
    rows[:, col["title_overlap_relative"]] = title_overlap / title_overlap.max() if title_overlap.max() > 0 else 0.0
    rows[:, col["real_lead_overlap"]] = [1.0 if i == first_real else _overlap(s, lead) for i, s in enumerate(stem_sets)]
    rows[:, col["centrality_rank"]] = _rank_inverse(rows[:, col["centrality"]])
    rows[:, col["topic_rank"]] = _rank_inverse(rows[:, col["topic_weight"]])
    rows[:, col["words_relative"]] = np.log(np.maximum(words, 1)) - math.log(
        max(1.0, statistics.median(words.tolist()))
    )  # np.median costs 0.1 ms per call
    rows[:, col["entity_rank"]] = _rank_inverse(rows[:, col["entity_coverage"]])
    rows[:, col["title_slug"]] = rows[:, col["title_overlap_relative"]] * slug
