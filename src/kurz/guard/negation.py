"""Negation flips: a teaser sentence negates what its source sentence affirms, or drops the source's negation.

The source sentence is the closest article sentence by content-stem overlap. An added negation fails when no
article sentence about as close (within `SLACK` of the best overlap) is negated. A dropped negation fails when
the closest sentence negates a clause whose content the teaser sentence repeats (most of its content stems)
without any negation. "nicht nur", "nicht zuletzt" and "nicht einmal" are not claims of absence.
"""

from __future__ import annotations

import re

from kurz.guard.align import closest
from kurz.guard.source import Clause
from kurz.guard.verdict import Reason, reason
from kurz.text.tokens import content_stems

NEGATION = re.compile(
    r"(?<![\w-])(?:nicht(?!\s+(?:nur|zuletzt|einmal|mehr\s+nur)\b)|kein(?:e[mnrs]?)?|nie|niemals|niemand(?:e[mn])?|nichts|weder|nirgends|nirgendwo)(?![\w-])",
    re.IGNORECASE,
)
CLAUSE = re.compile(r"[,;:–—()]|\s-\s|\b(?:sondern|weil|dass|wenn|obwohl)\b")
SLACK = 0.75
COVERAGE = 0.6


def negations(text: str) -> list[re.Match[str]]:
    return list(NEGATION.finditer(text))


def _stem(word: str) -> str:
    found = content_stems(word)
    return found[0] if found else ""


def _negated_clauses(text: str) -> list[set[str]]:
    """Content stems of each clause of `text` that holds a negation."""
    out = []
    for part in CLAUSE.split(text):
        if part and NEGATION.search(part):
            stems = {stem for word, stem in zip(part.split(), map(_stem, part.split())) if stem and not NEGATION.fullmatch(word.strip(".,!?;:\"'„“»«()"))}
            if stems:
                out.append(stems)
    return out


def check(teaser: str, sentences: list[Clause], article: list[Clause]) -> list[Reason]:
    reasons: list[Reason] = []
    for sentence in sentences:
        near = closest(sentence, article, SLACK)
        if not near:
            continue
        own = negations(sentence.text)
        if own:
            if not any(negations(a.text) for a in near):
                m = own[0]
                reasons.append(reason("negation", teaser, sentence.start + m.start(), sentence.start + m.end(), "the article's closest sentence has no such negation"))
            continue
        for clause in _negated_clauses(near[0].text):
            if len(clause & sentence.stems) >= max(min(2, len(clause)), COVERAGE * len(clause)):
                start, end = sentence.start, sentence.start + len(sentence.text.rstrip())
                reasons.append(reason("negation", teaser, start, end, "the article negates this (its closest sentence has a negation the teaser drops)"))
                break
    return reasons
