"""Sentences that point back at an earlier one, and so cannot open a teaser on their own."""

from __future__ import annotations

import re
from functools import lru_cache

from kurz.text.lexicon import (
    ANAPHORS,
    BACK_REFERENCES,
    CLOSING_DEMONSTRATIVES,
    DEMONSTRATIVES,
    FORWARD_CLAUSE_OPENERS,
    PRONOMINAL_ADVERBS,
)
from kurz.text.tokens import WORD

# The first clause: up to the first comma, colon, semicolon or dash (a later clause may open with "damit").
_FIRST_CLAUSE = re.compile(r"[^,:;–—]*")
_REACH = 160  # characters looked at: the words that point back stand early


@lru_cache(maxsize=4096)  # asked by the features and again by the selection, for the same sentences
def refers_back(text: str) -> bool:
    """ "Das gab der Kreml bekannt.", "Er sagte …", "Mieter zahlen damit …", "Die Opposition kritisierte das,
    …": the antecedent is in the sentence before."""
    head = _FIRST_CLAUSE.match(text, 0, _REACH).group()  # type: ignore[union-attr]  # matches every string
    clause = WORD.findall(head)
    words = clause if len(clause) >= 2 else WORD.findall(text[:60])
    if len(words) < 2:
        return False
    if words[0] in ANAPHORS or (words[0] in DEMONSTRATIVES and words[1][0].islower()):
        return True
    truncated = len(head) == _REACH < len(text)
    closes = not truncated and len(clause) > 2 and clause[-1] in CLOSING_DEMONSTRATIVES
    pointers = BACK_REFERENCES.intersection(clause[1:])
    if pointers and pointers <= PRONOMINAL_ADVERBS and _points_forward(text[len(head) :]):
        return closes  # "Sie einigten sich darauf, die Steuern zu senken."
    return closes or bool(pointers)


def _points_forward(rest: str) -> bool:
    """The next clause is the one a correlate ("darauf", "dafür") announces: "dass …", "ob …", "… zu senken"."""
    if not rest.startswith(","):
        return False
    words = WORD.findall(rest[1:120].split(",", 1)[0])
    return bool(words) and (words[0].lower() in FORWARD_CLAUSE_OPENERS or "zu" in words)
