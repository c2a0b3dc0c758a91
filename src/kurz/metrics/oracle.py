"""The extractive ceiling: the 1–3 source sentences that, with hindsight, best match the reference."""

from __future__ import annotations

from collections.abc import Sequence

from kurz.metrics.rouge import rouge_n


def oracle_gain(candidate: Sequence[str], reference: Sequence[str]) -> float:
    """The objective the oracle climbs: mean of ROUGE-1 and ROUGE-2 F1."""
    return (rouge_n(candidate, reference, 1).f1 + rouge_n(candidate, reference, 2).f1) / 2


def oracle_indices(sentences: Sequence[Sequence[str]], reference: Sequence[str], max_sentences: int = 3) -> list[int]:
    """Greedily add the sentence that most raises the objective; stop when none does. Article order."""
    chosen: list[int] = []
    best = 0.0
    while len(chosen) < max_sentences:
        step, step_score = -1, best
        for i in range(len(sentences)):
            if i in chosen:
                continue
            tokens = [t for j in sorted([*chosen, i]) for t in sentences[j]]
            score = oracle_gain(tokens, reference)
            if score > step_score:
                step, step_score = i, score
        if step < 0:
            break
        chosen.append(step)
        best = step_score
    return sorted(chosen)
