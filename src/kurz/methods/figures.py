"""What the headline announces in figures: "2870 Bewerbungen für 64 Wohnungen", "Zulieferer streicht 850 Stellen".
Editors' teasers give the figure their headline gives; a sentence that holds it ranks higher (a year, "2026", says
too little to count, and a lone digit mostly names a thing: "3er-Reihe", "Teil 2")."""

from __future__ import annotations

import re

from kurz.document import Document, Sentence
from kurz.text.syntax import YEAR

# a number of two digits at least, standing alone: "3er", "Teil 2", "COP26", "10-H" name things, they count nothing
_NUMBER = re.compile(r"(?<![\w-])\d[\d.,'’]*\d(?![\w-])")


def headline_figures(document: Document, candidates: list[Sentence]) -> list[int]:
    """The candidates that give a number the headline gives (none without a headline or a number in it)."""
    figures = {n for n in _NUMBER.findall(document.headline or "") if not YEAR.match(n)}
    if not figures:
        return []
    return [i for i, s in enumerate(candidates) if not figures.isdisjoint(_NUMBER.findall(s.content.text))]
