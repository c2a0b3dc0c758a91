"""Sentences that point back at an earlier one, and so cannot open a teaser on their own."""

from __future__ import annotations

from kurz.text.lexicon import ANAPHORS, DEMONSTRATIVES
from kurz.text.tokens import WORD


def refers_back(text: str) -> bool:
    """ "Das gab der Kreml bekannt.", "Er sagte …", "Damit …": the antecedent is in the sentence before."""
    words = WORD.findall(text[:60])
    if len(words) < 2:
        return False
    first, second = words[0], words[1]
    return first in ANAPHORS or (first in DEMONSTRATIVES and second[0].islower())
