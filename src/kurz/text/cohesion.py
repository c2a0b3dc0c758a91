"""Sentences that point back at an earlier one, and so cannot open a teaser on their own."""

from __future__ import annotations

import re

from kurz.text.lexicon import ANAPHORS, BACK_REFERENCES, CLOSING_DEMONSTRATIVES, DEMONSTRATIVES
from kurz.text.tokens import WORD

# The first clause: up to the first comma, colon, semicolon or dash (a later clause may open with "damit").
_FIRST_CLAUSE = re.compile(r"[^,:;–—]*")


def refers_back(text: str) -> bool:
    """ "Das gab der Kreml bekannt.", "Er sagte …", "Mieter zahlen damit …", "Die Opposition kritisierte das,
    …": the antecedent is in the sentence before."""
    words = WORD.findall(text[:60])
    if len(words) < 2:
        return False
    first, second = words[0], words[1]
    if first in ANAPHORS or (first in DEMONSTRATIVES and second[0].islower()):
        return True
    clause = WORD.findall(_FIRST_CLAUSE.match(text).group())  # type: ignore[union-attr]  # matches every string
    return any(w in BACK_REFERENCES for w in clause[1:]) or (len(clause) > 2 and clause[-1] in CLOSING_DEMONSTRATIVES)
