"""The one small interface every summarization method implements, and the selection they share."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

import numpy as np

from kurz.document import Document, Sentence, Span
from kurz.limits import LOOKAHEAD, MAX_SENTENCES
from kurz.summary import Budget, Selected, count_words, join_pieces


class Method(ABC):
    """Score sentences; selection under a budget and output are shared (see `select`).

    A method may also shorten the sentences it picks by overriding `variants`.
    """

    name: ClassVar[str]
    description: ClassVar[str]
    version: ClassVar[str] = "1"

    @abstractmethod
    def score(self, document: Document, candidates: list[Sentence]) -> np.ndarray:
        """One score per candidate sentence; higher is more summary-worthy."""

    def variants(self, sentence: Sentence) -> list[tuple[Span, ...]]:
        """Ways to say the sentence, longest first; whole sentences only unless a method compresses."""
        return [(sentence.content,)]

    def get_params(self) -> dict[str, object]:
        return {}


def select(method: Method, document: Document, candidates: list[Sentence], budget: Budget) -> tuple[list[Selected], bool]:
    """Pick sentences in score order while they fit the budget; output in article order.

    Each picked sentence takes its longest variant that still fits, so shortening comes before dropping.
    When not even one sentence fits, the shortest variant of the best is returned and flagged over budget.
    """
    if not candidates:
        return [], False
    scores = method.score(document, candidates)
    order = sorted(range(len(candidates)), key=lambda i: (-scores[i], candidates[i].index))
    limit = budget.sentences or MAX_SENTENCES
    chosen: list[tuple[int, tuple[Span, ...]]] = []
    words = chars = 0
    first: dict[str, int] = {}
    for i, sentence in enumerate(candidates):
        first.setdefault(sentence.content.text, i)
    seen: set[str] = set()
    for i in order:
        text = candidates[i].content.text
        if len(chosen) >= limit or len(seen) >= max(limit, LOOKAHEAD):
            break
        if text in seen:
            continue  # a repeated sentence (syndicated copy, pasted twice) says nothing new
        seen.add(text)
        pick = first[text]  # of repeated copies, use the first, so the teaser reads in order
        for variant in method.variants(candidates[pick]):
            shown = join_pieces(variant)
            extra_chars = len(shown) + (1 if chosen else 0)
            if budget.fits(len(chosen) + 1, words + count_words(shown), chars + extra_chars):
                chosen.append((pick, variant))
                words += count_words(shown)
                chars += extra_chars
                break
    over = False
    if not chosen:
        best = next((i for i in order if method.variants(candidates[i])), order[0])
        chosen.append((best, (method.variants(candidates[best]) or [(candidates[best].content,)])[-1]))
        over = True
    chosen.sort(key=lambda item: candidates[item[0]].index)
    selected = [
        Selected(candidates[i].index, candidates[i].start, candidates[i].end, float(scores[i]), variant) for i, variant in chosen
    ]
    return selected, over
