"""Sentence-boundary accuracy: precision, recall and F1 over the offsets where sentences end."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BoundaryScore:
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: BoundaryScore) -> BoundaryScore:
        return BoundaryScore(self.true_positives + other.true_positives, self.predicted + other.predicted, self.gold + other.gold)


def locate(text: str, pieces: Iterable[str]) -> list[tuple[int, int]]:
    """Offsets of consecutive pieces (sentences given as strings) in `text`."""
    spans, pos = [], 0
    for piece in pieces:
        start = text.index(piece, pos)
        pos = start + len(piece)
        spans.append((start, pos))
    return spans


def internal_ends(spans: Iterable[tuple[int, int]], text: str) -> set[int]:
    """Ends of all sentences but the last: the boundaries a splitter has to find."""
    last = len(text.rstrip())
    return {end for _, end in spans if end < last}


def boundary_score(text: str, predicted: Iterable[tuple[int, int]], gold: Iterable[tuple[int, int]]) -> BoundaryScore:
    pred, ref = internal_ends(predicted, text), internal_ends(gold, text)
    return BoundaryScore(len(pred & ref), len(pred), len(ref))
