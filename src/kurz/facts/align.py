"""Which article sentence a teaser sentence comes from: the one it copies, else the one sharing most content stems."""

from __future__ import annotations

from kurz.facts.source import Clause

MIN_OVERLAP = 2


def closest(sentence: Clause, article: list[Clause], slack: float = 1.0) -> list[Clause]:
    """The article sentences with the largest content-stem overlap (within `slack` of the best), best first;
    none when even the best shares fewer than MIN_OVERLAP stems (or half of a short teaser sentence)."""
    if not sentence.stems:
        return []
    own = " ".join(sentence.text.split())
    verbatim = [a for a in article if " ".join(a.text.split()).endswith(own)]  # a copied sentence is its own source
    if verbatim:
        return verbatim[:1]
    scored = sorted(((len(sentence.stems & a.stems), -len(a.stems), i) for i, a in enumerate(article)), reverse=True)
    if not scored:
        return []
    best = scored[0][0]
    if best < min(MIN_OVERLAP, max(1, len(sentence.stems) // 2)):
        return []
    return [article[i] for score, _, i in scored if score >= best * slack and score > 0]
